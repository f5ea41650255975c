"""Put untrusted ticket text into GitHub markdown and Slack text without it taking control.

Ticket text is the customer's: it may contain ``@everyone`` or ``@org/team`` (GitHub would
notify them), an HTML comment that looks like another ticket's hidden marker (our duplicate
check would then adopt the wrong issue), unbalanced code fences, or raw HTML. Everything from a
ticket goes through ``neutralize`` before a template sees it, and ``quote`` turns it into a
block quote whose every line starts with ``> `` so nothing in it can end the quote early.

Every pattern is RE2 (linear time on any input): the one-character look-behinds and look-aheads
are written as a captured character put back in the replacement.
"""

from __future__ import annotations

import re2

ZWSP = "\u200b"  # zero-width space: "@\u200bteam" reads as "@team" but is not a mention

_MENTION = re2.compile(r"(^|[^\pL\pN_`@])@([A-Za-z0-9])")
_HTML_START = re2.compile(r"<([!/?A-Za-z])")
_FENCE = re2.compile(r"(?m)^[ \t]{0,3}(`{3,}|~{3,})")
_SLACK_COMMAND = re2.compile(r"(?i)<!([a-z^])")
_SLACK_BROADCAST = re2.compile(r"(?i)(^|[^\pL\pN_`])@((?:channel|here|everyone)\b)")
_NEWLINES = re2.compile("\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_CONTROL = re2.compile("[\x00-\x08\x0e-\x1f\x7f]")
PATTERNS = (_MENTION, _HTML_START, _FENCE, _SLACK_COMMAND, _SLACK_BROADCAST, _NEWLINES, _CONTROL)


def _inert_mention(match: re2._Match) -> str:
    # A callable, not "\\1@\u200b\\2": RE2's sub mangles non-ASCII replacement strings.
    return match.group(1) + "@" + ZWSP + match.group(2)


def normalize_newlines(text: str) -> str:
    """One kind of line break, no control characters."""
    return _CONTROL.sub("", _NEWLINES.sub("\n", text or ""))


def neutralize(text: str) -> str:
    """Make ticket text inert in GitHub markdown: no mentions, no HTML, no hidden markers."""
    text = normalize_newlines(text)
    text = _MENTION.sub(_inert_mention, text)
    return _HTML_START.sub(r"&lt;\1", text)


def one_line(text: str, limit: int = 200) -> str:
    """A neutralized single line, cut at limit characters (for titles and summaries)."""
    line = " ".join(neutralize(text).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def title_line(text: str, limit: int = 200) -> str:
    """A single line for an issue title: GitHub shows titles as plain text, so no HTML escaping
    (a title would read "&lt;img"), but mentions are still made inert."""
    line = " ".join(_MENTION.sub(_inert_mention, normalize_newlines(text)).split())
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
    """Make text inert in Slack: no @channel/@here/@everyone, no <!special> commands, and no
    @name either (the service posts with link_names, which would turn it into a group ping)."""
    text = _SLACK_COMMAND.sub(lambda m: "<" + ZWSP + "!" + m.group(1), normalize_newlines(text))
    return _MENTION.sub(_inert_mention, _SLACK_BROADCAST.sub(_inert_mention, text))
