"""Where a film's story is told, and which part of it a question asks about.

A telling is one document's plot passages under one heading (a synopsis, a "Plot" section). Its
sentences run from the opening (0) to the last event (1): "what happens to Roth at the end" is
answered late in a telling, "who does she meet at first" early.
"""
from __future__ import annotations

import re

from bot.answer.text import fold
from index.search import analyze

PLOT_KINDS = frozenset({"synopsis", "summary", "plot"})
PLOT_HEADING = re.compile(r"\b(plot|synopsis|story|storyline|summary|recap)\b")

# A question placed at one end of the story, by how people say it: "at the end", "in the end",
# "ends up" (not "ends up in Paris": how she got there), "finally", "eventually", "the final
# scene"; "at the start", "at first", "initially". The weight of a late or early sentence is
# fitted on the public sets (RankingWeights.features, "story_time").
AT_THE_END = re.compile(r"\b(?:at|in|by|near|towards?) the (?:very )?end\b|\bend(?:s|ed)? up\b(?! (?:in|at)\b)"
                        r"|\b(?:finally|ultimately|eventually)\b|\b(?:last|final) (?:scene|shot|moments?)\b")
AT_THE_START = re.compile(r"\b(?:at|in) the (?:very )?(?:start|beginning)\b|\bat first\b|\binitially\b"
                          r"|\b(?:first|opening) (?:scene|shot|moments?)\b")


def is_plot_section(hit) -> bool:
    return bool(PLOT_HEADING.search(fold(hit.heading or "")))


def tells_plot(hit) -> bool:
    return hit.kind in PLOT_KINDS or is_plot_section(hit)


def story_part(question: str) -> tuple[str | None, str]:
    """The part of the story asked about ("start", "end" or None), and the question without the
    words that place it (they say when, not what: "end" is no word to look for)."""
    folded = question.lower()
    for part, anchor in (("end", AT_THE_END), ("start", AT_THE_START)):
        if anchor.search(folded):
            return part, anchor.sub(" ", folded)
    return None, question


def placed_terms(question: str, terms: list[str]) -> tuple[str | None, list[str]]:
    """The part of the story asked about, and the question's terms without the words that place
    it ("end", "final": when, not what); all of them where nothing else would be left."""
    when, unplaced = story_part(question)
    placing = set(analyze(question)) - set(analyze(unplaced))
    return when, [t for t in terms if t not in placing] or list(terms)
