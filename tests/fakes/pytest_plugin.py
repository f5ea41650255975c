"""pytest fixtures for the fakes; load with ``pytest_plugins = ["tests.fakes.pytest_plugin"]``.

Each fixture starts a fresh server on an ephemeral port and stops it after the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.github import GitHubFake
from tests.fakes.slack import SlackFake
from tests.fakes.zendesk import ZendeskFake


@pytest.fixture
def github_fake() -> Iterator[GitHubFake]:
    """A GitHub fake at ``.url`` seeded with DEFAULT_TOKEN, READONLY_TOKEN and DEFAULT_REPO."""
    with GitHubFake() as fake:
        fake.seed_defaults()
        yield fake


@pytest.fixture
def github_enterprise_fake() -> Iterator[GitHubFake]:
    """Like github_fake, but the API lives under /api/v3 (use ``.api_url``), as on GHE."""
    with GitHubFake(api_prefix="/api/v3") as fake:
        fake.seed_defaults()
        yield fake


@pytest.fixture
def zendesk_fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[ZendeskFake]:
    """A Zendesk fake with the DEFAULT_EMAIL/DEFAULT_TOKEN agent; zenpy is pointed at it."""
    with ZendeskFake() as fake:
        fake.seed_defaults()
        for name, value in fake.zenpy_env().items():
            monkeypatch.setenv(name, value)
        yield fake


@pytest.fixture
def slack_fake() -> Iterator[SlackFake]:
    """A Slack fake at ``.api_url`` with DEFAULT_TOKEN (chat:write); add channels per test."""
    with SlackFake() as fake:
        fake.seed_defaults()
        yield fake
