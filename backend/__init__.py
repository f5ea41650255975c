"""The escalation copilot's backend: `create_app()` builds the Flask application."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from flask import Flask

if TYPE_CHECKING:
    # Imported inside the functions: `rfh --help` imports this package and must start quickly.
    from backend.settings import Settings


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Application factory: configuration, extensions, blueprints, error handlers, commands."""
    from backend.api.json_provider import OrjsonProvider

    app = Flask(__name__, instance_relative_config=True)
    app.json = OrjsonProvider(app)  # the same JSON responses, encoded in C
    configure(app, test_config or {})
    register_logging(app)
    register_extensions(app)
    register_blueprints(app)
    register_error_handlers(app)
    register_commands(app)
    return app


def configure(app: Flask, test_config: dict[str, Any]) -> Settings:
    """Load Settings (environment plus test overrides) and copy what Flask needs into app.config."""
    from backend.settings import Settings, load_settings

    fields = set(Settings.model_fields)
    overrides = {k.lower(): v for k, v in test_config.items() if k.lower() in fields}
    settings = load_settings(overrides)
    if settings.instance_path is not None:
        app.instance_path = str(settings.instance_path)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    from backend.auth import load_or_create_local_secret

    secret = (
        settings.zaf_shared_secret.get_secret_value()
        if settings.zaf_shared_secret
        # Local use only: gunicorn.conf.py refuses a non-loopback bind without ZAF_SHARED_SECRET.
        else load_or_create_local_secret(app.instance_path)
    )
    app.config.update(
        SETTINGS=settings,
        DATABASE_URL=settings.database_url
        or f"sqlite:///{Path(app.instance_path) / 'rfh.sqlite3'}",
        ZAF_SHARED_SECRET=secret,
        ZAF_AUDIENCE=settings.zaf_audience,
        JWT_LEEWAY_SECONDS=settings.jwt_leeway_seconds,
        ADMIN_TOKEN=settings.admin_token.get_secret_value() if settings.admin_token else None,
        MAX_CONTENT_LENGTH=settings.max_content_length,
        JSON_SORT_KEYS=False,
    )
    app.config.update({k: v for k, v in test_config.items() if k.lower() not in fields})
    return settings


def register_logging(app: Flask) -> None:
    """Structured logs with a request id on every line."""
    from backend.logging_setup import configure_logging, register_request_id

    settings: Settings = app.config["SETTINGS"]
    configure_logging(settings.log_format, settings.log_level)
    register_request_id(app)


def register_extensions(app: Flask) -> None:
    """Add the extensions (state in app.extensions): database, model, clients, metrics, limits."""
    from backend.api import hardening
    from backend.api.limits import init_rate_limits
    from backend.db import db
    from backend.integrations.extension import integrations
    from backend.learning.live import LiveModel
    from backend.metrics import metrics

    db.init_app(app)
    LiveModel(app)  # per app: its own loaded model, in app.extensions["live_model"]
    integrations.init_app(app)
    metrics.init_app(app)
    hardening.init_app(app)
    init_rate_limits(app)


def register_blueprints(app: Flask) -> None:
    """One blueprint per resource."""
    from backend.api import (
        config,
        escalations,
        feedback,
        health,
        metrics,
        model_versions,
        openapi,
        stats,
        suggestions,
        webhooks,
    )
    app.register_blueprint(health.bp)
    app.register_blueprint(openapi.bp)
    app.register_blueprint(metrics.bp)
    for module in (config, suggestions, feedback, escalations, model_versions, stats,
                   webhooks):
        app.register_blueprint(module.bp, url_prefix="/api/v1")
    if app.config["SETTINGS"].demo_enabled:
        from backend.api import demo

        app.register_blueprint(demo.bp)


def register_error_handlers(app: Flask) -> None:
    """Every error answers the one JSON shape."""
    from backend.api.domain_errors import register_domain_errors
    from backend.errors import register_error_handlers as register

    register(app)
    register_domain_errors(app)


def register_commands(app: Flask) -> None:
    """The `rfh` operator commands."""
    from backend.cli import register_cli

    register_cli(app)
