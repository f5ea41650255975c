"""ZendeskTickets against the Zendesk fake over real HTTP (no patching of the client)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from backend.integrations.zendesk import ZendeskError, ZendeskTickets
from backend.tickets import Comment, Person, Ticket
from tests.fakes.zendesk import DEFAULT_EMAIL, DEFAULT_TOKEN, ZendeskFake

# zendesk_fake (sets ZENPY_FORCE_*); harmless once tests/conftest.py loads the plugin too.
pytest_plugins = ["tests.fakes.pytest_plugin"]

FIELD_ID = 360001234567


def client(fake: ZendeskFake, token: str = DEFAULT_TOKEN, **kw: float) -> ZendeskTickets:
    return ZendeskTickets(fake.subdomain, DEFAULT_EMAIL, token, **kw)


def seed_ticket(fake: ZendeskFake, **kw: object) -> int:
    org = fake.add_org("Globex Corporation", tags=["enterprise", "eu"])
    ruth = fake.add_user("Ruth Requester", "ruth@globex.example", organization_id=org)
    args: dict[str, object] = {
        "requester_id": ruth, "organization_id": org, "priority": "high",
        "tags": ["export", "vip"], "custom_fields": {FIELD_ID: None, 360009: "eu-west"},
    }
    args.update(kw)
    return fake.add_ticket("CSV export fails", "Export fails every time.", **args)  # type: ignore[arg-type]


# --------------------------------------------------------------------- get_ticket


def test_get_ticket_maps_every_field(zendesk_fake: ZendeskFake) -> None:
    tid = seed_ticket(
        zendesk_fake,
        attachments=[{"file_name": "screenshot.png", "content_type": "image/png"}],
        comments=[
            "It fails for the EU workspace only.",
            {"body": "Reproduced; HAR attached.", "public": False,
             "attachments": [{"file_name": "export.har"}]},
        ],
    )

    data = client(zendesk_fake).get_ticket(tid)
    ids = [c["id"] for c in zendesk_fake.ticket_comments(tid)]

    assert data == Ticket(
        id=tid,
        subject="CSV export fails",
        description="Export fails every time.",
        comments=[Comment("It fails for the EU workspace only.", author="Ruth Requester",
                          author_email="ruth@globex.example", author_role="end-user", id=ids[1]),
                  Comment("Reproduced; HAR attached.", public=False, author="Ruth Requester",
                          author_email="ruth@globex.example", author_role="end-user",
                          id=ids[2])],
        tags=["export", "vip"],
        priority="high",
        organization="Globex Corporation",
        org_tags=["enterprise", "eu"],
        org_domains=[],
        requester_name="Ruth Requester",
        requester_email="ruth@globex.example",
        attachments=["screenshot.png", "export.har"],
        custom_fields={FIELD_ID: None, 360009: "eu-west"},
        url=f"https://{zendesk_fake.subdomain}.zendesk.com/agent/tickets/{tid}",
        people=[Person("Ruth Requester", "ruth@globex.example", "end-user")],
    )


def test_get_ticket_pages_through_comments_oldest_first(zendesk_fake: ZendeskFake) -> None:
    tid = seed_ticket(zendesk_fake, comments=[f"comment {i}" for i in range(149)])

    data = client(zendesk_fake).get_ticket(tid)

    assert data.comment_bodies() == [f"comment {i}" for i in range(149)]
    pages = zendesk_fake.requests_to("GET", f"/api/v2/tickets/{tid}/comments.json")
    assert len(pages) == 2  # 150 comments in pages of 100, followed by links.next
    assert pages[1].param("page[after]")


def test_get_ticket_without_org_or_with_deleted_requester(zendesk_fake: ZendeskFake) -> None:
    tid = zendesk_fake.add_ticket("Lonely", "no org", requester_id=123456789)

    data = client(zendesk_fake).get_ticket(tid)

    assert data.organization is None
    assert data.requester_name is None and data.requester_email is None
    assert data.priority is None and list(data.comments) == [] and data.custom_fields == {}


def test_get_ticket_cleans_text_no_store_or_encoder_takes(zendesk_fake: ZendeskFake) -> None:
    # Half a surrogate pair and a NUL, escaped in Zendesk's JSON: valid JSON, not UTF-8.
    tid = zendesk_fake.add_ticket("Emoji \ud83d cut", "Body\x00 here",
                                  comments=["first", "reply \udc00 end"], tags=["ok"])

    data = client(zendesk_fake).get_ticket(tid)

    assert data.subject == "Emoji ? cut" and data.description == "Body here"
    assert [c.body for c in data.comments] == ["first", "reply ? end"]
    assert list(data.tags) == ["ok"]
    for text in (data.subject, data.description, *data.comment_bodies()):
        text.encode("utf-8")  # raises on a lone surrogate


def test_get_unknown_ticket_is_not_found(zendesk_fake: ZendeskFake) -> None:
    with pytest.raises(ZendeskError) as err:
        client(zendesk_fake).get_ticket(404404)

    assert err.value.code == "not_found"
    assert "404" in err.value.message


def test_wrong_token_is_unauthorized(zendesk_fake: ZendeskFake) -> None:
    tid = seed_ticket(zendesk_fake)

    with pytest.raises(ZendeskError) as err:
        client(zendesk_fake, token="wrong").get_ticket(tid)

    assert err.value.code == "unauthorized"
    assert "Couldn't authenticate you" in err.value.message


def test_slow_zendesk_is_timeout(zendesk_fake: ZendeskFake) -> None:
    tid = seed_ticket(zendesk_fake)
    zendesk_fake.delay("GET", f"/api/v2/tickets/{tid}.json", 3)

    started = time.monotonic()
    with pytest.raises(ZendeskError) as err:
        client(zendesk_fake, timeout=1).get_ticket(tid)

    assert err.value.code == "timeout"
    assert time.monotonic() - started < 2.5


# ------------------------------------------------------------------- link / note


def test_link_issue_adds_private_note_tags_and_field(zendesk_fake: ZendeskFake) -> None:
    tid = seed_ticket(zendesk_fake)
    url = "https://github.example/acme/support-escalations/issues/12"

    client(zendesk_fake).link_issue(
        tid, note=f"RFH filed: {url}", tags=["rfh_filed", "vip"], field_id=FIELD_ID,
        field_value=url,
    )

    assert zendesk_fake.ticket_tags(tid) == ["export", "vip", "rfh_filed"]  # old tags kept
    assert zendesk_fake.notes(tid) == [f"RFH filed: {url}"]  # private
    assert zendesk_fake.ticket_comments(tid)[-1]["public"] is False
    assert zendesk_fake.custom_field(tid, FIELD_ID) == url
    assert zendesk_fake.custom_field(tid, 360009) == "eu-west"  # other fields untouched
    writes = [r for r in zendesk_fake.requests if r.method != "GET"]
    assert [(r.method, r.path) for r in writes] == [
        ("PUT", f"/api/v2/tickets/{tid}/tags.json"),  # Add Tags, not Set Tags (POST)
        ("PUT", f"/api/v2/tickets/{tid}.json"),
    ]
    assert writes[1].json == {"ticket": {
        "id": tid, "comment": {"body": f"RFH filed: {url}", "public": False},
        "custom_fields": [{"id": FIELD_ID, "value": url}]}}


def test_link_issue_without_field_or_tags_sends_only_the_note(zendesk_fake: ZendeskFake) -> None:
    tid = seed_ticket(zendesk_fake)

    client(zendesk_fake).link_issue(tid, note="see RFH", tags=[], field_id=None, field_value=None)

    assert zendesk_fake.notes(tid) == ["see RFH"]
    assert zendesk_fake.ticket_tags(tid) == ["export", "vip"]
    assert zendesk_fake.count("PUT") == 1
    assert "custom_fields" not in zendesk_fake.requests_to("PUT")[0].json["ticket"]


def test_add_note_is_private_and_one_request(zendesk_fake: ZendeskFake) -> None:
    tid = seed_ticket(zendesk_fake)

    client(zendesk_fake).add_note(tid, "Engineering is on it.")

    assert zendesk_fake.notes(tid) == ["Engineering is on it."]
    assert zendesk_fake.count() == 1


def test_500_on_the_note_is_unavailable_and_not_retried(zendesk_fake: ZendeskFake) -> None:
    tid = seed_ticket(zendesk_fake)
    zendesk_fake.fail("PUT", f"/api/v2/tickets/{tid}.json", 500, times=None)

    with pytest.raises(ZendeskError) as err:
        client(zendesk_fake).add_note(tid, "x")

    assert err.value.code == "unavailable"
    assert "500" in err.value.message
    assert zendesk_fake.count("PUT") == 1
    assert zendesk_fake.notes(tid) == []


def test_503_on_the_note_is_not_retried_either(zendesk_fake: ZendeskFake) -> None:
    tid = seed_ticket(zendesk_fake)
    zendesk_fake.fail("PUT", f"/api/v2/tickets/{tid}.json", 503, times=None)

    with pytest.raises(ZendeskError) as err:
        client(zendesk_fake).link_issue(tid, note="x", tags=["rfh"], field_id=None,
                                        field_value=None)

    assert err.value.code == "unavailable"
    assert zendesk_fake.count("PUT", f"/api/v2/tickets/{tid}.json") == 1  # a PUT posts a note
    assert "rfh" in zendesk_fake.ticket_tags(tid)  # tags went first; calling again is safe


def test_update_of_a_closed_ticket_is_invalid(zendesk_fake: ZendeskFake) -> None:
    tid = seed_ticket(zendesk_fake, status="closed")

    with pytest.raises(ZendeskError) as err:
        client(zendesk_fake).add_note(tid, "too late")

    assert err.value.code == "invalid"
    assert "closed prevents ticket update" in err.value.message


# -------------------------------------------------------------------- rate limits


def test_429_beyond_the_budget_is_rate_limited(zendesk_fake: ZendeskFake) -> None:
    tid = seed_ticket(zendesk_fake)
    zendesk_fake.too_many_requests("GET", f"/api/v2/tickets/{tid}.json", retry_after=30)

    with pytest.raises(ZendeskError) as err:
        client(zendesk_fake, ratelimit_budget=3).get_ticket(tid)

    assert err.value.code == "rate_limited"
    assert err.value.retry_after == 30
    assert zendesk_fake.count("GET", f"/api/v2/tickets/{tid}.json") == 1


def test_429_within_the_budget_waits_and_succeeds(zendesk_fake: ZendeskFake) -> None:
    tid = seed_ticket(zendesk_fake)
    zendesk_fake.too_many_requests("PUT", f"/api/v2/tickets/{tid}.json", retry_after=1)

    client(zendesk_fake, ratelimit_budget=3).add_note(tid, "after a pause")

    assert zendesk_fake.notes(tid) == ["after a pause"]
    assert zendesk_fake.count("PUT") == 2  # the 429 one was not processed, so no double note


def test_the_budget_is_per_call_not_per_client_lifetime(zendesk_fake: ZendeskFake) -> None:
    tid = seed_ticket(zendesk_fake)
    zd = client(zendesk_fake, ratelimit_budget=3)

    for i in range(3):  # zenpy alone would have spent its budget of 3 s by the third
        zendesk_fake.too_many_requests("PUT", f"/api/v2/tickets/{tid}.json", retry_after=1)
        zd.add_note(tid, f"note {i}")

    assert zendesk_fake.notes(tid) == ["note 0", "note 1", "note 2"]


def test_429_without_retry_after_is_rate_limited(zendesk_fake: ZendeskFake) -> None:
    tid = seed_ticket(zendesk_fake)
    zendesk_fake.fail("GET", f"/api/v2/tickets/{tid}.json", 429)

    with pytest.raises(ZendeskError) as err:
        client(zendesk_fake).get_ticket(tid)

    assert err.value.code == "rate_limited"
    assert err.value.retry_after is None


# ------------------------------------------------------------ incremental export


def seed_export(fake: ZendeskFake) -> dict[str, int]:
    base = time.time() - 5 * 86400
    statuses = ["solved", "open", "closed", "pending", "solved", "solved", "new", "closed",
                "solved"]
    return {f"t{i}": fake.add_ticket(f"t{i}", f"d{i}", status=s, created_at=base + i * 600,
                                     tags=[f"tag{i}"], custom_fields={FIELD_ID: f"v{i}"})
            for i, s in enumerate(statuses)}


SOLVED = ["t0", "t2", "t4", "t5", "t7", "t8"]


def test_export_pages_through_all_solved_tickets(zendesk_fake: ZendeskFake) -> None:
    ids = seed_export(zendesk_fake)
    since = datetime.now(UTC) - timedelta(days=30)

    export = client(zendesk_fake).iter_solved(since, per_page=2)
    rows = list(export)

    assert [r.subject for r in rows] == SOLVED
    assert rows[0].id == ids["t0"] and rows[0].tags == ["tag0"]
    assert rows[0].custom_fields == {FIELD_ID: "v0"}
    assert export.end_of_stream and export.pages == 5  # 9 tickets, 2 a page
    first = zendesk_fake.requests_to("GET", "/api/v2/incremental/tickets/cursor.json")[0]
    assert first.param("start_time") == str(int(since.timestamp()))
    assert first.param("per_page") == "2"


def test_exported_tickets_are_cleaned_like_read_ones(zendesk_fake: ZendeskFake) -> None:
    # The history import stores these texts: PostgreSQL takes no NUL, no encoder a lone surrogate.
    zendesk_fake.add_ticket("Cut \ud83d emoji", "NUL\x00 inside", status="solved",
                            created_at=time.time() - 86400, custom_fields={FIELD_ID: "v\udc00"})

    rows = list(client(zendesk_fake).iter_solved(datetime.now(UTC) - timedelta(days=3)))

    assert [(r.subject, r.description) for r in rows] == [("Cut ? emoji", "NUL inside")]
    assert rows[0].custom_fields == {FIELD_ID: "v?"}


def test_export_resumes_from_its_cursor_without_losing_tickets(zendesk_fake: ZendeskFake) -> None:
    seed_export(zendesk_fake)
    zd = client(zendesk_fake)
    export = zd.iter_solved(datetime.now(UTC) - timedelta(days=30), per_page=2)
    seen = [next(export).subject for _ in range(3)]  # t0, t2, t4 ... then the worker stops
    assert seen == ["t0", "t2", "t4"]

    resumed = zd.iter_solved(cursor=export.cursor)
    rest = [r.subject for r in resumed]

    assert set(seen) | set(rest) == set(SOLVED)  # nothing lost (a page may come again)
    assert rest[-3:] == ["t5", "t7", "t8"]


def test_export_cursor_at_the_end_picks_up_only_new_changes(zendesk_fake: ZendeskFake) -> None:
    ids = seed_export(zendesk_fake)
    zd = client(zendesk_fake)
    export = zd.iter_solved(datetime.now(UTC) - timedelta(days=30), per_page=4)
    assert [r.subject for r in export] == SOLVED
    final = export.cursor
    assert final is not None

    zendesk_fake.set_ticket(ids["t1"], status="solved", updated_at=time.time())
    later = [r.subject for r in zd.iter_solved(cursor=final)]

    assert later == ["t1"]


def test_export_rate_limited_midway_then_resumed(zendesk_fake: ZendeskFake) -> None:
    seed_export(zendesk_fake)
    zd = client(zendesk_fake, ratelimit_budget=3)
    export = zd.iter_solved(datetime.now(UTC) - timedelta(days=30), per_page=2)
    got = [next(export).subject, next(export).subject]  # page 1 (t0) and page 2 (t2)
    zendesk_fake.too_many_requests("GET", "/api/v2/incremental/tickets/cursor.json",
                                   retry_after=60)

    with pytest.raises(ZendeskError) as err:
        got.extend(r.subject for r in export)

    assert err.value.code == "rate_limited" and err.value.retry_after == 60
    got.extend(r.subject for r in zd.iter_solved(cursor=export.cursor))
    assert set(got) == set(SOLVED)


def test_export_rejects_a_too_recent_start(zendesk_fake: ZendeskFake) -> None:
    with pytest.raises(ZendeskError) as err:
        list(client(zendesk_fake).iter_solved(datetime.now(UTC)))

    assert err.value.code == "invalid"


def test_export_needs_since_or_cursor(zendesk_fake: ZendeskFake) -> None:
    zd = client(zendesk_fake)
    with pytest.raises(ValueError):
        zd.iter_solved()
    with pytest.raises(ValueError):
        zd.iter_solved(datetime.now(UTC), cursor="abc")


def test_has_private_note_matches_a_whole_line_of_a_private_note_only(
    zendesk_fake: ZendeskFake
) -> None:
    tid = seed_ticket(zendesk_fake)
    issue = "https://github.com/acme/support-escalations/issues/12"
    line = f"Request for help filed: {issue}"
    zendesk_fake.add_comment(tid, f"eng replied on the linked GitHub issue:\n{issue}"
                             "#issuecomment-9\n\nFound it.", public=False)
    zendesk_fake.add_comment(tid, f"Request for help filed: {issue}3", public=False)
    zendesk_fake.add_comment(tid, line, public=True)  # public: never the service's note
    zd = client(zendesk_fake)

    assert zd.has_private_note(tid, line) is False

    zendesk_fake.add_comment(tid, f"{line}\nIssue: acme/support-escalations#12", public=False)

    assert zd.has_private_note(tid, line) is True
    assert zd.has_private_note(tid, f"{issue}#issuecomment-9") is True
