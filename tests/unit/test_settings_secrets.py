"""Start-up refuses blank secrets and never echoes a URL's credentials in its messages."""

from __future__ import annotations

import logging

import pytest

from backend.logging_setup import HideUrlCredentialsFilter
from backend.settings import ConfigurationError, hide_url_credentials, load_settings

SECRETS = ["zaf_shared_secret", "admin_token", "github_token", "github_webhook_secret",
           "zendesk_api_token"]


@pytest.mark.parametrize("name", SECRETS)
@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_blank_secret_is_refused_naming_the_variable(name: str, blank: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        load_settings({name: blank})
    assert name.upper() in str(caught.value)
    assert "empty" in str(caught.value)


@pytest.mark.parametrize("name", SECRETS)
def test_blank_secret_from_the_environment_is_refused(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(name.upper(), " ")
    with pytest.raises(ConfigurationError, match=name.upper()):
        load_settings()


def test_unset_secrets_still_mean_feature_off() -> None:
    settings = load_settings()
    assert settings.admin_token is None and settings.github_token is None
    assert not settings.github_configured


@pytest.mark.parametrize("url", [
    "postgresql://rfh:Hunter2-pw@db.example:notaport/rfh",
    "rfh:Hunter2-pw@db.example:5432/rfh",
])
def test_bad_database_url_message_hides_the_password(url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        load_settings({"database_url": url})
    text = str(caught.value) + repr(caught.value.__cause__) + repr(caught.value.__context__)
    assert "DATABASE_URL" in text and "Hunter2-pw" not in text


@pytest.mark.parametrize("url", ["http://:Hunter2-pw@cache:6379/0", "cache:6379"])
def test_bad_redis_url_message_hides_the_password(url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        load_settings({"redis_url": url})
    assert "REDIS_URL" in str(caught.value) and "Hunter2-pw" not in str(caught.value)


def test_bad_github_api_url_message_hides_the_token() -> None:
    with pytest.raises(ConfigurationError) as caught:
        load_settings({"github_api_url": "ftp://ghp_Hunter2tok@ghe.example/api/v3"})
    assert "GITHUB_API_URL" in str(caught.value) and "Hunter2tok" not in str(caught.value)


def test_rate_limits_and_lifetime_are_validated() -> None:
    with pytest.raises(ConfigurationError, match="RATE_LIMIT_FEEDBACK"):
        load_settings({"rate_limit_feedback": "lots"})
    with pytest.raises(ConfigurationError, match="JWT_MAX_LIFETIME_SECONDS"):
        load_settings({"jwt_max_lifetime_seconds": 0})
    settings = load_settings({"rate_limit_escalations": "5 per hour"})
    assert settings.rate_limit_escalations == "5 per hour"
    assert settings.rate_limit_feedback == "30/minute"
    assert settings.jwt_max_lifetime_seconds == 3600


def test_hide_url_credentials_masks_passwords_and_bare_tokens() -> None:
    text = ("db postgresql+psycopg://rfh:Hunter2-pw@db:5432/rfh, cache redis://:Hunter2-pw@c/0, "
            "api https://ghp_Hunter2tok@ghe.example/api/v3, mail ruth@globex.example, "
            "query https://x.example/a?to=b@c.example")
    masked = hide_url_credentials(text)
    assert "Hunter2" not in masked
    assert "postgresql+psycopg://rfh:***@db:5432/rfh" in masked
    assert "redis://:***@c/0" in masked and "https://***@ghe.example" in masked
    assert "ruth@globex.example" in masked and "?to=b@c.example" in masked


def test_log_filter_masks_messages_and_tracebacks() -> None:
    url = "postgresql+psycopg://rfh:Hunter2-pw@db.example:5432/rfh"
    try:
        raise RuntimeError(f"could not connect to {url}")
    except RuntimeError:
        import sys

        record = logging.LogRecord("backend.db", logging.ERROR, __file__, 1,
                                   "engine for %s failed", (url,), sys.exc_info())
    assert HideUrlCredentialsFilter().filter(record)
    formatted = logging.Formatter().format(record)
    assert "Hunter2-pw" not in formatted
    assert "rfh:***@db.example" in formatted and "RuntimeError" in formatted
