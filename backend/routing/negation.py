"""Floor phrases a ticket states, told from those it denies ("no data loss so far")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Any

from backend.routing.matching import TextView, contains_any
from backend.routing.phrase_regexes import compile_phrase

# A negation reaches a phrase over a few filler words of its own clause: "no sign of any data
# loss", "there was no data leak", "we haven't seen any outage"; not "No. We lost data", not
# "Restarting did not help, gitserver is down", not "did not finish and corrupted the data".
WINDOW_WORDS = 5
_LOOK_BACK = 80  # characters before a phrase that can hold its window
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_CLAUSE_MARKS = (".", "!", "?", ";", ":", "\n", ",", "(", ")")
_CLAUSE_WORDS = frozenset({"and", "but", "or", "because", "so", "if", "why", "though",
                           "although", "while", "when", "since", "which", "that", "then", "yet"})
_FILLERS = frozenset({"a", "an", "the", "any", "sign", "signs", "of", "evidence", "indication",
                      "real", "actual", "further", "more", "such", "seen", "had", "noticed",
                      "found", "observed", "experienced", "reported", "been", "there", "was",
                      "were", "is", "are", "be", "really"})
# Occurrences read per list: a ticket that denies a phrase more often than this is read as
# stating it (as before negations were read), and a hostile one costs no more than this.
MAX_PLACES = 12


@lru_cache(maxsize=256)
def _pattern(phrase: str) -> Any:
    """Where a handbook phrase occurs: its regex, or its words with any gap and a plural
    (RE2 where it compiles: linear on any ticket, and several times faster than ``re``)."""
    if phrase.startswith("re:"):
        return compile_phrase(phrase[3:])
    joined = r"\W+".join(re.escape(word) for word in phrase.lower().split())
    return compile_phrase(rf"\b{joined}(?:e?s)?\b")


def _places(view: TextView, phrase: str) -> Iterator[tuple[str, str]]:
    """For each occurrence: the text just before it, and what to quote (the phrase, or a
    regex's match)."""
    pattern = _pattern(phrase)
    regex = phrase.startswith("re:")
    if isinstance(pattern, re.Pattern):  # a pattern RE2 refused runs on the str
        for match in pattern.finditer(view.lower):
            start = match.start()
            yield (view.lower[max(0, start - _LOOK_BACK):start],
                   match.group(0) if regex else phrase)
        return
    data = view.utf8  # RE2 reads the view's bytes (see TextView.utf8)
    for match in pattern.finditer(data):
        start = match.start()
        yield (data[max(0, start - _LOOK_BACK):start].decode("utf-8", "ignore"),
               match.group(0).decode("utf-8", "surrogatepass") if regex else phrase)


def _word_char(char: str) -> bool:
    """True for a character that continues a word (a phrase must not start or end inside one)."""
    return char.isalnum() or char == "_"


def _plain_places(lowered: str, phrase: str) -> Iterator[tuple[str, str]]:
    """Each whole-word occurrence of a plain phrase as written (a plural too), found by
    ``str.find``: several times faster than a regex, and the phrase usually stands so."""
    needle = phrase.lower()
    start = lowered.find(needle)
    while start >= 0:
        end = start + len(needle)
        for suffix in ("", "s", "es"):
            if lowered.startswith(suffix, end) and not (
                    end + len(suffix) < len(lowered) and _word_char(lowered[end + len(suffix)])):
                break
        else:
            end = -1  # a longer word ("terror" for "error")
        if end >= 0 and not (start and _word_char(lowered[start - 1])):
            yield lowered[max(0, start - _LOOK_BACK):start], phrase
        start = lowered.find(needle, start + 1)


def denied(before: str, negations: AbstractSet[str]) -> bool:
    """True when a negation stands before a phrase in its clause, with only filler words
    between them ("not a", "no sign of any")."""
    tail = before[-_LOOK_BACK:]
    clause = max(map(tail.rfind, _CLAUSE_MARKS)) + 1  # 0 when no mark: the whole tail
    for word in reversed(_WORD.findall(tail, clause)[-WINDOW_WORDS:]):
        if word in negations:
            return True
        if word in _CLAUSE_WORDS or word not in _FILLERS:
            return False
    return False


def _first_stated(view: TextView, phrases: Iterable[str], negations: AbstractSet[str],
                  budget: list[int], patterns: bool = False) -> tuple[str | None, bool]:
    """What to quote of the first occurrence of phrases not denied (None: there is none), and
    whether any occurrence was placed; each one placed spends one of ``budget[0]``. Plain
    phrases are found as written, or with ``patterns`` by their regexes."""
    located = False
    for phrase in phrases:
        places = (_places(view, phrase) if patterns or phrase.startswith("re:")
                  else _plain_places(view.lower, phrase))
        for before, quoted in places:
            located = True
            budget[0] -= 1
            if budget[0] < 0 or not denied(before, negations):
                return quoted, True
    return None, located


def stated(view: TextView, phrases: Sequence[str], negations: AbstractSet[str]) -> str | None:
    """The first of phrases the text states; None when it has none or only denies them."""
    found = contains_any(view, phrases)
    if found is None or not negations:
        return found
    budget = [MAX_PLACES]
    # The phrase found first usually stands plainly in the text, stated: nothing else is read.
    quoted, located = _first_stated(view, (found,) if found in phrases else (), negations, budget)
    if not located and found in phrases:
        # Written with other spacing or punctuation ("data-loss"): its pattern places it.
        quoted, located = _first_stated(view, (found,), negations, budget, patterns=True)
    if quoted is None:
        others = (p for p in phrases if p != found)
        quoted, more = _first_stated(view, others, negations, budget)
        located = located or more
    if not located:
        # Written with other spacing or punctuation ("data  loss"): the patterns place them.
        others = (p for p in phrases if not p.startswith("re:"))
        quoted, located = _first_stated(view, others, negations, budget, patterns=True)
    # A phrase the index found but nothing here can place is taken as stated.
    return quoted if located else found
