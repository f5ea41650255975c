"""The live model each web worker serves: polled from the registry, loaded, tested, swapped.

One LiveModel per Flask app (app.extensions["live_model"]). It never trains: until the release
phase or the worker has made a model live, asking for the router raises ModelUnavailable.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from flask import Flask
from sklearn.pipeline import Pipeline
from sqlalchemy.exc import SQLAlchemyError

from backend.db import db
from backend.learning import registry
from backend.learning.answer_cache import AnswerCache
from backend.learning.memory import CorrectionMemory
from backend.learning.remembering import RememberingRouter
from backend.learning.similar import past_cases
from backend.learning.text_encoder import TextEncoder
from backend.metrics import metrics
from backend.routing.handbook import Handbook, load_handbook
from backend.routing.router import Router, Suggestion
from backend.routing.training import load_corpus, routing_file
from backend.settings import Settings
from backend.tickets import Ticket

log = logging.getLogger(__name__)


class ModelUnavailable(RuntimeError):
    """No routing model is live yet (or none could be loaded); the caller may retry shortly."""

    retry_after = 5.0


@dataclass(frozen=True)
class LoadedModel:
    """A verified model ready to serve."""

    version: int
    pipeline: Pipeline
    router: Router
    priority: Pipeline | None = None


class LiveModel:
    """Holds the current model; checks the registry at most every poll interval."""

    def __init__(self, app: Flask | None = None) -> None:
        self._current: LoadedModel | None = None
        self._checked_at = 0.0
        self._lock = threading.Lock()
        self._failed: set[int] = set()
        self._memory: CorrectionMemory | None = None
        self._past: CorrectionMemory | None = None
        self.handbook: Handbook | None = None
        self.model_dir: Path | None = None
        self.poll_seconds = 3.0
        self.threshold = 0.5
        self.answers = AnswerCache(0)
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        """Load and validate the handbook now (fail fast), the model lazily."""
        settings: Settings = app.config["SETTINGS"]
        self.model_dir = settings.model_dir
        self.handbook = load_handbook(routing_file(settings.model_dir))
        self.poll_seconds = settings.model_poll_seconds
        self.threshold = settings.confidence_threshold
        self.answers = AnswerCache(settings.suggestion_cache_size)
        app.extensions["live_model"] = self

    def correction_memory(self) -> CorrectionMemory:
        """This app's memory of corrections (made with the first model: it reads the corpus)."""
        if self._memory is None:
            assert self.model_dir is not None
            texts = [e.text for e in load_corpus(self.model_dir).train]
            self._memory = CorrectionMemory(TextEncoder(texts), poll_seconds=self.poll_seconds)
        return self._memory

    def past_cases(self) -> CorrectionMemory:
        """This app's memory of past cases for "Seen before" (same encoder as the corrections)."""
        if self._past is None:
            self._past = past_cases(self.correction_memory().encoder, self.poll_seconds)
        return self._past

    def current(self) -> LoadedModel | None:
        """The model to serve now (refreshing from the registry when the interval has passed)."""
        now = time.monotonic()
        if self._current is None or now - self._checked_at >= self.poll_seconds:
            with self._lock:
                stale = time.monotonic() - self._checked_at >= self.poll_seconds
                if self._current is None or stale:
                    self._refresh()
                    self._checked_at = time.monotonic()
        return self._current

    def router(self) -> Router:
        """The router over the live model; ModelUnavailable when none is live or loadable."""
        current = self.current()
        if current is None:
            # At start-up the release step trains one within a minute; on a database that never
            # had one, an operator runs `rfh train`.
            raise ModelUnavailable("No routing model is live yet; try again shortly (an "
                                   "operator trains the first one with `rfh train`).")
        return current.router

    def suggest(self, ticket: Ticket) -> Suggestion:
        """The live router's suggestion, from the answer cache when this content was just routed
        with the same model version and correction memory."""
        router = self.router()
        state = router.memory_state() if isinstance(router, RememberingRouter) else (0, 0)
        return self.answers.get_or_compute(ticket, router.version, state, router.suggest)

    def saved_choice(self, ticket_id: int | None) -> dict[str, str] | None:
        """The team and priority agents last chose for this ticket (a correction or an
        escalation the memory holds), else None."""
        chosen = self.router().saved_choice(ticket_id)
        return {"team": chosen[0], "priority": chosen[1]} if chosen is not None else None

    def force_refresh(self) -> LoadedModel | None:
        """Check the registry now (after a promotion or rollback made by this process)."""
        with self._lock:
            self._refresh()
            self._checked_at = time.monotonic()
        return self._current

    def _refresh(self) -> None:
        try:
            with db.transaction() as session:
                version = registry.live_version_id(session)
        except SQLAlchemyError as exc:
            if self._current is None:
                raise
            # The database blinked: keep serving the model in memory, look again next interval.
            log.warning(
                "model registry unreachable, serving version %s: %s",
                self._current.version,
                type(exc).__name__,
            )
            return
        if version is None or (self._current and self._current.version == version):
            return
        if version in self._failed:
            return
        self._swap_to(version)

    def _swap_to(self, version: int) -> None:
        with db.transaction() as session:
            row = registry.get_version(session, version)
            try:
                if row is None:
                    raise registry.ModelLoadError(f"version {version} vanished")
                pipeline, priority = registry.load_version_models(row)
            except registry.ModelLoadError as exc:
                # A version that fails to load is never swapped in; the old one keeps serving.
                self._failed.add(version)
                log.error(
                    "model version %s not loaded, keeping %s: %s",
                    version,
                    self._current.version if self._current else None,
                    exc,
                )
                return
        assert self.handbook is not None
        router = RememberingRouter(self.handbook, pipeline, self.correction_memory(), version,
                                   self.threshold, priority_model=priority)
        self._current = LoadedModel(version, pipeline, router, priority)
        metrics.live_model(version)
        log.info("serving model version %s", version)
