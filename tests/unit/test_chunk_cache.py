"""The per-worker chunk cache: same answers, bounded in entries and in what one entry may hold."""

from __future__ import annotations

from backend.routing.char_ngrams import CharWordCounts
from backend.routing.chunk_cache import MAX_CHUNK_CHARS, ChunkCache


def test_answers_are_computes_in_order_and_short_chunks_are_computed_once() -> None:
    calls: list[str] = []

    def compute(chunk: str) -> tuple[int, ...]:
        calls.append(chunk)
        return (len(chunk),)

    cache = ChunkCache(compute, size=100)
    chunks = ["error:", "the", "error:", "x" * 500, "the", "x" * 500]
    assert cache.map(chunks) == [(6,), (3,), (6,), (500,), (3,), (500,)]
    assert cache.map(chunks) == [(6,), (3,), (6,), (500,), (3,), (500,)]
    # The short chunks once each; the long one every time it came, never kept.
    assert calls.count("error:") == 1 and calls.count("the") == 1
    assert calls.count("x" * 500) == 4
    assert len(cache) == 2


def test_the_cache_keeps_at_most_size_entries_the_oldest_going_first() -> None:
    cache = ChunkCache(lambda chunk: chunk.upper(), size=3)
    cache.map(["a", "b", "c", "d"])
    assert len(cache) == 3
    misses = cache.misses
    cache.map(["b", "c", "d"])  # still there
    assert cache.misses == misses
    cache.map(["a"])  # was the oldest, evicted
    assert cache.misses == misses + 1


def test_unique_long_runs_do_not_grow_a_vectorizers_cache() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).fit(
        ["code search is slow", "the indexer is stuck"])
    counts = CharWordCounts(vectorizer, vectorizer.vocabulary_)
    for k in range(200):  # 200 tickets, each one long run of its own
        counts(f"{k:05d}" + "a" * 6000)
    assert len(counts.columns) == 0
    assert MAX_CHUNK_CHARS < 6000


def test_joined_is_the_join_of_map_remembered_or_not() -> None:
    from backend.routing.chunk_cache import BytesChunkCache

    calls: list[str] = []

    def compute(chunk: str) -> bytes:
        calls.append(chunk)
        return chunk.encode()[::-1]

    cache = BytesChunkCache(compute, size=3)
    # New chunks (one twice), all remembered, one too long to keep and one evicting the
    # oldest, none, and one remembered: what each text computed, and its bytes.
    for chunks, computed in [(["ab", "cd", "ab"], ["ab", "cd"]), (["ab", "cd", "ab"], []),
                             (["x" * 60, "ef", "gh", "ab"], ["x" * 60, "ef", "gh"]),
                             ([], []), (["cd"], []), (["ab", "cd"], ["ab"])]:
        calls.clear()
        assert cache.joined(chunks) == b"".join(c.encode()[::-1] for c in chunks)
        assert calls == computed, chunks
    assert len(cache) == 3
