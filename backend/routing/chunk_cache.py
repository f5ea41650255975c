"""Per-word results remembered per worker, bounded in entries and in the size of each entry.

The vectorizers' single-text readers count a text a whitespace-separated chunk at a time, and
the same chunks recur from ticket to ticket. Only short chunks are remembered: a ticket's head
may be one 6,000-character run without a space, and 32,768 of those (with their n-gram
columns) would be gigabytes. The look-up of a whole ticket's chunks is one ``map`` of
``dict.get`` in C (faster than functools.lru_cache's wrapper); only the chunks not remembered
are computed in Python, and the oldest entry goes first when the cache is full.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar, cast

V = TypeVar("V")

# Longer chunks (URLs, hashes, pasted log lines) are computed every time: they rarely recur.
MAX_CHUNK_CHARS = 40


class ChunkCache(Generic[V]):
    """``compute(chunk)`` for many chunks at once, remembering up to ``size`` short ones."""

    def __init__(self, compute: Callable[[str], V], size: int,
                 max_chars: int = MAX_CHUNK_CHARS) -> None:
        self.compute = compute
        self.size = size
        self.max_chars = max_chars
        self.misses = 0
        # Oldest first. A dict would evict by next(iter()), which walks past the slots its
        # earlier deletions left: 1 -> 26 us a miss after four texts of unknown words, a full
        # cache. OrderedDict drops its oldest in O(1) and looks up as fast (dict's own get).
        self._store: OrderedDict[str, V] = OrderedDict()
        self._lock = threading.Lock()  # a thread filling while another evicts

    def __len__(self) -> int:
        return len(self._store)

    def map(self, chunks: list[str]) -> list[V]:
        """``compute`` of every chunk, in order (``compute`` never returns None)."""
        found: list[V | None] = list(map(self._store.get, chunks))
        return self._completed(chunks, found) if None in found else cast("list[V]", found)

    def _completed(self, chunks: list[str], found: list[V | None]) -> list[V]:
        """found (the store's answer per chunk) with every chunk not remembered computed."""
        get = self._store.get
        for k, value in enumerate(found):
            if value is None:
                # A chunk met earlier in this text is remembered by now.
                known = get(chunks[k])
                found[k] = known if known is not None else self._fill(chunks[k])
        return cast("list[V]", found)

    def _fill(self, chunk: str) -> V:
        value = self.compute(chunk)
        self.misses += 1
        if len(chunk) <= self.max_chars:
            with self._lock:
                if chunk in self._store:  # another thread was first
                    return value
                if len(self._store) >= self.size:
                    self._store.popitem(last=False)  # the oldest
                self._store[chunk] = value
        return value


class BytesChunkCache(ChunkCache[bytes]):
    """A ChunkCache of bytes, read joined: the per-text readers concatenate every chunk's bytes."""

    def joined(self, chunks: list[str]) -> bytes:
        """``b"".join(self.map(chunks))``. The join itself finds a chunk not remembered (it
        refuses None), so a text whose chunks are all remembered is not scanned for one first
        (``None in`` a list of bytes compares each element: ~4 us for 320 chunks)."""
        found: list[bytes | None] = list(map(self._store.get, chunks))
        try:
            return b"".join(found)  # type: ignore[arg-type]  # None raises TypeError
        except TypeError:
            return b"".join(self._completed(chunks, found))
