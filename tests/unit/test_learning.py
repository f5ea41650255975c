"""Learning loop pieces without training: feedback selection, weights, the gate, the registry."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from sqlalchemy import select

from backend.db import db
from backend.learning import registry
from backend.learning.feedback import (
    latest_per_ticket,
    override_stats,
    record_feedback,
    split_stored_text,
)
from backend.learning.gate import Comparison, compare, judge
from backend.learning.trainer import (
    FEEDBACK_WEIGHT,
    build_training_set,
    corpus_class_weight,
    feedback_weight,
    superseded,
)
from backend.models import Feedback, ModelVersion
from backend.routing.corpus import Example, load_split, to_examples
from backend.routing.router import Ticket
from backend.settings import DEFAULT_MODEL_DIR
from backend.tickets import Comment


def _row(id_: int, ticket_id: int | None, team: str, source: str = "sidebar") -> Feedback:
    return Feedback(id=id_, ticket_id=ticket_id, team=team, priority="se/p2", source=source,
                    subject="s", text="t")


def test_the_latest_agent_choice_per_ticket_wins_over_older_ones_and_imports():
    rows = [_row(1, 10, "cody"), _row(2, 10, "docs"), _row(3, 11, "graph"),
            _row(4, 11, "source", source="import"), _row(5, None, "cloud"),
            _row(6, None, "release"), _row(7, 12, "docs", source="import")]
    chosen = {(r.ticket_id, r.id): r.team for r in latest_per_ticket(rows)}
    assert chosen == {(10, 2): "docs", (11, 3): "graph", (None, 5): "cloud",
                      (None, 6): "release", (12, 7): "docs"}


def test_stored_text_round_trips_tags_and_body(app):
    ticket = Ticket(subject="S", description="body line", comments=[Comment("c1")],
                    tags=["Managed_Instance"], org_tags=["enterprise"], id=3)
    with app.app_context(), db.transaction() as session:
        row = record_feedback(session, ticket=ticket, team="cloud", priority="se/p2",
                              suggested_team="release", suggested_priority="se/p2",
                              model_version=1, agent="a")
        tags, body = split_stored_text(row.text)
    assert tags == ["enterprise", "managed_instance"]
    assert body == "body line\nc1"
    assert split_stored_text("[tags: but no newline") == ([], "[tags: but no newline")


def test_override_stats_count_agent_choices_since_a_moment(app):
    with app.app_context(), db.transaction() as session:
        for team, suggested, source in [("cody", "cody", "sidebar"), ("docs", "cody", "sidebar"),
                                        ("docs", "cody", "escalation"), ("docs", None, "import")]:
            record_feedback(session, ticket=Ticket(subject="x", id=1), team=team,
                            priority="se/p2", suggested_team=suggested,
                            suggested_priority="se/p2", model_version=1, agent=None,
                            source=source)
        stats = override_stats(session, None)
        later = override_stats(session, datetime.now(UTC) + timedelta(hours=1))
    assert stats == {"choices": 3, "overrides": 2, "override_rate": round(2 / 3, 4),
                     "team_override_rate": round(2 / 3, 4)}
    assert later["choices"] == 0 and later["override_rate"] is None


def test_feedback_outweighs_the_corpus_and_recent_outweighs_old():
    now = datetime(2026, 11, 1, tzinfo=UTC)
    fresh = feedback_weight(now, now)
    month = feedback_weight(now - timedelta(days=30), now)
    years = feedback_weight(now - timedelta(days=3 * 365), now)
    assert fresh == pytest.approx(FEEDBACK_WEIGHT)
    assert fresh > month > years > 1.0


def test_training_set_learns_every_ticket_and_knows_what_live_saw():
    rows = [_row(n, n, "docs") for n in range(1, 41)] + [_row(41, 5, "cody")]
    for row in rows:
        row.subject, row.text = "Docs site 404", "docs.sourcegraph.com returns 404 for the page"
        row.created_at = datetime.now(UTC)
    training = build_training_set(DEFAULT_MODEL_DIR, rows, live_until_id=10)
    fed = [e for e in training.examples if e.source == "sidebar"]
    assert len(fed) == training.feedback_tickets == 40  # ticket 5's latest choice only
    assert all(e.weight > 1.0 for e in fed)
    assert {t.key: t.example.team for t in training.tickets}["#5"] == "cody"
    assert {t.key: t.example.team for t in training.known_to_live} == {
        f"#{n}": "docs" for n in range(1, 11)}  # as the live model learned them
    assert training.feedback_until_id == 41


def test_superseded_needs_the_neighbours_to_be_feedback_of_another_team():
    corpus = [Example(f"helm chart upgrade fails on kubernetes cluster {n}", "release")
              for n in range(3)] + [Example("cody chat answers slowly in vs code", "cody")]
    agree = [Example(f"helm chart upgrade fails on kubernetes cluster node {n}", "release", None,
                     3.0, "sidebar") for n in range(10)]
    disagree = [Example(f"helm chart upgrade fails on kubernetes cluster node {n}", "cloud", None,
                        3.0, "sidebar") for n in range(10)]
    assert not superseded(corpus, agree).any()
    assert superseded(corpus, disagree).tolist() == [True] * 3 + [False]
    assert not superseded(corpus, []).any()


def test_a_correction_only_supersedes_corpus_tickets_of_the_team_it_overrode():
    corpus = [Example(f"helm chart upgrade fails on kubernetes cluster {n}", "release")
              for n in range(3)] + [Example("helm chart upgrade fails on kubernetes docs", "docs")]

    def corrections(shown: str | None) -> list[Example]:
        return [Example(f"helm chart upgrade fails on kubernetes cluster node {n}", "cloud", None,
                        3.0, "sidebar", shown) for n in range(10)]

    # Shown release, chose cloud: against the release tickets, not the docs one that reads alike.
    assert superseded(corpus, corrections("release")).tolist() == [True] * 3 + [False]
    # Shown cloud and kept it (a confirmation): it contradicts nobody.
    assert not superseded(corpus, corrections("cloud")).any()
    # Imported history (nothing was shown) speaks against any team.
    assert superseded(corpus, corrections(None)).tolist() == [True] * 4


def test_superseded_judging_a_tail_gives_the_whole_masks_entries_for_it():
    corpus = to_examples(load_split(DEFAULT_MODEL_DIR / "data", "train"))[:300]
    # Corrections that read like corpus tickets (with duplicates): some are superseded, some not.
    feedback = [Example(e.text, "cloud" if n % 3 else "docs", None, 3.0, "sidebar")
                for n, e in enumerate(corpus[::4])]
    whole = superseded(corpus, feedback)
    assert 0 < whole[200:].sum() < 100
    tail = superseded(corpus, feedback, judged_from=200)
    assert len(tail) == 100 and np.array_equal(tail, whole[200:])
    assert not superseded(corpus, [], judged_from=200).any()
    assert len(superseded(corpus, feedback, judged_from=300)) == 0


def test_corpus_class_weight_gives_rarer_teams_more_weight():
    corpus = [Example("a", "cody")] * 6 + [Example("b", "docs")] * 3 + [Example("c", "graph")]
    # n / (teams * count): 10 / (3 * 6), 10 / (3 * 3), 10 / (3 * 1)
    assert corpus_class_weight(corpus) == pytest.approx({"cody": 10 / 18, "docs": 10 / 9,
                                                         "graph": 10 / 3})


def test_feedback_does_not_rebalance_the_teams_the_corpus_balanced():
    corpus = to_examples(load_split(DEFAULT_MODEL_DIR / "data", "train"))
    counts = Counter(e.team for e in corpus)
    balanced = {team: len(corpus) / (len(counts) * n) for team, n in counts.items()}
    rows = [_row(n, n, "data-analytics") for n in range(1, 41)]
    for row in rows:
        row.subject, row.text = "Insight backfill stuck", "the code insights chart has no points"
        row.suggested_team = "code-search"
    training = build_training_set(DEFAULT_MODEL_DIR, rows)
    assert training.class_weight == pytest.approx(balanced)
    assert training.superseded > 0  # code-search tickets left, and their weight did not grow


def _compare(cand_right: int, live_right: int, both: int, neither: int = 0) -> Comparison:
    keys, truth, cand, live = [], [], [], []
    for n, (c, w) in enumerate([(1, 0)] * cand_right + [(0, 1)] * live_right
                               + [(1, 1)] * both + [(0, 0)] * neither):
        keys.append(f"#{n}")
        truth.append("docs")
        cand.append("docs" if c else "cody")
        live.append("docs" if w else "graph")
    return compare(keys, truth, cand, live)


def test_compare_pairs_the_answers_and_names_the_flipped_tickets():
    result = compare(["#1", "#2", "#3", "#4"], ["a", "b", "c", "d"], ["a", "b", "x", "x"],
                     ["a", "x", "c", "y"])
    assert (result.n, result.candidate_top1, result.live_top1) == (4, 0.5, 0.5)
    assert (result.candidate_only, result.live_only) == (["#2"], ["#3"])
    assert result.p_worse == pytest.approx(0.75)  # P(X >= 1), X ~ Binomial(2, 1/2)


def test_gate_rejects_only_a_candidate_worse_with_confidence():
    guard = _compare(0, 0, 250)
    # 8 tickets lost, none won: p = 1/256.
    assert not judge(_compare(0, 8, 100), guard).promote
    # 4 lost, 1 won is noise (p = 0.19): promoted, as is a tie.
    assert judge(_compare(1, 4, 100), guard).promote
    assert judge(_compare(3, 3, 100), guard).promote
    assert judge(None, None).promote  # nothing to compare with


def test_the_corpus_guard_trips_on_a_clear_loss_or_a_large_drop():
    better = _compare(20, 0, 80)
    assert not judge(better, _compare(0, 12, 240)).promote  # p < 0.001
    assert not judge(better, _compare(5, 20, 200, 30)).promote  # drop of 6 points
    verdict = judge(better, _compare(2, 5, 240))
    assert verdict.promote and "+20 -0" in verdict.reason
    stored = verdict.as_dict()
    assert stored["feedback"]["fixed"][:2] == ["#0", "#1"] and stored["feedback"]["broke"] == []


def _install_blob(status: str, artifact: bytes = b"not a skops file") -> int:
    with db.transaction() as session:
        row = ModelVersion(status=status, artifact=artifact, sha256=registry.sha256(artifact),
                           meta={}, scores={}, training_size=0)
        session.add(row)
        session.flush()
        if status == "live":
            registry.promote(session, row.id)
        return row.id


def test_a_live_version_that_fails_to_load_is_never_swapped_in(app):
    live = app.extensions["live_model"]
    with app.app_context():
        good = live.current().version
        broken = _install_blob("live")
        assert live.force_refresh().version == good
        assert live.router().version == good
        with db.transaction() as session:
            assert registry.live_version_id(session) == broken


def test_rollback_refuses_unknown_candidate_rejected_and_unloadable_versions(app):
    with app.app_context():
        good = app.extensions["live_model"].current().version
        candidate = _install_blob("candidate")
        rejected = _install_blob("rejected")
        retired = _install_blob("retired")
        with db.transaction() as session:
            for version in (10**6, candidate, rejected):
                with pytest.raises(registry.RollbackError):
                    registry.rollback(session, version)
        with pytest.raises(registry.ModelLoadError), db.transaction() as session:
            registry.rollback(session, retired)
        with db.transaction() as session:
            assert registry.live_version_id(session) == good


def test_abandoned_candidates_are_marked_rejected(app):
    with app.app_context():
        version = _install_blob("candidate")
        with db.transaction() as session:
            assert registry.abandon_candidates(session) == 1
        with db.transaction() as session:
            row = session.execute(
                select(ModelVersion).where(ModelVersion.id == version)
            ).scalar_one()
            assert row.status == "rejected" and "abandoned" in (row.note or "")


def test_the_corpus_guard_trips_on_a_candidate_that_lost_its_confidence():
    keys, truth = [f"heldout {n}" for n in range(250)], ["docs"] * 250
    rng = np.random.default_rng(0)
    live = rng.uniform(0.6, 0.95, 250)

    def guard(candidate_confidence):
        return compare(keys, truth, truth, truth, (candidate_confidence, live))

    confused = guard(live - 0.3)  # same answers, far less sure of them
    assert (confused.live_only, confused.confidence_drop) == ([], pytest.approx(0.3))
    assert not judge(None, confused).promote
    assert judge(None, guard(live - rng.uniform(-0.05, 0.07, 250))).promote  # a wobble
