"""Train and score routing models: one fitting function for the default model and retraining."""

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
from backend.routing.evaluation import score_pipeline, score_priority
from backend.routing.fit_matrix import for_fitting
from backend.routing.handbook import Handbook, handbook_as_params, load_handbook
from backend.routing.pipeline import DEFAULT_PARAMS, Variant, build_pipeline
from backend.routing.priority_model import train_priority_model
from backend.routing.serial_blas import serial_blas

Progress = Callable[[str], None]

# Past LARGE_SET examples, capping the character n-grams (the default keeps 60,000) halves the
# classifier's fitting time at the same held-out accuracy (measured at 10,000 examples: top-1
# 0.927 vs 0.923). Below it the cap costs accuracy (the corrections test lost two tickets).
# The temperature is then fitted on two folds, not three: with thousands of tickets per fold
# it is as well estimated (10,000 examples: 3.13 vs 3.09) and the folds cost a third less; it
# never reorders the teams.
# Newton-CG, as for the priority model below: on the 10,000-example retrain's matrix (100,176
# columns, ten teams) it reaches a lower loss of the same objective in less time than lbfgs (full
# fit: weighted loss 213.1 in 6 steps, 6.5 s CPU, vs 215.5 in 27 steps, 7.3 s; a half fold 3.3
# vs 5.0 s), most of lbfgs's time being L-BFGS-B's own bookkeeping over a million coefficients.
# The 10,000-example retrain, alternating runs: 60.2 and 61.2 s with lbfgs, 53.1 and 53.1 s with
# Newton-CG; the same verdict and the same held-out top-1 (0.949).
LARGE_SET = 5000
LARGE_SET_STEP_PARAMS: dict[str, Any] = {"features__chars__max_features": 30_000,
                                         "classifier__cv": 2,
                                         "classifier__estimator__solver": "newton-cg"}
# The priority model, past LARGE_SET: two calibration folds (as above), and Newton-CG instead of
# lbfgs. Its four classes over ~70,000 word columns made lbfgs crawl (153 iterations, 12 s of a
# 10,000-example retrain's 50, most of it inside L-BFGS-B's own bookkeeping); Newton-CG takes 6
# steps, 2 s, and lands nearer the optimum of the same objective (weighted loss 2914.996 vs
# lbfgs's 2917.533; the optimum, lbfgs at tol 1e-7, 2914.615). Below it the default model keeps
# lbfgs, so `rfh evaluate` is unchanged.
LARGE_SET_PRIORITY_PARAMS: dict[str, Any] = {"calibration_folds": 2, "solver": "newton-cg"}


@dataclass
class TrainedModel:
    """A fitted pipeline with what it was trained on and how it scored."""

    pipeline: Pipeline
    meta: dict[str, Any]
    scores: dict[str, Any] = field(default_factory=dict)
    priority: Pipeline | None = None  # the priority model (routing/priority_model.py)


@dataclass
class CorpusSplits:
    """The written corpus: training rows (for the data hash) and both splits as examples."""

    train_rows: list[dict[str, Any]]
    train: list[Example]
    heldout: list[Example]


def load_corpus(model_dir: Path) -> CorpusSplits:
    """The training and held-out splits under model_dir/data (training must not be empty)."""
    data_dir = model_dir / "data"
    train_rows = load_split(data_dir, "train")
    if not train_rows:
        raise ValueError(f"no training data under {data_dir / 'train'}")
    return CorpusSplits(train_rows, to_examples(train_rows),
                        to_examples(load_split(data_dir, "heldout")))


def step_params(n_examples: int) -> dict[str, Any]:
    """Pipeline settings that depend on the training set's size."""
    return dict(LARGE_SET_STEP_PARAMS) if n_examples > LARGE_SET else {}


def priority_step_params(n_examples: int) -> dict[str, Any]:
    """The priority model's settings that depend on the training set's size."""
    return dict(LARGE_SET_PRIORITY_PARAMS) if n_examples > LARGE_SET else {}


def sample_weights(
    examples: Sequence[Example], class_weight: dict[str, float] | None = None
) -> np.ndarray:
    """Each example's weight times its team's, scaled to mean 1.

    Relative weights only: C keeps the strength it was tuned for on unweighted tickets (larger
    weights would silently loosen regularisation, and slow lbfgs).
    """
    weights = np.asarray([e.weight for e in examples], dtype=float)
    if class_weight:
        weights = weights * np.asarray([class_weight.get(e.team, 1.0) for e in examples])
    return weights / weights.mean()


def fit_blend(
    handbook: Handbook, examples: Sequence[Example], *, variant: Variant = "blend",
    params: dict[str, Any] | None = None, jobs: int = 1,
    class_weight: dict[str, float] | None = None,
) -> Pipeline:
    """Fit the blended pipeline (or one of its parts alone) on weighted examples.

    class_weight: fixed per-team weights (retraining keeps the corpus's balance); without it
    the classifier balances the teams it is given. Parallel while fitting, serial to serve.
    """
    return fit_blend_features(handbook, examples, variant=variant, params=params, jobs=jobs,
                              class_weight=class_weight)[0]


@serial_blas
def fit_blend_features(
    handbook: Handbook, examples: Sequence[Example], *, variant: Variant = "blend",
    params: dict[str, Any] | None = None, jobs: int = 1,
    class_weight: dict[str, float] | None = None,
) -> tuple[Pipeline, Any]:
    """fit_blend, also returning the examples' feature rows it trained on (None for 'rules').

    The same fit as Pipeline.fit (features fitted and applied, then the classifier on them),
    done in two steps so a retrain can reuse the rows instead of computing them again.
    """
    if variant == "rules":
        pipeline = build_pipeline(handbook_as_params(handbook), variant, params)
        return pipeline.fit([e.text for e in examples], [e.team for e in examples]), None
    prepared = prepare_blend(handbook, examples, variant=variant, params=params, jobs=jobs,
                             class_weight=class_weight)
    return prepared.fit_classifier(), prepared.matrix


@dataclass
class PreparedBlend:
    """A blended pipeline whose features are fitted, with the rows its classifier will fit on."""

    pipeline: Pipeline
    matrix: Any
    teams: np.ndarray
    weights: np.ndarray

    def fit_classifier(self) -> Pipeline:
        """Fit the classifier on the rows; the pipeline is then fitted and serial to serve."""
        # Same fit, faster products (routing/fit_matrix.py); the rows kept stay a plain CSR.
        self.pipeline.named_steps["classifier"].fit(for_fitting(self.matrix), self.teams,
                                                    sample_weight=self.weights)
        self.pipeline.set_params(features__n_jobs=None, classifier__n_jobs=None)
        return self.pipeline


def prepare_blend(
    handbook: Handbook, examples: Sequence[Example], *, variant: Variant = "blend",
    params: dict[str, Any] | None = None, jobs: int = 1,
    class_weight: dict[str, float] | None = None,
) -> PreparedBlend:
    """The first step of fit_blend_features: the text features fitted and applied ('blend' or
    'model'); what needs only them (a retrain's gate) can start before the classifier is fitted.
    """
    pipeline = build_pipeline(handbook_as_params(handbook), variant, params)
    texts = [e.text for e in examples]
    teams = np.asarray([e.team for e in examples])
    pipeline.set_params(**step_params(len(examples)))
    parallel = jobs if jobs > 1 else None
    # Feature extractors run side by side and the calibration folds fit side by side; the
    # artifact must not keep n_jobs, or every prediction in a web worker would fork.
    pipeline.set_params(features__n_jobs=parallel, classifier__n_jobs=parallel)
    if class_weight:
        # Teams keep the weights the corpus gave them. Rebalancing on corpus + feedback would
        # make 40 corrections *to* a team lighten every other ticket of that team (and the
        # tickets they supersede weigh more on the team they left): measured, that moved
        # unrelated held-out tickets of both teams. (Folded into the sample weights: the
        # calibration's folds hand the classifier encoded labels a class_weight dict misses.)
        pipeline.set_params(classifier__estimator__class_weight=None)
    weights = sample_weights(examples, class_weight)
    matrix = pipeline.named_steps["features"].fit_transform(texts, teams)
    return PreparedBlend(pipeline, matrix, teams, weights)


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


def train_default(model_dir: Path, progress: Progress | None = None,
                  params: dict[str, Any] | None = None) -> TrainedModel:
    """Train the default blended model on the corpus's training split; score it on held-out
    (``params``: settings over DEFAULT_PARAMS, for a benchmark to weigh another model)."""
    say = progress or (lambda _msg: None)
    settings = {**DEFAULT_PARAMS, **(params or {})}
    handbook = load_handbook(routing_file(model_dir))
    corpus = load_corpus(model_dir)
    say(f"loaded {len(corpus.train)} training and {len(corpus.heldout)} held-out tickets")
    characters = "characters + " if settings["use_chars"] else ""
    say(f"fitting the blended model (TF-IDF words + {characters}keyword rules)")
    pipeline = fit_blend(handbook, corpus.train, params=settings)
    scores: dict[str, Any] = {}
    if corpus.heldout:
        say("scoring on the held-out split")
        scores["heldout"] = score_pipeline(pipeline, [e.text for e in corpus.heldout],
                                           [e.team for e in corpus.heldout])
    meta = {
        "kind": "default",
        "data_hash": data_hash(corpus.train_rows),
        "train_size": len(corpus.train),
        "feedback_size": 0,
        "params": settings,
        "libraries": library_versions(),
    }
    say("fitting the priority model (the same word TF-IDF + the SLA's rule features)")
    priority = train_priority_model(handbook, corpus.train, pipeline,
                                    priority_step_params(len(corpus.train)))
    if priority is not None and corpus.heldout:
        scores["heldout_priority"] = score_priority(
            priority, [e.text for e in corpus.heldout], [e.priority for e in corpus.heldout])
    return TrainedModel(pipeline, meta, scores, priority=priority)
