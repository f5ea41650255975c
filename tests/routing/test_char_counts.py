"""The char_wb counting a distinct word at a time gives scikit-learn's own matrix and vocabulary."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from backend.routing.char_ngrams import CharWordCounts
from backend.routing.pipeline import _char_tfidf, _word_tfidf
from tests.routing.test_fast_path import ODD_TEXTS, corpus_texts

# Odd whitespace too: runs of it, tabs, non-breaking and em spaces, a leading and trailing one.
SPACES = ["a  b\t\tc\n", " lead trail ", "x\u00a0y\u2003z", "ab ab ab ba", "A a À à"]


def assert_identical(fast: sp.spmatrix, slow: sp.spmatrix) -> None:
    assert type(fast) is type(slow) and fast.dtype == slow.dtype and fast.shape == slow.shape
    for part in ("indptr", "indices", "data"):
        assert np.array_equal(getattr(fast, part), getattr(slow, part)), part


@pytest.mark.parametrize("max_features", [200, 60_000])
def test_char_counts_match_scikit_learn(max_features: int) -> None:
    texts = corpus_texts()[:400] + ODD_TEXTS + SPACES
    fast = _char_tfidf((3, 5), max_features)
    slow = TfidfVectorizer(**fast.get_params())  # the stock class: every n-gram one by one
    assert_identical(fast.fit_transform(texts), slow.fit_transform(texts))
    assert fast.vocabulary_ == slow.vocabulary_  # also the terms kept at max_features' ties
    assert np.array_equal(fast.idf_, slow.idf_)
    unseen = corpus_texts("heldout")[:100] + ODD_TEXTS + SPACES
    assert_identical(fast.transform(unseen), slow.transform(unseen))


def test_empty_vocabulary_fails_as_scikit_learn_does() -> None:
    with pytest.raises(ValueError, match="empty vocabulary"):
        _char_tfidf((3, 5), 100).fit_transform(["", "  "])


def test_word_vectorizer_keeps_scikit_learns_counting() -> None:
    texts = corpus_texts()[:200]
    fast = _word_tfidf()
    assert_identical(fast.fit_transform(texts),
                     TfidfVectorizer(**fast.get_params()).fit_transform(texts))


def test_a_vocabulary_past_two_to_the_sixteen_keeps_wide_columns() -> None:
    # Up to 2**16 terms the cached columns are uint16 (radix-sorted); past that int32. Both
    # give the same columns and counts, int32 to the row.
    texts = corpus_texts()[:300]
    vectorizer = _char_tfidf((3, 5), 60_000).fit(texts)
    narrow = CharWordCounts(vectorizer, vectorizer.vocabulary_)
    wide_vocabulary = {**vectorizer.vocabulary_}
    for n in range(2**16 + 10 - len(wide_vocabulary)):
        wide_vocabulary[f"\x00never{n}"] = len(wide_vocabulary)  # terms no text makes
    wide = CharWordCounts(vectorizer, wide_vocabulary)
    assert narrow.column == np.uint16 and wide.column == np.int32
    for text in texts[::7] + corpus_texts("heldout")[:40] + ODD_TEXTS + SPACES:
        (a, x), (b, y) = narrow(text), wide(text)
        assert a.dtype == b.dtype == np.int32 and x.dtype == y.dtype == np.float32
        assert np.array_equal(a, b) and np.array_equal(x, y), text[:60]
        assert np.array_equal(a, np.unique(a))  # ascending, each column once
