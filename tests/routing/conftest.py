"""Routing fixtures: the handbook, fitted keyword rules, and a router over the default model."""

from __future__ import annotations

import pytest

from backend.routing.handbook import Handbook, handbook_as_params, load_handbook
from backend.routing.router import Router
from backend.routing.rules import KeywordRules
from backend.settings import DEFAULT_MODEL_DIR


@pytest.fixture(scope="session")
def handbook() -> Handbook:
    """The project's routing.yaml."""
    return load_handbook(DEFAULT_MODEL_DIR / "routing.yaml")


@pytest.fixture(scope="session")
def rules(handbook: Handbook) -> KeywordRules:
    """Keyword rules fitted on the handbook alone."""
    return KeywordRules(routing=handbook_as_params(handbook)).fit(["any text"])


@pytest.fixture(scope="session")
def router(handbook: Handbook, trained_artifact) -> Router:
    """A router over the default blended model."""
    return Router(
        handbook,
        trained_artifact["pipeline"],
        version=1,
        threshold=0.5,
        priority_model=trained_artifact["priority"],
    )
