"""Each app built by create_app() keeps its own database and clients (state in app.extensions)."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from backend import create_app, migrate
from backend.db import db
from backend.integrations.extension import integrations
from backend.learning.importer import load_cursor, save_cursor
from tests.conftest import SECRET


def build(tmp_path: Path, name: str, **settings: object) -> Flask:
    url = f"sqlite:///{tmp_path / f'{name}.sqlite3'}"
    migrate.upgrade(url)
    return create_app({"TESTING": True, "database_url": url, "zaf_shared_secret": SECRET,
                       "instance_path": str(tmp_path / f"instance-{name}"), "log_format": "text",
                       **settings})


def test_two_apps_in_one_process_each_see_their_own_rows(tmp_path: Path) -> None:
    first = build(tmp_path, "first")
    with first.app_context():
        save_cursor("written through the first app")
    second = build(tmp_path, "second")  # built later: must not take the first app's engine over
    with second.app_context():
        assert load_cursor() is None
        save_cursor("written through the second app")
    with first.app_context():
        assert load_cursor() == "written through the first app"
        assert str(db.engine.url.database).endswith("first.sqlite3")
    with second.app_context():
        assert load_cursor() == "written through the second app"
        assert str(db.engine.url.database).endswith("second.sqlite3")
    for app in (first, second):
        app.extensions["database"].dispose()


def test_outside_an_app_the_database_must_be_bound_explicitly(tmp_path: Path) -> None:
    app = build(tmp_path, "app")
    with pytest.raises(RuntimeError, match="db.bind"):
        load_cursor()
    url = f"sqlite:///{tmp_path / 'script.sqlite3'}"
    migrate.upgrade(url)
    db.bind(url)
    try:
        save_cursor("a script's own database")
        assert load_cursor() == "a script's own database"
        with app.app_context():  # an app in context still uses its own database
            assert load_cursor() is None
    finally:
        db.unbind()
        app.extensions["database"].dispose()


def test_two_apps_keep_their_own_clients(tmp_path: Path) -> None:
    with_zendesk = build(tmp_path, "zendesk", zendesk_subdomain="acme", zendesk_email="a@acme.test",
                         zendesk_api_token="zd-token", github_token="gh-token")
    preview = build(tmp_path, "preview")
    with with_zendesk.app_context():
        client = integrations.zendesk()
        assert client is not None and client.subdomain == "acme"
        assert integrations.github() is not None and not integrations.preview
    with preview.app_context():
        assert integrations.zendesk() is None and integrations.github() is None
        assert integrations.preview
    for app in (with_zendesk, preview):
        app.extensions["database"].dispose()
