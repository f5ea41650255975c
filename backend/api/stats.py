"""GET /api/v1/stats: the self-sufficiency figures behind the dashboard and `rfh report`."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any, Literal

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue
from pydantic import ConfigDict, Field, model_validator

from backend.api.openapi import route
from backend.api.parsing import parse_query
from backend.api.schemas import Strict
from backend.auth import authenticate_agent
from backend.db import db
from backend.errors import APIError
from backend.insights.asks import weekly_asks
from backend.insights.stats import (
    FIRST_DAY,
    LAST_DAY,
    compute_stats,
    outside_engineering,
    team_names,
)

bp = Blueprint("stats", __name__)

DEFAULT_DAYS = 8 * 7
MAX_DAYS = 5 * 366  # enough for years of trends, small enough to keep a day series bounded
ReportDay = Annotated[date, Field(ge=FIRST_DAY, le=LAST_DAY)]


class StatsQuery(Strict):
    """The date range (UTC days, both included) and the size of each bucket of the series."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    from_: ReportDay | None = Field(None, alias="from", description="First day (YYYY-MM-DD).")
    to: ReportDay | None = Field(None,
                                 description="Last day (YYYY-MM-DD); defaults to today (UTC).")
    bucket: Literal["day", "week", "month"] = "week"

    @model_validator(mode="after")
    def _ordered(self) -> StatsQuery:
        if self.from_ and self.to and self.from_ > self.to:
            raise ValueError("'from' must not be after 'to'")
        return self

    def days(self, today: date) -> tuple[date, date]:
        """The first and last day, filling defaults: eight weeks, ending today."""
        end = self.to or max(today, self.from_ or today)
        start = self.from_ or max(end - timedelta(days=DEFAULT_DAYS - 1), FIRST_DAY)
        if (end - start).days >= MAX_DAYS:
            raise APIError(422, "validation_error", f"The range may span at most {MAX_DAYS} days.",
                           [{"loc": ["from"], "message": "range too long", "type": "value_error"}])
        return start, end


@route(bp, "/stats", "GET", summary="RFH rate against the 10% goal and the figures behind it.",
       auth="jwt_or_admin", query=StatsQuery)
def get_stats() -> ResponseReturnValue:
    """Answer tickets, RFHs, defects and the RFH rate, per bucket, team and priority, and more."""
    authenticate_agent()
    query = parse_query(StatsQuery)
    start, end = query.days(datetime.now(UTC).date())
    live = current_app.extensions["live_model"]
    with db.snapshot() as session:
        outside = outside_engineering(live.handbook)
        body: dict[str, Any] = compute_stats(session, start, end, query.bucket,
                                             team_names=team_names(live.handbook),
                                             outside=outside)
        # Per ISO week whatever the bucket: team asks, engineering asks and RFHs side by side.
        body["weekly_asks"] = weekly_asks(session, start, end, outside)
    return jsonify(body)
