"""Model versions in the database: save with skops, load with an explicit trust list, promote."""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime
from typing import Any

import numpy as np
import skops.io as sio
from sklearn.pipeline import Pipeline
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, defer

from backend.models import ModelVersion
from backend.routing.handbook import TEAM_KEYS
from backend.routing.training import TrainedModel

log = logging.getLogger(__name__)

# Only these non-default types may be loaded from an artifact; anything else is refused.
TRUSTED_TYPES = [
    "backend.routing.rules.KeywordRules",
    "backend.routing.pipeline.CompactTfidfVectorizer",
    "backend.routing.priority_model.PriorityRuleFeatures",
    "sklearn.frozen._frozen.FrozenEstimator",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._TemperatureScaling",
    "sklearn.calibration.CalibratedClassifierCV",
    "builtins.float",
    "numpy.float32",
    "numpy.float64",
    "numpy.int64",
    "numpy.str_",
    "numpy.dtype",
]

PRIORITY_LABELS = ("se/p0", "se/p1", "se/p2", "se/p3")
SMOKE_TEXTS = [
    "helm upgrade fails on our kubernetes cluster",
    "cody autocomplete stopped working in intellij",
    "repositories are not syncing from github",
]


class ModelLoadError(RuntimeError):
    """An artifact that cannot be trusted or does not work."""


def dump_model(pipeline: Pipeline, priority: Pipeline | None = None) -> bytes:
    """Serialise a fitted team pipeline, and the priority pipeline beside it, with skops.

    Both go in one artifact (a dict), so a version's hash covers both and the priority model
    keeps sharing the team model's word TF-IDF object. Without a priority model the artifact
    is the team pipeline alone, as versions stored before it were.
    """
    if priority is None:
        return sio.dumps(pipeline)
    return sio.dumps({"team": pipeline, "priority": priority})


def load_models(artifact: bytes) -> tuple[Pipeline, Pipeline | None]:
    """Load an artifact's team and priority pipelines, refusing any type outside TRUSTED_TYPES."""
    try:
        untrusted = set(sio.get_untrusted_types(data=artifact))
    except Exception as exc:  # a corrupt zip, a truncated blob...
        raise ModelLoadError(f"artifact is not a readable skops file: {exc}") from None
    unexpected = sorted(untrusted - set(TRUSTED_TYPES))
    if unexpected:
        raise ModelLoadError(f"artifact contains untrusted types: {unexpected}")
    try:
        model = sio.loads(artifact, trusted=sorted(untrusted))
    except Exception as exc:
        raise ModelLoadError(f"artifact failed to load: {exc}") from None
    priority = None
    if isinstance(model, dict) and set(model) == {"team", "priority"}:
        model, priority = model["team"], model["priority"]
        if not isinstance(priority, Pipeline):
            raise ModelLoadError(f"priority model is a {type(priority).__name__}, not a Pipeline")
    if not isinstance(model, Pipeline):
        raise ModelLoadError(f"artifact holds a {type(model).__name__}, not a Pipeline")
    return model, priority


def load_model(artifact: bytes) -> Pipeline:
    """Load an artifact's team pipeline, refusing any type outside TRUSTED_TYPES."""
    return load_models(artifact)[0]


def smoke_test(pipeline: Pipeline, priority: Pipeline | None = None) -> None:
    """Prove a loaded model (and its priority model) answers sensibly before it serves."""
    classes = [str(c) for c in getattr(pipeline, "classes_", [])]
    if not classes or not set(classes) <= set(TEAM_KEYS):
        raise ModelLoadError(f"model classes {classes} are not team keys")
    proba = pipeline.predict_proba(SMOKE_TEXTS)
    if proba.shape != (len(SMOKE_TEXTS), len(classes)) or not np.allclose(proba.sum(axis=1), 1.0):
        raise ModelLoadError("model probabilities are malformed")
    if priority is None:
        return
    labels = [str(c) for c in getattr(priority, "classes_", [])]
    if not labels or not set(labels) <= set(PRIORITY_LABELS):
        raise ModelLoadError(f"priority model classes {labels} are not priority labels")
    proba = priority.predict_proba(SMOKE_TEXTS)
    if proba.shape != (len(SMOKE_TEXTS), len(labels)) or not np.allclose(proba.sum(axis=1), 1.0):
        raise ModelLoadError("priority probabilities are malformed")


def sha256(artifact: bytes) -> str:
    """Content hash of an artifact, checked again on every load."""
    return hashlib.sha256(artifact).hexdigest()


def register(
    session: Session,
    trained: TrainedModel,
    status: str,
    *,
    feedback_until_id: int = 0,
    note: str | None = None,
    artifact: bytes | None = None,
) -> ModelVersion:
    """Store a trained model as a new version with the given status (artifact: already dumped)."""
    if artifact is None:
        artifact = dump_model(trained.pipeline, trained.priority)
    row = ModelVersion(
        status=status,
        artifact=artifact,
        sha256=sha256(artifact),
        meta=_jsonable(trained.meta),
        scores=_jsonable(trained.scores),
        training_size=int(trained.meta.get("train_size", 0))
        + int(trained.meta.get("feedback_size", 0)),
        feedback_until_id=feedback_until_id,
        note=note,
    )
    session.add(row)
    session.flush()
    if status == "live":
        promote(session, row.id)
    return row


def promote(session: Session, version_id: int) -> None:
    """Make version_id the one live version; the previous live one is retired."""
    session.execute(
        update(ModelVersion)
        .where(ModelVersion.status == "live", ModelVersion.id != version_id)
        .values(status="retired")
    )
    session.execute(
        update(ModelVersion)
        .where(ModelVersion.id == version_id)
        .values(status="live", promoted_at=datetime.now(UTC))
    )


def live_version_id(session: Session) -> int | None:
    """The live version's number (a cheap query every worker polls: one indexed row, no blob)."""
    return (
        session.execute(
            select(ModelVersion.id)
            .where(ModelVersion.status == "live")
            .order_by(ModelVersion.id.desc())
            .limit(1)
        )
        .scalars()
        .first()
    )


def live_row(session: Session) -> ModelVersion | None:
    """The live version's row without its artifact."""
    return (
        session.execute(
            select(ModelVersion)
            .options(defer(ModelVersion.artifact))
            .where(ModelVersion.status == "live")
            .order_by(ModelVersion.id.desc())
            .limit(1)
        )
        .scalars()
        .first()
    )


def list_versions(session: Session, limit: int | None = None) -> list[ModelVersion]:
    """Versions newest first, artifacts not loaded."""
    query = (
        select(ModelVersion).options(defer(ModelVersion.artifact)).order_by(ModelVersion.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return list(session.execute(query).scalars())


def last_feedback_seen(session: Session) -> int:
    """The newest feedback id any version (live, rejected or retired) was trained with."""
    return int(session.execute(select(func.max(ModelVersion.feedback_until_id))).scalar() or 0)


def abandon_candidates(session: Session) -> int:
    """Mark candidates left by a trainer that died before judging them (call under the lock)."""
    result = session.execute(
        update(ModelVersion)
        .where(ModelVersion.status == "candidate")
        .values(status="rejected", note="abandoned: the trainer stopped before judging it")
    )
    return int(getattr(result, "rowcount", 0) or 0)


def reject(session: Session, version_id: int, scores: dict[str, Any], note: str) -> None:
    """Keep a candidate that did not earn promotion, with its scores."""
    session.execute(
        update(ModelVersion)
        .where(ModelVersion.id == version_id)
        .values(status="rejected", scores=_jsonable(scores), note=note)
    )


def summary(row: ModelVersion) -> dict[str, Any]:
    """A version as the API and `rfh model list` show it (no artifact)."""
    meta = row.meta or {}
    return {
        "version": row.id,
        "status": row.status,
        "trained_at": row.created_at.isoformat() if row.created_at else None,
        "promoted_at": row.promoted_at.isoformat() if row.promoted_at else None,
        "training_size": row.training_size,
        "corpus_size": meta.get("train_size"),
        "feedback_size": meta.get("feedback_size"),
        "feedback_until_id": row.feedback_until_id,
        "data_hash": meta.get("data_hash"),
        "kind": meta.get("kind"),
        "scores": headline_scores(row.scores or {}),
        "verdict": verdict(row.scores or {}),
        "note": row.note,
    }


def verdict(scores: dict[str, Any]) -> dict[str, Any] | None:
    """The evaluation gate's decision as stored with a retrained version (None for others)."""
    judgement = scores.get("judgement")
    return judgement if isinstance(judgement, dict) and "promote" in judgement else None


def headline_scores(scores: dict[str, Any]) -> dict[str, Any]:
    """The few numbers worth showing per evaluation set (no per-team tables or matrices)."""
    out: dict[str, Any] = {}
    for name, value in scores.items():
        if name == "judgement":
            continue  # shown whole as the version's verdict
        if isinstance(value, dict) and "top1" in value:
            out[name] = {k: value[k] for k in ("n", "top1", "top3", "macro_f1", "p_true")
                         if k in value}
        elif isinstance(value, int | float | str | bool) or value is None:
            out[name] = value
        elif isinstance(value, dict):
            out[name] = headline_scores(value)
    return out


def get_version(session: Session, version_id: int) -> ModelVersion | None:
    """One version row, artifact included."""
    return session.get(ModelVersion, version_id)


def load_version(row: ModelVersion) -> Pipeline:
    """Verify the hash, load with the trust list, smoke-test; the team pipeline."""
    return load_version_models(row)[0]


def load_version_models(row: ModelVersion) -> tuple[Pipeline, Pipeline | None]:
    """Verify the hash, load with the trust list, smoke-test; team and priority pipelines."""
    if sha256(row.artifact) != row.sha256:
        raise ModelLoadError(f"version {row.id}: artifact hash mismatch")
    pipeline, priority = load_models(row.artifact)
    smoke_test(pipeline, priority)
    return pipeline, priority


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value


class RollbackError(ValueError):
    """A version that cannot be made live (unknown, being judged, or rejected without force)."""


def rollback(session: Session, version_id: int, *, force: bool = False) -> ModelVersion:
    """Make an earlier version live again, after proving it loads and passes the smoke test."""
    row = get_version(session, version_id)
    if row is None:
        raise RollbackError(f"there is no model version {version_id}")
    if row.status == "live":
        return row
    if row.status == "candidate":
        raise RollbackError(f"version {version_id} is a candidate still being judged")
    if row.status == "rejected" and not force:
        raise RollbackError(
            f"version {version_id} was rejected by the evaluation gate "
            "(force it if you really mean to serve it)"
        )
    load_version(row)  # ModelLoadError: a version that cannot serve never goes live
    previous = live_version_id(session)
    promote(session, version_id)
    # The notes say so: a rolled-back version read "retired" like a superseded one, and the
    # version live again kept the note of its first promotion.
    day = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    if previous is not None:
        _add_note(session, previous, f"rolled back to version {version_id} on {day}")
    _add_note(session, version_id, f"live again by a rollback on {day}")
    return row


def _add_note(session: Session, version_id: int, line: str) -> None:
    row = get_version(session, version_id)
    if row is not None:
        row.note = f"{row.note}; {line}" if row.note else line
