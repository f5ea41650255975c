"""Ask in Slack without an issue: the team first (kind "team", Step 2) or engineering ("ask").

Each ask is an escalation row (one per ticket, and per team for engineering asks), so a double
click posts once and the dashboard counts it. No GitHub issue is filed.
"""

from __future__ import annotations

from backend.escalation import slack_post, store
from backend.escalation.claim import claim
from backend.escalation.errors import InvalidEscalation, SlackRefused
from backend.escalation.markdown import one_line, slack_safe
from backend.escalation.notes import ask_note
from backend.escalation.redact import scrub_secrets
from backend.escalation.requests import Context, EscalationRequest
from backend.escalation.templates import Templates
from backend.integrations.slack import SlackPoster
from backend.integrations.zendesk import ZendeskError, ZendeskTickets
from backend.metrics import metrics
from backend.models import Escalation
from backend.routing.handbook import Handbook
from backend.settings import Settings
from backend.tickets import agent_url

ASK_KINDS = ("team", "ask")


class Asker:
    """Posts a team or engineering ask once and records it on the ticket."""

    def __init__(self, *, settings: Settings, handbook: Handbook, templates: Templates,
                 zendesk: ZendeskTickets | None, slack: SlackPoster | None, lease: float) -> None:
        """Wire the collaborators; nothing is called yet."""
        self.settings = settings
        self.handbook = handbook
        self.templates = templates
        self.zendesk = zendesk
        self.slack = slack
        self.lease = lease

    def ask(self, req: EscalationRequest, ctx: Context) -> tuple[Escalation, bool]:
        """Post (or find) this ticket's ask; the row and whether this call recorded it."""
        if req.kind == "team" and store.find_id(f"{req.ticket_id}:defect") is not None:
            raise InvalidEscalation("team_ask_not_for_defects", "This ticket is a defect: the "
                                    "handbook skips asking the team first for defects.")
        channel, text = self.compose(req, ctx)
        key = f"{req.ticket_id}:team" if req.kind == "team" else f"{req.ticket_id}:ask:{ctx.team}"
        values = {"dedupe_key": key, "ticket_id": req.ticket_id, "kind": req.kind,
                  "state": "pending", "marker": "", "repo": "",
                  "title": one_line(scrub_secrets(ctx.ticket.topic or ""), 300),
                  "body": req.note or "", "labels": [], "team": ctx.team,
                  "priority": ctx.priority, "customer": ctx.ticket.organization,
                  "agent": req.agent, "issue_state": "none", "ticket_updated": False,
                  "docs_update": False, "slack_channel": channel, "slack_text": text,
                  "slack_state": "pending" if self.slack is not None else None}
        claimed = claim(values, lease=self.lease,
                        wait_seconds=self.settings.escalation_wait_seconds)
        if claimed.finished is not None:
            row = claimed.finished
            if self.slack is not None:
                row = slack_post.retry_refused(self.slack, row, lease=self.lease,
                                               after=self.note)
            return self._note_again(row), False
        return self.drive(claimed.row_id), claimed.inserted

    def compose(self, req: EscalationRequest, ctx: Context) -> tuple[str, str]:
        """The channel and the text of the ask."""
        ticket = ctx.ticket
        info = self.handbook.teams[ctx.team]
        known = [f"looks like {info.name}"]
        wanted = {m["key"] for m in ctx.suggestion.missing_details}
        asked = ctx.suggestion.extra.get("checklist", [])
        labels = {item.key: item.label for item in self.handbook.checklist}
        known += [labels[key] for key in asked if key not in wanted and key in labels]
        missing = [m["label"] for m in ctx.suggestion.missing_details]
        if req.kind == "team":
            channel, handle, name = self.handbook.support_channel, None, "team_ask.md"
        else:
            channel = self.handbook.channel_for(ctx.team)
            handle, name = self.handbook.handle_for(ctx.team), "ask.md"
        text = self.templates.render(
            name, handle=handle, channel=channel,
            customer=slack_safe(one_line(ticket.organization or "customer", 100)),
            summary=slack_safe(one_line(scrub_secrets(ticket.topic or "(no subject)"), 200)),
            ticket_url=ticket.url or agent_url(self.settings.zendesk_subdomain, req.ticket_id),
            question=slack_safe(one_line(scrub_secrets(req.note or ""), 600)),
            known=known, missing=missing, team_name=info.name, priority=ctx.priority,
            # Step 5: a hand-off always says how urgent it is and by when.
            timeline=slack_safe(one_line(scrub_secrets(req.timeline or ""), 300)),
        ).strip()
        return channel, text

    def drive(self, row_id: int) -> Escalation:
        """As the lease holder: post, then note it on the ticket; a refusal goes to the agent."""
        try:
            row = store.load(row_id)
            if self.slack is not None:
                row = slack_post.post(self.slack, row)
            if row.slack_state == "failed":
                row = store.save(row_id, state="failed", last_error=row.slack_error)
                raise SlackRefused("slack_refused", f"Nothing was posted: {row.slack_error} "
                                   "The ask is kept; retry once that is fixed.")
            error = None
            if not row.ticket_updated and self.zendesk is not None:
                error = self._add_note(row)
                row = store.save(row_id, ticket_updated=error is None)
            row = store.save(row_id, state=store.DONE, last_error=error)
        finally:
            row = store.release(row_id)
        return row

    def note(self, row: Escalation) -> bool:
        """Record the ask on the ticket as a private note; False when Zendesk could not."""
        return self.zendesk is not None and self._add_note(row) is None

    def _add_note(self, row: Escalation, *, look_first: bool = False) -> str | None:
        """Add the ask's private note; what to tell the agent when Zendesk refused it.

        ``look_first``: an earlier try failed, perhaps only its answer was lost: the same note
        already on the ticket is not added again.
        """
        assert self.zendesk is not None
        text = ask_note(kind=row.kind, channel=row.slack_channel or "",
                        team_name=self.handbook.teams[row.team].name, state=row.slack_state,
                        permalink=row.slack_permalink)
        try:
            if look_first:
                with metrics.external_call("zendesk", "find_note"):
                    if self.zendesk.has_private_note(row.ticket_id, text):
                        return None
            with metrics.external_call("zendesk", "add_note"):
                self.zendesk.add_note(row.ticket_id, text)
        except ZendeskError as exc:
            return self._refused(exc)
        return None

    @staticmethod
    def _refused(exc: ZendeskError) -> str:
        return (f"The ask is recorded, but its note could not be added to the ticket: "
                f"{exc.message}. Click again to add it; nothing is posted twice.")

    def _note_again(self, row: Escalation) -> Escalation:
        """A finished ask whose ticket note Zendesk refused: add the note now (once)."""
        if (self.zendesk is None or row.ticket_updated or row.state != store.DONE
                or not row.last_error or not store.take_any(row.id, self.lease)):
            return row
        try:
            row = store.load(row.id)
            if not row.ticket_updated:
                error = self._add_note(row, look_first=True)
                row = store.save(row.id, ticket_updated=error is None, last_error=error)
        finally:
            row = store.release(row.id)
        return row
