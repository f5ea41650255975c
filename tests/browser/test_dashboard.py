"""The nav_bar dashboard in headless Chromium: charts drawn and tables filled from the stats API."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.api.test_stats import FIRST_DAY, LAST_DAY, History, expected, make_history, store
from tests.browser.conftest import DOCS_DIR, LiveServer
from tests.conftest import install_model

pytestmark = pytest.mark.browser

SCREENSHOT = DOCS_DIR / "dashboard.png"
DASHBOARD = "/demo/app/assets/dashboard.html"  # the app's page, with the stand-in ZAF client


@dataclass
class DashboardPage:
    """The dashboard page and the stats requests it made."""

    page: Any
    stats_urls: list[str]

    def by_id(self, testid: str) -> Any:
        """A locator by data-testid."""
        return self.page.get_by_test_id(testid)

    def chart(self, testid: str) -> dict[str, Any]:
        """What Chart.js holds for a canvas, and how many of its pixels were painted."""
        return dict(self.page.evaluate("""(testid) => {
            const canvas = document.querySelector(`[data-testid="${testid}"]`);
            const chart = window.Chart.getChart(canvas);
            const pixels = canvas.getContext('2d')
                .getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted += 1;
            return { labels: chart.data.labels,
                     datasets: chart.data.datasets.map((d) => d.data),
                     values: chart.data.datasets.map((d) => d.valueLabels || null), painted,
                     width: canvas.width, height: canvas.height };
        }""", testid))


@pytest.fixture
def open_dashboard(make_app: Callable[..., Flask], database_url: str,
                   browser: Any) -> Iterator[Callable[[], DashboardPage]]:
    """Seed the history, serve the app, open the dashboard page."""
    store(database_url, make_history())
    closers: list[Any] = []

    def opener() -> DashboardPage:
        app = make_app(demo_enabled=True)
        server = LiveServer(app).__enter__()
        closers.append(lambda: server.__exit__(None, None, None))
        context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server.url)
        closers.append(context.close)
        # The network is closed: anything not on loopback is refused rather than left to hang.
        context.route("**/*", lambda route: route.continue_()
                      if route.request.url.startswith(server.url) else route.abort())
        page = context.new_page()
        urls: list[str] = []
        page.on("request", lambda r: urls.append(r.url) if "/api/v1/stats" in r.url else None)
        page.goto(f"{server.url}{DASHBOARD}")
        return DashboardPage(page, urls)

    yield opener
    for close in reversed(closers):
        close()


def _percent(value: float) -> str:
    return f"{value * 100:.1f}%"


def test_dashboard_draws_charts_and_tables_for_the_chosen_range(open_dashboard):
    dash = open_dashboard()
    exp = expected(make_history())
    # First view: the last eight weeks up to today.
    expect(dash.by_id("card-tickets")).to_be_visible()
    today = datetime.now(UTC).date()
    assert f"from={today - timedelta(days=55)}&to={today}&bucket=week" in dash.stats_urls[0]

    dash.by_id("range-from").fill(FIRST_DAY.isoformat())
    dash.by_id("range-to").fill(LAST_DAY.isoformat())
    dash.by_id("range-apply").click()
    rate = exp["rfhs"] / exp["tickets"]
    expect(dash.by_id("card-rate")).to_contain_text(_percent(rate))
    assert f"from={FIRST_DAY}&to={LAST_DAY}&bucket=week" in dash.stats_urls[-1]
    expect(dash.by_id("card-tickets")).to_contain_text(str(exp["tickets"]))
    expect(dash.by_id("card-rfhs")).to_contain_text(str(exp["rfhs"]))
    expect(dash.by_id("card-defects")).to_contain_text(str(exp["defects"]))
    expect(dash.by_id("card-rate")).to_contain_text("goal 10.0%")
    expect(dash.by_id("card-docs")).to_contain_text(_percent(exp["docs"] / exp["rfhs"]))

    rate_chart = dash.chart("chart-rate")
    assert rate_chart["labels"] == list(exp["weeks"])
    bars, goal = rate_chart["datasets"]
    for got, week in zip(bars, exp["weeks"].values(), strict=True):
        assert got == pytest.approx(week["rfh_rate"] * 100)
    # Each bar carries its counts: RFHs over tickets.
    assert rate_chart["values"][0] == [f"{w['rfhs']}/{w['tickets']}" for w in exp["weeks"].values()]
    assert set(goal) == {10}
    teams = dash.chart("chart-teams")
    keys = dash.page.evaluate("() => window.rfhDashboard.stats.teams.map((t) => t.team)")
    assert len(keys) == len(teams["labels"])
    assert {key: n for key, n in zip(keys, teams["datasets"][0], strict=True) if n} == dict(
        exp["teams"])
    assert "Source" in teams["labels"]  # display names, shortened for the axis
    team_rows = dash.page.evaluate("() => window.rfhDashboard.stats.teams")
    assert teams["values"][1] == [f"{t['rfhs']} + {t['defects']}" for t in team_rows]
    overrides = dash.chart("chart-overrides")
    want = {v: o / n * 100 for v, (n, o) in exp["override_by_version"].items()}
    got = dict(zip(overrides["labels"], overrides["datasets"][0], strict=True))
    assert got == pytest.approx({("unknown" if v is None else f"v{v}"): r for v, r in want.items()})
    for chart in (rate_chart, teams, overrides):
        # Drawn, not just configured: a good part of the canvas carries paint.
        assert chart["painted"] > chart["width"] * chart["height"] * 0.02, chart

    open_rows = dash.by_id("table-open").locator("tbody tr")
    expect(open_rows).to_have_count(len({e["team"] for e in exp["open_rfhs"]}))
    expect(dash.by_id("table-customers").locator("tbody tr")).to_have_count(len(exp["customers"]))
    expect(dash.by_id("table-priorities").locator("tbody tr")).to_have_count(len(exp["priorities"]))
    expect(dash.by_id("table-overrides").locator("tbody tr")).to_have_count(
        len(exp["override_by_team"]))
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    dash.page.screenshot(path=str(SCREENSHOT), full_page=True)


def test_dashboard_shows_the_services_error_for_a_bad_range(open_dashboard):
    dash = open_dashboard()
    expect(dash.by_id("card-tickets")).to_be_visible()
    dash.by_id("range-from").fill("2026-03-02")
    dash.by_id("range-to").fill("2026-03-01")
    dash.by_id("range-apply").click()
    expect(dash.by_id("error")).to_be_visible()
    expect(dash.by_id("error")).to_contain_text("not valid")
    # The range stays editable: a good range recovers.
    dash.by_id("range-from").fill(FIRST_DAY.isoformat())
    dash.by_id("range-to").fill(LAST_DAY.isoformat())
    dash.by_id("range-apply").click()
    expect(dash.by_id("chart-rate")).to_be_visible()
    expect(dash.by_id("error")).to_have_count(0)


def test_dashboard_says_which_model_version_answers_and_why_it_went_live(
        open_dashboard, database_url: str, trained_artifact: dict[str, Any]):
    judged = {**trained_artifact, "scores": {**trained_artifact["scores"], "judgement": {
        "promote": True, "reason": "not worse than live on 40 of the team's tickets",
        "feedback": None, "corpus": None}}}
    version = install_model(database_url, judged)  # a retrain the gate let go live
    dash = open_dashboard()
    line = dash.by_id("model-version")
    expect(line).to_contain_text(f"model v{version}, live since")
    expect(line).to_contain_text("gate: not worse than live on 40 of the team's tickets")


def _quiet_fortnight() -> History:
    """One ticket, and one agent choice that changed model v9's suggestion, in January 2030."""
    at = datetime(2030, 1, 8, 10, tzinfo=UTC)
    h = History()
    h.suggestions.append({"ticket_id": 9001, "created_at": at, "team": "cody",
                          "priority": "se/p2", "confidence": 0.8, "model_version": 9})
    h.feedback.append({"ticket_id": 9001, "created_at": at + timedelta(minutes=3), "team": "docs",
                       "priority": "se/p2", "suggested_team": "cody",
                       "suggested_priority": "se/p2", "model_version": 9})
    return h


def _show(dash: DashboardPage, first: str, last: str) -> None:
    expect(dash.by_id("card-tickets")).to_be_visible()
    dash.by_id("range-from").fill(first)
    dash.by_id("range-to").fill(last)
    dash.by_id("range-apply").click()
    expect(dash.by_id("range-apply")).to_be_enabled()


def test_every_chart_has_an_empty_state(open_dashboard):
    dash = open_dashboard()
    _show(dash, "2031-03-01", "2031-03-31")  # nothing was recorded then

    for testid in ("chart-rate", "chart-teams", "chart-overrides"):
        expect(dash.by_id(f"{testid}-empty")).to_be_visible()
        expect(dash.by_id(testid)).to_have_count(0)  # no frame of empty axes
    expect(dash.by_id("chart-rate-empty")).to_contain_text("No tickets")


def test_a_rate_from_a_handful_of_choices_says_so_instead_of_a_full_bar(
        open_dashboard, database_url):
    store(database_url, _quiet_fortnight())
    dash = open_dashboard()
    _show(dash, "2030-01-02", "2030-01-15")  # from a Wednesday

    overrides = dash.chart("chart-overrides")
    assert overrides["labels"] == ["v9"]
    assert overrides["datasets"] == [[None]]  # 1 of 1 changed is not drawn as a 100% bar
    assert overrides["values"] == [["1 choice"]]
    rate = dash.chart("chart-rate")
    # Weeks start at the chosen From date, and one ticket is said, not drawn as a rate.
    assert rate["labels"] == ["2030-01-02", "2030-01-09"]
    assert rate["datasets"][0] == [None, None]
    assert rate["values"][0] == ["1 ticket", ""]
    expect(dash.by_id("chart-teams-empty")).to_be_visible()
