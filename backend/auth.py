"""Who may call: the per-request ZAF JWT for agents, the admin token for operators."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar, cast

import jwt
from flask import current_app, g, request

from backend.errors import APIError

F = TypeVar("F", bound=Callable[..., Any])

# Zendesk's proxy signs with HS256 only; anything else (none, HS512, RS256) is refused.
ALLOWED_ALGORITHMS = ["HS256"]
LOCAL_SECRET_FILE = "zaf_shared_secret"

# Tokens already verified, so the sidebar's calls with one token (ZAF mints one per few minutes)
# are checked in full once: an HMAC, base64 and JSON each time cost more than the lookup.
# Safe because the key is the token with everything that judged it (secret, audience, leeway,
# lifetime cap: a changed secret or setting never finds an entry made under the old one), an
# entry is used only until the token expires as PyJWT judges it (exp + leeway), failures are
# never kept, and at most VERIFIED_CACHE_SIZE entries (~0.5 KB each) live per worker.
VERIFIED_CACHE_SIZE = 1024
_VerifiedKey = tuple[str, str, str | None, float, int]
_verified: dict[_VerifiedKey, tuple[float, dict[str, Any]]] = {}
_verified_lock = threading.Lock()


def load_or_create_local_secret(instance_path: str | Path) -> str:
    """A random shared secret kept in the instance folder, for local (loopback) use only."""
    path = Path(instance_path) / LOCAL_SECRET_FILE
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(32)
    path.write_text(secret + "\n")
    path.chmod(0o600)
    return secret


def mint_token(
    secret: str,
    *,
    audience: str | None = None,
    ttl: int = 300,
    subject: str = "local-agent",
    extra: dict[str, Any] | None = None,
) -> str:
    """Mint an HS256 token like Zendesk's proxy does (for `rfh token`, the demo and tests)."""
    now = int(time.time())
    claims: dict[str, Any] = {"iat": now, "exp": now + ttl, "sub": subject}
    if audience:
        claims["aud"] = audience
    claims.update(extra or {})
    return jwt.encode(claims, secret, algorithm="HS256")


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def verify_jwt(token: str) -> dict[str, Any]:
    """Verify a ZAF JWT's signature, algorithm, expiry, lifetime and (when set) audience."""
    secret: str = current_app.config["ZAF_SHARED_SECRET"]
    audience: str | None = current_app.config.get("ZAF_AUDIENCE")
    leeway = current_app.config.get("JWT_LEEWAY_SECONDS", 30)
    max_lifetime: int = current_app.config["SETTINGS"].jwt_max_lifetime_seconds
    key = (token, secret, audience, leeway, max_lifetime)
    cached = _verified.get(key)
    if cached is not None:
        if time.time() < cached[0]:
            return dict(cached[1])  # a copy: the caller may keep or change its claims
        with _verified_lock:
            _verified.pop(key, None)  # expired: verified again below, which refuses it
    claims = _verify_jwt(token, secret, audience, leeway, max_lifetime)
    with _verified_lock:
        if len(_verified) >= VERIFIED_CACHE_SIZE:
            _verified.pop(next(iter(_verified)))  # the oldest entry
        # PyJWT refuses a token once exp <= now - leeway, reading exp as an integer.
        _verified[key] = (int(claims["exp"]) + leeway, dict(claims))
    return claims


def _verify_jwt(token: str, secret: str, audience: str | None, leeway: float,
                max_lifetime: int) -> dict[str, Any]:
    """The full check (PyJWT, then the lifetime cap) of verify_jwt, without the cache."""
    options: dict[str, Any] = {"require": ["exp", "iat"] + (["aud"] if audience else [])}
    if not audience:
        options["verify_aud"] = False
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            secret,
            algorithms=ALLOWED_ALGORITHMS,
            audience=audience,
            leeway=leeway,
            options=options,  # type: ignore[arg-type]
        )
    except jwt.ExpiredSignatureError:
        raise APIError(401, "token_expired", "The token has expired.") from None
    except jwt.InvalidAudienceError:
        raise APIError(401, "invalid_token", "The token is for another audience.") from None
    except jwt.MissingRequiredClaimError as exc:
        raise APIError(401, "invalid_token", f"The token lacks the {exc.claim!r} claim.") from None
    except jwt.InvalidTokenError:
        raise APIError(401, "invalid_token", "The token is not valid.") from None
    # A leaked long-lived token would stay usable for its whole life: bound exp - iat.
    # (PyJWT has checked that both are numbers.)
    if claims["exp"] - claims["iat"] > max_lifetime:
        raise APIError(
            401, "invalid_token", f"The token's lifetime exceeds {max_lifetime} seconds."
        )
    return claims


def _is_admin_token(value: str | None) -> bool:
    expected: str | None = current_app.config.get("ADMIN_TOKEN")
    if not expected or not value:
        return False
    return hmac.compare_digest(value.encode(), expected.encode())


def authenticate_agent() -> dict[str, Any]:
    """Require a valid JWT (or the admin token); remember the claims on flask.g."""
    token = _bearer()
    if token is None:
        raise APIError(
            401, "missing_token", "An 'Authorization: Bearer <token>' header is required."
        )
    if _is_admin_token(token):
        g.claims = {"sub": "admin"}
        g.is_admin = True
        return cast(dict[str, Any], g.claims)
    g.claims = verify_jwt(token)
    g.is_admin = _is_admin_token(request.headers.get("X-Admin-Token"))
    return cast(dict[str, Any], g.claims)


def require_admin() -> None:
    """Require the admin token: as a bearer token, or in X-Admin-Token (alone or beside a JWT)."""
    if not current_app.config.get("ADMIN_TOKEN"):
        raise APIError(403, "admin_disabled", "No ADMIN_TOKEN is configured on this service.")
    if _is_admin_token(_bearer()) or _is_admin_token(request.headers.get("X-Admin-Token")):
        g.claims, g.is_admin = {"sub": "admin"}, True
        return
    if "X-Admin-Token" in request.headers:
        raise APIError(403, "forbidden", "The X-Admin-Token header does not hold the admin token.")
    authenticate_agent()
    raise APIError(403, "forbidden", "This endpoint needs the admin token.")


def admin_required(view: F) -> F:
    """Decorator for admin-only views."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        require_admin()
        return view(*args, **kwargs)

    return cast(F, wrapper)


def current_agent() -> str | None:
    """The agent named by the token's claims (name, email or subject), if any."""
    claims: dict[str, Any] = g.get("claims") or {}
    for key in ("name", "email", "sub"):
        value = claims.get(key)
        if value:
            return str(value)[:200]
    return None


def _claimed_id(name: str) -> int | None:
    """A positive integer claim (digits in a string are accepted: ZAF claims are JSON)."""
    claims: dict[str, Any] = g.get("claims") or {}
    value = claims.get(name)
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.isdigit() and len(value) <= 19:
        value = int(value)
    return value if isinstance(value, int) and value > 0 else None


def claimed_user_id() -> int | None:
    """The Zendesk user id the token names in `sub` (the sidebar signs currentUser.id there)."""
    return _claimed_id("sub")


def claimed_ticket_id() -> int | None:
    """The ticket the sidebar was open on when it asked for the token (`ticket_id`), if any."""
    return _claimed_id("ticket_id")
