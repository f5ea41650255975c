"""Mail addresses say who wrote to whom, never what a ticket is about."""

from __future__ import annotations

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
