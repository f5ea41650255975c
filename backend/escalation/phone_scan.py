"""Phone numbers of any country in ticket text: short candidates checked by ``phonenumbers``.

A pattern finds digit runs that could be a number; Google's libphonenumber data (every country's
numbering plan) says which are. Checking is the expensive part, so its answers are cached and
each draft has a budget of new checks (PhoneBudget); past it, candidates are removed unchecked.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers
from cachetools import LRUCache

from backend.escalation.spans import PHONE, Span, linear

_PHONE_REGIONS = ("US", "GB", "DE", "FR", "IN", "AU", "BR", "JP", "NL", "ES", "IT", "CA")
# (not from inside a run of digits or a token's "_": the zeros ending ghp_000…000 glued to
# "5.3.1 201.555.0123" hid it; Tel2015550123 is still one)
_PHONE = linear(r"(?:^|[^0-9_])(\+?\(?\d[\d \t().\-/]{5,22}\d)")
# Words a phone number follows ("Tel.:", "mobile", "电话：", "手机"): after one, a number only
# has to be possible in its country (a test or drama-range number, +44 7700 900123, is one).
_CUE = linear(r"(?i)(?:phone|tel|telephone|mobile|cell|mob|fon|telefon|t[ée]l[ée]phone|tel[ée]fono"
              r"|m[óo]vil|handy|pager|fax|whatsapp|call|电话|手机|電話|携帯|전화)[.:：\s\-]{0,4}$")
# Ten digits in one run from 1,000,000,000 to 1,999,999,999: a Unix time (1692341290, a
# migration's or a log's), not a phone number, unless a phone cue says otherwise.
_EPOCH = linear(r"^1\d{9}(?:\.\d+)?$")  # (no North American number starts with 1)
_LENIENT_REGIONS = ("CN", "JP", "KR", "TW", "HK", "SG", "IN")
_DATE = linear(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DAY_MONTH_YEAR = linear(r"^\d{1,2}\.\d{1,2}\.\d{4}$")  # 01.02.2024
_DOTTED_PHONE = linear(r"^(?:\+\d{1,3}(?:\.\d{1,6}){2,5}|\d{3}\.\d{3}\.\d{4}"
                       r"|0\d{1,4}(?:\.\d{2,4}){2,4})$")


@dataclass
class PhoneBudget:
    """How many candidates not checked before one draft may still check."""

    checks: int = 128


def phone_spans(text: str, budget: PhoneBudget | None = None) -> Iterator[Span]:
    """Phone numbers of any country: candidates by a short pattern, checked by phonenumbers.

    Checking one candidate can take a millisecond and more (a matcher per region), so a draft
    (``budget``, else this text) has a budget of candidates not checked before; past it, every
    candidate is removed unchecked. Hostile text ("1/1/1/1/1/1/1x" x 10,000) then costs the
    budget, not 20 s, and fails closed: a digit run too many is removed, never a phone number
    too few.
    """
    budget = budget if budget is not None else PhoneBudget()
    for piece in (part for whole in _pieces(text) for part in _dotted_parts(whole)):
        candidate = piece.value.strip()
        digits = sum(c.isdigit() for c in candidate)
        if digits < 7 or digits > 15 or _date(candidate) or _dotted_number(candidate):
            continue
        start = piece.begin + piece.value.index(candidate[0])
        if start and text[start - 1] == "+":
            start, candidate = start - 1, "+" + candidate
        cued = _CUE.search(text[max(0, start - 16):start]) is not None
        if _EPOCH.match(candidate) and not cued:
            continue
        # After a cue, or written with its country code, a possible number is enough.
        lenient = candidate.startswith("+") or piece.listed or cued
        key = (candidate, bool(lenient))
        with _PHONE_LOCK:
            hit = _CHECKED_PHONES.get(key, _UNCHECKED)
        if hit is _UNCHECKED:
            if budget.checks <= 0:
                yield Span(start, start + len(candidate), "phone", PHONE, candidate)
                continue
            budget.checks -= 1
            hit = _check_phone(candidate, bool(lenient))
            with _PHONE_LOCK:
                _CHECKED_PHONES[key] = hit
        if isinstance(hit, tuple):
            yield Span(start + hit[0], start + hit[1], "phone", PHONE, hit[2])


def _pieces(text: str) -> list[_Piece]:
    """The candidates in order; a list of numbers ("944 23 17 80 / 688 412 905") gives each of
    them, the ones after the first marked ``listed`` (one number of 18 digits is no country's,
    and a 24-character window would cut the second number in two)."""
    runs = [(m.start(), m.end()) for m in _LISTED.finditer(text)]
    pieces = []
    for begin, end in runs:
        offset = begin
        for n, part in enumerate(_SLASH.split(text[begin:end])):
            offset = text.index(part, offset)
            pieces.append(_Piece(offset, part, listed=n > 0))
            offset += len(part)
    r = 0  # runs and matches both come in order: one pass, never a run per match
    for m in _PHONE.finditer(text):
        while r < len(runs) and runs[r][1] <= m.start(1):
            r += 1
        if r < len(runs) and runs[r][0] < m.end():
            continue  # inside (or across) a listed run, whose numbers are already pieces
        pieces.append(_Piece(m.start(1), m.group(1)))
    return sorted(pieces, key=lambda piece: piece.begin)


@dataclass(frozen=True)
class _Piece:
    """A candidate and where it starts."""

    begin: int
    value: str
    listed: bool = False  # after a " / ": another number of the same list


_SLASH = linear(r"[ \t]*/[ \t]*")
# Numbers listed with slashes between them (not 030/1234567, one German number).
_LISTED = linear(r"\+?\(?\d[\d \t().\-]{5,22}\d(?:[ \t]+/[ \t]+\+?\(?\d[\d \t().\-]{5,22}\d)+")
_UNCHECKED = object()
# Candidates already checked, in this process: a ticket's numbers recur in every draft of it.
_CHECKED_PHONES: LRUCache[tuple[str, bool], object] = LRUCache(maxsize=4096)
_PHONE_LOCK = threading.Lock()


def _dotted_parts(piece: _Piece) -> list[_Piece]:
    """The piece, or its words when one of them is a number written with dots: "201.555.0123
    5.3.1" is a number and a version, which together are no country's number."""
    words = piece.value.split()
    if len(words) < 2 or not any(_DOTTED_PHONE.match(w) for w in words):
        return [piece]
    parts, offset = [], 0
    for word in words:
        offset = piece.value.index(word, offset)
        parts.append(_Piece(piece.begin + offset, word, piece.listed))
        offset += len(word)
    return parts


def _check_phone(candidate: str, lenient: bool = False) -> tuple[int, int, str] | None:
    """(start, end, number) of the phone number phonenumbers finds in candidate, or None
    (``lenient``: a possible number is enough, in more regions)."""
    regions: tuple[str, ...] = _PHONE_REGIONS[:1] if candidate.startswith("+") else _PHONE_REGIONS
    levels = [phonenumbers.Leniency.VALID]
    if lenient:
        levels.append(phonenumbers.Leniency.POSSIBLE)
        regions = regions if candidate.startswith("+") else regions + _LENIENT_REGIONS
    for leniency in levels:
        for region in regions:
            hit = next(iter(phonenumbers.PhoneNumberMatcher(candidate, region,
                                                            leniency=leniency)), None)
            if hit is not None:
                return hit.start, hit.end, hit.raw_string
    return None


def _date(candidate: str) -> bool:
    """2024-01-15 or 2024/1/5 at the start: a date, not a phone number. Not 0049-89-12345678 (a
    German number after the international prefix): no year 49, no month 89."""
    m = _DATE.search(candidate)
    return m is not None and 1900 <= int(m.group(1)) <= 2100 and 1 <= int(m.group(2)) <= 12 \
        and 1 <= int(m.group(3)) <= 31


def _dotted_number(candidate: str) -> bool:
    """1.2.3.4, 10.20.30.40, 362.299.517 or 242.22855.74: versions, addresses, counts and build
    numbers, not phone numbers.

    Numbers are written with dots only in a few forms, and only those go on to phonenumbers:
    North American 415.867.5309, national ones after their trunk 0 (06.12.34.56.78,
    020.7946.0958, 0412.345.678: counts and builds never start with 0), and international ones
    after their + (+1.415.867.5309, +44.20.7946.0958).
    """
    if candidate.count(".") < 2 or any(c in candidate for c in " -()/"):
        return False
    return _DOTTED_PHONE.match(candidate) is None or _DAY_MONTH_YEAR.match(candidate) is not None
