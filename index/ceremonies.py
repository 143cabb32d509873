"""The ceremonies vocabulary: one name per ceremony, whatever a page or a member calls it.

Award extraction (index.extract.award_names) names each award's ceremony with `canonical`, and
question reading (bot.answer.compose.award_question) finds the ceremonies a question names with
`named_in`, so "oscars", "the 72nd Academy Awards" and "Academy Award®" are one ceremony on both
sides, and a prize names its festival ("the Palme d'Or" is Cannes, "the Golden Lion" Venice).

A ceremony not listed here keeps the name the page gives it (ordinals, years and trademark signs
taken off): "Blue Dragon Film Awards" stays itself, and questions find it by its own words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.folding import fold


@dataclass(frozen=True)
class Ceremony:
    name: str  # the one name answers print
    names: tuple[str, ...]  # folded names pages use for the whole ceremony
    words: tuple[str, ...]  # folded words or phrases that name it in a question
    prizes: tuple[str, ...] = ()  # folded names of prizes only this ceremony gives


CEREMONIES: tuple[Ceremony, ...] = (
    Ceremony("Academy Awards", ("academy awards", "academy award", "oscars", "oscar", "the oscars",
                                "academy award of merit"), ("oscar", "oscars", "academy award", "academy awards")),
    Ceremony("BAFTA Awards", ("bafta awards", "bafta award", "baftas", "bafta", "bafta film awards",
                              "british academy film awards", "british academy film award",
                              "british academy of film and television arts awards"), ("bafta", "baftas")),
    Ceremony("Golden Globe Awards", ("golden globe awards", "golden globe award", "golden globes", "golden globe"),
             ("golden globe", "golden globes", "globe", "globes")),
    Ceremony("César Awards", ("cesar awards", "cesar award", "cesars", "cesar", "cesar du cinema"), ("cesar", "cesars")),
    Ceremony("Goya Awards", ("goya awards", "goya award", "goyas", "goya", "premios goya"), ("goya", "goyas")),
    Ceremony("Cannes Film Festival", ("cannes film festival", "festival de cannes", "cannes", "cannes festival",
                                      "cannes international film festival"),
             ("cannes",), ("palme d'or", "palme dor", "palme", "camera d'or", "prix du scenario")),
    Ceremony("Venice Film Festival", ("venice film festival", "venice international film festival", "mostra",
                                      "venice festival", "venice"),
             ("venice",), ("golden lion", "silver lion", "volpi cup", "leone d'oro")),
    Ceremony("Berlin International Film Festival", ("berlin international film festival", "berlin film festival",
                                                    "berlinale", "berlin"),
             ("berlin", "berlinale"), ("golden bear", "silver bear")),
    Ceremony("Sundance Film Festival", ("sundance film festival", "sundance"), ("sundance",)),
    Ceremony("Toronto International Film Festival", ("toronto international film festival", "toronto film festival",
                                                     "tiff"), ("toronto", "tiff"), ("people's choice award",)),
    Ceremony("Screen Actors Guild Awards", ("screen actors guild awards", "screen actors guild award", "sag awards",
                                            "sag award"), ("sag", "screen actors guild")),
    Ceremony("Independent Spirit Awards", ("independent spirit awards", "independent spirit award", "spirit awards"),
             ("spirit award", "spirit awards", "independent spirit")),
    Ceremony("Critics' Choice Awards", ("critics' choice awards", "critics choice awards", "critics' choice movie awards",
                                        "critics choice movie awards"), ("critics choice", "critics' choice")),
    Ceremony("European Film Awards", ("european film awards", "european film award"), ("european film award",
                                                                                    "european film awards")),
    Ceremony("David di Donatello Awards", ("david di donatello awards", "david di donatello", "davids"),
             ("donatello", "david di donatello")),
    Ceremony("Emmy Awards", ("emmy awards", "emmy award", "emmys", "emmy"), ("emmy", "emmys")),
    Ceremony("Grammy Awards", ("grammy awards", "grammy award", "grammys", "grammy"), ("grammy", "grammys")),
    Ceremony("Annie Awards", ("annie awards", "annie award", "annies"), ("annie award", "annie awards", "annies")),
    Ceremony("Golden Raspberry Awards", ("golden raspberry awards", "razzie awards", "razzies", "razzie"),
             ("razzie", "razzies", "golden raspberry")),
    Ceremony("Saturn Awards", ("saturn awards", "saturn award"), ("saturn award", "saturn awards")),
    Ceremony("Gotham Awards", ("gotham awards", "gotham award", "gotham independent film awards", "gothams"),
             ("gotham", "gothams")),
    Ceremony("Platino Awards", ("platino awards", "premios platino", "platino award", "platinos"),
             ("platino", "platinos")),
    Ceremony("Locarno Film Festival", ("locarno film festival", "locarno international film festival",
                                       "festival del film locarno", "locarno"),
             ("locarno",), ("golden leopard", "pardo d'oro", "pardo")),
    Ceremony("San Sebastián Film Festival", ("san sebastian film festival", "san sebastian international film festival",
                                              "san sebastian"), ("san sebastian",), ("golden shell", "concha de oro")),
    Ceremony("New York Film Critics Circle", ("new york film critics circle", "new york film critics circle awards",
                                              "nyfcc"), ("nyfcc", "new york film critics", "new york critics")),
    Ceremony("Los Angeles Film Critics Association", ("los angeles film critics association", "lafca",
                                                      "los angeles film critics association awards"),
             ("lafca", "los angeles film critics", "la film critics", "los angeles critics")),
    Ceremony("National Board of Review", ("national board of review", "national board of review awards", "nbr"),
             ("national board of review", "nbr")),
    Ceremony("National Society of Film Critics", ("national society of film critics", "nsfc"),
             ("national society of film critics", "nsfc")),
)

_ORDINAL = re.compile(r"^(?:the\s+)?\d+(?:st|nd|rd|th)\s+", re.IGNORECASE)
_YEAR = re.compile(r"\s*\(?\b(?:19|20)\d\d\b\)?\s*")
_MARKS = re.compile(r"[®™]")


_BY_NAME = {n: c for c in CEREMONIES for n in c.names}


def bare(name: str) -> str:
    """A ceremony's name without its ordinal, year or trademark: '72nd BAFTA Awards (2019)' -> 'BAFTA Awards'."""
    name = _MARKS.sub("", name).strip()
    name = _YEAR.sub(" ", name).strip()
    return _ORDINAL.sub("", name).strip()


def lookup(name: str) -> Ceremony | None:
    """The listed ceremony a page's name for it means, or None."""
    key = fold(bare(name))
    if key.startswith("the "):
        key = key[4:]
    return _BY_NAME.get(key) or _BY_NAME.get(re.sub(r" awards?$", "", key))


def canonical(name: str) -> str:
    """The one name of a listed ceremony; any other keeps its own name, bare."""
    found = lookup(name)
    return found.name if found else bare(name)


def prize_ceremony(prize: str) -> Ceremony | None:
    """The ceremony a prize's name tells: 'Palme d'Or' -> Cannes; 'Best Director' -> None."""
    key = fold(prize)
    for ceremony in CEREMONIES:
        if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", key) for p in ceremony.prizes):
            return ceremony
    return None


def named_in(text: str) -> list[Ceremony]:
    """The listed ceremonies a question (or a sentence) names, by a name, a word or a prize."""
    key = fold(text)
    return [ceremony for ceremony, pattern in _cue_patterns() if pattern.search(key)]


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[tuple[Ceremony, re.Pattern], ...]:
    """One pattern per ceremony: its words and names, plural allowed ("the gothams"), and its prizes,
    never in the plural ("People's Choice Awards" is no prize)."""
    patterns = []
    for ceremony in CEREMONIES:
        cues = (*ceremony.words, *(n for n in ceremony.names if " " in n))
        alternatives = [rf"(?<!\w){re.escape(cue)}s?(?!\w)" for cue in cues]
        alternatives += [rf"(?<!\w){re.escape(p)}(?![\w'’])" for p in ceremony.prizes]
        patterns.append((ceremony, re.compile("|".join(alternatives))))
    return tuple(patterns)


def one_word_cues() -> frozenset[str]:
    """The single words a question names a listed ceremony by, a nickname or a prize: 'oscars',
    'berlinale', 'tiff', 'palme'."""
    return frozenset(cue for c in CEREMONIES for cue in (*c.words, *c.prizes) if " " not in cue)


def cue_pattern() -> str:
    """A regex alternation of the words and prizes a question names the listed ceremonies by (plural
    allowed), for a question folded with its apostrophes made spaces: "palme d or", "gothams"."""
    cues = {cue.replace("'", " ") for c in CEREMONIES for cue in (*c.words, *c.prizes)}
    return "|".join(rf"{re.escape(cue)}s?" for cue in sorted(cues, key=len, reverse=True))


def prizes_in(text: str) -> list[str]:
    """The prizes of listed ceremonies a text names: 'did it win the palme d'or' -> ["palme d'or"]."""
    key = fold(text)
    return [p for c in CEREMONIES for p in c.prizes if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", key)]
