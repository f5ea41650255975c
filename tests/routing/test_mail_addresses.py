"""Mail addresses say who wrote to whom, never what a ticket is about."""

from __future__ import annotations

import pytest

from backend.routing.text import prepare_ticket, without_addresses
from backend.tickets import Ticket

FORWARDED = ("From: Amadou Diallo <amadou.diallo@kestrel-freight.example>\n"
             "To: support@sourcegraph.com\n\n"
             "Our frontend pods are in CrashLoopBackOff since the upgrade to 5.3.2, "
             "the migrator exited with code 1.")


def test_addresses_are_blanked_and_host_names_kept() -> None:
    text = without_addresses("mail ops+alerts@kestrel.example or acme.sourcegraph.com")
    assert "@" not in text and "kestrel" not in text
    assert "acme.sourcegraph.com" in text
    assert without_addresses("no address here") == "no address here"
    assert "sourcegraph" not in prepare_ticket("Pods", FORWARDED).split("\n", 2)[2]


def test_a_mail_to_sourcegraph_support_is_not_a_managed_instance(router) -> None:
    result = router.suggest(Ticket(subject="Frontend pods crashing", description=FORWARDED))
    assert result.team["key"] != "cloud", result.team
    # The deployment is unknown: it is the first detail to ask.
    assert result.missing_details[0]["key"] == "deployment"


def test_a_managed_instance_host_still_reads_as_managed(router) -> None:
    result = router.suggest(Ticket(subject="Instance down", description=(
        "kestrel.sourcegraph.com returns 502 for everyone since 9:00")))
    assert result.team["key"] == "cloud"


@pytest.mark.parametrize("kept", [
    "sourcegraph.cody-ai@1.14.0 in VS Code shows nothing",  # a package and its version
    "npm i @sourcegraph/cody-agent@0.3.1 fails",
    "clone git@gitlab.kestrel.example:platform/api.git fails",  # a code host's SSH address
    "P4PORT=jdoe@perforce.kestrel.example:1666",
])
def test_what_only_looks_like_an_address_is_kept(kept: str) -> None:
    assert without_addresses(kept) == kept


def test_an_address_with_letters_of_any_language_is_blanked() -> None:
    assert without_addresses("José <josé.núñez@empresa.example> wrote") == "José < > wrote"


def test_no_part_of_an_address_in_a_long_tickets_tail_reaches_the_routed_text() -> None:
    long = ("search is slow " * 500
            + "\ncc: priya.s@initech-corp.example ops-team@initech-corp.example")
    assert "initech" not in prepare_ticket("Slow", long)
