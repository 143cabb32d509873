"""A transcript's speakers and labelled records: critics' verdicts in turns and fields."""
from __future__ import annotations

from index_support import verdicts


def test_speakers_of_a_transcript(facts_of):
    text = ("MAYA FORTESCUE: Welcome back. I'm Maya Fortescue, and across the table is Dev Kapoor.\n\n"
            "DEV KAPOOR: Hello. The middle drags, for me.\n\n"
            "MAYA FORTESCUE: Okay, scores. I'm giving it a nine out of ten. A perfect machine.\n\n"
            "DEV KAPOOR: I'll say seven out of ten. Great final act.\n")
    assert {(c, r, t) for c, _, r, t, _ in verdicts(facts_of(text, "verdict"))} == {
        ("Maya Fortescue", 4.5, "nine out of ten"), ("Dev Kapoor", 3.5, "seven out of ten")}


def test_a_transcript_needs_two_speakers(facts_of):
    text = "NOTE FROM THE EDITOR: we gave it nine out of ten, I think.\n"
    assert all(f.critic is None for f in facts_of(text, "verdict"))


def test_speakers_introduced_with_an_outlet_are_critics(facts_of):
    # a radio transcript: no ratings, but the page says whom each guest writes for
    text = ("THE FRIDAY FILM HOUR\n\nThis week: Imogen Salt, film editor of The Harbour Courier, and Luca Bell, who "
            "reviews for Kinetic Magazine.\n\nHOST: Imogen?\n\n"
            "IMOGEN SALT: I adored it. The ending made me cry in a cinema full of strangers, and I would tell anyone to go.\n\n"
            "LUCA BELL: I admired it more than I loved it, and the subplot feels borrowed from a much worse movie.\n")
    assert {(v.critic, v.outlet, v.rating, v.quote[:15]) for v in facts_of(text, "verdict")} == {
        ("Imogen Salt", "The Harbour Courier", None, "I adored it. Th"),
        ("Luca Bell", "Kinetic Magazine", None, "I admired it mo"),
    }


def test_speakers_without_an_outlet_give_no_unrated_verdict(facts_of):
    text = ("ANNA ROSS: Welcome to the show, everybody, we have a lot to get through this week so let us start.\n\n"
            "BEN KOHL: Thanks Anna, and what a week it has been for the cinema, I have to say.\n")
    assert facts_of(text, "verdict") == []


def test_a_record_of_labelled_lines(facts_of):
    text = ("Critic: Jane Doe\nPublication: The Evening Ledger\nScore: 4/5\nQuote: Sharp and funny from start to end.\n\n"
            "Critic: John Roe\nPublication: Sunday Clarion\nScore: 2/5\n")
    assert {(v.critic, v.outlet, v.rating, v.quote) for v in facts_of(text, "verdict")} == {
        ("Jane Doe", "The Evening Ledger", 4.0, "Sharp and funny from start to end."),
        ("John Roe", "Sunday Clarion", 2.0, None)}


def test_a_speaker_grades_it_in_words(facts_of):
    text = ("THE CUTTING ROOM\n\nANA PIRES: So, Night Train. I'd give it a B. Great first hour.\n\n"
            "TOM OKAFOR: I'm going to be mean and say a C minus. It runs out of steam.\n")
    assert {(v.critic, v.rating, v.rating_text) for v in facts_of(text, "verdict")} == {
        ("Ana Pires", 3.33, "B"), ("Tom Okafor", 1.67, "C-")}


def test_timestamped_speakers_by_first_name(facts_of):
    # "[00:05:14] ROS: …": the speaker is the one the page names in full; a rating opening a sentence is theirs
    text = ("THE REWIND CLUB -- Episode 9\nHosts: Maya Okafor, Dev Lindqvist. Guest: Rosalind Teague (film critic, "
            "The Saturday Gazette)\n\n[00:00:04] MAYA: Welcome back, I'm Maya.\n[00:00:07] DEV: I'm Dev.\n"
            "[00:05:14] ROSALIND: I'd give it three and a half stars out of five. The most inventive of the three.\n"
            "[00:05:41] DEV: Two and a half out of five. It's frantic.\n"
            "[00:14:55] MAYA: That's our show. Go rate us five stars wherever you listen.\n")
    found = {(v.critic, v.outlet, v.rating, v.quote.split(".")[0]) for v in facts_of(text, "verdict")}
    assert found == {("Rosalind Teague", "The Saturday Gazette", 3.5, "The most inventive of the three"),
                     ("Dev Lindqvist", None, 2.5, "Two and a half out of five")}


def test_a_speakers_list_gives_the_outlet(facts_of):
    text = ("KENDRA BOATENG: host\nMARCUS HALLORAN: host, writes a column for the Lakeshore Weekly\n\n"
            "[00:00:03] KENDRA: This is Full Court Cinema.\n"
            "[00:13:42] MARCUS: Four and a half out of five. Otherwise it's a masterpiece.\n")
    assert {(v.critic, v.outlet, v.rating) for v in facts_of(text, "verdict")} == {("Marcus Halloran", "Lakeshore Weekly", 4.5)}


def test_a_rating_in_a_forum_post_is_its_posters(facts_of):
    text = ("Classic Film Boards > Rear Window\n\n------\n#1  Posted: Tue Mar 14, 2023 9:02 pm\nBartholomew_Crane\n"
            "Joined: Aug 2009  Posts: 4,112\n\nStill the most perfectly built thing Hitchcock made.\n\n------\n"
            "#7  Posted: Thu Mar 16, 2023 8:47 am\nmidnight_matinee_99\nJoined: Mar 2023  Posts: 3\n\n"
            "Unpopular opinion: the middle is slow. Three stars out of five from me.\n\n======\n"
            ">> ms_strickland | posted 22 Oct 2015, 09:10 AM | Member #6,001\n======\nOverrated, sorry. 6/10 from me.\n")
    assert {(v.critic, v.rating) for v in facts_of(text, "verdict")} == {("midnight_matinee_99", 3.0), ("ms_strickland", 3.0)}


def test_a_speaker_who_judges_the_film_is_a_critic(facts_of):
    text = ("Hosts: Kendra Boateng, Marcus Halloran\n\n[00:00:03] KENDRA: This is Full Court Cinema, I'm Kendra.\n"
            "[00:00:05] MARCUS: I'm Marcus. The film follows two boys from Chicago.\n"
            "[00:13:40] KENDRA: I think it's the most moving, beautiful documentary I have ever seen, a masterpiece.\n")
    assert {(v.critic, v.rating, v.quote) for v in facts_of(text, "verdict")} == {
        ("Kendra Boateng", None, "I think it's the most moving, beautiful documentary I have ever seen, a masterpiece.")}


def test_a_podcasts_rating_hosts_are_no_cast(facts_of):
    text = ("MIDNIGHT MATINEE -- Ep. 41\nWith Priscilla Vandermeer and Oskar Lindahl. Guest: Hal Brightwater (film critic, "
            "The Northern Clarion)\n\n[00:00:03] PRISCILLA: Hello, I'm Priscilla Vandermeer.\n[00:00:06] OSKAR: And I'm Oskar Lindahl.\n"
            "[00:08:18] HAL: Four stars out of five from me. An astonishing piece of filmmaking.\n"
            "[00:08:49] PRISCILLA: Full marks, five out of five. The best revenge movie ever made.\n")
    assert {(v.critic, v.rating) for v in facts_of(text, "verdict")} == {("Hal Brightwater", 4.0), ("Priscilla Vandermeer", 5.0)}
    assert not {c.actor for c in facts_of(text, "cast")} & {"Hal Brightwater", "Priscilla Vandermeer"}
