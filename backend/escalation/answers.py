"""The answers of the Escalate flow, as pydantic models (validated before they are sent)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from backend.escalation.composer import Draft
from backend.escalation.handoff_text import (
    Handoff,
    account_contacts,
    customer_reply,
    slack_handoff,
)
from backend.escalation.redact import scrub_secrets
from backend.escalation.requests import Context, EscalationRequest
from backend.escalation.templates import Templates
from backend.models import Escalation
from backend.routing.handbook import Handbook
from backend.settings import Settings

PREVIEW_MESSAGE = ("Preview only: GitHub is not configured on this service (no GITHUB_TOKEN), so "
                   "nothing was filed. This is the issue that would be filed.")
PREVIEW_LINK_MESSAGE = ("Preview only: GitHub is not configured on this service, so the issue "
                        "was not checked and nothing was linked.")


class IssueOut(BaseModel):
    """The GitHub issue."""

    url: str | None
    number: int | None
    repo: str
    labels: list[str] = []
    title: str | None = None
    body: str | None = None
    state: str | None = None


class SlackOut(BaseModel):
    """The Step 5 hand-off (or the ask): posted for real with a bot token, else to copy."""

    channel: str
    handle: str | None
    text: str
    hint: str
    posted: bool = False
    permalink: str | None = None
    # None: Slack is not configured (copy the text); else awaiting, pending, posting, posted,
    # failed or unconfirmed (see backend.escalation.slack_post).
    state: str | None = None
    error: str | None = None  # why it is not (yet) posted, in words the agent can act on


class EscalationOut(BaseModel):
    """The answer of POST /escalations."""

    status: Literal["created", "existing", "preview"]
    escalation_id: int | None
    kind: str
    team: str
    priority: str
    issue: IssueOut | None  # None for a team or engineering ask (no issue is filed)
    slack: SlackOut
    ticket_updated: bool
    customer_reply: str
    preview: bool
    message: str
    warnings: list[str]


class RedactionOut(BaseModel):
    """One kind of private text removed from a public defect ([redacted-email] marks it)."""

    kind: str
    placeholder: str
    count: int


class PreviewIssueOut(BaseModel):
    """The issue that would be filed."""

    repo: str
    title: str
    body: str
    labels: list[str]
    redactions: list[RedactionOut] = []


class PreviewOut(BaseModel):
    """The answer of POST /escalations/preview."""

    kind: str
    team: str
    priority: str
    issue: PreviewIssueOut
    slack: SlackOut
    preview: bool


class Answers:
    """Builds the hand-off, the customer reply and the answers from a request's context."""

    def __init__(self, templates: Templates, handbook: Handbook, settings: Settings) -> None:
        """Keep the templates, the handbook the texts come from, the contact field names."""
        self.templates = templates
        self.handbook = handbook
        self.settings = settings

    def handoff(self, ctx: Context, summary: str, url: str | None,
                timeline: str | None) -> Handoff:
        """The Slack hand-off for this context (the ticket's subject, else ``summary``)."""
        org = ctx.ticket.organization
        if ctx.public:  # a defect's hand-off names neither the customer nor the raw subject
            org, subject = None, summary
        else:
            subject = scrub_secrets(ctx.ticket.topic or summary)
        return slack_handoff(self.templates, self.handbook, team=ctx.team, route=ctx.route,
                             priority=ctx.priority, summary=subject,
                             customer=org, issue_url=url, timeline=timeline,
                             contacts=() if ctx.public else account_contacts(
                                 ctx.ticket.org_fields, self.settings))

    def reply(self, ctx: Context) -> str:
        """The draft reply to the customer."""
        return customer_reply(self.templates, self.handbook,
                              requester_name=ctx.ticket.requester_name,
                              subject=scrub_secrets(ctx.ticket.topic), priority=ctx.priority,
                              missing=[m["key"] for m in ctx.suggestion.missing_details])

    def preview(self, req: EscalationRequest, ctx: Context, draft: Draft,
                github_configured: bool) -> PreviewOut:
        """The issue and hand-off that would be filed."""
        handoff = self.handoff(ctx, draft.title, None, req.timeline)
        redactions = [RedactionOut(kind=r.kind, placeholder=r.placeholder, count=r.count)
                      for r in draft.redactions]
        return PreviewOut(kind=req.kind, team=ctx.team, priority=ctx.priority,
                          issue=PreviewIssueOut(repo=draft.repo, title=draft.title,
                                                body=draft.body, labels=draft.labels,
                                                redactions=redactions),
                          slack=_slack(handoff), preview=not github_configured)

    def unfiled(self, req: EscalationRequest, ctx: Context, draft: Draft) -> EscalationOut:
        """The answer without GitHub: the issue that would have been filed."""
        handoff = self.handoff(ctx, draft.title, None, req.timeline)
        return EscalationOut(
            status="preview", escalation_id=None, kind=req.kind, team=ctx.team,
            priority=ctx.priority,
            issue=IssueOut(url=None, number=None, repo=draft.repo, labels=draft.labels,
                           title=draft.title, body=draft.body, state=None),
            slack=_slack(handoff), ticket_updated=False, customer_reply=self.reply(ctx),
            preview=True, message=PREVIEW_MESSAGE, warnings=ctx.warnings)

    def unlinked(self, req: EscalationRequest, ctx: Context, repo: str, number: int,
                 url: str) -> EscalationOut:
        """The answer without GitHub to a request to link an existing issue."""
        handoff = self.handoff(ctx, f"{repo}#{number}", url, req.timeline)
        return EscalationOut(
            status="preview", escalation_id=None, kind="link", team=ctx.team,
            priority=ctx.priority,
            issue=IssueOut(url=url, number=number, repo=repo, labels=[], title=None, body=None,
                           state=None),
            slack=_slack(handoff), ticket_updated=False, customer_reply=self.reply(ctx),
            preview=True, message=PREVIEW_LINK_MESSAGE, warnings=[])

    def filed(self, row: Escalation, ctx: Context, req: EscalationRequest,
              created: bool) -> EscalationOut:
        """The answer for a row this call filed or found: its issue, hand-off and warnings."""
        if req.team is not None and (req.team, req.priority or row.priority) != (
                row.team, row.priority):
            ctx.warnings.append(
                f"This ticket's escalation was started earlier for {row.team} "
                f"({row.priority}), and the issue, the ticket and the hand-off all say so. "
                "To change it, change the issue's labels and the ticket's team field.")
        ctx = ctx.as_filed(row.team, row.priority)
        handoff = self.handoff(ctx, row.title, row.issue_url, req.timeline)
        slack = _slack(handoff, row)
        if slack.error and slack.error not in ctx.warnings:
            ctx.warnings.append(slack.error)
        if row.ticket_updated:
            message = f"Filed and linked: {row.issue_url}"
        else:
            message = f"The issue exists ({row.issue_url}) but the ticket is not updated yet."
            if row.last_error and row.last_error not in ctx.warnings:
                ctx.warnings.append(row.last_error)
        return EscalationOut(
            status="created" if created else "existing", escalation_id=row.id, kind=row.kind,
            team=row.team, priority=row.priority,
            issue=IssueOut(url=row.issue_url, number=row.issue_number, repo=row.repo,
                           labels=list(row.labels or []), title=row.title,
                           body=row.body or None, state=row.issue_state),
            slack=slack, ticket_updated=bool(row.ticket_updated),
            customer_reply=self.reply(ctx), preview=False, message=message,
            warnings=ctx.warnings)

    def asked(self, row: Escalation, ctx: Context, created: bool,
              slack_configured: bool) -> EscalationOut:
        """The answer for a team or engineering ask: where it went, or the text to copy."""
        channel = row.slack_channel or ""
        handle = None if row.kind == "team" else self.handbook.handle_for(row.team)
        handoff = Handoff(channel=channel, handle=handle, text=row.slack_text or "",
                          hint=f"Post this in {channel}." if not slack_configured else "")
        slack = _slack(handoff, row)
        warnings = list(ctx.warnings)
        if slack.error:
            warnings.append(slack.error)
        if row.state == "linked" and row.last_error:  # the ticket's note could not be added
            warnings.append(row.last_error)
        what = "your team" if row.kind == "team" else self.handbook.teams[row.team].name
        if slack.posted:
            message = f"Asked {what} in {channel}: {slack.permalink or 'posted'}"
        elif not slack_configured:
            message = (f"Recorded. Slack is not configured on this service (no SLACK_BOT_TOKEN): "
                       f"copy the text into {channel} yourself.")
        else:
            message = f"Recorded; the post in {channel} is not confirmed yet."
        return EscalationOut(
            status="created" if created else "existing", escalation_id=row.id, kind=row.kind,
            team=row.team, priority=row.priority, issue=None, slack=slack,
            ticket_updated=bool(row.ticket_updated), customer_reply=self.reply(ctx),
            preview=False, message=message, warnings=warnings)


def _slack(handoff: Handoff, row: Escalation | None = None) -> SlackOut:
    """The hand-off as composed, or as the row's Slack post left it."""
    out = SlackOut(channel=handoff.channel, handle=handoff.handle, text=handoff.text,
                   hint=handoff.hint)
    if row is None or row.slack_state is None:
        return out
    posted = row.slack_state == "posted"
    channel = row.slack_channel or handoff.channel
    hint = (f"Posted in {channel}." if posted else
            f"Not posted yet: the worker posts it in {channel}." if row.slack_state == "pending"
            else f"Not posted yet: it goes to {channel} once the issue is filed."
            if row.slack_state == "awaiting"
            else f"Not posted: post this in {channel} once the problem below is fixed, or retry."
            if row.slack_state == "failed" else f"Look in {channel} before posting this by hand.")
    return out.model_copy(update={
        "channel": channel, "text": row.slack_text or handoff.text, "hint": hint,
        "posted": posted, "permalink": row.slack_permalink, "state": row.slack_state,
        "error": None if posted else row.slack_error})
