"""The most A's corrections could lift B: a retrain with A weighing far more, and B's nearest A.

The replay's retrain weighs a fresh correction as FEEDBACK_WEIGHT corpus tickets. Whether the
goal's lift is out of reach for the weight or for the data is told by fitting the same recipe
(the corpus minus what A supersedes, plus A, the corpus's team balance) with A at a much larger
weight and asking the same router on B: if even that moves no ticket of B the right way, A's
tickets do not carry what B's mistakes need, and no setting of the retrain will find it. The
memory's counterpart: for each ticket of B the model gets wrong, is the A ticket closest to it
(the memory's own TF-IDF cosine) of B's right team, and how close? Measured on the same splits
as the replay; never used to choose a setting.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from backend.settings import DEFAULT_MODEL_DIR

CEILING_WEIGHTS = (10.0, 30.0)


def retrain_ceiling(a: list[dict[str, Any]], b: list[dict[str, Any]],
                    model_dir: Path = DEFAULT_MODEL_DIR,
                    weights: tuple[float, ...] = CEILING_WEIGHTS) -> dict[str, float]:
    """Top-1 on B of the retrain recipe fitted with A at each weight (as the sidebar ranks)."""
    from backend.learning.trainer import corpus_class_weight, with_feedback
    from backend.routing.classify import ticket_from_line
    from backend.routing.corpus import Example, row_to_text
    from backend.routing.handbook import load_handbook
    from backend.routing.router import Router
    from backend.routing.training import fit_blend, load_corpus, routing_file

    handbook = load_handbook(routing_file(model_dir))
    corpus = load_corpus(model_dir)
    balance = corpus_class_weight(corpus.train)
    tickets = [ticket_from_line(json.dumps(row)) for row in b]
    result: dict[str, float] = {}
    for weight in weights:
        chosen = [Example(row_to_text(row), str(row["team"]), None, weight, "correction")
                  for row in a]
        examples, _superseded = with_feedback(corpus.train, chosen)
        router = Router(handbook, fit_blend(handbook, examples, class_weight=balance), None)
        right = sum(router.suggest(t).team["key"] == row["team"]
                    for t, row in zip(tickets, b, strict=True))
        result[f"{weight:g}"] = right / len(b)
    return result


def nearest_a(a: list[dict[str, Any]], b: list[dict[str, Any]], answers: list[str],
              model_dir: Path = DEFAULT_MODEL_DIR) -> dict[str, Any]:
    """For B's mistakes (answers differing from the row's team): the closest A ticket's team."""
    from backend.learning.text_encoder import TextEncoder
    from backend.routing.corpus import row_to_text
    from backend.routing.training import load_corpus

    mistakes = [row for row, answer in zip(b, answers, strict=True) if answer != row["team"]]
    if not mistakes or not a:
        return {"mistakes": len(mistakes), "nearest_right": 0, "closest": 0.0}
    encoder = TextEncoder([e.text for e in load_corpus(model_dir).train])
    sims = (encoder.encode([row_to_text(r) for r in mistakes])
            @ encoder.encode([row_to_text(r) for r in a]).T).toarray()
    best = sims.argmax(axis=1)
    right = sum(a[j]["team"] == row["team"] for j, row in zip(best, mistakes, strict=True))
    return {"mistakes": len(mistakes), "nearest_right": int(right),
            "closest": float(sims.max())}
