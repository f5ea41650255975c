"""Which version and deployment a defect's Environment line names: Sourcegraph's, not another one's.

helper-51's probe saw "Sourcegraph version: 2.43.0" (git's), "1.14.2" (a Go module's) and other
programs' numbers in defects, which then also counted as the version the handbook asks for.
"""

from __future__ import annotations

import pytest

from backend.escalation.details import deployment_of, repro_steps, version_of


@pytest.mark.parametrize("text, version", [
    ("git version 2.43.0 here, and we run Sourcegraph 5.3.1", "5.3.1"),
    ("after helm upgrade to 5.2.4 the frontend crashes", "5.2.4"),
    ("We are on docker-compose version 5.1.9.", "5.1.9"),
    ("redis version 7.2.4; our instance is on 5.3.1", "5.3.1"),
    ("kubectl version 1.28 and version 5.3.2", "5.3.2"),
    ("Sourcegraph 2.13.1 is old, we know", "2.13.1"),  # said to be Sourcegraph's: taken
    ("upgraded to 5.3.9104 yesterday", "5.3.9104"),
    ("image sourcegraph/frontend:v5.3.2 pulled", "5.3.2"),
])
def test_sourcegraphs_version_is_found(text: str, version: str) -> None:
    assert version_of(text, {}, None) == version


@pytest.mark.parametrize("text", [
    "running git version 2.43.0 on the gitserver pod",
    "could not resolve module go.globex.io/internal/ledger@v1.14.2",
    "helm version v3.14.2 and kubectl 1.28",
    "Cody extension on version 1.6.0 in VS Code",
    "GitLab version 16.1 webhooks fail",
])
def test_other_programs_versions_are_not_sourcegraphs(text: str) -> None:
    assert version_of(text, {}, None) is None


@pytest.mark.parametrize("text, deployment", [
    ("SSO via Azure AD fails on our EKS cluster", "Kubernetes"),
    ("Cody answers through Azure OpenAI; code on Azure DevOps", "unknown — not in ticket"),
    ("we run on Azure AKS", "Kubernetes, Azure"),
    ("Amazon Bedrock for Cody, the instance is on GKE", "Kubernetes"),
])
def test_a_clouds_other_services_say_nothing_of_where_it_runs(text: str, deployment: str) -> None:
    assert deployment_of(text, {}, None, "unknown") == deployment


@pytest.mark.parametrize("text, detected, deployment", [
    ("We run Docker Compose on one VM", "self_hosted", "self-hosted (Docker Compose)"),
    ("our instance at acme.sourcegraph.com", "managed", "managed instance"),
    ("search is slow", "self_hosted", "self-hosted"),
])
def test_the_routers_deployment_kind_is_written_in_words(text: str, detected: str,
                                                         deployment: str) -> None:
    assert deployment_of(text, {}, None, detected).startswith(deployment)


@pytest.mark.parametrize("text, steps", [
    ("Blame is slow.\nRepro: open any repo page, click Blame, wait 30s.\nThanks",
     "open any repo page, click Blame, wait 30s."),
    ("Steps to reproduce: open the search page and type foo", "open the search page and type foo"),
    ("To reproduce - run src search repo:foo", "run src search repo:foo"),
    ("Steps to reproduce:\n1. open the page\n2. click Blame", "1. open the page\n2. click Blame"),
    ("We tried to reproduce it but could not.", None),
    ("Repro: yes", None),
    ("Steps to reproduce: open the search page and type foo\n\nThanks, Priya",
     "open the search page and type foo"),
    ("Steps to reproduce:\nopen the search page and type foo", "open the search page and type foo"),
])
def test_steps_written_on_the_labels_own_line_are_the_steps(text: str, steps: str | None) -> None:
    assert repro_steps(text) == steps
