"""The error shape both external clients (GitHub, Zendesk) raise."""

from __future__ import annotations

# Failures that say "not now" rather than "not like this": waiting and trying again may work.
TRANSIENT_CODES = frozenset({"rate_limited", "unavailable", "timeout"})


class ExternalServiceError(Exception):
    """A failed call to an outside service, classified by code, with the wait it asked for."""

    def __init__(
        self,
        code: str,
        message: str,
        *,
        retry_after: float | None = None,
        status: int | None = None,
    ) -> None:
        """Record the classification; str(error) is the message."""
        super().__init__(message)
        self.code = code
        self.message = message
        self.retry_after = retry_after
        self.status = status

    @property
    def transient(self) -> bool:
        """True for a rate limit, an outage or a timeout: the same call may work later."""
        return self.code in TRANSIENT_CODES
