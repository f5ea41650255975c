"""Fixtures of the robustness tests (the gunicorn launcher lives in services.py for reuse)."""

from tests.robustness.services import shared_app, start_service  # noqa: F401 - fixtures
