"""The configured GitHub, Zendesk and Slack clients (or None in preview mode), kept per app."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from flask import Flask, current_app

from backend.settings import Settings

if TYPE_CHECKING:
    from backend.integrations.github import GitHubIssues
    from backend.integrations.github_comments import IssueComments
    from backend.integrations.slack import SlackPoster
    from backend.integrations.zendesk import ZendeskTickets

EXTENSION = "integrations"


class Integrations:
    """Builds one app's external clients from its Settings; absent credentials mean preview."""

    def __init__(self, settings: Settings) -> None:
        """Remember the settings; clients are built on first use."""
        self.settings = settings
        self._github: GitHubIssues | None = None
        self._comments: IssueComments | None = None
        self._slack: SlackPoster | None = None
        self._lock = threading.Lock()
        # ZendeskTickets is not thread-safe (zenpy keeps per-call state): one per thread.
        self._zendesk = threading.local()

    @property
    def preview(self) -> bool:
        """True when nothing can really be filed (no GitHub token)."""
        return not self.settings.github_configured

    def github(self) -> GitHubIssues | None:
        """The GitHub client, or None without a token."""
        s = self.settings
        if not s.github_configured or s.github_token is None:
            return None
        with self._lock:
            if self._github is None:
                from backend.integrations.github import GitHubIssues

                self._github = GitHubIssues(
                    s.github_token.get_secret_value(),
                    s.github_api_url,
                    timeout=s.outbound_timeout_seconds,
                    max_wait=s.outbound_max_wait_seconds,
                )
            return self._github

    def comments(self) -> IssueComments | None:
        """Issue comments through the GitHub client, or None without a token."""
        github = self.github()
        if github is None:
            return None
        with self._lock:
            if self._comments is None:
                from backend.integrations.github_comments import IssueComments

                self._comments = IssueComments(github)
            return self._comments
    def slack(self) -> SlackPoster | None:
        """The Slack client, or None without a bot token (the hand-off is then copied by hand)."""
        s = self.settings
        if s.slack_bot_token is None:
            return None
        with self._lock:
            if self._slack is None:
                from backend.integrations.slack import SlackPoster

                self._slack = SlackPoster(
                    s.slack_bot_token.get_secret_value(), s.slack_api_url,
                    timeout=s.outbound_timeout_seconds, max_wait=s.outbound_max_wait_seconds)
            return self._slack

    def zendesk(self) -> ZendeskTickets | None:
        """This thread's Zendesk client, or None without credentials."""
        s = self.settings
        if not s.zendesk_configured or s.zendesk_api_token is None:
            return None
        client: ZendeskTickets | None = getattr(self._zendesk, "client", None)
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


class CurrentIntegrations:
    """``integrations``: the current app's Integrations (each app keeps its own clients)."""

    def init_app(self, app: Flask) -> None:
        """Give the app its own Integrations, built from its settings."""
        app.extensions[EXTENSION] = Integrations(app.config["SETTINGS"])

    @staticmethod
    def current() -> Integrations:
        """The Integrations of the app in context."""
        found: Integrations = current_app.extensions[EXTENSION]
        return found

    @property
    def preview(self) -> bool:
        """True when the current app cannot really file anything (no GitHub token)."""
        return self.current().preview

    def github(self) -> GitHubIssues | None:
        """The current app's GitHub client, or None without a token."""
        return self.current().github()

    def comments(self) -> IssueComments | None:
        """The current app's issue comments client, or None without a token."""
        return self.current().comments()
    def slack(self) -> SlackPoster | None:
        """The current app's Slack client, or None without a bot token."""
        return self.current().slack()

    def zendesk(self) -> ZendeskTickets | None:
        """The current app's Zendesk client for this thread, or None without credentials."""
        return self.current().zendesk()


integrations = CurrentIntegrations()
