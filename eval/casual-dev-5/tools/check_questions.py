#!/usr/bin/env python3
"""Check a casual-dev-5 question file against its corpus: this set's data (film prefixes, give-away
terms) for eval/question_checker.py, whose docstring says what is checked.

Usage (from the repo root):
  python3 eval/casual-dev-5/tools/check_questions.py eval/casual-dev-5/questions.jsonl
  python3 eval/casual-dev-5/tools/check_questions.py eval/casual-dev-5/questions-bundled.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE.parent))
from question_checker import main  # noqa: E402  (eval/question_checker.py: the checks themselves)

PREFIX = {
    "ver": "vertigo", "nemo": "finding-nemo", "int": "the-intouchables", "ap": "apollo-13",
    "pl": "past-lives", "b": "parallel-mothers",
}
AGE = ["years old", "year-old", "aged", "age of", "at the age"]
SHOOT = ["days of shooting", "shooting days", "days of filming", "weeks of shooting", "weeks of filming",
         "shoot lasted", "-day shoot", "week shoot", "shooting schedule"]
# give-away terms for the unanswerable questions: none may appear in the film's documents
GUARDS = {
    "c5b-37": ["casting director", "casting by", "cast by"],
    "c5b-38": ["BBFC", "rated 15", "rated R", "certificate", "age rating", "rated 12", "rated 18"],
    "c5b-39": ["admissions", "spectators", "tickets sold", "cinemagoers", "viewers in Spain", "million viewers"],
    "c5b-40": ["Anita", "named her", "baby's name", "was named", "called her"],
    "c5-ver23": AGE + ["Scottie is 4", "Scottie is 5", "Scottie's age"],
    "c5-ver24": ["Ebert"],
    "c5-ver25": ["policeman named", "officer named", "patrolman named", "cop named", "officer's name",
                 "policeman's name", "cop's name"],
    "c5-ver26": ["paid", "salary", "fee of", "her fee", "earned"],
    "c5-nemo23": AGE + ["Nemo is six", "Nemo is 6", "Nemo is five", "Nemo is 5", "Nemo's age"],
    "c5-nemo24": ["Guardian"],
    "c5-nemo25": ["render", "hours per frame", "processor", "computing time", "rendering"],
    "c5-nemo26": ["French", "dubbed", "dubbing", "version française"],
    "c5-int23": ["last name", "surname", "family name", "full name", "Driss Bassari"],
    "c5-int24": ["Le Monde"],
    "c5-int25": SHOOT,
    "c5-int26": ["Magic Flute", "Zauberflote", "Wagner", "Verdi's", "Puccini", "Traviata", "Rossini", "Mozart"],
    "c5-ap23": AGE + ["Lovell was 4", "Lovell, 4"],
    "c5-ap24": ["Los Angeles Times", "LA Times", "L.A. Times"],
    "c5-ap25": ["opening weekend", "first weekend", "25.3 million", "$25 million"],
    "c5-ap26": ["maiden name", "born Marilyn", "Gerlach"],
    "c5-pl23": ["play is called", "play called", "play titled", "titled", "her play,"],
    "c5-pl24": ["IndieWire"],
    "c5-pl25": ["girlfriend's name", "girlfriend named", "girlfriend, named", "girlfriend is named",
                "girlfriend is called", "girlfriend was called"],
    "c5-pl26": ["35mm", "35 mm", "film stock", "Kodak", "Arri Alexa", "shot on film", "shot digitally", "digital camera",
                "celluloid"],
}
ID_SHAPE = r"c5(?:-([a-z]+)|(b)-)\d+$"  # the film prefix is the first group


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], HERE, PREFIX, GUARDS, ID_SHAPE, __doc__))
