"""Match the handbook's keyword phrases against ticket text: whole words, case-insensitive, fast.

Plain phrases are word n-grams, looked up for every phrase list at once in one walk of a text's
words (backend.routing.lexicon); only phrases written as "re:<regex>" run as regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from backend.routing.lexicon import LEXICON, Scan, narrowed, singular
from backend.routing.phrase_regexes import REGEX_SET, RegexHits, combined, compile_phrase

# Words are runs of letters, digits, '+' and '#' (so "c++", "c#", "k8s" stay whole); everything
# else separates words, which makes "repo-updater", "repo_updater" and "repo updater" the same.
_WORD = re.compile(r"[a-z0-9+#]+")
# The same words from a text's UTF-8 bytes: every byte outside [a-z0-9+#] becomes a space. A
# character outside the set separates words, and each byte of a non-ASCII character is 0x80 or
# above, so the words left are the regex's, in order (~45 -> ~15 us for a 2 KB ticket).
_NOT_WORD_BYTES = bytes(b if b in b"abcdefghijklmnopqrstuvwxyz0123456789+#" else 32
                        for b in range(256))
MAX_PHRASE_WORDS = 6


def words(text: str) -> list[str]:
    """The lower-cased words of a text."""
    return _WORD.findall(text.lower())


class TextView:
    """A text prepared once for many phrase look-ups."""

    __slots__ = ("source", "lower", "words", "_chunks", "_scan", "_utf8", "_regex_hits")

    def __init__(self, text: str) -> None:
        self.source = text  # the text itself, so a view built once can be recognised and shared
        self.lower = text.lower()
        self._chunks: list[str] | None = None
        self._scan: Scan | None = None
        self._regex_hits: RegexHits | None = None
        # RE2 reads these bytes. A lone surrogate (valid JSON, not UTF-8) passes as its three
        # bytes, which RE2 reads without failing; its words are the regex's, as for any text.
        self._utf8 = self.lower.encode("utf-8", "surrogatepass")
        self.words = self._utf8.translate(_NOT_WORD_BYTES).decode("ascii").split()

    @property
    def chunks(self) -> list[str]:
        """The lower-cased text split at whitespace (what the vectorizers count word by word)."""
        if self._chunks is None:
            self._chunks = self.lower.split()
        return self._chunks

    @property
    def utf8(self) -> bytes:
        """The lower-cased text in UTF-8, encoded once: RE2 reads bytes, and given a str it
        encodes the whole text again on every search."""
        return self._utf8

    @classmethod
    def sharing(cls, part: str, words: list[str], scan: Scan | None) -> TextView:
        """A view of ``part`` given its words and, when made already, its walk (lines_view)."""
        view = cls.__new__(cls)
        view.source = part
        view.lower = part.lower()
        view._chunks = None
        view._scan = scan
        view._regex_hits = None  # RE2 reads the part's own bytes: a regex may span a line break
        view._utf8 = view.lower.encode("utf-8", "surrogatepass")
        view.words = words
        return view

    def regex_hits(self, regex_id: int) -> RegexHits:
        """The phrase regexes matching somewhere in the lower-cased text (backend.routing.
        phrase_regexes), read again only when ``regex_id`` is newer."""
        hits = self._regex_hits
        if hits is None or hits.covered <= regex_id:
            hits = self._regex_hits = REGEX_SET.hits(self.utf8)
        return hits

    def scan(self, list_id: int) -> Scan:
        """The lexicon's walk over this text, made again only when ``list_id`` is newer."""
        scan = self._scan
        if scan is None or scan.covered <= list_id:
            scan = self._scan = LEXICON.walk(self.words)
        return scan


def lines_view(view: TextView, part: str) -> TextView:
    """A view of ``part``, the same as ``TextView(part)``; where ``part`` is whole lines of the
    view's text, its words and its phrase walk are read from the view's, not made again.

    The router reads a ticket twice: the prepared text, and the ticket as written for the
    priority and the checklist. On most tickets the second is the first less one copy of the
    subject and the tags line (both whole lines), and whole lines hold whole words.
    """
    text = view.source
    at = text.find(part) if part else -1
    end = at + len(part)
    if at < 0 or (at > 0 and text[at - 1] != "\n") or (end < len(text) and text[end] != "\n"):
        return TextView(part)
    first = len(words(text[:at]))
    last = len(view.words) - len(words(text[end:]))
    # The view's walk, when made (the rules walk it first) and no list was added since: else
    # the part walks itself when first asked, as a view of its own does.
    walked = view._scan
    if walked is not None and walked.covered != LEXICON.size:
        walked = None
    return TextView.sharing(part, view.words[first:last],
                            None if walked is None else narrowed(walked, first, last))


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
        self._any_re2 = combined([p for _, p in self._regexes if not isinstance(p, re.Pattern)])
        # Each regex's id in the process's RE2 Set (None: Python's re runs it, or the Set
        # refused it).
        self._regex_ids = [None if isinstance(p, re.Pattern) else REGEX_SET.add(p)
                           for _, p in self._regexes]
        self._newest_regex = max((i for i in self._regex_ids if i is not None), default=None)
        # When none of these is in the Set's answer and re runs none, nothing is left to run:
        # most lists, for most texts, answered by one set operation in C.
        self._set_ids = frozenset(i for i in self._regex_ids if i is not None)
        self._all_in_set = None not in self._regex_ids
        # The regexes the Set does not answer for (Python's re, or refused by the Set).
        self._outside_set = [entry for entry, regex_id in zip(self._regexes, self._regex_ids,
                                                               strict=True) if regex_id is None]
        # Phrases longer than max_words are never looked for (as before the lexicon).
        plain = {key: phrase for key, phrase in by_words.items() if len(key) <= max_words}
        self._plain = bool(plain)
        self._id = LEXICON.add(plain)

    def _regexes_to_run(self, view: TextView) -> list[tuple[str, Any]]:
        """This index's regexes that can match the text, in order.

        The RE2 ones the process's RE2 Set found in the text (its one pass answers every list),
        and those Python's re runs. When the Set cannot tell, one search of the list's RE2
        alternation: none of them when it finds nothing, else all. Every regex left runs as
        before, in order, so which phrase is found first (and each count) does not change.
        """
        if self._newest_regex is not None:
            found = view.regex_hits(self._newest_regex).found
            if found is not None:
                if self._all_in_set and found.isdisjoint(self._set_ids):
                    return []
                return [entry for entry, regex_id in zip(self._regexes, self._regex_ids,
                                                          strict=True)
                        if regex_id is None or regex_id in found]
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
            # RE2 reads the view's bytes, as in first(): given the str it would encode the whole
            # text again, and fail on a lone surrogate (a ticket read from Zendesk may hold one).
            read = view.lower if isinstance(pattern, re.Pattern) else view.utf8
            hits = len(pattern.findall(read))
            if hits:
                found[phrase] = found.get(phrase, 0) + hits
        return found

    def found(self, text: str | TextView) -> bool:
        """Whether any phrase occurs: ``first(text) is not None``, without finding which.

        The Set's one pass already says whether each of its regexes matches somewhere (a
        search would find a match, an empty one included): only the regexes outside it run.
        """
        # view_of inline, as in first(): asked for every list of every suggestion.
        view = text if isinstance(text, TextView) else TextView(text)
        if self._plain and self._id in view.scan(self._id).first:
            return True
        if not self._regexes:
            return False
        if self._newest_regex is not None:
            hits = view.regex_hits(self._newest_regex).found
            if hits is not None:
                return not hits.isdisjoint(self._set_ids) or any(
                    pattern.search(view.lower if isinstance(pattern, re.Pattern) else view.utf8)
                    for _, pattern in self._outside_set)
        return self.first(view) is not None

    def first(self, text: str | TextView) -> str | None:
        """The first phrase found (as written in the handbook), or None."""
        # view_of inline: a suggestion asks ~50 lists, and the call cost more than the check.
        view = text if isinstance(text, TextView) else TextView(text)
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
                return str(match.group(0).decode("utf-8", "surrogatepass"))
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
    """True when any phrase (plain or 're:') occurs in text: ``contains_any(...) is not None``,
    without running a regex the RE2 Set has answered for."""
    phrases = tuple(phrases)
    return bool(phrases) and index_of(phrases).found(text)
