"""The configured GitHub and Zendesk clients (or None in preview mode), as an unbound extension."""

from __future__ import annotations

import threading
from typing import Any

from flask import Flask

from backend.settings import Settings


class Integrations:
    """Builds the external clients from Settings; absent credentials mean preview mode."""

    def __init__(self) -> None:
        self.settings: Settings | None = None
        self._github: Any = None
        # ZendeskTickets is not thread-safe (zenpy keeps per-call state): one per thread.
        self._zendesk = threading.local()

    def init_app(self, app: Flask) -> None:
        """Remember the settings; clients are built on first use."""
        self.settings = app.config["SETTINGS"]
        self._github = None
        self._zendesk = threading.local()
        app.extensions["integrations"] = self

    @property
    def preview(self) -> bool:
        """True when nothing can really be filed (no GitHub token)."""
        return self.settings is None or not self.settings.github_configured

    def github(self) -> Any:
        """The GitHub client, or None without a token."""
        s = self.settings
        if s is None or not s.github_configured or s.github_token is None:
            return None
        if self._github is None:
            from backend.integrations.github import GitHubIssues

            self._github = GitHubIssues(
                s.github_token.get_secret_value(),
                s.github_api_url,
                timeout=s.outbound_timeout_seconds,
                max_wait=s.outbound_max_wait_seconds,
            )
        return self._github

    def zendesk(self) -> Any:
        """This thread's Zendesk client, or None without credentials."""
        s = self.settings
        if s is None or not s.zendesk_configured or s.zendesk_api_token is None:
            return None
        client = getattr(self._zendesk, "client", None)
        if client is None:
            from backend.integrations.zendesk import ZendeskTickets

            client = self._zendesk.client = ZendeskTickets(
                s.zendesk_subdomain or "",
                s.zendesk_email or "",
                s.zendesk_api_token.get_secret_value(),
                timeout=s.outbound_timeout_seconds,
                ratelimit_budget=s.outbound_max_wait_seconds,
            )
        return client


integrations = Integrations()
