#!/usr/bin/env python3
"""Check a casual-dev-2 question file against its corpus (adapted from eval/casual-dev).

Usage (from the repo root):
  python3 eval/casual-dev-2/tools/check_questions.py eval/casual-dev-2/questions.jsonl

For every question with "any"/"all", each expected string must occur in that film's
documents (film.toml excluded; HTML tags stripped), matched the way the shared scorer
matches answers: case- and accent-insensitive, starting at a word boundary.
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
CATS = {"cast", "crew", "plot", "awards", "critics", "facts", "unanswerable"}
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
        prefix = re.match(r"c2-([a-z]+)\d+$", cid)
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
    cats = Counter(json.loads(l)["cat"] for l in path.read_text(encoding="utf-8").splitlines() if l.strip())
    films = Counter(re.match(r"c2-([a-z]+)", json.loads(l)["id"]).group(1) for l in path.read_text(encoding="utf-8").splitlines() if l.strip())
    withfilm = sum(1 for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and "film" in json.loads(l))
    print("per category:", dict(sorted(cats.items())))
    print("per film:", {PREFIX.get(k, k): v for k, v in sorted(films.items())})
    print(f"with a film option: {withfilm}")
    print(f"{len(seen)} questions checked, {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
