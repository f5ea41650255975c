"""The service's own words in a public defect's text, found as whole tokens.

The draft's Context line (``for Source (Repository Management and IAM) (`team/source`)``), the
link to the private RFH and the Slack hand-off's channel and handle are written by the service.
The sidebar sends the draft back as shown, so an edit is redacted again with them in it: there
"Repository" read as a cue and the team's labels went as repositories, and a "Sourcegraph
Support" commenter made "support" a name found in ``@search-platform-support``.

Only whole tokens count (between spaces, brackets, quotes or punctuation): inside a longer value
(``build@release-team.qx-corp.net``, ``#docs-qx-war-room``, a URL's path) an own string is the
customer's text like any other. Shielded occurrences become one private-use character each, which
no scanner reads as a word, and come back after the redaction.
"""

from __future__ import annotations

from collections.abc import Iterable

_BEFORE = frozenset(" \t\n(`[\"'<")
_AFTER = frozenset(" \t\n)`]\"'>,.;:!?")
_FIRST_MARK = 0xE000  # Unicode's private use area: never in a ticket that reaches here
MAX_SHIELDED = 6000  # marks available before the area's end; past it, text stays as it is


def own_spans(text: str, own: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of each whole-token occurrence of an own string, longest strings first,
    not overlapping, in text order."""
    taken: list[tuple[int, int]] = []
    covered = bytearray(len(text))  # (a mask, not a scan of what was taken: linear in text)
    for value in sorted({v for v in own if v}, key=len, reverse=True):
        at = text.find(value)
        while at >= 0:
            end = at + len(value)
            whole = (at == 0 or text[at - 1] in _BEFORE) and (
                end == len(text) or text[end] in _AFTER)
            if whole and covered.find(1, at, end) < 0:
                taken.append((at, end))
                covered[at:end] = b"\x01" * (end - at)
            at = text.find(value, end)
    return sorted(taken)


def shield(text: str, own: Iterable[str]) -> tuple[str, list[str]]:
    """text with each own string replaced by a mark, and the strings in mark order."""
    if any(_FIRST_MARK <= ord(c) < _FIRST_MARK + MAX_SHIELDED for c in text):
        return text, []  # the ticket has such characters itself: nothing is shielded
    spans = own_spans(text, own)[:MAX_SHIELDED]
    out: list[str] = []
    kept: list[str] = []
    at = 0
    for start, end in spans:
        out += [text[at:start], chr(_FIRST_MARK + len(kept))]
        kept.append(text[start:end])
        at = end
    out.append(text[at:])
    return "".join(out), kept


def unshield(text: str, kept: list[str]) -> str:
    """The marks of ``shield`` replaced by their strings again (a mark a removal took is gone
    with it: the removal stands)."""
    if not kept:
        return text
    return text.translate({_FIRST_MARK + n: value for n, value in enumerate(kept)})


def blank(text: str, own: Iterable[str]) -> str:
    """text with each whole-token own string replaced by a space (what the leak check reads)."""
    out: list[str] = []
    at = 0
    for start, end in own_spans(text, own):
        out += [text[at:start], " "]
        at = end
    out.append(text[at:])
    return "".join(out)
