"""GET /api/v1/config: what the sidebar needs to draw its dropdowns and the preview banner."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue
from pydantic import BaseModel

from backend.api.openapi import route
from backend.auth import authenticate_agent

bp = Blueprint("config", __name__)


class TeamInfo(BaseModel):
    """A team as the dropdown shows it."""

    key: str
    name: str
    owns: str
    channel: str
    handle: str | None
    label: str


class PriorityInfo(BaseModel):
    """A priority level as the dropdown shows it."""

    label: str
    severity: int
    name: str
    meaning: str


class ConfigResponse(BaseModel):
    """Teams, priorities, and whether the service can really file issues."""

    preview: bool
    zendesk: bool
    rfh_repo: str
    public_repo: str
    teams: list[TeamInfo]
    priorities: list[PriorityInfo]
    confidence_threshold: float


@route(
    bp,
    "/config",
    "GET",
    summary="Teams, priorities and mode for the sidebar.",
    response=ConfigResponse,
)
def get_config() -> ResponseReturnValue:
    """Answer the routing table's teams and priorities, and preview mode."""
    authenticate_agent()
    live = current_app.extensions["live_model"]
    settings = current_app.config["SETTINGS"]
    handbook = live.handbook
    return jsonify(
        preview=not settings.github_configured,
        zendesk=settings.zendesk_configured,
        rfh_repo=settings.rfh_repo,
        public_repo=settings.public_repo,
        teams=[
            {
                "key": key,
                "name": t.name,
                "owns": t.owns,
                "channel": handbook.channel_for(key),
                "handle": t.handle,
                "label": t.label,
            }
            for key, t in handbook.teams.items()
        ],
        priorities=[
            {"label": p.label, "severity": p.severity, "name": p.name, "meaning": p.meaning}
            for p in handbook.priorities.levels
        ],
        confidence_threshold=live.threshold,
    )
