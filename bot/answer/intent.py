"""Read what kind of question it is, and which detail it asks for.

Cues are word patterns over the folded question. The words that served as cues are
recorded: they say *what* is asked (runtime, composer, rating) and so are not required to
appear in the documents, unlike the question's content words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answer.models import Intent
from bot.answer.text import fold
from index.ceremonies import cue_pattern
from bot.answer import sentiment
from index.vocabulary import ROLES, crew_nouns


@dataclass
class Reading:
    intent: Intent
    detail: str | None = None  # crew role, film-fact name, or "rating" / "count" / "won" / "overview"
    cue_words: set[str] = field(default_factory=set)


def cue(pattern: str) -> re.Pattern:
    """A whole-word pattern whose longer alternatives are tried first, so that a match (and the cue
    words read from it) is the whole phrase: "worth watching", not "worth"."""
    return re.compile(rf"\b(?:{'|'.join(sorted(alternatives(pattern), key=len, reverse=True))})\b")


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (a "|" inside brackets or escaped is not one)."""
    parts, depth, start, in_class, escaped = [], 0, 0, False, False
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return parts + [pattern[start:]]


PERSON_QUESTION = cue(r"who|whose|whom|name the|which (?:person|people|man|woman|company|studio)")
# Crew roles and the nouns for their people come from the vocabulary index extraction reads credits with.
CREW_ROLES: list[tuple[str, re.Pattern]] = [(role.id, cue("|".join(role.cues))) for role in ROLES]
CREW_NOUNS = cue("|".join(re.escape(noun) for noun in sorted(crew_nouns(), key=len, reverse=True)))
LANGUAGES = "spanish|french|german|italian|japanese|korean|chinese|portuguese|russian"
FACTS: list[tuple[str, re.Pattern]] = [
    # "last" the verb: not "the last scene", "his last name"; "run" the film's: not "who runs the company";
    # "how long is it", not "how long did mrs tittlemouse spend cleaning" (the story's time) nor "how
    # long did it take to make"
    ("runtime", cue(r"running time|run ?time|runtime|length|minutes|duration|lasts|(?:it|film|movie) runs?|runs? (?:for |about |around |under |over )?(?:\d|an? |one|two|three|almost|nearly)|last (?:for|about|around|over|under)|(?:does|did|will) (?:it|the (?:film|movie)) last"
                r"|hours long|how many hours"
                r"|how long(?! (?:did|does|do|had|has|have|will|would|were|are) (?!it\b|the (?:film|movie)\b)"
                r"| (?:did|does|do) (?:it|the (?:film|movie)) take)")),
    # "what does the japanese title mean" asks for a meaning, not for the title
    # "called in": the film's name in a language, not "the big colourful bird called in up"
    ("original_title", cue(rf"(?:original (?:title|name)|(?:{LANGUAGES}|native|foreign|local) (?:title|name)|title in \w+"
                           rf"|(?:it|film|movie) called in \w+|called in (?:{LANGUAGES})|originally (?:called|titled|named))"
                           r"(?!.*\b(?:mean|means|meaning|translat\w*)\b)")),
    ("filming_location", cue(r"where (?:\w+ ){0,6}(?:filmed|film|shot|shoot|made|set)|filming locations?|locations?|shot on location"
                             r"|used for filming|filmed (?:in|at|on)|shot (?:in|at|on)|which (?:village|town|city|island|region|places?)"
                             r"|(?:was|were) (?:it|they|the (?:film|movie)) (?:shot|filmed)(?= *$| *\?)")),
    ("remake", cue(r"remake|remakes|remade")),
    ("based_on", cue(r"based on|book|novel|adapt(?:s|ed|ing|ation|ations)?|true story|real story|real events|source material")),
    ("language", cue(r"languages?|subtitle(?:s|d)?|dubbed|(?:spoken|in|into) (?:english|spanish|french|italian|german"
                     r"|portuguese|japanese|korean|chinese|mandarin|hindi|russian|arabic)(?=\s*$|\s*[?.!]|\s+(?:or|and|with)\b)")),
    ("genre", cue(r"genres?|(?:kind|type|sort) of (?:film|movie|flick)|is it (?:a |an )?(?:horror|comedy|thriller|drama|musical|western"
                  r"|documentary|romance|sci ?fi|science fiction|action|animated|cartoon)(?: (?:film|movie))?$")),
    ("year", cue(r"what year|which year|year(?![ -]olds?\b)")),  # not "my 7 year old"
    ("release_date", cue(r"released?|release date|come out|came out|comes out|premiere(?:s|d)?|open(?:ed|s)? in|opening|dvd|blu-? ?ray"
                         r"|home (?:entertainment|video)|hit (?:the )?(?:theaters|theatres|cinemas)|(?:in|to) (?:theaters|theatres)"
                         r"|debut(?:ed)?")),
    ("country", cue(r"country|countries|nationality")),
]
# Award words, and the words and prizes a question names each ceremony of index.ceremonies by.
AWARDS = cue(r"awards?|academy|nominat(?:e|es|ed|ing|ion|ions)|won|win|wins|winning|prizes?|festivals?|honou?rs?"
             r"|accolades?|troph(?:y|ies)|volpi|noms?|critics (?:circle|association|choice)|board of review"
             r"|queer palm|ny film critics"
             r"|best (?:picture|director|actor|actress|supporting|original|adapted|foreign|animated|documentary"
             r"|cinematography|editing|score|song|sound|screenplay|costume|makeup|visual|production|film)|" + cue_pattern())
RATING = cue(r"(?:gave|give|gives|given|got|get|gets|rated|awarded|it) (?:it |only |just )*(?:\d+(?:\.\d+)?|one|two|three|four"
             r"|five|half a)(?: and a half| ½)? stars?|\d+(?:\.\d+)? ?(?:/|out of) ?\d+"  # a rating as printed: "gave it 5 stars"
             r"|perfect (?:score|rating|marks)|top marks|how many stars|stars? (?:did|does|do) it|rating|ratings|rated|rate (?:it|this)|score (?:did|does|do)|score out of"
             r"|out of (?:five|5|ten|10)|grade|(?:give|gave|gives) (?:it|the film|the movie)"
             r"|(?:lowest|highest|worst|top|bottom) (?:scores?|marks|grades?)"
             r"|(?:avg|average|mean|overall) (?:rating|score|grade|stars?|marks?)|avg|fresh|rotten|thumbs? (?:up|down)")
CRITICS = cue(r"reviews?|reviewers?|reviewed|critics?|critical|critique|verdict|reception|received|opinions?"
              r"|think|thought|say|said|write|wrote|praised?|liked|recommend(?:s|ed|ation|ations)?|press|quotes?"
              r"|worthwhile|worth (?:a |the |your |my )?(?:watch|look|time|ticket|money|seeing|watching|it)"  # not "what were the diamonds worth"
              r"|any good|(?:is|was) it (?:(?:actually|really|even|that|any|very|so|much) )*good|good (?:film|movie)|should i (?:bother )?(?:see|watch)(?:ing)?"
              r"|must see|overrated|underrated|overhyped|hated|loved|disliked|make of|according to|consensus"
              r"|complaints?|criticisms?|criticized|criticised|negative reviews?|bad reviews?"
              r"|(?:harshest|toughest|meanest) (?:critics?|reviews?|reviewers?)"
              r"|(?:anyone|anybody|people|everyone|everybody|audiences?) (?:hate|love|like|dislike|enjoy)s?")
# "like" the verb, after its auxiliary ("did critics like it", "who didnt like the ending"): not
# the "like" of a pause ("who shot it, like the camera guy") or a description ("what was the weather like")
LIKE_VERB = re.compile(r"\b(?:did|do|does|would|will|didnt|dont|doesnt|wouldnt|(?:did|do|does|would)n t)(?: \w+){0,3} like\b")
# Asking for faults, as people ask: "who didn't like it", "did anyone not like it", "any
# criticism", "problems with it", "was it overrated".
FAULTS = re.compile(r"\b(?:did ?n[o']?t|didnt|do ?n[o']?t|dont|never|not) (?:like|love|enjoy|rate|care for)|\b(?:hated?|hates"
                     r"|disliked|panned|criticis\w*|criticiz\w*|complain\w*|trashed|slammed|over(?:rated|hyped|praised)"
                     r"|flaws?|negatives?|problems? with|issues? with|bad reviews?|negative reviews?)\b")
# Faults found with the film itself, with no other critics cue: "any flaws", "problems with it"
# (not "does marion have problems with sam": a character's)
FILM_FAULTS = re.compile(rf"(?:{FAULTS.pattern})\s*(?:it|this|the (?:film|movie))?\W*$")
# Verbs anyone's opinion takes: a critics cue, but not in "why does Arturo think the baby isn't his"
# (a character's reasons), where no word names a critic or a review.
OPINION_VERBS = cue(r"think|thought|say|said|write|wrote|make of|according to")
CHARACTER_REASON = re.compile(r"^(?:why|how come)\b")
# An opinion verb followed by what was believed or said ("think he died", "say to joni"): a
# character's belief or words, told by the story, not anyone's opinion of the film.
TOLD = re.compile(r"\b(?:think|thought|say|said)\s+(?:that\s+)?(?:(?:he|she|they|we|you|i|his|her|their)\s+(?!(?:was|is)\W*$)\w+|to\s+(?!it\b)\w+)")
# A "who" question about reviewers is a critics question ("who reviewed it for X", "who liked it least").
CRITIC_WHO = cue(r"reviews?|reviewed|reviewers?|critics?|liked?|hated|loved|disliked|rated")
# "who plays the food critic": an actor is asked for, and the critic is a character.
ACTOR_WHO = cue(r"who (?:plays|played|voices|voiced|portrays|portrayed)|(?:played|voiced|portrayed) by")
CAST = cue(r"cast|stars|star|starring|starred|plays?|played|playing|actors?|actress(?:es)?|roles?|part|acts?|acted"
           r"|appears? in|appeared in"
           r"|portray(?:s|ed|ing|al|als)?|characters?|performers?|leads?|who is in|who s in|who was in")
OVERVIEW = cue(r"plot|summary|summari[sz]e|synopsis|storyline|story|premise|what (?:is|s) it about|about")
PLOT = cue(r"happens?|happened|who is|who was|who s")
TWIST = cue(r"twists?|reveal(?:s|ed|ing)?|revelation|secret|surprise|spoilers?")
VOICE = cue(r"voices?|voiced|voicing")  # a voice cast question, also "who voiced X in english"
COUNT = cue(r"how many|number of|count")
WON = cue(r"win|won|wins|winning|winner")


# Facts about the film as a product, which documents about it rarely hold: asked for, they are
# looked for in their own shape (an amount, a site's score) and otherwise declined by name.
OUTSIDE_FACTS: list[tuple[str, re.Pattern]] = [
    ("aggregate_rating", cue(r"imdb|rotten tomatoes|tomatometer|metacritic|metascore|letterboxd")),
    # the first weekend's takings are a figure of their own, not the total's
    ("opening_weekend", cue(r"opening weekend|first weekend|opening day")),
    ("box_office", cue(r"box office|gross(?:es|ed|ing)?|revenue|ticket sales|tickets|make at the|made at the|earn(?:s|ed|ing|ings)?|takings"
                       r"|how much (?:money )?(?:did|does|has) (?:it|the (?:film|movie)) (?:make|made|take|taken)")),
    ("budget", cue(r"budget|costs? to (?:make|produce|shoot)|cost|costs|production cost")),
    # the age rating a board gave it ("rated R", "the BBFC certificate"), not a critic's rating
    ("certificate", cue(r"age rating|age restriction|certificate|certification|mpaa|bbfc|parental rating"
                        r"|rated (?:r|pg|pg-13|pg13|g|nc-17|u|12a?|15|18)|what (?:is|was) it rated")),
    ("streaming", cue(r"stream(?:s|ed|ing)?|netflix|hulu|prime video|disney\+?|where (?:can|could|do|to) (?:i |you |we )?(?:watch|see|rent|buy)|on demand")),
]
SIMILAR = cue(r"similar|like this|other (?:films|movies)|if i liked|if you liked|films like|movies like"
              r"|watch next|recommend(?:ations?)? (?:me )?(?:some|other|more)|what else should i (?:watch|see)")
# Questions about the present moment: documents about a film cannot answer them.
PRESENT_TIME = cue(r"tomorrow|today|tonight|right now|rn|currently|at the moment|this (?:week|weekend)|next week")


def read_question(question: str) -> Reading:
    q = fold(question).replace("'", " ")
    if PRESENT_TIME.search(q):
        return Reading("general", "now", words_of(PRESENT_TIME, q))
    if SIMILAR.search(q):
        return Reading("similar", None, words_of(SIMILAR, q))
    for reader in (read_outside_fact, read_judgement, read_awards, read_critics, read_crew, read_voice, read_setting, read_fact, read_cast, read_plot):
        reading = reader(q)
        if reading:
            return reading
    return Reading("general")


def read_awards(q: str) -> Reading | None:
    if not AWARDS.search(q):
        return None
    counting, winning = COUNT.search(q), WON.search(q)
    detail = "count_won" if counting and winning else "count" if counting else "won" if winning else None
    return Reading("awards", detail, words_of(AWARDS, q) | words_of(COUNT, q))


# "is it actually good or just famous": the other answer a member offers is no subject of the reviews
ALTERNATIVE = re.compile(r"\s+or (?:just|only|merely|simply|mostly) [^?]*")


def without_alternative(question: str) -> str:
    return ALTERNATIVE.sub("", question)


def read_critics(q: str) -> Reading | None:
    if RATING.search(q):
        return Reading("critics", "rating", words_of(RATING, q) | words_of(CRITICS, q))
    liking = {"like"} if LIKE_VERB.search(q) else set()
    if (CRITICS.search(q) or FILM_FAULTS.search(q) or liking) and (not PERSON_QUESTION.match(q) or CRITIC_WHO.search(q)) \
            and not ACTOR_WHO.search(q):
        only_verbs = not CRITICS.search(OPINION_VERBS.sub(" ", q))
        if only_verbs and (CHARACTER_REASON.match(q) or TOLD.search(q)):
            return None  # "why does chris think georgina is acting weird", "how did people think he died": the story
        return Reading("critics", None, words_of(CRITICS, q) | words_of(FAULTS, q) | liking)
    judged = JUDGED.match(q)
    if judged and abs(sentiment.analyzer().lexicon.get(judged.group("word"), 0.0)) >= 1.0:
        return Reading("critics", None, {judged.group("word")})  # "is penelope cruz good in it": an opinion
    return None


# "is it really the best film ever made", "isnt it kinda boring tho", "is it as good as everyone
# says": the film itself judged, in a word of feeling a few words after "it"
FILM_JUDGED = re.compile(r"^(?:so |but |and |ok )?(?:is|was|isnt|wasnt|is not|was not|isn t|wasn t) (?:it|this|that) "
                         r"(?P<words>(?:\w+ ?){1,4})")


SUITABLE = re.compile(r"\bfor (?:kids|children|a child|my \w+|families|teens|teenagers|young|an? \d+|\d+)\b|\bfamily friendly\b")


def read_judgement(q: str) -> Reading | None:
    judged = FILM_JUDGED.match(q)
    if not judged or read_fact(q) or SUITABLE.search(q):
        return None  # "is it based on a true story", "is it ok for kids": a fact, a parents' guide
    awards = read_awards(q)
    if awards and awards.cue_words - {"best", "film", "films", "movie", "movies"}:
        return None  # "was it up for best picture": an award, not "the best film ever made"
    critics = read_critics(q)
    if critics:
        return critics  # "was it well reviewed": the critics' own words read it
    lexicon = sentiment.analyzer().lexicon
    said = judged.group("words").split()
    felt = [w for i, w in enumerate(said) if abs(lexicon.get(w, 0.0)) >= 1.0 and not {"a", "an"} & set(said[:i])]
    return Reading("critics", None, set(felt[:1])) if felt else None  # not "was it a tv play first": a thing it is


# "is penelope cruz good in it", "was smit convincing in it": someone's performance judged
# (how someone is in the film: "is ana dead" asks the story, not an opinion)
JUDGED = re.compile(r"^(?:is|was|are|were) (?:\w+ ){1,3}(?P<word>\w+) in (?:it|this|the (?:film|movie))\W*$")


SCREENPLAY = cue(r"screenplay|script|screenwriters?")


# "who ratted out neil's crew", "his crew": a character's gang, not the people who made the film
STORY_CREW = re.compile(r"\b(?:(?!film\b|movie\b)\w+ s|his|her|their|its) crew\b")


# "what does the cardinal give the new editor": what someone in the story does, with a crew noun
# for one of its characters; a crew question asks who ("who was the editor") or names the job alone
STORY_DEED = re.compile(r"^(?:what|why|how|where|when) (?:does|did|do)\b")


def read_crew(q: str) -> Reading | None:
    if STORY_CREW.search(q):
        q = STORY_CREW.sub(" ", q)
    asks_person = PERSON_QUESTION.search(q) or (CREW_NOUNS.search(q) and not STORY_DEED.match(q))
    if not asks_person or FACTS[2][1].search(q) or ACTOR_WHO.search(q):  # "where was it shot": a location; "played by": an actor
        return None
    for role, pattern in CREW_ROLES:
        if role == "writer" and FACTS[4][1].search(q) and not SCREENPLAY.search(q):
            continue  # "who wrote the book it's based on": the source's author, a film fact
        if pattern.search(q):
            return Reading("crew", role, words_of(pattern, q) | words_of(CREW_NOUNS, q))
    if CREW_NOUNS.search(q):
        return Reading("crew", None, words_of(CREW_NOUNS, q))
    return None


def read_outside_fact(q: str) -> Reading | None:
    for name, pattern in OUTSIDE_FACTS:
        if pattern.search(q):
            return Reading("facts", name, words_of(pattern, q))
    return None


def read_fact(q: str) -> Reading | None:
    for name, pattern in FACTS:
        if pattern.search(q):
            return Reading("facts", name, words_of(pattern, q))
    return None


def read_voice(q: str) -> Reading | None:
    return Reading("cast", None, words_of(VOICE, q)) if VOICE.search(q) else None


# "is Cynthia Nixon in it", "was flea in the film": whether someone is in the cast.
IN_IT = re.compile(r"\bin (?:it|this|the (?:film|movie)|this (?:film|movie))\W*$")
IN_IT_START = re.compile(r"^(?:is|was|were|are)\s+(?!there\b|it\b|this\b|that\b|they\b|he\b|she\b)")


# "what song plays during the ear scene": a thing that plays, not an actor
THING_PLAYS = re.compile(r"\b(?:what|which)(?: is| was| ?s)?(?: the)? (?!(?:part|parts|role|roles|character|characters|actor|actors|actress|actresses)\b)"
                         r"\w+ (?:is |was )?(?:plays|played|playing)\b")


# "play" the noun: "whats the name of noras play", "was it a tv play first"
PLAY_NOUN = re.compile(r"\b(?:\w+s|\w+ s|her|his|their|the|a|an|that|this|tv|stage|school) play\b(?! (?:in|as|him|her|them)\b)")


def read_cast(q: str) -> Reading | None:
    if THING_PLAYS.search(q):
        return None
    cues = words_of(CAST, q) - ({"play"} if PLAY_NOUN.search(q) else set())
    if cues:
        return Reading("cast", None, cues)
    if IN_IT_START.match(q) and IN_IT.search(q):
        return Reading("cast", None, set(re.findall(r"\w+", IN_IT.search(q).group(0))) - {"it", "this", "the"})
    return None


ENDING = cue(r"end|ending|ends|ended|finale|conclusion|climax|(?:last|final|closing) (?:scenes?|shots?|image|moments?)")


# "where does it take place", "what year is it set in": the story's setting, which the story tells
# (not where it was filmed, nor the year it came out)
SETTING = cue(r"set in|set during|take place|takes place|took place|taking place|setting"
              r"|(?:where|when) (?:is|was) (?:it|the (?:film|movie|story)) set")


def read_setting(q: str) -> Reading | None:
    return Reading("plot", "setting", words_of(SETTING, q)) if SETTING.search(q) else None


def read_plot(q: str) -> Reading | None:
    if ENDING.search(q):
        return Reading("plot", "ending", words_of(ENDING, q) | words_of(PLOT, q))
    if TWIST.search(q):
        return Reading("plot", "twist", words_of(TWIST, q) | words_of(PLOT, q))
    if OVERVIEW.search(q):
        return Reading("plot", "overview", words_of(OVERVIEW, q))
    if PLOT.search(q):
        return Reading("plot", None, words_of(PLOT, q))
    return None


def words_of(pattern: re.Pattern, q: str) -> set[str]:
    return {w for m in pattern.finditer(q) for w in m.group(0).split()}


# "what did Mark Kermode say", "how did the Tribune rate it": the critic or outlet asked about.
# "what rating did empire give it", "how many stars did X give it"
OPINION_OF = re.compile(r"^(?:what|how|why|how many)(?: (?:rating|score|grade|marks?|stars?|star rating))? (?:did|does|do|would) (.+?) "
                        r"(?:say|said|think|thought|write|wrote|give|rate|make of|feel)\b")


def opinion_holder(q: str) -> str | None:
    """Whose opinion a question asks for, as typed ("mark kermode"), if it names one."""
    found = OPINION_OF.search(fold(q).replace("'", " "))
    return found.group(1) if found else None
