"""ECE: zero for perfectly calibrated confidences, the gap when over-confident."""

from __future__ import annotations

import numpy as np
import pytest

from backend.routing.calibration_metrics import ece, ece_for_labels


def test_perfectly_calibrated_is_zero():
    # Four rows at 0.75 confidence, three right: accuracy equals confidence.
    proba = np.array([[0.75, 0.25]] * 4)
    assert ece([0, 0, 0, 1], proba) == pytest.approx(0.0)


def test_over_confidence_is_the_gap():
    proba = np.array([[0.99, 0.01]] * 2)
    assert ece([0, 1], proba) == pytest.approx(0.49)


def test_bins_are_weighted_by_size():
    proba = np.array([[0.95, 0.05], [0.95, 0.05], [0.55, 0.45], [0.55, 0.45]])
    # bin 0.9-1: accuracy 1, confidence .95 -> .05; bin 0.5-0.6: accuracy .5, conf .55 -> .05
    assert ece([0, 0, 0, 1], proba) == pytest.approx(0.05)


def test_labels_and_unknown_labels():
    proba = np.array([[0.8, 0.2], [0.8, 0.2]])
    assert ece_for_labels(["a", "b"], ["a", "zzz"], proba) == pytest.approx(0.3)


def test_shape_is_checked():
    with pytest.raises(ValueError):
        ece([0, 1, 2], np.array([[1.0, 0.0]]))
