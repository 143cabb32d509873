#!/usr/bin/env python3
"""Check a casual-dev question file against its corpus.

Usage (from the repo root):
  python3 eval/casual-dev/tools/check_questions.py eval/casual-dev/questions.jsonl
  python3 eval/casual-dev/tools/check_questions.py eval/casual-dev/questions-bundled.jsonl --corpus corpus

For every question with "any"/"all", each expected string must occur in that film's
documents (film.toml excluded; HTML tags stripped), matched the way the shared scorer
matches answers: case- and accent-insensitive, starting at a word boundary.
Prints "MISSING <id> <string>" for each one that does not.

For "none" questions it also checks that a few give-away terms (GUARDS below: words an
answer would have to use) occur in none of the film's documents, printing "LEAK <id> <term>".
It checks the line format too (id, cat, q, exactly one answer key). Exit status 1 on any problem.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
CATS = {"cast", "crew", "plot", "awards", "critics", "facts", "unanswerable"}
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


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).casefold()


def has(text: str, expected: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(norm(expected)), text) is not None


def film_text(folder: Path) -> str:
    parts = []
    for f in sorted(folder.iterdir()):
        if f.name == "film.toml" or not f.is_file():
            continue
        t = f.read_text(encoding="utf-8", errors="replace")
        if f.suffix.lower() in (".html", ".htm"):
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        parts.append(t)
    return norm("\n".join(parts))


def titles(folder: Path) -> set:
    toml = folder / "film.toml"
    if not toml.exists():
        return set()
    return {norm(m) for m in re.findall(r'"([^"]+)"', toml.read_text(encoding="utf-8"))}


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    path = Path(argv[0])
    corpus = Path(argv[argv.index("--corpus") + 1]) if "--corpus" in argv else HERE / "corpus"
    texts, seen, problems = {}, set(), 0
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        case = json.loads(line)
        cid = case.get("id", f"line{n}")
        keys = [k for k in ("any", "all", "none") if k in case]
        if cid in seen or case.get("cat") not in CATS or not case.get("q") or len(keys) != 1:
            print(f"FORMAT {cid} (duplicate id, bad cat, no q, or not exactly one answer key)")
            problems += 1
        seen.add(cid)
        prefix = re.match(r"cdb?-([a-z]+)\d+$", cid)
        slug = PREFIX.get(prefix.group(1)) if prefix else None
        if slug is None or not (corpus / slug).is_dir():
            print(f"NOFILM {cid} (no corpus folder for this id under {corpus})")
            problems += 1
            continue
        if "film" in case and norm(case["film"]) not in titles(corpus / slug):
            print(f"TITLE {cid} film={case['film']!r} is not a title/alias in {slug}/film.toml")
            problems += 1
        if slug not in texts:
            texts[slug] = film_text(corpus / slug)
        text = texts[slug]
        if case.get("none"):
            if case.get("cat") != "unanswerable":
                print(f"FORMAT {cid} none=true but cat is {case.get('cat')}")
                problems += 1
            if cid not in GUARDS:
                print(f"NOGUARD {cid} (add give-away terms to GUARDS)")
                problems += 1
            for term in GUARDS.get(cid, []):
                if has(text, term):
                    print(f"LEAK {cid} {term!r} occurs in {slug}: {case['q']}")
                    problems += 1
            continue
        for key in ("any", "all"):
            for exp in case.get(key, []):
                if not has(text, exp):
                    print(f"MISSING {cid} {key} {exp!r} ({slug}): {case['q']}")
                    problems += 1
    print(f"{len(seen)} questions checked, {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
