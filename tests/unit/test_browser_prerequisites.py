"""The browser tests' prerequisites: a visible skip on a laptop, a failure in CI."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

CONFTEST = Path(__file__).resolve().parents[1] / "browser" / "conftest.py"


def browser_conftest(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    name = "browser_conftest_under_test"
    spec = importlib.util.spec_from_file_location(name, CONFTEST)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_missing_playwright_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)  # import fails
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="Playwright"):
        browser_conftest(monkeypatch).playwright_api()


def test_missing_playwright_skips_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Playwright"):
        browser_conftest(monkeypatch).playwright_api()

