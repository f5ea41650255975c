"""Routing quality: per-team precision/recall/F1, macro-F1, top-k accuracy, confusion matrix."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.metrics import (
    accuracy_score,
    confusion_matrix,
    f1_score,
    precision_recall_fscore_support,
    top_k_accuracy_score,
)
from sklearn.pipeline import Pipeline


def evaluate(y_true: Sequence[str], proba: np.ndarray, classes: Sequence[Any]) -> dict[str, Any]:
    """Score probabilities (one row per ticket, one column per class) against the true teams.

    Besides accuracy and F1: p_true, the mean probability given to the right team. Top-1 alone
    misses a model that still ranks the right team first but has lost its confidence.
    """
    names = [str(c) for c in classes]
    truth = [str(t) for t in y_true]
    if not truth:
        return {"n": 0, "top1": 0.0, "top3": 0.0, "macro_f1": 0.0, "p_true": 0.0,
                "per_team": {}, "labels": [], "confusion": []}
    proba = np.asarray(proba, dtype=float)
    predicted = [names[i] for i in np.argmax(proba, axis=1)]
    labels = sorted(set(names) | set(truth))
    index = {name: i for i, name in enumerate(names)}
    known = np.asarray([t in index for t in truth])
    # top_k_accuracy_score needs every true label among the columns: a team the model has never
    # seen is simply never in its top three.
    top3 = 0.0
    if known.any():
        rows = proba[known]
        y = [t for t, k in zip(truth, known, strict=True) if k]
        k = min(3, len(names))
        top3 = (top_k_accuracy_score(y, rows, k=k, labels=names, normalize=False)
                if len(names) > 2 else float(sum(1 for _ in y)))
    right = [proba[i, index[t]] if t in index else 0.0 for i, t in enumerate(truth)]
    precision, recall, f1, support = precision_recall_fscore_support(
        truth, predicted, labels=labels, zero_division=0
    )
    return {
        "n": len(truth),
        "top1": float(accuracy_score(truth, predicted)),
        "top3": float(top3) / len(truth),
        "macro_f1": float(
            f1_score(truth, predicted, labels=labels, average="macro", zero_division=0)
        ),
        "p_true": float(np.mean(right)),
        "per_team": {
            label: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
        },
        "labels": labels,
        "confusion": confusion_matrix(truth, predicted, labels=labels).tolist(),
    }


def score_pipeline(
    pipeline: Pipeline, texts: Sequence[str], teams: Sequence[str], jobs: int = 1
) -> dict[str, Any]:
    """Score a fitted pipeline on labelled texts (features computed in parallel when jobs > 1)."""
    if jobs > 1 and "features" in pipeline.named_steps:
        pipeline.set_params(features__n_jobs=jobs)
    try:
        proba = pipeline.predict_proba(list(texts))
    finally:
        if "features" in pipeline.named_steps:
            pipeline.set_params(features__n_jobs=None)
    return evaluate(teams, proba, pipeline.classes_)


def _severity(label: str) -> int:
    return int(str(label)[-1])


def priority_scores(
    truth: Sequence[str | None], predicted: Sequence[str], proba: np.ndarray | None = None,
    classes: Sequence[Any] = (),
) -> dict[str, Any]:
    """Exact and within-one-step agreement of priorities (rows without a true priority skipped);
    with the model's probabilities, the expected calibration error of its top label."""
    from backend.routing.calibration_metrics import ece_for_labels

    rows = [i for i, t in enumerate(truth) if t]
    if not rows:
        return {"n": 0, "exact": None, "within_one": None, "ece": None}
    true = [str(truth[i]) for i in rows]
    pred = [str(predicted[i]) for i in rows]
    gaps = np.asarray([abs(_severity(t) - _severity(p)) for t, p in zip(true, pred, strict=True)])
    out: dict[str, Any] = {
        "n": len(rows),
        "exact": float(np.mean(gaps == 0)),
        "within_one": float(np.mean(gaps <= 1)),
        "ece": None,
    }
    if proba is not None:
        out["ece"] = ece_for_labels([str(c) for c in classes], true, np.asarray(proba)[rows])
    return out


def score_priority(
    priority: Pipeline, texts: Sequence[str], truth: Sequence[str | None]
) -> dict[str, Any]:
    """The priority model alone on labelled texts (before the SLA floors)."""
    proba = priority.predict_proba(list(texts))
    classes = [str(c) for c in priority.classes_]
    predicted = [classes[i] for i in proba.argmax(axis=1)]
    return priority_scores(truth, predicted, proba, classes)
