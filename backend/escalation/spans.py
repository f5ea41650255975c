"""Found pieces of private text (spans) and how they are replaced, for every scanner.

Scanners report spans over the original text instead of rewriting it one pattern after another:
the text is read by each (linear-time) pattern once, overlaps are settled in one sort, and the
rewrite happens once, so the work stays proportional to the text's length and every removal is
known by kind (the preview shows the agent what was taken out; the leak check uses the values).
All patterns are RE2 (``import re2``): no backtracking, so no input can make them slow.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import re2

SECRET = "[redacted-secret]"
CREDENTIAL = "[redacted-credential]"
TOKEN = "[redacted-token]"
LICENSE = "[redacted-license-key]"
EMAIL = "[redacted-email]"
PHONE = "[redacted-phone]"
HOST = "[redacted-host]"
URL = "[redacted-url]"
IP = "[redacted-ip]"
REPOSITORY = "[repository]"
CUSTOMER = "[customer]"
PERSON = "[name]"
FIELD = "[redacted-field]"
ACCOUNT = "[redacted-account]"  # a cloud account id
CARD = "[redacted-card]"  # a payment card number
BANK_ACCOUNT = "[redacted-bank-account]"  # an IBAN
ID_NUMBER = "[redacted-id]"  # a national id, passport or medical number, a customer id
BIRTH_DATE = "[redacted-birth-date]"
ADDRESS = "[redacted-address]"
CHANNEL = "[chat-channel]"  # a customer's Slack or Teams channel
PLACEHOLDERS = (SECRET, CREDENTIAL, TOKEN, LICENSE, EMAIL, PHONE, HOST, URL, IP, REPOSITORY,
                CUSTOMER, PERSON, FIELD, ACCOUNT, CARD, BANK_ACCOUNT, ID_NUMBER, BIRTH_DATE,
                ADDRESS, CHANNEL)


@dataclass(frozen=True)
class Span:
    """text[start:end] is private: ``kind`` names what it is, ``replacement`` replaces it."""

    start: int
    end: int
    kind: str
    replacement: str
    value: str


def linear(pattern: str) -> re2._Regexp:
    """Compile a pattern with RE2 (linear time; raises on lookarounds and backreferences)."""
    return re2.compile(pattern)


def settle(spans: Iterable[Span], merged: list[Span] | None = None) -> list[Span]:
    """Non-overlapping spans, earliest first; of two that start together the longer wins. A span
    that starts inside a chosen one and ends past it extends that one: the rest of a token that
    an address or a name ran into is removed too, never left in the text (such spans are added
    to ``merged``, for the leak check's list of removed values)."""
    chosen: list[Span] = []
    end = -1
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if span.end <= span.start:
            continue
        if span.start >= end:
            chosen.append(span)
            end = span.end
        elif span.end > end:
            last = chosen[-1]
            chosen[-1] = Span(last.start, span.end, last.kind, last.replacement, last.value)
            end = span.end
            if merged is not None:
                merged.append(span)
    return chosen


def apply(text: str, spans: list[Span]) -> str:
    """Rewrite text with settled spans (one pass)."""
    out: list[str] = []
    at = 0
    for span in spans:
        out.append(text[at:span.start])
        out.append(span.replacement)
        at = span.end
    out.append(text[at:])
    return "".join(out)


def word_char(text: str, index: int) -> bool:
    """True when text[index] exists and is a letter, digit or underscore (any script)."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")
