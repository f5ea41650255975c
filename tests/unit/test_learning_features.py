"""A retrain computes its training rows once: the same fits as from the texts, the same rows."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from backend.learning.crossval import FeatureRows
from backend.routing.corpus import Example, load_split, to_examples
from backend.routing.handbook import Handbook, load_handbook
from backend.routing.priority_model import train_priority_model
from backend.routing.training import fit_blend_features, routing_file
from backend.settings import DEFAULT_MODEL_DIR


@pytest.fixture(scope="module")
def fitted() -> tuple[Handbook, list[Example], Any, Any]:
    handbook = load_handbook(routing_file(DEFAULT_MODEL_DIR))
    examples = to_examples(load_split(DEFAULT_MODEL_DIR / "data", "train")[::6])
    team, matrix = fit_blend_features(handbook, examples)
    return handbook, examples, team, matrix


def test_fitting_in_two_steps_is_the_pipelines_fit_and_returns_its_rows(fitted):
    handbook, examples, pipeline, matrix = fitted
    texts = [e.text for e in examples]
    reference = fit_blend_features(handbook, examples)[0]
    reference.fit(texts, [e.team for e in examples])  # sklearn's own Pipeline.fit, same recipe
    assert matrix.shape[0] == len(examples)
    assert (abs(matrix - pipeline.named_steps["features"].transform(texts)) > 1e-6).nnz == 0
    np.testing.assert_allclose(pipeline.predict_proba(texts[:20]),
                               reference.predict_proba(texts[:20]), rtol=1e-4, atol=1e-6)


def test_feature_rows_copy_known_texts_and_transform_only_the_others(fitted):
    _handbook, examples, pipeline, matrix = fitted
    texts = [e.text for e in examples]
    features = pipeline.named_steps["features"]
    calls: list[int] = []

    class Counting:
        def transform(self, batch: list[str]) -> Any:
            calls.append(len(batch))
            return features.transform(batch)

    rows = FeatureRows(Counting(), texts, matrix)
    unseen = ["the batch change preview never finishes", "cody chat is blank in the ide"]
    asked = [texts[3], unseen[0], texts[0], unseen[1], texts[3]]
    got = rows(asked)
    assert calls == [2]  # only the two new texts were transformed
    expected = features.transform(asked)
    assert got.shape == expected.shape
    assert (abs(got - expected) > 1e-6).nnz == 0


def test_the_priority_model_from_the_team_rows_is_the_one_fitted_from_the_texts(fitted):
    handbook, examples, team, matrix = fitted
    texts = [e.text for e in examples]
    reused = train_priority_model(handbook, examples, team, team_rows=matrix)
    direct = train_priority_model(handbook, examples, team)
    assert reused is not None and direct is not None
    np.testing.assert_allclose(reused.predict_proba(texts[:30]), direct.predict_proba(texts[:30]),
                               rtol=1e-5, atol=1e-7)
