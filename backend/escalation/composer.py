"""Compose the GitHub issue (handbook Step 4) from a ticket, a team and a priority.

Templates live in model/templates/ so a support lead can edit them; they are rendered in a Jinja2
sandbox with ticket text already made inert (backend.escalation.markdown). The hidden marker that
makes the create idempotent is appended here, after rendering, so no template edit can drop it.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from typing import Any

import re2

from backend.escalation.details import (
    deployment_of,
    extension_of,
    is_extension_issue,
    paragraph_about_tries,
    repro_steps,
    version_of,
)
from backend.escalation.host_names import is_public_mail, registrable_label
from backend.escalation.markdown import balance_fences, neutralize, one_line, title_line
from backend.escalation.notes import is_service_note
from backend.escalation.private_values import PrivateValues, collect
from backend.escalation.public_body import own_words, visible
from backend.escalation.redact import Redaction, Redactor, scrub_secrets
from backend.escalation.templates import Templates
from backend.routing.handbook import Handbook
from backend.routing.router import Suggestion
from backend.tickets import Ticket

MAX_BODY = 60_000  # GitHub refuses bodies over 65,536 characters
MAX_TITLE = 200
DESCRIPTION_CHARS = 15_000
COMMENT_CHARS = 4_000
MAX_COMMENTS = 10
UNKNOWN_VERSION = "unknown — not in ticket"
_LEGAL = re2.compile(
    r"(?i)\b(inc|llc|ltd|corp|corporation|co|gmbh|ag|plc|limited|company|the)\b\.?")
_NOT_SLUG = re2.compile(r"[^a-z0-9]+")
# A detail the checklist found in the ticket but the extractor could not pull out: the issue body
# must not say "not in ticket" next to a ticked checklist item.
IN_TICKET = "in the ticket (see the customer's words below)"


@dataclass(frozen=True)
class Draft:
    """The issue as it will be filed."""

    kind: str
    repo: str
    title: str
    body: str
    labels: list[str]
    marker: str
    customer: str | None
    redactions: tuple[Redaction, ...] = ()  # what was removed (a defect only)
    # For the leak check before filing a defect: the ticket's private values and the redactor
    # (with everything it removed); never part of the issue.
    private: PrivateValues | None = field(default=None, compare=False, repr=False)
    redactor: Redactor | None = field(default=None, compare=False, repr=False)


def marker_for(ticket_id: int, kind: str, key: bytes = b"") -> str:
    """The hidden HTML comment that ties an issue to its ticket and kind.

    A public defect's body is readable by anyone (raw, or through the API), so its marker names
    no Zendesk ticket: it is a keyed hash of the ticket and kind, the same for the same ticket
    (the preview and the filing agree, and a retry finds its issue), that nobody without the
    key can turn back into a ticket number. The private RFH keeps the number, for its readers.
    """
    if kind != "defect":
        return f"<!-- rfh-ticket:{int(ticket_id)}:{kind} -->"
    digest = hmac.new(key, f"{int(ticket_id)}:{kind}".encode(), hashlib.sha256).hexdigest()
    return f"<!-- rfh-defect:{digest[:24]} -->"


def marker_key(secret: str | None) -> bytes:
    """The public markers' key, derived from a secret only the service holds (its GitHub token:
    without one nothing is filed, so a preview's marker needs no secret)."""
    return hashlib.sha256(b"rfh public marker\0" + (secret or "").encode()).digest()


def customer_slug(organization: str | None, requester_email: str | None = None) -> str:
    """customer/<slug>: the organization's name without legal suffixes, lower-case, dashed."""
    name = _LEGAL.sub(" ", organization or "")
    slug = _NOT_SLUG.sub("-", name.lower()).strip("-")
    if not slug and requester_email and "@" in requester_email:
        # The name the customer registered (bank of eng.bank.co.uk), never a mail provider's
        # (a gmail.com requester is no customer called "gmail").
        domain = requester_email.rsplit("@", 1)[1].strip().lower()
        if "." in domain and not is_public_mail(domain) and not domain.replace(".", "").isdigit():
            slug = _NOT_SLUG.sub("-", registrable_label(domain)).strip("-")
    return (slug or "unknown")[:50]


class Composer:
    """Builds issue drafts, using the handbook for names and labels."""

    def __init__(self, templates: Templates, handbook: Handbook, key: bytes = b"") -> None:
        """Keep the templates, the handbook and the public markers' key (marker_key)."""
        self.templates = templates
        self.handbook = handbook
        self.key = key
        self.written = self._written_strings()  # the handbook's words the templates write

    def issue(
        self,
        *,
        ticket: Ticket,
        kind: str,
        team: str,
        priority: str,
        suggestion: Suggestion,
        repo: str,
        note: str | None = None,
        timeline: str | None = None,
        rfh_url: str | None = None,
        version_field: int | None = None,
        deployment_field: int | None = None,
    ) -> Draft:
        """The title, body and labels of the issue for this ticket (redacted for a defect)."""
        if ticket.id is None:
            raise ValueError("an escalated ticket has an id: the marker is made of it")
        ticket_id = ticket.id
        public = kind == "defect"
        org = ticket.organization
        private: PrivateValues | None = None
        redactor: Redactor | None = None
        notes: list[str] = []  # agents' internal notes: only a private RFH quotes them
        if public:  # only what the customer wrote publicly, with every private value removed
            # What the service itself writes is public: never a private value (the team field
            # holds a team key), and as a whole token never redacted again in an edit nor
            # checked (backend.escalation.service_words): the RFH's link, the Context line's
            # labels and team name, the Slack hand-off's channel and handle.
            private = collect(ticket, [*self.handbook.teams, *self.written])
            private.own_text = [*([rfh_url] if rfh_url else []), *self.written,
                                *self.templates.literals("defect.md"), IN_TICKET,
                                UNKNOWN_VERSION]
            redactor = private.redactor()
            # The customer's own words: no quoted thread, mail headers or signature, whose
            # names no list knows; entities and invisible characters undone (public_body).
            comments = [own_words(c) for c in ticket.public_comments()]
            description = own_words(ticket.description) if ticket.description_public else ""
            subject_text, note = visible(ticket.topic), visible(note) if note else note
            # Names are learnt from the same heads that are redacted (linear, bounded work), and
            # from the thread and headers cut from them: "From: Priya Raman <priya.raman@…>"
            # is never published, but says who "Priya" in the customer's words is.
            raw = [ticket.description if ticket.description_public else "",
                   *ticket.public_comments()[-MAX_COMMENTS:]]
            redactor.learn([subject_text, _window(description, DESCRIPTION_CHARS),
                            *(_window(c, COMMENT_CHARS) for c in comments[-MAX_COMMENTS:]),
                            note or ""])
            shown = [visible(r) for r in raw]
            redactor.learn_people(_window(text, DESCRIPTION_CHARS) for text in shown)
            # (and the hosts and repositories of what was cut, only where something was)
            kept = [description, *comments[-MAX_COMMENTS:]]
            redactor.learn_contacts(_window(text, DESCRIPTION_CHARS)
                                    for text, own in zip(shown, kept, strict=True)
                                    if own != text.strip())
            clean = redactor.redact
        else:
            # The customer's words are what they wrote; the agents' internal notes are quoted
            # apart, and the service's own notes (links, asks) not at all.
            comments, description = ticket.public_comments(), ticket.description
            notes = [c.body for c in ticket.comments
                     if not c.public and c.body.strip() and not is_service_note(c.body)]
            subject_text = ticket.topic
            clean = scrub_secrets
        team_info = self.handbook.teams[team]
        level = next(p for p in self.handbook.priorities.levels if p.label == priority)
        subject = clean(subject_text) or clean(description.strip().split("\n", 1)[0])
        full_text = "\n".join([subject_text, description, *comments, *notes])
        fields = ticket.custom_fields if not public else {}  # a field's raw value stays private
        steps = repro_steps(description) or next(
            (s for s in (repro_steps(c) for c in [*comments, *notes]) if s), None)
        tried = paragraph_about_tries(full_text)
        missing = {m["key"] for m in suggestion.missing_details}
        extension_issue = is_extension_issue(suggestion, self.handbook)
        extension = extension_of(full_text) if extension_issue else None
        if extension_issue and extension is None:
            extension = ("not in ticket (name and version needed)"
                         if "extension_version" in missing else IN_TICKET)
        version = version_of(full_text, fields, version_field)
        if version is None:
            version = UNKNOWN_VERSION if "version" in missing else IN_TICKET
        deployment = deployment_of(full_text, fields, deployment_field,
                                   suggestion.deployment)
        if deployment.startswith("unknown") and "deployment" not in missing:
            deployment = IN_TICKET
        tags = sorted({*ticket.tags, *ticket.org_tags})
        context = {
            "summary": one_line(subject, 300),
            "agent_note": balance_fences(neutralize(clean(note))) if note else None,
            "customer": one_line(org or "Unknown organization", 100) if not public else None,
            "ticket_id": ticket.id,
            "zendesk_url": None if public else ticket.url or None,
            "team_name": team_info.name,
            "team_key": team,
            "team_label": team_info.label,
            "priority": priority,
            "priority_name": level.name,
            "version": clean(version),
            "deployment": clean(deployment),
            "environment": one_line(clean(", ".join(tags)), 500) if tags else None,
            "extension": one_line(extension, 120) if extension else None,
            "attachments": [one_line(clean(a), 120) for a in ticket.attachments[:20]],
            "steps": clean(steps) if steps else None,
            "tried": clean(tried) if tried else None,
            "description": _cap(clean(_window(description, DESCRIPTION_CHARS)),
                                DESCRIPTION_CHARS),
            "comments": [_cap(clean(_window(c, COMMENT_CHARS)), COMMENT_CHARS)
                         for c in comments[-MAX_COMMENTS:] if c.strip()],
            "notes": [_cap(clean(_window(n, COMMENT_CHARS)), COMMENT_CHARS)
                      for n in notes[-MAX_COMMENTS:]],
            "urgency": self._urgency(ticket, priority, suggestion, clean),
            "timeline": one_line(clean(timeline), 500) if timeline else None,
            "checklist": self._checklist(suggestion),
            "rfh_url": rfh_url if public else None,
        }
        body = self.templates.render("defect.md" if public else "rfh.md", **context).strip()
        marker = marker_for(ticket_id, kind, self.key)
        if len(body) > MAX_BODY:
            body = body[:MAX_BODY].rstrip() + "\n\n_[… cut to fit GitHub's limit]_"
        body = balance_fences(body) + "\n\n" + marker + "\n"
        customer = None if public else customer_slug(org, ticket.requester_email)
        title = title_line(subject or f"Ticket {ticket.id}", MAX_TITLE)
        if not public and org:
            title = title_line(f"{org}: {title}", MAX_TITLE)
        labels = self._labels(kind, team_info.label, priority, customer)
        return Draft(kind=kind, repo=repo, title=title, body=body, labels=labels, marker=marker,
                     customer=customer,
                     redactions=tuple(redactor.redactions()) if redactor else (),
                     private=private, redactor=redactor)

    def _written_strings(self) -> list[str]:
        """What the templates write from the handbook: labels, channels, handles, and the team
        names of two words or more ("Source (Repository Management and IAM)"; not "Cloud" or
        "Graph", which a customer's name may hold)."""
        hb = self.handbook
        values: set[str | None] = {hb.fallback_channel, hb.support_channel,
                                   *(p.label for p in hb.priorities.levels),
                                   *(t.name for t in hb.teams.values() if " " in t.name)}
        for item in [*hb.teams.values(), *hb.routes]:
            values |= {getattr(item, name, None) for name in ("channel", "handle", "label")}
        return sorted(v for v in values if v)

    def _labels(self, kind: str, team_label: str, priority: str, customer: str | None) -> list[str]:
        if kind == "defect":
            return [self.handbook.labels.get("defect", "bug"), team_label, priority]
        prefix = self.handbook.labels.get("customer_prefix", "customer/")
        return [f"{prefix}{customer}", self.handbook.labels.get("rfh", "rfh"), team_label,
                priority]

    def _checklist(self, suggestion: Suggestion) -> list[dict[str, Any]]:
        missing = {m["key"] for m in suggestion.missing_details}
        # The items the router applied on this route (billing asks no logs); older suggestions
        # without that list get the general items.
        applied = suggestion.extra.get("checklist")
        items = []
        for item in self.handbook.checklist:
            if applied is not None:
                if item.key not in applied:
                    continue
            elif item.only_for_routes and not (
                item.key == "extension_version" and is_extension_issue(suggestion, self.handbook)
            ):
                continue
            items.append({"label": item.label, "ask": item.ask, "done": item.key not in missing})
        return items

    @staticmethod
    def _urgency(ticket: Ticket, priority: str, suggestion: Suggestion, clean: Any) -> str:
        zendesk = f"Zendesk priority: {ticket.priority or 'not set'}."
        if priority == suggestion.priority.get("label"):
            reasons = "; ".join(one_line(clean(r), 200)
                                for r in suggestion.priority.get("reasons", []))
            return f"{zendesk} `{priority}` as suggested: {reasons}." if reasons else zendesk
        return f"{zendesk} `{priority}` chosen by the support engineer."


def _window(text: str, limit: int) -> str:
    """The head of a long text to redact before it is cut to limit: a margin for placeholders
    that shorten it, ending at a space so no token is cut in two (half a token would not be
    recognised as one)."""
    margin = limit + limit // 4
    if len(text) <= margin:
        return text
    head = text[:margin]
    space = max(head.rfind(" "), head.rfind("\n"))
    return head[:space] if space > limit else head


def _cap(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rstrip() + "\n[… cut: the rest is on the Zendesk ticket]"
