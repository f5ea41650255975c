"""Gunicorn settings for a bound, not a version: the Procfile's, with featurisation made free.

``python -m bench.compare --free-features`` serves this checkout with it. Every worker
remembers each text's ``FastPath.featurise`` result (both models': the TF-IDF rows and the rule
features) and hands it back the next time the same text comes, so after the bench's 50 tickets
have been seen once, a suggestion costs everything but featurisation. What that ratio reads is
the most any faster featurisation (a compiled one included) could buy: issue 18's question.
Never served to anyone: answers are the same only because the texts are.
"""

from __future__ import annotations

from typing import Any

from backend.gunicorn_conf import *  # noqa: F403  (the Procfile's settings, hooks included)
from backend.gunicorn_conf import post_fork as _procfile_post_fork


def _remembering(featurise: Any) -> Any:
    """featurise with each (model, text, reuse or not) answered once and then remembered."""
    from backend.routing.fast_path import Features

    seen: dict[tuple[int, str, bool], Any] = {}

    def remembered(self: Any, text: str, view: Any = None, reuse: Any = None) -> Any:
        key = (id(self), text, reuse is not None)
        first = seen.get(key)
        if first is None:
            first = seen[key] = featurise(self, text, view, reuse)
        # A fresh ``taken``: the decision fills it per call, as it does for a new Features.
        return Features(first.text, first.sparse, first.dense, first.extras, first.by_reader)

    return remembered


def post_fork(server: Any, worker: Any) -> None:  # type: ignore[no-redef]  # the star's
    """The Procfile's hook, then featurisation remembered in this worker."""
    _procfile_post_fork(server, worker)
    from backend.routing.fast_path import FastPath

    FastPath.featurise = _remembering(FastPath.featurise)  # type: ignore[method-assign]
