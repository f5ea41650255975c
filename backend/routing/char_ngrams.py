"""A fitted char_wb vectorizer's n-gram counts for one text, a word at a time, through a cache.

``analyzer="char_wb"`` makes n-grams inside each whitespace-separated word only (padded with a
space), so a text's counts are the sum of its words' counts: the same words recur from ticket
to ticket, and their known vocabulary columns are looked up once per worker, not once per
n-gram per ticket (a 2 KB ticket has ~6,000 n-grams but ~200 distinct words; ~0.85 -> ~0.15 ms).
A word seen for the first time costs what it cost before. The n-grams of a word are the
vectorizer's own (its preprocessor, then its ``_char_wb_ngrams`` on the word), so the counts
equal ``Counter(analyzer(text))`` restricted to the vocabulary; tests/routing/test_fast_path.py
compares the probabilities with the Pipeline's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy as np

# Distinct words remembered per vectorizer and worker: a few hundred bytes each (the key and its
# columns as bytes), so at most ~8 MB; the least recently used go first.
WORD_CACHE = 2**15
_COLUMN = np.dtype(np.int32)


def supports(vectorizer: Any) -> bool:
    """True for a fitted char_wb vectorizer reading text content (no custom analyzer)."""
    return (getattr(vectorizer, "analyzer", None) == "char_wb"
            and getattr(vectorizer, "input", "content") == "content"
            and hasattr(vectorizer, "vocabulary_"))


class CharWordCounts:
    """Per text: (vocabulary columns ascending, counts) of a char_wb vectorizer's n-grams."""

    def __init__(self, vectorizer: Any, vocabulary: dict[str, int]) -> None:
        self.preprocess: Callable[[str], str] = vectorizer.build_preprocessor()
        ngrams: Callable[[str], list[str]] = vectorizer._char_wb_ngrams  # noqa: SLF001
        lookup = vocabulary.get

        def columns(word: str) -> bytes:
            # The word alone through the vectorizer's own n-gram code: the same n-grams it
            # makes for this word inside any text (whitespace never occurs inside a word).
            known = [c for c in map(lookup, ngrams(word)) if c is not None]
            return np.asarray(known, dtype=_COLUMN).tobytes()

        self.columns = lru_cache(maxsize=WORD_CACHE)(columns)

    def __call__(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The text's known columns (ascending, unique) and how often each n-gram occurs."""
        words = Counter(self.preprocess(text).split())
        parts = list(map(self.columns, words))
        if not parts:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float64)
        sizes = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)) // _COLUMN.itemsize
        times = np.fromiter(words.values(), dtype=np.float64, count=len(words))
        columns = np.frombuffer(b"".join(parts), dtype=_COLUMN)
        unique, where = np.unique(columns, return_inverse=True)
        counts = np.bincount(where, weights=np.repeat(times, sizes), minlength=len(unique))
        return unique.astype(np.int32, copy=False), counts
