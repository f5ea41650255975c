"""Assemble retraining data (corpus + feedback, weighted) and fit a candidate pipeline."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline

from backend.learning.feedback import latest_per_ticket, split_stored_text
from backend.models import Feedback
from backend.routing.corpus import Example, data_hash, load_split, to_examples
from backend.routing.handbook import Handbook, handbook_as_params
from backend.routing.pipeline import DEFAULT_PARAMS, build_pipeline
from backend.routing.text import prepare_ticket
from backend.routing.training import library_versions

# An agent's correction counts this many corpus tickets when fresh, decaying toward (never
# below) one corpus ticket with this half-life: recent choices speak for the team as it is now.
FEEDBACK_WEIGHT = 3.0
HALF_LIFE_DAYS = 180.0
# One feedback ticket in HOLDOUT_BUCKETS is kept out of training to judge candidates with, up
# to MAX_JUDGED (plenty to decide on; past it, scoring would cost more than it tells).
HOLDOUT_BUCKETS = 5
MAX_JUDGED = 1000
# A corpus ticket whose nearest neighbours are mostly agents' choices of another team has been
# superseded: the team's practice moved on from what the corpus says. It is left out, so the
# model does not learn the old and the new answer for the same kind of ticket (measured: even
# down-weighted to 0.1, the contradiction cost two points of accuracy on unrelated tickets).
# A correction contradicts only the team it overrode: corrections of code-search tickets to
# data-analytics say nothing against a docs ticket that happens to read alike (measured: voting
# with every correction dropped five unrelated corpus tickets and cost a held-out ticket).
NEIGHBOURS = 10
# Past LARGE_SET examples, capping the character n-grams (the default keeps 60,000) halves the
# classifier's fitting time at the same held-out accuracy (measured at 10,000 examples: top-1
# 0.927 vs 0.923). Below it the cap costs accuracy (the corrections test lost two tickets).
LARGE_SET = 5000
LARGE_SET_STEP_PARAMS: dict[str, Any] = {"features__chars__max_features": 30_000}


def step_params(n_examples: int) -> dict[str, Any]:
    """Pipeline settings that depend on the training set's size."""
    return dict(LARGE_SET_STEP_PARAMS) if n_examples > LARGE_SET else {}


@dataclass
class LabelledSet:
    """Texts with their teams (an evaluation set)."""

    texts: list[str] = field(default_factory=list)
    teams: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.texts)


@dataclass
class TrainingSet:
    """What one retrain learns from and is judged on."""

    examples: list[Example]
    corpus_heldout: LabelledSet
    feedback_heldout: LabelledSet
    corpus_size: int  # corpus tickets trained on
    superseded: int  # corpus tickets the agents' choices contradict (left out)
    feedback_tickets: int  # distinct tickets with feedback (training and held-out)
    feedback_until_id: int
    corpus_hash: str
    class_weight: dict[str, float] = field(default_factory=dict)


def _ticket_hash(row: Feedback) -> int:
    key = f"ticket:{row.ticket_id}" if row.ticket_id is not None else f"row:{row.id}"
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")


def is_heldout(row: Feedback) -> bool:
    """Deterministic by ticket id: a ticket's feedback is always on the same side of the split."""
    return _ticket_hash(row) % HOLDOUT_BUCKETS == 0


def feedback_weight(created_at: datetime | None, now: datetime) -> float:
    """Above a corpus ticket (1.0) always; fresh choices up to FEEDBACK_WEIGHT."""
    if created_at is None:
        return 1.0 + (FEEDBACK_WEIGHT - 1.0) * 0.5
    stamp = created_at if created_at.tzinfo else created_at.replace(tzinfo=UTC)
    age_days = max(0.0, (now - stamp).total_seconds() / 86400.0)
    return 1.0 + (FEEDBACK_WEIGHT - 1.0) * 0.5 ** (age_days / HALF_LIFE_DAYS)


def feedback_text(row: Feedback) -> str:
    """The model input for a stored feedback row (same preparation as a live ticket)."""
    tags, body = split_stored_text(row.text or "")
    return prepare_ticket(row.subject or "", body, (), tags)


def superseded(
    corpus: Sequence[Example], feedback: Sequence[Example], k: int = NEIGHBOURS
) -> np.ndarray:
    """Mask of corpus examples that feedback contradicts (a weighted k-nearest-neighbour vote)."""
    mask = np.zeros(len(corpus), dtype=bool)
    if not feedback or not corpus:
        return mask
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", dtype=np.float32)
    matrix = vectorizer.fit_transform([e.text for e in corpus] + [e.text for e in feedback])
    c_rows, f_rows = matrix[: len(corpus)], matrix[len(corpus) :]
    labels = np.asarray([e.team for e in corpus] + [e.team for e in feedback])
    from_feedback = np.arange(len(labels)) >= len(corpus)
    shown = [None] * len(corpus) + [e.suggested for e in feedback]
    for start in range(0, len(corpus), 256):  # blocks keep memory flat with 10k feedback rows
        block = c_rows[start : start + 256]
        sims = np.hstack([(block @ c_rows.T).toarray(), (block @ f_rows.T).toarray()])
        for offset, row in enumerate(sims):
            i = start + offset
            row[i] = 0.0  # not its own neighbour
            top = np.argpartition(-row, min(k, len(row) - 1))[:k]
            votes: dict[str, float] = {}
            fed: dict[str, float] = {}
            for j in top:
                vote = float(row[j])
                votes[labels[j]] = votes.get(labels[j], 0.0) + vote
                # A choice speaks against the team it was shown (or any, when that is unknown).
                if from_feedback[j] and shown[j] in (None, corpus[i].team):
                    fed[labels[j]] = fed.get(labels[j], 0.0) + vote
            if not votes:
                continue
            winner = max(votes, key=lambda team: votes[team])
            if winner != corpus[i].team and fed.get(winner, 0.0) > 0.5 * votes[winner]:
                mask[i] = True
    return mask


def corpus_class_weight(corpus: Sequence[Example]) -> dict[str, float]:
    """Per-team weights that balance the written corpus (scikit-learn's 'balanced' formula)."""
    counts: dict[str, int] = {}
    for example in corpus:
        counts[example.team] = counts.get(example.team, 0) + 1
    return {team: len(corpus) / (len(counts) * n) for team, n in counts.items()}


def build_training_set(
    model_dir: Path, rows: Sequence[Feedback], now: datetime | None = None
) -> TrainingSet:
    """Corpus training split plus every ticket's latest feedback, minus the held-out slice."""
    now = now or datetime.now(UTC)
    data_dir = model_dir / "data"
    train_rows = load_split(data_dir, "train")
    if not train_rows:
        raise ValueError(f"no training data under {data_dir / 'train'}")
    heldout_examples = to_examples(load_split(data_dir, "heldout"))
    corpus = to_examples(train_rows)
    feedback_heldout = LabelledSet()
    feedback: list[Example] = []
    latest = latest_per_ticket(rows)
    held = sorted((r for r in latest if is_heldout(r)), key=_ticket_hash)[:MAX_JUDGED]
    judged = {id(r) for r in held}
    for row in latest:
        text = feedback_text(row)
        if id(row) in judged:
            feedback_heldout.texts.append(text)
            feedback_heldout.teams.append(row.team)
        else:
            feedback.append(Example(text, row.team, row.priority,
                                    feedback_weight(row.created_at, now), row.source,
                                    row.suggested_team))
    stale = superseded(corpus, feedback)
    class_weight = corpus_class_weight(corpus)  # before superseded tickets leave
    corpus = [e for e, old in zip(corpus, stale, strict=True) if not old]
    return TrainingSet(
        examples=corpus + feedback,
        superseded=int(stale.sum()),
        corpus_heldout=LabelledSet([e.text for e in heldout_examples],
                                   [e.team for e in heldout_examples]),
        feedback_heldout=feedback_heldout,
        corpus_size=len(corpus),
        feedback_tickets=len(latest),
        feedback_until_id=max((r.id for r in rows), default=0),
        corpus_hash=data_hash(train_rows),
        class_weight=class_weight,
    )


def fit_candidate(
    handbook: Handbook, examples: Sequence[Example], *, jobs: int = 1,
    params: dict[str, Any] | None = None, class_weight: dict[str, float] | None = None,
) -> Pipeline:
    """Fit the blended pipeline on weighted examples; parallel while fitting, serial to serve."""
    pipeline = build_pipeline(handbook_as_params(handbook), "blend", params)
    pipeline.set_params(**step_params(len(examples)))
    parallel = jobs if jobs > 1 else None
    # Feature extractors run side by side and the calibration folds fit side by side; the
    # artifact must not keep n_jobs, or every prediction in a web worker would fork.
    pipeline.set_params(features__n_jobs=parallel, classifier__n_jobs=parallel)
    texts = [e.text for e in examples]
    teams = np.asarray([e.team for e in examples])
    weights = np.asarray([e.weight for e in examples], dtype=float)
    if class_weight:
        # Teams keep the weights the corpus gave them. Rebalancing on corpus + feedback would
        # make 40 corrections *to* a team lighten every other ticket of that team (and the
        # tickets they supersede weigh more on the team they left): measured, that moved
        # unrelated held-out tickets of both teams. (Folded into the sample weights: the
        # calibration's folds hand the classifier encoded labels a class_weight dict misses.)
        pipeline.set_params(classifier__estimator__class_weight=None)
        weights = weights * np.asarray([class_weight.get(e.team, 1.0) for e in examples])
    # Relative weights only: scaled to mean 1, so C keeps the strength it was tuned for on
    # unweighted tickets (larger weights would silently loosen regularisation, and slow lbfgs).
    weights = weights / weights.mean()
    pipeline.fit(texts, teams, classifier__sample_weight=weights)
    pipeline.set_params(features__n_jobs=None, classifier__n_jobs=None)
    return pipeline


def candidate_meta(training: TrainingSet, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """What a retrained version records about its data and libraries."""
    sources: dict[str, int] = {}
    for example in training.examples:
        if example.source != "corpus":
            sources[example.source] = sources.get(example.source, 0) + 1
    return {
        "kind": "retrain",
        "data_hash": training.corpus_hash,
        "train_size": training.corpus_size,
        "feedback_size": sum(sources.values()),
        "feedback_sources": sources,
        "feedback_tickets": training.feedback_tickets,
        "feedback_heldout": len(training.feedback_heldout),
        "corpus_superseded": training.superseded,
        "feedback_weight": FEEDBACK_WEIGHT,
        "half_life_days": HALF_LIFE_DAYS,
        "params": {**DEFAULT_PARAMS, **(params or {}), **step_params(len(training.examples))},
        "libraries": library_versions(),
    }
