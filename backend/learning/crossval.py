"""Cross-validation over the team's feedback: every ticket answered by models that never saw it.

The candidate's side: folds over the feedback tickets, each fold's model trained on the corpus
plus the other folds' tickets (superseding per fold, as a retrain would). The live side: the
live model's own answer on tickets it was never trained on, and for tickets it was trained on,
the live model's recipe refitted without the fold. Both sides answer every judged ticket, so
the gate can pair them.

Two shortcuts keep this affordable: the text features are the candidate's, fitted once (they
use no labels), and the rows the candidate was trained on are reused, not computed again (with
10,000 examples that was a quarter of a retrain). Temperature scaling is left out of the folds:
it never reorders the teams, so top-1 answers are unchanged.

Each fold's classifier starts from a classifier fitted once on the corpus alone, which has seen
no feedback ticket's label. It once started from the full classifier's coefficients, but lbfgs
stops at its tolerance while still near its start, and that start had been fitted on the fold's
own tickets: replaying 120 real-format tickets, those folds answered all of them right (1.000
against the live model's 0.908) while the retrained model moved no unseen ticket. Started from
zero they scored 0.908, the honest figure; started from the corpus alone they give the same
answers in about half the solver steps (the 240 real-format tickets with one in ten labels
wrong: the same top-1, 0.804, 238 of 240 answers the same, 24 s of fold fits down to 14 s; the
40 Code Insights corrections' 15 folds: all 120 answers the same, 54 s down to 24 s, plus 3.7 s
for the start).
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, StratifiedKFold
from sklearn.pipeline import Pipeline

from backend.learning.trainer import FeedbackTicket, TrainingSet, superseded
from backend.routing.corpus import Example
from backend.routing.fit_matrix import for_fitting
from backend.routing.pipeline import SEED
from backend.routing.training import sample_weights

FOLDS = 5
# Fewer feedback tickets than this: the folds are drawn REPEATS_SMALL times with other shuffles
# and each ticket's answer is the one most of its out-of-fold models gave (one unlucky fold
# assignment should not decide a small team's retrain).
SMALL_FEEDBACK = 60
REPEATS_SMALL = 3
# Past this many judged tickets more folds cost more than they tell (with 10,000 feedback
# tickets, one fold of 2,000 already measures a one-point difference).
MAX_JUDGED = 1000

Say = Callable[[str], None]


@dataclass
class Answers:
    """Per judged feedback ticket: its name, the agents' team, each side's out-of-sample answer."""

    keys: list[str]
    truth: list[str]
    candidate: list[str]
    live: list[str]


def _splits(teams: Sequence[str], repeat: int) -> list[np.ndarray]:
    """Test-index arrays of one shuffled k-fold pass, stratified by team when possible."""
    n_splits = min(FOLDS, len(teams))
    counts = Counter(teams)
    seed = SEED + repeat
    splitter: KFold | StratifiedKFold
    if max(counts.values()) >= n_splits:
        splitter = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    else:
        splitter = KFold(n_splits=n_splits, shuffle=True, random_state=seed)
    labels = np.asarray(teams)
    with warnings.catch_warnings():  # "least populated class has fewer members": expected
        warnings.simplefilter("ignore", UserWarning)
        return [test for _train, test in splitter.split(np.zeros(len(teams)), labels)]


class FeatureRows:
    """A fitted feature union's rows for texts, reusing rows already computed for some texts."""

    def __init__(self, features: Any, texts: Sequence[str] = (), matrix: Any = None) -> None:
        self.features = features
        self.matrix = sp.csr_matrix(matrix) if matrix is not None else None
        self.row = {text: n for n, text in enumerate(texts)} if matrix is not None else {}

    def __call__(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Rows for texts, in order: the known ones copied, the rest transformed now."""
        if self.matrix is None or not self.row:
            return sp.csr_matrix(self.features.transform(list(texts)))
        missing = sorted({t for t in texts if t not in self.row})
        matrix, where = self.matrix, self.row
        if missing:
            base = matrix.shape[0]
            matrix = sp.vstack([matrix, sp.csr_matrix(self.features.transform(missing))]).tocsr()
            where = {**self.row, **{t: base + n for n, t in enumerate(missing)}}
        return matrix[[where[t] for t in texts]]


class _Refitter:
    """Fits fold classifiers on precomputed features, each from the corpus-only classifier."""

    def __init__(self, candidate: Pipeline, training: TrainingSet,
                 rows: FeatureRows | None = None) -> None:
        self.warm = True  # cross_validate turns it off where the start would not pay
        self.features = candidate.named_steps["features"]
        self.rows = rows or FeatureRows(self.features)
        # The recipe's unfitted estimator: the folds can fit while the candidate's own
        # classifier is still fitting (backend/learning/retrain.py).
        self.base: LogisticRegression = candidate.named_steps["classifier"].estimator
        self.training = training
        self.corpus_x = self.rows([e.text for e in training.corpus])
        self._start: LogisticRegression | None = None

    def start(self) -> LogisticRegression:
        """The recipe fitted on the corpus alone (no feedback label): every fold's start."""
        if self._start is None:
            corpus = self.training.corpus
            model = clone(self.base).set_params(warm_start=False, class_weight=None)
            self._start = model.fit(
                for_fitting(self.corpus_x), np.asarray([e.team for e in corpus]),
                sample_weight=sample_weights(corpus, self.training.class_weight))
        return self._start

    def transform(self, tickets: Sequence[FeedbackTicket]) -> sp.csr_matrix:
        """Feature rows of tickets (empty when there are none)."""
        if not tickets:
            return sp.csr_matrix((0, self.corpus_x.shape[1]), dtype=self.corpus_x.dtype)
        return self.rows([t.example.text for t in tickets])

    def fit(self, feedback: Sequence[FeedbackTicket], feedback_x: sp.csr_matrix
            ) -> LogisticRegression:
        """The recipe of a retrain (corpus minus superseded, plus feedback) on these tickets."""
        corpus = self.training.corpus
        examples = [t.example for t in feedback]
        kept = ~superseded(corpus, examples)
        x = sp.vstack([self.corpus_x[kept], feedback_x]).tocsr()
        chosen: list[Example] = [e for e, k in zip(corpus, kept, strict=True) if k] + examples
        labels = np.asarray([e.team for e in chosen])
        model = clone(self.base).set_params(warm_start=False, class_weight=None)
        start = self.start() if self.warm else None
        # A start whose classes differ has other shapes: that fold starts from zero.
        if start is not None and np.array_equal(np.unique(labels), start.classes_):
            model.set_params(warm_start=True)
            model.coef_, model.intercept_ = start.coef_.copy(), start.intercept_.copy()
        return model.fit(for_fitting(x), labels,
                         sample_weight=sample_weights(chosen, self.training.class_weight))


def _fold_fits(folds: Sequence[np.ndarray], repeats: int) -> int:
    """How many of the folds to fit: all when repeated, else until MAX_JUDGED are judged."""
    if repeats > 1:
        return len(folds)
    judged = 0
    for n, test in enumerate(folds, start=1):
        judged += len(test)
        if judged >= MAX_JUDGED:
            return n
    return len(folds)


def cross_validate(
    candidate: Pipeline, training: TrainingSet, live: Pipeline | None, say: Say | None = None,
    feature_rows: FeatureRows | None = None,
) -> Answers | None:
    """Out-of-sample answers of the candidate's recipe and of the live model on feedback.

    feature_rows: the candidate's feature rows of the texts it was trained on, when kept (else each
    text is transformed again).
    """
    tickets = training.tickets
    if live is None or len(tickets) < 2:
        return None
    say = say or (lambda _m: None)
    refit = _Refitter(candidate, training, feature_rows)
    x = refit.transform(tickets)
    known = training.known_to_live
    known_x = refit.transform(known)
    known_keys = {t.key for t in known}
    repeats = REPEATS_SMALL if len(tickets) < SMALL_FEEDBACK else 1
    cand_votes: list[Counter[str]] = [Counter() for _ in tickets]
    live_votes: list[Counter[str]] = [Counter() for _ in tickets]
    teams = [t.example.team for t in tickets]
    folds = [test for r in range(repeats) for test in _splits(teams, r)]
    say(f"cross-validating on {len(tickets)} feedback tickets ({len(folds)} folds)")
    # Past MAX_JUDGED tickets more folds cost more than they tell: only the first are fitted.
    folds = folds[: _fold_fits(folds, repeats)]
    # The corpus-only start costs about one fold fit and saves about half of each: it pays from
    # three fits on (with 10,000 tickets one fold is judged, and it made that retrain slower).
    refit.warm = len(folds) * (2 if known else 1) >= 3
    for test in folds:
        held = set(test.tolist())
        train = [i for i in range(len(tickets)) if i not in held]
        model = refit.fit([tickets[i] for i in train], x[train])
        for i, answer in zip(test, model.predict(x[test]), strict=True):
            cand_votes[i][str(answer)] += 1
        seen = [i for i in test if tickets[i].key in known_keys]
        if seen:  # the live model learned these: its recipe, refitted without them, answers
            held_keys = {tickets[i].key for i in test}
            rows = [j for j, t in enumerate(known) if t.key not in held_keys]
            live_fold = refit.fit([known[j] for j in rows], known_x[rows])
            for i, answer in zip(seen, live_fold.predict(x[seen]), strict=True):
                live_votes[i][str(answer)] += 1
        unseen = [i for i in test if tickets[i].key not in known_keys]
        if unseen:  # asked per fold: with 10,000 tickets only the first folds are judged
            answers = live.predict([tickets[i].example.text for i in unseen])
            for i, answer in zip(unseen, answers, strict=True):
                live_votes[i][str(answer)] += 1
    chosen = [i for i in range(len(tickets)) if cand_votes[i]]
    return Answers(
        keys=[tickets[i].key for i in chosen],
        truth=[teams[i] for i in chosen],
        candidate=[cand_votes[i].most_common(1)[0][0] for i in chosen],
        live=[live_votes[i].most_common(1)[0][0] for i in chosen],
    )
