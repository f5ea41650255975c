"""Train and score routing models from the corpus (and, for retraining, from feedback)."""

from __future__ import annotations

import platform
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
from sklearn.pipeline import Pipeline

from backend.routing.corpus import Example, data_hash, load_split, to_examples
from backend.routing.evaluation import evaluate
from backend.routing.handbook import Handbook, handbook_as_params, load_handbook
from backend.routing.pipeline import DEFAULT_PARAMS, Variant, build_pipeline
from backend.routing.priority_model import train_priority_model

Progress = Callable[[str], None]


@dataclass
class TrainedModel:
    """A fitted pipeline with what it was trained on and how it scored."""

    pipeline: Pipeline
    meta: dict[str, Any]
    scores: dict[str, Any] = field(default_factory=dict)
    priority: Pipeline | None = None  # the priority model (routing/priority_model.py)


def fit_pipeline(
    handbook: Handbook,
    examples: Sequence[Example],
    variant: Variant = "blend",
    params: dict[str, Any] | None = None,
) -> Pipeline:
    """Fit one variant on examples, honouring their weights."""
    pipeline = build_pipeline(handbook_as_params(handbook), variant, params)
    texts = [e.text for e in examples]
    teams = np.asarray([e.team for e in examples])
    if variant == "rules":
        return pipeline.fit(texts, teams)
    weights = np.asarray([e.weight for e in examples], dtype=float)
    return pipeline.fit(texts, teams, classifier__sample_weight=weights)


def routing_file(model_dir: Path) -> Path:
    """Where the handbook data lives in a model directory."""
    return model_dir / "routing.yaml"


def library_versions() -> dict[str, str]:
    """Versions recorded with every model (a model is only trusted on the same libraries)."""
    return {
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
    }


def train_default(model_dir: Path, progress: Progress | None = None) -> TrainedModel:
    """Train the default blended model on the corpus's training split; score it on held-out."""
    say = progress or (lambda _msg: None)
    handbook = load_handbook(routing_file(model_dir))
    data_dir = model_dir / "data"
    train_rows = load_split(data_dir, "train")
    heldout_rows = load_split(data_dir, "heldout")
    if not train_rows:
        raise ValueError(f"no training data under {data_dir / 'train'}")
    say(f"loaded {len(train_rows)} training and {len(heldout_rows)} held-out tickets")
    train = to_examples(train_rows)
    say("fitting the blended model (TF-IDF words + characters + keyword rules)")
    pipeline = fit_pipeline(handbook, train, "blend")
    scores: dict[str, Any] = {}
    if heldout_rows:
        say("scoring on the held-out split")
        heldout = to_examples(heldout_rows)
        scores["heldout"] = evaluate(pipeline, [e.text for e in heldout], [e.team for e in heldout])
    meta = {
        "kind": "default",
        "data_hash": data_hash(train_rows),
        "train_size": len(train_rows),
        "feedback_size": 0,
        "params": dict(DEFAULT_PARAMS),
        "libraries": library_versions(),
    }
    return TrainedModel(pipeline, meta, scores, priority=train_priority_model(handbook, train))
