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
