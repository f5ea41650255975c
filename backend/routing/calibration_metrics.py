"""Calibration of shown confidences: expected calibration error (ECE) of the top choice."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

N_BINS = 10


def ece(y_true: Sequence[int] | np.ndarray, proba: np.ndarray, n_bins: int = N_BINS) -> float:
    """Expected calibration error: the gap between top-choice confidence and accuracy.

    y_true holds each row's true class as a column index of proba. Rows are put in n_bins equal
    confidence bins; the error is the bins' |accuracy - mean confidence|, weighted by their size.
    """
    proba = np.asarray(proba, dtype=float)
    truth = np.asarray(y_true, dtype=int)
    if proba.ndim != 2 or len(truth) != proba.shape[0]:
        raise ValueError("proba must be (n_samples, n_classes) with one true class per row")
    if len(truth) == 0:
        return 0.0
    confidence = proba.max(axis=1)
    correct = (proba.argmax(axis=1) == truth).astype(float)
    # Bin i holds confidences in (edges[i], edges[i+1]]; a confidence of 0 goes to the first bin.
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    bins = np.clip(np.searchsorted(edges, confidence, side="left") - 1, 0, n_bins - 1)
    total = 0.0
    for b in range(n_bins):
        in_bin = bins == b
        if in_bin.any():
            gap = abs(correct[in_bin].mean() - confidence[in_bin].mean())
            total += in_bin.mean() * gap
    return float(total)


def ece_for_labels(classes: Sequence[str], truth: Sequence[str], proba: np.ndarray) -> float:
    """ECE for string labels; a label outside classes counts as a miss at any confidence."""
    index = {str(c): i for i, c in enumerate(classes)}
    # An unknown label gets index -1, which never equals an argmax.
    return ece([index.get(str(t), -1) for t in truth], proba)
