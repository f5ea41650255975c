"""File the row's issue on GitHub exactly once: find it by its marker, or create it (one POST)."""

from __future__ import annotations

import logging
import time
from datetime import timedelta

from tenacity import RetryCallState, Retrying, retry_if_exception

from backend.escalation import store
from backend.escalation.errors import EscalationBusy, GitHubFailed
from backend.integrations.github import GitHubIssues, IssueRef
from backend.integrations.github_errors import GitHubError
from backend.metrics import metrics
from backend.models import Escalation, utcnow

log = logging.getLogger(__name__)

# A create GitHub left unanswered (a timeout, a dropped connection) may still be filing the
# issue: GitHub ends its own work on a request after about 10 s, so a minute later the issue list
# shows it or never will. Until then a retry that finds no issue must not file a second one.
SETTLE_SECONDS = 60.0


def log_outcome(ticket_id: int, kind: str, number: int | None, model_version: int | None,
                outcome: str) -> None:
    """Count an escalation outcome and log it: ids and outcome only, never text or a token."""
    metrics.escalation(kind, outcome)
    log.info("escalation ticket=%s kind=%s issue=%s model_version=%s outcome=%s",
             ticket_id, kind, number, model_version, outcome)


def _refused_for_now(exc: BaseException) -> bool:
    """A rate limit that says how long to wait: GitHub refused, so nothing was created."""
    return (isinstance(exc, GitHubError) and exc.code == "rate_limited"
            and exc.retry_after is not None)


class IssueFiler:
    """The GitHub half of driving a row; every failure leaves the row resumable."""

    def __init__(self, github: GitHubIssues | None, max_wait: float) -> None:
        """``max_wait``: the most seconds one create may spend waiting out rate limits."""
        self.github = github
        self.max_wait = max_wait

    def find(self, row: Escalation) -> IssueRef | None:
        """The issue already carrying this row's marker, if any (never trust search: it lags)."""
        assert self.github is not None
        try:
            with metrics.external_call("github", "find_by_marker"):
                return self.github.find_by_marker(row.repo, row.marker)
        except GitHubError as exc:
            raise self._give_up(row, exc) from None

    def settled(self, row: Escalation) -> None:
        """Raise EscalationBusy while GitHub may still be filing the last unanswered create."""
        until = row.github_unsure_until
        if until is None:
            return
        if until.tzinfo is None:  # SQLite gives naive datetimes back; they were stored in UTC
            until = until.replace(tzinfo=utcnow().tzinfo)
        left = (until - utcnow()).total_seconds()
        if left > 0:
            raise EscalationBusy(
                "github_unconfirmed", "GitHub did not answer our last request to create this "
                "issue and may still be filing it, so nothing is filed again yet. Try again in "
                f"{max(1, round(left))} seconds: the retry looks for the issue first and never "
                "files it twice.", retry_after=max(1.0, left))

    def create(self, row: Escalation) -> IssueRef:
        """Exactly one POST per attempt; a retry only after the marker search found nothing."""
        waited = 0.0  # rate-limit waits of this whole create, across its attempts

        def out_of_time(state: RetryCallState) -> bool:
            return waited + (state.upcoming_sleep or 0.0) > self.max_wait

        def count(state: RetryCallState) -> None:
            nonlocal waited
            waited += state.upcoming_sleep or 0.0

        post = Retrying(retry=retry_if_exception(_refused_for_now), stop=out_of_time,
                        wait=lambda state: float(state.outcome.exception().retry_after),  # type: ignore[union-attr]
                        before_sleep=count, sleep=time.sleep, reraise=True)
        retried = False
        while True:
            try:
                return post(self._post, row)
            except GitHubError as exc:
                if not exc.outcome_unknown:
                    raise self._give_up(row, exc) from None
                if exc.status is None:  # no answer: recorded first, as the search may fail too
                    store.save(row.id, github_unsure_until=utcnow() + timedelta(
                        seconds=SETTLE_SECONDS))
                found = self.find(row)
                if found is not None:
                    return found
                # A 5xx answer that left no issue behind: one more POST. A timeout or a broken
                # connection may still be creating it, so those wait for a later retry instead.
                if exc.status is not None and not retried:
                    retried = True
                    continue
                raise self._give_up(row, exc) from None

    def _post(self, row: Escalation) -> IssueRef:
        assert self.github is not None
        with metrics.external_call("github", "create_issue"):
            return self.github.create_issue(row.repo, row.title, row.body, row.labels)

    def _give_up(self, row: Escalation, exc: GitHubError) -> GitHubFailed:
        """Leave the row pending (worth a retry) or failed (needs a fix); the error to raise."""
        store.save(row.id, state="pending" if exc.transient else "failed", last_error=exc.message)
        log_outcome(row.ticket_id, row.kind, None, None, f"github_{exc.code}")
        return GitHubFailed(exc, repo=row.repo, labels=row.labels or [])
