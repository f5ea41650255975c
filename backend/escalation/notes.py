"""The internal notes the service writes on Zendesk tickets (never public comments)."""

from __future__ import annotations

from backend.routing.handbook import Handbook


def link_note(handbook: Handbook, *, kind: str, url: str, repo: str, number: int | None,
              team: str, priority: str, channel: str | None = None,
              handle: str | None = None) -> str:
    """The note that links a ticket to its GitHub issue (handbook Steps 4 and 5)."""
    what = {"rfh": "Request for help filed", "defect": "Defect filed (public tracker)",
            "link": "Linked to GitHub issue"}.get(kind, "GitHub issue")
    team_info = handbook.teams[team]
    ref = f"{repo}#{number}" if number else repo
    lines = [f"{what}: {url}", f"Issue: {ref}", f"Team: {team_info.name} ({team_info.label})",
             f"Priority: {priority}"]
    if channel:
        lines.append(f"Slack hand-off: {channel}" + (f" ({handle})" if handle else ""))
    return "\n".join(lines)


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
