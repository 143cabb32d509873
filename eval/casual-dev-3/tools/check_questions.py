#!/usr/bin/env python3
"""Check a casual-dev-3 question file against its corpus: this set's data (film prefixes, give-away
terms) for eval/question_checker.py, whose docstring says what is checked.

Usage (from the repo root):
  python3 eval/casual-dev-3/tools/check_questions.py eval/casual-dev-3/questions.jsonl
  python3 eval/casual-dev-3/tools/check_questions.py eval/casual-dev-3/questions-bundled.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE.parent))
from question_checker import main  # noqa: E402  (eval/question_checker.py: the checks themselves)

PREFIX = {
    "dda": "dog-day-afternoon", "lb": "lady-bird", "we": "wall-e", "sh": "shoplifters",
    "sfsm": "searching-for-sugar-man", "b": "parallel-mothers",
}
# give-away terms for the unanswerable questions: none may appear in the film's documents
GUARDS = {
    "c3b-53": ["box office", "grossed", "million"],
    "c3b-54": ["budget"],
    "c3b-55": ["years old", "year-old", "Janis is 3", "Janis is 4", "aged 3", "aged 4"],
    "c3b-56": ["Guardian"],
    "c3b-57": ["Rotten Tomatoes", "Tomatometer", "%"],
    "c3b-58": ["costume"],
    "c3b-59": ["song", "end credits"],
    "c3b-60": ["great-grandfather's name", "great-grandfather, named", "great-grandfather was called", "great-grandfather was named"],
    "c3-dda13": ["Sonny is 2", "Sonny is 3", "Sonny's age", "Sonny, aged", "Wortzik, 2", "Wortzik, 3"],
    "c3-dda14": ["pizzeria", "pizza place", "pizza shop", "pizza parlor"],
    "c3-dda15": ["days of shooting", "shooting days", "shoot lasted", "day shoot", "weeks of shooting", "-day shoot"],
    "c3-dda16": ["Ebert"],
    "c3-lb13": ["middle name"],
    "c3-lb14": ["opening weekend", "first weekend", "364,437", "per-theater", "per theater"],
    "c3-lb15": ["Corolla", "Toyota", "Honda", "station wagon", "minivan", "Marion's car"],
    "c3-lb16": ["New York Times", "NYT", "Times"],
    "c3-we13": ["robots on board", "number of robots", "thousand robots", "million robots", "hundreds of robots"],
    "c3-we14": ["passengers on board", "population of", "600,000", "thousand passengers", "people on board", "thousands of"],
    "c3-we15": ["opening weekend", "first weekend", "63.1", "$63"],
    "c3-we16": ["storyboard"],
    "c3-sh13": ["supermarket chain", "chain", "Aeon", "Seiyu", "Lawson", "7-Eleven", "FamilyMart"],
    "c3-sh14": ["yen", "per month", "a month"],
    "c3-sh15": ["Shota is 1", "Shota is a", "Shota, 1", "year-old boy", "Shota's age", "year-old Shota", "boy of"],
    "c3-sh16": ["Japan Times"],
    "c3-sfsm13": ["copies in South Africa", "half a million", "500,000", "platinum", "sold over", "copies were sold"],
    "c3-sfsm14": ["born in", "born on", "1942", "was born"],
    "c3-sfsm15": ["budget", "cost"],
    "c3-sfsm16": ["Guardian"],
}
ID_SHAPE = r"c3(?:-([a-z]+)|(b)-)\d+$"  # the film prefix is the first group


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], HERE, PREFIX, GUARDS, ID_SHAPE, __doc__))
