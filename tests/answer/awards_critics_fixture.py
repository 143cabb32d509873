"""A small two-film corpus for the awards and critics answers: a round-up, a single review with
front matter, an awards page with tables under ceremony headings and a fixed-width table."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.engine import AnswerEngine
from tests.conftest import engine_over

FILES = {
    "harbour-lights/film.toml": 'title = "Harbour Lights"\nyear = 1998\n',
    "harbour-lights/credits.md": (
        "# Harbour Lights — credits\n\nDirected by Mara Quinn.\n\n## Cast\n\n"
        "- Tomas Ekberg as Lars\n- Ines Duval as Petra\n- Olu Bankole as the harbourmaster\n"
    ),
    "harbour-lights/roundup.md": (
        "---\nkind: review\nsource: Reel Club\nauthor: Club Desk\n---\n\n"
        "# What the critics said about Harbour Lights\n\nFour notices from the opening week.\n\n"
        "## Ann Vale — The Morning Ledger: ★★★★ (4 out of 4)\n\n"
        "Vale called it the finest sea picture in years and praised Ines Duval's quiet, layered performance.\n\n"
        "## Bo Lindt, Kino Weekly — C\n\nLindt found it slow and called the storm sequence a damp squib.\n\n"
        "## Cy Moss — Frame Review: 8/10\n\nMoss admired the photography of the storm sequence, a thrilling set piece.\n\n"
        "## Di Roe — Sunday Dispatch: five stars out of five\n\nRoe thought it a masterpiece.\n"
    ),
    "harbour-lights/review-tide.md": (
        "---\nkind: review\nsource: The Tide Gazette\nauthor: Wren Halloway\n---\n\n"
        "# A quiet triumph\n\nHarbour Lights is patient and humane. Tomas Ekberg is superb as Lars, a man who has "
        "stopped expecting anything of the sea. I wish the film had given Olu Bankole more to do.\n"
    ),
    "harbour-lights/awards.md": (
        "---\nkind: awards\n---\n\n# Harbour Lights — awards\n\n"
        "## Academy Awards (71st, 1999)\n\nThe film received four nominations and won two.\n\n"
        "| Category | Nominee(s) | Result |\n|---|---|---|\n"
        "| Best Picture | Mara Quinn | Won |\n| Best Actor | Tomas Ekberg | Nominated |\n"
        "| Best Supporting Actress | Ines Duval | Won |\n| Best Supporting Actor | Olu Bankole | Nominated |\n\n"
        "Tomas Ekberg was nominated for Best Actor but lost to Hal Brenner.\n\n"
        "## Cannes Film Festival (May 1998)\n\nThe jury gave Harbour Lights the Palme d'Or.\n\n"
        "## Nordic Film Awards (1998)\n\n| Category | Nominee | Result |\n|---|---|---|\n"
        "| Best Actress | Ines Duval | Won |\n| Best Actor | Tomas Ekberg | Won |\n| Best Director | Mara Quinn | Nominated |\n"
    ),
}


@pytest.fixture(scope="module")
def small_engine(tmp_path_factory) -> AnswerEngine:
    return engine_over(FILES, tmp_path_factory.mktemp("awards-critics"))


def ask(engine: AnswerEngine, question: str):
    return engine.answer_question(question, "Harbour Lights")


def corpus_path(root: Path) -> Path:
    return root / "corpus"


def compose_critics(engine: AnswerEngine, question: str):
    """The critics composer alone, as the engine calls it for a critics reading (no other gate)."""
    from bot.answer.compose import Context, answer_critics
    from bot.answer.evidence import question_terms
    from bot.answer.films import without_film_names
    from bot.answer.intent import read_question
    gen = engine.generation()
    film = gen.films[0]
    asked = without_film_names(question, film, False)
    reading = read_question(asked)
    terms = question_terms(gen, film.slug, asked, set(reading.cue_words))
    return answer_critics(Context(film, gen, asked, reading, terms, False, original=question))
