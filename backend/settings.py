"""Every environment variable the service reads, in one typed, validated place."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from limits import parse_many
from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL_DIR = PROJECT_ROOT / "model"
_REPO_RE = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")


class ConfigurationError(RuntimeError):
    """Raised at start-up when an environment variable is missing or malformed."""


_URL_CREDENTIALS_RE = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?P<userinfo>[^@/?#\s]*)@")


def hide_url_credentials(text: str) -> str:
    """Mask the user-info of every URL in text (`scheme://user:***@host`), for messages and logs."""

    def mask(match: re.Match[str]) -> str:
        user, sep, _password = match.group("userinfo").partition(":")
        # A lone token in the user part (https://TOKEN@host) is a credential too.
        shown = f"{user}:***" if sep else "***"
        return f"{match.group('scheme')}{shown}@"

    return _URL_CREDENTIALS_RE.sub(mask, text)


def normalise_database_url(url: str) -> str:
    """Map Heroku-style and bare PostgreSQL URLs to the psycopg 3 driver we install."""
    for prefix in ("postgres://", "postgresql://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


class Settings(BaseSettings):
    """The service's configuration, read from the environment (names are case-insensitive)."""

    model_config = SettingsConfigDict(extra="ignore", case_sensitive=False, env_file=None)

    port: int = Field(default=5000, ge=1, le=65535)
    database_url: str | None = None
    instance_path: Path | None = None

    zaf_shared_secret: SecretStr | None = None
    zaf_audience: str | None = None
    jwt_leeway_seconds: int = Field(default=30, ge=0, le=300)
    admin_token: SecretStr | None = None

    github_token: SecretStr | None = None
    github_api_url: str = "https://api.github.com"
    github_webhook_secret: SecretStr | None = None
    rfh_repo: str = "sourcegraph/customer"
    public_repo: str = "sourcegraph/sourcegraph"

    # Slack (Step 5 hand-off, team and engineering asks): a bot token with chat:write. Unset:
    # the sidebar offers the text to copy and nothing is posted.
    slack_bot_token: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"

    zendesk_subdomain: str | None = None
    zendesk_email: str | None = None
    zendesk_api_token: SecretStr | None = None
    zendesk_team_field_id: int | None = None
    # The Zendesk webhook of a "ticket solved" trigger signs with this; unset: that webhook is off.
    zendesk_webhook_secret: SecretStr | None = None
    # A signed delivery older (or newer) than this is refused, so a captured one cannot be replayed.
    webhook_max_age_seconds: int = Field(default=300, ge=30, le=3600)
    # Optional custom fields the RFH body reads when present (else the ticket text is searched).
    zendesk_version_field_id: int | None = None
    zendesk_deployment_field_id: int | None = None
    # Zendesk organization field keys holding the account's sales rep and CE: a Sales and CE
    # hand-off @-mentions them (unset or empty: the Slack text asks the engineer to add them).
    zendesk_sales_rep_field: str | None = None
    zendesk_ce_field: str | None = None

    # Outbound calls must never hang a web worker: bounded timeouts and rate-limit waits.
    outbound_timeout_seconds: float = Field(default=5.0, gt=0, le=60)
    outbound_max_wait_seconds: float = Field(default=3.0, ge=0, le=30)
    escalation_wait_seconds: float = Field(default=8.0, ge=0, le=60)

    max_content_length: int = Field(default=1_572_864, ge=1024)  # 1.5 MiB
    model_dir: Path = DEFAULT_MODEL_DIR
    confidence_threshold: float = Field(default=0.5, ge=0, le=1)
    model_poll_seconds: float = Field(default=3.0, gt=0)
    suggestion_cache_size: int = Field(default=1024, ge=0)

    retrain_min_feedback: int = Field(default=20, ge=1)
    retrain_interval_seconds: int = Field(default=7 * 24 * 3600, ge=60)
    retrain_check_seconds: float = Field(default=30.0, gt=0)
    promotion_margin: float = Field(default=0.02, ge=0, le=1)
    # Retraining: parallel processes for feature extraction and calibration folds. 1 (serial)
    # was faster on 2 shared cores: the process pool's copying cost more than it saved.
    retrain_jobs: int = Field(default=1, ge=1, le=16)

    # `rfh import-history`: where solved tickets carry their team and priority. The team field
    # defaults to zendesk_team_field_id (the field escalations fill in); the tag map adds
    # {"zendesk_tag": "team-key" or "se/pN"} on top of the built-in team_<key> / se_pN tags.
    history_team_field_id: int | None = None
    history_priority_field_id: int | None = None
    history_tag_map: dict[str, str] = Field(default_factory=dict)

    # A token may live at most this long (exp - iat); Zendesk's proxy mints 5-minute tokens.
    jwt_max_lifetime_seconds: int = Field(default=3600, ge=1, le=86400)

    # Per-agent limits on the writes that reach GitHub, Slack and the training data. Counters
    # live in Redis when REDIS_URL is set (shared by every worker), in each process otherwise.
    redis_url: str | None = None
    rate_limit_feedback: str = "30/minute"
    rate_limit_escalations: str = "10/minute"
    rate_limit_key_prefix: str = Field(default="rfh", min_length=1, max_length=100)

    log_format: Literal["auto", "json", "text"] = "auto"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    demo_enabled: bool = False

    @field_validator("log_level", mode="before")
    @classmethod
    def _level_name(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        name = value.strip().upper()
        return {"WARN": "WARNING", "FATAL": "CRITICAL"}.get(name, name)  # logging's aliases

    @field_validator("model_dir")
    @classmethod
    def _model_dir(cls, value: Path) -> Path:
        # Checked here, not at the first suggestion: "no such file .../routing.yaml" deep in a
        # traceback does not say which setting pointed there.
        if not (value / "routing.yaml").is_file():
            raise ValueError(f"{value} holds no routing.yaml (the handbook's data); point it "
                             "at the project's model/ folder or a copy of it")
        return value

    @field_validator(
        "zaf_shared_secret", "admin_token", "github_token", "github_webhook_secret",
        "zendesk_api_token", "zendesk_webhook_secret", "slack_bot_token",
    )
    @classmethod
    def _not_blank(cls, value: SecretStr | None) -> SecretStr | None:
        # Unset turns the feature off; set-but-blank is a mistake (an empty HMAC key or
        # admin token would be guessable), so it stops the start-up.
        if value is not None and not value.get_secret_value().strip():
            raise ValueError("is set but empty; give it a value or unset it")
        return value

    @field_validator("database_url")
    @classmethod
    def _normalise_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        if "://" not in value:
            raise ValueError(
                "must be a URL such as postgresql://host:5432/db or sqlite:///path"
            )
        value = normalise_database_url(value)
        try:
            url = make_url(value)
        except (ArgumentError, ValueError):
            # SQLAlchemy's own messages may quote the URL, password included: say it in our words.
            raise ValueError("is not a valid database URL; check its scheme, host, port") from None
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise ValueError(f"uses {url.get_backend_name()}, which this service does not run "
                             "on; use postgresql://... or sqlite:///...")
        folder = Path(url.database).parent if url.get_backend_name() == "sqlite" and (
            url.database and url.database != ":memory:") else None
        if folder is not None and not folder.is_dir():
            raise ValueError(f"names a SQLite file in {folder}, a folder that does not exist")
        return value

    @field_validator("redis_url")
    @classmethod
    def _redis_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        if not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("must start with redis://, rediss:// or unix://")
        return value

    @field_validator("rate_limit_feedback", "rate_limit_escalations")
    @classmethod
    def _rate_limit(cls, value: str) -> str:
        try:
            parse_many(value)
        except ValueError:
            raise ValueError("must be a rate such as '30/minute' or '100 per hour'") from None
        return value

    @field_validator("rfh_repo", "public_repo")
    @classmethod
    def _repo_name(cls, value: str) -> str:
        if not _REPO_RE.match(value):
            raise ValueError("must look like owner/name")
        return value

    @field_validator("github_api_url")
    @classmethod
    def _api_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("slack_api_url")
    @classmethod
    def _slack_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/") + "/"  # WebClient joins method names onto it

    @property
    def github_configured(self) -> bool:
        """True when issues can really be filed (otherwise the service is in preview mode)."""
        return self.github_token is not None and bool(self.github_token.get_secret_value())

    @property
    def slack_configured(self) -> bool:
        """True when hand-offs and asks are really posted in Slack."""
        return self.slack_bot_token is not None

    @property
    def zendesk_configured(self) -> bool:
        """True when tickets can be read and updated through the Zendesk API."""
        return bool(self.zendesk_subdomain and self.zendesk_email and self.zendesk_api_token)


def load_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """Build Settings from the environment plus overrides; fail naming the bad variable."""
    try:
        return Settings(**(overrides or {}))
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            name = ".".join(str(p) for p in err["loc"]).upper() or "(settings)"
            problems.append(f"{name}: {err['msg']}")
    # Raised outside the except block: the ValidationError, which quotes the input values
    # (a DATABASE_URL with its password), is not even kept as the context.
    raise ConfigurationError(hide_url_credentials("Invalid configuration: " + "; ".join(problems)))
