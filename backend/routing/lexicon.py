"""The lexicon: every phrase list's plain phrases in one trie of words, walked once per text.

A phrase is a sequence of words (``matching.words``); it matches at a word of a text with the
words as written, its last word also in the singular (``singular`` of the text's word). The walk
answers, for every list at once, which of its phrases comes first (the longest at the earliest
word), and keeps where phrases occur for the lists that count them (``matching.PhraseIndex``).
A router reads ~50 phrase lists per ticket; each used to be a pass of its own over the text.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from itertools import compress, count
from typing import NamedTuple


def singular(word: str) -> str | None:
    """The word without a plural ending, or None when it has none."""
    if len(word) > 4 and word.endswith("es"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None


# Per list id, the phrase a word sequence is in that list. Shared and never changed: a node's
# terms are replaced by a new dict when a list is added, so a walk in progress is never disturbed.
NO_TERMS: dict[int, str] = {}


class Node:
    """A word sequence in the lexicon: the lists it is a phrase of, and the words that extend it
    (``children``; ``plurals``: the same nodes under each word whose ``singular`` is theirs)."""

    __slots__ = ("terms", "children", "plurals")

    def __init__(self) -> None:
        self.terms = NO_TERMS
        self.children: dict[str, Node] = {}
        self.plurals: dict[str, Node] = {}

    def child(self, word: str) -> Node:
        """The node of this sequence and word (made, with its plural forms, when new)."""
        node = self.children.get(word)
        if node is None:
            node = self.children[word] = Node()
            # The only words read in the singular as ``word``: a text word found here is the
            # same as its singular found among the children (no singular per word and text).
            for plural in (word + "s", word + "es"):
                if singular(plural) == word:
                    self.plurals[plural] = node
        return node


# One phrase occurrence: (size in words, terms of the words as written, terms with the last word
# read in the singular).
Match = tuple[int, dict[int, str], dict[int, str]]
# What a walk needs to know of a word where a phrase can start, from one look-up: its one-word
# match (or None) and that match's terms, the words that go on to a longer phrase from it (or
# None), and its nodes as written and as the plural of a phrase's word.
Start = tuple[tuple[Match] | None, tuple[dict[int, str], ...], frozenset[str] | None,
              Node | None, Node | None]


class Scan(NamedTuple):
    """One text walked through the lexicon."""

    covered: int  # lists the lexicon held when walked: ids below this are answered
    first: dict[int, str]  # list id -> its phrase found first (the longest at the earliest word)
    # (word position, the phrases there, longest first); read only: a one-word span's list is
    # shared by every text that has that word there.
    spans: list[tuple[int, Sequence[Match]]]


class Lexicon:
    """The plain phrases of every PhraseIndex of the process in one trie of words."""

    def __init__(self) -> None:
        self.root = Node()  # the empty sequence
        self.size = 0
        # Where a phrase can start: words that are a phrase alone (as written or in the plural),
        # and the first words of the longer ones. Replaced whole when a list is added.
        self._firsts: frozenset[str] = frozenset()
        self._singles: frozenset[str] = frozenset()
        # What a walk finds at a word no longer phrase can continue from: its one-word phrases.
        self._alone: dict[str, tuple[Match]] = {}
        # Per word in _firsts, all a walk reads of it (Start), so one dict look-up per word
        # of a text says whether a phrase can start there and what to do.
        self._starts: dict[str, Start] = {}
        self._ids: dict[tuple[tuple[tuple[str, ...], str], ...], int] = {}
        self._lock = threading.Lock()

    def add(self, by_words: dict[tuple[str, ...], str]) -> int:
        """The id of a list of phrases (keyed by their words); the same phrases share one id."""
        signature = tuple(by_words.items())
        with self._lock:
            known = self._ids.get(signature)
            if known is not None:
                return known
            list_id = self.size
            for key, phrase in by_words.items():
                node = self.root
                for word in key:
                    node = node.child(word)
                node.terms = {**node.terms, list_id: phrase}
            children, plurals = self.root.children, self.root.plurals
            self._firsts = frozenset(children.keys() | plurals.keys())
            # A phrase alone as written or in the singular: a word can be both a phrase's own
            # word and the plural of another's first word ("thes" of "theses" and of "the").
            self._singles = frozenset(
                word for word in self._firsts
                if (word in children and children[word].terms)
                or (word in plurals and plurals[word].terms))
            self._alone = self._one_word_matches()
            self._starts = self._start_entries()
            self._ids[signature] = list_id
            self.size = list_id + 1  # last: a walk that reads this size finds every phrase added
            return list_id

    def _one_word_matches(self) -> dict[str, tuple[Match]]:
        """Per word that is a phrase alone (as written or in the plural): the one match a walk
        from it finds when no longer phrase goes on with the next word."""
        alone: dict[str, tuple[Match]] = {}
        for word in self._singles:
            exact, plural = self.root.children.get(word), self.root.plurals.get(word)
            exact_terms = exact.terms if exact is not None else NO_TERMS
            plural_terms = plural.terms if plural is not None else NO_TERMS
            if exact_terms or plural_terms:
                alone[word] = ((1, exact_terms, plural_terms),)
        return alone

    def _start_entries(self) -> dict[str, Start]:
        """Per word where a phrase can start: what the walk reads there (see Start)."""
        starts: dict[str, Start] = {}
        for word in self._firsts:
            one = self._alone.get(word)
            node, plural = self.root.children.get(word), self.root.plurals.get(word)
            # A longer phrase goes on from the word as written only (a plural reading is a
            # phrase's last word), with any child word, as written or as a plural.
            onward = (frozenset(node.children.keys() | node.plurals.keys())
                      if node is not None and (node.children or node.plurals) else None)
            # The one-word match's terms without the empty ones: ranking reads only terms.
            terms = tuple(t for t in one[0][1:] if t) if one is not None else ()
            starts[word] = (one, terms, onward, node, plural)
        return starts

    def walk(self, words: list[str]) -> Scan:
        """Every phrase occurrence in a text's words, and each list's first phrase.

        A phrase matches at word i with the words as written, its last word also in the singular
        (``singular`` of the text's word). The words that begin no phrase are passed over in
        one C-level pass; of the rest, only those that are a phrase alone or begin a longer one
        with the next word are walked (~55 of ~320 words of a 2 KB ticket).
        """
        covered, last = self.size, len(words)
        # One look-up per word, in C: None where no phrase starts.
        starts = list(map(self._starts.get, words))
        ranked: list[dict[int, str]] = []  # the terms found, the first found first
        spans: list[tuple[int, Sequence[Match]]] = []
        for i in compress(count(), starts):
            one, one_terms, onward, node, alternative = starts[i]  # type: ignore[misc]  # not None: compress
            if onward is None or i + 1 == last or words[i + 1] not in onward:
                # No longer phrase goes on from here (about half the words walked): the word's
                # one-word phrases, if it has any, are all there is.
                if one is not None:
                    spans.append((i, one))
                    ranked += one_terms
                continue
            found: list[Match] = []
            size = 1
            while True:
                exact = node.terms if node is not None else NO_TERMS
                as_singular = alternative.terms if alternative is not None else NO_TERMS
                if exact or as_singular:
                    found.append((size, exact, as_singular))
                j, parent = i + size, node
                if parent is None or not parent.children or j >= last:
                    break
                node, alternative = parent.children.get(words[j]), parent.plurals.get(words[j])
                if node is None and alternative is None:
                    break
                size += 1
            if found:
                found.reverse()  # the longest first, as each list takes the longest phrase at i
                spans.append((i, found))
                for _, exact, as_singular in found:
                    ranked += (exact, as_singular)
        return Scan(covered, _first_phrases(ranked), spans)


def _first_phrases(ranked: list[dict[int, str]]) -> dict[int, str]:
    """Each list's first phrase: the terms found, the first found first, applied last first
    so that the first found wins."""
    first: dict[int, str] = {}
    for terms in reversed(ranked):
        first.update(terms)
    return first


def narrowed(scan: Scan, start: int, end: int) -> Scan:
    """The walk of ``words[start:end]`` read from ``scan``, the walk of ``words``.

    A walk at a word finds the same phrases whatever follows the slice's end, except those
    running past it, so the slice's walk is the phrases inside it, shifted by ``start``; each
    list's first phrase is then ranked again over them, as ``Lexicon.walk`` ranks it.
    """
    ranked: list[dict[int, str]] = []
    spans: list[tuple[int, Sequence[Match]]] = []
    for i, matches in scan.spans:
        if i < start:
            continue
        if i >= end:
            break
        # Keep the phrases ending inside the slice (the longest come first). At its last word
        # the slice's own walk finds the one-word phrases only, as the walk's one-word table
        # holds them (a tuple); elsewhere as it collects them (a list).
        if i == end - 1:
            matches = tuple(match for match in matches if match[0] == 1)
        elif i + matches[0][0] > end:
            matches = [match for match in matches if i + match[0] <= end]
        if not matches:
            continue
        spans.append((i - start, matches))
        for _, exact, as_singular in matches:
            ranked += (exact, as_singular)
    return Scan(scan.covered, _first_phrases(ranked), spans)


LEXICON = Lexicon()
