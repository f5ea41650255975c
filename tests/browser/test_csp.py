"""The pages work under their Content-Security-Policy: Chromium reports no violation."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def _violations(page: Any) -> list[str]:
    messages: list[str] = []
    page.on("console", lambda m: messages.append(m.text)
            if "Content Security Policy" in m.text else None)
    return messages


def test_the_demo_and_the_sidebar_load_without_csp_violations(open_sidebar: Any) -> None:
    sidebar = open_sidebar()
    violations = _violations(sidebar.page)
    sidebar.page.reload()  # again, now that the console is watched (iframe messages included)
    expect(sidebar.frame.get_by_test_id("team-name")).not_to_be_empty()
    assert "frame-ancestors" in sidebar.page.evaluate(
        "async () => (await fetch('/demo')).headers.get('content-security-policy')")
    assert violations == []


def test_the_dashboard_draws_without_csp_violations(open_sidebar: Any) -> None:
    sidebar = open_sidebar()
    # The sidebar's suggestion is recorded before it is shown: once shown, the dashboard has a
    # ticket to chart (opened sooner, it may find none and draw only empty states).
    expect(sidebar.frame.get_by_test_id("team-name")).not_to_be_empty()
    page = sidebar.page.context.new_page()
    violations = _violations(page)
    page.goto(f"{sidebar.base_url}/demo/app/assets/dashboard.html")
    expect(page.locator("canvas").first).to_be_visible()
    assert violations == []
