"""The bench report's reading of the ceiling run: what the ratio goal leaves for routing."""

from __future__ import annotations

import pytest

from bench.report import routing_budget, routing_budget_row


def test_routing_budget_is_the_goal_cost_less_everything_but_routing():
    # 2000/rate ms of two cores per request: healthz 0.5 ms, suggestions 4 ms, cached 1.6 ms.
    b = routing_budget(bare=4000, suggestions=500, cached=1250, goal=0.25)
    assert b["routing_ms"] == pytest.approx(4.0 - 1.6)
    assert b["budget_ms"] == pytest.approx(2.0 - 1.6)  # the goal's rate is 1,000 req/s
    assert b["free_routing_ratio"] == 0.312  # 1,250 / 4,000, to three places


def test_the_row_says_how_much_cheaper_routing_must_be_or_that_it_cannot_be_enough():
    ceiling = {"bare": {"requests_per_s": 4000}, "suggestions": {"requests_per_s": 500},
               "goal": 0.25}
    assert "6.0x less than now" in routing_budget_row(ceiling, {"requests_per_s": 1250})[1]
    # A cached path slower than the goal's rate: no routing speed-up can reach it.
    assert "out of reach even if routing cost nothing" in routing_budget_row(
        ceiling, {"requests_per_s": 900})[1]


def test_a_ratio_just_under_the_goal_never_reads_as_the_goal():
    from bench.report import ratio_text

    assert ratio_text(0.24964, 0.25, met=False) == "0.2496"  # "0.250" would read as met
    assert ratio_text(0.249956, 0.25, met=False) == "0.2499"  # and so would "0.2500"
    assert ratio_text(0.2503, 0.25, met=True) == "0.250"
    assert ratio_text(0.2412, 0.25, met=False) == "0.241"
    assert ratio_text(0.26, 0.25, met=True) == "0.260"


def test_the_history_row_says_how_many_past_cases_and_whether_the_goal_would_hold():
    from bench.report import history_row

    run = {"requests": 10_000, "past_cases": 100_000, "web_pss_mib": 363.9, "pss_goal_mib": 350.0,
           "meets_pss_goal": False, "pss_kib_end": {"master": 152_576, "41": 109_568}}
    measure, figure = history_row(run)
    assert "100,000 past cases" in measure and "10,000 requests" in measure
    assert figure.startswith("363.9 MiB, over 350") and "master 149" in figure
    assert history_row({**run, "web_pss_mib": 340.0, "meets_pss_goal": True})[1].startswith(
        "340 MiB, within 350")
