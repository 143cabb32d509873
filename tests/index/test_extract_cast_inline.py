"""Cast given inline (index/extract/cast_inline.py): a cast label, then 'Actor (Character)' runs over lines."""
from __future__ import annotations

from index_support import credits


def test_a_french_programme_cast_wrapping_over_lines(facts_of):
    text = ("Réalisation ............ Ang Lee\n"
            "Image .................. Peter Pau\n\n"
            "Interprétation : Chow Yun-fat (Li Mu Bai), Michelle Yeoh (Yu Shu\n"
            "Lien), Zhang Ziyi (Jen Yu / Yu Jiaolong), Chang Chen (Lo, dit « Nuage\n"
            "Noir »), Lung Sihung (Sir Te)\n\n"
            "FR — Chine, XIXe siècle. Le guerrier Li Mu Bai veut renoncer aux armes.\n")
    assert credits(facts_of(text, "cast")) == {
        ("Chow Yun-fat", "Li Mu Bai", None), ("Michelle Yeoh", "Yu Shu Lien", None),
        ("Zhang Ziyi", "Jen Yu", "Yu Jiaolong"), ("Chang Chen", "Lo", "dit « Nuage Noir »"),
        ("Lung Sihung", "Sir Te", None),
    }


def test_a_label_on_its_own_line_and_a_lead_in_that_describes_the_actors_after_it(facts_of):
    text = ("Interprétation :\n"
            "Corinne Marchand (Cléo), Michel Legrand (Bob, le pianiste),\n"
            "Serge Korber (Plumitif, le parolier)\n"
            "et, dans le film muet / in the silent short : Jean-Luc Godard,\n"
            "Anna Karina, Eddie Constantine\n")
    assert credits(facts_of(text, "cast")) == {
        ("Corinne Marchand", "Cléo", None), ("Michel Legrand", "Bob", "le pianiste"),
        ("Serge Korber", "Plumitif", "le parolier"),
        ("Jean-Luc Godard", None, "dans le film muet / in the silent short"),
        ("Anna Karina", None, "dans le film muet / in the silent short"),
        ("Eddie Constantine", None, "dans le film muet / in the silent short"),
    }


def test_a_dot_leader_names_run_and_german_and_spanish_labels(facts_of):
    text = ("Con ................ William Gates, Arthur Agee,\n"
            "                     Gene Pingatore\n\n"
            "Mit: Ulrich Mühe (Gerd Wiesler), Sebastian Koch (Georg Dreyman)\n\n"
            "Reparto: Yalitza Aparicio (Cleo), Marina de Tavira (Sofía) y Marco Graf (Pepe)\n")
    assert credits(facts_of(text, "cast")) == {
        ("William Gates", None, None), ("Arthur Agee", None, None), ("Gene Pingatore", None, None),
        ("Ulrich Mühe", "Gerd Wiesler", None), ("Sebastian Koch", "Georg Dreyman", None),
        ("Yalitza Aparicio", "Cleo", None), ("Marina de Tavira", "Sofía", None), ("Marco Graf", "Pepe", None),
    }


def test_prose_opening_with_with_is_no_cast(facts_of):
    text = ("With Arturo’s help, she digs.\n"
            "With the war over, Cleo (the maid) and Sofía leave for the coast.\n")
    assert facts_of(text, "cast") == []


def test_a_credit_sheets_narrator_is_cast_as_the_narrator(facts_of):
    text = ("NARRATOR . . . . . . . . . . . . . . . . STEVE JAMES\n"
            "Narración .......... Lucía Ferrer\n"
            "The narrator of the novel is unreliable.\n")
    assert credits(facts_of(text, "cast")) == {("Steve James", "Narrator", None), ("Lucía Ferrer", "Narrator", None)}
