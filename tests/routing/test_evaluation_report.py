"""`rfh evaluate`'s output: every set, team and priority figures, readable at 80 columns."""

from __future__ import annotations

import io

import numpy as np
from rich.console import Console

from backend.routing.evaluation import evaluate, priority_scores
from backend.routing.evaluation_report import render_tables
from backend.routing.handbook import TEAM_KEYS


def _fake_set(seed: int) -> dict:
    rng = np.random.default_rng(seed)
    truth = [TEAM_KEYS[i % len(TEAM_KEYS)] for i in range(40)]
    proba = rng.dirichlet(np.ones(len(TEAM_KEYS)), size=len(truth))
    scores = evaluate(truth, proba, sorted(TEAM_KEYS))
    scores["ece"] = 0.05
    prio = priority_scores(["se/p1", "se/p2", None, "se/p3"], ["se/p2", "se/p2", "se/p0", "se/p1"])
    return {"n": len(truth), "variants": {v: scores for v in ("rules", "model", "blend")},
            "priority": {"rules": prio, "model": prio, "blend": prio}}


def test_priority_scores_count_exact_and_within_one_step_and_skip_unlabelled():
    s = priority_scores(["se/p1", "se/p2", None, "se/p3"], ["se/p2", "se/p2", "se/p0", "se/p1"])
    assert s["n"] == 3
    assert s["exact"] == 1 / 3
    assert s["within_one"] == 2 / 3
    assert priority_scores([None], ["se/p0"])["exact"] is None


def test_tables_fit_80_columns_with_full_team_keys_and_every_set():
    result = {"sets": {name: _fake_set(n) for n, name in
                       enumerate(("held-out", "blind", "real-format", "real-format-2"))}}
    out = io.StringIO()
    render_tables(result, Console(file=out, width=80, color_system=None))
    text = out.getvalue()
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "…" not in text
    for key in TEAM_KEYS:
        assert f" {key} " in text, key
    for name in ("held-out", "blind", "real-format", "real-format-2"):
        assert name in text
    for heading in ("top-1", "top-3", "macro-F1", "ECE", "exact", "within 1", "model+floors"):
        assert heading in text
