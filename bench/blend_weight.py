"""Choose the rules' weight in the blend by cross-validation on the training split only.

    python -m bench.blend_weight                 # 5 folds x 2 shuffles, every candidate
    python -m bench.blend_weight --weights 0.05 0.1

For each weight (0 is the text model alone): macro-F1 and top-1 of the blended pipeline,
stratified 5-fold on model/data/train (never held-out or blind), over all rows and over the rows
written in real-ticket forms (a `form` other than `plain`), which is what the product meets.
Writes bench/results/blend_weight.json.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, Literal

import numpy as np
from sklearn.model_selection import StratifiedKFold

from backend.routing.corpus import load_split, to_examples
from backend.routing.evaluation import score_pipeline
from backend.routing.handbook import load_handbook
from backend.routing.training import fit_blend, routing_file
from backend.settings import DEFAULT_MODEL_DIR


def cross_validate(weight: float, shuffles: int, folds: int) -> dict[str, Any]:
    """Mean macro-F1 / top-1 over shuffled stratified folds, on all rows and real-form rows."""
    handbook = load_handbook(routing_file(DEFAULT_MODEL_DIR))
    rows = load_split(DEFAULT_MODEL_DIR / "data", "train")
    train = to_examples(rows)
    real_form = np.asarray([r.get("form", "plain") != "plain" for r in rows])
    teams = np.asarray([e.team for e in train])
    variant: Literal["model", "blend"] = "model" if weight == 0 else "blend"
    scores: dict[str, list[float]] = {"macro_f1": [], "top1": [], "real_form_top1": []}
    for seed in range(shuffles):
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
        for fit_idx, test_idx in splitter.split(np.zeros(len(train)), teams):
            pipeline = fit_blend(handbook, [train[i] for i in fit_idx], variant=variant,
                                 params={"rules_weight": weight}, jobs=2)
            fold = score_pipeline(pipeline, [train[i].text for i in test_idx],
                                  [train[i].team for i in test_idx])
            scores["macro_f1"].append(fold["macro_f1"])
            scores["top1"].append(fold["top1"])
            real = [i for i in test_idx if real_form[i]]
            if real:
                part = score_pipeline(pipeline, [train[i].text for i in real],
                                      [train[i].team for i in real])
                scores["real_form_top1"].append(part["top1"])
    return {"rules_weight": weight, "real_form_rows": int(real_form.sum()),
            **{k: round(float(np.mean(v)), 4) for k, v in scores.items()},
            "macro_f1_sd": round(float(np.std(scores["macro_f1"])), 4)}


def main() -> None:
    """Cross-validate every candidate weight and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weights", type=float, nargs="+", default=[0.0, 0.05, 0.1, 0.2])
    parser.add_argument("--shuffles", type=int, default=2)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    results = []
    for weight in args.weights:
        result = cross_validate(weight, args.shuffles, args.folds)
        print(json.dumps(result), flush=True)
        results.append(result)
    from bench.report import write_cross_validation

    write_cross_validation("blend_weight", args.folds, args.shuffles, results)


if __name__ == "__main__":
    main()
