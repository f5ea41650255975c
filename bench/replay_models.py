"""Model directories the replay can start from other than the project's own (bench/replay.py)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from backend.routing.corpus import load_split, read_jsonl
from backend.settings import DEFAULT_MODEL_DIR

LATER_ROUNDS = re.compile(r"-tr[23]-")  # the corpus's second and third writing rounds
# The corpus's first two writing rounds live in one file per team; every later round (in real
# tickets' forms) and the issue cases have files of their own (model/data/README.md).
LATER_FILES = ("round*.jsonl", "helper-*.jsonl")


def _write_split(target: Path, split: str, rows: list[dict[str, Any]]) -> None:
    (target / "data" / split).mkdir(parents=True)
    (target / "data" / split / "all.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def tuning_model_dir(target: Path) -> list[dict[str, Any]]:
    """A model directory for choosing the learning's settings without the blind sets.

    Its corpus is the first writing round of the training split (minus a fifth of each team,
    which stands in for the held-out split the gate's guard reads); the later rounds' training
    tickets, written by other writers to cover what the first round did not, are returned as
    the set to replay. Everything here is training data: cross-validation, not evaluation.
    """
    from bench.replay import halves  # (here: bench.replay imports this module)

    shutil.copytree(DEFAULT_MODEL_DIR, target, ignore=shutil.ignore_patterns("data"))
    rows = load_split(DEFAULT_MODEL_DIR / "data", "train")
    later = [r for r in rows if LATER_ROUNDS.search(str(r["id"]))]
    first = [r for r in rows if not LATER_ROUNDS.search(str(r["id"]))]
    kept, guard = halves(first, seed=0, share=0.8)
    _write_split(target, "train", kept)
    _write_split(target, "heldout", guard)
    return later


def early_model_dir(target: Path) -> int:
    """A model directory whose training split is the corpus's first two rounds only.

    The held-out split is the project's. Returns the number of training tickets.
    """
    shutil.copytree(DEFAULT_MODEL_DIR, target, ignore=shutil.ignore_patterns("data"))
    train = DEFAULT_MODEL_DIR / "data" / "train"
    later = {p for pattern in LATER_FILES for p in train.glob(pattern)}
    rows = [row for path in sorted(train.glob("*.jsonl")) if path not in later
            for row in read_jsonl(path)]
    _write_split(target, "train", rows)
    _write_split(target, "heldout", load_split(DEFAULT_MODEL_DIR / "data", "heldout"))
    return len(rows)
