"""Drift check: the handbook copy inside the project is still the support handbook's page.

The only test that needs more than the clone: the shared handbook sits beside the clone on the
team's machines (``../shared/handbook/``) and is absent from a fresh clone, where it skips.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from backend.settings import DEFAULT_MODEL_DIR

HANDBOOK_COPY = DEFAULT_MODEL_DIR / "handbook" / "engaging-other-teams.md"
SHARED_PAGE = (
    Path(__file__).resolve().parents[3] / "shared" / "handbook" / "engaging-other-teams.md"
)


def test_handbook_copy_equals_the_shared_page():
    """Drift check: the copy routing.yaml was written from is still the handbook's page."""
    if not SHARED_PAGE.exists():
        pytest.skip(f"{SHARED_PAGE} is absent (a fresh clone has no shared handbook), so the "
                    "copy in model/handbook/ cannot be compared with it: to run this drift check, "
                    "put the support handbook's shared/handbook/ beside the clone's directory")
    assert HANDBOOK_COPY.read_text() == SHARED_PAGE.read_text(), (
        "the support handbook changed: copy ../shared/handbook/engaging-other-teams.md over "
        "model/handbook/engaging-other-teams.md and update model/routing.yaml to match"
    )
