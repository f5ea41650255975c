"""The dashboard's weekly asks table in headless Chromium, against history counted by hand."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.api.test_stats import FIRST_DAY, LAST_DAY, History, make_history, store
from tests.api.test_stats_asks import expected_weeks, with_asks
from tests.browser.test_dashboard import open_dashboard  # noqa: F401

pytestmark = pytest.mark.browser


def test_weekly_asks_table_shows_the_counted_weeks(open_dashboard, database_url):  # noqa: F811
    history = with_asks(make_history())  # open_dashboard stores make_history(); add the asks
    store(database_url, History(escalations=[e for e in history.escalations
                                             if e["kind"] in ("team", "ask")]))
    dash = open_dashboard()
    expect(dash.by_id("card-tickets")).to_be_visible()  # the first view is drawn: now pick a range
    dash.by_id("range-from").fill(FIRST_DAY.isoformat())
    dash.by_id("range-to").fill(LAST_DAY.isoformat())
    dash.by_id("range-apply").click()

    rows = dash.by_id("table-weekly-asks").locator("tbody tr")
    want = expected_weeks(history)
    expect(rows.first.locator("td").first).to_have_text(want[0]["week"])  # the new range drawn
    expect(rows).to_have_count(len(want))
    for i, week in enumerate(want):
        cells = [c.strip() for c in rows.nth(i).locator("td").all_text_contents()]
        assert cells[:6] == [week["week"], str(week["tickets"]), str(week["team_asks"]),
                             str(week["team_asks_needing_engineering"]),
                             str(week["engineering_asks"]), str(week["rfhs"])]
        assert cells[6].startswith(f"{week['reached_engineering']} (")
