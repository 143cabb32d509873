"""The words that name crew roles, in documents and in questions: one vocabulary for both.

Index extraction (`index/extract/crew.py`) reads credit lines with it and the question reader
(`bot/answer/intent.py`) reads questions with it, so a role added here is both extracted and
askable. Each role lists:

- `labels`: how a credit line names the job before the names ("Directed by", "Director of
  Photography", "Film Editing", "Original Score"), lower-case. A label is compared whole, after
  "by" and a plural "s" go, so a label with a word of another job ("Executive Producer",
  "Associate Producer", "Based on the novel by") names no role here.
- `people`: nouns for the person, lower-case. After a name in parentheses ("Max Steiner
  (composer)") they, and the labels, name the role; in questions they ask for it ("dp on jaws?").
- `prose`: the people nouns that also credit a name they stand before in running text
  ("composer John Williams", "DP Bill Butler"); nouns that name other jobs too ("editor" of a
  newspaper, "writer" of a book) are left out.
- `by`: words that credit the names after "by" in running text ("screenplay by A and B", "the
  score was composed by C"); not "story by" or "designed by", which credit books and buildings.
- `cues`: regular-expression fragments over a folded, lower-case question ("who shot it", "who
  did the music", "who helmed it"); a question is read as asking for the first role whose cues
  it holds, so the order of ROLES matters ("director of photography" before "director").
- `phrase`: how an answer says it ("Jaws was edited by Verna Fields").
- `abroad`: the labels of French, Spanish, German and Italian credit sheets ("Réalisation",
  "Montaje", "Drehbuch"), read only as a credit line's label, never in prose or questions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    id: str
    labels: tuple[str, ...]
    people: tuple[str, ...]
    cues: tuple[str, ...]
    phrase: str
    prose: tuple[str, ...] = ()
    by: tuple[str, ...] = ()  # words that credit a name after "by" in running text: "edited by X"
    company: bool = False  # a company, not a person: its names are not people's names
    abroad: tuple[str, ...] = ()  # the label in other languages: "musique", "montaje", "drehbuch"


ROLES: tuple[Role, ...] = (
    Role("composer",
         labels=("music", "composer", "original music", "score", "original score", "music composed", "composed",
                 "musical score", "music score", "score composed", "music and score"),
         people=("composer",),
         cues=(r"music(?:al)?", r"score", r"scored", r"composer", r"composed", r"soundtrack", r"songs?"),
         phrase="has music by", prose=("composer",), by=("music", "score", "soundtrack", "composed"),
         abroad=("musique", "musique originale", "música", "música original", "musik", "filmmusik", "musica",
                 "musiche", "colonna sonora", "banda sonora")),
    Role("cinematographer",
         labels=("cinematography", "cinematographer", "director of photography", "photography", "photographed",
                 "lensed", "lighting cameraman", "camera"),
         people=("cinematographer", "director of photography", "dp", "d.p.", "d.o.p.", "dop"),
         # "who shot it", "who shot the film"; not "who shot malcolm", which asks the story
         cues=(r"cinematographer", r"cinematography", r"director of photography", r"dp", r"dop", r"d\.o?\.?p",
               r"shot(?= *$| *\?| (?:it|this|that|the (?:film|movie|picture))\b)",
               r"photographed", r"photography", r"lensed", r"camera"),
         phrase="was shot by cinematographer",
         prose=("cinematographer", "director of photography", "dp", "d.p."),
         by=("cinematography", "photographed", "lensed"),
         abroad=("image", "images", "photographie", "directeur de la photographie", "chef opérateur", "fotografía",
                 "fotografia", "director de fotografía", "dirección de fotografía", "kamera", "bildgestaltung",
                 "direttore della fotografia")),
    Role("editor",
         labels=("editor", "editing", "film editing", "film editor", "edited", "film edited", "editorial"),
         people=("editor", "film editor"),
         cues=(r"edit(?:s|ed|or|ors|ing)?", r"cut (?:it|the film|the movie)"),
         phrase="was edited by", prose=("film editor",), by=("edited", "editing"),
         abroad=("montage", "montaje", "edición", "schnitt", "montaggio")),
    Role("production_designer",
         labels=("production designer", "production design", "production designed"),
         people=("production designer",),
         cues=(r"production design(?:er|ers)?", r"designed the (?:sets?|look)", r"set design(?:er|ers)?"),
         phrase="had production design by", by=("production design", "production designed"),
         abroad=("décors", "décor", "chef décorateur", "diseño de producción", "szenenbild", "scenografia",
                 "scenografie")),
    Role("art_director",
         labels=("art director", "art direction"),
         people=("art director",),
         cues=(r"art direct(?:or|ors|ion)",),
         phrase="had art direction by", by=("art direction",),
         abroad=("direction artistique", "dirección artística", "dirección de arte", "direzione artistica")),
    Role("costume_designer",
         labels=("costume designer", "costume design", "costumes", "costumes designed", "costume", "wardrobe"),
         people=("costume designer",),
         cues=(r"costumes?", r"costume design(?:er|ers)?", r"wardrobe"),
         phrase="had costumes by", by=("costumes", "costume design", "costumes designed"),
         abroad=("vestuario", "diseño de vestuario", "kostüme", "kostümbild", "costumi")),
    Role("casting",
         labels=("casting", "casting director"),
         people=("casting director",),
         cues=(r"casting(?: director)?",),
         phrase="was cast by", by=("casting",)),
    Role("stunts",
         labels=("stunts", "stunt coordinator", "stunt double", "stunt performer", "stunt performers",
                 "stunt doubles", "stunt coordinators"),
         people=("stunt coordinator", "stunt double", "stuntman", "stuntwoman", "stunt performer"),
         cues=(r"stunts?", r"stunt ?(?:m[ae]n|wom[ae]n|doubles?|coordinators?|performers?|work)"),
         phrase="had stunts by", by=("stunts",)),
    Role("writer",
         labels=("writer", "written", "screenplay", "script", "screenwriter", "story", "teleplay", "screen play",
                 "original story", "original screenplay", "writing", "written for the screen"),
         people=("writer", "screenwriter", "co-writer"),
         cues=(r"wrote", r"writer", r"written", r"screenplay", r"screen play", r"screenwriter", r"script",
               r"co-?wrote", r"co-?writ(?:ten|er|ers|ing)", r"came up with", r"(?:whose|the) idea", r"conceived"),
         phrase="was written by", prose=("screenwriter",),
         by=("written", "screenplay", "script", "conceived", "written for the screen"),
         abroad=("scénario", "scénariste", "scénario et dialogues", "dialogues", "guion", "guión", "guionista",
                 "drehbuch", "buch", "sceneggiatura", "soggetto e sceneggiatura")),
    Role("production_company",
         labels=("production company", "production companies"),
         people=("production company",),
         cues=(r"production (?:company|companies)", r"studio", r"company", r"companies"),
         phrase="was produced by the company", company=True),
    Role("producer",
         labels=("producer", "produced"),
         people=("producer",),
         cues=(r"produced", r"producers?"),
         phrase="was produced by", prose=("producer",), by=("produced",),
         abroad=("production", "produit", "producteur", "producteurs", "producción", "producido", "productor",
                 "productores", "produktion", "produziert", "produzent", "produzione", "prodotto")),
    Role("distributor",
         labels=("distributor", "distributed", "distribution"),
         people=("distributor",),
         cues=(r"distribut(?:e|es|ed|ing|ion|or|ors)", r"released by"),
         phrase="is distributed by", company=True),
    Role("director",
         labels=("director", "directed", "direction", "filmmaker"),
         people=("director", "filmmaker"),
         cues=(r"direct(?:s|ed|ing|or|ors|ion)?", r"made", r"make", r"helm(?:s|ed|ing)?", r"filmmaker", r"behind"),
         phrase="was directed by", prose=("director", "filmmaker"), by=("directed",),
         abroad=("réalisation", "réalisateur", "réalisé", "mise en scène", "dirección", "dirigida", "dirigido",
                 "regie", "regisseur", "regia", "diretto")),
)

BY_ID: dict[str, Role] = {role.id: role for role in ROLES}
ROLE_IDS: tuple[str, ...] = tuple(role.id for role in ROLES)
PEOPLE_ROLES: tuple[Role, ...] = tuple(role for role in ROLES if not role.company)
CREW_WORDS: tuple[str, ...] = ("crew", "studio")  # question words for the crew as a whole


def label_roles() -> dict[str, str]:
    """Every credit label and people noun of a person's job -> its role id."""
    table: dict[str, str] = {}
    for role in PEOPLE_ROLES:
        for word in (*role.labels, *role.people):
            table.setdefault(word, role.id)
    return table


def prose_roles() -> dict[str, str]:
    """The nouns that credit the name after them in running text -> role id, longest first."""
    pairs = [(noun, role.id) for role in PEOPLE_ROLES for noun in role.prose]
    return dict(sorted(pairs, key=lambda pair: -len(pair[0])))


def crew_nouns() -> tuple[str, ...]:
    """Nouns that ask for a crew member in a question: every role's people nouns, then the crew's;
    without a final dot, which no word boundary follows ("d.p." -> "d.p")."""
    nouns = [noun.rstrip(".") for role in ROLES for noun in role.people]
    return (*dict.fromkeys(nouns), *CREW_WORDS)


_LABEL_JOINS = re.compile(r"[ \t]*(?:\band\b|&|/|,)[ \t]*")


def label_role_ids(label: str) -> tuple[str, ...]:
    """The roles a credit label names, read as words, plural and "by" aside: ('writer', 'director')
    for "Written and Directed by", ('editor',) for "Film Editors"; () for a label with a word of
    another job ("Executive Producer", "Based on the novel by")."""
    table = _label_table()
    words = " ".join(label.lower().replace("-", " ").replace(".", "").split())
    words = _BY_ABROAD.sub("", words)
    roles = []
    for part in _LABEL_JOINS.split(words):
        role = table.get(part) or (table.get(part[:-1]) if part.endswith("s") else None)
        if role is None:
            return ()
        roles.append(role)
    return tuple(dict.fromkeys(roles))


_LABELS: dict[str, str] = {}
_BY_ABROAD = re.compile(r" (?:by|par|por|von|da|di)$")  # "Produit par", "Producido por", "Produziert von"


def _label_table() -> dict[str, str]:
    if not _LABELS:
        _LABELS.update({label.replace("-", " ").replace(".", ""): role for label, role in label_roles().items()})
        for role in PEOPLE_ROLES:
            for label in role.abroad:
                _LABELS.setdefault(label, role.id)
    return _LABELS
