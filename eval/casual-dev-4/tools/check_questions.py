#!/usr/bin/env python3
"""Check a casual-dev-4 question file against its corpus: this set's data (film prefixes, give-away
terms) for eval/question_checker.py, whose docstring says what is checked.

Usage (from the repo root):
  python3 eval/casual-dev-4/tools/check_questions.py eval/casual-dev-4/questions.jsonl
  python3 eval/casual-dev-4/tools/check_questions.py eval/casual-dev-4/questions-bundled.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE.parent))
from question_checker import main  # noqa: E402  (eval/question_checker.py: the checks themselves)

PREFIX = {
    "apt": "the-apartment", "up": "up", "cog": "city-of-god", "sp": "spotlight",
    "nc": "no-country-for-old-men", "b": "parallel-mothers",
}
# give-away terms for the unanswerable questions: none may appear in the film's documents
GUARDS = {
    "c4b-37": ["Empire"],
    "c4b-38": ["wife's name", "wife is named", "wife, named", "wife is called", "wife was named"],
    "c4b-39": ["weeks of shooting", "weeks of filming", "shooting schedule", "shoot lasted", "days of shooting", "shooting days", "-day shoot"],
    "c4b-40": ["years old", "year-old", "born in", "born on", "Smit was born", "Smit, aged", "age of"],
    "c4-apt23": ["years old", "year-old", "Baxter is 2", "Baxter is 3", "Baxter is 4", "Baxter's age", "Baxter, aged"],
    "c4-apt24": ["New Yorker"],
    "c4-apt25": ["stands for", "stand for", "short for", "Calvin", "Clarence", "Chester"],
    "c4-apt26": ["opening weekend", "first weekend", "weekend gross"],
    "c4-up23": ["last name", "surname", "family name", "Russell Kim", "Russell's full name"],
    "c4-up24": ["opening weekend", "first weekend", "68.1", "$68"],
    "c4-up25": ["Empire"],
    "c4-up26": ["Nagai was 7", "Nagai was 8", "Nagai was 9", "Nagai was seven", "Nagai was eight", "Nagai was nine", "Nagai, aged", "aged 7", "aged 8", "aged 9", "age of"],
    "c4-cog23": ["years old", "year-old", "Rocket is 1", "Rocket's age", "Rocket, aged", "teenage Rocket is"],
    "c4-cog24": ["New York Times", "NYT", "Times critic"],
    "c4-cog25": ["costume", "wardrobe"],
    "c4-cog26": ["song", "track", "soundtrack", "plays at the party", "DJ"],
    "c4-sp23": ["Rolling Stone"],
    "c4-sp24": ["shooting days", "days of filming", "days of shooting", "day shoot", "-day shoot", "shoot lasted", "weeks of filming", "weeks of shooting"],
    "c4-sp25": ["years old", "year-old", "Pfeiffer is 2", "Pfeiffer is 3", "Pfeiffer, aged", "Pfeiffer's age"],
    "c4-sp26": ["opening weekend", "first weekend", "$295,009", "limited release"],
    "c4-nc23": ["paid", "salary", "fee of", "their fee", "earned"],
    "c4-nc24": ["Empire"],
    "c4-nc25": ["opening weekend", "first weekend", "$1.2 million"],
    "c4-nc26": ["middle name"],
}
ID_SHAPE = r"c4(?:-([a-z]+)|(b)-)\d+$"  # the film prefix is the first group


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], HERE, PREFIX, GUARDS, ID_SHAPE, __doc__))
