"""KeywordRules honours the scikit-learn estimator contract and survives skops round-trips."""

from __future__ import annotations

import numpy as np
import skops.io as sio
from sklearn.utils.estimator_checks import parametrize_with_checks

from backend.learning.registry import TRUSTED_TYPES, load_model
from backend.routing.handbook import handbook_as_params, load_handbook
from backend.routing.rules import KeywordRules
from backend.settings import DEFAULT_MODEL_DIR

_HANDBOOK = load_handbook(DEFAULT_MODEL_DIR / "routing.yaml")


# Checks that assume numeric feature columns do not apply to an estimator that reads texts
# (scikit-learn's own text vectorizers are exempt from them for the same reasons).
NOT_APPLICABLE = {
    "check_n_features_in": "reads texts: there is no fixed number of input features",
    "check_n_features_in_after_fitting": "reads texts: there is no fixed number of input features",
    "check_transformer_general": "reads texts: no feature count to compare across calls",
    "check_fit1d": "a 1-D array of texts is this estimator's normal input",
    "check_fit2d_predict1d": "a 1-D array of texts is this estimator's normal input",
    "check_classifiers_train": "keyword rules learn nothing from random numeric features",
    "check_estimators_nan_inf": "NaN in a text column is just the text 'nan'",
}


@parametrize_with_checks(
    [KeywordRules(routing=handbook_as_params(_HANDBOOK))],
    expected_failed_checks=lambda _est: NOT_APPLICABLE,
)
def test_sklearn_contract(estimator, check):
    check(estimator)


def test_init_only_stores_its_arguments():
    routing = handbook_as_params(_HANDBOOK)
    fresh = KeywordRules(routing=routing, temperature=2.0)
    assert vars(fresh) == {"routing": routing, "temperature": 2.0}
    assert fresh.get_params() == {"routing": routing, "temperature": 2.0}


def test_fit_returns_self_and_learns_only_trailing_underscore_state():
    fresh = KeywordRules(routing=handbook_as_params(_HANDBOOK))
    before = set(vars(fresh))
    assert fresh.fit(["a", "b"], ["cody", "docs"]) is fresh
    learned = set(vars(fresh)) - before
    # The scikit-learn contract: what fit learns ends with "_" and is public (no private state
    # that clone/get_params cannot see and check_is_fitted cannot find).
    assert learned
    assert all(n.endswith("_") and not n.startswith("_") for n in learned), sorted(learned)


def test_transform_emits_named_features(rules):
    X = rules.transform(["helm chart on our kubernetes cluster", "cody autocomplete"])
    names = list(rules.get_feature_names_out())
    assert X.shape == (2, len(names))
    assert X[0, names.index("team=release")] > 0
    assert X[1, names.index("team=cody")] > 0
    assert X[0, names.index("deployment=self_hosted")] == 1.0


def test_predict_falls_back_to_most_common_class():
    est = KeywordRules(routing=handbook_as_params(_HANDBOOK)).fit(
        ["x", "y", "z"], ["docs", "docs", "cody"]
    )
    assert est.predict(["nothing the handbook knows"])[0] == "docs"


def test_skops_round_trip_with_trust_list(rules):
    blob = sio.dumps(rules)
    assert set(sio.get_untrusted_types(data=blob)) <= set(TRUSTED_TYPES)
    loaded = sio.loads(blob, trusted=sio.get_untrusted_types(data=blob))
    texts = ["gitserver clone failures", "docs.sourcegraph.com is down"]
    assert np.allclose(loaded.transform(texts), rules.transform(texts))


def test_blended_pipeline_loads_only_with_trusted_types(trained_artifact):
    model = load_model(trained_artifact["artifact"])
    assert list(model.classes_) == list(trained_artifact["pipeline"].classes_)


def test_alert_token_pattern_finds_the_same_tokens_and_starts_only_at_token_starts():
    """The alert-name scan must stay linear on one long run of letters (it was quadratic)."""
    from backend.routing.rules import _ALERT_TOKEN

    text = "warning_gitserver_disk_space_remaining fired; also zoekt_index_size and foo"
    assert [m.group(0) for m in _ALERT_TOKEN.finditer(text)] == [
        "warning_gitserver_disk_space_remaining", "zoekt_index_size"]
    # Inside a run no match may start: the lookbehind refuses every position but the first.
    assert _ALERT_TOKEN.match("a" * 50 + "_b", 10) is None
