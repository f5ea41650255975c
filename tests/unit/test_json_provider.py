"""Responses encoded by orjson hold the same JSON values Flask's own provider writes."""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import numpy as np
import pytest
from flask import Flask, jsonify
from flask.json.provider import DefaultJSONProvider

from backend.api.json_provider import OrjsonProvider


@dataclasses.dataclass
class Point:
    x: int
    label: str


VALUES: list[Any] = [
    {"b": 1, "a": [1.5, 0.0001, 1e-05, -0.0, 2**63 - 1, None, True, "text"],
     "c": {"z": {}, "y": []}},
    {"name": "Zoë ✓ 日本", "quote": "a \"b\" \\ c\n\t\u2028", "emoji": "\U0001F600"},
    {"when": datetime(2026, 12, 6, 9, 30, tzinfo=UTC), "day": date(2026, 12, 6)},
    {"id": uuid.UUID(int=7), "amount": Decimal("1.10"), "point": Point(1, "p")},
    {"big": 2**70, "negative big": -(2**65)},  # orjson refuses: the standard library encodes
    {"lone": "a\ud800b"},  # a lone surrogate, which UTF-8 cannot carry: escaped as before
    {"numpy": np.float64(0.25), "count": np.int64(3)},
    [{"k": i, "v": str(i)} for i in range(50)],
]


def _app(provider: type[DefaultJSONProvider]) -> Flask:
    app = Flask(__name__)
    app.json = provider(app)
    return app


def _body(app: Flask, value: Any) -> str:
    with app.app_context():
        if isinstance(value, dict):
            return str(jsonify(value).get_data(as_text=True))
        return str(app.json.response(value).get_data(as_text=True))


@pytest.mark.parametrize("value", VALUES, ids=range(len(VALUES)))
def test_a_response_holds_the_same_json_as_flasks_provider(value: Any) -> None:
    ours, flasks = _app(OrjsonProvider), _app(DefaultJSONProvider)
    if isinstance(value, dict) and "count" in value:
        # NumPy's integers are no JSON to either encoder: the same error as before.
        with pytest.raises(TypeError), ours.app_context():
            jsonify(value)
        value = {"numpy": value["numpy"]}
    body, expected = _body(ours, value), _body(flasks, value)
    assert json.loads(body) == json.loads(expected)
    # Keys sorted and one newline at the end, as Flask writes a response.
    assert body.endswith("\n") and not body.endswith("\n\n")
    decoded = json.loads(body)
    if isinstance(decoded, dict):
        assert list(decoded) == sorted(decoded)


def test_dates_stay_http_dates_and_text_is_utf8() -> None:
    body = _body(_app(OrjsonProvider), {"when": datetime(2026, 12, 6, 9, 30, tzinfo=UTC),
                                        "name": "Zoë"})
    assert body == '{"name":"Zoë","when":"Sun, 06 Dec 2026 09:30:00 GMT"}\n'


def test_pretty_printing_and_plain_dumps_are_flasks_own() -> None:
    app = _app(OrjsonProvider)
    app.debug = True  # Flask indents responses in debug mode
    with app.app_context():
        assert jsonify({"b": 1, "a": 2}).get_data(as_text=True) == '{\n  "a": 2,\n  "b": 1\n}\n'
        assert app.json.dumps({"b": 1, "a": "é"}) == '{"a": "\\u00e9", "b": 1}'
