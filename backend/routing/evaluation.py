"""Routing quality: per-team precision/recall/F1, macro-F1, top-k accuracy, confusion matrix."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.pipeline import Pipeline


def evaluate(pipeline: Pipeline, texts: Sequence[str], teams: Sequence[str]) -> dict[str, Any]:
    """Score a fitted pipeline on labelled texts."""
    classes = [str(c) for c in pipeline.classes_]
    proba = pipeline.predict_proba(list(texts))
    order = np.argsort(-proba, axis=1)
    predicted = [classes[i] for i in order[:, 0]]
    truth = list(teams)
    top3 = [t in {classes[i] for i in row[:3]} for t, row in zip(truth, order, strict=True)]
    labels = sorted(set(classes) | set(truth))
    precision, recall, f1, support = precision_recall_fscore_support(
        truth, predicted, labels=labels, zero_division=0
    )
    return {
        "n": len(truth),
        "top1": float(np.mean([p == t for p, t in zip(predicted, truth, strict=True)]))
        if truth
        else 0.0,
        "top3": float(np.mean(top3)) if truth else 0.0,
        "macro_f1": float(
            f1_score(truth, predicted, labels=labels, average="macro", zero_division=0)
        ),
        "per_team": {
            label: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
        },
        "labels": labels,
        "confusion": confusion_matrix(truth, predicted, labels=labels).tolist(),
    }
