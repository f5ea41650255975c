"""Liveness, readiness and the OpenAPI document."""

from __future__ import annotations

from backend.api.openapi import documented_endpoints


def test_healthz_needs_no_database(client):
    r = client.get("/healthz")
    assert r.status_code == 200 and r.get_json() == {"status": "ok"}


def test_readyz_reports_database_and_model(client):
    r = client.get("/readyz")
    assert r.status_code == 200
    body = r.get_json()
    assert body["model_version"] >= 1
    assert body["preview"] is True


def test_readyz_is_503_when_database_is_unreachable(make_app, tmp_path):
    app = make_app(database_url="postgresql://nobody@127.0.0.1:1/none")
    r = app.test_client().get("/readyz")
    assert r.status_code == 503
    assert r.get_json()["error"]["code"] == "not_ready"


def test_every_route_is_in_the_openapi_document(app, client):
    spec = client.get("/openapi.json").get_json()
    documented = set()
    for path, ops in spec["paths"].items():
        for method in ops:
            documented.add((path, method.upper()))
    registered = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static" or rule.endpoint.startswith(("openapi.", "demo.")):
            continue
        path = rule.rule.replace("<int:", "<").replace("<", "{").replace(">", "}")
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}:
            registered.add((path, method))
    assert registered == documented
    assert {r.endpoint for r in app.url_map.iter_rules()} >= documented_endpoints() - {
        e for e in documented_endpoints() if e.startswith("demo.")
    }


def test_request_id_is_echoed(client):
    r = client.get("/healthz", headers={"X-Request-ID": "abc123"})
    assert r.headers["X-Request-ID"] == "abc123"
