"""The error shape both external clients (GitHub, Zendesk) raise."""

from __future__ import annotations


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
