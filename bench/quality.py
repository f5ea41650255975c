"""Routing quality on the held-out split: rules only, model only, and the blend."""

from __future__ import annotations

from typing import Any

from backend.routing.variant_comparison import compare_variants
from backend.settings import DEFAULT_MODEL_DIR


def routing_quality() -> dict[str, Any]:
    """Top-1, top-3 and macro-F1 of each variant (fitted on train, scored on held-out)."""
    result = compare_variants(DEFAULT_MODEL_DIR)
    return {
        "data": result["data"],
        "variants": {name: {k: s[k] for k in ("n", "top1", "top3", "macro_f1")}
                     for name, s in result["variants"].items()},
    }
