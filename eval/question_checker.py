"""Check a question file against its corpus: the one checker behind every set's
tools/check_questions.py, which gives only its data (film prefixes, give-away terms, id shape).

For every question with "any"/"all", each expected string (every alternative, not just one) must
occur in that film's documents (film.toml excluded; HTML tags stripped), matched the way the shared
scorer matches answers: case- and accent-insensitive, starting at a word boundary. Prints
"MISSING <id> <string>" for each one that does not.

For "none" questions, the set's give-away terms (words an answer would have to use) must occur in
none of the film's documents ("LEAK <id> <term>"). Also checked: the line format (id, cat, q,
exactly one answer key) and that "film" is a title or alias in the film's film.toml. Prints counts
per category and per film; exit status 1 on any problem.
"""
from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

BUNDLED = Path(__file__).resolve().parent.parent / "corpus"  # the film the project ships with
CATS = {"cast", "crew", "plot", "awards", "critics", "facts", "unanswerable"}


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


def film_key(id_shape: str, cid: str) -> str | None:
    """The film prefix of an id: the first group id_shape matches ("cd-slh12" -> "slh")."""
    match = re.match(id_shape, cid)
    return next((g for g in match.groups() if g), None) if match else None


def check(path: Path, corpus: Path, prefixes: dict[str, str], guards: dict[str, list[str]], id_shape: str) -> int:
    """Every problem of the file, printed; 1 if there are any. A film the set's corpus lacks is
    looked for in the bundled corpus (a set's questions on Parallel Mothers)."""
    texts, seen, problems = {}, set(), 0
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for n, case in enumerate(cases, 1):
        cid = case.get("id", f"line{n}")
        keys = [k for k in ("any", "all", "none") if k in case]
        if cid in seen or case.get("cat") not in CATS or not case.get("q") or len(keys) != 1:
            print(f"FORMAT {cid} (duplicate id, bad cat, no q, or not exactly one answer key)")
            problems += 1
        seen.add(cid)
        slug = prefixes.get(film_key(id_shape, cid) or "")
        root = corpus if slug and (corpus / slug).is_dir() else BUNDLED
        if slug is None or not (root / slug).is_dir():
            print(f"NOFILM {cid} (no corpus folder for this id under {corpus})")
            problems += 1
            continue
        if "film" in case and norm(case["film"]) not in titles(root / slug):
            print(f"TITLE {cid} film={case['film']!r} is not a title/alias in {slug}/film.toml")
            problems += 1
        if slug not in texts:
            texts[slug] = film_text(root / slug)
        problems += expectations(case, cid, slug, texts[slug], guards)
    films = Counter(prefixes.get(film_key(id_shape, c.get("id", "")) or "", "?") for c in cases)
    print("per category:", dict(sorted(Counter(c.get("cat") for c in cases).items())))
    print("per film:", dict(sorted(films.items())))
    print(f"with a film option: {sum(1 for c in cases if 'film' in c)}")
    print(f"{len(seen)} questions checked, {problems} problem(s)")
    return 1 if problems else 0


def expectations(case: dict, cid: str, slug: str, text: str, guards: dict[str, list[str]]) -> int:
    """The problems of one question's expected strings, or of an unanswerable one's give-aways."""
    problems = 0
    if case.get("none"):
        if case.get("cat") != "unanswerable":
            print(f"FORMAT {cid} none=true but cat is {case.get('cat')}")
            problems += 1
        if cid not in guards:
            print(f"NOGUARD {cid} (add give-away terms to GUARDS)")
            problems += 1
        for term in guards.get(cid, []):
            if has(text, term):
                print(f"LEAK {cid} {term!r} occurs in {slug}: {case['q']}")
                problems += 1
        return problems
    for key in ("any", "all"):
        for expected in case.get(key, []):
            if not has(text, expected):
                print(f"MISSING {cid} {key} {expected!r} ({slug}): {case['q']}")
                problems += 1
    return problems


def main(argv: list[str], here: Path, prefixes: dict[str, str], guards: dict[str, list[str]], id_shape: str,
         usage: str) -> int:
    """A set's command line: a question file, and --corpus to read another corpus than the set's."""
    if not argv:
        print(usage)
        return 2
    corpus = Path(argv[argv.index("--corpus") + 1]) if "--corpus" in argv else here / "corpus"
    return check(Path(argv[0]), corpus, prefixes, guards, id_shape)
