#!/usr/bin/env python3
"""Check a casual-dev-3 question file against its corpus (adapted from eval/casual-dev-2).

Usage (from the repo root):
  python3 eval/casual-dev-3/tools/check_questions.py eval/casual-dev-3/questions.jsonl
  python3 eval/casual-dev-3/tools/check_questions.py eval/casual-dev-3/questions-bundled.jsonl

Ids "c3-<film><n>" are checked against eval/casual-dev-3/corpus/<slug>/ (or --corpus);
ids "c3b-<n>" against the bundled corpus/parallel-mothers/.

For every question with "any"/"all", each expected string (every alternative, not just one)
must occur in that film's documents (film.toml excluded; HTML tags stripped), matched the way
the shared scorer matches answers: case- and accent-insensitive, starting at a word boundary.
Prints "MISSING <id> <string>" for each one that does not.

For "none" questions it also checks that a few give-away terms (GUARDS below: words an
answer would have to use) occur in none of the film's documents, printing "LEAK <id> <term>".
It checks the line format too (id, cat, q, exactly one answer key), that "film" is a title
or alias in the film's film.toml, and prints counts per category and per film.
Exit status 1 on any problem.
"""
import html
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
BUNDLED = HERE.parent.parent / "corpus"
CATS = {"cast", "crew", "plot", "awards", "critics", "facts", "unanswerable"}
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
        prefix = re.match(r"c3(?:-([a-z]+)|(b)-)\d+$", cid)
        slug = PREFIX.get(prefix.group(1) or prefix.group(2)) if prefix else None
        root = BUNDLED if slug == "parallel-mothers" else corpus
        if slug is None or not (root / slug).is_dir():
            print(f"NOFILM {cid} (no corpus folder for this id under {corpus})")
            problems += 1
            continue
        if "film" in case and norm(case["film"]) not in titles(root / slug):
            print(f"TITLE {cid} film={case['film']!r} is not a title/alias in {slug}/film.toml")
            problems += 1
        if slug not in texts:
            texts[slug] = film_text(root / slug)
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
    cats = Counter(json.loads(l)["cat"] for l in path.read_text(encoding="utf-8").splitlines() if l.strip())
    films = Counter(re.match(r"c3-?([a-z]+)", json.loads(l)["id"]).group(1) for l in path.read_text(encoding="utf-8").splitlines() if l.strip())
    withfilm = sum(1 for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and "film" in json.loads(l))
    print("per category:", dict(sorted(cats.items())))
    print("per film:", {PREFIX.get(k, k): v for k, v in sorted(films.items())})
    print(f"with a film option: {withfilm}")
    print(f"{len(seen)} questions checked, {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
