"""The Escalate flow: read the ticket, compose, record, file exactly once, link back, answer.

States of a row: pending (recorded, no issue known) -> created (issue filed or found) -> linked
(note, tag and team field on the ticket). failed: a definite refusal (bad token, missing repo);
nothing was filed and a retry may try again. Every step leaves a state a retry can resume from,
and a retry of a pending row always looks for the issue's hidden marker before it creates one.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from backend.errors import APIError
from backend.escalation import store
from backend.escalation.composer import Composer, Draft, TemplateProblem, Templates
from backend.escalation.github_client import GitHubError, GitHubIssues, IssueRef
from backend.escalation.notes import link_note
from backend.escalation.redact import scrub_secrets
from backend.escalation.slack import Handoff, account_contacts, customer_reply, slack_handoff
from backend.escalation.zendesk_client import TicketData, ZendeskError, ZendeskTickets
from backend.learning.feedback import record_feedback
from backend.metrics import metrics
from backend.models import Escalation
from backend.models import Suggestion as SuggestionRow
from backend.routing.router import Router, Suggestion, Ticket
from backend.settings import Settings

log = logging.getLogger(__name__)

_ISSUE_URL = re.compile(r"^https?://[^/\s]+/([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)/(?:issues|pull)/(\d+)"
                        r"/?(?:[#?].*)?$")
PREVIEW_MESSAGE = ("Preview only: GitHub is not configured on this service (no GITHUB_TOKEN), so "
                   "nothing was filed. This is the issue that would be filed.")


@dataclass
class EscalationRequest:
    """What the sidebar asked for."""

    ticket_id: int
    ticket: TicketData | None = None  # inline, used when Zendesk is not configured
    team: str | None = None
    priority: str | None = None
    kind: str = "rfh"
    note: str | None = None
    timeline: str | None = None
    link_issue: str | None = None
    suggestion_id: int | None = None
    agent: str | None = None


@dataclass
class Outcome:
    """The answer: HTTP status and JSON payload."""

    http_status: int
    payload: dict[str, Any]


@dataclass
class _Context:
    ticket: TicketData
    suggestion: Suggestion
    team: str
    priority: str
    route: str | None
    warnings: list[str] = field(default_factory=list)


def router_ticket(data: TicketData) -> Ticket:
    """The router's view of a ticket."""
    org = data.organization or {}
    return Ticket(id=data.id, subject=data.subject, description=data.description,
                  comments=list(data.comments), tags=list(data.tags),
                  org_tags=list(org.get("tags") or []), organization=org.get("name"),
                  priority=data.priority, attachments=list(data.attachments))


def issue_tag(kind: str, repo: str, number: int, settings: Settings) -> str:
    """The ticket tag that finds every ticket linked to an issue (rfh_<n> for the RFH repo)."""
    if repo.lower() == settings.rfh_repo.lower():
        return f"rfh_{number}"
    if repo.lower() == settings.public_repo.lower():
        return f"defect_{number}"
    return "issue_" + re.sub(r"[^a-z0-9]+", "_", repo.lower()) + f"_{number}"


class Escalator:
    """One escalation at a time; construct per request (clients are per thread)."""

    def __init__(self, *, settings: Settings, router: Router, templates: Templates,
                 github: GitHubIssues | None, zendesk: ZendeskTickets | None) -> None:
        """Wire the collaborators; nothing is called yet."""
        self.settings = settings
        self.router = router
        self.templates = templates
        self.composer = Composer(templates, router.handbook)
        self.github = github
        self.zendesk = zendesk
        # Long enough for a create, a marker search and a ticket update with their bounded waits.
        self.lease = 6 * settings.outbound_timeout_seconds + 2 * settings.outbound_max_wait_seconds

    # ---------------------------------------------------------------- entry points
    def preview(self, req: EscalationRequest) -> dict[str, Any]:
        """The issue and hand-off that would be filed, without filing anything."""
        ctx = self._context(req)
        draft = self._draft(req, ctx)
        handoff = self._handoff(ctx, draft.title, None, req.timeline)
        return {"kind": req.kind, "team": ctx.team, "priority": ctx.priority,
                "issue": {"repo": draft.repo, "title": draft.title, "body": draft.body,
                          "labels": draft.labels},
                "slack": handoff.as_dict(), "preview": self.github is None}

    def escalate(self, req: EscalationRequest) -> Outcome:
        """File (or find) the issue for this ticket and kind exactly once, then link it back."""
        ctx = self._context(req)
        if req.link_issue:
            return self._link_existing(req, ctx)
        draft = self._draft(req, ctx)
        if self.github is None:
            handoff = self._handoff(ctx, draft.title, None, req.timeline)
            self._log(req.ticket_id, req.kind, None, ctx, "preview")
            return Outcome(200, {
                "status": "preview", "escalation_id": None, "kind": req.kind, "team": ctx.team,
                "priority": ctx.priority,
                "issue": {"url": None, "number": None, "repo": draft.repo, "labels": draft.labels,
                          "title": draft.title, "body": draft.body, "state": None},
                "slack": handoff.as_dict(), "ticket_updated": False,
                "customer_reply": self._reply(ctx), "preview": True, "message": PREVIEW_MESSAGE,
                "warnings": ctx.warnings,
            })
        key = f"{req.ticket_id}:{req.kind}"
        values = {"dedupe_key": key, "ticket_id": req.ticket_id, "kind": req.kind,
                  "state": "pending", "marker": draft.marker, "repo": draft.repo,
                  "title": draft.title, "body": draft.body, "labels": draft.labels,
                  "team": ctx.team, "priority": ctx.priority, "customer": draft.customer,
                  "agent": req.agent, "issue_state": "open", "ticket_updated": False,
                  "docs_update": False}
        row_id = store.insert(values, self.lease, lambda s: self._feedback(s, req, ctx))
        fresh = row_id is not None
        if row_id is None:
            row_id = store.find_id(key)
            if row_id is None:  # deleted between the INSERT and the SELECT: try once more
                return self.escalate(req)
            row = self._await_or_take(row_id)
            if row is not None:
                return self._answer(row, ctx, req, "existing", 200)
        row = self.drive(row_id, fresh=fresh, ctx=ctx)
        created = self._created_now  # this call moved the row from pending to created
        return self._answer(row, ctx, req, "created" if created else "existing",
                            201 if created else 200)

    def drive(self, row_id: int, *, fresh: bool, ctx: _Context | None = None) -> Escalation:
        """As the lease holder: create or adopt the issue if needed, then link the ticket."""
        self._created_now = False
        row = store.load(row_id)
        try:
            if row.state in ("pending", "failed"):
                ref = None if fresh else self._find(row)
                if ref is None:
                    ref = self._create(row)
                row = store.save(row_id, state="created", issue_number=ref.number,
                                 issue_url=ref.url, labels=list(ref.labels) or row.labels,
                                 issue_state=ref.state or "open", last_error=None)
                self._created_now = True
            if not row.ticket_updated:
                error = self._link_ticket(row, ctx)
                if error is None:
                    row = store.save(row_id, state=store.DONE, ticket_updated=True,
                                     last_error=None)
                else:
                    row = store.save(row_id, last_error=error)
                    if ctx is not None:
                        ctx.warnings.append(error)
        finally:
            row = store.release(row_id)
        return row

    # ---------------------------------------------------------------- the steps
    def _context(self, req: EscalationRequest) -> _Context:
        ticket = self._read_ticket(req)
        suggestion = self.router.suggest(router_ticket(ticket))
        team = req.team or suggestion.team["key"]
        priority = req.priority or suggestion.priority["label"]
        route = suggestion.team.get("route") if team == suggestion.team["key"] else None
        return _Context(ticket, suggestion, team, priority, route)

    def _read_ticket(self, req: EscalationRequest) -> TicketData:
        if self.zendesk is not None:
            try:
                with metrics.external_call("zendesk", "get_ticket"):
                    return self.zendesk.get_ticket(req.ticket_id)
            except ZendeskError as exc:
                raise zendesk_api_error(exc) from None
        if req.ticket is None:
            raise APIError(422, "ticket_required", "Zendesk credentials are not configured on "
                           "this service: send the ticket inline as 'ticket'.")
        return req.ticket

    def _draft(self, req: EscalationRequest, ctx: _Context) -> Draft:
        defect = req.kind == "defect"
        repo = self.settings.public_repo if defect else self.settings.rfh_repo
        rfh_url = self._rfh_url(req.ticket_id) if defect else None
        try:
            return self.composer.issue(
                ticket=ctx.ticket, kind=req.kind, team=ctx.team, priority=ctx.priority,
                suggestion=ctx.suggestion, repo=repo, note=req.note, timeline=req.timeline,
                rfh_url=rfh_url, version_field=self.settings.zendesk_version_field_id,
                deployment_field=self.settings.zendesk_deployment_field_id)
        except TemplateProblem as exc:
            raise APIError(500, "template_error", str(exc)) from None

    def _rfh_url(self, ticket_id: int) -> str | None:
        row_id = store.find_id(f"{ticket_id}:rfh")
        return store.load(row_id).issue_url if row_id is not None else None

    def _feedback(self, session: Session, req: EscalationRequest, ctx: _Context) -> None:
        suggested_team = ctx.suggestion.team["key"]
        suggested_priority = ctx.suggestion.priority["label"]
        suggestion_id = None
        if req.suggestion_id is not None:
            shown = session.get(SuggestionRow, req.suggestion_id)
            if shown is not None:  # what the agent saw beats what the model says now
                suggestion_id, suggested_team = shown.id, shown.team
                suggested_priority = shown.priority
        if (ctx.team, ctx.priority) == (suggested_team, suggested_priority):
            return
        record_feedback(session, ticket=router_ticket(ctx.ticket), team=ctx.team,
                        priority=ctx.priority, suggested_team=suggested_team,
                        suggested_priority=suggested_priority,
                        model_version=ctx.suggestion.model_version, agent=req.agent,
                        source="escalation", suggestion_id=suggestion_id)

    def _await_or_take(self, row_id: int) -> Escalation | None:
        """Another caller has the row: wait for it (bounded). None: we now hold the lease."""
        row = store.load(row_id)
        was_leased = store.is_leased(row)
        if was_leased:
            row = store.wait_for(row_id, self.settings.escalation_wait_seconds)
        if row.state == store.DONE or (row.state == "created" and was_leased):
            return row  # done, or the other caller finished and its answer says the same
        if store.is_leased(row):
            raise APIError(503, "escalation_in_progress", "Another request is filing this "
                           "ticket's issue right now; try again in a few seconds.", retry_after=2)
        if was_leased:  # the other caller gave up while we waited: its error is ours too
            raise APIError(503, "escalation_not_filed", "Another request for this ticket could "
                           f"not file the issue: {row.last_error}", retry_after=5)
        if store.take(row_id, self.lease):
            return None
        raise APIError(503, "escalation_in_progress", "Another request just took over this "
                       "ticket's escalation; try again in a few seconds.", retry_after=2)

    def _find(self, row: Escalation) -> IssueRef | None:
        """The issue already carrying this row's marker, if any (never trust search: it lags)."""
        assert self.github is not None
        try:
            with metrics.external_call("github", "find_by_marker"):
                return self.github.find_by_marker(row.repo, row.marker)
        except GitHubError as exc:
            raise self._give_up(row, exc) from None

    def _create(self, row: Escalation) -> IssueRef:
        """Exactly one POST per attempt; a retry only after the marker search found nothing."""
        assert self.github is not None
        waited, retried = 0.0, False
        while True:
            try:
                with metrics.external_call("github", "create_issue"):
                    return self.github.create_issue(row.repo, row.title, row.body, row.labels)
            except GitHubError as exc:
                if exc.code == "rate_limited" and exc.retry_after is not None and (
                        waited + exc.retry_after <= self.settings.outbound_max_wait_seconds):
                    time.sleep(exc.retry_after)  # refused, so nothing was created: safe to repeat
                    waited += exc.retry_after
                    continue
                if not exc.outcome_unknown:
                    raise self._give_up(row, exc) from None
                found = self._find(row)
                if found is not None:
                    return found
                # A 5xx answer that left no issue behind: one more POST. A timeout or a broken
                # connection may still be creating it, so those wait for a later retry instead.
                if exc.status is not None and not retried:
                    retried = True
                    continue
                raise self._give_up(row, exc) from None

    def _give_up(self, row: Escalation, exc: GitHubError) -> APIError:
        transient = exc.code in ("rate_limited", "unavailable", "timeout")
        store.save(row.id, state="pending" if transient else "failed", last_error=exc.message)
        self._log(row.ticket_id, row.kind, None, None, f"github_{exc.code}")
        return github_api_error(exc, row)

    def _link_ticket(self, row: Escalation, ctx: _Context | None) -> str | None:
        """Note, tag and team field on the ticket; the error text when that failed."""
        if self.zendesk is None:
            return ("Zendesk is not configured on this service: add the issue link, the tag and "
                    "the Engineering Team field to the ticket by hand.")
        handoff = self._handoff(ctx, row.title, row.issue_url, None) if ctx else None
        note = link_note(self.router.handbook, kind=row.kind, url=row.issue_url or "",
                         repo=row.repo, number=row.issue_number, team=row.team,
                         priority=row.priority, channel=handoff.channel if handoff else None,
                         handle=handoff.handle if handoff else None)
        tag = issue_tag(row.kind, row.repo, int(row.issue_number or 0), self.settings)
        try:
            with metrics.external_call("zendesk", "link_issue"):
                self.zendesk.link_issue(row.ticket_id, note=note, tags=[tag],
                                        field_id=self.settings.zendesk_team_field_id,
                                        field_value=row.team)
        except ZendeskError as exc:
            return (f"The issue exists but the ticket was not updated: {exc.message}. Retry "
                    "(the same call or `rfh escalations retry`) to finish the link.")
        return None

    def _link_existing(self, req: EscalationRequest, ctx: _Context) -> Outcome:
        """Link an issue that already exists: a kind 'link' row, note and tag on the ticket."""
        match = _ISSUE_URL.match((req.link_issue or "").strip())
        if match is None:
            raise APIError(422, "invalid_issue_url", "link_issue must be a GitHub issue URL such "
                           "as https://github.com/owner/repo/issues/123.")
        repo, number = match.group(1), int(match.group(2))
        url = match.group(0).split("#")[0].split("?")[0].rstrip("/")
        if self.github is None:
            handoff = self._handoff(ctx, f"{repo}#{number}", url, req.timeline)
            return Outcome(200, {
                "status": "preview", "escalation_id": None, "kind": "link", "team": ctx.team,
                "priority": ctx.priority,
                "issue": {"url": url, "number": number, "repo": repo, "labels": [], "title": None,
                          "body": None, "state": None},
                "slack": handoff.as_dict(), "ticket_updated": False,
                "customer_reply": self._reply(ctx), "preview": True,
                "message": "Preview only: GitHub is not configured on this service, so the "
                           "issue was not checked and nothing was linked.", "warnings": []})
        try:
            with metrics.external_call("github", "get_issue"):
                ref = self.github.get_issue(repo, number)
        except GitHubError as exc:
            if exc.code == "repo_not_found":
                raise APIError(404, "issue_not_found", exc.message) from None
            raise github_api_error(exc, None) from None
        key = f"{req.ticket_id}:link:{ref.url or url}"[:300]
        values = {"dedupe_key": key, "ticket_id": req.ticket_id, "kind": "link",
                  "state": "created", "marker": "", "repo": repo, "issue_number": number,
                  "issue_url": ref.url or url, "issue_state": ref.state or "open",
                  "title": ref.title, "body": "", "labels": list(ref.labels), "team": ctx.team,
                  "priority": ctx.priority, "customer": None, "agent": req.agent,
                  "ticket_updated": False, "docs_update": False}
        row_id = store.insert(values, self.lease)
        fresh = row_id is not None
        if row_id is None:
            row_id = store.find_id(key)
            assert row_id is not None
            row = self._await_or_take(row_id)
            if row is not None:
                return self._answer(row, ctx, req, "existing", 200)
        row = self.drive(row_id, fresh=True, ctx=ctx)
        return self._answer(row, ctx, req, "created" if fresh else "existing",
                            201 if fresh else 200)

    # ---------------------------------------------------------------- the answer
    def _handoff(self, ctx: _Context | None, summary: str, url: str | None,
                 timeline: str | None) -> Handoff:
        assert ctx is not None
        org = (ctx.ticket.organization or {}).get("name")
        return slack_handoff(self.templates, self.router.handbook, team=ctx.team, route=ctx.route,
                             priority=ctx.priority,
                             summary=scrub_secrets(ctx.ticket.subject or summary),
                             customer=org, issue_url=url, timeline=timeline,
                             contacts=account_contacts(ctx.ticket.organization, self.settings))

    def _reply(self, ctx: _Context) -> str:
        return customer_reply(self.templates, self.router.handbook,
                              requester_name=ctx.ticket.requester_name,
                              subject=scrub_secrets(ctx.ticket.subject), priority=ctx.priority,
                              missing=[m["key"] for m in ctx.suggestion.missing_details])

    def _answer(self, row: Escalation, ctx: _Context, req: EscalationRequest, status: str,
                http_status: int) -> Outcome:
        ctx = _Context(ctx.ticket, ctx.suggestion, row.team, row.priority,
                       ctx.route if row.team == ctx.team else None, ctx.warnings)
        handoff = self._handoff(ctx, row.title, row.issue_url, req.timeline)
        if row.ticket_updated:
            message = f"Filed and linked: {row.issue_url}"
        else:
            message = f"The issue exists ({row.issue_url}) but the ticket is not updated yet."
            if row.last_error and row.last_error not in ctx.warnings:
                ctx.warnings.append(row.last_error)
        self._log(row.ticket_id, row.kind, row.issue_number, ctx, status)
        return Outcome(http_status, {
            "status": status, "escalation_id": row.id, "kind": row.kind, "team": row.team,
            "priority": row.priority,
            "issue": {"url": row.issue_url, "number": row.issue_number, "repo": row.repo,
                      "labels": list(row.labels or []), "title": row.title,
                      "body": row.body or None, "state": row.issue_state},
            "slack": handoff.as_dict(), "ticket_updated": bool(row.ticket_updated),
            "customer_reply": self._reply(ctx), "preview": False, "message": message,
            "warnings": ctx.warnings,
        })

    _created_now = False

    def _log(self, ticket_id: int, kind: str, number: int | None, ctx: _Context | None,
             outcome: str) -> None:
        metrics.escalation(kind, outcome)
        version = ctx.suggestion.model_version if ctx else None
        # Ids and outcome only: never ticket text, never a token.
        log.info("escalation ticket=%s kind=%s issue=%s model_version=%s outcome=%s",
                 ticket_id, kind, number, version, outcome)


def zendesk_api_error(exc: ZendeskError) -> APIError:
    """A Zendesk failure as the API's error: 503 for transient ones, 502 for configuration."""
    if exc.code == "not_found":
        return APIError(404, "ticket_not_found", exc.message)
    if exc.code in ("rate_limited", "unavailable", "timeout"):
        return APIError(503, f"zendesk_{exc.code}", exc.message,
                        retry_after=exc.retry_after or 5)
    hint = " Check ZENDESK_EMAIL and ZENDESK_API_TOKEN." if exc.code == "unauthorized" else ""
    return APIError(502, f"zendesk_{exc.code}", exc.message + hint)


def github_api_error(exc: GitHubError, row: Escalation | None) -> APIError:
    """A GitHub failure as the API's error, naming the cause and what to fix."""
    repo = row.repo if row is not None else "the repository"
    pending = " The escalation is kept: a retry looks for the issue first and never files it twice."
    if exc.code == "rate_limited":
        return APIError(503, "github_rate_limited", exc.message + "." + pending,
                        retry_after=max(1.0, exc.retry_after or 60))
    if exc.code in ("unavailable", "timeout"):
        return APIError(503, f"github_{exc.code}", exc.message + "." + pending, retry_after=5)
    if exc.code == "unauthorized":
        return APIError(502, "github_unauthorized", f"{exc.message}: check GITHUB_TOKEN.")
    if exc.code == "forbidden":
        labels = ", ".join(row.labels or []) if row is not None else ""
        hint = (f" GitHub creates missing labels ({labels}) only for a token with push access: "
                f"create them in {repo} or give the token push access." if "label" in
                exc.message.lower() else "")
        return APIError(502, "github_forbidden", exc.message + "." + hint)
    if exc.code in ("repo_not_found", "repo_gone"):
        return APIError(502, f"github_{exc.code}", f"{exc.message}: check RFH_REPO/PUBLIC_REPO "
                        "and that the token can see the repository.")
    return APIError(502, f"github_{exc.code}", exc.message)
