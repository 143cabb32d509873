"""Awards told in sentences: one reader for every prose phrasing (lists, tables and marked lines
are index.extract.awards' and award_lists').

- a prize the film won: "won the Palme d'Or", "won both the Grand Jury Prize and the Audience
  Award", "took the FIPRESCI Prize and the Prize of the Ecumenical Jury", "won the award for Best
  Screenplay", "won the Golden Globe for Best Motion Picture – Drama and the BAFTA for Best Film";
- a jury or a critics' group giving it: "the jury gave Parasite the Palme d'Or", "the New York
  Film Critics Circle named it Best Film", "the Los Angeles Film Critics Association gave it Best
  Film and Best Actor for Nishijima";
- a nomination: "Kaluuya was up for Best Male Lead", "Kaluuya was nominated for Leading Actor and
  Peele for Original Screenplay", "Jesse Eisenberg (Best Actor – Drama) and Andrew Garfield (Best
  Supporting Actor) were also nominated"; its subject a person or the film;
- a count with its categories: "nominated for two BAFTAs, for Best Film and Best Director", "won
  three Oscars, including Best Picture", "nominated for four Oscars — Best Picture, Best
  Director and Best International Feature Film — and won one, Best International Feature Film".
The ceremony is the prize's (index.ceremonies: the Palme d'Or is Cannes), else the one the clause
or sentence names, else the heading above. Never when the clause denies it ("did not win the
Palme d'Or") or the sentence is about someone or something else ("she won", "his previous film").
A bare count ("nominated for three Oscars") names no category: it is no fact; answers quote it.
"""
from __future__ import annotations

import re

from index.ceremonies import lookup, named_in, prize_ceremony
from index.vocabulary import crew_nouns

from .award_names import (
    ANY_YEAR, CATEGORY, CEREMONY_WORD, category_name, ceremony_name, make_award, parse_category, recipients_in,
)
from .award_tables import ceremony_heading
from .patterns import Found, lazy_pattern, mentions

_WORD = r"(?:[A-Z][\w'’\-.]*|d['’][A-Z]\w*|d['’]or)"
_PRIZE = rf"{_WORD}(?:[ \t]+(?:(?:of[ \t]+the|in[ \t]+the|of|for|in|by|a|an|or|de|du|la|le|di|d['’]|–|-)[ \t]*)*(?:(?![A-Z]\.)[A-Z][\w'’\-.]*|d['’]\w+))*"
_ONE = rf"(?:(?:the|a|an)[ \t]+)?(?:(?:award|prize)[ \t]+for[ \t]+)?{_PRIZE}"
_GIVER = r"(?:it|them|the film|the movie|(?!(?:Best|Outstanding|Most|Favou?rite)\b)[A-Z][\w'’\-]*(?:[ \t]+(?!(?:Best|Outstanding|Most|Favou?rite)\b)[A-Z][\w'’\-]*){0,2})"
_PROSE = lazy_pattern(
    r"\b(?:(?P<verb>won|wins|took home|takes home|took|takes|received|receives|collected|collects|picked up|picks up|"
    r"earned|earns|claimed|claims|scooped|scoops|was awarded|were awarded|is awarded|went on to win|also won)[ \t]+(?:(?:her|him|them)[ \t]+)?(?:both[ \t]+)?(?:its[ \t]+|his[ \t]+|her[ \t]+|their[ \t]+)?"
    r"(?:(?:first|second|third|fourth|fifth|only|\d+(?:st|nd|rd|th))[ \t]+)?"
    rf"|(?P<given>gave|gives|handed|hands|awarded|awards|named|names|voted|votes)[ \t]+{_GIVER}[ \t]+(?:as[ \t]+)?)"
    rf"(?P<prizes>{_ONE}(?:(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_ONE})*)"
    r"(?=[ \t]*(?:[.;,:\n(—–]|$|[ \t](?:at|in|from|that|which|and|with|on|this|last|by|as|for|to|after|over|when|of)\b))"
)
_DENIED = lazy_pattern(r"\b(?:not|never|n['’]t|without|failed to|missed out|lost|losing|nor)\b", re.IGNORECASE)
_OTHER = lazy_pattern(
    r"\b(?:[Ss]he|[Hh]e|[Tt]hey|[Hh]er|[Hh]is|[Tt]heir|previous|earlier|prior|last|former|debut|other|next|sequel|"
    r"[Ww]ho|[Ww]hose)\b"
)
_WRAPPED = lazy_pattern(r"(?<=[\w,;’'*])\n(?=[\w“\"(*])")
_SENTENCE_END = lazy_pattern(r"[.!?](?=[ \t\n]+[A-Z\"“])|\n[ \t]*\n")
_FESTIVAL_RUN = lazy_pattern(r"(?:[A-Z][\w'’.\-]*[ \t]+(?:(?:of|the|de|di|du)[ \t]+)?){0,5}(?:Film[ \t]+Festival|Festival|Awards)\b")
_NUMBER = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\d{1,2})(?!\d)"
_CEREMONY_RUN = r"(?:[A-Z][\w'’\-]*|é\w+)(?:[ \t]+(?:of|di|de|the|for)?[ \t]*[A-ZÉ][\w'’\-]*){0,5}"
# A category's qualifier after a dash: "Best Motion Picture – Drama", "Best Actor – Musical or Comedy".
_QUALIFIED = r"(?:Drama|Musical|Comedy|Motion Picture|Animated|Documentary|Foreign)\b"
_QUALIFIER = rf"[ \t]*[–-][ \t]*(?={_QUALIFIED})"
_CATEGORIES_END = rf"(?=[ \t]*(?:(?<![ \t][A-Z])\.|[;\n—]|–(?![ \t]*{_QUALIFIED})|$))"
# "nominated for two BAFTAs, for Best Film and Best Director"; "— Best Picture, … —".
_COUNTED = lazy_pattern(
    rf"\b(?P<marker>nominated for|won|wins|earned|earns|received|receives|got|gets|picked up|landed|scored|swept|sweeps|took|takes)"
    rf"[ \t]+(?:{_NUMBER}[ \t]+)(?:(?P<generic>prizes|awards|trophies|honou?rs)\b|(?P<ceremony>{_CEREMONY_RUN}))"
    r"(?:[ \t]+(?P<noun>nominations|noms|nods|awards|wins))?(?:[ \t]+at[ \t]+(?:the[ \t]+)?[^,;.—–:]{3,60}?)?"
    r"(?:,?[ \t]+(?P<winning>winning[ \t]+(?:for[ \t]+)?)|,?[ \t]+(?:for|including|in|among them)[ \t]+|[ \t]*[—–:][ \t]*"
    r"|[ \t]*(?P<paren>\()[ \t]*|,[ \t]+(?:among them[ \t]+|including[ \t]+)?)(?:the[ \t]+)?"
    rf"(?P<categories>Best(?:[^.;\n—–]|(?<=[ \t][A-Z])\.|{_QUALIFIER}){{3,200}}?){_CATEGORIES_END}"
)
_AND_WON = lazy_pattern(rf"\b(?:and[ \t]+)?won[ \t]+{_NUMBER}[ \t]*(?:of them)?[ \t]*[,:—–][ \t]*(?:the[ \t]+)?"
                        rf"(?P<categories>Best(?:[^.;\n—–]|(?<=[ \t][A-Z])\.|{_QUALIFIER}){{3,200}}?){_CATEGORIES_END}")
_ITEMS = lazy_pattern(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+(?=(?:the[ \t]+|a[ \t]+|an[ \t]+)?[A-Z])")


def prose_awards(text: str) -> list[Found]:
    """Every award a sentence tells (the module docstring says which)."""
    if not mentions(text, "won", "win", "took", "received", "collected", "picked up", "earned", "claimed",
                    "awarded", "scooped", "gave", "handed", "named", "voted", "nominated", "up for", "shortlisted",
                    "takes", "sweeps", "swept", "names", "gives", "hands", "earns", "receives", "collects", "picks up"):
        return []
    text = _WRAPPED.sub(" ", text)  # a paragraph wrapped over lines is one run of prose (same offsets)
    return [*_wins(text), *_counted(text), *_nominations(text)]


def _sentence(text: str, start: int, end: int) -> tuple[int, str]:
    first = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    last = _SENTENCE_END.search(text, end)
    return first, text[first:last.start() if last else len(text)]


def _wins(text: str) -> list[Found]:
    found = []
    for match in _PROSE.finditer(text):
        first, sentence = _sentence(text, match.start(), match.end())
        before = text[first:match.start()]
        clause = re.split(r"[,;:]|\bbut\b", before)[-1]
        if _DENIED.search(clause) or _OTHER.search(before if match["verb"] else clause):
            continue
        giver = None
        if match["given"]:  # "the Los Angeles Film Critics Association gave it Best Film": the giver is the ceremony
            named = named_in(clause)
            runs = [r.group().strip() for r in _FESTIVAL_RUN.finditer(clause)]
            giver = named[-1].name if named else runs[-1] if runs else None
            if giver is None and not CEREMONY_WORD.search(clause) and ceremony_heading(text, first) is None:
                continue  # "critics named it the best film of the year": no ceremony
        prizes = _ITEMS.split(match["prizes"])
        then = _FOR_CATEGORY_AFTER.match(text, match.end())
        given = lookup(re.sub(r"^(?:the|an?)[ \t]+", "", prizes[0].strip())) if then and len(prizes) == 1 else None
        if given:  # "won him his second Academy Award, for Best Original Dramatic Score"
            prizes = [f"{given.name} for {then['category']}"]
        for prize in prizes:
            prize = re.sub(r"^(?:the|a|an)[ \t]+", "", prize.strip()).rstrip(".")
            entry = _prize_entry(prize, sentence, giver, text, first)
            if entry and match["verb"] and entry["recipient"] is None:
                entry["recipient"] = _subject_person(clause)
            if entry:
                year = ANY_YEAR.search(sentence)
                if year is None:  # the year of the heading above, where it names this ceremony
                    heading = ceremony_heading(text, first)
                    same = heading and ceremony_name(heading[0]) == entry["ceremony"]
                    year = ANY_YEAR.search(heading[1] or "") if same else None
                entry["year"] = int(year["year"]) if year else None
                found.append(make_award(match.start("prizes"), entry, "won"))
    return found


_FOR_CATEGORY_AFTER = lazy_pattern(r",?[ \t]+for[ \t]+(?:the[ \t]+)?(?P<category>(?:Best|Outstanding)\b[^.;,\n()]{3,80}?)(?=[ \t]*[.;,\n(]|$)")
_PRIZE_FOR = lazy_pattern(r"^(?P<prize>.+?)[ \t]+for[ \t]+(?P<category>(?:Best|Outstanding)\b.+)$")
_FOR_SOMEONE = lazy_pattern(r"^(?P<category>.+?)[ \t]+for[ \t]+(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3})$")


def _for_someone(prize: str) -> tuple[str, str | None]:
    """'Best Actor for Nishijima' -> ('Best Actor', 'Nishijima'); 'Golden Globe for Best Drama' stays."""
    match = _FOR_SOMEONE.match(prize)
    if match and not CATEGORY.search(match["name"]) and not lookup(match["category"]):
        return match["category"], match["name"]
    return prize, None


def _prize_entry(prize: str, sentence: str, giver: str | None, text: str, offset: int) -> dict | None:
    prize, recipient = _for_someone(prize)
    prize = re.sub(r"^(?:award|prize)[ \t]+for[ \t]+", "", prize, flags=re.IGNORECASE)  # "the award for Best Screenplay"
    split = _PRIZE_FOR.match(prize)
    if split and lookup(split["prize"]):  # "the Golden Globe for Best Motion Picture": the category follows "for"
        return {"ceremony": lookup(split["prize"]).name, "category": category_name(split["category"]),
                "recipient": recipient}
    if lookup(prize) or len(prize.split()) < 2 or not CATEGORY.search(prize):
        return None  # "won an Oscar": which one is not said
    if CEREMONY_WORD.search(prize) and not CATEGORY.search(prize):
        return None
    ceremony = prize_ceremony(prize)
    name = ceremony.name if ceremony else giver
    if name is None:
        named = named_in(sentence)
        runs = [r.group().strip() for r in _FESTIVAL_RUN.finditer(sentence) if r.group().strip() != prize]
        if len(named) == 1:
            name = named[0].name
        elif len(runs) == 1:
            name = runs[0]
        else:
            name = _paragraph_ceremony(text, offset)  # "Spirit Awards were the big night. It won Best Feature."
            heading = ceremony_heading(text, offset) if name is None else None  # "## Cannes Film Festival" above
            if name is None and heading is None:
                return None
            name = name or heading[0]
    return {"ceremony": ceremony_name(name), "category": category_name(prize), "recipient": recipient}


def _paragraph_ceremony(text: str, offset: int) -> str | None:
    """The one ceremony the sentences before this one in its paragraph name, if they name one."""
    before = text[text.rfind("\n\n", 0, offset) + 1:offset]
    named = {c.name for c in named_in(before)} or {ceremony_name(r.group().strip()) for r in _FESTIVAL_RUN.finditer(before)}
    return named.pop() if len(named) == 1 else None


_SUBJECT = lazy_pattern(r"(?:[A-Z][\w'’\-.]*[ \t]+){1,4}$")


def _subject_person(clause: str) -> str | None:
    """The person who is the whole subject of a clause, right before its verb: "Jordan Peele took
    home …", "Editor Verna Fields won …" (a job's noun before the name is a label); never one of
    several ("Hamaguchi and Takamasa Oe won …")."""
    run = _SUBJECT.search(clause)
    if run is None or not re.fullmatch(r"[\W]*(?:(?:where|when|then|so|later|eventually)[ \t]+)?", clause[:run.start()]):
        return None
    names = run.group().split()
    while names and names[0].casefold() in _ROLE_NOUNS:
        names = names[1:]
    return recipients_in(" ".join(names)) if names else None


_ROLE_NOUNS = frozenset(w for noun in crew_nouns() for w in noun.split()) | {"actor", "actress", "star", "co-star"}


def _counted(text: str) -> list[Found]:
    found = []
    for match in _COUNTED.finditer(text):
        first, sentence = _sentence(text, match.start(), match.end())
        if match["generic"]:  # "sweeps six prizes, among them …": the ceremony the sentence names
            named = named_in(sentence)
            runs = {ceremony_name(r.group().strip()) for r in _FESTIVAL_RUN.finditer(sentence)}
            name = named[0].name if len(named) == 1 else runs.pop() if len(runs) == 1 else None
            ceremony = lookup(name) if name else None
            if name is None:
                continue
        else:
            ceremony = lookup(match["ceremony"])
            if ceremony is None and not CEREMONY_WORD.search(match["ceremony"].split()[-1]):
                continue
        if _OTHER.search(text[max(first, match.start() - 80):match.start()]):
            continue
        name = ceremony.name if ceremony else ceremony_name(name if match["generic"] else match["ceremony"])
        nominations = match["marker"] == "nominated for" or match["noun"] in ("nominations", "noms", "nods")
        outcome = "won" if match["winning"] else "nominated" if nominations else "won"  # "… nominations, winning for …"
        listed = match["categories"]
        if match["paren"]:  # "won 3 Oscars (Best Picture, Best Director) and …": the bracket closes the list
            depth, end = 0, len(listed)
            for i, char in enumerate(listed):
                depth += {"(": 1, ")": -1}.get(char, 0)
                if depth < 0:
                    end = i
                    break
            listed = listed[:end]
        found += _categories(listed, match.start("marker"), name, outcome)
        if outcome == "nominated":  # "… — and won one, Best International Feature Film"
            rest = text[match.end():first + len(sentence)]
            won = _AND_WON.search(rest)
            if won:
                found += _categories(won["categories"], match.start("marker"), name, "won")
    return found


def _categories(listed: str, offset: int, ceremony: str, outcome: str) -> list[Found]:
    found = []
    for part in re.split(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+(?=Best\b)", listed):
        part, surname = _for_someone(part.strip())
        entry = parse_category(part)
        entry = entry and (entry[0], entry[1] or surname)
        if entry:
            category, recipient = entry
            fields = {"ceremony": ceremony, "category": category_name(category), "recipient": recipient, "year": None}
            found.append(make_award(offset, fields, outcome))
    return found


_ROLE_CATEGORY = r"(?:[A-Z][\w'’\-]*[ \t]+){0,3}(?:Actor|Actress|Lead|Director|Screenplay|Picture|Feature|Score|Editing|Cinematography|Design|Song)\b"
# Found from their verb ("was nominated for", "were also nominated") back to their subject.
_NOMINATED_FOR = lazy_pattern(
    r"[ \t]+(?:was|were|is|are|got)[ \t]+(?:also[ \t]+)?(?:nominated|up|shortlisted)[ \t]+for[ \t]+(?:the[ \t]+)?"
    r"(?P<what>[^.;\n—]{4,200}?)(?=[ \t]*(?:[.;\n—]|,[ \t]*(?:no|zero|but)\b|[ \t]but\b|[ \t]at[ \t]|[ \t]though\b|$))"
)
_SUBJECT_BEFORE = lazy_pattern(
    r"(?P<who>\b(?:[Ii]t|[Tt]he (?:film|movie)|(?:[A-Z]\.|[A-Z][\w'’\-]*)(?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’\-]*)){0,3}))$"
)
_NOMINATED_AFTER_LIST = lazy_pattern(r"\)[ \t]*(?:was|were)[ \t]+(?:also[ \t]+)?nominated\b")
_NAMED_NOMINEES = lazy_pattern(r"(?P<list>(?:[A-Z][^.;\n()]{3,80}?\([^()]{4,120}\)[ \t]*(?:,|and|&)?[ \t]*){1,6})$")
_NOMINEE = lazy_pattern(r"(?P<name>[A-Z][\w'’\-.]*(?:[ \t]+[A-Z][\w'’\-.]*){1,3})[ \t]*\((?P<category>[^()]+)\)")
_GAPPED = lazy_pattern(r"^(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2})[ \t]+for[ \t]+(?P<category>.+)$")


def _nominations(text: str) -> list[Found]:
    """A film's or a person's nominations told in a sentence (the module docstring says which)."""
    if not mentions(text, "nominated", "up for", "shortlisted"):
        return []
    found = []
    for match in _NOMINATED_FOR.finditer(text):
        who = _SUBJECT_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if who is None:
            continue
        first, sentence = _sentence(text, who.start(), match.end())
        subject = who["who"]
        if _OTHER.fullmatch(subject) or lookup(subject):
            continue  # "He was nominated …": about someone else
        person = recipients_in(subject) or _full_name(text, subject)
        if person is None and not re.fullmatch(r"[Ii]t|[Tt]he (?:film|movie)|[A-Z][\w'’\-]+", subject):
            continue  # a one-word subject no one in the text is named: the film itself
        if re.match(rf"(?i:{_NUMBER})\b", match["what"]):
            continue  # "nominated for two BAFTAs, for …": a count, _counted's
        for part in re.split(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+", match["what"]):
            gapped = _GAPPED.match(part.strip())
            gapped = gapped if gapped and not (lookup(gapped["name"]) or CEREMONY_WORD.search(gapped["name"])) else None
            who, category = ((_full_name(text, gapped["name"]) or gapped["name"], gapped["category"]) if gapped
                             else (person, part.strip()))
            found += _nominee(text, first, sentence, match.start("what"), category, who)
    for after in _NOMINATED_AFTER_LIST.finditer(text):
        match = _NAMED_NOMINEES.search(text, max(0, after.start() + 1 - 700), after.start() + 1)
        if match is None:
            continue
        first, sentence = _sentence(text, match.start(), match.end())
        for nominee in _NOMINEE.finditer(match["list"]):
            found += _nominee(text, first, sentence, match.start(), nominee["category"], recipients_in(nominee["name"]))
    return found


def _nominee(text: str, first: int, sentence: str, offset: int, category: str, who: str | None) -> list[Found]:
    prize_for = _PRIZE_FOR.match(category.strip(" ,"))  # "the Golden Globe for Best Motion Picture – Drama"
    given = lookup(prize_for["prize"]) if prize_for else None
    category = prize_for["category"] if given else category
    parsed = parse_category(category.strip(" ,"))  # "Best Actor (Song Kang-ho)"
    category, who = (parsed[0], parsed[1] or who) if parsed else (category.strip(" ,"), who)
    if lookup(category) or not (CATEGORY.search(category) or re.fullmatch(_ROLE_CATEGORY, category)):
        return []
    named = [given] if given else named_in(sentence)
    runs = {ceremony_name(r.group().strip()) for r in _FESTIVAL_RUN.finditer(sentence)}
    name = named[0].name if len(named) == 1 else runs.pop() if len(runs) == 1 else _paragraph_ceremony(text, first)
    if name is None:  # "… were also nominated": at the ceremony the text last named, a few lines up
        name = _recent_ceremony(text, first)
    if name is None:
        heading = ceremony_heading(text, first)
        name = heading[0] if heading else None
    if name is None:
        return []
    fields = {"ceremony": ceremony_name(name), "category": category_name(category), "recipient": who, "year": None}
    return [make_award(offset, fields, "nominated")]


def _recent_ceremony(text: str, offset: int, reach: int = 600) -> str | None:
    """The ceremony the nearest sentence before offset (within reach) names, where it names one."""
    for sentence in reversed(_SENTENCE_END.split(text[max(0, offset - reach):offset])):
        named = named_in(sentence)
        if named:
            return named[0].name if len(named) == 1 else None
    return None


def _full_name(text: str, surname: str) -> str | None:
    """The full name a surname stands for, as the text prints it elsewhere: "Kaluuya" -> "Daniel Kaluuya"."""
    if not re.fullmatch(r"[A-Z][\w'’\-]+", surname):
        return None
    for match in re.finditer(rf"(?:[A-Z][\w'’\-]*\.?[ \t]+){{1,2}}{re.escape(surname)}\b", text):
        name = recipients_in(match.group())
        if name:
            return name
    return None
