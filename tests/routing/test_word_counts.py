"""Word (1, 2)-grams counted through cached chunks and pairs of token ids equal scikit-learn's."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from backend.routing import word_ngrams
from backend.routing.pipeline import _word_tfidf
from backend.routing.word_ngrams import WordPairCounts
from tests.routing.test_char_counts import SPACES
from tests.routing.test_fast_path import ODD_TEXTS, corpus_texts

# Where a chunk's edge could change a token: letters outside ASCII next to ASCII ones (\b reads
# them as word characters), dots, dashes and '+#' at a word's ends, non-breaking and em spaces.
EDGES = ["éa b", "aé b", "naïve café's k8s.io", "foo- -bar c++ c# .net a.b. _x_ x_",
         "repo-updater\u00a0zoekt\u2003gitserver", "Ünïcode—dash a\tb\nc", "a", "a b",
         "x " * 40, "error: error: error:"]


def expected_counts(vectorizer: TfidfVectorizer, text: str) -> list[tuple[int, int]]:
    analyze = vectorizer.build_analyzer()
    return sorted((vectorizer.vocabulary_[t], n) for t, n in Counter(analyze(text)).items()
                  if t in vectorizer.vocabulary_)


@pytest.mark.parametrize("pattern", sorted(word_ngrams.CHUNK_LOCAL_PATTERNS))
def test_chunked_counts_equal_the_analyzers(pattern: str) -> None:
    texts = corpus_texts("train")[:300]
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, token_pattern=pattern)
    vectorizer.fit(texts + EDGES)
    assert word_ngrams.supports(vectorizer)
    counts = WordPairCounts(vectorizer, vectorizer.vocabulary_)
    unseen = corpus_texts("heldout")[:100]
    # The second pass over the texts reads the chunk cache.
    for text in [*texts[::5], *unseen, *ODD_TEXTS, *SPACES, *EDGES, *texts[::5]]:
        preprocessed = vectorizer.build_preprocessor()(text)
        columns, got = counts(preprocessed.split())
        expected = expected_counts(vectorizer, text)
        assert columns.tolist() == [c for c, _ in expected], text[:80]
        assert got.tolist() == [float(n) for _, n in expected], text[:80]
    # The second pass computed nothing again: every chunk it met was remembered or too long.
    assert 0 < len(counts.chunk_ids) <= counts.chunk_ids.size


def test_the_team_models_word_vectorizer_is_counted_by_chunks() -> None:
    texts = corpus_texts("train")[:200]
    vectorizer = _word_tfidf().fit(texts)
    assert word_ngrams.supports(vectorizer)
    counts = WordPairCounts(vectorizer, vectorizer.vocabulary_)
    for text in texts[::4] + EDGES:
        columns, got = counts(text.lower().split())
        # Columns as the row keeps them, counts in the vectorizer's dtype (float32): the same
        # whole numbers, with no conversion left for the row.
        assert columns.dtype == np.int32 and got.dtype == vectorizer.dtype == np.float32
        assert list(zip(columns.tolist(), got.tolist(), strict=True)) == [
            (c, float(n)) for c, n in expected_counts(vectorizer, text)]


@pytest.mark.parametrize("params", [
    {"token_pattern": r"(?u)\b\w+(?:\s\w+)?\b"},  # a token may hold whitespace
    {"ngram_range": (1, 3)},
    {"analyzer": "char"},
    {"stop_words": "english"},
    {"tokenizer": str.split, "token_pattern": None},
])
def test_other_word_vectorizers_keep_scikit_learns_analyzer(params: dict) -> None:
    vectorizer = TfidfVectorizer(**{"ngram_range": (1, 2), **params}).fit(corpus_texts()[:50])
    assert not word_ngrams.supports(vectorizer)


_ALPHABET = st.sampled_from(list("abcxyzAZ019_.+#-é東 \t\n\u00a0\u2003\x1c\x85"))


@pytest.mark.parametrize("pattern", sorted(word_ngrams.CHUNK_LOCAL_PATTERNS))
@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(_ALPHABET, max_size=40), min_size=1, max_size=6))
def test_chunked_counts_equal_the_analyzers_on_any_text(pattern: str, texts: list[str]) -> None:
    # A vocabulary of short words and pairs over the same alphabet, so most texts hit some.
    corpus = ["a b c", "ab a.b a-b", "x y z x", "c++ c# a_b", "é a b", "z 東 a", *texts]
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), token_pattern=pattern, lowercase=True)
    try:
        vectorizer.fit(corpus)
    except ValueError:  # no token at all
        return
    counts = WordPairCounts(vectorizer, vectorizer.vocabulary_)
    for text in texts:
        columns, got = counts(vectorizer.build_preprocessor()(text).split())
        expected = expected_counts(vectorizer, text)
        assert list(zip(columns.tolist(), got.tolist(), strict=True)) == [
            (c, float(n)) for c, n in expected]


def test_a_vocabulary_given_by_hand_with_terms_the_analyzer_never_makes() -> None:
    # Three words, a doubled space, an empty term: never made, so never counted (as in
    # scikit-learn), instead of failing when the reader is built.
    vocabulary = {"a b c": 0, "ab": 1, "ab  cd": 2, "": 3, "ab cd": 4}
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), vocabulary=vocabulary).fit(["ab cd"])
    counts = WordPairCounts(vectorizer, vectorizer.vocabulary_)
    columns, got = counts("ab cd a b c".split())
    assert list(zip(columns.tolist(), got.tolist(), strict=True)) == [
        (c, float(n)) for c, n in expected_counts(vectorizer, "ab cd a b c")]
    assert columns.tolist() == [1, 4]


def test_a_vocabulary_too_large_for_int32_keys_counts_the_same() -> None:
    # Keys are int32 while (tokens + 1) ** 2 fits, int64 past that: the same counts either way.
    texts = corpus_texts("train")[:200]
    vectorizer = _word_tfidf().fit(texts)
    narrow = WordPairCounts(vectorizer, vectorizer.vocabulary_)
    wide_vocabulary = {**vectorizer.vocabulary_}
    for n in range(50_000):
        wide_vocabulary[f"zzq{n}x"] = len(wide_vocabulary)  # tokens no text holds
    wide = WordPairCounts(vectorizer, wide_vocabulary)
    assert narrow._key == np.int32 and wide._key == np.int64
    for text in texts[::3] + corpus_texts("heldout")[:40] + ODD_TEXTS + EDGES:
        chunks = text.lower().split()
        (a, x), (b, y) = narrow(chunks), wide(chunks)
        assert a.tolist() == b.tolist() and x.tolist() == y.tolist(), text[:60]
        assert list(zip(a.tolist(), x.tolist(), strict=True)) == [
            (c, float(n)) for c, n in expected_counts(vectorizer, text)]
