"""`rfh evaluate`: rules-only vs model-only vs blend, team and priority, on every evaluation set.

Each variant is fitted once on the training split and scored on the held-out split and on each
blind set in data/blind/ (or on one --data file). Priority has the same three readings: the
handbook's rules alone, the priority model alone, and the model with the SLA's floors (what the
sidebar shows).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from sklearn.pipeline import Pipeline

from backend.routing.calibration_metrics import ece_for_labels
from backend.routing.corpus import Example, load_split, read_jsonl, to_examples
from backend.routing.evaluation import priority_scores, score_pipeline
from backend.routing.evaluation_report import render_tables
from backend.routing.handbook import Handbook, load_handbook
from backend.routing.labels import labelled_rows
from backend.routing.pipeline import Variant
from backend.routing.priority import suggest_priority
from backend.routing.priority_model import priority_proba, train_priority_model
from backend.routing.training import fit_blend, routing_file

VARIANTS: tuple[Variant, ...] = ("rules", "model", "blend")


def evaluation_sets(model_dir: Path, handbook: Handbook,
                    data_file: Path | None = None) -> dict[str, list[Example]]:
    """The sets to score: the held-out split and every blind set, or the one file named (its
    teams and priorities may be written as people write them: names, labels, keys)."""
    if data_file is not None:
        return {data_file.stem: to_examples(
            labelled_rows(read_jsonl(data_file), handbook, str(data_file)))}
    data = model_dir / "data"
    sets = {"held-out": to_examples(load_split(data, "heldout"))}
    for path in sorted((data / "blind").glob("*.jsonl")):
        sets[path.stem] = to_examples(labelled_rows(read_jsonl(path), handbook, str(path)))
    return {name: rows for name, rows in sets.items() if rows}


def compare_variants(model_dir: Path, data_file: Path | None = None) -> dict[str, Any]:
    """Fit each variant on the training split; score team and priority on every set."""
    handbook = load_handbook(routing_file(model_dir))
    sets = evaluation_sets(model_dir, handbook, data_file)  # first: a bad row fails at once
    train = to_examples(load_split(model_dir / "data", "train"))
    fitted = {v: fit_blend(handbook, train, variant=v) for v in VARIANTS}
    priority = train_priority_model(handbook, train, fitted["blend"])
    result: dict[str, Any] = {"sets": {}}
    for name, examples in sets.items():
        texts, teams = [e.text for e in examples], [e.team for e in examples]
        result["sets"][name] = {
            "n": len(examples),
            "variants": {v: _scores(fitted[v], texts, teams) for v in VARIANTS},
            "priority": _priority(handbook, priority, examples),
        }
    return result


def _scores(pipeline: Pipeline, texts: list[str], teams: list[str]) -> dict[str, Any]:
    """score_pipeline()'s scores plus the expected calibration error of the shown confidence."""
    scores = score_pipeline(pipeline, texts, teams)
    proba = pipeline.predict_proba(texts)
    scores["ece"] = ece_for_labels([str(c) for c in pipeline.classes_], teams, proba)
    return scores


def _priority(
    handbook: Handbook, model: Pipeline | None, examples: Sequence[Example]
) -> dict[str, Any]:
    """Priority by the rules alone, the model alone, and the model with the SLA floors."""
    truth = [e.priority for e in examples]
    rules = [suggest_priority(handbook, e.text).label for e in examples]
    out = {"rules": priority_scores(truth, rules)}
    if model is None:
        return out
    proba = model.predict_proba([e.text for e in examples])
    classes = [str(c) for c in model.classes_]
    alone = [classes[i] for i in proba.argmax(axis=1)]
    out["model"] = priority_scores(truth, alone, proba, classes)
    shown = [
        suggest_priority(handbook, e.text, model_proba=priority_proba(model, e.text)).label
        for e in examples
    ]
    out["blend"] = priority_scores(truth, shown, proba, classes)
    return out


def write_confusion_png(result: dict[str, Any], path: Path) -> None:
    """Draw the blend's confusion matrix on the last set scored (the newest blind set)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    name, scored = list(result["sets"].items())[-1]
    scores = scored["variants"]["blend"]
    labels, matrix = scores["labels"], scores["confusion"]
    fig, ax = plt.subplots(figsize=(8, 7))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    for i, row in enumerate(matrix):
        for j, value in enumerate(row):
            if value:
                ax.text(j, i, str(value), ha="center", va="center", fontsize=8)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.set_title(f"Blend on {name}: macro-F1 {scores['macro_f1']:.3f}")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def evaluate_variants(
    model_dir: Path,
    *,
    data_file: Path | None,
    png: Path | None,
    as_json: bool,
    echo: Callable[[str], None] = print,
) -> dict[str, Any]:
    """The `rfh evaluate` command's work, on the model directory the caller names."""
    result = compare_variants(model_dir, data_file)
    if as_json:
        echo(json.dumps(result, indent=2))
    else:
        render_tables(result, Console())
    if png is not None:
        write_confusion_png(result, png)
        echo(f"wrote {png}")
    return result
