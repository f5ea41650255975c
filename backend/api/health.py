"""Liveness and readiness probes for the platform's router and load balancer."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue
from pydantic import BaseModel
from sqlalchemy import text

from backend.api.openapi import route
from backend.db import db
from backend.errors import error_response

bp = Blueprint("health", __name__)


class HealthOut(BaseModel):
    """Liveness answer."""

    status: str


class ReadyOut(BaseModel):
    """Readiness answer: what was checked."""

    status: str
    database: str
    model_version: int | None
    preview: bool


@route(
    bp,
    "/healthz",
    "GET",
    summary="Liveness: the process answers (no database).",
    auth="none",
    response=HealthOut,
)
def healthz() -> ResponseReturnValue:
    """Answer 200 while the process is alive."""
    return jsonify(status="ok")


@route(
    bp,
    "/readyz",
    "GET",
    summary="Readiness: database reachable and a model loaded.",
    auth="none",
    response=ReadyOut,
)
def readyz() -> ResponseReturnValue:
    """Answer 200 only when the database answers and a routing model is loaded."""
    try:
        with db.transaction() as session:
            session.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 - any failure means not ready
        return error_response(503, "not_ready", "The database is not reachable.", retry_after=5)
    live = current_app.extensions["live_model"]
    current = live.current()
    if current is None:
        return error_response(503, "not_ready", "No routing model is loaded yet (an operator "
                              "trains the first one with `rfh train`).", retry_after=5)
    return jsonify(
        status="ok",
        database=db.dialect,
        model_version=current.version,
        preview=not current_app.config["SETTINGS"].github_configured,
    )
