"""The handbook's "re:<regex>" phrases: compiled with RE2 where it can, and all of them in one
RE2 Set, so one pass over a text tells which of them match anywhere in it.

A suggestion asks ~17 phrase lists that hold regexes; each list used to search the text itself
(an alternation of its RE2 regexes first, then each regex in order when that found one). With the
Set's answer a list searches only its regexes that do match, for where and what they match.
"""

from __future__ import annotations

import re
import threading
from typing import Any, NamedTuple

import re2

# Case-insensitive, and quiet: RE2 otherwise writes every pattern it refuses (a lookaround that
# falls back to ``re``) to stderr, which is noise in `rfh classify` and in the service's logs.
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.case_sensitive = False
_RE2_OPTIONS.log_errors = False


def compile_phrase(pattern: str) -> Any:
    """A handbook regex, compiled with RE2 (linear time on any ticket) where its syntax allows.

    Support leads write these patterns; a pattern like ``[a-z0-9-]+\\.sourcegraph\\.com`` is
    quadratic under Python's backtracking engine on a 200 KB run of "a-a-a-". RE2 cannot
    backtrack; a pattern it cannot compile (lookarounds, backreferences) falls back to ``re``.
    """
    try:
        return re2.compile(pattern, _RE2_OPTIONS)
    except re2.error:
        return re.compile(pattern, re.IGNORECASE)


def combined(patterns: list[Any]) -> Any:
    """One RE2 regex matching where any of patterns (two or more, RE2-compiled) matches.

    A regular language's union: the alternation matches somewhere exactly when one of them does
    (RE2 has no backreferences or lookarounds that could make the parts interact). None when
    there is nothing to combine or RE2 refuses the union (e.g. two groups of one name).
    """
    if len(patterns) < 2:
        return None
    try:
        return re2.compile("|".join(f"(?:{p.pattern})" for p in patterns), _RE2_OPTIONS)
    except re2.error:
        return None


class RegexHits(NamedTuple):
    """Which Set regexes match somewhere in one text."""

    covered: int  # regexes the Set held when it read the text: ids below this are answered
    found: frozenset[int] | None  # None: the Set could not tell (RE2 ran out of memory)


class RegexSet:
    """Every RE2 phrase regex of the process in one RE2 Set (the same options as each alone, so
    a regex is in its answer exactly when its own search would find it)."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._compiled: tuple[Any, int] | None = None  # (the Set, its always-matching regex)
        self._lock = threading.Lock()

    def add(self, pattern: Any) -> int | None:
        """The id of an RE2-compiled regex (the same pattern shares one), None when the Set
        refuses it."""
        with self._lock:
            known = self._ids.get(pattern.pattern)
            if known is not None:
                return known
            ids = {**self._ids, pattern.pattern: len(self._ids)}
            compiled = re2.Set.SearchSet(_RE2_OPTIONS)
            try:
                for text in ids:  # in id order: the Set numbers its regexes as they are added
                    compiled.Add(text)
                # The empty regex matches every text: when RE2 gives up on a text (its DFA out
                # of memory) the Set answers no regex at all, and that absence tells.
                sentinel = compiled.Add("")
                compiled.Compile()
            except re2.error:
                return None
            self._ids, self._compiled = ids, (compiled, sentinel)
            return ids[pattern.pattern]

    def hits(self, utf8: bytes) -> RegexHits:
        """The regexes that match somewhere in a text (its UTF-8 bytes)."""
        if self._compiled is None:
            return RegexHits(0, None)
        compiled, sentinel = self._compiled
        found = compiled.Match(utf8) or []
        return RegexHits(sentinel, frozenset(found) if sentinel in found else None)


REGEX_SET = RegexSet()
