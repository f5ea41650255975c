"""/demo: only when DEMO_ENABLED; the real app with the stand-in; mints only what it should."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import jwt
from flask import Flask

from backend.api.demo import STANDIN_URL, ZAF_SDK_URL
from tests.conftest import SECRET, assert_error_shape

PROCFILE = Path(__file__).resolve().parents[2] / "Procfile"


def test_demo_is_absent_unless_enabled(make_app: Callable[..., Flask]) -> None:
    """Production (the default, and the Procfile's web:) has no page that mints tokens."""
    client = make_app().test_client()
    assert client.get("/demo").status_code == 404
    assert client.post("/demo/token", json={}).status_code == 404
    web = next(line for line in PROCFILE.read_text().splitlines() if line.startswith("web:"))
    assert "DEMO_ENABLED" not in web and "rfh serve" not in web


def test_demo_serves_the_app_with_the_standin(make_app: Callable[..., Flask]) -> None:
    """The page embeds the app's own iframe.html, whose SDK is swapped for the stand-in."""
    client = make_app(demo_enabled=True).test_client()
    page = client.get("/demo")
    assert page.status_code == 200 and b'id="app-frame"' in page.data
    iframe = client.get("/demo/app/assets/iframe.html").get_data(as_text=True)
    assert STANDIN_URL in iframe and ZAF_SDK_URL not in iframe
    assert client.get("/demo/app/assets/app.js").status_code == 200
    strings = client.get("/demo/app/assets/translations/en.json").get_json()
    assert strings["app"]["name"]
    assert client.get("/demo/standin.js").status_code == 200
    assert client.get("/demo/app/assets/..%2Fmanifest.json").status_code == 404
    assert client.get("/demo/app/assets/nothing.html").status_code == 404


def test_demo_token_signs_the_requested_claims(make_app: Callable[..., Flask]) -> None:
    """Like Zendesk's proxy: HS256 with the shared secret, the app's claims, a bounded expiry."""
    client = make_app(demo_enabled=True).test_client()
    answer = client.post("/demo/token", json={"claims": {"aud": "http://127.0.0.1:5000",
                                                         "sub": "7001", "name": "Demo Agent"},
                                              "expiry": 120})
    assert answer.status_code == 200
    claims = jwt.decode(answer.get_json()["token"], SECRET, algorithms=["HS256"],
                        audience="http://127.0.0.1:5000")
    assert (claims["sub"], claims["name"]) == ("7001", "Demo Agent")
    assert claims["exp"] - claims["iat"] == 120
    # The token works on the API, as the proxied request would.
    headers = {"Authorization": f"Bearer {answer.get_json()['token']}"}
    assert client.get("/api/v1/config", headers=headers).status_code == 200


def test_demo_token_refuses_other_claims_and_long_expiry(make_app: Callable[..., Flask]) -> None:
    """No admin claims, no day-long tokens: only what the sidebar asks for."""
    client = make_app(demo_enabled=True).test_client()
    assert_error_shape(client.post("/demo/token", json={"claims": {"role": "admin"}}), 422)
    assert_error_shape(client.post("/demo/token", json={"expiry": 86_400}), 422)


def test_the_local_root_page_links_the_demo_and_the_dashboard(
        make_app: Callable[..., Flask]) -> None:
    """`rfh serve` answers / with the two pages a newcomer looks for; the dashboard's short URL."""
    client = make_app(demo_enabled=True).test_client()
    home = client.get("/")
    assert home.status_code == 200 and home.mimetype == "text/html"
    page = home.get_data(as_text=True)
    assert 'href="/demo"' in page and 'href="/demo/dashboard"' in page
    short = client.get("/demo/dashboard")
    assert short.status_code == 302
    assert short.headers["Location"].endswith("/demo/app/assets/dashboard.html")
    assert client.get(short.headers["Location"]).status_code == 200
    demo = client.get("/demo").get_data(as_text=True)
    assert 'href="/demo/dashboard"' in demo and 'rel="icon"' in demo
    icon = client.get("/demo/favicon.svg")
    assert icon.status_code == 200 and icon.mimetype == "image/svg+xml"
    assert client.get("/favicon.ico").status_code == 200


def test_the_root_page_is_no_more_public_than_the_demo(make_app: Callable[..., Flask]) -> None:
    """Without DEMO_ENABLED (production) there is no root page; the API answers its JSON 404."""
    client = make_app().test_client()
    assert_error_shape(client.get("/"), 404)
    assert client.get("/demo/dashboard").status_code == 404
