"""An instant memory of the team's corrections: a ticket close to one the agents corrected or
escalated gets that ticket's team (and priority) blended into its suggestion, before any retrain.

Every web worker keeps its own copy, built from the feedback table and topped up with the rows
added since its last look (one indexed query every MEMORY_POLL_SECONDS), so a correction made on
any instance reaches every worker of every instance within seconds. Texts are TF-IDF vectors
(hashed words and word pairs, IDF from the written corpus: stateless, so each worker encodes
alike and rows can be added one by one), each cut to its heaviest terms; similarity is the
cosine, looked up through an inverted index (the transposed sparse matrix), so a lookup touches
only rows sharing a telling term with the ticket. Bounded: the newest MAX_REMEMBERED tickets.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from flask import current_app, has_app_context
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from backend.db import db
from backend.learning.exclusions import exclusions_mark
from backend.learning.feedback import AGENT_SOURCES
from backend.learning.memory_rows import RowLedger
from backend.learning.text_encoder import TextEncoder
from backend.learning.trainer import feedback_text
from backend.models import Feedback, PastCase

log = logging.getLogger(__name__)

MAX_REMEMBERED = 100_000
NEIGHBOURS = 5
# Below MIN_SIMILARITY a remembered ticket says nothing; at FULL_SIMILARITY and above (a near
# duplicate) the agents' choice carries MAX_SHARE of the suggestion.
MIN_SIMILARITY = 0.5
FULL_SIMILARITY = 0.85
MAX_SHARE = 0.9
PRIORITY_SIMILARITY = 0.8  # this close, the agents' priority is suggested too
MERGE_EVERY = 2000  # rows kept in the small recent index before it joins the main one
BATCH = 5000  # feedback rows read per query while catching up


@dataclass(frozen=True)
class Remembered:
    """A remembered ticket close to the one being routed."""

    ticket_id: int | None
    feedback_id: int
    team: str
    priority: str
    similarity: float


def remembers(row: Feedback) -> bool:
    """An agent's correction (team or priority) or an escalation is worth remembering."""
    return row.source in AGENT_SOURCES and (row.source == "escalation" or row.is_override)


class CorrectionMemory:
    """Nearest remembered tickets for a text; refreshed from the database as rows are added.

    ``table`` holds the rows (feedback, or past cases); ``sources`` are the sources read at all
    (a later row of one replaces a ticket's earlier one); ``keep`` says which of those rows to
    remember; ``floor`` is the least cosine a lookup returns. The corrections' memory and the
    past cases of "Seen before" (backend.learning.similar) are two of these.
    """

    def __init__(self, encoder: TextEncoder, poll_seconds: float = 2.0,
                 capacity: int = MAX_REMEMBERED, *, keep: Callable[[Any], bool] = remembers,
                 sources: tuple[str, ...] = AGENT_SOURCES, floor: float = MIN_SIMILARITY,
                 table: type[Feedback] | type[PastCase] = Feedback) -> None:
        self.encoder = encoder
        self.table = table
        self.keep = keep
        self.sources = sources
        self.floor = floor
        self.poll_seconds = poll_seconds
        self.capacity = capacity
        self.merge_every = MERGE_EVERY
        self._lock = threading.Lock()
        self._checked_at = -float("inf")
        self.last_id = 0
        width = encoder.hasher.n_features
        self._main = sp.csr_matrix((width, 0), dtype=np.float32)  # terms x tickets
        self._recent: list[sp.csr_matrix] = []  # rows not merged yet (tickets x terms)
        self._rows = RowLedger()  # who each column of the index is (_main's, then _recent's)
        self._recent_index: sp.csr_matrix | None = None
        self._exclusions: tuple[int, Any] | None = None  # exclusions_mark when last read
        self._rebuilding = False
        self.generation = 0  # counts rebuilds: an answer cached before one is stale

    @property
    def state(self) -> tuple[int, int]:
        """What an answer computed from this memory depends on: (rebuilds, rows read)."""
        return self.generation, self.last_id

    def _rebuild_in_background(self, mark: tuple[int, Any]) -> None:
        """Build the memory anew from the table in a thread, then swap it in: the old one
        serves meanwhile (100,000 rows take seconds to encode; no request waits for them)."""
        self._rebuilding = True
        app = current_app._get_current_object() if has_app_context() else None  # type: ignore[attr-defined]

        def run() -> None:
            fresh = CorrectionMemory(self.encoder, self.poll_seconds, self.capacity,
                                     keep=self.keep, sources=self.sources, floor=self.floor,
                                     table=self.table)
            fresh._exclusions = mark
            try:
                with app.app_context() if app is not None else nullcontext():
                    fresh._catch_up()
            except SQLAlchemyError as exc:
                log.warning("correction memory not rebuilt: %s", type(exc).__name__)
                with self._lock:
                    self._rebuilding, self._exclusions = False, None  # try again next poll
                return
            with self._lock:
                self.last_id, self._main, self._recent = fresh.last_id, fresh._main, fresh._recent
                self._recent_index, self._rows = fresh._recent_index, fresh._rows
                self.generation += 1
                self._rebuilding = False
            log.info("correction memory rebuilt after a change of exclusions: %d rows", len(self))

        threading.Thread(target=run, name="memory-rebuild", daemon=True).start()

    def __len__(self) -> int:
        return self._rows.living()

    # -- keeping up with the feedback table -------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        """Read feedback rows added since the last look (at most every poll interval)."""
        if not force and time.monotonic() - self._checked_at < self.poll_seconds:
            return
        with self._lock:
            if not force and time.monotonic() - self._checked_at < self.poll_seconds:
                return
            try:
                self._catch_up()
            except SQLAlchemyError as exc:  # keep what is remembered; look again next interval
                log.warning("correction memory not refreshed: %s", type(exc).__name__)
            self._checked_at = time.monotonic()

    def _catch_up(self) -> None:
        if self.table is Feedback:
            with db.transaction() as session:
                mark = exclusions_mark(session)
            if mark != self._exclusions and not self._rebuilding:
                # An operator excluded or included rows: they are old rows, which reading on
                # from last_id would never see again, so the memory is built anew.
                if self._exclusions is not None:
                    log.info("feedback exclusions changed: the correction memory is rebuilt")
                    self._rebuild_in_background(mark)
                self._exclusions = mark
        first = self.last_id == 0
        if first:
            self._start_from_recent_rows()
        read = 0
        while True:
            with db.transaction() as session:
                table = self.table
                query = select(table).where(table.id > self.last_id)
                if table is Feedback:
                    query = query.where(Feedback.excluded_at.is_(None))
                rows = list(session.execute(query.order_by(table.id).limit(BATCH)).scalars())
                self.add(rows)
            read += len(rows)
            if len(rows) < BATCH:
                break
        if first and read:  # once per process that builds it (the master, when it preloads)
            log.info("memory of %s built: %d rows read, %d remembered",
                     self.table.__tablename__, read, len(self))

    def _start_from_recent_rows(self) -> None:
        """On first use, skip to the rows that can still fit (a bounded memory)."""
        with db.transaction() as session:
            ids = list(session.execute(
                select(self.table.id).where(self.table.source.in_(self.sources))
                .order_by(self.table.id.desc()).limit(self.capacity)).scalars())
        if ids:
            self.last_id = min(ids) - 1

    def add(self, rows: Sequence[Any]) -> None:
        """Remember the rows worth it; a later choice for a ticket replaces its earlier one."""
        # One batch can hold several choices for a ticket (agents on two instances at once): only
        # its last one counts, so a ticket never has two living rows.
        latest: dict[tuple[str, int], Any] = {}
        for row in rows:
            self.last_id = max(self.last_id, row.id)
            if row.source not in self.sources:
                continue
            key = ("ticket", row.ticket_id) if row.ticket_id is not None else ("row", row.id)
            latest.pop(key, None)  # re-inserted: the batch's order follows each last choice
            latest[key] = row
        # The agents changed their minds about these tickets: the newer choice wins (a row
        # without a ticket is its own key and never comes again).
        self._rows.forget_tickets([key[1] for key in latest if key[0] == "ticket"])
        fresh = [row for row in latest.values() if self.keep(row)]
        if not fresh:
            return
        matrix = self.encoder.encode([feedback_text(r) for r in fresh])
        self._rows.append(fresh)
        self._recent.append(matrix)
        self._recent_index = sp.vstack(self._recent).T.tocsr()
        if self._recent_index.shape[1] >= self.merge_every:
            self._merge()  # (the capacity is checked there: exceeded by MERGE_EVERY at most)

    def _merge(self) -> None:
        assert self._recent_index is not None
        self._main = sp.hstack([self._main, self._recent_index]).tocsr()
        self._recent, self._recent_index = [], None
        if self._rows.living() > self.capacity:
            self._evict()

    def _evict(self) -> None:
        """Forget the oldest tickets beyond capacity (the index is rebuilt without them)."""
        living = np.flatnonzero(self._rows.alive)
        kept = living[len(living) - self.capacity :]
        self._main = self._main[:, kept].tocsr()
        self._rows.keep_only(kept)

    # -- lookups ----------------------------------------------------------------------------
    def choice_for(self, ticket_id: int) -> Remembered | None:
        """What agents last chose for this ticket itself, when the memory holds it."""
        self.refresh()
        with self._lock:
            position = self._rows.latest_for(ticket_id)
            if position is None:
                return None
            return Remembered(*self._rows.row(position), similarity=1.0)

    def nearest(self, text: str, k: int = NEIGHBOURS,
                exclude_ticket: int | None = None) -> list[Remembered]:
        """Up to k remembered tickets at least ``floor`` close to text, closest first
        (``exclude_ticket``: the ticket being routed, which is no look-alike of itself)."""
        self.refresh()
        if not len(self._rows):
            return []
        query = self.encoder.encode_one(text)
        with self._lock:  # a refresh may be swapping the index in another thread
            alive = self._rows.alive
            found: list[np.ndarray] = []
            scores: list[np.ndarray] = []
            offset = 0
            for index in (self._main, self._recent_index):
                if index is None or not index.shape[1]:
                    continue
                sims = (query @ index).tocsr()  # 1 x tickets, only those sharing a term
                keep = sims.data >= self.floor
                found.append(sims.indices[keep] + offset)
                scores.append(sims.data[keep])
                offset += index.shape[1]
            if not found:
                return []
            where, sim = np.concatenate(found), np.concatenate(scores)
            living = alive[where]
            if exclude_ticket is not None:
                rows = self._rows
                living &= ~(rows.ticketed[where] & (rows.tickets[where] == exclude_ticket))
            where, sim = where[living], sim[living]
            order = np.argsort(-sim)[:k]
            best, sims_best = where[order], sim[order]
            meta = [self._rows.row(int(i)) for i in best]
        return [Remembered(*m, similarity=float(v)) for m, v in zip(meta, sims_best, strict=True)]


def memory_share(similarity: float) -> float:
    """How much of the suggestion a remembered ticket this close decides (0 to MAX_SHARE)."""
    span = (similarity - MIN_SIMILARITY) / (FULL_SIMILARITY - MIN_SIMILARITY)
    return MAX_SHARE * float(np.clip(span, 0.0, 1.0))


def blend(proba: np.ndarray, classes: list[str], hits: list[Remembered]) -> np.ndarray:
    """The model's probabilities moved toward the teams of the closest remembered tickets."""
    if not hits:
        return proba
    votes = np.zeros(len(classes))
    index = {c: n for n, c in enumerate(classes)}
    for hit in hits:
        if hit.team in index:
            votes[index[hit.team]] += hit.similarity
    if not votes.any():
        return proba
    share = memory_share(hits[0].similarity)
    return (1.0 - share) * proba + share * votes / votes.sum()


def as_evidence(hits: list[Remembered], team_names: dict[str, str]) -> list[dict[str, Any]]:
    """What the sidebar shows: 'like ticket #123, which agents sent to Source'."""
    return [{"ticket_id": h.ticket_id, "team": h.team, "priority": h.priority,
             "similarity": round(h.similarity, 3),
             "text": (f"like ticket #{h.ticket_id}" if h.ticket_id is not None
                      else "like a ticket") + f", which agents sent to "
                     f"{team_names.get(h.team, h.team)} ({h.priority})"}
            for h in hits]
