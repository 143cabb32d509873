"""Compose a short answer from facts where they fit, else from the best sentences.

One module per intent. Each `answer_*` function takes the question's context and returns a
Draft, or None when it has nothing to say, so the engine can fall back to passages (and from
there to "I don't know").
"""
from bot.answer.compose.awards import answer_awards
from bot.answer.compose.cast import answer_cast, answer_character_name, cast_credit_draft, match_cast_row
from bot.answer.compose.common import OPINION_KINDS, Cited, Context, Draft, cite_facts
from bot.answer.compose.critics import answer_critics
from bot.answer.compose.crew import answer_crew
from bot.answer.compose.facts import LOOKED_FOR, answer_awards_from_passages, answer_fact, answer_fact_from_passages, fits_question
from bot.answer.compose.setting import answer_setting, asks_only_setting
from bot.answer.compose.similar import answer_similar
from bot.answer.compose.plot import answer_cast_from_passages, answer_ending, answer_from_passages, answer_overview, answer_twist
from bot.answer.story import PLOT_KINDS

__all__ = [
    "LOOKED_FOR", "OPINION_KINDS", "PLOT_KINDS", "Cited", "Context", "Draft", "answer_awards", "answer_awards_from_passages",
    "answer_cast", "answer_cast_from_passages", "answer_character_name", "answer_crew", "answer_critics", "answer_ending", "answer_fact", "answer_fact_from_passages",
    "answer_from_passages", "answer_overview", "answer_setting", "asks_only_setting", "answer_similar", "answer_twist", "cast_credit_draft", "cite_facts", "fits_question",
    "match_cast_row",
]
