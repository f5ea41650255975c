"""What the API fuzz tests share: credentials, signed webhooks, hostile values to plant."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote, urlencode

from hypothesis import strategies as st

from backend.insights.stats import FIRST_DAY, LAST_DAY

ERROR_KEYS = {"code", "message", "details"}
WEBHOOK_SECRET = "fuzz-webhook-secret"
WEBHOOK_OPERATION = "webhooks.github_webhook"


def credentials(security: list[dict[str, Any]], agent: str, admin: str) -> dict[str, str]:
    """Headers that satisfy an operation's security requirement (none when it has none)."""
    schemes = {name for requirement in security for name in requirement}
    if "adminBearer" in schemes or "adminToken" in schemes:
        return {"Authorization": f"Bearer {admin}"}
    if "zafJwt" in schemes:
        return {"Authorization": f"Bearer {agent}"}
    return {}


def signed_delivery(raw: bytes) -> dict[str, str]:
    """The headers GitHub sends with an `issues` delivery of raw, signed with the test secret."""
    digest = hmac.new(WEBHOOK_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    return {"X-GitHub-Event": "issues", "X-Hub-Signature-256": f"sha256={digest}",
            "Content-Type": "application/json"}


def _text(response: Any) -> str:
    get_data = getattr(response, "get_data", None)  # Flask's test response, or schemathesis'
    return str(get_data(as_text=True) if get_data else response.text)


def assert_no_server_error(response: Any, what: object) -> None:
    """Below 500, and every error in the one JSON error shape."""
    text = _text(response)
    assert response.status_code < 500, (what, text[:500])
    if response.status_code >= 400:
        body = json.loads(text)
        assert isinstance(body, dict) and set(body) == {"error"}, text[:300]
        assert set(body["error"]) == ERROR_KEYS
        assert isinstance(body["error"]["code"], str) and body["error"]["code"]
        assert isinstance(body["error"]["message"], str) and body["error"]["message"]


# ------------------------------------------------------------------------- edge values


EDGE_DATES = [date(1, 1, 1), date(9999, 12, 31), FIRST_DAY, LAST_DAY, date(2024, 2, 29),
              date(2000, 1, 31)]
#: What the "date" format draws: the calendar's ends and the service's bounds, or any day.
DATES = st.one_of(st.sampled_from(EDGE_DATES), st.dates()).map(date.isoformat)


@dataclass(frozen=True)
class Raw:
    """JSON text written as is: numbers json.dumps cannot (or will not) write."""

    text: str


class _RawEncoder(json.JSONEncoder):
    """Writes Raw values through placeholders, replaced after encoding."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.raws: list[str] = []

    def default(self, o: Any) -> Any:
        if isinstance(o, Raw):
            self.raws.append(o.text)
            return f"\x00raw{len(self.raws) - 1}\x00"
        return super().default(o)


def dumps(value: Any) -> bytes:
    """JSON with every Raw written as its text; lone surrogates kept as escapes (bytes as is)."""
    if isinstance(value, bytes):
        return value
    encoder = _RawEncoder()
    text = encoder.encode(value)
    for index, raw in enumerate(encoder.raws):
        text = text.replace(json.dumps(f"\x00raw{index}\x00"), raw)
    return text.encode()


def as_text(value: Any) -> str:
    """A planted value as it goes into a path or a query string."""
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, str):
        return value
    return json.dumps(value)


#: Past Python's int-string limit (4300 digits): json.loads raised ValueError on these.
HUGE_NUMBERS = st.integers(4301, 6000).map(lambda n: Raw("9" * n)) | st.integers(41, 4300).map(
    lambda n: Raw("-" + "1" * n))
HOSTILE = st.one_of(
    HUGE_NUMBERS,
    st.sampled_from([2**31 - 1, 2**31, 2**53 + 1, 2**63, 2**64, -(2**63) - 1, 0, -1]),
    st.sampled_from([Raw("1e999999"), Raw("-1e400"), Raw("NaN"), Raw("-Infinity"),
                     Raw("1" * 200 + ".5"), Raw("[" * 100_000 + "]" * 100_000)]),
    st.sampled_from([d.isoformat() for d in EDGE_DATES] + ["0000-00-00", "2024-02-30"]),
    st.sampled_from(["", "\x00", "a\x00b", "\ud800", "x" * 5000, "é" * 100, "sha256=é"]),
    st.sampled_from([None, True, [], {}, [None], {"": None}]),
)


def _slots(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value a hostile value can take (the whole value included)."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _slots(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _slots(item, (*path, index))
    return found


def plant(value: Any, path: tuple[Any, ...], hostile: Any) -> Any:
    """value with the item at path replaced by hostile (a copy; value is untouched)."""
    if not path:
        return hostile
    head, rest = path[0], path[1:]
    if isinstance(value, dict):  # a key it lacks is added (an unknown field)
        return {**value, head: plant(value.get(head), rest, hostile)}
    copy = list(value)
    copy[head] = plant(copy[head], rest, hostile)
    return copy


@st.composite
def planted(draw: st.DrawFn, body: Any, query: dict[str, Any], path_parameters: dict[str, Any],
            query_names: list[str]) -> tuple[str, Any, dict[str, Any], dict[str, Any]]:
    """One hostile value planted in the body, a (declared) query parameter or a path parameter."""
    places: list[tuple[str, tuple[Any, ...]]] = []
    if body is not None:
        places += [("body", slot) for slot in _slots(body)]
        places += [("body", (*slot, "unexpected")) for slot in _slots(body)
                   if isinstance(_get(body, slot), dict)]
    places += [("query", (name,)) for name in sorted(set(query) | set(query_names))]
    places += [("path", (name,)) for name in path_parameters]
    where, slot = draw(st.sampled_from(places))
    hostile = draw(HOSTILE)
    if where == "body":
        return where, plant(body, slot, hostile), query, path_parameters
    if where == "query":
        return where, body, {**query, slot[0]: as_text(hostile)}, path_parameters
    return where, body, query, {**path_parameters, slot[0]: as_text(hostile)}


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


def query_string(query: dict[str, Any]) -> str:
    """The query encoded as UTF-8 (lone surrogates too: a client can send their bytes)."""
    return urlencode({k: as_text(v) for k, v in query.items()}, encoding="utf-8",
                     errors="surrogatepass")


def fill_path(template: str, parameters: dict[str, Any]) -> str:
    """The path with each {name} replaced by its (quoted) value."""
    for name, value in parameters.items():
        text = quote(as_text(value), safe="", encoding="utf-8", errors="surrogatepass")
        template = template.replace("{" + name + "}", text)
    return template
