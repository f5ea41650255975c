"""The priority model: TF-IDF words and the handbook's priority rule features, calibrated.

A second Pipeline beside the team model, trained on the corpus's `priority` field and agents'
priority choices, stored in the same model version. Its words are the team model's fitted word
TF-IDF (frozen, the same object): serving a ticket computes them once for both models. The
rules' floors (an outage is never below se/p1; an outage for everyone is se/p0) are applied
after it, in `backend.routing.priority`, because the SLA states them whatever the words say.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.frozen import FrozenEstimator
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.utils import Tags
from sklearn.utils.validation import check_is_fitted

from backend.routing.corpus import Example
from backend.routing.fit_matrix import for_fitting
from backend.routing.handbook import Handbook
from backend.routing.matching import TextView, contains_any
from backend.routing.pipeline import SEED
from backend.routing.rules import _as_texts, require_fitted
from backend.routing.serial_blas import serial_blas
from backend.routing.text import tags_in

# Chosen by 5-fold cross-validation on the training split only (with round 4; the word TF-IDF
# fitted once, as it uses no labels), macro-F1 / exact / within one step over se/p0..se/p3:
# C=5, rules 1.0: 0.643 / 0.711 / 0.967; C=10, rules 0.5: 0.652 / 0.717 / 0.974; C=20, rules 0.5:
# 0.653 / 0.721 / 0.977 (before round 4: C=1 rules 0.5 beat rules 1.0; C=10 beat C=3). C=10 is
# within noise of C=20 and regularises more for text unlike the corpus.
PRIORITY_PARAMS: dict[str, Any] = {"C": 10.0, "rules_weight": 0.5}

# Rule-feature groups read from routing.yaml: (feature name, where its phrases live).
_RULE_GROUPS = (
    "outage",
    "scope_all",
    "scope_some",
    "data_loss",
    "workaround",
    "question",
    "feature_request",
    "not_urgent",
)
_CONTEXT_GROUPS = ("sales_phrases", "renewal_risk_phrases", "deadline_phrases")


def priority_rule_params(handbook: Handbook) -> dict[str, Any]:
    """The handbook's priority phrases as plain data for PriorityRuleFeatures."""
    rules = handbook.priority_rules.model_dump()
    ctx = handbook.priority_context
    return {
        "levels": [list(level.phrases) for level in handbook.priorities.levels],
        "groups": {name: list(rules[name]) for name in _RULE_GROUPS},
        "context": {name: list(getattr(ctx, name)) for name in _CONTEXT_GROUPS},
        "sales_tags": list(ctx.sales_tags),
        "beta": list(handbook.beta_phrases),
    }


class PriorityRuleFeatures(TransformerMixin, BaseEstimator):
    """One feature per severity level's phrases, per rule group, per context bump, plus length."""

    def __init__(self, rules: dict[str, Any] | None = None) -> None:
        self.rules = rules

    def __sklearn_tags__(self) -> Tags:
        """Texts in (a 2-D array's rows are read as texts, so the common checks can run)."""
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.target_tags.required = False
        return tags

    def fit(self, X: Any, y: Any = None) -> PriorityRuleFeatures:
        """Name the features (nothing else is learned: the phrases are the handbook's)."""
        _as_texts(X)
        rules = self.rules or {}
        names = [f"level={i}" for i in range(len(rules.get("levels", [])))]
        names += [f"rule={g}" for g in rules.get("groups", {})]
        names += [f"context={c}" for c in rules.get("context", {})]
        self.feature_names_ = np.asarray([*names, "context=sales_tag", "beta", "log_words"])
        self.n_features_in_ = 1
        return self

    def transform(self, X: Any) -> np.ndarray:
        """0/1 per phrase group found in each text, and log(1 + words) / 10."""
        check_is_fitted(self, "feature_names_")
        texts = _as_texts(X)
        out = np.zeros((len(texts), len(self.feature_names_)), dtype=np.float64)
        for row, text in enumerate(texts):
            self._fill(out[row], TextView(text))
        return out

    def single_row(self, text: str, view: TextView) -> tuple[np.ndarray, None]:
        """One text's feature row, read from the view the router built (the fast path's pass)."""
        require_fitted(self, "feature_names_")
        row = np.zeros(len(self.feature_names_), dtype=np.float64)
        self._fill(row, view)
        return row, None

    def _fill(self, row: np.ndarray, view: TextView) -> None:
        rules = self.rules or {}
        phrase_lists = [
            *rules.get("levels", []),
            *rules.get("groups", {}).values(),
            *rules.get("context", {}).values(),
        ]
        sales_tags = {t.lower() for t in rules.get("sales_tags", [])}
        for col, phrases in enumerate(phrase_lists):
            if contains_any(view, phrases):
                row[col] = 1.0
        row[-3] = 1.0 if tags_in(view.lower) & sales_tags else 0.0
        row[-2] = 1.0 if contains_any(view, rules.get("beta", [])) else 0.0
        row[-1] = math.log1p(len(view.words)) / 10.0

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """Names of the emitted features."""
        check_is_fitted(self, "feature_names_")
        return np.asarray(self.feature_names_, dtype=object)


def shared_words(team: Pipeline) -> TfidfVectorizer | None:
    """The team pipeline's fitted word TF-IDF (None for the rules-only variant)."""
    union = team.named_steps.get("features")
    for name, part in getattr(union, "transformer_list", []):
        if name == "words" and isinstance(part, TfidfVectorizer):
            return part
    return None


def build_priority_pipeline(
    handbook: Handbook, words: TfidfVectorizer, params: dict[str, Any] | None = None
) -> Pipeline:
    """A priority pipeline over the team model's fitted words (frozen) and the rule features."""
    p = {**PRIORITY_PARAMS, **(params or {})}
    features = FeatureUnion(
        [
            ("words", FrozenEstimator(words)),
            ("rules", PriorityRuleFeatures(rules=priority_rule_params(handbook))),
        ],
        transformer_weights={"words": 1.0, "rules": float(p["rules_weight"])},
    )
    base = LogisticRegression(
        C=float(p["C"]), max_iter=3000, class_weight="balanced", random_state=SEED,
        solver=str(p.get("solver", "lbfgs")),  # newton-cg for large sets (routing.training)
    )
    folds = int(p.get("calibration_folds", 3))  # 2 for large sets (routing.training)
    classifier = CalibratedClassifierCV(base, method="temperature", cv=folds, ensemble=False)
    return Pipeline([("features", features), ("classifier", classifier)])


@serial_blas
def train_priority_model(
    handbook: Handbook, examples: Sequence[Example], team: Pipeline,
    params: dict[str, Any] | None = None, team_rows: Any = None,
) -> Pipeline | None:
    """Fit the priority pipeline on the examples that carry a priority (None when too few).

    Examples keep their weights (an agent's fresh choice counts more than a corpus ticket).
    team_rows: the team pipeline's feature rows of the examples, when kept (its first columns
    are the shared words, so they are not computed again).
    """
    words = shared_words(team)
    chosen = [n for n, e in enumerate(examples) if e.priority]
    labelled = [examples[n] for n in chosen]
    labels = {e.priority for e in labelled}
    if words is None or len(labelled) < 30 or len(labels) < 2:
        return None
    pipeline = build_priority_pipeline(handbook, words, params)
    weights = np.asarray([e.weight for e in labelled], dtype=float)
    texts = [e.text for e in labelled]
    targets = [str(e.priority) for e in labelled]
    if team_rows is None:
        return pipeline.fit(texts, targets, classifier__sample_weight=weights / weights.mean())
    union: FeatureUnion = pipeline.named_steps["features"]
    union.fit(texts)  # nothing to learn: the words are frozen, the rules are the handbook's
    scale = union.transformer_weights or {}
    rules = union.transformer_list[1][1].transform(texts) * float(scale.get("rules", 1.0))
    team_scale = team.named_steps["features"].transformer_weights or {}
    word_rows = (sp.csr_matrix(team_rows)[chosen][:, : len(words.vocabulary_)]
                 / float(team_scale.get("words", 1.0)))
    # What FeatureUnion.transform computes, with the words' block taken from the team's rows.
    matrix = sp.hstack([word_rows * float(scale.get("words", 1.0)), sp.csr_matrix(rules)]).tocsr()
    pipeline.named_steps["classifier"].fit(for_fitting(matrix), targets,
                                           sample_weight=weights / weights.mean())
    return pipeline


def priority_proba(priority: Pipeline, text: str) -> dict[str, float]:
    """The priority model's probability per label for one text (the serving path).

    The same numbers as priority.predict_proba([text]), without the FeatureUnion's and the
    Pipeline's per-call overhead (measured 2.5 ms of 3.9); the words come from the vectorizer's
    memo when the team model has just read the same text.
    """
    union = priority.named_steps["features"]
    weights = union.transformer_weights or {}
    data: list[np.ndarray] = []
    columns: list[np.ndarray] = []
    width = 0
    for name, part in union.transformer_list:
        block = part.transform([text])
        weight = float(weights.get(name, 1.0))
        # One row: its non-zeros, shifted past the blocks before it (sp.hstack costs ~1 ms here).
        if sp.issparse(block):
            block = block.tocsr()
            values, cols = block.data, block.indices
        else:
            dense = np.asarray(block, dtype=np.float64)[0]
            cols = np.flatnonzero(dense)
            values = dense[cols]
        data.append(np.asarray(values, dtype=np.float64) * weight)
        columns.append(cols.astype(np.int64) + width)
        width += block.shape[1]
    values = np.concatenate(data)
    row = sp.csr_matrix((values, np.concatenate(columns), [0, len(values)]), shape=(1, width))
    proba = _calibrated_proba(priority.named_steps["classifier"], row)
    return {str(c): float(p) for c, p in zip(priority.classes_, proba, strict=True)}


def _calibrated_proba(classifier: CalibratedClassifierCV, row: sp.csr_matrix) -> np.ndarray:
    """One row's temperature-scaled probabilities, as classifier.predict_proba computes them.

    The linear scores are one sparse product; sklearn's per-call input validation (twice, in
    the calibrator and the logistic regression) cost as much as the whole team classifier.
    Any other calibration falls back to predict_proba.
    """
    calibrated = classifier.calibrated_classifiers_
    simple = len(calibrated) == 1 and calibrated[0].method == "temperature"
    if not simple or len(classifier.classes_) < 3:
        return np.asarray(classifier.predict_proba(row)[0])
    estimator = calibrated[0].estimator
    scores = np.asarray(row @ estimator.coef_.T) + estimator.intercept_
    proba = np.asarray(calibrated[0].calibrators[0].predict(scores), dtype=np.float64)
    proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
    return proba[0]
