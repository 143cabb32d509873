"""A signed review with no rating: its verdict is its most opinionated sentences.

A newspaper review ("By HOWARD P. STALLWORTH", a sign-off, front matter `author`) often prints no
stars; its verdict is in its prose, usually at the end ("This is the most absorbing and expertly
made thriller this reviewer has seen in years, and it should not be missed."). `prose_verdict`
reads that verdict: the sentences of the review's body with the most words of judgement (praise,
fault, recommendation, superlatives), the last paragraph counting a little more, as the quote of
a verdict with no rating.

Deliberately not: a page with no author, or a group's byline (no one critic's words); a sentence
of page furniture (a copyright, "Posted by", subscribe lines); a page whose sentences judge too
little (a synopsis, a plot summary, an article that only reports).
"""
from __future__ import annotations

import re

from .patterns import Found, fold, lazy_pattern

# Words of judgement: praise, fault and recommendation, as reviews write them.
_JUDGING = lazy_pattern(
    r"(?i:\b(?:masterpiece|masterful|masterly|marvel\w*|absorbing|expert\w*|brilliant\w*|superb\w*|dazzling|splendid"
    r"|excellent|extraordinary|remarkable|astonishing|magnificent|wonderful\w*|beautiful\w*|gorgeous|delight\w*"
    r"|tender|moving|touching|devastating|haunting|gripping|thrilling|riveting|funny|witty|intelligent|perfect\w*"
    r"|important|powerful|convincing|admirable|triumph\w*|treat|joy|pleasure|fault|flaw\w*"
    r"|dull|tedious|boring|disappoint\w*|weak\w*|clumsy|tiresome|muddled|mess|failure|fails|worst|overlong|drags?"
    r"|recommend\w*|deserves?|should not be missed|not to be missed|(?:should|must|don['’]t|do not) (?:miss|see) it|see it"
    r"|worth (?:seeing|watching|the)|miss it)\b)"
)
_PRAISE = lazy_pattern(r"\b(?:best|finest|greatest|great)\b")  # in lower case: "Best Director" is an award's name
_SUPERLATIVE = lazy_pattern(r"(?i:\b(?:the most|one of the (?:best|finest|great\w*)|of the year|in years|of (?:his|her|their) career)\b)")
_JUDGE = lazy_pattern(r"(?i:\b(?:this (?:reviewer|writer|critic)|I|I['’]d|I['’]ve|we)\b)")
_FURNITURE = lazy_pattern(
    r"(?i:©|\(c\)|copyright|all rights reserved|powered by|posted by|posted:|subscribe|unsubscribe|comments?\b[ \t]*:?$"
    r"|\bshare\b|\breply\b|view (?:it )?in (?:your )?browser|click here|https?://|www\.|@\w|\bis rated (?:g|pg|r|nc)\b)"
)
# A sentence ends at a stop before a capital, not after a title or an initial ("Mr. Hitchcock", "Howard P. Stallworth").
_SENTENCE = lazy_pattern(r"(?:[^.!?]|(?<=\b(?:Mr|Ms|Dr|St|Jr|Sr|vs|No))\.|(?<=\b(?:Mrs|Mme))\.|(?<=\b[A-Z])\.)+"
                         r"(?:[.!?]+[”\"’')]*|$)")
# A paragraph: lines of prose in a row (a rule, a blank line or a heading in capitals ends it).
_PARAGRAPH = lazy_pattern(r"(?:[^\n]*[a-z][^\n]*\n?)+")
_VERDICT_LABEL = lazy_pattern(r"(?i:^(?:our |the |my )?(?:verdict|bottom line|in short|the upshot)[ \t]*:)")
_TITLE_QUOTES = lazy_pattern(r"\"([^\"\n]{1,80})\"")  # '"Hoop Dreams" is …': a title in quotes inside the quote
_MIN_SCORE = 2
_QUOTE_WORDS = 55


def is_furniture(sentence: str) -> bool:
    """A page's furniture, not a critic's words: a copyright or "Powered by" line, "Posted by …",
    subscribe and unsubscribe lines, links, a rating board's certificate note."""
    return bool(_FURNITURE.search(sentence))


def judgement(sentence: str) -> float:
    """How much a sentence judges the film: its words of praise, fault and recommendation, its
    superlatives, a critic speaking for themselves ("this reviewer")."""
    return (len(_JUDGING.findall(sentence)) + len(_PRAISE.findall(sentence)) + len(_SUPERLATIVE.findall(sentence))
            + 0.5 * bool(_JUDGE.search(sentence)))


def prose_verdict(text: str, author: str) -> Found | None:
    """The verdict of a signed review printed without a rating: its one or two most judging
    sentences (the strongest first), from the body below the byline; None where none judges."""
    body_start = _below_byline(text, author)
    paragraphs = [(m.start(), m.end()) for m in _paragraphs(text, body_start)]
    scored = []
    for n, (start, end) in enumerate(paragraphs):
        last = n >= len(paragraphs) - 2
        for match in _SENTENCE.finditer(text, start, end):
            sentence = " ".join(match.group().split())
            words = sentence.split()
            labelled = bool(_VERDICT_LABEL.match(sentence))  # "Our verdict: …", "VERDICT: A masterpiece."
            if len(words) < (2 if labelled else 5) or is_furniture(sentence) or sentence.isupper() or sentence.startswith("("):
                continue
            score = judgement(sentence) + 2 * labelled
            if score:
                scored.append((score + 0.5 * last, match.start() + len(match.group()) - len(match.group().lstrip()), sentence, n))
    if not scored:
        return None
    ranked = sorted(scored, key=lambda s: (-s[0], -s[1]))
    best = ranked[0]
    if best[0] < _MIN_SCORE:
        return None
    chosen = [best] + [s for s in ranked[1:2] if s[0] >= _MIN_SCORE + 0.5 and len((best[2] + " " + s[2]).split()) <= _QUOTE_WORDS]
    if len(chosen) == 2 and chosen[0][3] == chosen[1][3]:
        chosen.sort(key=lambda s: s[1])  # one paragraph's sentences read in their order; else the strongest first
    quote = " ".join(_TITLE_QUOTES.sub(r"‘\1’", s[2]) for s in chosen)
    return Found(best[1], "verdict", {"critic": author, "quote": quote})


def _below_byline(text: str, author: str) -> int:
    """Where the review's body starts: after the line naming its author near the top, else 0."""
    surname = fold(author.split()[-1])
    for match in re.finditer(r"[^\n]*\n?", text[:3000]):
        if surname and surname in fold(match.group()) and len(match.group().split()) <= 10:
            return match.end()
    return 0


def _paragraphs(text: str, start: int):
    """The body's paragraphs (a blank line between), as matches of their text."""
    return list(_PARAGRAPH.finditer(text, start))
