"""The gunicorn master loads the live model once and forks; workers share it copy-on-write.

With ``preload_app`` the master builds the app, then ``before_fork`` loads the live model, the
correction memory's encoder and its first rows, the past cases of "Seen before" and the given
names the public defects' redaction reads, closes every pooled database connection (a socket
shared by two processes corrupts both sessions), hands the heap's free pages back to the kernel
and freezes the garbage collector's view of those objects (so a collection in a worker does not
write to, and so copy, the shared pages).
Each worker still polls the registry and swaps in only when the live version changes.
"""

from __future__ import annotations

import ctypes
import gc
import logging

from flask import Flask

log = logging.getLogger(__name__)


def before_fork(app: Flask) -> None:
    """Load what every worker serves, then leave no connection or GC work to inherit."""
    from backend.db import db

    with app.app_context():
        live = app.extensions["live_model"]
        try:
            router = live.router()
            memory = getattr(getattr(router, "blend", None), "memory", None)
            if memory is not None:
                memory.refresh(force=True)
            # "Seen before" too: built here, its index and its rows are shared by the workers
            # (each built its own: +33 MiB PSS a worker with 5,000 past cases stored).
            live.past_cases().refresh(force=True)
        except Exception as exc:  # noqa: BLE001 - no model yet, or none loadable: workers retry
            log.warning("model not preloaded (workers will load it): %s", exc)
        db.current().dispose()
    # The given names a public defect's redaction reads (~1 MiB, 0.4 s from Faker): read once
    # here, not by each worker on its first defect.
    from backend.escalation.given_names import given_names

    try:
        given_names()
    except Exception as exc:  # noqa: BLE001 - each worker reads them on its first defect instead
        log.warning("given names not preloaded: %s", exc)
    gc.collect()
    release_free_heap()
    gc.freeze()


def release_free_heap() -> None:
    """Return the C heap's free pages to the kernel (glibc's malloc_trim; elsewhere nothing).

    Building the memories from 100,000 stored rows leaves ~77 MB of freed heap that glibc keeps
    resident; forked, every worker would inherit it and count it in the web processes' PSS.
    """
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):  # not glibc (musl, macOS, Windows): no such call
        return
    trim.argtypes = [ctypes.c_size_t]
    trim(0)


def after_fork(app: Flask) -> None:
    """In a new worker: never reuse a pooled connection the master may have opened."""
    from backend.db import db

    with app.app_context():
        db.engine.dispose(close=False)
