"""The public defect's text: what may feed it, the agent's edits, and the check before filing.

A defect goes to a public repository, so it is built only from what the customer wrote publicly
(private notes never feed it), with the redactor built from every private value of the ticket.
The agent may edit the title and body in the sidebar; an edit is redacted again and, like the
generated draft, checked for surviving private values before anything is filed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from backend.escalation.composer import MAX_BODY, MAX_TITLE, Draft
from backend.escalation.leak_check import check
from backend.escalation.markdown import balance_fences, normalize_newlines, title_line
from backend.escalation.public_body import without_invisible
from backend.escalation.service_words import private_names, shield, unshield

MAX_EDIT_TITLE = 256
MAX_EDIT_BODY = 60_000


def with_edits(draft: Draft, title: str | None, body: str | None) -> Draft:
    """The draft with the agent's title/body in place of the generated ones, redacted again."""
    if draft.redactor is None or (title is None and body is None):
        return draft
    redactor = draft.redactor
    own = draft.private.own_text if draft.private is not None else []
    # (an own string inside a private value the ticket names stays the customer's text)
    names = private_names(draft.private) if draft.private is not None else []
    new_title = draft.title
    new_body = draft.body
    if title is not None and title.strip():
        edited = without_invisible(title[:MAX_EDIT_TITLE])
        new_title = title_line(_redacted(redactor.redact, edited, own, names), MAX_TITLE)
    if body is not None:
        # The agent's own entities stay as typed; the check reads them decoded (leak_check).
        text = without_invisible(normalize_newlines(body[:MAX_EDIT_BODY]))
        text = text.replace(draft.marker, "")
        text = text.replace("<!--", "&lt;!--")  # no hidden marker of another ticket
        text = _redacted(redactor.redact, text, own, names).strip()
        if len(text) > MAX_BODY:
            text = text[:MAX_BODY].rstrip() + "\n\n_[… cut to fit GitHub's limit]_"
        new_body = balance_fences(text) + "\n\n" + draft.marker + "\n"
    # Everything removed, from the generated draft and from the edit: the agent's edit started
    # from the generated text, whose placeholders it still shows.
    return replace(draft, title=new_title, body=new_body, redactions=tuple(redactor.redactions()))


def _redacted(redact: Callable[[str], str], text: str, own: list[str],
              names: list[str]) -> str:
    """text redacted with the service's own words (service_words) left as they are."""
    shielded, kept = shield(text, own, names)
    return unshield(redact(shielded), kept)


def check_public(draft: Draft, slack_text: str | None) -> None:
    """Raise PrivateDataLeak if the public draft (and its Slack text) holds a private value."""
    if draft.private is None or draft.redactor is None:
        return
    texts = [draft.title, draft.body, *draft.labels]
    if slack_text:
        texts.append(slack_text)
    check(texts, draft.private, draft.redactor.removed_values())
