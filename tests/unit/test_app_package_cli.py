"""`rfh app package` needs the service's URL: without it the zip could reach no backend."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from backend.zendesk_package import app_group, read_zip


def test_without_backend_url_it_refuses_and_writes_nothing(tmp_path: Path) -> None:
    """The committed manifest whitelists a placeholder host: packaging it as-is is refused."""
    output = tmp_path / "app.zip"
    result = CliRunner().invoke(app_group, ["package", "--output", str(output)],
                                env={"RFH_BACKEND_URL": None})

    assert result.exit_code == 2, result.output
    assert "--backend-url is required" in result.output
    assert "RFH_BACKEND_URL" in result.output
    assert not output.exists()


def test_an_empty_backend_url_is_refused_too(tmp_path: Path) -> None:
    """An empty RFH_BACKEND_URL (a blank line in an env file) is no URL either."""
    output = tmp_path / "app.zip"
    result = CliRunner().invoke(app_group, ["package", "--output", str(output)],
                                env={"RFH_BACKEND_URL": ""})

    assert result.exit_code == 2, result.output
    assert "--backend-url is required" in result.output
    assert not output.exists()


def test_the_url_may_come_from_rfh_backend_url(tmp_path: Path) -> None:
    """The environment variable the option names works in place of the flag."""
    output = tmp_path / "app.zip"
    result = CliRunner().invoke(app_group, ["package", "--output", str(output)],
                                env={"RFH_BACKEND_URL": "https://copilot.acme.example"})

    assert result.exit_code == 0, result.output
    manifest = json.loads(read_zip(output)["manifest.json"])
    assert manifest["domainWhitelist"] == ["copilot.acme.example"]
