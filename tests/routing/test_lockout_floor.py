"""Nobody can get into the product: a total loss of service, se/p0 whatever the model says."""

from __future__ import annotations

import pytest

from backend.routing.priority import suggest_priority

MODEL = {"se/p2": 0.55, "se/p3": 0.45}  # what the model said for the review's login loop


@pytest.mark.parametrize("text", [
    "Since the SAML change none of our 300 developers can get into Sourcegraph: each login "
    "ends on the login page again.",
    "After the Okta certificate rotation everyone is sent back to the login page.",
    "Nobody can sign in since 8:00, the OIDC callback fails.",
    "Since the cert rotation all of our developers are unable to log in.",
])
def test_everyone_locked_out_is_p0(handbook, text):
    priority = suggest_priority(handbook, text, model_proba=MODEL)
    assert priority.label == "se/p0", priority
    assert any(r.startswith("nobody can get in") for r in priority.reasons), priority.reasons


@pytest.mark.parametrize("text", [
    "One of our users can't log in since yesterday, the others are fine.",  # no scope
    "Nobody can use batch changes since the upgrade.",  # one feature, not the product
    "Everyone asks: can we log in with GitLab instead of SAML?",  # nobody is locked out
    # The review's: one user locked out, a scope phrase elsewhere in the ticket.
    "One of our users can't log in after the SSO change; everyone else is fine.",
    "A user is locked out after the SSO change. Thanks for all your help!",
    "We were never locked out, everyone still logs in; search is slow.",  # denied
])
def test_a_lockout_of_some_or_of_a_feature_sets_no_floor(handbook, text):
    priority = suggest_priority(handbook, text, model_proba=MODEL)
    assert not any(r.startswith("nobody can get in") for r in priority.reasons), priority.reasons
