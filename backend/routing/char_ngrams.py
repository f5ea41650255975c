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
from typing import Any

import numpy as np
import scipy.sparse as sp

from backend.routing.chunk_cache import BytesChunkCache

# Distinct words remembered per vectorizer and worker: a few hundred bytes each (a key of at most
# chunk_cache.MAX_CHUNK_CHARS and its columns as bytes), so at most ~15 MB.
WORD_CACHE = 2**15
# A vocabulary of at most 2**16 terms (the team model's holds at most 60,000) keeps its columns
# as uint16: half the bytes per cached word, and NumPy sorts 16-bit integers by radix sort
# (~9 us for a 2 KB ticket's ~2,800 columns against ~25 us as int32). Larger ones keep int32.
_NARROW, _WIDE = np.dtype(np.uint16), np.dtype(np.int32)
# Where a run of equal columns starts or ends at an edge: an array made once, not from a list
# at every call.
_EDGE = np.ones(1, dtype=bool)


def supports(vectorizer: Any) -> bool:
    """True for a fitted char_wb vectorizer reading text content (no custom analyzer)."""
    return (getattr(vectorizer, "analyzer", None) == "char_wb"
            and getattr(vectorizer, "input", "content") == "content"
            and hasattr(vectorizer, "vocabulary_"))


class CharWordCounts:
    """Per text: (vocabulary columns ascending, counts) of a char_wb vectorizer's n-grams."""

    def __init__(self, vectorizer: Any, vocabulary: dict[str, int]) -> None:
        self.preprocess: Callable[[str], str] = vectorizer.build_preprocessor()
        self.dtype = np.dtype(vectorizer.dtype)  # of the counts: the vectorizer's own
        self.column = _NARROW if len(vocabulary) <= 2**16 else _WIDE
        ngrams: Callable[[str], list[str]] = vectorizer._char_wb_ngrams  # noqa: SLF001
        lookup = vocabulary.get
        column = self.column

        def columns(word: str) -> bytes:
            # The word alone through the vectorizer's own n-gram code: the same n-grams it
            # makes for this word inside any text (whitespace never occurs inside a word).
            known = [c for c in map(lookup, ngrams(word)) if c is not None]
            return np.asarray(known, dtype=column).tobytes()

        self.columns = BytesChunkCache(columns, WORD_CACHE)

    def __call__(self, text: str, preprocessed: str | None = None,
                 chunks: list[str] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The text's known columns (ascending, unique) and how often each n-gram occurs, in
        the vectorizer's dtype (``preprocessed``: the text through the vectorizer's
        preprocessor, ``chunks``: that text split at whitespace, when already made)."""
        if chunks is None:
            chunks = (self.preprocess(text) if preprocessed is None else preprocessed).split()
        # Every word's columns, a repeated word's as often as it occurs: one sort counts them
        # all (counting the words first cost more than the sort saves).
        unique, counts = sorted_counts(np.frombuffer(self.columns.joined(chunks),
                                                     dtype=self.column), self.dtype)
        return unique.astype(np.int32, copy=False), counts


def sorted_counts(columns: np.ndarray, dtype: Any = np.float64) -> tuple[np.ndarray, np.ndarray]:
    """Distinct columns ascending and how often each occurs (as ``dtype``), by one sort."""
    # Sorted and counted in runs: np.unique's inverse took an argsort, twice the time of a sort
    # (~100 -> ~70 us for a 2 KB ticket's ~2,800 columns). Whole counts, so the same floats.
    # The arrays' own methods and slices, not np.sort / np.flatnonzero / np.diff: the same
    # operations without those functions' Python wrappers (a suggestion makes two such counts).
    ordered = columns.copy()
    # Radix sort for 8- and 16-bit integers; the default elsewhere (faster there). Equal
    # integers are indistinguishable, so the sorted values are the same either way.
    ordered.sort(kind="stable" if ordered.dtype.itemsize <= 2 else "quicksort")
    if not len(ordered):
        return ordered, np.zeros(0, dtype=dtype)
    edges = np.concatenate((_EDGE, ordered[1:] != ordered[:-1], _EDGE)).nonzero()[0]
    # Counts in the caller's dtype at once, one NumPy call fewer per row: a whole number to
    # float32 is the float64 count (exact below 2**53) converted, the same value either way.
    return ordered.take(edges[:-1]), (edges[1:] - edges[:-1]).astype(dtype)


def _totals(columns: np.ndarray, sizes: np.ndarray, words: Counter[str]
            ) -> tuple[np.ndarray, np.ndarray]:
    """Distinct columns ascending and their counts: each word's columns (``sizes[k]`` of them,
    in order in ``columns``) counted as often as the word occurs (``words``, in the same order)."""
    times = np.fromiter(words.values(), dtype=np.int64, count=len(words))
    if len(times) and times.max() > 1:  # a repeated word's columns, once per occurrence
        columns = np.repeat(columns, np.repeat(times, sizes))
    return sorted_counts(columns)


def count_vocab(vectorizer: Any, documents: Any, fixed_vocab: bool) -> tuple[dict[str, int], Any]:
    """CountVectorizer._count_vocab for a char_wb vectorizer, a distinct word at a time.

    The same vocabulary (terms numbered in order of first appearance: a word's n-grams are all
    numbered where the word first appears, which is where its first n-gram first appears) and
    the same count matrix as scikit-learn's loop over every n-gram of every text, which took
    ~1 ms per 2 KB ticket: 10 s of a 10,000-example retrain. Per text, each distinct word's
    columns (cached for the call) are counted times the word occurs.
    """
    from sklearn.utils._sparse import _align_api_if_sparse  # as CountVectorizer returns it

    vocabulary: dict[str, int] = vectorizer.vocabulary_ if fixed_vocab else {}
    preprocess: Callable[[str], str] = vectorizer.build_preprocessor()
    ngrams: Callable[[str], list[str]] = vectorizer._char_wb_ngrams  # noqa: SLF001
    white = vectorizer._white_spaces  # noqa: SLF001
    cache: dict[str, np.ndarray] = {}
    lookup = vocabulary.get

    def columns(word: str) -> np.ndarray:
        if fixed_vocab:
            known = [c for c in map(lookup, ngrams(word)) if c is not None]
        else:
            known = [vocabulary.setdefault(g, len(vocabulary)) for g in ngrams(word)]
        cache[word] = found = np.asarray(known, dtype=np.int64)
        return found

    indices: list[np.ndarray] = []
    values: list[np.ndarray] = []
    indptr = [0]
    for doc in documents:
        words = Counter(white.sub(" ", preprocess(vectorizer.decode(doc))).split())
        parts = [cache[w] if w in cache else columns(w) for w in words]
        if parts:
            sizes = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
            unique, counts = _totals(np.concatenate(parts), sizes, words)
            indices.append(unique)
            values.append(counts.astype(np.intc))
        indptr.append(indptr[-1] + (len(indices[-1]) if parts else 0))
    if not fixed_vocab and not vocabulary:
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    index_type = np.int64 if indptr[-1] > np.iinfo(np.int32).max else np.int32
    matrix = sp.csr_array(
        (np.concatenate(values) if values else np.zeros(0, dtype=np.intc),
         np.concatenate(indices).astype(index_type) if indices else np.zeros(0, index_type),
         np.asarray(indptr, dtype=index_type)),
        shape=(len(indptr) - 1, len(vocabulary)), dtype=vectorizer.dtype)
    matrix.sort_indices()
    return vocabulary, _align_api_if_sparse(matrix)
