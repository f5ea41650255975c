"""Per-agent rate limits on the writes that reach GitHub, Slack and the training data.

flask-limiter counts hits in Redis when REDIS_URL is set (one count for every worker and
instance), in process memory otherwise. Each app builds its own Limiter (`init_rate_limits`, kept
in `app.extensions["rate_limits"]`); views opt in with `@rate_limited("feedback")`.

If Redis stops answering, a request is never failed for it: the limiter switches to counting in
this process's memory (so the limit holds per worker, looser but still bounded), logs a warning,
and goes back to Redis once it answers again.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from functools import partial, wraps
from typing import Any, TypeVar, cast

from flask import Flask, Response, current_app, g, request
from flask_limiter import Limiter
from flask_limiter.errors import RateLimitExceeded

from backend.auth import verify_jwt
from backend.errors import APIError, error_response
from backend.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])

# A stuck Redis must cost a request well under a second, then the memory fallback takes over.
REDIS_TIMEOUT_SECONDS = 0.5


def agent_key() -> str:
    """Who a hit counts against: the verified token's agent (hashed), else the peer address."""
    claims: dict[str, Any] | None = g.get("claims")
    if claims is None:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            try:
                claims = verify_jwt(token.strip())
            except APIError:
                claims = None  # the view answers 401 itself; count the caller by address
    identity = next((str(claims[k]) for k in ("sub", "email", "name") if claims and
                     claims.get(k)), None)
    if identity:
        # Hashed: Redis keys and the limiter's own log lines never show an agent's e-mail.
        return "agent:" + hashlib.sha256(identity.encode()).hexdigest()[:24]
    return "addr:" + (request.remote_addr or "unknown")


def rate_limited(name: str) -> Callable[[F], F]:
    """Decorator: count each call of the view against the agent's `name` limit."""

    def decorate(view: F) -> F:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            limits: RateLimits = current_app.extensions["rate_limits"]
            return limits.limited_view(name, view)(*args, **kwargs)

        return cast(F, wrapper)

    return decorate


class RateLimits:
    """One app's Limiter and its named limits ('feedback', 'escalations')."""

    def __init__(self, app: Flask) -> None:
        settings: Settings = app.config["SETTINGS"]
        self.rates = {
            "feedback": settings.rate_limit_feedback,
            "escalations": settings.rate_limit_escalations,
        }
        self.storage_uri = settings.redis_url or "memory://"
        options: dict[str, Any] = {}
        if settings.redis_url:
            options = {
                "socket_connect_timeout": REDIS_TIMEOUT_SECONDS,
                "socket_timeout": REDIS_TIMEOUT_SECONDS,
            }
        self.limiter = Limiter(
            key_func=agent_key,
            storage_uri=self.storage_uri,
            storage_options=options,
            key_prefix=settings.rate_limit_key_prefix,
            strategy="fixed-window",
            headers_enabled=False,  # Retry-After is set on the 429 below; nothing else needed
            swallow_errors=True,
            in_memory_fallback_enabled=True,
        )
        self.limiter.init_app(app)
        if not app_wide_limits(self.limiter):
            skip_app_wide_hook(app, self.limiter)
        self._views: dict[tuple[str, Callable[..., Any]], Callable[..., Any]] = {}
        self._lock = threading.Lock()
        app.register_error_handler(RateLimitExceeded, self._too_many)

    def limited_view(self, name: str, view: Callable[..., Any]) -> Callable[..., Any]:
        """The view wrapped by this app's limiter for the `name` limit (built once)."""
        limited = self._views.get((name, view))
        if limited is None:
            with self._lock:
                limited = self._views.get((name, view))
                if limited is None:
                    rate = self.rates[name]
                    limited = self.limiter.limit(
                        rate,
                        scope=name,
                        error_message=f"Too many {name} requests from this agent "
                        f"(at most {rate}); try again shortly.",
                    )(view)
                    self._views[(name, view)] = limited
        return limited

    def _too_many(self, exc: RateLimitExceeded) -> Response:
        window = float(exc.limit.limit.get_expiry())
        retry_after = window
        try:
            current = self.limiter.current_limit
            if current is not None:
                retry_after = current.reset_at - time.time()
        except Exception:  # noqa: BLE001 - the storage just failed: the window length will do
            pass
        return error_response(
            429,
            "rate_limited",
            exc.description or "Too many requests; try again shortly.",
            {"limit": str(exc.limit.limit)},
            # reset_at is rounded up to the next second: never more than the window itself.
            retry_after=min(window, max(1.0, retry_after)),
        )


def app_wide_limits(limiter: Limiter) -> bool:
    """True unless the limiter surely holds no limit that its before_request hook checks."""
    # The hook checks default, application, meta and blueprint limits (and in-memory fallback
    # limits while the storage is down). A limiter without one of these attributes (another
    # flask-limiter) counts as holding them, so its hook is kept.
    manager = limiter.limit_manager
    held = [getattr(manager, name, None)
            for name in ("_default_limits", "_application_limits", "_blueprint_limits")]
    held += [getattr(limiter, name, None) for name in ("_meta_limits", "_in_memory_fallback")]
    return any(limits is None or len(limits) > 0 for limits in held)


def skip_app_wide_hook(app: Flask, limiter: Limiter) -> None:
    """Unregister the limiter's before_request hook (for a limiter without app-wide limits)."""
    # With nothing app-wide to count, the hook only resolved an empty list of limits on every
    # request. A view's own limit (limited_view: flask-limiter's decorator) is checked by the
    # decorator itself, never through this hook, so it holds as before; RateLimits puts no limit
    # on a blueprint, which only the hook would check.
    hooks = app.before_request_funcs.get(None, [])
    hooks[:] = [hook for hook in hooks if hook != limiter._check_request_limit]
    if not getattr(limiter, "_headers_enabled", True):
        skip_context_hooks(app, limiter)


def skip_context_hooks(app: Flask, limiter: Limiter) -> None:
    """Unregister the limiter's after_request and teardown hooks (no headers, no app-wide limit)."""
    # Without rate-limit headers, the after_request hook only deducts the hits of limits with a
    # deduct_when, which RateLimits never makes, and the teardown hook clears state kept on the
    # request's context, which goes with the request. Each still built that state per request.
    inject = getattr(Limiter, "_Limiter__inject_headers", None)
    after = app.after_request_funcs.get(None, [])
    after[:] = [hook for hook in after if not (isinstance(hook, partial) and hook.func is inject
                                                and hook.args == (limiter,))]
    release = getattr(limiter, "_Limiter__release_context", None)
    teardown = app.teardown_request_funcs.get(None, [])
    teardown[:] = [hook for hook in teardown if release is None or hook != release]


def init_rate_limits(app: Flask) -> RateLimits:
    """Build the app's limiter and keep it in app.extensions['rate_limits']."""
    limits = RateLimits(app)
    app.extensions["rate_limits"] = limits
    return limits
