"""Put untrusted ticket text into GitHub markdown and Slack text without it taking control.

Ticket text is the customer's: it may contain ``@everyone`` or ``@org/team`` (GitHub would
notify them), an HTML comment that looks like another ticket's hidden marker (our duplicate
check would then adopt the wrong issue), unbalanced code fences, or raw HTML. Everything from a
ticket goes through ``neutralize`` before a template sees it, and ``quote`` turns it into a
block quote whose every line starts with ``> `` so nothing in it can end the quote early.
"""

from __future__ import annotations

import re

ZWSP = "\u200b"  # zero-width space: "@\u200bteam" reads as "@team" but is not a mention

_MENTION = re.compile(r"(?<![\w`@])@(?=[A-Za-z0-9])")
_HTML_START = re.compile(r"<(?=[!/?A-Za-z])")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})", re.M)
_SLACK_COMMAND = re.compile(r"<!(?=[a-z^])", re.I)
_SLACK_BROADCAST = re.compile(r"(?<![\w`])@(?=(?:channel|here|everyone)\b)", re.I)
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def normalize_newlines(text: str) -> str:
    """One kind of line break, no control characters."""
    return _CONTROL.sub("", _NEWLINES.sub("\n", text or ""))


def neutralize(text: str) -> str:
    """Make ticket text inert in GitHub markdown: no mentions, no HTML, no hidden markers."""
    text = normalize_newlines(text)
    text = _MENTION.sub("@" + ZWSP, text)
    return _HTML_START.sub("&lt;", text)


def one_line(text: str, limit: int = 200) -> str:
    """A neutralized single line, cut at limit characters (for titles and summaries)."""
    line = " ".join(neutralize(text).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def title_line(text: str, limit: int = 200) -> str:
    """A single line for an issue title: GitHub shows titles as plain text, so no HTML escaping
    (a title would read "&lt;img"), but mentions are still made inert."""
    line = " ".join(_MENTION.sub("@" + ZWSP, normalize_newlines(text)).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def quote(text: str, limit: int | None = None) -> str:
    """A markdown block quote of neutralized text; every line (blank ones too) starts with '>'."""
    text = neutralize(text).strip("\n")
    if limit is not None and len(text) > limit:
        text = text[:limit].rstrip() + "\n[… cut: the rest is on the Zendesk ticket]"
    if not text.strip():
        return "> (empty)"
    return "\n".join(f"> {line}" if line.strip() else ">" for line in text.split("\n"))


def balance_fences(text: str) -> str:
    """Close a code fence left open, so it cannot swallow what the template puts after it."""
    fences = _FENCE.findall(text)
    if len(fences) % 2:
        text = text.rstrip("\n") + "\n" + fences[-1] + "\n"
    return text


def slack_safe(text: str) -> str:
    """Make text inert in Slack: no @channel/@here/@everyone, no <!special> commands."""
    text = _SLACK_COMMAND.sub("<" + ZWSP + "!", normalize_newlines(text))
    return _SLACK_BROADCAST.sub("@" + ZWSP, text)
