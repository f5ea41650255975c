"""Assemble retraining data: the corpus plus agents' feedback, weighted, minus the superseded."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.neighbors import NearestNeighbors
from sklearn.utils.class_weight import compute_class_weight

from backend.learning.feedback import latest_per_ticket, split_stored_text
from backend.models import Feedback
from backend.routing.corpus import Example, data_hash
from backend.routing.pipeline import DEFAULT_PARAMS
from backend.routing.text import prepare_ticket
from backend.routing.training import library_versions, load_corpus, step_params

# An agent's correction counts this many corpus tickets when fresh, decaying toward (never
# below) one corpus ticket with this half-life: recent choices speak for the team as it is now.
FEEDBACK_WEIGHT = 3.0
HALF_LIFE_DAYS = 180.0
# A corpus ticket whose nearest neighbours are mostly agents' choices of another team has been
# superseded: the team's practice moved on from what the corpus says. It is left out, so the
# model does not learn the old and the new answer for the same kind of ticket (measured: even
# down-weighted to 0.1, the contradiction cost two points of accuracy on unrelated tickets).
# A correction contradicts only the team it overrode: corrections of code-search tickets to
# data-analytics say nothing against a docs ticket that happens to read alike (measured: voting
# with every correction dropped five unrelated corpus tickets and cost a held-out ticket).
NEIGHBOURS = 10


@dataclass
class LabelledSet:
    """Texts with their teams (an evaluation set)."""

    texts: list[str] = field(default_factory=list)
    teams: list[str] = field(default_factory=list)
    priorities: list[str | None] = field(default_factory=list)  # when known, per text

    def __len__(self) -> int:
        return len(self.texts)


@dataclass(frozen=True)
class FeedbackTicket:
    """One ticket's choice that counts (its latest), as a training example."""

    key: str  # how a verdict names it: "#<Zendesk id>", or "feedback <row id>" without one
    example: Example
    first_row_id: int  # its oldest feedback row: a model trained up to this id has seen it


@dataclass
class TrainingSet:
    """What one retrain learns from and is judged on."""

    examples: list[Example]  # the corpus minus what feedback superseded, plus every ticket
    corpus: list[Example]  # the whole written training split
    tickets: list[FeedbackTicket]  # every ticket with feedback, its latest choice
    known_to_live: list[FeedbackTicket]  # the tickets as the live model was trained on them
    corpus_heldout: LabelledSet  # the corpus held-out split, minus what feedback superseded
    corpus_size: int  # corpus tickets trained on
    superseded: int  # corpus tickets the agents' choices contradict (left out)
    feedback_until_id: int
    corpus_hash: str
    class_weight: dict[str, float] = field(default_factory=dict)

    @property
    def feedback_tickets(self) -> int:
        """Distinct tickets with feedback."""
        return len(self.tickets)


def ticket_key(row: Feedback) -> str:
    """How a feedback ticket is named in a verdict."""
    return f"#{row.ticket_id}" if row.ticket_id is not None else f"feedback {row.id}"


def feedback_tickets(rows: Sequence[Feedback], now: datetime) -> list[FeedbackTicket]:
    """Every ticket's choice that counts, weighted by its age, oldest ticket first."""
    first: dict[str, int] = {}
    for row in rows:
        key = ticket_key(row)
        first[key] = min(first.get(key, row.id), row.id)
    return [
        FeedbackTicket(ticket_key(row), Example(
            feedback_text(row), row.team, row.priority, feedback_weight(row.created_at, now),
            row.source, row.suggested_team), first[ticket_key(row)])
        for row in latest_per_ticket(rows)
    ]


def with_feedback(
    corpus: Sequence[Example], feedback: Sequence[Example]
) -> tuple[list[Example], int]:
    """Training examples: the corpus minus the tickets feedback supersedes, plus the feedback."""
    stale = superseded(corpus, feedback)
    kept = [e for e, old in zip(corpus, stale, strict=True) if not old]
    return kept + list(feedback), int(stale.sum())


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
    corpus: Sequence[Example], feedback: Sequence[Example], k: int = NEIGHBOURS,
    judged_from: int = 0,
) -> np.ndarray:
    """Mask of corpus examples that feedback contradicts (a weighted k-nearest-neighbour vote).

    judged_from: judge only corpus[judged_from:] (the mask has one entry each); the examples
    before it are still neighbours that vote. Each example's neighbours are searched on its own,
    so its entry is the one the whole corpus's mask would give, for a fraction of the search.
    """
    first = min(max(judged_from, 0), len(corpus))
    mask = np.zeros(len(corpus) - first, dtype=bool)
    if not feedback or not corpus or not len(mask):
        return mask
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", dtype=np.float32)
    matrix = vectorizer.fit_transform([e.text for e in corpus] + [e.text for e in feedback])
    everyone = len(corpus) + len(feedback)
    judged = len(mask)
    # Brute-force cosine search over sparse rows: scikit-learn computes the distances in chunks
    # (pairwise_distances_chunked), so memory stays flat with 10,000 feedback rows.
    search = NearestNeighbors(n_neighbors=min(k + 1, everyone), metric="cosine",
                              algorithm="brute").fit(matrix)
    distance, index = search.kneighbors(matrix[first: len(corpus)])
    sims = 1.0 - distance
    # Not its own neighbour (a duplicate text may come first instead: drop row i wherever it is,
    # else the farthest, so every ticket keeps k neighbours).
    own = index == np.arange(first, len(corpus))[:, None]
    own[~own.any(axis=1), -1] = True
    keep = ~own
    index = index[keep].reshape(judged, -1)
    sims = sims[keep].reshape(judged, -1)
    teams = sorted({e.team for e in corpus} | {e.team for e in feedback})
    code = {team: n for n, team in enumerate(teams)}
    labels = np.asarray([code[e.team] for e in corpus] + [code[e.team] for e in feedback])
    own_team = labels[first: len(corpus)]
    # A choice speaks against the team it was shown (or any, when that is unknown).
    shown = np.asarray([-1] * len(corpus) + [code.get(e.suggested, -2) if e.suggested else -1
                                            for e in feedback])
    is_feedback = np.arange(everyone) >= len(corpus)
    rows = np.repeat(np.arange(judged), index.shape[1])
    votes = np.zeros((judged, len(teams)))
    np.add.at(votes, (rows, labels[index].ravel()), sims.ravel())
    speaks = is_feedback[index] & ((shown[index] == -1) | (shown[index] == own_team[:, None]))
    fed = np.zeros_like(votes)
    np.add.at(fed, (rows, labels[index].ravel()), (sims * speaks).ravel())
    winner = votes.argmax(axis=1)
    has_votes = votes.max(axis=1) > 0
    won = votes[np.arange(judged), winner]
    by_feedback = fed[np.arange(judged), winner]
    return has_votes & (winner != own_team) & (by_feedback > 0.5 * won)


def corpus_class_weight(corpus: Sequence[Example]) -> dict[str, float]:
    """Per-team weights that balance the written corpus (scikit-learn's 'balanced' weights)."""
    teams = np.asarray([e.team for e in corpus])
    classes = np.unique(teams)
    weights = compute_class_weight("balanced", classes=classes, y=teams)
    return {str(team): float(w) for team, w in zip(classes, weights, strict=True)}


def build_training_set(
    model_dir: Path, rows: Sequence[Feedback], now: datetime | None = None,
    live_until_id: int = 0,
) -> TrainingSet:
    """Corpus training split plus every ticket's latest feedback (live_until_id: the newest
    feedback row the live model was trained with)."""
    now = now or datetime.now(UTC)
    splits = load_corpus(model_dir)
    tickets = feedback_tickets(rows, now)
    known = feedback_tickets([r for r in rows if r.id <= live_until_id], now)
    feedback = [t.example for t in tickets]
    examples, stale = with_feedback(splits.train, feedback)
    # The guard judges held-out tickets the agents have not contradicted: a moved topic makes
    # the corpus's answer for it wrong, and a candidate that follows the agents is right.
    gone = superseded([*splits.train, *splits.heldout], feedback, judged_from=len(splits.train))
    heldout = [e for e, old in zip(splits.heldout, gone, strict=True) if not old]
    return TrainingSet(
        examples=examples,
        corpus=splits.train,
        tickets=tickets,
        known_to_live=known,
        corpus_heldout=LabelledSet([e.text for e in heldout], [e.team for e in heldout],
                                   [e.priority for e in heldout]),
        corpus_size=len(examples) - len(feedback),
        superseded=stale,
        feedback_until_id=max((r.id for r in rows), default=0),
        corpus_hash=data_hash(splits.train_rows),
        class_weight=corpus_class_weight(splits.train),  # before superseded tickets leave
    )


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
        "corpus_superseded": training.superseded,
        "feedback_weight": FEEDBACK_WEIGHT,
        "half_life_days": HALF_LIFE_DAYS,
        "params": {**DEFAULT_PARAMS, **(params or {}), **step_params(len(training.examples))},
        "libraries": library_versions(),
    }
