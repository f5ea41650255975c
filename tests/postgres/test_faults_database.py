"""The database restarts under a running service: clean 503s meanwhile, then service as usual.

A real `pg_ctlcluster restart` would disturb everyone else's tests on a shared server, so the
restart is played where the service sees it: its server-side backends are terminated
(pg_terminate_backend, what a restart does to them) and a TCP forwarder in front of PostgreSQL
refuses new connections for the length of the "restart".
"""

from __future__ import annotations

import uuid

import pytest
import requests
from sqlalchemy import create_engine, make_url, text

from tests.conftest import RUN_ON_POSTGRES, assert_error_shape
from tests.robustness import services
from tests.robustness.tcpproxy import TcpProxy

start_service = services.start_service  # the fixture, under its own name

TICKET = {"ticket": {"subject": "Batch changes stuck in processing",
                     "description": "Our batch change has been processing for two days."}}


class _Resp:
    """Adapt a requests response to assert_error_shape's interface."""

    def __init__(self, r: requests.Response) -> None:
        self.status_code = r.status_code
        self.is_json = r.headers.get("Content-Type", "").startswith("application/json")
        self._r = r

    def get_json(self):
        return self._r.json()

    def get_data(self, as_text: bool = False) -> str:
        return self._r.text


@pytest.fixture
def pg_database_url(database_url: str) -> str:
    """The test database, which must be PostgreSQL here (the --db=postgres pass runs these)."""
    if not database_url.startswith("postgresql"):
        pytest.skip("a database restart needs a database server: run it with" + RUN_ON_POSTGRES)
    return database_url


def test_database_restart_gives_503_then_recovers_without_restart(pg_database_url, start_service):
    url = make_url(pg_database_url)
    proxy = TcpProxy((url.host or "127.0.0.1", url.port or 5432)).start()
    app_name = f"rfh-faults-{uuid.uuid4().hex[:8]}"
    service_url = url.set(host="127.0.0.1", port=proxy.port).update_query_dict(
        {"application_name": app_name})
    try:
        service = start_service(service_url.render_as_string(hide_password=False))
        endpoint = f"{service.url}/api/v1/suggestions"
        headers = service.headers()
        for _ in range(4):  # both workers hold pooled connections
            assert requests.post(endpoint, json=TICKET, headers=headers, timeout=20).ok
        workers = service.worker_pids()

        admin = create_engine(pg_database_url, isolation_level="AUTOCOMMIT")
        # the restart: the server ends the service's sessions, then refuses connections a while
        with admin.connect() as conn:
            killed = conn.execute(text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE application_name = :name"), {"name": app_name}).scalar_one()
        assert killed >= 1
        with proxy.outage():
            for _ in range(4):
                r = requests.post(endpoint, json=TICKET, headers=headers, timeout=20)
                error = assert_error_shape(_Resp(r), 503, "database_unavailable")
                assert "database" in error["message"]
                assert int(r.headers["Retry-After"]) >= 1
            ready = requests.get(f"{service.url}/readyz", timeout=20)
            assert_error_shape(_Resp(ready), 503, "not_ready")
        admin.dispose()

        # back up: the very next requests succeed, served by the same processes
        for _ in range(6):
            r = requests.post(endpoint, json=TICKET, headers=headers, timeout=20)
            assert r.status_code == 200, r.text[:300]
        assert requests.get(f"{service.url}/readyz", timeout=20).status_code == 200
        assert service.worker_pids() == workers
        assert proxy.refused >= 1
    finally:
        proxy.close()
