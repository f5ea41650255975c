"""nosniff on every response, a CSP on the pages served here, and metric labels no client sets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from tests.conftest import ADMIN

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["/demo", "/demo/app/assets/iframe.html", "/demo/app/assets/dashboard.html"]


@pytest.fixture
def demo(make_app):
    return make_app(demo_enabled=True).test_client()


def _csp(response) -> dict[str, list[str]]:
    policy = response.headers["Content-Security-Policy"]
    return {d.split()[0]: d.split()[1:] for d in (p.strip() for p in policy.split(";")) if d}


@pytest.mark.parametrize("method, path", [
    ("GET", "/healthz"), ("GET", "/openapi.json"), ("GET", "/api/v1/nope"),
    ("POST", "/api/v1/suggestions"), ("FOO", "/healthz"), ("GET", "/demo"),
    ("GET", "/demo/demo.js"), ("GET", "/demo/app/assets/garden.css"),
])
def test_every_response_says_nosniff(demo, method, path):
    assert demo.open(path, method=method).headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", PAGES)
def test_pages_may_be_framed_by_this_origin_and_zendesk_only(demo, path):
    r = demo.get(path)
    assert r.status_code == 200 and r.mimetype == "text/html"
    policy = _csp(r)
    assert policy["frame-ancestors"] == ["'self'", "https://*.zendesk.com"]
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.parametrize("path", PAGES)
def test_every_script_and_style_a_page_names_is_served_here(demo, path):
    # The policy allows this origin only: each <script src>/<link href> must be a local file.
    html = demo.get(path).get_data(as_text=True)
    base = path.rsplit("/", 1)[0] + "/"
    refs = re.findall(r'<script[^>]*\ssrc="([^"]+)"', html)
    refs += re.findall(r'<link[^>]*\shref="([^"]+)"', html)
    assert refs and "<script>" not in html and "style=" not in html
    for ref in refs:
        assert not ref.startswith(("http:", "https:", "//")), ref
        assert demo.get(ref if ref.startswith("/") else base + ref).status_code == 200, ref


def test_json_and_scripts_carry_no_page_policy(demo):
    assert "Content-Security-Policy" not in demo.get("/healthz").headers
    assert "Content-Security-Policy" not in demo.get("/demo/standin.js").headers


def _series(method: str) -> float:
    total = 0.0
    for metric in REGISTRY.collect():
        if metric.name == "rfh_http_requests":
            total += sum(1 for s in metric.samples if s.labels.get("method") == method)
    return total


def test_unknown_methods_share_one_metric_label(client):
    for method in ("FOO", "BREW", "X" * 40):
        client.open("/healthz", method=method)
        client.open(f"/random/{method}", method=method)
    assert _series("FOO") == _series("BREW") == _series("X" * 40) == 0
    assert _series("other") >= 1
    text = client.get("/metrics", headers={"Authorization": f"Bearer {ADMIN}"}).get_data(
        as_text=True)
    assert 'method="FOO"' not in text and 'endpoint="/random/FOO"' not in text
    assert 'endpoint="unmatched",method="other"' in text
