"""Redaction: secrets leave every issue; private names, hosts and addresses leave public ones."""

from __future__ import annotations

import pytest

from backend.escalation.redact import Redactor, scrub_secrets


@pytest.mark.parametrize("secret", [
    "ghp_0123456789abcdefghijklmnopqrstuvwxyz", "github_pat_11ABCDEFG0123456789_abcdefghijklmnop",
    "glpat-abcdefghijklmnopqrstu", "xoxb-1234567890-abcdefghijklmnop", "AKIAIOSFODNN7EXAMPLE",
    "sgp_0123456789abcdef0123456789abcdef", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1r\n"
    "-----END OPENSSH PRIVATE KEY-----",
])
def test_scrub_secrets_removes_token_shapes(secret: str) -> None:
    text = f"before {secret} after"

    out = scrub_secrets(text)

    assert secret not in out and out.startswith("before ") and out.endswith(" after")


def test_scrub_secrets_removes_passwords_bearer_and_key_values_but_keeps_prose() -> None:
    text = ("clone https://bob:hunter2@git.example.com/x.git with Authorization: Bearer "
            "abcdef0123456789abcdef and password=s3cr3t; version 5.2.3 on values.yaml")

    out = scrub_secrets(text)

    for secret in ("hunter2", "abcdef0123456789abcdef", "s3cr3t"):
        assert secret not in out
    assert "https://bob:" in out and "git.example.com" in out  # private RFH keeps the host
    assert "version 5.2.3 on values.yaml" in out


def test_redactor_removes_names_emails_hosts_ips_and_private_urls() -> None:
    redactor = Redactor.for_ticket("Hooli XYZ, Inc.", "Gavin Belson", "gavin.belson@hooli.xyz")
    text = ("Gavin from Hooli: see https://sg.hooli.internal/search and git@gitlab.hooli.xyz:core/"
            "app.git, mail ops@hooli.xyz, ping 192.168.1.20 or 2001:db8::42, registry "
            "docker.hooli.io:5000. Public: https://github.com/sourcegraph/sourcegraph/issues/1 "
            "and https://docs.sourcegraph.com/admin, private: https://github.com/hooli/app. "
            "Ran at 12:30:45 with values.yaml and Sourcegraph 5.2.3.")

    out = redactor.redact(text)

    for private in ("Gavin", "Hooli", "hooli", "sg.hooli.internal", "192.168.1.20", "2001:db8::42",
                    "ops@", "docker.", "github.com/hooli"):
        assert private not in out, private
    for public in ("https://github.com/sourcegraph/sourcegraph/issues/1",
                   "https://docs.sourcegraph.com/admin", "12:30:45", "values.yaml", "5.2.3"):
        assert public in out, public


@pytest.mark.parametrize("text, secret", [
    ("I reset the admin password to Winter2024 yesterday", "Winter2024"),
    ("Cookie: sg_session=abcd1234efgh5678 returns 401", "abcd1234efgh5678"),
    ("curl -b 'session_cookie=Zq81kLm0PwE7xT' https://x", "Zq81kLm0PwE7xT"),
])
def test_passwords_set_to_a_value_and_session_cookies_are_removed(text: str, secret: str) -> None:
    assert secret not in scrub_secrets(text)


@pytest.mark.parametrize("kept", [
    "max_session=30", "session_timeout: 3600", "the password to login is required",
    "cookie_secure=true",
])
def test_session_settings_and_prose_stay(kept: str) -> None:
    assert scrub_secrets(kept) == kept


def test_a_key_committed_to_a_repository_is_prose() -> None:
    text = "we committed a fake key to github.com/sourcegraph/sourcegraph to test the monitor"

    assert scrub_secrets(text) == text


@pytest.mark.parametrize("kept", ['"maxSession": "24h30m"', "cookie: SameSite=None"])
def test_session_and_cookie_settings_stay(kept: str) -> None:
    assert scrub_secrets(kept) == kept


# -- Identifiers that are no secret (2026-12-06) -------------------------------------------------
POD_LINES = ("sourcegraph-frontend-7d9f8c6b5-x2k9p   0/1   CrashLoopBackOff\n"
             "precise-code-intel-worker-5d8f7c9b6d-8xkq2   1/1   Running")
TRACE = "3f2a1c4e-9b7d-4e2f-8a1b-2c3d4e5f6a7b"


def test_a_private_rfh_keeps_pod_names_and_uuids_but_not_grouped_keys() -> None:
    out = scrub_secrets(f"{POD_LINES}\nx-request-id: {TRACE}\nactivation XK4P-88QZ-M2RT-7YHW")

    assert "sourcegraph-frontend-7d9f8c6b5-x2k9p" in out
    assert "precise-code-intel-worker-5d8f7c9b6d-8xkq2" in out
    assert TRACE in out  # what engineering searches its logs for
    assert "XK4P-88QZ-M2RT-7YHW" not in out and "[redacted-license-key]" in out


def test_a_public_defect_keeps_pod_names_and_takes_uuids_as_ids() -> None:
    out = Redactor.for_ticket("Initech GmbH", "Jürgen Weiß", "juergen.weiss@initech.de").redact(
        f"{POD_LINES}\nsite id {TRACE}")

    assert "sourcegraph-frontend-7d9f8c6b5-x2k9p" in out
    assert "precise-code-intel-worker-5d8f7c9b6d-8xkq2" in out  # 43 characters, yet no token
    assert TRACE not in out and "site id [redacted-id]" in out  # a site id points at a customer


@pytest.mark.parametrize("kept", ["@types/node@20.1.0", "at java.base@17.0.10/jdk.internal",
                                  "lodash@4.17.21"])
def test_a_package_at_a_version_is_no_email(kept: str) -> None:
    out = Redactor.for_ticket("Initech GmbH", None, None).redact(f"after upgrading {kept} it broke")

    assert kept in out


def test_a_login_at_a_machine_is_still_removed() -> None:
    out = Redactor.for_ticket("Initech GmbH", None, None).redact("ssh jdoe@10.20.30.40 fails")

    assert "jdoe" not in out and "10.20.30.40" not in out
