"""The gate on real retrains: corrections move a kind of ticket; noisy but mostly right
corrections of real-format tickets are promoted; shuffled labels never go live.

Each test runs one real retrain (the full blended pipeline) on the project's corpus; the verdict
is stored and read back through the database the service runs on. They are marked
`sqlite_pass`: when scripts/run-tests runs both passes side by side they run once, in the SQLite
pass, because their minute of fitting tells nothing new about PostgreSQL. PostgreSQL still sees
a rejected retrain (test_burst_held_back.py) and promoted ones on two instances, one killed
mid-fit (tests/postgres/test_two_instances_learning.py).
"""

from __future__ import annotations

import itertools
import random

import pytest
from sqlalchemy import select

from backend.db import db
from backend.learning import registry
from backend.learning.gate import SHOWN_FLIPS
from backend.learning.retrain import retrain
from backend.models import ModelVersion
from backend.routing.corpus import load_split, to_examples
from backend.routing.router import Ticket
from backend.settings import DEFAULT_MODEL_DIR

# The kind: Code Insights tickets. The handbook (and the model) send them to code-search;
# here the agents have decided data-analytics owns them now, and correct every suggestion.
KIND_FROM, KIND_TO = "code-search", "data-analytics"
_SUBJECTS = [
    "Code Insights backfill stuck for our {thing} insight",
    "Insight data series empty for {thing}",
    "Code Insights dashboard shows no points since {version}",
    "Search-based insight for {thing} never finishes calculating",
    "Capture group insight on {thing} shows wrong counts",
    "Insights page times out after upgrading to {version}",
]
_BODIES = [
    "We created a code insight tracking {thing} across all repositories. The backfill has been "
    "running for {days} days and the chart still has no data series points.",
    "Our insights dashboard for the platform team ({n} insights) stopped updating after the "
    "upgrade to {version}. Historical data for {thing} is missing.",
    "The code insights chart for {thing} shows {n} matches but a search finds far more. Is the "
    "insight backfill counting the same repositories?",
    "Is there a way to re-run the backfill of one insight? The data series for {thing} has gaps "
    "for the last {days} weeks.",
]
_THINGS = ["log4j usage", "deprecated logger calls", "TODO comments", "python 2 imports",
           "react class components", "jenkinsfiles", "terraform modules", "go 1.19 modules",
           "eslint disables", "lodash imports", "java 8 builds", "docker base images"]
_VERSIONS = ["5.1.0", "5.2.3", "5.3.1", "5.4.0"]


def kind_tickets(count: int, seed: int) -> list[Ticket]:
    """Code Insights tickets in varied wording (different seeds give unseen tickets)."""
    rng = random.Random(seed)
    combos = list(itertools.product(range(len(_SUBJECTS)), range(len(_BODIES)), _THINGS))
    rng.shuffle(combos)
    out = []
    for s, b, thing in combos[:count]:
        fill = {"thing": thing, "version": rng.choice(_VERSIONS), "days": rng.randint(2, 12),
                "n": rng.randint(3, 40)}
        out.append(Ticket(subject=_SUBJECTS[s].format(**fill),
                          description=_BODIES[b].format(**fill)))
    return out


def _inline(ticket: Ticket, ticket_id: int) -> dict[str, object]:
    return {"id": ticket_id, "subject": ticket.subject, "description": ticket.description}


def _correct(pipeline, examples) -> int:
    predicted = pipeline.predict([e.text for e in examples])
    return sum(p == e.team for p, e in zip(predicted, examples, strict=True))


def _is_kind(text: str) -> bool:
    return "insight" in text.lower()


@pytest.mark.sqlite_pass
def test_forty_corrections_move_a_kind_of_ticket_without_hurting_the_rest(app, auth):
    client = app.test_client()
    tickets = kind_tickets(50, seed=1)
    corrections, unseen = tickets[:40], tickets[40:]
    live_router = app.extensions["live_model"].router()
    first_guess = [live_router.suggest(t).team["key"] for t in unseen]
    assert first_guess.count(KIND_FROM) >= 8, first_guess  # the model's first idea is clear

    for n, ticket in enumerate(corrections, start=7001):
        shown = client.post("/api/v1/suggestions", json={"ticket": _inline(ticket, n)},
                            headers=auth).get_json()
        r = client.post("/api/v1/feedback", headers=auth, json={
            "ticket": _inline(ticket, n), "team": KIND_TO, "priority": shown["priority"]["label"],
            "suggestion_id": shown["suggestion_id"]})
        assert r.status_code == 201

    with app.app_context():
        old_version = live_router.version
        # (a team's weeks of corrections, posted by one test agent in seconds: a burst,
        # which backend/learning/bursts.py holds back unless told; tested there)
        result = retrain(app.config["SETTINGS"], lock_dir=tmp_lock(app), allow_bursts=True)
        assert result.status == "promoted", result.message
        judgement = result.scores["judgement"]
        assert judgement["feedback"]["n"] == len(corrections)  # every correction judged
        assert result.scores["feedback_cv"]["top1"] > judgement["feedback"]["live_top1"]
        new = app.extensions["live_model"].force_refresh()
    assert new is not None and new.version == result.version != old_version

    moved = [new.router.suggest(t).team["key"] for t in unseen]
    assert moved.count(KIND_TO) == len(unseen), moved

    heldout = to_examples(load_split(DEFAULT_MODEL_DIR / "data", "heldout"))
    elsewhere = [e for e in heldout if not _is_kind(e.text)]
    before = _correct(live_router.pipeline, elsewhere)
    after = _correct(new.pipeline, elsewhere)
    print(f"held-out elsewhere: {before} -> {after} of {len(elsewhere)}")
    # A retrain refits every weight, so a borderline ticket far from the corrections can flip
    # either way (with corpus round 6, one of 252: a Windows-1252 encoding search ticket went
    # from search-platform to graph). What the corrections must not do is move other tickets
    # wholesale: at most 1% of the held-out tickets elsewhere may be lost.
    assert after >= before - len(elsewhere) // 100, (before, after, len(elsewhere))


@pytest.mark.sqlite_pass
def test_shuffled_labels_give_a_rejected_candidate_and_the_live_model_stays(app, auth):
    rows = load_split(DEFAULT_MODEL_DIR / "data", "train")
    rng = random.Random(7)
    sample = rng.sample(rows, 200)
    labels = [r["team"] for r in sample]
    rng.shuffle(labels)
    client = app.test_client()
    for n, (row, team) in enumerate(zip(sample, labels, strict=True), start=9001):
        r = client.post("/api/v1/feedback", headers=auth, json={
            "ticket": {"id": n, "subject": row["subject"], "description": row["description"]},
            "team": team, "priority": "se/p2"})
        assert r.status_code == 201

    with app.app_context():
        live_before = app.extensions["live_model"].current().version
        result = retrain(app.config["SETTINGS"], lock_dir=tmp_lock(app))
        print("shuffled:", result.message)
        assert result.status == "rejected", result.message
        with db.transaction() as session:
            assert registry.live_version_id(session) == live_before
            stored = session.execute(
                select(ModelVersion).where(ModelVersion.id == result.version)
            ).scalar_one()
            assert stored.status == "rejected"
            assert stored.scores["corpus_heldout"]["top1"] < stored.scores[
                "live_on_same_data"]["corpus_heldout"]["top1"]
            assert stored.scores["judgement"]["promote"] is False
        assert app.extensions["live_model"].force_refresh().version == live_before


def _blind_rows() -> list[dict[str, object]]:
    import json

    # The real-format blind set (templates, logs, one-liners, threads): the handbook-written set
    # left the corrections nothing to gain once the corpus learnt those forms (round 3).
    path = DEFAULT_MODEL_DIR / "data" / "blind" / "real-format.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


_NAMES = ["Priya", "Tomasz", "Aiko", "Femi", "Lena", "Rafael"]


def _in_real_form(ticket: Ticket, rng: random.Random) -> Ticket:
    """A kind ticket as agents receive them: a reply thread, the web form, a chat or log paste."""
    name, other = rng.sample(_NAMES, 2)
    body, subject = ticket.description, ticket.subject
    form = rng.randrange(5)
    if form == 0:
        quoted = "\n".join(f"> {line}" for line in body.splitlines())
        return Ticket(f"Re: {subject}", f"Hi support,\n\nAny news? {other} still sees this "
                      f"today.\n\nThanks,\n{name}\n\nOn Tue, {name} wrote:\n{quoted}")
    if form == 1:
        return Ticket(subject, f"Sourcegraph version: 5.{rng.randint(1, 6)}.{rng.randint(0, 9)}"
                      f"\nPlatform information: kubernetes\n\n{body}\n\nSteps to reproduce:\n"
                      "1. open the insights dashboard\n2. wait for the chart")
    if form == 2:
        return Ticket(subject.lower(), f"pasted from slack:\n<{name.lower()}> {body.lower()}\n"
                      f"<{other.lower()}> same for us, can someone ask support?")
    if form == 3:
        return Ticket(subject, f"{body}\n\n```\n2025-05-{rng.randint(10, 28)}T09:14:02Z "
                      f"worker insights: series {rng.randint(100, 999)} backfill failed: "
                      "context deadline exceeded\n```")
    return Ticket(subject.lower(), f"{body.split('.')[0].lower()} pls help")


@pytest.mark.sqlite_pass
def test_noisy_but_mostly_right_corrections_of_real_tickets_are_promoted(app, auth):
    """Real-format tickets (greetings, logs, signatures) the corpus never saw, plus 30 Code
    Insights tickets in real forms that the agents now send to data-analytics, one in ten of
    all of them corrected to a wrong team: judged on every one, the candidate is promoted and
    its cross-validated top-1 is above the live model's.

    The real-format tickets alone carry nothing the corpus lacks (the candidate ties the live
    model on them: 0.800 against 0.804 before the insight tickets were added), so the gain has
    to come from what the corrections teach consistently, noise and all."""
    rng = random.Random(11)
    rows = _blind_rows()
    teams = sorted({str(r["team"]) for r in rows})
    rows += [{"subject": t.subject, "description": t.description, "team": KIND_TO,
              "kind": True} for t in (_in_real_form(k, rng) for k in kind_tickets(30, seed=3))]
    rng.shuffle(rows)
    client = app.test_client()
    wrong = 0
    for n, row in enumerate(rows, start=12001):
        team = str(row["team"])
        if rng.random() < 0.1:
            team, wrong = rng.choice([t for t in teams if t != team]), wrong + 1
        ticket = {"id": n, "subject": row["subject"], "description": row["description"],
                  "tags": row.get("tags", []), "organization": {"tags": row.get("org_tags", [])}}
        shown = client.post("/api/v1/suggestions", json={"ticket": ticket},
                            headers=auth).get_json()
        r = client.post("/api/v1/feedback", headers=auth, json={
            "ticket": ticket, "team": team, "priority": shown["priority"]["label"],
            "suggestion_id": shown["suggestion_id"]})
        assert r.status_code == 201, r.get_json()
    assert 0.05 * len(rows) <= wrong <= 0.2 * len(rows)
    with app.app_context():  # (allow_bursts: one test agent posts a team's weeks of choices)
        result = retrain(app.config["SETTINGS"], lock_dir=tmp_lock(app), allow_bursts=True)
    feedback = result.scores["judgement"]["feedback"]
    print(f"cross-validated top-1 on {feedback['n']} tickets: live {feedback['live_top1']} -> "
          f"candidate {feedback['candidate_top1']} (+{feedback['candidate_better']} "
          f"-{feedback['live_better']})")
    assert result.status == "promoted", result.message
    assert feedback["n"] == len(rows)
    assert feedback["candidate_top1"] > feedback["live_top1"]
    assert feedback["candidate_better"] > feedback["live_better"]
    assert len(feedback["fixed"]) == min(feedback["candidate_better"], SHOWN_FLIPS)
    # What it gained is mostly what the agents taught: the insight tickets they moved.
    moved = {f"#{n}" for n, row in enumerate(rows, start=12001) if row.get("kind")}
    assert 2 * len(moved & set(feedback["fixed"])) > len(feedback["fixed"]), feedback["fixed"]


def tmp_lock(app):
    """The instance folder the app keeps its lock files in."""
    from pathlib import Path

    return Path(app.instance_path)


@pytest.mark.parametrize("seed", [1, 2])
def test_kind_tickets_are_varied_and_reproducible(seed):
    a, b = kind_tickets(20, seed), kind_tickets(20, seed)
    assert [t.subject for t in a] == [t.subject for t in b]
    assert len({(t.subject, t.description) for t in a}) == 20
