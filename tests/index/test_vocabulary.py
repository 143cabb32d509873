"""index/vocabulary.py drives both crew extraction and question reading: every role it lists is
read from a credit line in each layout and from a question that names its person."""
from __future__ import annotations

import typing

import pytest

from bot.answer.compose.crew import ROLE_PHRASES
from bot.answer.intent import read_question
from index.extract.crew import extract_crew
from index.models import CrewRole
from index.vocabulary import PEOPLE_ROLES, ROLE_IDS, ROLES, crew_nouns, label_roles

LABELS = [(role.id, label) for role in PEOPLE_ROLES for label in (*role.labels, *role.people)]
NOUNS = [(role.id, noun) for role in ROLES for noun in role.people]
LAYOUTS = {  # a credit line for a label, in each layout documents use
    "colon": "{Label}: Jane Doe\n",
    "by and a dash": "{Label} by – Jane Doe\n",
    "dotted leader, capitals": "{LABEL} ........ Jane Doe\n",
    "tab": "{label}\tJane Doe\n",
    "pipe row": "| {Label} | Jane Doe |\n",
    "name (role)": "- Jane Doe ({label})\n",
}


def credits(text: str) -> set[tuple[str, str]]:
    return {(f.fields["role"], f.fields["name"]) for f in extract_crew(text)}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("role", "label"), LABELS)
def test_every_label_is_extracted_in_every_layout(role, label, layout):
    text = LAYOUTS[layout].format(label=label, Label=label.capitalize(), LABEL=label.upper())
    assert credits(text) == {(role, "Jane Doe")}


@pytest.mark.parametrize(("role", "noun"), NOUNS)
@pytest.mark.parametrize("form", ["who was the {noun} on it", "{noun}?", "whos the {noun}"])
def test_every_person_noun_is_askable(role, noun, form):
    reading = read_question(form.format(noun=noun))
    assert (reading.intent, reading.detail) == ("crew", role)


@pytest.mark.parametrize(("question", "role"), [
    ("who shot it", "cinematographer"), ("dp on jaws?", "cinematographer"),
    ("who was the director of photography", "cinematographer"), ("who did the music", "composer"),
    ("who wrote the music", "composer"), ("who wrote the script", "writer"), ("who edited it", "editor"),
    ("who helmed it", "director"), ("who did the casting", "casting"), ("who was the casting director", "casting"),
    ("who was the art director", "art_director"), ("who did the costumes", "costume_designer"),
    ("who did the production design", "production_designer"), ("which studio made it", "production_company"),
])
def test_question_cues_in_vocabulary_order(question, role):
    reading = read_question(question)
    assert (reading.intent, reading.detail) == ("crew", role)


def test_one_list_of_roles_everywhere():
    assert set(typing.get_args(CrewRole)) == set(ROLE_IDS)
    assert set(ROLE_PHRASES) == set(ROLE_IDS)
    assert len(ROLE_IDS) == len(set(ROLE_IDS))
    assert set(label_roles().values()) == {role.id for role in PEOPLE_ROLES}
    assert all(noun == noun.lower() and not noun.endswith(".") for noun in crew_nouns())


@pytest.mark.parametrize("label, role", [
    ("Réalisation", "director"), ("Dirección", "director"), ("Regie", "director"), ("Image", "cinematographer"),
    ("Fotografía", "cinematographer"), ("Kamera", "cinematographer"), ("Montage", "editor"), ("Schnitt", "editor"),
    ("Musique", "composer"), ("Música", "composer"), ("Scénario", "writer"), ("Guion", "writer"),
    ("Drehbuch", "writer"), ("Décors", "production_designer"), ("Produit par", "producer"),
    ("Producción", "producer"), ("Vestuario", "costume_designer"),
])
def test_other_language_labels_name_their_role(label, role):
    from index.vocabulary import label_role_ids
    assert label_role_ids(label) == (role,)
