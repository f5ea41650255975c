"""Headless Chromium (Debian's package) driving /demo against the real backend on loopback."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from werkzeug.serving import make_server

from tests.conftest import ARTIFACTS

CHROMIUM_ARGS = [
    "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
]
EXPECT_TIMEOUT_MS = 20_000
SCREENSHOTS = ARTIFACTS / "browser"
# Screenshots always land in tests/artifacts; the README's copies in docs/screenshots are refreshed
# only on request (UPDATE_SCREENSHOTS=1), so a test run never dirties the work tree.
DOCS_DIR = (
    Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    if os.environ.get("UPDATE_SCREENSHOTS")
    else SCREENSHOTS
)
DOCS_SCREENSHOT = DOCS_DIR / "sidebar.png"
DEFECT_SCREENSHOT = DOCS_DIR / "defect-draft.png"


def chromium_path() -> str:
    """Debian's chromium; a visible skip without it, a failure in CI (which installs it)."""
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("CI=true but chromium is not installed: .ci/run must install it")
    pytest.skip("Debian's chromium is not installed: `apt-get install -y chromium` (as .ci/run "
                "does), or set CHROMIUM=/path/to/chromium")


def playwright_api() -> Any:
    """Playwright's sync API; a visible skip without it, a failure in CI (which installs it)."""
    try:
        import playwright.sync_api as sync_api
    except ImportError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI=true but Playwright cannot be imported ({exc}): install .[dev]")
        pytest.skip(f"Playwright is not installed ({exc}): `make .venv/.installed` (the dev "
                    "extras) installs it; CI always runs these tests")
    return sync_api


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the session (pages are cheap, launches are not)."""
    path = chromium_path()
    sync_api = playwright_api()
    # An upper bound on waiting for the page, not a speed goal: the CPUs are shared.
    sync_api.expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with sync_api.sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


class LiveServer:
    """The Flask app served by a real threaded HTTP server on 127.0.0.1."""

    def __init__(self, app: Flask) -> None:
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@dataclass
class Sidebar:
    """The demo page, its app iframe, and what the page observed."""

    page: Any
    base_url: str
    app: Flask
    dialogs: list[str]

    @property
    def frame(self) -> Any:
        """Locators inside the sidebar's iframe."""
        return self.page.frame_locator("#app-frame")

    def requests(self) -> list[dict[str, Any]]:
        """Every request the stand-in proxied for the app, in order."""
        return list(self.page.evaluate("() => window.rfhDemo.requests.map(r => ({...r}))"))

    def screenshot(self, name: str) -> Path:
        """Save the page (ticket and sidebar) to tests/artifacts/browser/NAME.png."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def open_sidebar(make_app: Callable[..., Flask], browser: Any) -> Iterator[Callable[..., Sidebar]]:
    """Serve an app (settings overrides allowed) and open /demo on it with an optional ticket."""
    stack: list[Any] = []

    def opener(ticket: dict[str, Any] | None = None, *, permissions: bool = True,
               **settings: Any) -> Sidebar:
        app = make_app(demo_enabled=True, **settings)
        with app.app_context():  # load the live model now, not inside the first request
            app.extensions["live_model"].router()
        server = LiveServer(app).__enter__()
        stack.append(server)
        context = browser.new_context(viewport={"width": 1100, "height": 900},
                                      base_url=server.url)
        stack.append(context)
        if permissions:
            context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
        # The network is closed: anything not on loopback is refused rather than left to hang.
        context.route("**/*", lambda route: route.continue_()
                      if route.request.url.startswith(server.url) else route.abort())
        page = context.new_page()
        dialogs: list[str] = []

        def on_dialog(dialog: Any) -> None:
            dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        if ticket is not None:
            import json

            page.add_init_script(f"window.RFH_DEMO_TICKET = {json.dumps(ticket)};")
        page.goto(f"{server.url}/demo")
        return Sidebar(page=page, base_url=server.url, app=app, dialogs=dialogs)

    yield opener
    for item in reversed(stack):
        if isinstance(item, LiveServer):
            item.__exit__(None, None, None)
        else:
            item.close()
