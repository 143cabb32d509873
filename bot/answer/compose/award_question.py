"""What an awards question asks: its shape, wins or nominations, the ceremonies, the category.

One reading per question, over the same ceremonies vocabulary the extractors name awards with
(index.ceremonies), so "oscars", "academy award" and "the palme d'or" mean what the facts mean:
- form: "count" (how many), "yesno" (did/was/is...), "what" (what/which/list), "who", "lost_to"
  ("what did it lose to", "who beat it"), "why" (reasons live in sentences), "list" (anything else);
- outcome: "won" (win, won, get... with no nomination word), "nominated" (nominated, nom, up for),
  or None for awards of any outcome ("what awards did it get");
- ceremonies: the listed ceremonies named, by a name, a nickname or a prize ("palme d'or" is Cannes);
- broad: "anything", "any": a yes or no over every ceremony (and every category the words fit);
- category: the category words a question uses, as awards pages name them ("directing" -> director).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from bot.answer.text import fold, words
from index.ceremonies import Ceremony, named_in, one_word_cues, prizes_in

# Words that name a ceremony in a question even when this film's facts have none from it: the
# listed ceremonies' one-word cues, the head words of 'academy award' and 'spirit award', and
# the nomination words.
CEREMONY_CUES = one_word_cues() | {"academy", "spirit", "nom", "noms", "nominated", "nomination"}
QUESTION_NOISE = {"film", "festival", "best", "award", "awards", "critic", "critics", "the", "at", "for", "it",
                  "win", "won", "wins", "did", "any", "anything", "how", "many", "what", "who"}
# What members call a category, in the words awards pages use for it.
CATEGORY_WORDS = {
    "directing": "director", "directed": "director", "direction": "director", "directors": "director",
    "editing": "editing", "edited": "editing", "editor": "editing", "edit": "editing",
    "script": "screenplay", "writing": "screenplay", "written": "screenplay", "wrote": "screenplay",
    "screenwriting": "screenplay", "writer": "screenplay",
    "music": "score", "composer": "score", "soundtrack": "score",
    "photography": "cinematography", "camera": "cinematography", "cinematographer": "cinematography",
    "movie": "picture", "costumes": "costume", "costume": "costume", "makeup": "makeup", "songs": "song",
    "foreign": "foreign", "animated": "animated", "visual": "visual", "effects": "effects",
    "score": "score", "screenplay": "screenplay", "cinematography": "cinematography", "sound": "sound",
}
NOMINATION_WORDS = {"nominated", "nomination", "nominations", "nom", "noms", "nominee", "nominees", "nominate",
                    "nod", "nods", "shortlisted"}
WIN_WORDS = {"win", "won", "wins", "winning", "winner", "winners", "take", "took", "bag", "bagged", "scoop",
             "gave", "give", "given", "awarded", "handed"}  # "which festival gave her best actress"
LOSE_WORDS = {"lose", "lost", "losing", "loses", "beat", "beaten"}
BROAD_WORDS = {"anything", "any", "something", "ever"}
YESNO_OPENERS = {"did", "does", "do", "was", "were", "is", "has", "have", "had", "could", "can", "didnt", "wasnt",
                 "doesnt", "hasnt"}
WHAT_OPENERS = {"what", "which", "list", "name", "whats", "show", "tell"}
# "what film/song/year ..." asks for something other than the awards themselves.
NOT_AWARD_NOUNS = {"film", "films", "movie", "movies", "song", "songs", "year", "years", "date", "day", "city",
                   "country", "role", "character", "part", "language", "director", "actor", "actress"}


@dataclass
class AwardQuestion:
    form: str
    outcome: str | None
    ceremonies: list[Ceremony] = field(default_factory=list)
    prizes: list[str] = field(default_factory=list)
    category: set[str] = field(default_factory=set)
    asks_other_thing: bool = False  # "what film did it share the Golden Bear with"
    broad: bool = False  # "did it win anything", "any awards": every ceremony and category that fits
    asks_films: bool = False  # "which films won it before": other films

    @property
    def ceremony_names(self) -> list[str]:
        return [c.name for c in self.ceremonies]


def read_award_question(question: str) -> AwardQuestion:
    q = fold(question).replace("'", " ").replace("’", " ")
    tokens = words(q)
    form = _form(tokens)
    asked = set(tokens)
    nominated = bool(asked & NOMINATION_WORDS) or bool(re.search(r"\bup for\b", q))
    won = bool(asked & WIN_WORDS)
    if form == "lost_to":
        outcome = "nominated"
    elif nominated:
        outcome = "nominated"
    elif won:
        outcome = "won"
    else:
        outcome = None
    category = {CATEGORY_WORDS.get(w, w) for w in tokens if w in CATEGORY_WORDS}
    other = form == "what" and len(tokens) > 1 and tokens[1] in NOT_AWARD_NOUNS
    broad = bool(asked & BROAD_WORDS)
    films = other and tokens[1] in ("film", "films", "movie", "movies")
    return AwardQuestion(form, outcome, named_in(question), prizes_in(question), category, other, broad, films)


def _form(tokens: list[str]) -> str:
    first, second = (tokens + ["", ""])[:2]
    asked = set(tokens)
    if asked & LOSE_WORDS and ("to" in asked or "beat" in asked or "beaten" in asked):
        return "lost_to"
    if first in ("who", "whom") and asked & {"beat", "beaten"}:
        return "lost_to"
    if first == "how" and (second in ("many", "much") or SequenceMatcher(None, second, "many").ratio() >= 0.75):
        return "count"
    if "number" in asked and "of" in asked:
        return "count"
    if first == "how" and asked & {"do", "fare", "fared", "go", "went"}:
        return "list"  # "how did it do at the annies": its results there
    if first in ("why", "how"):
        return "why"
    if first in ("who", "whom", "whose"):
        return "who"
    if first in WHAT_OPENERS:
        return "what"
    if first in YESNO_OPENERS:
        return "yesno"
    return "list"
