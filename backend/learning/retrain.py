"""One retrain: fit a candidate, judge it against the live model, promote or reject it.

Crash safety: nothing is written while training; the candidate is then stored as 'candidate'
in one transaction and promoted (or rejected) in another, so a trainer killed at any moment
leaves either no row or a 'candidate' row that is never served (the next retrain marks it
abandoned). Only one retrain runs at a time across every instance (locks.exclusive).
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import update

from backend.db import db
from backend.learning import registry
from backend.learning.bursts import bursts
from backend.learning.crossval import FeatureRows, cross_validate
from backend.learning.feedback import feedback_up_to, max_feedback_id
from backend.learning.gate import Verdict, compare, judge
from backend.learning.locks import exclusive
from backend.learning.trainer import LabelledSet, build_training_set, candidate_meta
from backend.models import RetrainRequest
from backend.routing.evaluation import evaluate, priority_scores
from backend.routing.handbook import load_handbook
from backend.routing.priority_model import train_priority_model
from backend.routing.serial_blas import one_blas_thread
from backend.routing.training import (
    TrainedModel,
    prepare_blend,
    priority_step_params,
    routing_file,
)
from backend.settings import Settings

log = logging.getLogger(__name__)
Progress = Callable[[str], None]
LOCK_NAME = "model-retrain"


@dataclass
class RetrainResult:
    """How a retrain ended: promoted, rejected, or busy (another instance is training)."""

    status: str
    version: int | None = None
    verdict: Verdict | None = None
    scores: dict[str, Any] = field(default_factory=dict)
    live_scores: dict[str, Any] | None = None
    seconds: float = 0.0
    message: str = ""


def answers_on(pipeline: Any, data: LabelledSet,
               jobs: int = 1) -> tuple[dict[str, Any], list[str], list[float]]:
    """Scores on a labelled set, the top-1 answer and the right team's probability per ticket."""
    if jobs > 1:
        pipeline.set_params(features__n_jobs=jobs)
    try:
        proba = pipeline.predict_proba(data.texts)
    finally:
        pipeline.set_params(features__n_jobs=None)
    classes = [str(c) for c in pipeline.classes_]
    index = {c: n for n, c in enumerate(classes)}
    right = [float(proba[n, index[t]]) if t in index else 0.0 for n, t in enumerate(data.teams)]
    return (evaluate(data.teams, proba, classes), [classes[i] for i in proba.argmax(axis=1)],
            right)


def retrain(
    settings: Settings, *, lock_dir: Path | None = None, progress: Progress | None = None,
    request_ids: Sequence[int] = (), reason: str = "manual", allow_bursts: bool = False,
) -> RetrainResult:
    """Run one retrain now if no other instance is; requests named are marked with the outcome."""
    say = progress or (lambda _m: None)
    assert db.engine is not None, "database not bound"
    with exclusive(db.engine, LOCK_NAME, lock_dir) as got:
        if not got:
            return RetrainResult("busy", message="another retrain is running")
        claimed = _claim(request_ids)
        try:
            # One BLAS thread for the whole retrain, the gate's fold fits included
            # (routing/serial_blas.py says why; under load L-BFGS-B took 6x the CPU with two).
            with one_blas_thread():
                result = _retrain_locked(settings, say, reason, allow_bursts)
        except Exception as exc:
            _finish(claimed, "failed", None, f"{type(exc).__name__}: {exc}"[:500])
            raise
        _finish(claimed, result.status, result.version, result.message)
        return result


def _retrain_locked(settings: Settings, say: Progress, reason: str,
                    allow_bursts: bool = False) -> RetrainResult:
    started = time.perf_counter()
    with db.transaction() as session:
        abandoned = registry.abandon_candidates(session)
        if abandoned:
            say(f"marked {abandoned} abandoned candidate(s) rejected")
        until = max_feedback_id(session)
        rows = feedback_up_to(session, until)
        live = registry.live_row(session)
        live_id = live.id if live else None
        live_until = live.feedback_until_id if live else 0
    training = build_training_set(settings.model_dir, rows, live_until_id=live_until)
    say(f"training on {len(training.examples)} examples: {training.corpus_size} corpus tickets "
        f"({training.superseded} more superseded by feedback) and "
        f"{training.feedback_tickets} feedback tickets")
    handbook = load_handbook(routing_file(settings.model_dir))
    prepared = prepare_blend(handbook, training.examples, jobs=settings.retrain_jobs,
                             class_weight=training.class_weight)
    pipeline, matrix = prepared.pipeline, prepared.matrix
    live_pipeline, live_priority = _load_live(live_id, say)
    known_rows = FeatureRows(pipeline.named_steps["features"],
                             [e.text for e in training.examples], matrix)
    # The team classifier here; beside it, in a second thread, the priority model and the
    # gate's fold fits, which need only the fitted features. The fits spend their time in
    # sparse products, which release the GIL: 10,000 examples, team and priority fits 14.4 s
    # one after the other, 9.7 s side by side. Each fit is the same as alone (one BLAS thread).
    # Python's warning filters are one list for the process, and scikit-learn swaps them
    # (catch_warnings) in both threads: this block puts the list back once both are done.
    with warnings.catch_warnings(), ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="retrain-beside") as beside:
        # Agents' priority choices (every feedback row has one) train the priority model too.
        priority_fit = beside.submit(
            train_priority_model, handbook, training.examples, pipeline,
            priority_step_params(len(training.examples)), matrix)
        folds = beside.submit(cross_validate, pipeline, training, live_pipeline, say,
                              known_rows)
        try:
            prepared.fit_classifier()
            priority, answers = priority_fit.result(), folds.result()
        except BaseException:
            beside.shutdown(cancel_futures=True)  # a failed retrain does not judge on
            raise
    say(f"fitted the candidate and its folds in {time.perf_counter() - started:.1f} s; "
        "judging it")
    feedback = (compare(answers.keys, answers.truth, answers.candidate, answers.live)
                if answers else None)
    heldout = training.corpus_heldout
    keys = [f"heldout {n}" for n in range(len(heldout))]
    scores: dict[str, Any] = {}
    scores["corpus_heldout"], cand_answers, cand_conf = answers_on(pipeline, heldout,
                                                                   settings.retrain_jobs)
    live_scores: dict[str, Any] | None = None
    corpus = None
    if live_pipeline is not None:
        live_heldout, live_answers, live_conf = answers_on(live_pipeline, heldout,
                                                           settings.retrain_jobs)
        live_scores = {"corpus_heldout": live_heldout}
        corpus = compare(keys, heldout.teams, cand_answers, live_answers, (cand_conf, live_conf))
    if feedback is not None:
        scores["feedback_cv"] = {"n": feedback.n, "top1": feedback.candidate_top1}
        assert live_scores is not None
        live_scores["feedback_cv"] = {"n": feedback.n, "top1": feedback.live_top1}
    priority_check = None
    if priority is not None:
        scores["corpus_heldout_priority"], cand_p = priority_answers(priority, heldout)
        if live_priority is not None:
            live_p = priority_answers(live_priority, heldout)[1]
            labelled = [n for n, p in enumerate(heldout.priorities) if p]
            priority_check = compare([keys[n] for n in labelled],
                                     [str(heldout.priorities[n]) for n in labelled],
                                     [cand_p[n] for n in labelled], [live_p[n] for n in labelled])
    verdict = judge(feedback, corpus, priority_check)
    runs = bursts(rows, live_until)
    if verdict.promote and runs and not allow_bursts:
        verdict = Verdict(False, (
            "held back: " + "; ".join(b.describe() for b in runs) + ", faster than anyone "
            "reads tickets; check them (rfh feedback agents), exclude them (rfh feedback "
            "exclude) or promote anyway (rfh retrain --allow-bursts)"),
            verdict.feedback, verdict.corpus, verdict.priority)
    scores["judgement"] = {**verdict.as_dict(), "live_version": live_id, "trigger": reason}
    if live_scores is not None:
        scores["live_on_same_data"] = live_scores
    artifact = registry.dump_model(pipeline, priority)
    registry.smoke_test(*registry.load_models(artifact))  # prove it round-trips before storing
    trained = TrainedModel(pipeline, candidate_meta(training), scores, priority=priority)
    with db.transaction() as session:
        row = registry.register(session, trained, "candidate", artifact=artifact,
                                feedback_until_id=training.feedback_until_id,
                                note=f"retrain ({reason})")
        version = row.id
    status = "promoted" if verdict.promote else "rejected"
    with db.transaction() as session:
        if verdict.promote:
            registry.promote(session, version)
        else:
            registry.reject(session, version, scores, f"rejected: {verdict.reason}")
    seconds = time.perf_counter() - started
    say(f"version {version} {status}: {verdict.reason} ({seconds:.1f} s)")
    log.info("retrain finished: version %s %s (%s)", version, status, verdict.reason)
    return RetrainResult(status, version, verdict, scores, live_scores, seconds, verdict.reason)


def priority_answers(priority: Any, data: LabelledSet) -> tuple[dict[str, Any], list[str]]:
    """A priority model's scores on a labelled set and its answer per ticket (before floors)."""
    proba = priority.predict_proba(data.texts)
    classes = [str(c) for c in priority.classes_]
    answers = [classes[i] for i in proba.argmax(axis=1)]
    return priority_scores(data.priorities, answers, proba, classes), answers


def _load_live(live_id: int | None, say: Progress) -> tuple[Any, Any]:
    """The live model's team and priority pipelines (None when absent or unloadable)."""
    if live_id is None:
        return None, None
    with db.transaction() as session:
        row = registry.get_version(session, live_id)
        try:
            return registry.load_version_models(row) if row is not None else (None, None)
        except registry.ModelLoadError as exc:
            say(f"live version {live_id} does not load ({exc}); judging the candidate alone")
            return None, None


def _claim(request_ids: Sequence[int]) -> list[int]:
    """Mark requests running (under the lock); any other 'running' one was left by a dead worker."""
    now = datetime.now(UTC)
    claimed: list[int] = []
    with db.transaction() as session:
        session.execute(
            update(RetrainRequest)
            .where(RetrainRequest.status == "running", RetrainRequest.id.not_in(list(request_ids)))
            .values(status="failed", finished_at=now,
                    message="interrupted: the process training it stopped")
        )
        for request_id in request_ids:
            result = session.execute(
                update(RetrainRequest)
                .where(RetrainRequest.id == request_id, RetrainRequest.status == "pending")
                .values(status="running", started_at=now)
            )
            if getattr(result, "rowcount", 0):
                claimed.append(request_id)
    return claimed


def _finish(request_ids: list[int], status: str, version: int | None, message: str) -> None:
    if not request_ids:
        return
    with db.transaction() as session:
        session.execute(
            update(RetrainRequest).where(RetrainRequest.id.in_(request_ids))
            .values(status=status, version_id=version, message=message[:1000],
                    finished_at=datetime.now(UTC))
        )
