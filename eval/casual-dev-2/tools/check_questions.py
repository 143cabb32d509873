#!/usr/bin/env python3
"""Check a casual-dev-2 question file against its corpus: this set's data (film prefixes, give-away
terms) for eval/question_checker.py, whose docstring says what is checked.

Usage (from the repo root):
  python3 eval/casual-dev-2/tools/check_questions.py eval/casual-dev-2/questions.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE.parent))
from question_checker import main  # noqa: E402  (eval/question_checker.py: the checks themselves)

PREFIX = {
    "psy": "psycho", "rd": "reservoir-dogs", "lh": "la-haine", "ig": "the-iron-giant",
    "lms": "little-miss-sunshine", "ko": "knives-out",
}
# give-away terms for the unanswerable questions: none may appear in the film's documents
GUARDS = {
    "c2-psy25": ["middle name"],
    "c2-psy26": ["opening weekend", "first weekend", "opening week"],
    "c2-psy27": ["body double", "Renfro", "Leigh's double", "stand-in for Leigh", "Leigh's stand-in"],
    "c2-psy28": ["New York Times", "Crowther", "NY Times"],
    "c2-rd25": ["Pink's real name", "Pink, real name", "Mr. Pink /", "real name Mr. Pink"],
    "c2-rd26": ["worth", "valued at", "million in diamonds", "diamonds valued"],
    "c2-rd27": ["stunt"],
    "c2-rd28": ["Ebert"],
    "c2-lh25": ["surname", "last name", "family name", "Vinz's full name"],
    "c2-lh26": ["francs", "owes him 5", "owes him 1", "owes him 2", "euros"],
    "c2-lh27": ["Nike", "Adidas", "Reebok", "Puma", "sneakers", "trainers"],
    "c2-lh28": ["Le Monde"],
    "c2-ig25": ["squirrel named", "squirrel called", "named the squirrel", "squirrel's name"],
    "c2-ig26": ["opening weekend", "first weekend", "5.7 million"],
    "c2-ig27": ["storyboard"],
    "c2-ig28": ["father's name", "dad's name", "Mr. Hughes", "father, named", "father was called"],
    "c2-lms25": ["middle name"],
    "c2-lms26": ["1971", "1972", "1973", "1974", "1975", "model year"],
    "c2-lms27": ["stunt"],
    "c2-lms28": ["Chicago Tribune"],
    "c2-ko25": ["middle name"],
    "c2-ko26": ["opening weekend", "first weekend", "26.8", "41.7"],
    "c2-ko27": ["Marta is 2", "Marta, 2", "Marta's age", "Marta is in her", "year-old Marta"],
    "c2-ko28": ["Marta is from", "Marta was born", "born in", "Marta comes from", "family is from Uruguay", "family is from Paraguay", "family is from Ecuador", "family is from Brazil"],
}
ID_SHAPE = r"c2-([a-z]+)\d+$"  # the film prefix is the first group


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], HERE, PREFIX, GUARDS, ID_SHAPE, __doc__))
