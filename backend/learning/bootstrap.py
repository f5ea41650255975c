"""The default model: train it from model/, prove it survives a save/reload, make it live.

The one place a default model is trained for serving: the release phase (`rfh train
--if-missing`) and the worker (when it finds no live model) both call train_default_model.
Web workers never train; without a live model they answer 503 model_unavailable.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from flask import current_app

from backend.db import db
from backend.learning import registry
from backend.learning.locks import blocking
from backend.routing.training import train_default

Echo = Callable[[str], None]
LOCK_NAME = "model-bootstrap"


def train_default_model(
    *, if_missing: bool = False, output: Path | None = None, echo: Echo = print,
    model_dir: Path | None = None, lock_dir: Path | None = None,
) -> int | None:
    """Train the default model and make it live; returns the new version (None if skipped).

    With if_missing, one process trains while any other waits for it and then finds the model.
    """
    settings = current_app.config["SETTINGS"]
    model_dir = model_dir or settings.model_dir
    assert db.engine is not None, "database not bound"
    with blocking(db.engine, LOCK_NAME, lock_dir or Path(current_app.instance_path)):
        with db.transaction() as session:
            live = registry.live_version_id(session)
        if if_missing and live is not None:
            echo(f"live model version {live} exists; nothing to do")
            return None
        trained = train_default(model_dir, progress=echo)
        heldout = trained.scores.get("heldout")
        if heldout:
            echo(f"held-out: top-1 {heldout['top1']:.3f}  top-3 {heldout['top3']:.3f}  "
                 f"macro-F1 {heldout['macro_f1']:.3f}  (n={heldout['n']})")
        artifact = registry.dump_model(trained.pipeline, trained.priority)
        # The artifact that will serve is the reloaded one: prove it loads and answers first.
        registry.smoke_test(*registry.load_models(artifact))
        with db.transaction() as session:
            row = registry.register(session, trained, "live", artifact=artifact,
                                    note="default model (rfh train)")
            version = row.id
    if output is not None:
        output.write_bytes(artifact)
        echo(f"wrote {output}")
    echo(f"model version {version} is live")
    return version
