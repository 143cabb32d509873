"""What an answer to a question looks like: a name for "who", a date for "when", a place for
"where", an amount for "what was the budget", an occupation for "what does she do". The ranker
(bot/answer/ranking.py) gives a sentence of the right shape a bonus, and for some questions only
such a sentence can answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answer.named import Named, ages_beside, asked_age, asked_doer, asked_name, names_beside
from index.search import analyze


OCCUPATIONS = frozenset("""
actor actress photographer anthropologist archaeologist archeologist doctor nurse teacher lawyer journalist
writer novelist painter singer musician dancer director producer student soldier detective
priest nun farmer banker scientist professor engineer chef waiter waitress maid nanny housekeeper
designer architect artist poet politician judge surgeon pilot driver mechanic secretary
businessman businesswoman executive manager editor reporter boxer athlete thief prostitute
psychiatrist psychologist therapist midwife filmmaker playwright composer hairdresser shopkeeper postman
vicar magistrate commissario inspector captain astronaut fisherman sailor
""".split())


class OccupationWords:
    """Does a text name an occupation (a word above, its plural, or police-anything)? A word
    lookup: the same test as one regular expression of ~100 alternatives, which took ~45 µs a
    sentence, most of answering "what does X do for a living"."""

    WORD = re.compile(r"\w+")

    def search(self, text: str) -> bool:
        for word in self.WORD.findall(text.lower()):
            if word in OCCUPATIONS or word.startswith("police") or (word[-1:] == "s" and word[:-1] in OCCUPATIONS):
                return True
        return False


# A sentence that says what someone is: "Hilario, a professional historian", "she is a successful
# seamstress", "works as a notary". The shape of a definition, not a list of trades.
DEFINITION = re.compile(r"[\w)],\s+(?:a|an)\s+\w|\b(?:is|was|becomes|became|works as|worked as|working as|job as|career as)"
                        r"\s+(?:a|an)\s+\w")
# "Janis hires Ana as a nanny" says what Ana does, not Janis: a definition of the one named before "as"
NAMED_AS = re.compile(r"\b([A-Z][\w'’-]+) as (?:a|an) \w")


def defines(asked: set[str]):
    """Does a text define someone (their trade, their role), or define by "X as a …" one of the
    people asked about?"""
    def test(text: str) -> bool:
        return bool(DEFINITION.search(text)) or any(set(analyze(m.group(1))) & asked for m in NAMED_AS.finditer(text))
    return test


PLACE_TYPE = re.compile(r"\b(?:what|which) (city|town|village|country|place|island|state|region|street|neighbou?rhood)\b")
OCCUPATION_QUESTION = re.compile(r"\b(?:profession|job|occupation|career|do for (?:a living|work|money)|work as|works as)\b"
                                 r"|^what (?:does|did|do) (?:\w+(?:'s|’s|s')? ){1,3}do\W*$")  # "what does ana's mom do"
PLACE = re.compile(r"\b(?:in|at|near|from|to|into|on)\s+(?:the\s+)?[A-Z]")
ANSWER_SHAPES: list[tuple[re.Pattern, re.Pattern]] = [
    (re.compile(r"^(?:who|whom|whose)\b|\bwho\b"), re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+")),
    (re.compile(r"^when\b|\bwhat (?:year|date|day|month|time)\b"),
     re.compile(r"\b(?:1[0-9]\d\d|20\d\d|january|february|march|april|may|june|july|august|september|october|november"
                r"|december|years?|months?|days?|weeks?|night|morning|evening|after|before|during|until|when)\b", re.I)),
    (re.compile(rf"^where\b|\bwhere\b|{PLACE_TYPE.pattern}"), PLACE),
    (re.compile(r"^why\b|\bwhy\b"), re.compile(r"\b(?:because|so that|in order to|since|due to|as a result|to)\b", re.I)),
]


# Some questions can only be answered by a sentence of the right shape: "how many" by a number,
# "what was the budget" by an amount. A sentence about the budget that gives no figure is no answer.
# "who gets all the money", "why does she take the money", "does anyone find the money": the story,
# not an amount.
NOT_AN_AMOUNT = re.compile(r"(?:so |and |but )?(?:who|whom|whose|why|where|does|did|do|will|would|can|could)\b(?! (?:it|the (?:film|movie)) (?:make|earn|cost|gross))")
NUMBER_QUESTION = re.compile(r"\bhow (?:many|much|long|far|big)\b")
HEIGHT_QUESTION = re.compile(r"\bhow tall\b|\bwhat height\b")
HEIGHT = re.compile(r"\b\d['’]\s?\d{1,2}\b|\b\d+(?:[.,]\d+)?\s?(?:m|cm|metres?|meters?|feet|foot|ft|inches|in)\b", re.I)
AGE_QUESTION = re.compile(r"\bhow old\b|\bwhat age\b(?! (?:rating|restriction|certificate|limit|group))")  # not "what age rating"
AGE = re.compile(r"\b\d{1,3}[- ]years?[- ]old\b|\baged? \d{1,3}\b|\bage of (?:\d|[a-z]+)|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)[- ]\w+[- ]years?\b"
                 r"|\b(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|\b(?:\w+)-year-old\b|\bborn\b", re.I)
# an age said in words, beside the one aged: "Janis is middle-aged", "Ana is just a teenager"
AGE_IN_WORDS = re.compile(rf"{AGE.pattern}|\bmiddle-aged\b|\bteen(?:age|aged|ager)s?\b|\badolescents?\b|\belderly\b"
                          r"|\b(?:toddler|infant|newborn|pensioner)s?\b", re.I)
EXACT = re.compile(r"\b(?:exactly|precisely|in years)\b")  # "how old is janis exactly": a number
# A trade name asked for: "what brand of shoes", "what supermarket chain", "which make of car"
TRADE_NAME = re.compile(r"\b(?:what|which) (?P<phrase>(?:\w+ )?(?:brand|make|model|chain|label|manufacturer)(?: of \w+)?)\b")
SONG_QUESTION = re.compile(r"\b(?:what|which)(?: is| was|'s|’s| ?s)?(?: the)? (?:song|songs|track|tune|record)\b")
QUOTED = re.compile(r"[\"“]([^\"”]{3,80})[\"”]")


def quoted_beyond(asked: set[str]):
    """A title in quotes that says more than the question ("Stuck in the Middle with You"), not
    one it names itself (the "Enchantment Under the Sea" dance)."""
    def test(text: str) -> bool:
        return any(set(analyze(m.group(1))) - asked for m in QUOTED.finditer(text))
    return test


YEAR_QUESTION = re.compile(r"\b(?:what|which) year\b|\bwhat decade\b")
YEAR = re.compile(r"\b(?:1[0-9]\d\d|20\d\d)s?\b|['’]\d0s\b")
MONEY_QUESTION = re.compile(r"\b(?:budget|box office|gross(?:ed)?|earn(?:ed|ings)?|revenue|cost|costs|money|paid|salary|fee)\b")
MONEY = re.compile(r"[$£€¥]\s?\d|\b\d[\d,.]*\s*(?:million|billion|thousand|m|bn|k)\b|\b(?:dollars|euros|pounds|yen|won)\b", re.I)
NUMBER = re.compile(r"(?<![\w-])\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty"
                    r"|hundred|thousand|million|dozen|several|few|half|single|once|twice)\b", re.I)


@dataclass(frozen=True)
class AnswerShape:
    test: object  # text -> bool
    required: bool  # only sentences of this shape can answer
    counted: str | None = None  # "how many oscars": a number answers only next to the thing counted
    # When no sentence has this shape: a looser shape to try (an AnswerShape), any sentence (True),
    # or none (None). An occupation is best said in a definition naming a trade ("her mother, a
    # self-absorbed actress"), then in any definition ("Hilario, a professional historian": no list
    # of trades is complete), then by any trade word, then by any sentence.
    fallback: AnswerShape | bool | None = None
    place: bool = False  # a place answers ("where", "what city")


MEASURED = re.compile(r"^ (?:is|was|are|were) (?:the |a |an |his |her |their |its )?(.+?)(?: in | for | at |\?|$)")


def counted_thing(asked: str, rest: str, after: list[str]) -> str | None:
    """What a number must stand next to: the thing counted ("how many oscars"), or the thing
    measured ("how much is the grandmas pension": the pension, not any number)."""
    if asked.endswith("many"):
        return after[0] if after else None
    measured = MEASURED.match(rest) if asked.endswith("much") else None
    terms = analyze(measured.group(1)) if measured else []
    return terms[-1] if terms else None


def answer_shape(question: str) -> AnswerShape | None:
    """What an answer to this question looks like (a name for "who", a date for "when")."""
    folded = question.lower()
    if MONEY_QUESTION.search(folded) and not NOT_AN_AMOUNT.match(folded):
        return AnswerShape(MONEY.search, True)
    if HEIGHT_QUESTION.search(folded):
        return AnswerShape(HEIGHT.search, True)
    aged = asked_age(folded)
    if aged:
        return AnswerShape(ages_beside(aged, AGE if EXACT.search(folded) else AGE_IN_WORDS), True)
    if AGE_QUESTION.search(folded):
        return AnswerShape(AGE.search, True)
    if SONG_QUESTION.search(folded):  # "what song plays during the ear scene": a title in quotes, or no answer
        return AnswerShape(quoted_beyond(set(analyze(folded))), True)
    trade = TRADE_NAME.search(folded)
    if trade:  # "what brand of shoes does vinz wear": a trade name beside the shoes, or no answer
        return AnswerShape(names_beside(Named(tuple(analyze(trade["phrase"]))), set(analyze(folded))), True)
    named = asked_name(folded) or asked_doer(folded)
    if named:
        return AnswerShape(names_beside(named, set(analyze(folded))), True)
    if YEAR_QUESTION.search(folded):  # "what year was he born": a year, not any time word
        return AnswerShape(YEAR.search, True)
    number = NUMBER_QUESTION.search(folded)
    if number:
        after = analyze(folded[number.end():].split("?")[0])
        return AnswerShape(NUMBER.search, True, counted_thing(number.group(), folded[number.end():], after))
    if OCCUPATION_QUESTION.search(folded):
        trade, defined = OccupationWords().search, defines(set(analyze(folded)))
        any_trade = AnswerShape(trade, True, fallback=True)
        definition = AnswerShape(defined, True, fallback=any_trade)
        return AnswerShape(lambda text: defined(text) and trade(text), True, fallback=definition)
    for cue, shape in ANSWER_SHAPES:
        if cue.search(folded):
            return AnswerShape(shape.search, False, place=shape is PLACE)
    return None
