"""Match the handbook's keyword phrases against ticket text: whole words, case-insensitive, fast.

Plain phrases are word n-grams, looked up for every phrase list at once in one walk of a text's
words (backend.routing.lexicon); only phrases written as "re:<regex>" run as regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import re2

from backend.routing.lexicon import LEXICON, Scan, singular

# Words are runs of letters, digits, '+' and '#' (so "c++", "c#", "k8s" stay whole); everything
# else separates words, which makes "repo-updater", "repo_updater" and "repo updater" the same.
_WORD = re.compile(r"[a-z0-9+#]+")
MAX_PHRASE_WORDS = 6

# Case-insensitive, and quiet: RE2 otherwise writes every pattern it refuses (a lookaround that
# falls back to ``re``) to stderr, which is noise in `rfh classify` and in the service's logs.
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.case_sensitive = False
_RE2_OPTIONS.log_errors = False


def words(text: str) -> list[str]:
    """The lower-cased words of a text."""
    return _WORD.findall(text.lower())


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


def _combined(patterns: list[Any]) -> Any:
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


class TextView:
    """A text prepared once for many phrase look-ups."""

    __slots__ = ("source", "lower", "words", "_scan", "_utf8")

    def __init__(self, text: str) -> None:
        self.source = text  # the text itself, so a view built once can be recognised and shared
        self.lower = text.lower()
        self.words = _WORD.findall(self.lower)
        self._scan: Scan | None = None
        self._utf8: bytes | None = None

    @property
    def utf8(self) -> bytes:
        """The lower-cased text in UTF-8, encoded once: RE2 reads bytes, and given a str it
        encodes the whole text again on every search."""
        if self._utf8 is None:
            self._utf8 = self.lower.encode("utf-8")
        return self._utf8

    def scan(self, list_id: int) -> Scan:
        """The lexicon's walk over this text, made again only when ``list_id`` is newer."""
        scan = self._scan
        if scan is None or scan.covered <= list_id:
            scan = self._scan = LEXICON.walk(self.words)
        return scan


def view_of(text: str | TextView) -> TextView:
    """Accept a str or an existing TextView."""
    return text if isinstance(text, TextView) else TextView(text)


class PhraseIndex:
    """Which of many phrases occur in a text, with counts."""

    def __init__(self, phrases: Iterable[str], max_words: int = MAX_PHRASE_WORDS) -> None:
        self.phrases = sorted(set(phrases))
        by_words: dict[tuple[str, ...], str] = {}
        self._regexes: list[tuple[str, Any]] = []
        for phrase in self.phrases:
            if phrase.startswith("re:"):
                self._regexes.append((phrase, compile_phrase(phrase[3:])))
                continue
            key = tuple(words(phrase))
            if key:
                by_words.setdefault(key, phrase)
                base = singular(key[-1])
                if base:  # a phrase written in the plural also matches the singular
                    by_words.setdefault(key[:-1] + (base,), phrase)
        self._any_re2 = _combined([p for _, p in self._regexes if not isinstance(p, re.Pattern)])
        # Phrases longer than max_words are never looked for (as before the lexicon).
        plain = {key: phrase for key, phrase in by_words.items() if len(key) <= max_words}
        self._plain = bool(plain)
        self._id = LEXICON.add(plain)

    def _regexes_to_run(self, view: TextView) -> list[tuple[str, Any]]:
        """This index's regexes, less the RE2 ones when one combined pass finds none of them.

        Most texts match none of an index's regexes: one search of their alternation answers
        that for all of them, instead of one search each. When it finds one, every regex runs
        as before, in order, so which phrase is found first (and each count) does not change.
        """
        if self._any_re2 is None or self._any_re2.search(view.utf8):
            return self._regexes
        return [(phrase, pattern) for phrase, pattern in self._regexes
                if isinstance(pattern, re.Pattern)]

    def counts(self, text: str | TextView) -> dict[str, int]:
        """Phrase -> occurrences (longest phrase wins where phrases overlap)."""
        view = view_of(text)
        found: dict[str, int] = {}
        if self._plain:
            list_id, free_from = self._id, 0
            for i, matches in view.scan(list_id).spans:
                if i < free_from:
                    continue  # inside a phrase already counted
                for size, exact, as_singular in matches:
                    phrase = exact.get(list_id)
                    if phrase is None:
                        phrase = as_singular.get(list_id)
                    if phrase is not None:
                        found[phrase] = found.get(phrase, 0) + 1
                        free_from = i + size
                        break
        for phrase, pattern in self._regexes_to_run(view) if self._regexes else ():
            hits = len(pattern.findall(view.lower))
            if hits:
                found[phrase] = found.get(phrase, 0) + hits
        return found

    def first(self, text: str | TextView) -> str | None:
        """The first phrase found (as written in the handbook), or None."""
        view = view_of(text)
        if self._plain:
            phrase = view.scan(self._id).first.get(self._id)
            if phrase is not None:
                return phrase
        for _phrase, pattern in self._regexes_to_run(view) if self._regexes else ():
            if isinstance(pattern, re.Pattern):
                match = pattern.search(view.lower)
                if match:
                    return match.group(0)
            elif match := pattern.search(view.utf8):
                # RE2 searches the same bytes either way; its match ends on characters.
                return str(match.group(0).decode("utf-8"))
        return None


@lru_cache(maxsize=512)
def index_of(phrases: tuple[str, ...]) -> PhraseIndex:
    """A cached index for a list of phrases from the handbook."""
    return PhraseIndex(phrases)


def contains_any(text: str | TextView, phrases: Iterable[str]) -> str | None:
    """The first of phrases found in text, or None."""
    phrases = tuple(phrases)
    if not phrases:
        return None
    return index_of(phrases).first(text)


def any_regex_or_phrase(text: str | TextView, phrases: Iterable[str]) -> bool:
    """True when any phrase (plain or 're:') occurs in text."""
    return contains_any(text, phrases) is not None
