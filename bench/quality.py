"""Routing quality on every evaluation set: rules only, model only, and the blend."""

from __future__ import annotations

from typing import Any

from backend.routing.variant_comparison import compare_variants
from backend.settings import DEFAULT_MODEL_DIR


def routing_quality() -> dict[str, Any]:
    """Per evaluation set: each variant's team scores and each priority reading's scores."""
    result = compare_variants(DEFAULT_MODEL_DIR)
    keys = ("n", "top1", "top3", "macro_f1", "ece")
    return {
        name: {
            "variants": {v: {k: s[k] for k in keys} for v, s in scored["variants"].items()},
            "priority": scored["priority"],
        }
        for name, scored in result["sets"].items()
    }
