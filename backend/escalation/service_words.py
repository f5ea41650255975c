"""The service's own words in a public defect's text, found as whole tokens.

The draft's Context line (``for Source (Repository Management and IAM) (`team/source`)``), the
link to the private RFH and the Slack hand-off's channel and handle are written by the service.
The sidebar sends the draft back as shown, so an edit is redacted again with them in it: there
"Repository" read as a cue and the team's labels went as repositories, and a "Sourcegraph
Support" commenter made "support" a name found in ``@search-platform-support``.

Only whole tokens count (between spaces, brackets or quotes, or before punctuation that ends a
sentence): inside a longer value (``build@release-team.qx-corp.net``, ``@release-team.qx.net``,
``#docs-qx-war-room``, a URL's path) an own string is the customer's text like any other, and
so is one inside a private value the ticket names ("Data & Analytics Ltd", the organization).
Shielded occurrences become one private-use character each, which no scanner reads as a word,
and come back after the redaction; the ticket's own private-use characters (a terminal font's
prompt glyphs) are shielded the same way, so they never read as a mark.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backend.escalation.private_values import PrivateValues

_BEFORE = frozenset(" \t\n(`[\"'<")
_AFTER = frozenset(" \t\n)`]\"'>")
_SENTENCE_END = frozenset(",.;:!?")  # an end only before a space, a closing mark or the end
_FIRST_MARK = 0xE000  # Unicode's private use area (a ticket's own such characters are shielded)
_LAST_MARK = 0xF8FF
MAX_SHIELDED = _LAST_MARK - _FIRST_MARK + 1  # past it, the text stays as it is


def own_spans(text: str, own: Iterable[str], private: Iterable[str] = ()) -> list[tuple[int, int]]:
    """(start, end) of each whole-token occurrence of an own string, longest strings first, not
    overlapping each other or an occurrence of a private value (any case), in text order."""
    taken: list[tuple[int, int]] = []
    covered = bytearray(len(text))  # (a mask, not a scan of what was taken: linear in text)
    starts, reach = _private_reach(text, private)
    for value in sorted({v for v in own if v}, key=len, reverse=True):
        at = text.find(value)
        while at >= 0:
            end = at + len(value)
            inside = bisect_right(starts, at)  # private occurrences starting at or before it
            if _whole(text, at, end) and covered.find(1, at, end) < 0 and not (
                    inside and reach[inside - 1] >= end):
                taken.append((at, end))
                covered[at:end] = b"\x01" * (end - at)
            at = text.find(value, end)
    return sorted(taken)


def _private_reach(text: str, private: Iterable[str]) -> tuple[list[int], list[int]]:
    """Where the private values occur (any case): their starts in order, and for each the
    farthest end of an occurrence starting there or before (an own string from a start to an
    end within that reach lies inside one)."""
    lowered = text.lower()
    found: list[tuple[int, int]] = []
    for value in {v.lower() for v in private if len(v) >= 3}:
        at = lowered.find(value)
        while at >= 0:
            found.append((at, at + len(value)))
            at = lowered.find(value, at + 1)
    found.sort()
    starts, reach, farthest = [], [], -1
    for start, end in found:
        farthest = max(farthest, end)
        starts.append(start)
        reach.append(farthest)
    return starts, reach


def _whole(text: str, start: int, end: int) -> bool:
    """text[start:end] stands as a token of its own."""
    if start > 0 and text[start - 1] not in _BEFORE:
        return False
    if end == len(text) or text[end] in _AFTER:
        return True
    return text[end] in _SENTENCE_END and (end + 1 == len(text) or text[end + 1] in _AFTER)


def shield(text: str, own: Iterable[str], private: Iterable[str] = ()) -> tuple[str, list[str]]:
    """text with each own string (and each private-use character) replaced by a mark, and what
    each mark stands for, in mark order."""
    spans = own_spans(text, own, private)
    glyphs = [(i, i + 1) for i, c in enumerate(text) if _FIRST_MARK <= ord(c) <= _LAST_MARK]
    if glyphs:
        inside = bytearray(len(text))
        for start, end in spans:
            inside[start:end] = b"\x01" * (end - start)
        spans = sorted([*spans, *(g for g in glyphs if not inside[g[0]])])
    if len(spans) > MAX_SHIELDED:
        return text, []
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
    """The marks of ``shield`` replaced by what they stand for (a mark a removal took is gone
    with it: the removal stands)."""
    if not kept:
        return text
    return text.translate({_FIRST_MARK + n: value for n, value in enumerate(kept)})


def blank(text: str, own: Iterable[str], private: Iterable[str] = ()) -> str:
    """text with each whole-token own string replaced by a space (what the leak check reads)."""
    out: list[str] = []
    at = 0
    for start, end in own_spans(text, own, private):
        out += [text[at:start], " "]
        at = end
    out.append(text[at:])
    return "".join(out)


def private_names(values: PrivateValues) -> list[str]:
    """The ticket's private names and values: an own string inside one is not shielded."""
    return [*values.people, *values.organizations, *values.fields, *values.domains,
            *values.emails]
