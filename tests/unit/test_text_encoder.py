"""One ticket's memory vector (encode_one, every suggestion) is its batch encoding, bit for bit."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backend.learning import text_encoder
from backend.learning.text_encoder import TERMS_KEPT, TextEncoder
from backend.routing.corpus import load_split, to_examples
from backend.settings import DEFAULT_MODEL_DIR

ODD_TEXTS = [
    "", " ", "a", "the and of it", "\x00\x01", "ÄÖÜ straße 東京 😀 naïve café", "x" * 5000,
    "error 500 error 500 error 500", "a-a-" * 2000, "1234567890 " * 30,
    # More distinct terms than TERMS_KEPT, every one once: equal weights, ties in the cut.
    " ".join(f"word{n:03d}" for n in range(3 * TERMS_KEPT)),
]


def _texts(split: str) -> list[str]:
    return [e.text for e in to_examples(load_split(DEFAULT_MODEL_DIR / "data", split))]


@pytest.fixture(scope="module")
def encoder() -> TextEncoder:
    return TextEncoder(_texts("train"))


def assert_same_row(encoder: TextEncoder, text: str) -> None:
    batch = encoder.encode([text])
    one = encoder.encode_one(text)
    assert type(one) is type(batch) and one.shape == batch.shape == (1, 2**20)
    assert one.indices.dtype == batch.indices.dtype and one.data.dtype == batch.data.dtype
    assert np.array_equal(one.indices, batch.indices)
    assert one.data.tobytes() == batch.data.tobytes()  # the same float32 bits
    assert np.array_equal(one.indptr, batch.indptr) and one.indptr.dtype == batch.indptr.dtype


def test_every_corpus_ticket_encodes_alone_as_in_a_batch(encoder):
    texts = _texts("train") + _texts("heldout") + _texts("blind") + ODD_TEXTS
    assert len(texts) > 3000
    cut = 0
    for text in texts:
        encoder._last.value = None  # no reuse of the previous text's row
        assert_same_row(encoder, text)
        cut += len(encoder.encode([text]).indices) == TERMS_KEPT
    assert cut > 500  # most tickets have more terms than are kept: the cut is exercised


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("abc xyz 42 _-.\n"),
               max_size=600))
def test_any_text_encodes_alone_as_in_a_batch(encoder, text):
    encoder._last.value = None
    assert_same_row(encoder, text)


def test_a_row_is_l2_normalised_and_empty_without_terms(encoder):
    row = encoder.encode_one("Batch changes fail to publish changesets to GitHub Enterprise")
    assert 0 < row.nnz <= TERMS_KEPT
    assert float(np.sqrt((row.data.astype(np.float64) ** 2).sum())) == pytest.approx(1.0, 1e-6)
    assert encoder.encode_one("the and of it").nnz == 0


def test_the_same_text_twice_on_a_thread_is_encoded_once(encoder):
    first = encoder.encode_one("Cody chat is slow today")
    assert encoder.encode_one("Cody chat is slow today") is first
    assert encoder.encode_one("Cody chat is slow since Monday") is not first
    other: list[object] = []
    thread = threading.Thread(target=lambda: other.append(
        encoder.encode_one("Cody chat is slow since Monday")))
    thread.start()
    thread.join()
    assert other[0] is not encoder.encode_one("Cody chat is slow since Monday")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("ab İ_- \t\n\x1c\u2028"),
               max_size=300))
def test_the_terms_are_the_analyzers(encoder, text):
    # Words a chunk at a time (cached) and their pairs: the analyzer's terms, in its order.
    assert encoder.terms(text) == encoder.hasher.build_analyzer()(text)
    assert encoder.terms(text) == encoder.hasher.build_analyzer()(text)  # from the cache


def test_a_full_chunk_cache_evicting_changes_no_row():
    encoder = TextEncoder(_texts("train")[:200])
    encoder._chunk_words.size = 16  # full after a line or two: most chunks evict another
    texts = _texts("heldout")[:60] + ODD_TEXTS
    for text in texts + texts:  # the second time, some chunks remembered and some evicted
        encoder._last.value = None
        assert_same_row(encoder, text)
    assert len(encoder._chunk_words) == 16


def test_counts_past_float32s_whole_numbers_take_the_batch_encoding(encoder, monkeypatch):
    # scipy's float32 sums stop at 2**24 (a ~50 MB body): there the batch encoding answers.
    # Lowered here so an ordinary text takes that path.
    monkeypatch.setattr(text_encoder, "_EXACT_COUNTS", 2.0)
    calls: list[list[str]] = []
    batch = encoder.encode
    monkeypatch.setattr(encoder, "encode", lambda texts: calls.append(texts) or batch(texts))
    text = "helm helm helm chart upgrade"
    encoder._last.value = None
    indices, data = encoder.row(text)
    assert calls == [[text]]
    expected = batch([text])
    assert np.array_equal(indices, expected.indices) and data.tobytes() == expected.data.tobytes()
