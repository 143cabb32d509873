"""What reviewers held against the film ("did anyone not like it", "any criticism of it", "was it
overrated"): the sentences of the critics' pages that judge it most harshly, by their sentiment
(bot/answer/sentiment.py), each with whose it is. A film every critic rated well can still have
had its faults found: "the middle section drags", "preachy".
"""
from __future__ import annotations

from bot.answer.intent import FAULTS
from bot.answer.compose.common import ANSWER_CHARS, Cited, Context, Draft, says_nothing
from bot.answer.sentiment import faults_named, lean
from bot.answer.text import fold, sentences, shorten
from index.search import Hit

HARSH = -0.25  # a sentence leaning further than this to the negative finds a fault
SHOWN = 2
CRAFT = 0.5  # how much a named fault outweighs sentiment alone
MIXED = 0.2  # "a little flat at times, lacking importance": a named fault in a sentence that also praises


def asks_for_faults(question: str) -> bool:
    return bool(FAULTS.search(fold(question)))


def complaints(passages: list[Hit]) -> list[tuple[str, Hit]]:
    """The harshest sentences of the passages, one per document, harshest first."""
    found: list[tuple[float, str, Hit, int]] = []
    for hit in passages:
        for sentence in sentences(hit.text):
            if says_nothing(sentence):
                continue
            warmth, named = lean(sentence), faults_named(sentence)
            if warmth <= HARSH or (named and warmth < MIXED):
                # a fault named in a critic's words first: a review that retells a war is not harsh
                found.append((warmth - CRAFT * min(named, 2), sentence, hit, named))
    if any(named for *_, named in found):  # a fault in a critic's words: sentiment alone may be the story's
        found = [f for f in found if f[3]]
    found.sort(key=lambda f: f[0])
    chosen, documents = [], set()
    for _, sentence, hit, _ in found:
        if hit.document not in documents:
            documents.add(hit.document)
            chosen.append((sentence, hit))
    return chosen[:SHOWN]


def complaints_draft(ctx: Context, passages: list[Hit], lead: str = "", signed=lambda ctx, s, h: s) -> Draft | None:
    """The lead (what the ratings say), then the faults found."""
    found = complaints(passages)
    if not found:
        return Draft(lead) if lead else None
    said = " ".join(signed(ctx, sentence, hit) for sentence, hit in found)
    text = f"{lead} The faults found: {said}" if lead else said
    return Draft(shorten(text, ANSWER_CHARS), cited=[Cited.of(hit, sentence) for sentence, hit in found])
