"""The priority model: a second Pipeline (words + handbook rule features), floors applied after."""

from __future__ import annotations

import numpy as np
import skops.io as sio
from sklearn.utils.estimator_checks import parametrize_with_checks

from backend.routing.handbook import load_handbook
from backend.routing.priority import suggest_priority
from backend.routing.priority_model import PriorityRuleFeatures, priority_rule_params
from backend.routing.router import Ticket
from backend.settings import DEFAULT_MODEL_DIR

_HANDBOOK = load_handbook(DEFAULT_MODEL_DIR / "routing.yaml")

# As for KeywordRules: checks that assume numeric feature columns do not apply to a text reader.
NOT_APPLICABLE = {
    "check_n_features_in": "reads texts: there is no fixed number of input features",
    "check_n_features_in_after_fitting": "reads texts: there is no fixed number of input features",
    "check_transformer_general": "reads texts: no feature count to compare across calls",
    "check_fit1d": "a 1-D array of texts is this estimator's normal input",
    "check_fit2d_predict1d": "a 1-D array of texts is this estimator's normal input",
    "check_estimators_nan_inf": "NaN in a text column is just the text 'nan'",
}


@parametrize_with_checks(
    [PriorityRuleFeatures(rules=priority_rule_params(_HANDBOOK))],
    expected_failed_checks=lambda _est: NOT_APPLICABLE,
)
def test_sklearn_contract(estimator, check):
    check(estimator)


def test_init_stores_arguments_and_fit_learns_trailing_underscore_state():
    rules = priority_rule_params(_HANDBOOK)
    est = PriorityRuleFeatures(rules=rules)
    assert vars(est) == {"rules": rules}
    est.fit(["a"])
    assert all(n.endswith("_") and not n.startswith("_") for n in set(vars(est)) - {"rules"})


def test_rule_features_are_named_and_fire():
    est = PriorityRuleFeatures(rules=priority_rule_params(_HANDBOOK)).fit(["x"])
    names = list(est.get_feature_names_out())
    X = est.transform(["the whole instance is down for everyone", "no rush, just a question"])
    assert X[0, names.index("rule=outage")] == 1.0 and X[0, names.index("rule=scope_all")] == 1.0
    assert X[1, names.index("rule=not_urgent")] == 1.0 and X[1, names.index("rule=outage")] == 0.0


def test_skops_round_trip(trained_artifact):
    model = trained_artifact["priority"]
    blob = sio.dumps(model)
    loaded = sio.loads(blob, trusted=sio.get_untrusted_types(data=blob))
    texts = ["How do I set up search contexts?", "production is down for all users"]
    assert np.allclose(loaded.predict_proba(texts), model.predict_proba(texts))


def test_model_learns_priorities(trained_artifact):
    model = trained_artifact["priority"]
    assert list(model.classes_) == ["se/p0", "se/p1", "se/p2", "se/p3"]
    labels = model.predict(
        ["How do I configure a search context? Just curious.", "Feature request: export as CSV"]
    )
    assert labels[0] == "se/p3"


def test_router_priority_has_confidence_alternatives_and_reasons(router):
    result = router.suggest(
        Ticket(subject="Question", description="How do I configure saved searches? No rush.")
    )
    priority = result.priority
    assert priority["label"] == "se/p3"
    assert 0.0 < priority["confidence"] <= 1.0
    assert [a["label"] for a in priority["alternatives"]][0] == "se/p3"
    assert len(priority["alternatives"]) == 3
    assert any(r.startswith("priority model:") for r in priority["reasons"])


def test_floors_apply_after_the_model(handbook):
    # Whatever the model says, an outage for everyone is se/p0 and an outage at least se/p1.
    calm = {"se/p0": 0.01, "se/p1": 0.01, "se/p2": 0.08, "se/p3": 0.9}
    p = suggest_priority(handbook, "whole instance down, nobody can search", model_proba=calm)
    assert p.label == "se/p0" and p.alternatives[0][0] == "se/p3"
    p = suggest_priority(handbook, "we get 502 bad gateway on search", model_proba=calm)
    assert p.label == "se/p1"
    p = suggest_priority(handbook, "a question about contexts", model_proba=calm)
    assert p.label == "se/p3" and p.confidence == 0.9
