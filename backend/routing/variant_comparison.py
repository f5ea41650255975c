"""`rfh evaluate`: rules-only vs model-only vs blend, as tables, JSON and a confusion-matrix PNG."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from sklearn.pipeline import Pipeline

from backend.routing.calibration_metrics import ece_for_labels
from backend.routing.corpus import load_split, read_jsonl, to_examples
from backend.routing.evaluation import score_pipeline
from backend.routing.handbook import load_handbook
from backend.routing.pipeline import Variant
from backend.routing.training import fit_blend, routing_file

VARIANTS: tuple[Variant, ...] = ("rules", "model", "blend")


def compare_variants(model_dir: Path, data_file: Path | None = None) -> dict[str, Any]:
    """Fit each variant on the training split and score it on held-out (or a given file)."""
    handbook = load_handbook(routing_file(model_dir))
    train = to_examples(load_split(model_dir / "data", "train"))
    rows = read_jsonl(data_file) if data_file else load_split(model_dir / "data", "heldout")
    test = to_examples(rows)
    texts, teams = [e.text for e in test], [e.team for e in test]
    return {
        "data": str(data_file) if data_file else "heldout",
        "variants": {v: _scores(fit_blend(handbook, train, variant=v), texts, teams)
                     for v in VARIANTS},
    }


def _scores(pipeline: Pipeline, texts: list[str], teams: list[str]) -> dict[str, Any]:
    """score_pipeline()'s scores plus the expected calibration error of the shown confidence."""
    scores = score_pipeline(pipeline, texts, teams)
    proba = pipeline.predict_proba(texts)
    scores["ece"] = ece_for_labels([str(c) for c in pipeline.classes_], teams, proba)
    return scores


def write_confusion_png(result: dict[str, Any], path: Path) -> None:
    """Draw the blend's confusion matrix."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scores = result["variants"]["blend"]
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
    ax.set_title(f"Blend on {result['data']}: macro-F1 {scores['macro_f1']:.3f}")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def render_tables(result: dict[str, Any], console: Console) -> None:
    """Print the summary and per-team tables."""
    summary = Table(title=f"Routing quality on {result['data']}")
    for column in ("variant", "n", "top-1", "top-3", "macro-F1", "ECE"):
        summary.add_column(column)
    for name, s in result["variants"].items():
        summary.add_row(
            name,
            str(s["n"]),
            f"{s['top1']:.3f}",
            f"{s['top3']:.3f}",
            f"{s['macro_f1']:.3f}",
            f"{s['ece']:.3f}",
        )
    console.print(summary)
    per_team = Table(title="Per team (precision / recall / F1)")
    per_team.add_column("team")
    for name in result["variants"]:
        per_team.add_column(name)
    per_team.add_column("support")
    labels = result["variants"]["blend"]["labels"]
    for label in labels:
        cells = []
        for s in result["variants"].values():
            t = s["per_team"][label]
            cells.append(f"{t['precision']:.2f} / {t['recall']:.2f} / {t['f1']:.2f}")
        per_team.add_row(
            label, *cells, str(result["variants"]["blend"]["per_team"][label]["support"])
        )
    console.print(per_team)
    blend = result["variants"]["blend"]
    matrix = Table(title="Blend confusion matrix (rows: true, columns: predicted)")
    matrix.add_column("")
    for label in labels:
        matrix.add_column(label[:6])
    for label, row in zip(labels, blend["confusion"], strict=True):
        matrix.add_row(label, *[str(v) if v else "." for v in row])
    console.print(matrix)


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
