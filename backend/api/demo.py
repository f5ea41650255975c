"""/demo: the real sidebar in an iframe with a stand-in ZAFClient (only when DEMO_ENABLED).

The stand-in plays Zendesk's part: it holds an editable sample ticket and, like Zendesk's proxy,
mints the per-request JWT that `client.request({secure: true, jwt: ...})` asks for, here through
POST /demo/token. Minting tokens is why this blueprint must never be registered in production,
and why, even when it is, it answers only loopback callers that name a loopback host (a remote
client, or a page on another origin rebinding its DNS to us, gets a 404).
"""

from __future__ import annotations

from pathlib import Path

from flask import (
    Blueprint,
    Response,
    current_app,
    jsonify,
    redirect,
    request,
    send_from_directory,
)
from flask.typing import ResponseReturnValue
from pydantic import BaseModel, Field
from werkzeug.exceptions import NotFound

from backend.api.openapi import route
from backend.api.parsing import parse_body
from backend.api.schemas import Strict
from backend.auth import mint_token
from backend.loopback import is_loopback_address, is_loopback_host
from backend.settings import PROJECT_ROOT

bp = Blueprint("demo", __name__)

DEMO_DIR = Path(__file__).resolve().parent.parent / "static" / "demo"
APP_DIR = PROJECT_ROOT / "zendesk_app"
ZAF_SDK_URL = "https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"
STANDIN_URL = "/demo/standin.js"
MAX_TOKEN_TTL = 3600


class DemoClaims(Strict):
    """The claims the app asks the proxy to sign (nothing else is accepted)."""

    aud: str | None = Field(default=None, max_length=500)
    sub: str | None = Field(default=None, max_length=200)
    name: str | None = Field(default=None, max_length=200)
    ticket_id: int | None = Field(default=None, ge=1)


class DemoTokenRequest(Strict):
    """What the stand-in sends: the `jwt` options of one client.request."""

    claims: DemoClaims = Field(default_factory=DemoClaims)
    expiry: int = Field(default=300, ge=1, le=MAX_TOKEN_TTL)


class DemoTokenOut(BaseModel):
    """A token signed with the service's shared secret, as Zendesk's proxy would."""

    token: str


def _no_store(response: Response) -> Response:
    # The demo pages change while developing: never serve a stale copy.
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.before_request
def _loopback_only() -> None:
    """Hide the demo (404) unless both the peer and the Host header are loopback."""
    if not (is_loopback_host(request.host) and is_loopback_address(request.remote_addr)):
        raise NotFound()


@route(bp, "/", "GET", summary="The local home page: links to the demo and the dashboard.",
       auth="none")
def home_page() -> ResponseReturnValue:
    """What `rfh serve` answers at its root: the two pages a newcomer looks for."""
    return _no_store(send_from_directory(DEMO_DIR, "home.html"))


@route(bp, "/favicon.ico", "GET", summary="The local pages' icon.", auth="none")
def favicon() -> ResponseReturnValue:
    """Browsers ask for /favicon.ico on pages that name none (the app's own pages)."""
    return send_from_directory(DEMO_DIR, "favicon.svg", mimetype="image/svg+xml")


@route(bp, "/demo/dashboard", "GET", auth="none", status=302,
       summary="The self-sufficiency dashboard with the stand-in (a short URL for it).")
def dashboard_page() -> ResponseReturnValue:
    """Redirect to the app's dashboard page, served as Zendesk would with the stand-in."""
    return redirect("/demo/app/assets/dashboard.html", code=302)


@route(bp, "/demo", "GET", summary="The demo page: the sidebar on an editable sample ticket.",
       auth="none")
def demo_page() -> ResponseReturnValue:
    """Serve the page that hosts the sidebar iframe and the stand-in ZAF host."""
    return _no_store(send_from_directory(DEMO_DIR, "index.html"))


@route(bp, "/demo/<name>", "GET", summary="The demo page's own scripts and styles.", auth="none")
def demo_file(name: str) -> ResponseReturnValue:
    """Serve standin.js, demo.js, demo.css and favicon.svg."""
    return _no_store(send_from_directory(DEMO_DIR, name))


@route(bp, "/demo/app/assets/<name>", "GET", auth="none",
       summary="The Zendesk app's assets, as Zendesk serves them.")
def app_asset(name: str) -> ResponseReturnValue:
    """Serve zendesk_app/assets; HTML pages load the stand-in instead of Zendesk's SDK."""
    assets = APP_DIR / "assets"
    if name.endswith(".html"):
        path = assets / name
        if not path.is_file() or path.parent != assets:
            raise NotFound()
        html = path.read_text(encoding="utf-8").replace(ZAF_SDK_URL, STANDIN_URL)
        return _no_store(Response(html, mimetype="text/html"))
    return _no_store(send_from_directory(assets, name))


@route(bp, "/demo/app/assets/translations/<name>", "GET",
       summary="The app's translations (packaged into assets/translations/).", auth="none")
def app_translation(name: str) -> ResponseReturnValue:
    """Serve zendesk_app/translations/<locale>.json where the packaged app has it."""
    return _no_store(send_from_directory(APP_DIR / "translations", name))


@route(bp, "/demo/token", "POST", auth="none", body=DemoTokenRequest, response=DemoTokenOut,
       summary="Mint the per-request JWT as Zendesk's proxy does (demo only).")
def demo_token() -> ResponseReturnValue:
    """Sign the requested claims with the shared secret, for the stand-in's client.request."""
    body = parse_body(DemoTokenRequest)
    claims = body.claims
    extra = {k: v for k, v in (("name", claims.name), ("ticket_id", claims.ticket_id)) if v}
    token = mint_token(current_app.config["ZAF_SHARED_SECRET"], audience=claims.aud,
                       ttl=body.expiry, subject=claims.sub or "demo-agent", extra=extra)
    return jsonify(token=token)
