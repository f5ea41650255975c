"""Zendesk's manifest rules, offline: the app as committed, the built zip, and each rule biting."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from backend.zendesk_package import (
    APP_DIR,
    app_group,
    manifest_problems,
    read_app,
    read_zip,
    ui_keys,
)

MARKUP_SINK = re.compile(r"\.(innerHTML|outerHTML)\s*\+?=|insertAdjacentHTML|document\.write")


@pytest.fixture
def files() -> dict[str, bytes]:
    """The app as committed in zendesk_app/."""
    return read_app(APP_DIR)


def manifest_of(files: dict[str, bytes]) -> dict[str, Any]:
    """The decoded manifest."""
    return dict(json.loads(files["manifest.json"]))


def with_manifest(files: dict[str, bytes],
                  change: Callable[[dict[str, Any]], None]) -> dict[str, bytes]:
    """A copy of the app whose manifest was changed by `change`."""
    manifest = manifest_of(files)
    change(manifest)
    return {**files, "manifest.json": json.dumps(manifest).encode()}


def test_committed_app_passes_every_rule(files: dict[str, bytes]) -> None:
    """frameworkVersion, author, locale, locations, parameters, whitelist, logos, strings."""
    assert manifest_problems(files) == []
    manifest = manifest_of(files)
    assert manifest["frameworkVersion"] == "2.0"
    assert manifest["location"]["support"]["ticket_sidebar"]["url"] == "assets/iframe.html"
    assert manifest["location"]["support"]["nav_bar"]["url"] == "assets/dashboard.html"
    secret = next(p for p in manifest["parameters"] if p["name"] == "shared_secret")
    assert secret["secure"] is True and secret["scopes"] and "default" not in secret


def test_every_string_the_sidebar_shows_is_translated(files: dict[str, bytes]) -> None:
    """The keys the scripts look up are found, and the scan does find the sidebar's keys."""
    keys = ui_keys(files)
    assert {"sidebar.escalate", "sidebar.preview_banner", "sidebar.copy_slack"} <= keys
    table = json.loads(files["translations/en.json"])
    for key in keys:
        node: Any = table
        for part in key.split("."):
            node = node[part]
        assert isinstance(node, str) and node, key


def test_no_secret_in_page_script(files: dict[str, bytes]) -> None:
    """Backend calls go through client.request with the proxy's placeholders, never fetch."""
    api = files["assets/api.js"].decode()
    assert "secure: true" in api
    assert "'{{setting.shared_secret}}'" in api and "'Bearer {{jwt.token}}'" in api
    sidebar_js = [n for n in files if n.startswith("assets/") and n.endswith(".js")
                  and not n.startswith("assets/dashboard") and not n.endswith(".min.js")]
    for name in sidebar_js:
        text = files[name].decode()
        assert not MARKUP_SINK.search(text), name
        if name != "assets/i18n.js":  # the one fetch: the app's own static translations
            assert "fetch(" not in text, name



BROKEN: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("framework", lambda m: m.update(frameworkVersion="1.0"), "frameworkVersion"),
    ("author email", lambda m: m["author"].update(email="nobody"), "author.email"),
    ("author name", lambda m: m["author"].pop("name"), "author.name"),
    ("locale", lambda m: m.update(defaultLocale="fr"), "defaultLocale"),
    ("http location", lambda m: m["location"]["support"]["ticket_sidebar"].update(
        url="http://example.com/app.html"), "under assets/ or https://"),
    ("missing asset", lambda m: m["location"]["support"]["ticket_sidebar"].update(
        url="assets/nope.html"), "missing assets/nope.html"),
    ("not flexible", lambda m: m["location"]["support"]["ticket_sidebar"].pop("flexible"),
     "flexible"),
    ("no sidebar", lambda m: m["location"]["support"].pop("ticket_sidebar"), "ticket_sidebar"),
    ("insecure secret", lambda m: m["parameters"][1].update(secure=False), "secure: true"),
    ("secret default", lambda m: m["parameters"][1].update(default="x"), "default"),
    ("no scopes", lambda m: m["parameters"][1].pop("scopes"), "scopes"),
    ("another secret", lambda m: m["parameters"].append(
        {"name": "github_token", "type": "text"}), "looks like a secret"),
    ("two hosts", lambda m: m.update(domainWhitelist=["a.example.com", "b.example.com"]),
     "exactly"),
    ("scheme in host", lambda m: m.update(domainWhitelist=["https://a.example.com"]),
     "bare host"),
    ("wildcard host", lambda m: m.update(domainWhitelist=["*.example.com"]), "bare host"),
]


@pytest.mark.parametrize("name,change,expected", BROKEN, ids=[b[0] for b in BROKEN])
def test_each_rule_catches_its_mistake(files: dict[str, bytes], name: str,
                                       change: Callable[[dict[str, Any]], None],
                                       expected: str) -> None:
    """A manifest broken in one way is refused, naming the rule."""
    problems = manifest_problems(with_manifest(files, change))
    assert any(expected in p for p in problems), problems


def test_missing_translation_and_logo_are_refused(files: dict[str, bytes]) -> None:
    """No en.json, a UI string without its translation, or a wrong-size logo is refused."""
    without = {k: v for k, v in files.items() if k != "translations/en.json"}
    assert any("translations/en.json" in p for p in manifest_problems(without))
    table = json.loads(files["translations/en.json"])
    del table["sidebar"]["escalate"]
    del table["app"]["name"]
    problems = manifest_problems({**files, "translations/en.json": json.dumps(table).encode()})
    assert any("sidebar.escalate" in p for p in problems)
    assert any("app.name" in p for p in problems)
    swapped = {**files, "assets/logo.png": files["assets/logo-small.png"]}
    assert any("assets/logo.png" in p for p in manifest_problems(swapped))


def test_rfh_app_package_builds_a_valid_zip(tmp_path: Path) -> None:
    """The command's zip passes the same rules, whitelists the backend, and ships the strings."""
    output = tmp_path / "app.zip"
    result = CliRunner().invoke(app_group, ["package", "--output", str(output),
                                            "--backend-url", "https://copilot.acme.example"])
    assert result.exit_code == 0, result.output
    assert zipfile.is_zipfile(output)
    built = read_zip(output)
    assert manifest_problems(built, backend_host="copilot.acme.example") == []
    assert manifest_of(built)["domainWhitelist"] == ["copilot.acme.example"]
    # The iframe fetches its strings from assets/, the only folder Zendesk hosts.
    assert built["assets/translations/en.json"] == built["translations/en.json"]
    assert {"assets/iframe.html", "assets/main.js", "assets/app.js", "assets/api.js"} <= set(built)


def test_rfh_app_package_refuses_a_plain_http_backend(tmp_path: Path) -> None:
    """Zendesk proxies secure requests over https only."""
    result = CliRunner().invoke(app_group, ["package", "--output", str(tmp_path / "a.zip"),
                                            "--backend-url", "http://copilot.acme.example"])
    assert result.exit_code != 0
    assert "https" in result.output
    assert not (tmp_path / "a.zip").exists()
