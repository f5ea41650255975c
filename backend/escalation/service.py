"""Build an Escalator for the current app (settings, live router, templates, clients)."""

from __future__ import annotations

from flask import current_app

from backend.escalation.escalator import Escalator
from backend.escalation.templates import Templates
from backend.integrations.extension import integrations
from backend.settings import Settings


def templates() -> Templates:
    """The app's template set (model_dir/templates), built once per app."""
    cached = current_app.extensions.get("rfh_templates")
    if cached is None:
        settings: Settings = current_app.config["SETTINGS"]
        cached = Templates(settings.model_dir / "templates")
        current_app.extensions["rfh_templates"] = cached
    return cached


def escalator() -> Escalator:
    """An Escalator wired to this app's live model and this thread's clients."""
    settings: Settings = current_app.config["SETTINGS"]
    return Escalator(settings=settings, router=current_app.extensions["live_model"].router(),
                     templates=templates(), github=integrations.github(),
                     zendesk=integrations.zendesk(), slack=integrations.slack())
