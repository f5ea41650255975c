"""Names from code, configs and Kubernetes are words of the report: kept in a public defect, and
never learned as the customer's name. Hosts on unusual suffixes and logins still go.
(helper-48's second red-team probe, 2026-12-06.)"""

from __future__ import annotations

import pytest

from backend.escalation.host_names import is_host_name
from tests.unit.test_public_redaction import defect, public_text, ticket


def _out(text: str) -> str:
    return public_text(defect(ticket(description=text, organization="Hooli",
                                     requester_name="Gavin Belson")))


@pytest.mark.parametrize("text, kept", [
    ("Setting cody.autocomplete.enabled=true; Cody crashes on start.", "Cody crashes"),
    ("Setting cody.autocomplete.enabled=true; Cody crashes on start.", "cody.autocomplete.enabled"),
    ("annotation kubectl.kubernetes.io/last-applied-configuration; kubectl apply fails.",
     "kubectl apply fails"),
    ("requests.exceptions.SSLError raised; we use requests 2.31.", "we use requests 2.31"),
    ("json.loads fails on the json body.", "the json body"),
    ('Required "container.clusters.get"; gcloud container clusters list works.',
     "gcloud container clusters list"),
    ('"auth.providers" and "search.index.enabled": true are ignored', '"auth.providers"'),
    ("StatefulSet.apps \"gitserver\" is invalid: updates to statefulset spec", "statefulset spec"),
    ("$ kubectl get nodes -L topology.kubernetes.io/zone", "topology.kubernetes.io/zone"),
    ('resource "google_compute_instance" "sg" in module.sg.google_compute_instance.sg',
     '"google_compute_instance"'),
    ("TypeError at SearchResults.render (main.7c2f1a.bundle.js:1:48213)", "main.7c2f1a.bundle.js"),
    ("src batch preview -f upgrade-node.batch.yaml fails; batch spec invalid", "batch spec"),
    ("lookup pgsql on 127.0.0.11:53: server misbehaving; listening on 0.0.0.0", "127.0.0.11:53"),
    ("curl api.github.com/user works with the token", "api.github.com/user"),
])
def test_names_from_code_are_kept(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize("text, gone", [
    ("clone from gitlab.hooli.prod fails", "hooli"),  # an internal suffix no registry has
    ("ldap.hooli is unreachable", "ldap.hooli"),
    ("User j.moreau cannot log in", "j.moreau"),  # a login, not a field of a variable
    ("2023-11-22 412339120 hooli-bio_assay-pipeline_4c1f0b2.embeddingindex", "assay-pipeline"),
    ("data.hooli.de and module.hooli.io time out", "hooli"),
    ("SRV _ldap._tcp.hooli.local has no records", "hooli"),
    ("sg_gitlab.hooli.de refuses", "hooli"),
])
def test_hosts_and_logins_still_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize("name, host", [
    ("cody.enabled", False), ("json.loads", False), ("deployment.apps", False),
    ("aws_instance.web", False), ("site.schema.json", False),
    ("gitlab.hooli.prod", True), ("j.moreau", True), ("build01.hooli.corp", True),
    ("cody.hooli.com", True),  # a real suffix: a host, whatever its first label says
])
def test_what_is_a_host(name: str, host: bool) -> None:
    assert is_host_name(name) is host


def test_a_machine_named_without_a_domain_goes_wherever_it_stands() -> None:
    out = _out("Cannot resolve host: gitlab01 since Monday. gitlab01 was fine yesterday.")

    assert "gitlab01" not in out and out.count("[redacted-host]") == 2


@pytest.mark.parametrize("kept", [
    "lookup gitserver-0 on 127.0.0.11:53", "connect to sourcegraph-frontend-0",
    "ssh ec2-user works", "server http2 push", "host arm64 nodes", "Windows Server 2019",
])
def test_service_and_platform_words_after_the_same_words_stay(kept: str) -> None:
    assert kept in _out(f"Search fails: {kept}.")
