"""Plot answers: overview, ending, twist, and the best sentences for anything else."""
from __future__ import annotations

import re

from bot.answer.compose.common import ANSWER_CHARS, EVIDENCE_CHARS, Cited, Context, Draft
from bot.answer.evidence import SPOILER_HEADING as SPOILER_HEADING_WORDS, SPOILER_TEXT as SPOILER_CUES, answers_question, is_spoiler
from bot.answer.story import PLOT_KINDS, is_plot_section, tells_plot
from bot.answer.text import fold, sentences, shorten
from index.models import CastCredit


# --- plot and everything else -----------------------------------------------------------


def answer_overview(ctx: Context) -> Draft | None:
    """A spoiler-free summary: the opening of a synopsis, or of the first plot section."""
    hits = ctx.gen.passages_of(ctx.film.slug)
    ranked = sorted((h for h in hits if len(h.text.split()) >= 25 and not h.text.lstrip().startswith(("-", "•", "“"))),
                    key=lambda h: overview_rank(h))
    for hit in ranked:
        chosen = spoiler_free_opening(hit.text) if not ctx.spoilers else sentences(hit.text)[:3]
        if chosen:
            text = shorten(" ".join(chosen), ANSWER_CHARS)
            return Draft(text, cited=[Cited.of(hit, text)], spoiler=is_spoiler(text, hit.heading))
    return None


def overview_rank(hit) -> tuple:
    heading = fold(hit.heading or "")
    titled = bool(re.search(r"synopsis|plot|summary|story|premise", heading))
    return (not titled, hit.kind not in PLOT_KINDS, hit.kind != "synopsis", hit.document, hit.position)


MISCELLANY = re.compile(r"\b(?:odds and ends|bits and pieces|loose ends)\b")  # a trivia page's last section
ENDING_HEADING = re.compile(r"\b(ending|end|ends|finale|conclusion|climax|final act)\b")


STORY_WORDS = 8


def tells_story(hit) -> bool:
    """A paragraph of the story, not a closing line ("Running time: 89 minutes.", "© Site", an aside
    in brackets) nor a page's tags ("Filed under: Billy Wilder · Jack Lemmon"): sentences end so."""
    text = hit.text.rstrip(" *_")
    return (len(text.split()) >= STORY_WORDS and not text.startswith(("(", "["))
            and text.endswith((".", "!", "?", '"', "”", "’", "'", ")", "…")))


def answer_ending(ctx: Context) -> Draft | None:
    """How it ends: a section titled as the ending (a plot's, before a trivia page's "Odds and
    ends"), else the end of the film's longest telling of its story."""
    passages = ctx.gen.passages_of(ctx.film.slug)
    sections: dict[tuple, list] = {}
    for hit in passages:
        heading = fold(hit.heading or "")
        if ENDING_HEADING.search(heading) and not MISCELLANY.search(heading):
            sections.setdefault((hit.document, hit.heading), []).append(hit)
    told = [s for s in sections.values() if sum(len(h.text.split()) for h in s) >= 15]
    if told:
        # a page titled "… the complete recap, ending included" opens with its title's section: its own
        # "The ending" further down tells it
        section = min(told, key=lambda s: (s[0].kind not in PLOT_KINDS, s[0].document, s[0].position == 0, s[0].position))
        story = [h for h in sorted(section, key=lambda h: h.position) if tells_story(h)]
        return ending_draft(story or section)  # not a last line such as "Running time: 89 minutes."
    telling = [h for h in longest_telling(passages) if tells_story(h)]
    return ending_draft(telling[-1:]) if telling else None


def ending_draft(section: list) -> Draft:
    """An ending told in a few sentences: how the section starts (the climax) and how it ends (the
    last events), the end whole and the start cut to fit."""
    first, last = section[0], section[-1]
    end = sentences(last.text)[-2:]
    start = [s for s in sentences(first.text)[:2] if s not in end]
    closing = " ".join(end)
    room = ANSWER_CHARS - len(closing) - 3
    text = f"{shorten(' '.join(start), room)} {closing}" if start and room > 60 else shorten(closing, ANSWER_CHARS)
    cited = [Cited.of(first, " ".join(start))] if start and first is not last else []
    return Draft(text, cited=cited + [Cited.of(last, closing)], spoiler=True)


def longest_telling(passages: list) -> list:
    """The passages of the longest plot section (one document, one heading), in order: the story
    told from start to end, whose last passage is the ending."""
    found = tellings(passages)
    return found[0] if found else []


def tellings(passages: list) -> list[list]:
    """Every telling's passages in order, the longest first: a plot document is one telling,
    whatever its sections ("1. The family" … "5. The ending"); in any other document a telling is
    a section headed as the plot (as ranking.place_in_story reads them)."""
    sections: dict[tuple, list] = {}
    for hit in passages:
        if tells_plot(hit):
            sections.setdefault((hit.document, None if hit.kind in PLOT_KINDS else hit.heading), []).append(hit)
    ordered = sorted(sections.values(), key=lambda hits: -sum(len(h.text.split()) for h in hits))
    return [sorted(hits, key=lambda h: h.position) for hits in ordered]


def answer_twist(ctx: Context) -> Draft | None:
    """The big reveal: the plot sentences with the most reveal cues, in a plot section or summary."""
    scored = []
    for hit in ctx.gen.passages_of(ctx.film.slug):
        plotty = hit.kind in PLOT_KINDS or is_plot_section(hit) or SPOILER_HEADING_WORDS.search(fold(hit.heading or ""))
        if not plotty:
            continue
        for n, sentence in enumerate(sentences(hit.text)):
            cues = len(SPOILER_CUES.findall(fold(sentence).replace("'", " ")))
            if cues:
                scored.append((cues, -hit.position, -n, sentence, hit))
    if not scored:
        return None
    scored.sort(key=lambda item: item[:3], reverse=True)
    _, _, position, sentence, hit = scored[0]
    following = sentences(hit.text)[-position + 1:-position + 2]  # the reveal often spans two sentences
    return spoiler_draft(hit, [sentence, *following])


def spoiler_draft(hit, chosen: list[str]) -> Draft:
    text = shorten(" ".join(chosen), ANSWER_CHARS)
    return Draft(text, cited=[Cited.of(hit, text)], spoiler=True)


def spoiler_free_opening(text: str) -> list[str]:
    opening = []
    for sentence in sentences(text)[:3]:
        if is_spoiler(sentence):
            break
        opening.append(sentence)
    return opening





def answer_from_passages(ctx: Context, prefer: set[str] = frozenset()) -> Draft | None:
    evidence = ctx.evidence(prefer)
    return evidence_draft(evidence)


def evidence_draft(evidence) -> Draft | None:
    """The ranked sentences as an answer, if they answer the question at all."""
    if not answers_question(evidence):
        return None
    text = shorten(" ".join(e.text for e in evidence), EVIDENCE_CHARS)
    spoiler = any(is_spoiler(e.text, e.hit.heading, e.hit) for e in evidence)
    return Draft(text, cited=[Cited.of(e.hit, e.text) for e in evidence], spoiler=spoiler)


def answer_cast_from_passages(ctx: Context) -> Draft | None:
    """"Who plays X?" the cast list doesn't answer: a sentence that names one of the film's actors,
    where the documents list any (a film with no cast list at all takes the best sentence)."""
    actors = {a for c in ctx.facts(CastCredit) for a in [fold(c.actor)] if a}
    if not actors:
        return answer_from_passages(ctx)
    return evidence_draft([e for e in ctx.evidence() if any(a in fold(e.text) for a in actors)])
