"""Fit the sentence ranker's feature weights (bot/answer/ranking.py) on public question sets.

    python3 eval/fit_ranking.py ../shared/eval/narrativeqa-books [more sets…] [--folds 2]

Each set is a folder with corpus/ and questions.jsonl (questions with "refs" or "any"). For each
question the ranker's shortlist is labelled sentence by sentence with score.py's own rule (does
this sentence alone answer it?), and a pairwise logistic model learns to put answering sentences
above the others. With --folds 2 it fits on half the films and reports the other half, both ways,
so the printed accuracy is on films the weights never saw. It prints the weights to paste into
RankingWeights.features. Pure Python: nothing beyond the project's own dependencies.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.answer import ranking  # noqa: E402
from bot.answer.engine import AnswerEngine  # noqa: E402
from bot.answer.answer_shapes import answer_shape  # noqa: E402
from bot.answer.evidence import close_term, content_terms  # noqa: E402
from bot.answer.story import placed_terms  # noqa: E402
from bot.settings import Settings  # noqa: E402


def load_judge(shared_eval: Path):
    sys.path.insert(0, str(shared_eval))
    from score import judge  # the scorer's own rule, so labels mean what the score means
    return judge


def candidates(gen, slug: str, question: str, weights: ranking.RankingWeights):
    """The shortlist with each sentence's features, as the ranker sees them."""
    film = ranking.SENTENCES.of(gen, slug)
    when, terms = placed_terms(question, content_terms(question, set()))  # as evidence.best_sentences reads it
    words = ranking.question_words(film, terms, lambda t: close_term(gen, slug, t), weights)
    if not words.terms:
        return []
    found = ranking.shortlist(film, words, answer_shape(question), set(), weights, when)
    rows = [(film.sentences[i].text, values) for i, values, _ in found]
    return rows


def fit(groups, epochs: int = 30, rate: float = 0.05, l2: float = 1e-3, seed: int = 7) -> list[float]:
    """Pairwise logistic regression: an answering sentence should outscore a non-answering one."""
    pairs = [(p, n) for rows in groups for p, good in rows if good for n, bad in rows if not bad]
    w = list(ranking.WEIGHTS.features)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(pairs)
        for p, n in pairs:
            diff = [a - b for a, b in zip(p, n)]
            margin = sum(x * y for x, y in zip(w, diff))
            g = 1 / (1 + math.exp(min(margin, 30)))
            w = [wi + rate * (g * d - l2 * wi) for wi, d in zip(w, diff)]
    return w


def search(cases, start, rounds: int = 4) -> list[float]:
    """Coordinate ascent on the accuracy itself: the objective the pairwise model only stands in for."""
    w = list(start)
    best = accuracy(cases, w)
    for _ in range(rounds):
        improved = False
        for i in range(len(w)):
            for step in (-0.5, -0.2, -0.1, 0.1, 0.2, 0.5):
                trial = w[:i] + [w[i] + step] + w[i + 1:]
                score = accuracy(cases, trial)
                if score > best + 1e-9:
                    w, best, improved = trial, score, True
        if not improved:
            break
    return w


def accuracy(cases, w) -> float:
    """Share of questions whose answer (the best sentences in rank order, as ranking.pick takes
    them; the scorer reads the first 300 characters) answers them."""
    right = 0
    for judge_case, rows in cases:
        scored = sorted(rows, key=lambda r: -sum(a * b for a, b in zip(w, r[1])))
        right += judge_case(" ".join(sentence for sentence, _ in scored[:4]))
    return right / max(len(cases), 1)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--shared-eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--folds", type=int, default=2)
    parser.add_argument("--pairwise", action="store_true", help="start the search from a pairwise logistic fit")
    args = parser.parse_args()
    judge = load_judge(args.shared_eval)
    weights = ranking.WEIGHTS
    by_film: dict[str, list] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, folder in enumerate(args.sets):
            engine = AnswerEngine(Settings(corpus_dir=folder / "corpus", index_dir=Path(tmp) / str(n), _env_file=None))
            engine.reindex()
            gen = engine.generation()
            slugs = {f.title: f.slug for f in gen.films}
            for line in (folder / "questions.jsonl").read_text().splitlines():
                case = json.loads(line)
                if case.get("none") or case.get("film") not in slugs:
                    continue
                rows = candidates(gen, slugs[case["film"]], case["q"], weights)
                labelled = [(f, judge(case, {"found": True, "answer": s})) for s, f in rows]
                check = (lambda c: lambda text: judge(c, {"found": True, "answer": text}))(case)
                by_film.setdefault(f"{n}/{case['film']}", []).append((labelled, (check, rows)))
    films = sorted(by_film)
    folds = [films[i::args.folds] for i in range(args.folds)] if args.folds > 1 else [films]
    for k, held_out in enumerate(folds):
        train = [q for f in films if f not in held_out or args.folds == 1 for q in by_film[f]]
        test = [q for f in held_out for q in by_film[f]]
        w = search([c for _, c in train], fit([labelled for labelled, _ in train]) if args.pairwise else weights.features)
        print(f"fold {k}: before {accuracy([c for _, c in test], weights.features):.3f}"
              f" after {accuracy([c for _, c in test], w):.3f} on {len(test)} questions of unseen films")
    everything = [q for f in films for q in by_film[f]]
    w = search([c for _, c in everything], fit([lab for lab, _ in everything]) if args.pairwise else weights.features)
    print("all: before", round(accuracy([c for f in films for _, c in by_film[f]], weights.features), 3),
          "after", round(accuracy([c for f in films for _, c in by_film[f]], w), 3))
    print("features =", tuple(round(x, 3) for x in w))
    print(dict(zip(ranking.FEATURES, (round(x, 3) for x in w))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
