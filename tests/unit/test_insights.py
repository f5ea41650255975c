"""Buckets of the stats series, and `rfh report`'s tables and PNG charts."""

from __future__ import annotations

from datetime import date

import matplotlib.image
import pytest

from backend.insights.stats import bucket_start, bucket_starts, ratio
from tests.api.test_stats import FIRST_DAY, LAST_DAY, expected, make_history, store


def test_week_buckets_start_at_the_from_date():
    # Wednesday 2026-01-07 .. Tuesday 2026-01-20: two whole weeks from Wednesday, not three
    # ISO weeks with a first one holding days before From.
    starts = bucket_starts(date(2026, 1, 7), date(2026, 1, 20), "week")
    assert starts == [date(2026, 1, 7), date(2026, 1, 14)]
    assert bucket_start(date(2026, 1, 16), "week", date(2026, 1, 7)) == date(2026, 1, 14)
    assert bucket_start(date(2026, 1, 7), "week", date(2026, 1, 7)) == date(2026, 1, 7)
    # Without a From date a week is an ISO week (Monday first).
    assert bucket_start(date(2026, 1, 7), "week") == date(2026, 1, 5)


def test_month_buckets_cross_the_year():
    starts = bucket_starts(date(2025, 12, 31), date(2026, 2, 1), "month")
    assert starts == [date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
    assert bucket_start(date(2026, 2, 28), "month") == date(2026, 2, 1)
    assert bucket_starts(date(2026, 1, 30), date(2026, 2, 2), "day")[-1] == date(2026, 2, 2)


def test_ratio_is_undefined_without_a_denominator():
    assert ratio(1, 4) == 0.25 and ratio(0, 0) is None


def _is_png_chart(path):
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    height, width, _ = matplotlib.image.imread(path).shape
    return width > height > 100


def test_report_prints_the_figures_and_writes_three_charts(make_app, database_url, tmp_path):
    history = make_history()
    store(database_url, history)
    exp = expected(history)
    app = make_app()
    out = tmp_path / "charts"
    result = app.test_cli_runner().invoke(args=[
        "report", "--since", FIRST_DAY.isoformat(), "--until", LAST_DAY.isoformat(),
        "--out", str(out)], terminal_width=200)
    assert result.exit_code == 0, result.output
    rate = exp["rfhs"] / exp["tickets"] * 100
    assert f"{rate:.1f}% (goal 10.0%: {'met' if rate <= 10 else 'missed'})" in result.output
    assert f"{exp['defects']}" in result.output and "Open RFHs now" in result.output
    # Each weekly row shows its own rate.
    for start, week in exp["weeks"].items():
        assert start in result.output
        if week["rfh_rate"] is not None:
            assert f"{week['rfh_rate'] * 100:.1f}%" in result.output
    charts = sorted(p.name for p in out.iterdir())
    assert charts == ["override_rate.png", "rfh_rate.png", "rfhs_per_team.png"]
    assert all(_is_png_chart(out / name) for name in charts)


def test_report_of_an_empty_range_still_writes_charts(make_app, tmp_path):
    out = tmp_path / "empty"
    result = make_app().test_cli_runner().invoke(
        args=["report", "--since", "2020-01-01", "--until", "2020-01-31", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "RFH rate" in result.output and len(list(out.glob("*.png"))) == 3


@pytest.mark.parametrize("args", [["--since", "2026-02-02", "--until", "2026-02-01"],
                                  ["--since", "02/01/2026"]])
def test_report_refuses_bad_dates(make_app, tmp_path, args):
    result = make_app().test_cli_runner().invoke(args=["report", *args, "--out", str(tmp_path)])
    assert result.exit_code == 2
