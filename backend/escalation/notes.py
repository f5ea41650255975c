"""The internal notes the service writes on Zendesk tickets (never public comments)."""

from __future__ import annotations

from backend.routing.handbook import Handbook

_LINKED = {"rfh": "Request for help filed", "defect": "Defect filed (public tracker)",
           "link": "Linked to GitHub issue"}


def link_note(handbook: Handbook, *, kind: str, url: str, repo: str, number: int | None,
              team: str, priority: str, channel: str | None = None,
              handle: str | None = None, permalink: str | None = None) -> str:
    """The note that links a ticket to its GitHub issue (handbook Steps 4 and 5)."""
    what = _LINKED.get(kind, "GitHub issue")
    team_info = handbook.teams[team]
    ref = f"{repo}#{number}" if number else repo
    lines = [f"{what}: {url}", f"Issue: {ref}", f"Team: {team_info.name} ({team_info.label})",
             f"Priority: {priority}"]
    if permalink:
        lines.append(f"Slack hand-off posted: {permalink}")
    elif channel:
        lines.append(f"Slack hand-off: {channel}" + (f" ({handle})" if handle else ""))
    return "\n".join(lines)


_ASKED = {"team": "Asked the support team first (no issue filed)",
          "ask": "Asked engineering without an issue"}


# How each note the service writes begins: a ticket's notes that begin so are the service's,
# never an engineer's context to quote in a request for help.
SERVICE_NOTE_HEADS = (*(f"{head}: " for head in [*_LINKED.values(), "GitHub issue",
                                                  *_ASKED.values(), "Asked in Slack"]),
                      "Slack message posted in ", "The linked GitHub issue ")


def is_service_note(body: str) -> bool:
    """True for a note this service wrote on a ticket (a link, an ask, a state change)."""
    return body.lstrip().startswith(SERVICE_NOTE_HEADS)


def ask_note(*, kind: str, channel: str, team_name: str, state: str | None,
             permalink: str | None) -> str:
    """The note that records a team or engineering ask on the ticket (handbook Steps 2 and 5)."""
    head = _ASKED.get(kind, "Asked in Slack")
    who = f" ({team_name})" if kind == "ask" else ""
    if permalink:
        where = f"{channel}{who}: {permalink}"
    elif state == "posted":
        where = f"{channel}{who} (posted; Slack gave no link)"
    elif state in ("pending", "posting"):
        where = f"{channel}{who} (Slack is busy: the worker posts it shortly)"
    elif state is None:
        where = f"{channel}{who} (Slack is not configured: posted by hand)"
    else:
        where = f"{channel}{who} (Slack did not confirm the post)"
    return f"{head}: {where}"


def posted_note(*, channel: str, permalink: str | None) -> str:
    """The note added when the worker posted a message Slack had rate-limited."""
    return f"Slack message posted in {channel}" + (f": {permalink}" if permalink else ".")


def state_note(*, url: str, repo: str, number: int, action: str, reason: str | None,
               actor: str | None) -> str:
    """The note added when a linked issue is closed or reopened."""
    if action == "closed":
        why = f" as {reason.replace('_', ' ')}" if reason else ""
        head = f"The linked GitHub issue {repo}#{number} was closed{why}"
    else:
        head = f"The linked GitHub issue {repo}#{number} was reopened"
    by = f" by {actor}" if actor else ""
    tail = (" — time to follow up with the customer (and note any docs update)."
            if action == "closed" else ".")
    return f"{head}{by}{tail}\n{url}"
