"""Model versions: the live one and its track record, all versions, rollback, retrain requests.

POST /model/retrain records a request row and answers 202; the `worker:` process picks it up
within RETRAIN_CHECK_SECONDS. Training is never done by a web worker, not even in a child
process: it takes seconds of both CPU cores, would compete with the requests the dyno is
there to serve, and would die with the web dyno on every deploy or restart. A row in the
database survives all of that, coalesces repeated clicks into one run, and lets any instance
report the outcome (GET /model/retrain/<id>).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import Blueprint, current_app, jsonify, url_for
from flask.typing import ResponseReturnValue
from pydantic import BaseModel, Field

from backend.api.openapi import route
from backend.api.parsing import parse_body
from backend.api.schemas import Strict
from backend.auth import authenticate_agent, current_agent, require_admin
from backend.db import db
from backend.errors import APIError
from backend.learning import registry
from backend.learning.feedback import count_after, override_stats
from backend.learning.retrain_requests import request_retrain
from backend.models import RetrainRequest

bp = Blueprint("model", __name__)

VERSIONS_SHOWN = 20
INT4_MAX = 2**31 - 1  # id columns are INTEGER


class VersionOut(BaseModel):
    """One model version (no artifact)."""

    version: int
    status: str
    trained_at: str | None
    promoted_at: str | None
    training_size: int
    corpus_size: int | None
    feedback_size: int | None
    feedback_until_id: int
    data_hash: str | None
    kind: str | None
    scores: dict[str, Any]
    verdict: dict[str, Any] | None = Field(
        default=None, description="The evaluation gate's decision for a retrained version: "
        "promote, reason, and per evidence set (feedback cross-validated, corpus guard) n, both "
        "sides' top-1, how many tickets flipped each way, p_worse, and the tickets (fixed/broke)")
    note: str | None


class LiveOut(VersionOut):
    """The live version, with what happened since it went live."""

    feedback_since: int
    choices_since_live: int
    overrides_since_live: int
    override_rate_since_live: float | None
    team_override_rate_since_live: float | None
    served_here: int | None


class ModelOut(BaseModel):
    """The live model and the recent versions."""

    live: LiveOut | None
    versions: list[VersionOut]


class RollbackIn(Strict):
    """Which version to serve again."""

    version: int = Field(ge=1, le=INT4_MAX)
    force: bool = False


class RetrainRequestOut(BaseModel):
    """A queued (or finished) retrain request."""

    request_id: int
    status: str
    requested_at: str | None
    requested_by: str | None
    started_at: str | None
    finished_at: str | None
    version: int | None
    message: str | None
    status_url: str


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _model_state() -> dict[str, Any]:
    with db.transaction() as session:
        versions = [registry.summary(r) for r in registry.list_versions(session, VERSIONS_SHOWN)]
        live_row = registry.live_row(session)
        live: dict[str, Any] | None = None
        if live_row is not None:
            stats = override_stats(session, live_row.promoted_at)
            # (not the rfh_feedback_since_retrain gauge: that counts what no trained version
            # has seen, api/metrics.py; this counts what the live one has not)
            since = count_after(session, live_row.feedback_until_id)
            loaded = current_app.extensions["live_model"].current()
            live = {
                **registry.summary(live_row),
                "feedback_since": since,
                "choices_since_live": stats["choices"],
                "overrides_since_live": stats["overrides"],
                "override_rate_since_live": stats["override_rate"],
                "team_override_rate_since_live": stats["team_override_rate"],
                "served_here": loaded.version if loaded else None,
            }
    return {"live": live, "versions": versions}


@route(bp, "/model", "GET", summary="The live model: version, training data, scores, overrides.",
       auth="jwt_or_admin", response=ModelOut)
def get_model() -> ResponseReturnValue:
    """Live version, when and on what it was trained, scores, feedback and overrides since."""
    authenticate_agent()
    return jsonify(_model_state())


@route(bp, "/model/versions", "GET", summary="Every model version with status and scores.",
       auth="admin", response=ModelOut)
def list_model_versions() -> ResponseReturnValue:
    """All versions (admin), newest first."""
    require_admin()
    state = _model_state()
    with db.transaction() as session:
        state["versions"] = [registry.summary(r) for r in registry.list_versions(session)]
    return jsonify(state)


@route(bp, "/model/rollback", "POST", summary="Serve an earlier model version again.",
       auth="admin", body=RollbackIn, response=ModelOut)
def rollback_model() -> ResponseReturnValue:
    """Make a retired version live after it loads and passes the smoke test."""
    require_admin()
    body = parse_body(RollbackIn)
    try:
        with db.transaction() as session:
            registry.rollback(session, body.version, force=body.force)
    except registry.RollbackError as exc:
        status = 404 if "there is no model version" in str(exc) else 409
        raise APIError(status, "version_not_found" if status == 404 else "rollback_refused",
                       str(exc)) from None
    except registry.ModelLoadError as exc:
        raise APIError(409, "version_unloadable", f"version {body.version} cannot serve: {exc}") \
            from None
    current_app.extensions["live_model"].force_refresh()
    return jsonify(_model_state())


def _request_out(row: RetrainRequest) -> dict[str, Any]:
    return {
        "request_id": row.id, "status": row.status, "requested_at": _iso(row.requested_at),
        "requested_by": row.requested_by, "started_at": _iso(row.started_at),
        "finished_at": _iso(row.finished_at), "version": row.version_id, "message": row.message,
        "status_url": url_for("model.get_retrain_request", request_id=row.id),
    }


@route(bp, "/model/retrain", "POST", summary="Queue a retrain for the worker process (202).",
       auth="admin", response=RetrainRequestOut, status=202)
def create_retrain_request() -> ResponseReturnValue:
    """Record a retrain request (a pending one is reused); the worker runs it."""
    require_admin()
    row, _new = request_retrain(current_agent())
    response = jsonify(_request_out(row))
    response.status_code = 202
    response.headers["Location"] = url_for("model.get_retrain_request", request_id=row.id)
    return response


@route(bp, "/model/retrain/<int:request_id>", "GET", summary="A retrain request's outcome.",
       auth="admin", response=RetrainRequestOut)
def get_retrain_request(request_id: int) -> ResponseReturnValue:
    """Pending, running, promoted, rejected or failed, with the version it produced."""
    require_admin()
    with db.transaction() as session:
        row = session.get(RetrainRequest, request_id) if request_id <= INT4_MAX else None
        if row is None:
            raise APIError(404, "not_found", f"There is no retrain request {request_id}.")
        return jsonify(_request_out(row))
