"""Cast lists under a heading no cast heading names ("THE COMPANY", "The characters") or under none:
three or more credit lines in a row, read as a cast section is (index.extract.cast_sections)."""
from __future__ import annotations

import re

from index.vocabulary import label_role_ids

from .cast_credits import in_spans
from .cast_sections import _CHARACTER_ONLY, _lines, _section_credits, _section_line
from .patterns import Found, is_person_name, title_cased


def headless_sections(text: str, spans: list[tuple[int, int]]) -> tuple[list[Found], list[tuple[int, int]]]:
    """The credits of the runs of credit lines outside the spans cast headings cover, and the runs' spans."""
    credits, covered = [], []
    for lines in _headless_runs(text, spans):
        covered.append((lines[0][0], lines[-1][0] + 1))
        credits += _section_credits(text, lines, None, None)
    return credits, covered


_RUN = 3  # lines in a row that read as credits make a cast list without a heading


def _headless_runs(text: str, spans: list[tuple[int, int]]) -> list[list]:
    """Cast lists under a heading no cast heading names ("THE COMPANY", "The characters", none):
    three or more lines in a row, each a pair of a character and a person's full name, one at
    least with a note or a one-word character, none a crew credit ("Edited by ..... Name")."""
    runs, run = [], []
    for offset, line in [*_lines(text, 0), (len(text), "")]:
        parsed = None if not _may_credit(line) or in_spans(offset, spans) else _section_line(line)
        if parsed and parsed != "as" and parsed[0] == "pair" and _person_pair(parsed[1]):
            run.append((offset, parsed))
            continue
        if (len(run) >= _RUN and any(l.only_character or r.only_character for _, (_, (_, l, r)) in run)
                and _each_once(run)):
            runs.append(run)
        run = []
    return runs


_POSSESSIVE_S = re.compile(r"['’][sS][ \t]")  # "Nader's Father" is named as "Nader Father" is
_SEPARATORS = ("..", "…", "\t", " |", "–", "—", " -", ": ", "  ")
_LONGEST = 160  # a credit line is short; a paragraph's line is not one


def _may_credit(line: str) -> bool:
    return 0 < len(line) <= _LONGEST and any(s in line for s in _SEPARATORS) and bool(line.strip())


def _each_once(run: list) -> bool:
    """A cast list names each actor once; a crew sheet ("Dirección ..... Steve James", "Montaje .....
    Frederick Marx, Steve James") names its people on several lines and lists several on one."""
    people = []
    for _, (_, (_, left, right)) in run:
        for side in (left, right):
            people += [side.name] if side.may_be_actor else []
            people += [part.strip() for note in side.notes for part in note.split(",") if is_person_name(part.strip())]
    return len(people) == len(set(people))


def _cased(name: str) -> str:
    return " ".join(title_cased(w) for w in name.split()) if name.isupper() else name


def _person_pair(parts) -> bool:
    _, left, right = parts
    sides = (left, right)
    named = [side for side in sides if _CHARACTER_ONLY.fullmatch(_POSSESSIVE_S.sub(" ", _cased(side.name)))
             and not side.name[:1] in "\"“"]
    return (any(side.may_be_actor for side in sides) and len(named) == 2
            and not any(label_role_ids(f"{side.name} {' '.join(side.notes)}") or label_role_ids(side.name) for side in sides))
