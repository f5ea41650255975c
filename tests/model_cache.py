"""The default model, trained once per test run and shared by every pytest process of that run.

Training the default model is the suite's most expensive fixture. scripts/run-tests runs its
passes side by side and points RFH_TEST_MODEL_CACHE at a fresh directory of its own: the first
process trains and writes the result there, the others wait on a file lock and read it. The
directory lives only as long as that one run, so the cache can never serve a model trained by an
older checkout. Without the variable (a plain `pytest`), each session trains its own, as before.
"""

from __future__ import annotations

import fcntl
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE_ENV = "RFH_TEST_MODEL_CACHE"


def shared_training(train: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """train()'s result, read from this run's cache when another process already trained it."""
    folder = os.environ.get(CACHE_ENV)
    if not folder:
        return train()
    cache = Path(folder)
    cache.mkdir(parents=True, exist_ok=True)
    stored = cache / "trained.pickle"
    with (cache / "trained.lock").open("a+") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)  # the others wait while one trains
        if stored.exists():
            # Written below by this same run of this same checkout: a trusted pickle.
            with stored.open("rb") as fh:
                return dict(pickle.load(fh))
        trained = train()
        partial = stored.with_suffix(".partial")
        with partial.open("wb") as fh:
            pickle.dump(trained, fh, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(stored)
        return trained
