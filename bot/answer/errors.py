"""Errors the answer engine raises to front ends; each carries a message a member can read."""
from __future__ import annotations


class FilmBotError(Exception):
    """Base: `str(error)` is safe and useful to show to a member."""


class IndexNotReady(FilmBotError):
    def __init__(self, detail: str = "") -> None:
        super().__init__("The film index is being built for the first time; try again in a moment."
                         + (f" ({detail})" if detail else ""))


class ReindexInProgress(FilmBotError):
    def __init__(self) -> None:
        super().__init__("A reindex is already running; wait for it to finish.")


class QuestionTooLong(FilmBotError):
    """A question over `Settings.max_question_chars` (bot.answer.engine.check_question_length)."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"That question is {length:,} characters long; please ask in under {limit:,}.")


class DocumentRejected(FilmBotError):
    """An uploaded document failed validation (type, size, encoding, name)."""
