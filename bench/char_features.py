"""Choose the character n-gram settings by cross-validation on the training split only.

    python -m bench.char_features            # 5 folds x 2 shuffles, every candidate

For each candidate (n-gram lengths, vocabulary cap): macro-F1 and top-1 of the blended model,
stratified 5-fold on model/data/train (never held-out or blind), and the time to featurise one
2 KB ticket's characters. Writes bench/results/char_features.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from typing import Any

import numpy as np
from sklearn.model_selection import StratifiedKFold

from backend.routing.corpus import load_split, to_examples
from backend.routing.evaluation import score_pipeline
from backend.routing.fast_path import FastPath
from backend.routing.handbook import load_handbook
from backend.routing.training import fit_blend, routing_file
from backend.settings import DEFAULT_MODEL_DIR

CANDIDATES: list[dict[str, Any]] = [
    {"char_ngrams": (3, 5), "char_max_features": 60000},  # the current setting
    {"char_ngrams": (3, 4), "char_max_features": 60000},
    {"char_ngrams": (3, 5), "char_max_features": 30000},
    {"char_ngrams": (3, 4), "char_max_features": 30000},
    {"char_ngrams": (2, 4), "char_max_features": 30000},
]


def char_cost_ms(pipeline: Any, texts: list[str]) -> float:
    """Median milliseconds to featurise one text's characters on the fast path."""
    fast = FastPath(pipeline)
    part = next(b.tfidf for b in fast.blocks if b.name == "chars")
    assert part is not None
    times = []
    for text in texts:
        started = time.perf_counter()
        part.row(text)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def cross_validate(params: dict[str, Any], shuffles: int, folds: int) -> dict[str, Any]:
    """Mean macro-F1 / top-1 over shuffled stratified folds of the training split."""
    handbook = load_handbook(routing_file(DEFAULT_MODEL_DIR))
    train = to_examples(load_split(DEFAULT_MODEL_DIR / "data", "train"))
    teams = np.asarray([e.team for e in train])
    f1s, top1s, costs, widths = [], [], [], []
    for seed in range(shuffles):
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
        for fit_idx, test_idx in splitter.split(np.zeros(len(train)), teams):
            pipeline = fit_blend(handbook, [train[i] for i in fit_idx], params=params)
            texts = [train[i].text for i in test_idx]
            scores = score_pipeline(pipeline, texts, [train[i].team for i in test_idx])
            f1s.append(scores["macro_f1"])
            top1s.append(scores["top1"])
            costs.append(char_cost_ms(pipeline, texts))
            widths.append(len(pipeline.named_steps["features"].transformer_list[1][1]
                              .vocabulary_))
    return {"params": {k: list(v) if isinstance(v, tuple) else v for k, v in params.items()},
            "macro_f1": round(float(np.mean(f1s)), 4), "macro_f1_sd": round(float(np.std(f1s)), 4),
            "top1": round(float(np.mean(top1s)), 4),
            "char_ms_per_ticket": round(statistics.median(costs), 3),
            "char_vocabulary": int(np.mean(widths))}


def main() -> None:
    """Cross-validate every candidate and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shuffles", type=int, default=2)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    results = []
    for params in CANDIDATES:
        result = cross_validate(params, args.shuffles, args.folds)
        print(json.dumps(result), flush=True)
        results.append(result)
    from bench.report import write_cross_validation

    write_cross_validation("char_features", args.folds, args.shuffles, results)


if __name__ == "__main__":
    main()
