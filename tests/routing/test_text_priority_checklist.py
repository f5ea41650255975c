"""Text preparation, priority suggestion and the missing-details checklist."""

from __future__ import annotations

import pytest

from backend.routing.checklist import missing_details
from backend.routing.priority import suggest_priority
from backend.routing.text import cap_long_text, prepare_ticket, strip_quoted_reply, strip_signature
from backend.tickets import Ticket

EMAIL = """Search for our monorepo is timing out again.

Best regards,
Dana Smith
Staff Engineer | Initech
+1 555 0100

On Tue, Mar 3, 2026 at 10:02 AM Support <support@example.com> wrote:
> Could you try restarting gitserver?
> Thanks
"""


def test_quoted_reply_and_signature_are_removed():
    cleaned = strip_signature(strip_quoted_reply(EMAIL))
    assert "timing out" in cleaned
    assert "gitserver" not in cleaned and "Dana" not in cleaned


def test_subject_is_weighted_above_body():
    text = prepare_ticket("Cody autocomplete", "body")
    assert text.count("Cody autocomplete") == 2


def test_long_logs_are_capped_but_keep_telling_tokens():
    log = "INFO ok\n" * 200_000 + "precise-code-intel-worker panic: boom\n"
    capped = cap_long_text(log)
    assert len(capped) < 20_000
    assert "precise-code-intel-worker" in capped


def test_the_middle_of_a_huge_paste_is_not_read_for_tokens():
    # Its start and end are: a 1.2 MB log of repeated lines cost 65 ms to read whole.
    log = ("INFO ok\n" * 20_000 + "gitserver-middle-token panic\n" + "INFO ok\n" * 60_000
           + "repo-updater-end-token panic\n")
    capped = cap_long_text(log)
    assert "repo-updater-end-token" in capped and "gitserver-middle-token" not in capped


def test_tags_are_carried_into_the_text():
    assert prepare_ticket("s", "d", tags=["Self_Hosted"], org_tags=["poc"]).endswith(
        "[tags: poc self_hosted]"
    )


def test_priority_emergency_for_total_outage(handbook):
    p = suggest_priority(handbook, "Production is down: nobody can use Sourcegraph")
    assert p.label == "se/p0" and p.reasons


def test_priority_question_defaults_low(handbook):
    assert suggest_priority(handbook, "How do I configure search contexts?").label == "se/p3"


def test_priority_feature_request_is_p2(handbook):
    assert suggest_priority(handbook, "Feature request: export insights as CSV").label == "se/p2"


def test_priority_raised_for_sales_context(handbook):
    base = suggest_priority(handbook, "Search results are degraded, there is a workaround")
    raised = suggest_priority(
        handbook, "Search results are degraded, there is a workaround", tags=["poc"]
    )
    assert (base.label, raised.label) == ("se/p2", "se/p1")
    assert any("sales context" in r for r in raised.reasons)


def test_priority_raised_for_deadline_but_p0_stays_for_outages(handbook):
    p = suggest_priority(handbook, "Intermittent errors on the blame view, we need this by Friday")
    assert p.label == "se/p1"


@pytest.mark.parametrize("text", [
    "Repositories stop syncing and it blocks the rollout to our 300 developers next week",
    "The blame view errors sometimes, and we need a fix by next week",
])
def test_a_blocked_rollout_or_a_date_is_a_stated_deadline(handbook, text):
    p = suggest_priority(handbook, text, zendesk_priority="high")
    assert p.label == "se/p1" and any("deadline" in r for r in p.reasons), p


def test_zendesk_urgent_means_at_most_p1(handbook):
    p = suggest_priority(handbook, "How do I change the logo?", zendesk_priority="urgent")
    assert p.label == "se/p1" and any("urgent" in r for r in p.reasons)


def test_beta_features_engage_sooner(handbook):
    p = suggest_priority(handbook, "The experimental search jobs feature has an error")
    assert p.label == "se/p1"


def test_checklist_lists_only_what_is_missing(handbook):
    full = """Sourcegraph 5.3.2 on Kubernetes (helm). Steps to reproduce:
1. open a repo
2. click blame
Since we upgraded yesterday, all users see it.
2026-03-01T10:00:00Z ERROR frontend: boom
2026-03-01T10:00:01Z ERROR frontend: boom again
This is blocking our release."""
    assert missing_details(handbook, full) == []
    keys = [m.key for m in missing_details(handbook, "search is broken")]
    assert keys == [
        "version",
        "deployment",
        "repro_steps",
        "logs",
        "recent_changes",
        "affected_users",
        "urgency",
    ]


def test_attachments_count_as_logs(handbook):
    keys = [m.key for m in missing_details(handbook, "search is broken", attachments=["har.json"])]
    assert "logs" not in keys


def test_extension_version_asked_only_for_extension_tickets(handbook):
    text = "The Chrome extension stopped working"
    keys = [m.key for m in missing_details(handbook, text, routes=["browser-extension"])]
    assert "extension_version" in keys
    keys = [
        m.key
        for m in missing_details(
            handbook, text + " (extension version 23.4.1)", routes=["browser-extension"]
        )
    ]
    assert "extension_version" not in keys
    assert "extension_version" not in [m.key for m in missing_details(handbook, "search broken")]


def test_something_that_stopped_working_is_degraded_not_a_question(handbook):
    assert suggest_priority(handbook, "Repos stopped syncing from GitLab").label == "se/p2"


def test_missing_details_given_the_applicable_items_answers_the_same(handbook):
    # The router finds the applicable items once and hands them to missing_details.
    from backend.routing.checklist import applicable_items
    from backend.routing.matching import TextView
    from tests.routing.test_fast_path import corpus_texts

    routes = [None, *[route.key for route in handbook.routes[:6]]]
    compared = 0
    for n, text in enumerate(corpus_texts("heldout")[:80]):
        view = TextView(text)
        main = routes[n % len(routes)]
        fired = [r.key for r in handbook.routes[n % 5 :: 7]]
        items = applicable_items(handbook, view, routes=fired, main_route=main)
        expected = missing_details(handbook, view, tags=["ent"], routes=fired, main_route=main)
        assert missing_details(handbook, view, tags=["ent"], items=items) == expected
        compared += bool(expected)
    assert compared > 40


@pytest.mark.parametrize("text", [
    "We were going from 5.1.4 to 5.3.2 last night; the frontend crashloops now.",
    "The frontend crashloops after the upgrade.",
    "We did not change anything else, and the frontend crashloops.",
])
def test_a_ticket_that_says_what_changed_is_not_asked_again(router, text):
    missing = {m["key"] for m in router.suggest(Ticket(subject="Crashloop", description=text))
               .missing_details}
    assert "recent_changes" not in missing
