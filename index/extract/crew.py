"""Crew credits: director, writer, composer, cinematographer, editor, producer, companies.

Recognised:
- "directed by X", "written and directed by X", "screenplay by X", "music by X",
  "score was composed by X", "cinematography by X", "edited by X", "produced by X",
  also as credit blocks with the name on the next line ("DIRECTED BY\\nX");
- a role word before the name: "director X", "composer X", "DP X", "cinematographer X",
  "writer-director X", "film editor X"; after it: "X (director)", "– X, Director";
- label lines: "Director: X", "Music: X", "Production Company: Y", "Distributor: Y", and credit
  sheets' "Written and Directed by ........ X", "Film Editors .... A, B," with the list wrapping
  onto the next line; a label is read as words ("Film Editors" -> editor), and one with a word
  of another job ("Executive Producer", "Art Director", "Based on the novel by") is not a credit;
- "co-wrote the screenplay with X", "co-written with X" (writer);
- press-kit capitals ("Directed by\tBONG Joon Ho") read as names ("Bong Joon Ho");
- infobox rows: "| Directed by | X |", "Music by\tX", "| Produced by | A, B |";
- name lists: "Screenplay by A and B", "Produced by A, B and C", "Produced by A, B." (a comma
  list only when it ends the sentence or closes with "and");
- possessives: "X’s score" (composer), "X’s cinematography";
- companies: "production company, El Deseo", "distributed by Y", and "Courtesy of Y"
  when Y is named like a studio ("... Pictures", "... Classics", "... Films").

Deliberately not: surnames alone ("Almodóvar’s work"); "courtesy of" an agency or a person
(photo libraries and photographers are not distributors); "director X" when the surname
appears only once, which is most often a comparison with another film ("like director X’s ...").
"""
from __future__ import annotations

import re

from index.vocabulary import PEOPLE_ROLES, label_role_ids, label_roles, prose_roles

from .cast_credits import is_actor_name
from .crew_blocks import block_credits
from .patterns import (
    ACTOR, LETTER, NAME_SPACE, NAME_TOKEN, PARTICLE, UP, BULLET, SPACE, Found, cued_line_pattern, cued_pattern, is_person_name,
    lazy_pattern, mentions, name_cased, strip_leading_stopwords,
)

# A crew member's name: patterns.ACTOR (never across a tab, the edge of a table cell: "Best
# Director\tSteven Spielberg\tNominated"; "O'Steen", "F. Murray Abraham", "Mr. Uribe"), or one word
# ("composed by Aitzol", "Madonna (director)"), kept only where the credit's shape says it is a
# person and the page names no one else by that word (_names).
PERSON = rf"(?:{ACTOR}|{NAME_TOKEN}(?![ \u00a0]+{UP}))"  # not the first word of "Junkie XL"

# One name, two joined by "and", or a comma list that ends with "and X" or at the end of the
# sentence ("produced by A, B" — but not "produced by A, Pedro Almodóvar’s longtime partner").
_NAMES = (
    rf"(?P<names>{PERSON}(?:(?:[ \t]*,[ \t]*{PERSON})*,?{NAME_SPACE}(?:and|&){NAME_SPACE}{PERSON}"
    rf"|(?:[ \t]*,[ \t]*{PERSON})+(?=[ \t]*(?:[.;|]|\n|$)))?)"
)
_COMPANY = (
    rf"(?P<names>(?:{UP}[{LETTER[1:-1]}0-9&'’-]*|[0-9]+[A-Za-z]*)"
    rf"(?:{SPACE}(?:of|de|del|la|el|the|and|&|{UP}[{LETTER[1:-1]}0-9&'’-]*)){{0,5}})"
)
_BY = r"\s+(?i:by)\s+"  # "by" may end a credit-block line: "DIRECTED BY\nName"


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace("\\ ", " ").replace(" ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _cased(noun: str) -> str:
    """How prose writes a role noun before a name: "[Dd]irector of photography"; a short one in capitals ("DP")."""
    if len(noun) <= 4:
        return re.escape(noun.upper())
    return f"[{noun[0].upper()}{noun[0]}]{re.escape(noun[1:])}"


# The vocabulary's "X by": running-text credits ("screenplay by A and B", "costumes by C"), plus
# the jobs held together. The cue that matched names the roles.
_TWO_JOBS = {"written and directed": ("writer", "director"), "written/directed": ("writer", "director"),
             "writer-director": ("writer", "director"), "writer/director": ("writer", "director")}
_CUE_ROLES: dict[str, tuple[str, ...]] = {
    **{word: (role.id,) for role in PEOPLE_ROLES for word in role.by},
    **{noun: (role_id,) for noun, role_id in prose_roles().items()},
    **_TWO_JOBS,
    **{cue: ("writer",) for cue in ("co-wrote", "cowrote", "co-written", "cowritten", "co-writing", "cowriting")},
}
_BY_WORDS = [*_TWO_JOBS, *(word for role in PEOPLE_ROLES for word in role.by)]
_BY_CUE = cued_pattern(
    rf"(?P<cue>(?i:{_alternation(_BY_WORDS)}))(?:\s+(?:was|is|were))?(?:\s+composed)?{_BY}{_NAMES}",
    tuple(sorted({w.split()[0].split("-")[0].split("/")[0] for w in _BY_WORDS})),
)
_ROLE_CUE = lazy_pattern(
    r"\b(?P<cue>writer-director|writer/director|"
    + "|".join(_cased(noun) for noun in prose_roles()) + rf"){SPACE}{_NAMES}"
)
# "Max Steiner (composer)", "Owen Marks (film editor)"; "John Williams’s score".
_PAREN_WORDS = sorted({*label_roles()}, key=len, reverse=True)
_NAME_CUE = cued_line_pattern(
    rf"{_NAMES}(?:[ \t]*\((?P<paren>(?i:{_alternation(_PAREN_WORDS)}))\)"
    rf"|['’]s?{SPACE}(?:(?!critics|audience|review|approval)[\w-]+{SPACE}){{0,2}}(?P<work>score|cinematography)\b)",
    (*(f"({w}" for w in _PAREN_WORDS), "score", "cinematography"),
)
_SIGNED_AS_DIRECTOR = lazy_pattern(
    rf"^[ \t]*{BULLET}?{_NAMES},[ \t]*(?P<cue>Director|Writer[-/]Director)[ \t]*$", re.MULTILINE
)
# "co-wrote the screenplay with X", "the script, co-written with X": X is a writer.
_COWRITTEN_WITH = cued_pattern(
    rf"(?P<cue>(?i:co-?wr(?:ote|itten|iting)))(?:{SPACE}(?i:the|its|his|her|their){SPACE}(?i:screenplay|script))?"
    rf"{SPACE}(?i:with){SPACE}{_NAMES}",
    ("co-wr", "cowr"),
)
_PERSON_PATTERNS = [  # each with the words one of which it needs
    (_COWRITTEN_WITH, _COWRITTEN_WITH.cues),
    (_BY_CUE, ("by",)),
    (_ROLE_CUE, ("writer-director", "writer/director", *prose_roles())),
    (_NAME_CUE, _NAME_CUE.cues),
    (_SIGNED_AS_DIRECTOR, ("director",)),
]
_PAREN_ROLES = label_roles()

# A credit line's label names its roles (vocabulary.label_role_ids): "Director", "Written and
# Directed by", "Film Editors"; a label with a word of its own ("Executive Producer") names another job.
_label_roles = label_role_ids


_NAME_RUN = rf"{PERSON}(?:[ \t]*(?:,|and|&)[ \t]*{PERSON})*"
# A guild's letters after a name: "Arthur Edeson, A.S.C.", "Verna Fields ACE".
_GUILD = r"(?:[ \t]*,?[ \t]*(?:(?:[A-Z]\.){2,4}|ASC|BSC|ACE|CSC))?"
_ASIDE = r"[ \t]+\([^()\n]{1,60}\)"  # "Musique ...... Tan Dun (violoncelle solo : Yo-Yo Ma)"
_REMARK = r"(?:after|from|based on|adapted from|with|in)[ \t][^\n|]{1,80}"  # "Script: A and B, after the story by C"
# "Director: X", "Music by\tX", "| Produced by | A, B |", "Edited by ........ A, B,", "Film Editor – X":
# a label, a separator (colon, dot leader, tab, pipe, a dash between spaces, spaces), names; a
# trailing comma continues the names on the next line.
_LABEL_LINE = cued_line_pattern(  # tried only on lines holding a separator
    rf"^[ \t]*{BULLET}?\|?[ \t]*(?P<label>[^\W\d_](?:[^\W\d_]|[.&/ -]){{1,40}}?)"
    rf"(?:[ \t]*:[ \t]*|[ \t]*(?:\.[ \t]?){{2,}}\.[ \t]*|[ \t]*…+[ \t]*|[ \t]*[|\t][ \t]*|[ \t]+[–—-]{{1,2}}[ \t]+|  +)"
    rf"(?P<names>{_NAME_RUN}){_GUILD}(?:[ \t]*(?P<more>,)|,[ \t]+{_REMARK}|{_ASIDE})?[ \t]*\|?[ \t]*$",
    (":", ". .", "..", "…", "|", "\t", "  ", " –", " —", " -"),
    re.MULTILINE,
)
_CONTINUATION = lazy_pattern(rf"\n[ \t]+(?P<names>{_NAME_RUN}){_GUILD}[ \t]*(?P<more>,)?[ \t]*(?=\n|$)")
_INFOBOX_MORE = lazy_pattern(rf"\n(?P<names>{PERSON})[ \t]*(?=\n|$)")  # a name alone on the next line
_NAME = lazy_pattern(PERSON)

_LEADER = r"[ \t]*(?:[,:|\t]|(?:\.[ \t]?){2,}\.|…+)?[ \t]*"  # "Production company ...... X", "Distributor\tY"
_COMPANY_CUES: list[tuple[re.Pattern, str, bool]] = [  # (pattern, role, must look like a studio)
    (lazy_pattern(rf"(?i:production compan(?:y|ies)){_LEADER}{_COMPANY}"), "production_company", False),
    (lazy_pattern(rf"(?i:distributed by|distributor){_LEADER}{_COMPANY}"), "distributor", False),
    (lazy_pattern(rf"(?i:released by)[ \t]+{_COMPANY}"), "distributor", True),
    (lazy_pattern(rf"(?i:courtesy of)[ \t]+{_COMPANY}"), "distributor", True),
]
_STUDIO_WORD = lazy_pattern(
    r"\b(?:Pictures|Classics|Films|Studios|Entertainment|Releasing|Distribution|Features|"
    r"Searchlight|Netflix|A24|Neon|Lionsgate|Bros\.?)(?![\w])"
)
_AGENCY_WORD = lazy_pattern(r"\b(?:Images|Photos?|Getty|Press|Collection|Archives?|Reuters|Institute|Festival|Museum)\b")
_ROLE_PREFIX_EXCLUDED = lazy_pattern(
    r"\b(?:best|art|casting|festival|artistic|creative|executive|managing|assistant|music|musical|"
    r"second-unit|unit|animation|associate|program|programming|news|museum|former)[ \t]+$",
    re.IGNORECASE,
)
_BOOK_BEFORE = lazy_pattern(r"\b(?:novel|book|memoir|article|essay|poem|song|letter|review|column|blog)\b[^.\n]{0,30}$", re.I)


def extract_crew(text: str) -> list[Found]:
    text = name_cased(text)  # "Directed by\tBONG Joon Ho": same offsets
    return [*_person_credits(text), *_label_credits(text), *block_credits(text), *_company_credits(text)]


def _person_credits(text: str) -> list[Found]:
    credits = []
    for pattern, needs in _PERSON_PATTERNS:
        if not mentions(text, *needs):
            continue
        for match in pattern.finditer(text):
            found = match.groupdict()
            if found.get("paren"):
                roles = (_PAREN_ROLES[" ".join(found["paren"].lower().split())],)
            else:
                roles = _CUE_ROLES[" ".join((found.get("cue") or found["work"]).lower().split())]
            before = text[max(0, match.start() - 40):match.start()]
            if pattern is _ROLE_CUE and _ROLE_PREFIX_EXCLUDED.search(before):
                continue
            if roles == ("writer",) and _BOOK_BEFORE.search(before):
                continue  # "the novel written by X" credits the book, not the film
            # Reviews name other films' directors in passing ("like director X's ..."),
            # so "director X" needs the surname seen twice.
            needs_repeat = pattern is _ROLE_CUE and "director" in roles
            # One word is a name after "by", before "(director)", after a credit's "DP"; not in
            # "Arrival’s score" (a film's, as often) nor "his producer Rita" (a character's job).
            one_word = not found.get("work") and (pattern is not _ROLE_CUE or found["cue"].isupper())
            for name in _names(match["names"], text, one_word):
                if not needs_repeat or _mentioned_again(text, name):
                    credits += [Found(match.start("names"), "crew", {"role": r, "name": name}) for r in roles]
    return credits


def _label_credits(text: str) -> list[Found]:
    credits = []
    for match in _LABEL_LINE.finditer(text):
        roles = _label_roles(match["label"])
        if not roles:
            continue
        runs, more, at = [(match.start("names"), match["names"])], match["more"], match.end()
        while more:  # "Film Editors ...... A, B,\n      C, D"
            next_line = _CONTINUATION.match(text, at)
            if not next_line:
                break
            runs.append((next_line.start("names"), next_line["names"]))
            more, at = next_line["more"], next_line.end()
        if "\t" in text[match.start("label"):match.start("names")]:
            runs += _infobox_rest(text, at)
        for offset, names in runs:
            credits += [Found(offset, "crew", {"role": r, "name": n}) for n in _names(names, text) for r in roles]
    return credits


def _infobox_rest(text: str, at: int) -> list[tuple[int, str]]:
    """An infobox pasted as text gives a row's further names one a line ("Written by\tJustine
    Triet" / "Arthur Harari"), up to the next row or anything that is no name."""
    runs = []
    while (line := _INFOBOX_MORE.match(text, at)) and is_person_name(line["names"]):
        runs.append((line.start("names"), line["names"]))
        at = line.end()
    return runs


def _company_credits(text: str) -> list[Found]:
    credits = []
    for pattern, role, studio_only in _COMPANY_CUES:
        for match in pattern.finditer(text):
            name = match["names"].rstrip(".’'")
            if studio_only and (not _STUDIO_WORD.search(name) or _AGENCY_WORD.search(name)):
                continue
            if name.lower().startswith("the "):
                name = name[4:]
            credits.append(Found(match.start("names"), "crew", {"role": role, "name": name}))
    return credits


def _names(names: str, text: str, one_word: bool = True) -> list[str]:
    """The people a credit's run of names holds. One word is a name ("Aitzol") when one_word
    (the credit's shape is a person's) and no longer name on the page ends with it: "directed by
    Almodóvar" on a page that names Pedro Almodóvar is part of a name, left to the full credit."""
    people = (strip_leading_stopwords(m.group()) for m in _NAME.finditer(names))
    return [p for p in people if is_person_name(p) or (
        is_actor_name(p, titled=True) and (" " in p or (one_word and not _part_of_a_name(p, text))))]


def _part_of_a_name(word: str, text: str) -> bool:
    """Does the page print the word beside another name word ("Pedro Almodóvar", "Guillermo\ndel Toro")?"""
    word = re.escape(word)
    return re.search(rf"{NAME_TOKEN}{NAME_SPACE}(?:{PARTICLE}{NAME_SPACE})*{word}(?!{LETTER})"
                     rf"|(?<!{LETTER}){word}(?:{NAME_SPACE}|[ \u00a0]*\n[ \u00a0]*(?={PARTICLE}[ \u00a0]))"
                     rf"(?:{PARTICLE}{NAME_SPACE})*{NAME_TOKEN}", text) is not None


def _mentioned_again(text: str, name: str) -> bool:
    """A film's own crew is named more than once; a passing comparison usually is not."""
    return text.count(name.split()[-1]) >= 2
