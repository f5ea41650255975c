"""The Escalate flow: read the ticket, compose, record, file exactly once, link back, answer.

States of a row: pending (recorded, no issue known) -> created (issue filed or found) -> linked
(note, tag and team field on the ticket). failed: a definite refusal (bad token, missing repo);
nothing was filed and a retry may try again. Every step leaves a state a retry can resume from,
and a retry of a pending row always looks for the issue's hidden marker before it creates one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from backend.escalation import slack_post, store
from backend.escalation.answers import Answers, EscalationOut, PreviewOut
from backend.escalation.asks import ASK_KINDS, Asker
from backend.escalation.claim import claim
from backend.escalation.composer import Composer, Draft, marker_key
from backend.escalation.errors import GitHubFailed, InvalidEscalation, IssueNotFound
from backend.escalation.filing import IssueFiler, log_outcome
from backend.escalation.handoff_text import PREVIEW_LINK
from backend.escalation.late_posts import note_late_post
from backend.escalation.public_text import check_public, with_edits
from backend.escalation.requests import Context, EscalationRequest
from backend.escalation.templates import Templates
from backend.escalation.ticket_link import issue_tag, link_ticket
from backend.integrations.github import GitHubIssues
from backend.integrations.github_errors import GitHubError
from backend.integrations.slack import SlackPoster
from backend.integrations.zendesk import ZendeskTickets
from backend.learning.feedback import record_feedback
from backend.learning.similar import remember_case
from backend.metrics import metrics
from backend.models import Escalation
from backend.models import Suggestion as SuggestionRow
from backend.routing.router import Router
from backend.settings import Settings
from backend.tickets import Ticket

__all__ = ["EscalationRequest", "Escalator", "Outcome", "issue_tag"]

_ISSUE_URL = re.compile(r"^https?://[^/\s]+/([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)/(?:issues|pull)/(\d+)"
                        r"/?(?:[#?].*)?$")


@dataclass
class Outcome:
    """The answer and whether this call filed (or linked) the issue."""

    answer: EscalationOut
    created: bool


class Escalator:
    """One escalation at a time; construct per request (clients are per thread)."""

    def __init__(self, *, settings: Settings, router: Router, templates: Templates,
                 github: GitHubIssues | None, zendesk: ZendeskTickets | None,
                 slack: SlackPoster | None = None) -> None:
        """Wire the collaborators; nothing is called yet."""
        self.settings = settings
        self.router = router
        token = settings.github_token.get_secret_value() if settings.github_token else None
        self.composer = Composer(templates, router.handbook, marker_key(token))
        self.answers = Answers(templates, router.handbook, settings)
        self.github = github
        self.zendesk = zendesk
        self.slack = slack
        self.filer = IssueFiler(github, settings.outbound_max_wait_seconds)
        # Long enough for a create, a marker search and a ticket update with their bounded waits.
        # Slack's post and permalink add two more calls and one more bounded wait.
        self.lease = 8 * settings.outbound_timeout_seconds + 3 * settings.outbound_max_wait_seconds
        self.asker = Asker(settings=settings, handbook=router.handbook, templates=templates,
                           zendesk=zendesk, slack=slack, lease=self.lease)

    # ---------------------------------------------------------------- entry points
    def preview(self, req: EscalationRequest) -> PreviewOut:
        """The issue and hand-off that would be filed, without filing anything."""
        ctx = self._context(req)
        return self.answers.preview(req, ctx, self._draft(req, ctx), self.github is not None)

    def escalate(self, req: EscalationRequest) -> Outcome:
        """File (or find) the issue for this ticket and kind exactly once, then link it back."""
        ctx = self._context(req)
        if req.kind in ASK_KINDS:
            row, created = self.asker.ask(req, ctx)
            answer = self.answers.asked(row, ctx, created, self.slack is not None)
            self._log(req.ticket_id, req.kind, None, ctx, answer.status)
            return Outcome(answer, created)
        if req.link_issue:
            return self._link_existing(req, ctx)
        draft = self._draft(req, ctx)
        if self.github is None:
            self._log(req.ticket_id, req.kind, None, ctx, "preview")
            return Outcome(self.answers.unfiled(req, ctx, draft), created=False)
        values = {"dedupe_key": f"{req.ticket_id}:{req.kind}", "ticket_id": req.ticket_id,
                  "kind": req.kind, "state": "pending", "marker": draft.marker,
                  "repo": draft.repo, "title": draft.title, "body": draft.body,
                  "labels": draft.labels, "team": ctx.team, "priority": ctx.priority,
                  "customer": draft.customer, "agent": req.agent, "issue_state": "open",
                  "ticket_updated": False, "docs_update": False}
        return self._claim_and_drive(values, req, ctx,
                                     also=lambda s: self._feedback(s, req, ctx))

    def drive(self, row_id: int, *, fresh: bool,
              ctx: Context | None = None) -> tuple[Escalation, bool]:
        """As the lease holder: create or adopt the issue if needed, then link the ticket.

        Returns the row as this attempt left it, and True when this call moved it from pending
        (or failed) to created.
        """
        created = False
        row = store.load(row_id)
        try:
            row = self._compose_handoff(row, ctx)
            if row.state in ("pending", "failed"):
                ref = None if fresh else self.filer.find(row)
                if ref is None:
                    self.filer.settled(row)
                    ref = self.filer.create(row)
                row = store.save(row_id, state="created", issue_number=ref.number,
                                 issue_url=ref.url, labels=list(ref.labels) or row.labels,
                                 issue_state=ref.state or "open", last_error=None,
                                 github_unsure_until=None)
                created = True
            row = self._post_handoff(row, ctx)
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
        return row, created

    # ---------------------------------------------------------------- the steps
    def _claim_and_drive(self, values: dict[str, Any], req: EscalationRequest, ctx: Context,
                         also: Any = None) -> Outcome:
        """Claim the row (or answer another caller's finished one), then drive it."""
        claimed = claim(values, lease=self.lease, also=also,
                        wait_seconds=self.settings.escalation_wait_seconds)
        if claimed.finished is not None:
            row = claimed.finished
            if self.slack is not None:  # Slack refused the first time: the bot may be in now
                row = slack_post.retry_refused(self.slack, row, lease=self.lease,
                                               after=self.note_posted)
            return self._answer(row, ctx, req, created=False)
        row, moved = self.drive(claimed.row_id, fresh=claimed.inserted, ctx=ctx)
        # A new issue, or a new link row (it starts as created, so drive has nothing to move).
        return self._answer(row, ctx, req, created=moved or claimed.inserted)

    def _context(self, req: EscalationRequest) -> Context:
        ticket = self._read_ticket(req)
        suggestion = self.router.suggest(ticket)
        # Not sent: what agents already chose for this ticket, else the suggestion (which
        # leaves the ticket's own choice out of its look-alikes).
        saved = self.router.saved_choice(ticket.id) if not (req.team and req.priority) else None
        team = req.team or (saved[0] if saved else suggestion.team["key"])
        priority = req.priority or (saved[1] if saved else suggestion.priority["label"])
        route = suggestion.team.get("route") if team == suggestion.team["key"] else None
        return Context(ticket, suggestion, team, priority, route, public=req.kind == "defect",
                       timeline=req.timeline)

    def _read_ticket(self, req: EscalationRequest) -> Ticket:
        if self.zendesk is not None:
            with metrics.external_call("zendesk", "get_ticket"):
                return self.zendesk.get_ticket(req.ticket_id)
        if req.ticket is None:
            raise InvalidEscalation("ticket_required", "Zendesk credentials are not configured "
                                    "on this service: send the ticket inline as 'ticket'.")
        return req.ticket

    def _draft(self, req: EscalationRequest, ctx: Context) -> Draft:
        defect = req.kind == "defect"
        repo = self.settings.public_repo if defect else self.settings.rfh_repo
        rfh_url = self._rfh_url(req.ticket_id) if defect else None
        draft = self.composer.issue(
            ticket=ctx.ticket, kind=req.kind, team=ctx.team, priority=ctx.priority,
            suggestion=ctx.suggestion, repo=repo, note=req.note, timeline=req.timeline,
            rfh_url=rfh_url, version_field=self.settings.zendesk_version_field_id,
            deployment_field=self.settings.zendesk_deployment_field_id)
        if defect:  # the agent's edit, then the last check: PrivateDataLeak files nothing
            draft = with_edits(draft, req.title, req.body)
            check_public(draft, self.answers.handoff(ctx, draft.title, None, req.timeline).text)
        return draft

    def _rfh_url(self, ticket_id: int) -> str | None:
        row_id = store.find_id(f"{ticket_id}:rfh")
        return store.load(row_id).issue_url if row_id is not None else None

    def _feedback(self, session: Session, req: EscalationRequest, ctx: Context) -> None:
        remember_case(session, ctx.ticket, team=ctx.team, priority=ctx.priority,
                      source="escalation")  # found again by "Seen before"
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
        record_feedback(session, ticket=ctx.ticket, team=ctx.team,
                        priority=ctx.priority, suggested_team=suggested_team,
                        suggested_priority=suggested_priority,
                        model_version=ctx.suggestion.model_version, agent=req.agent,
                        source="escalation", suggestion_id=suggestion_id)

    def _compose_handoff(self, row: Escalation, ctx: Context | None) -> Escalation:
        """Record an RFH's hand-off before GitHub is called, for the row's team and priority.

        Composed while the ticket is at hand, it survives a failed create: `rfh escalations
        retry`, which has no ticket to read, still posts it once the issue is filed.
        """
        if self.slack is None or row.kind != "rfh" or row.slack_state is not None or ctx is None:
            return row
        handoff = self.answers.handoff(ctx.as_filed(row.team, row.priority), row.title,
                                       row.issue_url, ctx.timeline)
        return slack_post.prepare(row, handoff.channel, handoff.text,
                                  awaiting=None if row.issue_url else PREVIEW_LINK)

    def _post_handoff(self, row: Escalation, ctx: Context | None) -> Escalation:
        """Post an RFH's hand-off in the team's channel (once: the ts is kept on the row)."""
        if self.slack is None or row.kind != "rfh":
            return row
        row = self._compose_handoff(row, ctx)
        if row.slack_state is None:  # recorded before hand-offs were composed first, no ticket
            warning = ("The Slack hand-off was not posted (the escalation was recorded before "
                       "hand-offs were composed ahead of filing): post it in the team's channel "
                       "by hand; Escalate in the ticket's sidebar shows its text.")
            return store.save(row.id, slack_error=warning)
        return slack_post.post(self.slack, slack_post.with_issue(row, PREVIEW_LINK))

    def note_posted(self, row: Escalation) -> None:
        """Tell the ticket where a late Slack post landed (a private note; owed if refused)."""
        note_late_post(self.zendesk, row)

    def _link_ticket(self, row: Escalation, ctx: Context | None) -> str | None:
        """Note, tag and team field on the ticket; the error text when that failed."""
        handoff = (self.answers.handoff(ctx.as_filed(row.team, row.priority), row.title,
                                        row.issue_url, None) if ctx else None)
        return link_ticket(self.zendesk, self.settings, self.router.handbook, row, handoff)

    def _link_existing(self, req: EscalationRequest, ctx: Context) -> Outcome:
        """Link an issue that already exists: a kind 'link' row, note and tag on the ticket."""
        match = _ISSUE_URL.match((req.link_issue or "").strip())
        if match is None:
            raise InvalidEscalation("invalid_issue_url", "link_issue must be a GitHub issue URL "
                                    "such as https://github.com/owner/repo/issues/123.")
        repo, number = match.group(1), int(match.group(2))
        url = match.group(0).split("#")[0].split("?")[0].rstrip("/")
        if self.github is None:
            return Outcome(self.answers.unlinked(req, ctx, repo, number, url), created=False)
        try:
            with metrics.external_call("github", "get_issue"):
                ref = self.github.get_issue(repo, number)
        except GitHubError as exc:
            if exc.code == "repo_not_found":
                raise IssueNotFound("issue_not_found", exc.message) from None
            raise GitHubFailed(exc) from None
        values = {"dedupe_key": f"{req.ticket_id}:link:{ref.url or url}"[:300],
                  "ticket_id": req.ticket_id, "kind": "link", "state": "created", "marker": "",
                  "repo": repo, "issue_number": number, "issue_url": ref.url or url,
                  "issue_state": ref.state or "open", "title": ref.title, "body": "",
                  "labels": list(ref.labels), "team": ctx.team, "priority": ctx.priority,
                  "customer": None, "agent": req.agent, "ticket_updated": False,
                  "docs_update": False}
        return self._claim_and_drive(values, req, ctx, also=lambda s: remember_case(
            s, ctx.ticket, team=ctx.team, priority=ctx.priority, source="escalation"))

    # ---------------------------------------------------------------- the answer
    def _answer(self, row: Escalation, ctx: Context, req: EscalationRequest,
                created: bool) -> Outcome:
        answer = self.answers.filed(row, ctx, req, created)
        self._log(row.ticket_id, row.kind, row.issue_number, ctx, answer.status)
        return Outcome(answer, created)

    def _log(self, ticket_id: int, kind: str, number: int | None, ctx: Context | None,
             outcome: str) -> None:
        log_outcome(ticket_id, kind, number, ctx.suggestion.model_version if ctx else None,
                    outcome)
