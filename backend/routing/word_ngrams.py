"""A fitted word (1, 2)-gram vectorizer's counts for one text, through token ids and a cache.

scikit-learn's word analyzer runs the token pattern over the whole text (~85 us for a 2 KB
ticket: the pattern backtracks at every word), joins each pair of adjacent tokens into a new
string and counts the strings. Here the text is cut at whitespace first: with a token pattern
whose tokens never hold whitespace, and whose ``\\b`` reads a whitespace neighbour as it reads
the text's edge, a text's tokens are its whitespace-separated chunks' tokens in order. The
chunks recur from ticket to ticket, so each chunk's tokens are found once per worker (as their
ids in the vocabulary's tokens), and a pair is looked up as two ids in a sorted array instead
of as a joined string. The counts equal ``Counter(analyzer(text))`` restricted to the
vocabulary (tests/routing/test_word_counts.py).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from typing import Any

import numpy as np

from backend.routing.char_ngrams import sorted_counts
from backend.routing.chunk_cache import BytesChunkCache

# The token pattern of the team model's words (routing/pipeline.py): a word starts with a
# letter and may hold "_.+#-" inside ("repo-updater", "c++", "k8s.io"), or is one letter.
WORD_TOKEN_PATTERN = r"(?u)\b[a-zA-Z][a-zA-Z0-9_.+#-]*[a-zA-Z0-9+#]\b|\b[a-zA-Z]\b"
# Patterns known to find the same tokens in a text as in its whitespace-separated chunks: no
# part of them matches whitespace, and they look at no character outside the match except
# through \b (scikit-learn's default is one of them).
CHUNK_LOCAL_PATTERNS = frozenset({WORD_TOKEN_PATTERN, r"(?u)\b\w\w+\b"})

# Distinct short chunks remembered per vectorizer and worker (a few ids as bytes each).
CHUNK_CACHE = 2**15
_NO_COLUMN = -1


def supports(vectorizer: Any) -> bool:
    """True for a fitted word (1, 2)-gram vectorizer this module counts exactly."""
    return (getattr(vectorizer, "analyzer", None) == "word"
            and getattr(vectorizer, "input", "content") == "content"
            and tuple(getattr(vectorizer, "ngram_range", ())) == (1, 2)
            and getattr(vectorizer, "tokenizer", None) is None
            and getattr(vectorizer, "token_pattern", None) in CHUNK_LOCAL_PATTERNS
            and vectorizer.get_stop_words() is None
            and hasattr(vectorizer, "vocabulary_"))


class WordPairCounts:
    """Per preprocessed text: (vocabulary columns ascending, counts) of its words and pairs."""

    def __init__(self, vectorizer: Any, vocabulary: dict[str, int]) -> None:
        # Every token the vocabulary knows, alone or in a pair, gets an id; a pair of ids is
        # one integer key (below), so the pairs are found by np.searchsorted.
        # Only the terms the analyzer can make: a token, or two joined by one space (a
        # vocabulary given by hand may hold others, which never match, as in scikit-learn).
        terms = [(term, column, term.split(" ")) for term, column in vocabulary.items()]
        terms = [t for t in terms if len(t[2]) <= 2 and all(t[2])]
        ids: dict[str, int] = {}
        for _, _, tokens in terms:
            for token in tokens:
                ids.setdefault(token, len(ids))
        size = max(len(ids), 1)
        # A token the vocabulary does not know gets the id ``size``, one past the known ones,
        # and a pair is the key ``first * (size + 1) + second``: ids of 0..size are digits in
        # base size + 1, so a pair with an unknown token has a key no vocabulary pair has, and
        # nothing is masked per text.
        self._unknown = size
        self._base = size + 1
        # Keys (at most base**2 - 1) and ids as int32 when they fit, as in the team model's
        # vocabulary (~4,000 tokens): half the bytes for each binary search to read, and
        # those reads miss the CPU caches inside a loaded worker (~35 us a request as int64).
        narrow = self._base * self._base < 2**31
        self._key = np.dtype(np.int32 if narrow else np.int64)
        typecode = "i" if narrow else "q"
        if array(typecode).itemsize != self._key.itemsize:  # a platform with another C int
            self._key, typecode = np.dtype(np.int64), "q"
        self.dtype = np.dtype(vectorizer.dtype)  # of the counts: the vectorizer's own
        # Column of each token id as a single word (-1: none), the unknown id's included.
        # Columns are int32, as the row gives them: no conversion per text.
        self._single = np.full(size + 1, _NO_COLUMN, dtype=np.int32)
        pair_keys, pair_columns = [], []
        for _, column, tokens in terms:
            if len(tokens) == 2:
                pair_keys.append(ids[tokens[0]] * self._base + ids[tokens[1]])
                pair_columns.append(column)
            else:
                self._single[ids[tokens[0]]] = column
        # A last key above every pair's: a search never runs past the end, and it matches no
        # pair (its column is never read).
        pair_keys.append(2**31 - 1 if self._key == np.int32 else 2**63 - 1)  # the dtype's max
        pair_columns.append(_NO_COLUMN)
        order = np.argsort(np.asarray(pair_keys, dtype=self._key), kind="stable")
        self._pair_keys = np.asarray(pair_keys, dtype=self._key)[order]
        self._pair_columns = np.asarray(pair_columns, dtype=np.int32)[order]
        tokenize: Callable[[str], list[str]] = vectorizer.build_tokenizer()
        lookup, unknown = ids.get, self._unknown

        def chunk_ids(chunk: str) -> bytes:
            # As the keys' integers in bytes: a text's ids are then one join and one
            # frombuffer, not an iteration over Python ints.
            known = [lookup(token, unknown) for token in tokenize(chunk)]
            return array(typecode, known).tobytes()

        self.chunk_ids = BytesChunkCache(chunk_ids, CHUNK_CACHE)

    def __call__(self, chunks: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The known columns (ascending, unique, int32) and counts (in the vectorizer's dtype)
        of a preprocessed text split at whitespace."""
        ids = np.frombuffer(self.chunk_ids.joined(chunks), dtype=self._key)
        # take: the same values as indexing, sooner (~1 us less per gather of this size)
        singles = self._single.take(ids)
        columns = [singles[singles >= 0]]
        if len(ids) > 1:
            keys = ids[:-1] * self._base + ids[1:]
            at = self._pair_keys.searchsorted(keys)
            found = self._pair_keys.take(at) == keys
            columns.append(self._pair_columns.take(at[found]))
        return sorted_counts(np.concatenate(columns), self.dtype)
