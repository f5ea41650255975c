"""`rfh import-history` against the Zendesk fake: labels, paging, resuming, rate limits."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from backend.db import db
from backend.learning.importer import CURSOR_NAME, import_history
from backend.models import Escalation, Feedback, ImportCursor
from tests.fakes.zendesk import DEFAULT_EMAIL, DEFAULT_TOKEN, ZendeskFake

TEAM_FIELD = 360000111
PRIORITY_FIELD = 360000222


@pytest.fixture
def zd_app(make_app, zendesk_fake: ZendeskFake):
    return make_app(zendesk_subdomain=zendesk_fake.subdomain, zendesk_email=DEFAULT_EMAIL,
                    zendesk_api_token=DEFAULT_TOKEN, zendesk_team_field_id=TEAM_FIELD,
                    history_priority_field_id=PRIORITY_FIELD,
                    history_tag_map={"billing_question": "sales-ce"})


def seed(fake: ZendeskFake) -> dict[str, int]:
    base = time.time() - 3 * 86400
    specs = {
        "field": dict(status="solved", custom_fields={TEAM_FIELD: "cody", PRIORITY_FIELD: "se_p1"}),
        "tags": dict(status="closed", tags=["team_search_platform", "se_p0"]),
        "mapped": dict(status="solved", tags=["billing_question"]),
        "rfh": dict(status="solved", tags=["rfh_17"]),
        "unlabelled": dict(status="solved", tags=["vip"]),
        "open": dict(status="open", custom_fields={TEAM_FIELD: "docs"}),
        "label": dict(status="solved", custom_fields={TEAM_FIELD: "team/graph"}),
    }
    return {name: fake.add_ticket(f"{name} subject", f"{name} description text",
                                  created_at=base + i * 60, **spec)  # type: ignore[arg-type]
            for i, (name, spec) in enumerate(specs.items())}


def _imported() -> dict[int, tuple[str, str]]:
    with db.transaction() as session:
        rows = session.execute(select(Feedback).where(Feedback.source == "import")).scalars()
        return {r.ticket_id: (r.team, r.priority) for r in rows if r.ticket_id is not None}


def _add_escalation(ticket_id: int) -> None:
    with db.transaction() as session:
        session.add(Escalation(dedupe_key=f"{ticket_id}:rfh", ticket_id=ticket_id, kind="rfh",
                               state="linked", marker="m", repo="sourcegraph/customer",
                               issue_number=17, team="release", priority="se/p0"))


def test_import_labels_solved_tickets_and_resumes_incrementally(zd_app, zendesk_fake):
    ids = seed(zendesk_fake)
    runner = zd_app.test_cli_runner()
    with zd_app.app_context():
        _add_escalation(ids["rfh"])
    first = runner.invoke(args=["import-history", "--since", "2020-01-01", "--per-page", "2"])
    assert first.exit_code == 0, first.output
    assert "imported 5" in first.output and "without a team 1" in first.output
    with zd_app.app_context():
        got = _imported()
        assert got[ids["field"]] == ("cody", "se/p1")
        assert got[ids["tags"]] == ("search-platform", "se/p0")
        assert got[ids["mapped"]][0] == "sales-ce" and got[ids["mapped"]][1].startswith("se/p")
        assert got[ids["rfh"]] == ("release", "se/p0")
        assert got[ids["label"]][0] == "graph"
        assert set(got) == {ids[k] for k in ("field", "tags", "mapped", "rfh", "label")}
        with db.transaction() as session:
            assert session.get(ImportCursor, CURSOR_NAME).cursor  # type: ignore[union-attr]

    # The next run starts from the saved cursor: only what changed since comes in.
    zendesk_fake.set_ticket(ids["open"], status="solved", updated_at=time.time())
    second = runner.invoke(args=["import-history"])
    assert second.exit_code == 0, second.output
    assert "imported 1" in second.output
    with zd_app.app_context():
        assert _imported()[ids["open"]][0] == "docs"
        assert len(_imported()) == 6


def test_a_rate_limit_waits_as_asked_and_loses_nothing(zd_app, zendesk_fake):
    ids = seed(zendesk_fake)
    client = zd_app.extensions["integrations"].zendesk()
    client.ratelimit_budget = 0.0
    waits: list[float] = []
    pages = {"n": 0}

    def on_ticket(stats) -> None:
        if stats.seen == 3 and not waits:  # mid-way: the next page is refused once
            zendesk_fake.too_many_requests("GET", "/api/v2/incremental/tickets/cursor.json",
                                           retry_after=7)
        pages["n"] += 1

    with zd_app.app_context():
        handbook = zd_app.extensions["live_model"].handbook
        stats = import_history(client, zd_app.config["SETTINGS"], handbook,
                               since=datetime.now(UTC) - timedelta(days=30), per_page=2,
                               on_ticket=on_ticket, sleep=waits.append)
        assert waits == [7.0] and stats.waits == 1
        imported = _imported()
    assert set(imported) == {ids[k] for k in ("field", "tags", "mapped", "label")}
    assert stats.imported == 4  # nothing twice, even though a page came again


def test_the_first_import_needs_a_date(zd_app):
    result = zd_app.test_cli_runner().invoke(args=["import-history"])
    assert result.exit_code != 0 and "--since" in result.output


def test_import_needs_zendesk(app):
    result = app.test_cli_runner().invoke(args=["import-history", "--since", "2020-01-01"])
    assert result.exit_code != 0 and "Zendesk is not configured" in result.output
