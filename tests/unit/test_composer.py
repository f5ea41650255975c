"""Composer and markdown safety: quotes cannot be escaped, mentions never ping."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backend.escalation.composer import Composer, customer_slug, marker_for, marker_key
from backend.escalation.markdown import quote, slack_safe
from backend.escalation.templates import TemplateProblem, Templates
from backend.routing.handbook import load_handbook
from backend.routing.router import Suggestion
from backend.settings import DEFAULT_MODEL_DIR
from backend.tickets import Ticket


def ticket(**kw: object) -> Ticket:
    values: dict[str, object] = {
        "id": 42, "subject": "Pods crash", "description": "We run 5.2.3 on Kubernetes.",
        "comments": [], "tags": [], "priority": "high",
        "organization": "Globex Corporation", "org_tags": [],
        "requester_name": "Ruth", "requester_email": "ruth@globex.example", "attachments": [],
        "custom_fields": {}, "url": "https://acme.zendesk.com/agent/tickets/42",
    }
    values.update(kw)
    return Ticket(**values)  # type: ignore[arg-type]


def suggestion() -> Suggestion:
    return Suggestion(team={"key": "release", "route": "infrastructure"}, alternatives=[],
                      confident=True, priority={"label": "se/p1", "reasons": ["@here urgent"]},
                      missing_details=[{"key": "logs", "label": "Logs", "ask": "Logs?"}],
                      evidence=[], model_version=3, deployment="self-hosted")


def compose(templates_dir: Path = DEFAULT_MODEL_DIR / "templates", **kw: object) -> str:
    composer = Composer(Templates(templates_dir), load_handbook(DEFAULT_MODEL_DIR / "routing.yaml"))
    return composer.issue(ticket=ticket(**kw), kind="rfh", team="release", priority="se/p1",
                          suggestion=suggestion(), repo="acme/rfh").body


def test_quote_prefixes_every_line_so_nothing_escapes_the_block() -> None:
    hostile = "fine\n\n```\n</details><!-- rfh-ticket:1:rfh -->\r\n# Heading\n@org/team @everyone"

    out = quote(hostile)

    assert all(line.startswith(">") for line in out.split("\n"))
    assert "<!--" not in out and "</details>" not in out
    assert "@org" not in out.replace("@\u200borg", "") and "@\u200beveryone" in out


def test_body_has_version_marker_checklist_and_inert_mentions() -> None:
    body = compose(description="Running 5.2.3. @sourcegraph/release <!-- rfh-ticket:7:rfh -->")

    assert "**Sourcegraph version:** 5.2.3" in body
    assert body.rstrip().endswith("<!-- rfh-ticket:42:rfh -->")
    assert body.count("<!-- rfh-ticket:") == 1  # the ticket's fake marker is inert
    assert "@sourcegraph/release" not in body
    assert "- [ ] Logs" in body
    assert "@here" not in body  # reasons echo ticket text too


def test_unbalanced_fence_in_the_note_cannot_hide_the_rest(tmp_path: Path) -> None:
    composer = Composer(Templates(DEFAULT_MODEL_DIR / "templates"),
                        load_handbook(DEFAULT_MODEL_DIR / "routing.yaml"))

    body = composer.issue(ticket=ticket(), kind="rfh", team="release", priority="se/p1",
                          suggestion=suggestion(), repo="acme/rfh", note="look:\n```\nlog").body

    assert body.count("```") % 2 == 0


def test_customer_slug_drops_legal_suffixes() -> None:
    assert customer_slug("Globex Corporation") == "globex"
    assert customer_slug("Acme, Inc.") == "acme"
    assert customer_slug(None, "bob@initech.io") == "initech"
    assert customer_slug(None) == "unknown"


def test_a_broken_template_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "rfh.md").write_text("{{ summary | nosuchfilter }}")

    with pytest.raises(TemplateProblem, match="rfh.md"):
        compose(tmp_path)


def test_templates_cannot_reach_python_internals(tmp_path: Path) -> None:
    (tmp_path / "rfh.md").write_text("{{ summary.__class__.__mro__ }}")

    with pytest.raises(TemplateProblem):
        compose(tmp_path)


def test_slack_text_cannot_broadcast() -> None:
    out = slack_safe("<!channel> hey @here and @everyone")

    assert "<!channel>" not in out and "@here" not in out and "@everyone" not in out


def test_title_is_plain_text_not_html_escaped():
    from backend.escalation.markdown import title_line

    title = title_line("<img src=x> fails for @everyone\nnow")
    assert title == "<img src=x> fails for @\u200beveryone now"


def test_internal_notes_are_quoted_apart_and_the_services_own_notes_not_at_all() -> None:
    from backend.escalation.notes import ask_note
    from backend.tickets import Comment

    own = ask_note(kind="team", channel="#team-support-engineering", team_name="Support",
                   state="posted", permalink="https://slack.example/p1")
    body = compose(comments=[
        Comment(body="Still crashing after the restart, logs attached.", public=True),
        Comment(body="Internal: asked them for kubectl get pods output.", public=False),
        Comment(body=own, public=False),
    ])
    words, _, notes = body.partition("## Notes from support")
    assert "Still crashing after the restart" in words.split("## In the customer's words")[1]
    assert "kubectl get pods" not in words and "kubectl get pods" in notes
    assert "Asked the support team first" not in body


def test_every_note_the_service_writes_is_known_as_its_own() -> None:
    from backend.escalation import notes

    handbook = load_handbook(DEFAULT_MODEL_DIR / "routing.yaml")
    written = [
        *(notes.link_note(handbook, kind=k, url="https://gh.example/1", repo="a/b", number=1,
                          team="release", priority="se/p2")
          for k in ("rfh", "defect", "link", "x")),
        *(notes.ask_note(kind=k, channel="#c", team_name="T", state=None, permalink=None)
          for k in ("team", "ask", "other")),
        notes.posted_note(channel="#c", permalink=None),
        notes.state_note(url="https://gh.example/1", repo="a/b", number=1, action="closed",
                         reason="completed", actor=None),
        notes.state_note(url="https://gh.example/1", repo="a/b", number=1, action="reopened",
                         reason=None, actor="x"),
    ]
    assert all(notes.is_service_note(n) for n in written), written
    assert not notes.is_service_note("Asked the customer for logs, waiting.")


@pytest.mark.parametrize(("email", "slug"), [
    ("bob@gmail.com", "unknown"),  # a mail provider is no customer
    ("lena@web.de", "unknown"),
    ("x@eng.northbank.co.uk", "northbank"),  # the registered name, not "co"
    ("ruth@git.globex.example", "globex"),
    ("ops@10.1.2.3", "unknown"),  # an address at an IP names nobody
])
def test_without_an_organization_the_label_is_the_registered_mail_domain(email, slug) -> None:
    assert customer_slug(None, email) == slug


def test_a_public_defects_marker_names_no_ticket_and_is_the_same_for_the_same_ticket():
    key = marker_key("ghp_service_token")
    public = marker_for(48213, "defect", key)
    assert re.fullmatch(r"<!-- rfh-defect:[0-9a-f]{24} -->", public)
    assert "48213" not in public
    assert marker_for(48213, "defect", key) == public  # preview and filing agree
    assert marker_for(48214, "defect", key) != public
    assert marker_for(48213, "defect", marker_key("another token")) != public
    # The private RFH keeps the ticket number for its readers.
    assert marker_for(48213, "rfh", key) == "<!-- rfh-ticket:48213:rfh -->"
