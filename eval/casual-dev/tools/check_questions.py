#!/usr/bin/env python3
"""Check a casual-dev question file against its corpus: this set's data (film prefixes, give-away
terms) for eval/question_checker.py, whose docstring says what is checked.

Usage (from the repo root):
  python3 eval/casual-dev/tools/check_questions.py eval/casual-dev/questions.jsonl
  python3 eval/casual-dev/tools/check_questions.py eval/casual-dev/questions-bundled.jsonl --corpus corpus
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE.parent))
from question_checker import main  # noqa: E402  (eval/question_checker.py: the checks themselves)

PREFIX = {
    "slh": "some-like-it-hot", "rsh": "rashomon", "six": "the-sixth-sense", "coco": "coco",
    "mow": "man-on-wire", "gbh": "the-grand-budapest-hotel", "aof": "anatomy-of-a-fall",
    "pm": "parallel-mothers",
}
# give-away terms for the unanswerable questions: none may appear in the film's documents
GUARDS = {
    "cd-slh23": ["salary", "was paid", "got paid", "her fee"],
    "cd-slh24": ["choreograph"],
    "cd-slh25": ["opening weekend", "first weekend", "opening week"],
    "cd-rsh24": ["edited by", "editor", "film editing"],
    "cd-rsh25": ["budget", "cost of", "yen"],
    "cd-rsh26": ["horse's name", "horse named", "horse called", "name of the horse"],
    "cd-six24": ["opening weekend", "first weekend", "26.7"],
    "cd-six25": ["costume", "Joanna Johnston", "wardrobe"],
    "cd-six26": ["Mr. Sear", "father's name", "dad's name", "father, "],
    "cd-coco24": ["Coco is 9", "Coco, 9", "Coco, aged", "Coco's age", "Coco is a hundred"],
    "cd-coco25": ["Jaramillo", "voice of Miguel", "dubbed Miguel"],
    "cd-coco26": ["opening weekend", "first weekend", "50.8", "72.9"],
    "cd-mow24": ["box office", "grossed", "gross"],
    "cd-mow25": ["feet tall", "cm tall", "his height", "metres tall", "tall man"],
    "cd-mow26": ["shot on", "16mm", "35mm", "Arri", "Sony", "Panasonic", "HD camera"],
    "cd-gbh24": ["salary", "was paid", "got paid", "his fee"],
    "cd-gbh25": ["casting", "Douglas Aibel", "Jina Jay"],
    "cd-gbh26": ["cat named", "cat called", "cat's name", "name of the cat"],
    "cd-aof25": ["box office", "grossed", "gross"],
    "cd-aof26": ["years old", "year-old Sandra", "Sandra, 4", "Sandra's age", "aged"],
    "cd-aof27": ["sound design", "sound by", "sound mixer", "Julien Sicart"],
    "cdb-pm36": ["budget", "cost of"],
    "cdb-pm37": ["box office", "grossed", "gross"],
    "cdb-pm38": ["edited by", "editor", "Teresa Font", "editing"],
    "cdb-pm39": ["wife's name", "Arturo's wife,", "his wife,"],
    "cdb-pm40": ["Rotten Tomatoes", "Tomatometer", "RT score"],
}
ID_SHAPE = r"cdb?-([a-z]+)\d+$"  # the film prefix is the first group


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], HERE, PREFIX, GUARDS, ID_SHAPE, __doc__))
