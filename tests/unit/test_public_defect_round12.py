"""What a twelfth red-team probe (helper-71, 2026-12-07, 50 tickets of an ordinary support
fortnight, written blind) found: previews refused for a placeholder, a noun and a login taken as
a credential, and earlier tickets, references and places left in the draft. Every example here
is invented for the test."""

from __future__ import annotations

import pytest

from backend.escalation.leak_check import PrivateDataLeak
from backend.escalation.public_text import check_public, with_edits
from tests.unit.test_public_redaction import defect, public_text, ticket


def _draft(text: str, organization: str = "Hooli"):  # type: ignore[no-untyped-def]
    return defect(ticket(description=text, organization=organization, subject="Search is slow",
                         requester_name="Gavin Belson"))


@pytest.mark.parametrize("text, kept", [
    # A placeholder the customer typed is no login; a noun after "triggered by" is no one.
    ('"email.smtp": {\n  "username": "<redacted>",\n  "password": "<redacted>"\n}\n'
     'sourcegraph-noreply@<redacted> gets 535', "<redacted>"),
    ("Is there a setting to cap concurrency? Secondary limits are triggered by concurrency "
     "rather than volume.", "cap concurrency"),
])
def test_a_preview_is_not_refused_for_a_word(text: str, kept: str) -> None:
    draft = _draft(text)
    check_public(draft, None)  # the preview
    check_public(with_edits(draft, draft.title, draft.body), None)  # filing as shown
    assert kept in public_text(draft).replace("&lt;", "<")


def test_a_login_a_cue_took_as_a_credential_refuses_until_edited() -> None:
    # Removed where the cue took it and named again in prose: filing is refused (the safe
    # direction). Removing such logins everywhere took service names with them (sg-frontend,
    # repo-updater: the second review), so they are not learnt.
    draft = _draft('{"url": "https://gerrit.qx.net/", "username": "sourcegraph-sync",\n'
                   ' "password": "Wq3Lk9pZr7TvBn2XcY5mHd8FsJ4gAe6u"}\n'
                   "Thabo regenerated the HTTP password for sourcegraph-sync yesterday.")
    with pytest.raises(PrivateDataLeak):
        check_public(with_edits(draft, draft.title, draft.body), None)
    draft = _draft('connection: "host=pgsql port=5432 user=sg-frontend sslmode=require"\n'
                   "sg-frontend restarts")
    assert "sg-frontend restarts" in public_text(draft)


@pytest.mark.parametrize("organization, text, gone", [
    ("Hooli", "Previous incidents: your tickets #41877 and #42210.", "42210"),
    ("Hooli", "Impact: Low\nReference: DPR-2024-118\n\nDescription: deletes fail", "DPR-2024-118"),
    ("Hooli", "moved to another group last week by our IT (ticket IT-55120).", "IT-55120"),
    ("Hooli", "It fails again.\n\nSaludos,\nAnna\nHooli — Ctra. de Huelva km 12, Niebla\nTel. 1",
     "Huelva"),
    ("Hooli", "It fails again.\n\nHilsen,\nOla, IT-drift\nHooli, Tromsø\n", "Tromsø"),
])
def test_what_the_twelfth_probe_found_goes(organization: str, text: str, gone: str) -> None:
    assert gone not in public_text(_draft(text, organization))


@pytest.mark.parametrize("text, kept", [
    ("Hooli, we upgraded to 5.3 and search fails since", "we upgraded to 5.3"),
    ("the ticket GPT-4 mentions is about Cody", "GPT-4"),
    ("Ref: US-EAST-1 region only", "US-EAST-1"),
    ("after the IdP migration SAML fails for new users with `user=users`", "for new users"),
])
def test_the_words_around_them_stay(text: str, kept: str) -> None:
    assert kept in public_text(_draft(text))


def test_a_phone_number_after_a_version_after_a_token_goes() -> None:
    # Hypothesis found it: the candidate began inside the token's zeros, took the version and
    # cut the number in two, so neither half was checked as a phone number.
    text = "ghp_000000000000000000000000000000000000 5.3.1 201.555.0123 search"
    out = public_text(_draft(text))
    assert "201.555.0123" not in out and "5.3.1" in out


# The second review (helper-72) of the mends above found these published, lost or refused;
# each is mended.
@pytest.mark.parametrize("organization, text, gone", [
    ("Hooli", "We first hit this in PLAT-4412 and again in PLAT-4419 after 5.3.1.", "PLAT-4419"),
    ("Hooli", "Bump jackson-databind to 2.17.0 (UMB-SEC-3310)", "UMB-SEC-3310"),
    ("Hooli", "Our public-facing search is down, see our ticket OPS-4471.", "OPS-4471"),
    ("Hooli", "| service | version | on_call |\n|---|---|---|\n| searcher | 5.3.1 | pcastellano |\n"
              "\nPlease ping pcastellano if you need logs.", "pcastellano"),
    ("Hooli", "HOSTNAME      IP            STATUS\nzeus          10.4.2.17     Ready\n\nzeus runs "
              "zoekt.", "zeus"),
    ("Hooli", "kasia  14:05\nnot me\nsverre  14:07\nme neither", "kasia"),
    ("Hooli", "Job Janssen, 10:32 AM\nsame here", "Janssen"),
    ("Hooli", "[14:05:33] Priya Venkataraman\nis it down?", "Priya Venkataraman"),
    ("Hooli", "Approved by florence, merged by clement.", "florence"),
    ("Hooli", "Gavin Belson Tel2015550123", "2015550123"),
    ("Quillmoor Freight Systems", "Our namespace qmf-monitoring keeps OOMing.", "qmf"),
    ("Hooli", "私たちキリボリ製作所株式会社では検索が遅いです。", "キリボリ製作所"),
])
def test_the_second_reviews_leaks_stay_closed(organization: str, text: str, gone: str) -> None:
    assert gone not in public_text(_draft(text, organization))


@pytest.mark.parametrize("text, kept", [
    ("Hooli, Kubernetes 1.27, Sourcegraph 5.3.1\nsearch fails", "Kubernetes 1.27"),
    ("Hooli | Production cluster\nsearch fails", "Production cluster"),
    ("Atlassian ticket BSERV-19134 describes the same clone failure", "BSERV-19134"),
    ("Reference: ECMA-262 section 22.2", "ECMA-262"),
    ("In our case 5432 and 6379 are blocked by the firewall.", "5432 and 6379"),
    ('SCIM sync error: {"userName": "Priya Venkataraman", "active": true}', '"active": true'),
])
def test_the_second_reviews_lost_words_stay(text: str, kept: str) -> None:
    draft = _draft(text)
    assert kept in public_text(draft)
    check_public(draft, None)
    check_public(with_edits(draft, draft.title, draft.body), None)
