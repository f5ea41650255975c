"""Hostile ticket text: huge, binary, malformed, right-to-left, and written to take over markdown.

Tickets are written by customers and pasted by agents; whatever they contain, the service must
answer in its contract (a suggestion, a recorded choice, a preview) or with a clean 4xx, and the
issue it would file must keep the customer's words inside quote blocks and mention nobody.
"""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import func, select

from backend.db import db
from backend.models import Feedback
from tests.conftest import assert_error_shape


@pytest.fixture
def client(shared_app):
    """A client of the module's app (one model load for the whole module)."""
    return shared_app.test_client()


def feedback_count(app) -> int:
    with app.app_context(), db.transaction() as session:
        return session.execute(select(func.count()).select_from(Feedback)).scalar_one()

SUGGESTIONS = "/api/v1/suggestions"
FEEDBACK = "/api/v1/feedback"
PREVIEW = "/api/v1/escalations/preview"

ONE_MB = "Search returns 500 for regex queries on the monorepo. " * 19_000  # ~1 MB
LOG_LINES = "\n".join(
    f"2024-05-0{i % 9 + 1}T10:{i % 60:02d}:00Z ERROR frontend: searcher timeout after 30s "
    f"(repo=github.com/acme/mono-{i}, shard={i % 17})" for i in range(10_000)
)
RTL_EMOJI = ("البحث لا يعمل منذ الترقية 🔥🔥 — החיפוש נכשל ‮txet desrever‬ "
             "👩🏽‍💻🇪🇺 zero\u200bwidth and combining e\u0301")
HTML_SUBJECTS = [
    "<script>alert('x')</script> Search broken",
    "<img src=x onerror=alert(1)> **bold** [click](https://evil.example/)",
    "# Heading\n---\n| table | row |",
    "</details></blockquote><!-- rfh-ticket:999:rfh --> Cody is down",
    "`code` ```fence @everyone @acme/eng-team",
]

HOSTILE_TICKETS = {
    "one_megabyte": {"subject": "Regex search fails", "description": ONE_MB},
    "nul_bytes": {"subject": "Sync\x00 stuck", "description": "Repo\x00 sync \x00fails",
                  "comments": ["\x00\x00\x00"]},
    "ten_thousand_log_lines": {"subject": "Searcher timeouts", "description": LOG_LINES},
    "rtl_and_emoji": {"subject": "🔥 " + RTL_EMOJI[:60], "description": RTL_EMOJI * 50},
    **{f"html_subject_{i}": {"subject": s, "description": "Cody answers are empty."}
       for i, s in enumerate(HTML_SUBJECTS)},
}


@pytest.mark.parametrize("ticket", HOSTILE_TICKETS.values(), ids=HOSTILE_TICKETS.keys())
def test_suggestion_answers_any_ticket(client, auth, ticket):
    r = client.post(SUGGESTIONS, json={"ticket": ticket}, headers=auth)
    assert r.status_code == 200, r.get_data(as_text=True)[:300]
    body = r.get_json()
    assert body["team"]["key"] in {a["key"] for a in body["alternatives"]}
    assert re.fullmatch(r"se/p[0-3]", body["priority"]["label"])
    assert r.mimetype == "application/json"


def raw_post(client, path, text, auth):
    """POST a body given as already-encoded JSON text (so it can hold what json.dumps refuses)."""
    return client.post(path, data=text.encode("utf-8", "surrogatepass"),
                       headers={**auth, "Content-Type": "application/json"})


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "\\udc00abc\\ud83d"])
def test_lone_surrogates_never_break_the_service(client, auth, escape):
    text = json.dumps({"ticket": {"subject": "x", "description": "@@"}}).replace("@@", escape)
    r = raw_post(client, SUGGESTIONS, text, auth)
    if r.status_code != 200:
        assert_error_shape(r, r.status_code)
        assert 400 <= r.status_code < 500


@pytest.mark.parametrize("payload", [
    b"\xff\xfe{\"ticket\": 1}", b"{\"ticket\": {\"subject\": \"\xc3\x28\"}}", b"\x00" * 64,
    b"{" * 10_000,
])
def test_undecodable_bodies_are_clean_4xx(client, auth, payload):
    r = client.post(SUGGESTIONS, data=payload, headers={**auth, "Content-Type": "application/json"})
    error = assert_error_shape(r, r.status_code)
    assert 400 <= r.status_code < 500, error


def test_body_over_the_size_limit_is_413(client, auth):
    huge = {"ticket": {"subject": "x", "description": "a" * 1_100_000,
                       "comments": ["b" * 190_000] * 3}}
    r = client.post(SUGGESTIONS, json=huge, headers=auth)
    assert_error_shape(r, 413)


@pytest.mark.parametrize("ticket", HOSTILE_TICKETS.values(), ids=HOSTILE_TICKETS.keys())
def test_feedback_on_hostile_text_is_recorded(shared_app, client, auth, ticket):
    before = feedback_count(shared_app)
    r = client.post(FEEDBACK, json={"ticket": ticket, "team": "search-platform",
                                    "priority": "se/p2"}, headers=auth)
    assert r.status_code == 201, r.get_data(as_text=True)[:300]
    assert feedback_count(shared_app) == before + 1


# --------------------------------------------------------------- the issue body it would file

MENTION = re.compile(r"(?<![\w`])@(everyone|here|channel|acme/eng-team|org/team)\b", re.I)
CANARY = "INJECTED-CANARY"
BREAKOUTS = [
    f"plain first line\n\n## {CANARY} heading",
    f"</details>\n</blockquote>\n{CANARY} after closing tags",
    f"```\n{CANARY} inside an unclosed fence",
    f"line\r\n\r\n{CANARY} after CRLF blank line",
    f"line\u2028{CANARY} after a unicode line separator",
    f"line\x0c{CANARY} after a form feed",
    f"> nested\n>> deeper\n\n{CANARY} after quotes",
    f"<!-- rfh-ticket:999:rfh -->\n{CANARY} next to a forged marker",
    f"    {CANARY} indented as code",
    f"- [x] {CANARY} a checked box",
]


def preview(client, auth, ticket, ticket_id=4242):
    r = client.post(PREVIEW, json={"ticket_id": ticket_id, "ticket": ticket}, headers=auth)
    assert r.status_code == 200, r.get_data(as_text=True)[:300]
    return r.get_json()


def lines_outside_quotes(markdown: str) -> list[str]:
    """Lines of the body that are not part of a block quote."""
    return [line for line in markdown.split("\n") if not line.lstrip().startswith(">")]


@pytest.mark.parametrize("description", BREAKOUTS)
def test_ticket_text_stays_inside_quote_blocks(client, auth, description):
    out = preview(client, auth, {"subject": "Cody answers are empty", "description": description,
                                 "comments": [description]})
    body = out["issue"]["body"]
    assert CANARY in body  # the customer's words are there...
    assert not [line for line in lines_outside_quotes(body) if CANARY in line]  # ...quoted
    # one hidden marker, this ticket's own, and no forged one an adopter could match
    assert re.findall(r"<!--.*?-->", body) == [body.strip().splitlines()[-1]]
    assert "999" not in body.strip().splitlines()[-1]


@pytest.mark.parametrize("subject", HTML_SUBJECTS)
def test_hostile_subjects_mention_nobody_and_inject_no_html(client, auth, subject):
    ticket = {"subject": subject, "description": "Ping @everyone and @acme/eng-team and @here.",
              "comments": ["@org/team please look", "<!channel> <!here>"]}
    out = preview(client, auth, ticket)
    title, body, slack = out["issue"]["title"], out["issue"]["body"], out["slack"]["text"]
    for text in (title, body, slack):
        assert not MENTION.search(text), text[:500]
    for text in (body, slack):  # GitHub shows titles as plain text: only bodies render HTML
        assert "<script" not in text and "<img" not in text and "</details" not in text
    assert "<!channel>" not in slack and "<!here>" not in slack
    assert "\n" not in title


@pytest.mark.parametrize("ticket", HOSTILE_TICKETS.values(), ids=HOSTILE_TICKETS.keys())
def test_preview_answers_any_ticket(client, auth, ticket):
    out = preview(client, auth, ticket)
    assert out["preview"] is True
    assert out["issue"]["title"] and out["issue"]["body"]
    assert "\x00" not in out["issue"]["body"] and "\x00" not in out["issue"]["title"]
