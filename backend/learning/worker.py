"""The `worker:` process: retrain on request, on enough new feedback, or on the schedule; post
the resolution comments GitHub was too slow for and the Slack messages a rate limit held back."""

from __future__ import annotations

import logging
import signal
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from backend.db import db
from backend.escalation.late_posts import post_pending
from backend.learning import registry
from backend.learning.bootstrap import train_default_model
from backend.learning.feedback import count_after
from backend.learning.retrain import Progress, RetrainResult, retrain
from backend.learning.retrain_requests import pending_requests
from backend.models import ModelVersion
from backend.settings import Settings

log = logging.getLogger(__name__)


def due_reason(settings: Settings, now: datetime | None = None) -> str | None:
    """Why an automatic retrain is due now ('feedback' or 'schedule'), or None."""
    now = now or datetime.now(UTC)
    with db.transaction() as session:
        seen = registry.last_feedback_seen(session)
        new = count_after(session, seen)
        last_trained = session.execute(select(func.max(ModelVersion.created_at))).scalar()
    if new >= settings.retrain_min_feedback:
        return "feedback"
    if new == 0:
        return None  # the same data would give the same model
    if last_trained is None:
        return "schedule"
    stamp = last_trained if last_trained.tzinfo else last_trained.replace(tzinfo=UTC)
    if now - stamp >= timedelta(seconds=settings.retrain_interval_seconds):
        return "schedule"
    return None


def run_once(settings: Settings, *, lock_dir: Path | None = None,
             progress: Progress | None = None) -> RetrainResult | None:
    """Serve queued requests first, else retrain when due; None when there was nothing to do.

    With no live model at all (a first start whose release phase did not train), train the
    default one first: web workers never train, they answer 503 until a model is live.
    """
    post_resolutions(settings)
    if _no_live_model():
        say = progress or log.info
        train_default_model(if_missing=True, echo=say, model_dir=settings.model_dir,
                            lock_dir=lock_dir)
    requests = pending_requests()
    if requests:
        return retrain(settings, lock_dir=lock_dir, progress=progress, request_ids=requests,
                       reason="requested")
    reason = due_reason(settings)
    if reason is None:
        return None
    return retrain(settings, lock_dir=lock_dir, progress=progress, reason=reason)


def post_resolutions(settings: Settings) -> dict[str, int]:
    """Post the resolution comments GitHub was too slow for (see escalation.resolution_posts)."""
    from backend.escalation.resolution_posts import post_due
    from backend.integrations.extension import Integrations

    comments = Integrations(settings).comments()
    if comments is None:
        return {}
    try:
        counts = post_due(comments)
    except Exception:  # a broken round must not stop retraining: log, try next round
        log.exception("posting resolution comments failed")
        return {}
    finally:
        comments.issues.close()
    if counts:
        log.info("resolution comments: %s", counts)
    return counts


def _no_live_model() -> bool:
    with db.transaction() as session:
        return registry.live_version_id(session) is None


def run_worker(
    settings: Settings, *, lock_dir: Path | None = None, progress: Progress | None = None,
    stop: threading.Event | None = None, max_runs: int | None = None,
) -> int:
    """Loop until SIGTERM/SIGINT (or max_runs retrains); returns how many retrains ran."""
    stop = stop or threading.Event()
    say = progress or log.info

    def _stop(signum: int, _frame: Any) -> None:
        say(f"signal {signum}: stopping after the current step")
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
    say(f"worker: checking every {settings.retrain_check_seconds:g} s "
        f"(retrain after {settings.retrain_min_feedback} new feedback rows or "
        f"{settings.retrain_interval_seconds} s)")
    runs = 0
    while not stop.is_set():
        try:  # Slack posts a rate limit held back go out first: they are quick, retraining is not
            post_pending(settings)
        except Exception:
            log.exception("posting pending Slack messages failed")
        try:
            result = run_once(settings, lock_dir=lock_dir, progress=say)
        except Exception:  # a failed retrain must not end the worker: log, wait, try again
            log.exception("retrain failed")
            result = None
        if result is not None and result.status != "busy":
            runs += 1
            if max_runs is not None and runs >= max_runs:
                break
        stop.wait(settings.retrain_check_seconds)
    return runs
