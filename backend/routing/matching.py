"""Match the handbook's keyword phrases against ticket text: whole words, case-insensitive, fast.

Plain phrases are looked up as word n-grams in a dictionary (one pass over the text, whatever the
number of phrases); only phrases written as "re:<regex>" run as regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import re2

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


@lru_cache(maxsize=2**14)  # the same words recur in every ticket: computed once per worker
def _singular(word: str) -> str | None:
    """The word without a plural ending, or None when it has none."""
    if len(word) > 4 and word.endswith("es"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None


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

    __slots__ = ("source", "lower", "words", "singulars", "positions")

    def __init__(self, text: str) -> None:
        self.source = text  # the text itself, so a view built once can be recognised and shared
        self.lower = text.lower()
        self.words = _WORD.findall(self.lower)
        # Each word's singular (or None), computed once rather than once per phrase list.
        self.singulars = list(map(_singular, self.words))
        # Where each word (and each singular) occurs: a phrase list only visits the positions
        # where one of its phrases could start (in any order: PhraseIndex sorts the starts).
        self.positions: dict[str, list[int]] = {}
        for i, word in enumerate(self.words):
            self.positions.setdefault(word, []).append(i)
        for i, singular in enumerate(self.singulars):
            if singular is not None:
                self.positions.setdefault(singular, []).append(i)


def view_of(text: str | TextView) -> TextView:
    """Accept a str or an existing TextView."""
    return text if isinstance(text, TextView) else TextView(text)


class PhraseIndex:
    """Which of many phrases occur in a text, with counts."""

    def __init__(self, phrases: Iterable[str], max_words: int = MAX_PHRASE_WORDS) -> None:
        self.phrases = sorted(set(phrases))
        self._by_words: dict[tuple[str, ...], str] = {}
        self._regexes: list[tuple[str, Any]] = []
        for phrase in self.phrases:
            if phrase.startswith("re:"):
                self._regexes.append((phrase, compile_phrase(phrase[3:])))
                continue
            key = tuple(words(phrase))
            if key:
                self._by_words.setdefault(key, phrase)
                singular = _singular(key[-1])
                if singular:  # a phrase written in the plural also matches the singular
                    self._by_words.setdefault(key[:-1] + (singular,), phrase)
        self._any_re2 = _combined([p for _, p in self._regexes if not isinstance(p, re.Pattern)])
        # Longest phrase per first word: most positions in a text start no phrase at all.
        self._longest: dict[str, int] = {}
        for key in self._by_words:
            size = min(len(key), max_words)
            self._longest[key[0]] = max(self._longest.get(key[0], 0), size)
        # Words that are a phrase alone, and the first two words of every longer phrase: a
        # position whose word starts only longer phrases is a start only when the next word
        # (or its singular) continues one of them, which most positions of "a", "all" or "can"
        # do not.
        self._singles = frozenset(key[0] for key in self._by_words if len(key) == 1)
        self._pairs = frozenset(key[:2] for key in self._by_words if len(key) > 1)

    def _match_at(self, view: TextView, i: int) -> tuple[str, int] | None:
        """The longest phrase starting at word i, and its length in words."""
        words = view.words
        longest = self._longest.get(words[i], 0)
        singular = view.singulars[i]
        if singular is not None:
            longest = max(longest, self._longest.get(singular, 0))
        for size in range(min(longest, len(words) - i), 0, -1):
            key = tuple(words[i : i + size])
            phrase = self._by_words.get(key)
            if phrase is None:
                last = view.singulars[i + size - 1]
                if last is not None:
                    phrase = self._by_words.get(key[:-1] + (last,))
            if phrase is not None:
                return phrase, size
        return None

    def _regexes_to_run(self, view: TextView) -> list[tuple[str, Any]]:
        """This index's regexes, less the RE2 ones when one combined pass finds none of them.

        Most texts match none of an index's regexes: one search of their alternation answers
        that for all of them, instead of one search each. When it finds one, every regex runs
        as before, in order, so which phrase is found first (and each count) does not change.
        """
        if self._any_re2 is None or self._any_re2.search(view.lower):
            return self._regexes
        return [(phrase, pattern) for phrase, pattern in self._regexes
                if isinstance(pattern, re.Pattern)]

    def _starts(self, view: TextView) -> list[int]:
        """Positions in the text where one of this index's phrases could start."""
        positions = view.positions
        words, singulars, last = view.words, view.singulars, len(view.words) - 1
        singles, pairs = self._singles, self._pairs
        starts: set[int] = set()
        for word in self._longest.keys() & positions.keys():
            if word in singles:  # a phrase alone: every position (word or singular) matches
                starts.update(positions[word])
                continue
            # Only longer phrases start here: their first word is the text's word itself, and
            # the second is the next word or (two-word phrases) its singular.
            starts.update(
                i for i in positions[word]
                if i < last and words[i] == word
                and ((word, words[i + 1]) in pairs
                     or (singulars[i + 1] is not None and (word, singulars[i + 1]) in pairs))
            )
        return sorted(starts)

    def counts(self, text: str | TextView) -> dict[str, int]:
        """Phrase -> occurrences (longest phrase wins where phrases overlap)."""
        view = view_of(text)
        found: dict[str, int] = {}
        free_from = 0
        for i in self._starts(view):
            if i < free_from:
                continue  # inside a phrase already counted
            hit = self._match_at(view, i)
            if hit is not None:
                found[hit[0]] = found.get(hit[0], 0) + 1
                free_from = i + hit[1]
        for phrase, pattern in self._regexes_to_run(view) if self._regexes else ():
            hits = len(pattern.findall(view.lower))
            if hits:
                found[phrase] = found.get(phrase, 0) + hits
        return found

    def first(self, text: str | TextView) -> str | None:
        """The first phrase found (as written in the handbook), or None."""
        view = view_of(text)
        for i in self._starts(view):
            hit = self._match_at(view, i)
            if hit is not None:
                return hit[0]
        for _phrase, pattern in self._regexes_to_run(view) if self._regexes else ():
            match = pattern.search(view.lower)
            if match:
                return match.group(0)
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
