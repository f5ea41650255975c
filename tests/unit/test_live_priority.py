"""Issue #13: the priority model is live: stored with the team model, served, learnt, judged."""

from __future__ import annotations

import numpy as np
import pytest

from backend.learning import registry
from backend.learning.gate import compare, judge
from backend.routing.corpus import Example
from backend.routing.handbook import load_handbook
from backend.routing.priority_model import priority_proba, shared_words, train_priority_model
from backend.settings import DEFAULT_MODEL_DIR

TEXTS = ["How do I set up search contexts? No rush.", "production is down for all users",
         "Cody autocomplete is slow in VS Code for one user"]


def test_one_artifact_holds_both_models_and_they_share_the_word_tfidf(trained_artifact):
    team, priority = registry.load_models(trained_artifact["artifact"])
    assert priority is not None
    registry.smoke_test(team, priority)
    # The priority model reads the team model's fitted words: one object after loading too.
    frozen = priority.named_steps["features"].transformer_list[0][1]
    assert frozen.estimator is shared_words(team)
    assert registry.load_model(trained_artifact["artifact"]) is not None


def test_a_team_only_artifact_still_loads_without_a_priority_model(trained_artifact):
    team, priority = registry.load_models(registry.dump_model(trained_artifact["pipeline"]))
    assert priority is None and list(team.classes_)


def test_the_serving_path_gives_the_pipelines_own_probabilities(trained_artifact):
    team, priority = registry.load_models(trained_artifact["artifact"])
    for text in TEXTS:
        team.predict_proba([text])  # the team model reads the words first, as when serving
        fast = priority_proba(priority, text)
        slow = priority.predict_proba([text])[0]
        assert np.allclose([fast[str(c)] for c in priority.classes_], slow)


def test_a_priority_model_with_foreign_classes_fails_the_smoke_test(trained_artifact):
    team = trained_artifact["pipeline"]
    with pytest.raises(registry.ModelLoadError, match="priority"):
        registry.smoke_test(team, team)  # team keys are not priority labels


def test_agents_priority_choices_train_the_priority_model(trained_artifact):
    handbook = load_handbook(DEFAULT_MODEL_DIR / "routing.yaml")
    team = trained_artifact["pipeline"]
    phrase = "the quarterly compliance export job has not produced a file"
    before = trained_artifact["priority"].predict([phrase])[0]
    assert before != "se/p0"
    corpus = [Example(t, "release", p) for t, p in zip(
        [f"question {n} about search contexts" for n in range(40)]
        + [f"outage {n} everyone blocked" for n in range(20)],
        ["se/p3"] * 40 + ["se/p1"] * 20, strict=True)]
    chosen = [Example(f"{phrase} ({n})", "release", "se/p0", weight=3.0, source="feedback")
              for n in range(20)]
    model = train_priority_model(handbook, corpus + chosen, team)
    assert model is not None
    assert model.predict([phrase])[0] == "se/p0"


def test_the_gate_rejects_a_candidate_whose_priority_is_worse_with_confidence():
    keys = [f"heldout {n}" for n in range(200)]
    truth = ["se/p2"] * 200
    same = compare(keys[:20], truth[:20], truth[:20], truth[:20])
    worse = compare(keys, truth, ["se/p3"] * 30 + truth[30:], truth)
    verdict = judge(None, same, worse)
    assert not verdict.promote and "priority" in verdict.reason
    assert verdict.as_dict()["priority"]["live_better"] == 30
    slightly = compare(keys, truth, ["se/p3"] * 2 + truth[2:], truth)
    assert judge(None, same, slightly).promote
    assert judge(None, same).as_dict()["priority"] is None
