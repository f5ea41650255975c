"""An operator's mistake in the settings or the database gets a sentence, never a traceback."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from backend.settings import ConfigurationError, load_settings
from tests.unit.test_cli import RFH, _env


@pytest.mark.parametrize(("overrides", "names", "says"), [
    ({"log_level": "LOUD"}, "LOG_LEVEL", "'DEBUG', 'INFO'"),
    ({"model_dir": "/nonexistent/model"}, "MODEL_DIR", "holds no routing.yaml"),
    ({"database_url": "mysql://app:hunter2@db.example/rfh"}, "DATABASE_URL", "uses mysql"),
    ({"database_url": "sqlite:////nonexistent/folder/rfh.db"}, "DATABASE_URL",
     "a folder that does not exist"),
])
def test_a_bad_setting_is_named_with_what_is_wrong(overrides, names, says) -> None:
    with pytest.raises(ConfigurationError) as caught:
        load_settings(overrides)
    assert names in str(caught.value) and says in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_a_level_name_in_lower_case_or_as_loggings_alias_is_accepted() -> None:
    assert load_settings({"log_level": " debug "}).log_level == "DEBUG"
    assert load_settings({"log_level": "warn"}).log_level == "WARNING"
    assert load_settings({"log_level": "FATAL"}).log_level == "CRITICAL"


def test_a_database_never_migrated_says_to_migrate(tmp_path: Path) -> None:
    done = subprocess.run([str(RFH), "model", "list"], capture_output=True, text=True,
                          timeout=60, env=_env(f"sqlite:///{tmp_path / 'empty.db'}", tmp_path))
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == "rfh: the database has no tables yet: run `rfh db upgrade` first"


def test_an_unreachable_database_is_one_line_without_its_password(tmp_path: Path) -> None:
    url = "postgresql://app:hunter2@127.0.0.1:9/rfh"  # port 9 (discard): nothing listens
    done = subprocess.run([str(RFH), "model", "list"], capture_output=True, text=True,
                          timeout=60, env=_env(url, tmp_path))
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("rfh: cannot use the database DATABASE_URL names")
    assert "Traceback" not in done.stderr and "hunter2" not in done.stderr


def test_the_api_says_a_database_without_tables_needs_migrating(make_app, auth, tmp_path):
    app = make_app(database_url=f"sqlite:///{tmp_path / 'bare.db'}")
    with app.app_context():
        from backend.db import db
        from backend.models import Base
        Base.metadata.drop_all(db.engine)
    body = app.test_client().get("/api/v1/model", headers=auth)
    assert body.status_code == 503
    assert body.get_json()["error"]["code"] == "database_not_migrated"
