"""Gunicorn settings for ``bench.insitu``: the Procfile's, with timed pieces in every worker.

Each worker wraps the functions named in RFH_INSITU_PIECES ("module:Qualified.name", comma
separated), the Flask app's WSGI call and the garbage collector's passes, adds up their wall
and CPU time (the thread's), and
writes the totals to
RFH_INSITU_DIR/<pid>.json when it exits.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import time
from collections import Counter
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

from backend.gunicorn_conf import *  # noqa: F403  (the Procfile's settings, hooks included)
from backend.gunicorn_conf import post_fork as _procfile_post_fork

_TOTALS: Counter[str] = Counter()
_CPU: Counter[str] = Counter()
_CALLS: Counter[str] = Counter()


def _count(label: str, started: int, cpu_started: int) -> None:
    """One call of a piece: its wall and thread CPU nanoseconds since the two readings."""
    _TOTALS[label] += time.perf_counter_ns() - started
    _CPU[label] += time.thread_time_ns() - cpu_started
    _CALLS[label] += 1


def _timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    clock, cpu_clock = time.perf_counter_ns, time.thread_time_ns

    @wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        started, cpu_started = clock(), cpu_clock()
        try:
            return function(*args, **kwargs)
        finally:
            _count(label, started, cpu_started)

    return timed


def _wrap(target: str) -> None:
    """Replace module:Qualified.name by a timed wrapper (where it is looked up)."""
    module_name, _, qualified = target.partition(":")
    owner: Any = importlib.import_module(module_name)
    *path, name = qualified.split(".")
    for part in path:
        owner = getattr(owner, part)
    setattr(owner, name, _timed(target, getattr(owner, name)))


def _gc_timer() -> Callable[[str, dict[str, Any]], None]:
    """A gc callback adding each collection's wall and CPU time to the "gc" piece, and the
    full (generation 2) ones to "gc (full)" as well."""
    started = [0, 0]

    def timer(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started[:] = time.perf_counter_ns(), time.thread_time_ns()
            return
        for label in ["gc"] + (["gc (full)"] if info.get("generation") == 2 else []):
            _count(label, *started)

    return timer


def post_fork(server: Any, worker: Any) -> None:  # type: ignore[no-redef]  # the star's
    """The Procfile's post_fork, then the timers."""
    _procfile_post_fork(server, worker)
    gc.callbacks.append(_gc_timer())
    targets = [t.strip() for t in os.environ.get("RFH_INSITU_PIECES", "").split(",") if t.strip()]
    time_app(server.app.wsgi(), targets)


def time_app(app: Any, targets: list[str]) -> None:
    """Time the named functions, the app's views among them, and the app's WSGI call (the
    workers here, and ``bench.insitu --in-process`` in its own process)."""
    for target in targets:
        _wrap(target)
    # Flask keeps the view functions it registered: those named are timed where it calls them.
    for endpoint, view in list(app.view_functions.items()):
        name = f"{view.__module__}:{view.__qualname__}"
        if name in targets:
            app.view_functions[endpoint] = _timed(name, view)
    # Requests of the bare endpoint (bench.insitu --healthz) are counted apart: the table's
    # figures per request are the suggestions'.
    suggestions, bare = _timed("wsgi_app", app.wsgi_app), _timed("wsgi_app /healthz", app.wsgi_app)

    def wsgi_app(environ: dict[str, Any], start_response: Any) -> Any:
        timed = bare if environ.get("PATH_INFO") == "/healthz" else suggestions
        return timed(environ, start_response)

    app.wsgi_app = wsgi_app


def worker_exit(server: Any, worker: Any) -> None:
    """Write this worker's totals (nanoseconds and calls per piece)."""
    out = Path(os.environ["RFH_INSITU_DIR"]) / f"{os.getpid()}.json"
    out.write_text(json.dumps({"ns": _TOTALS, "cpu_ns": _CPU, "calls": _CALLS}))
