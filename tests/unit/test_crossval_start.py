"""The gate's fold fits start from the corpus alone: no feedback label leaks into a fold's start,
and the answers are those of a fold fitted from zero."""

from __future__ import annotations

import random

import numpy as np
import scipy.sparse as sp
from sklearn.base import clone

from backend.learning.crossval import _fold_fits, _Refitter, _splits
from backend.learning.trainer import FeedbackTicket, LabelledSet, TrainingSet, superseded
from backend.routing.corpus import Example
from backend.routing.fit_matrix import for_fitting
from backend.routing.handbook import load_handbook
from backend.routing.training import fit_blend_features, routing_file, sample_weights
from backend.settings import DEFAULT_MODEL_DIR

_WORDS = {
    "batch-changes": ["batch change", "changeset", "campaign spec", "publish changesets"],
    "code-search": ["search results", "regex query", "zoekt index", "repo filter"],
    "cloud": ["managed instance", "cloud upgrade", "instance restart", "maintenance window"],
}
_FILLER = ["please help", "since yesterday", "for our team", "after the upgrade", "urgent",
           "on kubernetes", "in production", "thanks in advance"]


def _texts(team: str, count: int, rng: random.Random) -> list[str]:
    words = _WORDS[team]
    return [f"{rng.choice(words)} {rng.choice(_FILLER)} {rng.choice(words)} "
            f"{rng.choice(_FILLER)} ticket {n}" for n in range(count)]


def _training(feedback_teams: list[str]) -> tuple[TrainingSet, list[Example]]:
    rng = random.Random(3)
    corpus = [Example(text, team) for team in _WORDS for text in _texts(team, 12, rng)]
    texts = _texts("code-search", len(feedback_teams), random.Random(9))
    tickets = [FeedbackTicket(f"#{n}", Example(text, team, None, 3.0, "sidebar"), n)
               for n, (text, team) in enumerate(zip(texts, feedback_teams, strict=True), 1)]
    examples = corpus + [t.example for t in tickets]
    training = TrainingSet(examples=examples, corpus=corpus, tickets=tickets, known_to_live=[],
                           corpus_heldout=LabelledSet(), corpus_size=len(corpus), superseded=0,
                           feedback_until_id=len(tickets), corpus_hash="test")
    return training, examples


def _candidate(examples: list[Example]):
    handbook = load_handbook(routing_file(DEFAULT_MODEL_DIR))
    return fit_blend_features(handbook, examples)


def test_the_folds_start_owes_nothing_to_the_feedback_labels():
    moved, _ = _training(["cloud"] * 9)
    kept, examples = _training(["code-search"] * 9)
    pipeline, _ = _candidate(examples)  # same texts: the same features for both
    start_moved = _Refitter(pipeline, moved).start()
    start_kept = _Refitter(pipeline, kept).start()
    np.testing.assert_array_equal(start_moved.coef_, start_kept.coef_)
    # ...and it is the recipe fitted on the corpus rows alone.
    refit = _Refitter(pipeline, kept)
    alone = clone(refit.base).set_params(class_weight=None).fit(
        for_fitting(refit.corpus_x), [e.team for e in kept.corpus],
        sample_weight=sample_weights(kept.corpus))
    np.testing.assert_allclose(refit.start().coef_, alone.coef_)


def test_a_fold_started_from_the_corpus_answers_as_one_started_from_zero():
    teams = ["cloud"] * 9
    training, examples = _training(teams)
    pipeline, _ = _candidate(examples)
    refit = _Refitter(pipeline, training)
    x = refit.transform(training.tickets)
    moved_to_cloud = 0
    for test in _splits(teams, 0):
        train = [i for i in range(len(teams)) if i not in set(test.tolist())]
        warm = refit.fit([training.tickets[i] for i in train], x[train])
        assert warm.warm_start  # it did start from the corpus-only classifier
        # The same fold from zero: the corpus minus what its tickets supersede, plus them.
        fed = [training.tickets[i].example for i in train]
        kept = ~superseded(training.corpus, fed)
        chosen = [e for e, k in zip(training.corpus, kept, strict=True) if k] + fed
        cold = clone(refit.base).set_params(warm_start=False, class_weight=None).fit(
            for_fitting(sp.vstack([refit.corpus_x[kept], x[train]]).tocsr()),
            [e.team for e in chosen], sample_weight=sample_weights(chosen))
        assert list(warm.predict(x[test])) == list(cold.predict(x[test]))
        moved_to_cloud += sum(a == "cloud" for a in warm.predict(x[test]))
    assert moved_to_cloud > 0  # the folds learnt the corrections, not just the corpus start


def test_the_start_is_fitted_only_when_enough_folds_will_use_it():
    many = _splits(["cloud", "cody"] * 4004, 0)  # 8,008 tickets: one fold judges enough
    assert _fold_fits(many, 1) == 1
    few = [test for r in range(3) for test in _splits(["cloud", "cody"] * 20, r)]
    assert _fold_fits(few, 3) == 15
    assert _fold_fits(_splits(["cloud", "cody"] * 100, 0), 1) == 5  # 200 tickets: every fold
