"""Tickets as the memories' vectors: TF-IDF over hashed words and word pairs, cut to their
heaviest terms, IDF from the written corpus (stateless, so every worker encodes alike).

Both memories ("Seen before" and the corrections) encode every routed ticket, which made a
suggestion ~50% dearer in instructions once the past cases held anything. One ticket is now
encoded on NumPy arrays, without HashingVectorizer's and scipy's per-call checks and
intermediate matrices, with each whitespace chunk's words remembered: ~375 -> ~160 us for a
2 KB ticket whose chunks are all remembered, about half the time on new ones. It is the batch
encoding's vector, bit for bit: the same terms, hashes and float32 operations in the same
order (tested on the corpus and on generated text).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from itertools import chain, pairwise

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction._hashing_fast import transform as hashing_transform
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer

from backend.routing.char_ngrams import sorted_counts
from backend.routing.chunk_cache import ChunkCache
from backend.routing.word_ngrams import CHUNK_CACHE, CHUNK_LOCAL_PATTERNS

TERMS_KEPT = 32  # per ticket: its heaviest TF-IDF terms (see TextEncoder.encode)
_FIRST = np.zeros(1, dtype=np.intp)  # one row's start, for np.add.reduceat as scipy sums it
# scipy counts a term by adding float32 ones, which stop growing at 2**24: from there on only
# the batch encoding gives its count (a term that often needs a body of ~50 MB). The row asks
# only whether the text has that many terms at all: a length, not a pass over its counts.
_EXACT_COUNTS = 2.0**24


class TextEncoder:
    """TF-IDF vectors over hashed words and word pairs, with the written corpus's IDF."""

    def __init__(self, corpus_texts: list[str]) -> None:
        self.hasher = HashingVectorizer(n_features=2**20, ngram_range=(1, 2),
                                        stop_words="english", alternate_sign=False, norm=None,
                                        dtype=np.float32)
        idf = TfidfTransformer(sublinear_tf=True).fit(self.hasher.transform(corpus_texts))
        self.idf_ = idf.idf_.astype(np.float32)
        if (self.hasher.token_pattern not in CHUNK_LOCAL_PATTERNS or self.hasher.tokenizer
                or self.hasher.preprocessor or self.hasher.strip_accents):
            raise ValueError("terms() reads the hasher's words a whitespace chunk at a time")
        self._preprocess: Callable[[str], str] = self.hasher.build_preprocessor()
        tokenize: Callable[[str], list[str]] = self.hasher.build_tokenizer()
        stop_words = self.hasher.get_stop_words() or frozenset()

        def kept_words(chunk: str) -> tuple[str, ...]:
            return tuple(word for word in tokenize(chunk) if word not in stop_words)

        # The analyzer's words a whitespace chunk at a time, remembered: the token pattern finds
        # the same words in a chunk as in the whole text (whitespace is never a word character).
        self._chunk_words = ChunkCache(kept_words, CHUNK_CACHE)
        # The class encode() returns (scikit-learn may be set to answer sparse arrays).
        self._matrix_type = type(self.encode(["a"]))
        self._last = threading.local()  # this thread's last single text and its vector

    def encode_one(self, text: str) -> sp.csr_matrix:
        """One text's row, as encode([text]); the same text twice in a row on a thread is
        encoded once (the corrections' memory and "Seen before" look up the same ticket).

        The matrix is shared with the next caller for the same text: read it, never write it.
        """
        last = getattr(self._last, "value", None)
        if last is not None and last[0] == text:
            return last[1]
        indices, data = self.row(text)
        width = self.hasher.n_features
        row = self._matrix_type((data, indices, np.asarray([0, len(indices)], dtype=np.int32)),
                                shape=(1, width))
        self._last.value = (text, row)
        return row

    def row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(columns ascending as int32, float32 values) of encode([text])'s one row."""
        terms = self.terms(text)
        # No count can pass the number of terms: only a text of 2**24 terms can need the batch.
        if len(terms) >= _EXACT_COUNTS:
            batch = self.encode([text])
            return batch.indices.astype(np.int32, copy=False), batch.data
        # The hasher's own C loop, as HashingVectorizer.transform runs it (every value 1).
        hashed, _, _ = hashing_transform([[(term, 1) for term in terms]],
                                         self.hasher.n_features, np.float32, False, seed=0)
        # Whole counts as float32, as scipy's sum of the duplicate 1.0s leaves them.
        indices, counts = sorted_counts(hashed, np.float32)
        data = (np.log(counts) + 1.0) * self.idf_[indices]
        if len(data) > TERMS_KEPT:  # the same partition of the same array as encode()
            data[np.argpartition(data, len(data) - TERMS_KEPT)[: len(data) - TERMS_KEPT]] = 0
            kept = data != 0
            indices, data = indices[kept], data[kept]
        if not len(data):
            return indices.astype(np.int32, copy=False), data
        squares = np.add.reduceat(data * data, _FIRST)  # scipy's row sum: one reduceat
        scale = np.divide(1.0, np.sqrt(squares), out=np.zeros_like(squares),
                          where=squares > 0)
        data *= scale[0]
        return indices.astype(np.int32, copy=False), data

    def terms(self, text: str) -> list[str]:
        """The hasher's analyzer's terms for text (its words, then its word pairs), with each
        whitespace chunk's words from a cache."""
        words = list(chain.from_iterable(self._chunk_words.map(self._preprocess(text).split())))
        return words + [f"{first} {second}" for first, second in pairwise(words)]

    def encode(self, texts: list[str]) -> sp.csr_matrix:
        """L2-normalised TF-IDF rows, each cut to its TERMS_KEPT heaviest terms.

        A ticket's heaviest terms are its rare, telling ones: two near-duplicates share them,
        and a lookup then walks only the short index lists of rare terms, never the 100,000-long
        list of a word every ticket uses (measured: 150 ms a lookup with whole vectors, under load).
        """
        # TfidfTransformer's own arithmetic (sublinear tf, times idf), done in place: its input
        # checks cost more than the sums for a single ticket on every request.
        matrix = self.hasher.transform(texts).tocsr()
        matrix.data = (np.log(matrix.data) + 1.0) * self.idf_[matrix.indices]
        for n in range(matrix.shape[0]):
            start, end = matrix.indptr[n], matrix.indptr[n + 1]
            if end - start > TERMS_KEPT:
                row = matrix.data[start:end]
                row[np.argpartition(row, end - start - TERMS_KEPT)[: end - start - TERMS_KEPT]] = 0
        matrix.eliminate_zeros()
        squares = matrix.multiply(matrix).sum(axis=1).A1
        scale = np.divide(1.0, np.sqrt(squares), out=np.zeros_like(squares), where=squares > 0)
        matrix.data *= np.repeat(scale, np.diff(matrix.indptr))
        return matrix.astype(np.float32)
