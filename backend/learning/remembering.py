"""The router with the correction memory: suggestions lean toward what agents chose for tickets
that read almost the same, and say so ("like ticket #123, which agents sent to Source")."""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
from sklearn.pipeline import Pipeline

from backend.learning.memory import PRIORITY_SIMILARITY, CorrectionMemory, Remembered, as_evidence
from backend.learning.memory import blend as blend_memory
from backend.routing.fast_path import Features
from backend.routing.handbook import Handbook
from backend.routing.router import Router, Suggestion, Ticket


class MemoryBlend:
    """The pipeline's probabilities blended with the memory's nearest tickets (for callers that
    want a predict_proba with the memory; the router blends its fast path's answer the same way)."""

    def __init__(self, pipeline: Pipeline, memory: CorrectionMemory) -> None:
        self.pipeline = pipeline
        self.memory = memory
        self.classes_ = pipeline.classes_
        self._classes = [str(c) for c in pipeline.classes_]
        self._last = threading.local()  # the hits of this thread's latest text, for evidence

    def blend_one(self, text: str, proba: np.ndarray,
                  exclude_ticket: int | None = None) -> np.ndarray:
        """One text's model probabilities, moved toward remembered near-duplicates (other
        tickets than ``exclude_ticket``, the one being routed)."""
        hits = self.memory.nearest(text, exclude_ticket=exclude_ticket)
        self._last.value = (text, hits)
        return blend_memory(proba, self._classes, hits)

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """The pipeline's probabilities, moved toward remembered near-duplicates."""
        proba = self.pipeline.predict_proba(texts)
        for n, text in enumerate(texts):
            proba[n] = self.blend_one(text, proba[n])
        return proba

    def predict(self, texts: list[str]) -> np.ndarray:
        """Top team per text, with the memory."""
        return np.asarray(self._classes)[self.predict_proba(texts).argmax(axis=1)]

    def last_hits(self) -> list[Remembered]:
        """The memory's answer for the text this thread routed last."""
        value = getattr(self._last, "value", None)
        return value[1] if value else []


class RememberingRouter(Router):
    """A Router whose probabilities include the memory and whose evidence names the tickets."""

    def __init__(self, handbook: Handbook, pipeline: Pipeline, memory: CorrectionMemory,
                 version: int | None, threshold: float = 0.5,
                 priority_model: Pipeline | None = None) -> None:
        self.blend = MemoryBlend(pipeline, memory)
        super().__init__(handbook, pipeline, version, threshold, priority_model)

    def model_proba(self, text: str, features: Features,
                    ticket_id: int | None = None) -> np.ndarray:
        """The fast path's probabilities, blended with the memory's nearest tickets other than
        the ticket itself: its own correction is its agents' choice (the API shows it as such),
        not a look-alike that decides its suggestion."""
        return self.blend.blend_one(text, super().model_proba(text, features), ticket_id)

    def saved_choice(self, ticket_id: int | None) -> tuple[str, str] | None:
        """(team, priority) agents last chose for this ticket: its row in the memory."""
        hit = self.blend.memory.choice_for(ticket_id) if ticket_id is not None else None
        return (hit.team, hit.priority) if hit is not None else None

    def memory_state(self) -> tuple[int, int]:
        """The correction memory's rebuilds and position in the feedback table (after a due
        refresh): an answer computed at another may differ."""
        self.blend.memory.refresh()
        return self.blend.memory.state

    def suggest(self, ticket: Ticket) -> Suggestion:
        """Route one ticket; remembered near-duplicates move the team and priority, as evidence."""
        result = super().suggest(ticket)
        hits = self.blend.last_hits()
        if not hits:
            return result
        names = {key: team.name for key, team in self.handbook.teams.items()}
        shown = as_evidence(hits, names)
        for entry in result.evidence:
            entry["similar_tickets"] = [s for s in shown if s["team"] == entry["team"]]
        result.extra["similar_tickets"] = shown
        closest = hits[0]
        if (closest.similarity >= PRIORITY_SIMILARITY and closest.team == result.team["key"]
                and closest.priority != result.priority["label"]):
            result.priority = _priority_from(closest, result.priority)
        return result


def _priority_from(hit: Remembered, suggested: dict[str, Any]) -> dict[str, Any]:
    where = f"ticket #{hit.ticket_id}" if hit.ticket_id is not None else "a ticket"
    return {
        "label": hit.priority,
        "severity": int(hit.priority[-1]),
        "reasons": [f"agents chose {hit.priority} for {where}, which reads almost the same",
                    *suggested["reasons"]],
    }
