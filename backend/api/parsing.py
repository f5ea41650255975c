"""Read request bodies and query strings into pydantic models, with the JSON error shape."""

from __future__ import annotations

import json
import re
from typing import Any, TypeVar

from flask import request
from pydantic import BaseModel, ValidationError

from backend.errors import APIError, validation_details
from backend.text_clean import clean_text, cleaned

M = TypeVar("M", bound=BaseModel)

# No number the API takes has more than 19 digits (64-bit ids); a few more leave room for the
# models to answer "out of range" with the field's path. Past this a number is refused while
# decoding, before Python's int-string limit (4300 digits) or a slow conversion is reached.
MAX_NUMBER_DIGITS = 40


def _number_too_large(digits: str) -> APIError:
    return APIError(422, "number_too_large",
                    f"A number in the body has {len(digits)} characters; numbers here have at "
                    f"most {MAX_NUMBER_DIGITS}.",
                    [{"loc": [], "message": "number too large", "type": "number_too_large"}])


def _bounded_int(digits: str) -> int:
    if len(digits) > MAX_NUMBER_DIGITS:
        raise _number_too_large(digits)
    return int(digits)


def _bounded_float(digits: str) -> float:
    if len(digits) > MAX_NUMBER_DIGITS * 2:
        raise _number_too_large(digits)
    return float(digits)


# \\u0000 or a surrogate's escape (its hex digits in either case). An escaped backslash before
# "u" matches too, which only sends a clean body through the cleaning walk.
_NUL_OR_SURROGATE_ESCAPE = re.compile(rb"\\u(?:0000|[dD][89a-fA-F])")


def _not_json_constant(name: str) -> Any:
    # json.loads accepts NaN and Infinity, which JSON (RFC 8259) does not.
    raise APIError(400, "malformed_json", f"{name} is not a JSON value.")


def loads(raw: bytes | str) -> Any:
    """Decode JSON with every number bounded in length and without NaN/Infinity."""
    return json.loads(raw, parse_int=_bounded_int, parse_float=_bounded_float,
                      parse_constant=_not_json_constant)


def json_body() -> Any:
    """The decoded, cleaned JSON body; 400 when it is missing or not JSON."""
    raw = request.get_data(cache=True)  # 413 past MAX_CONTENT_LENGTH (hardening.py: chunked too)
    if not raw.strip():
        raise APIError(400, "malformed_json", "The request body is empty; send a JSON object.")
    try:
        data = loads(raw)
        return cleaned(data) if _may_need_cleaning(raw) else data
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise APIError(
            400, "malformed_json", f"The request body is not valid JSON: {exc}"
        ) from None
    except RecursionError:
        raise APIError(400, "malformed_json", "The JSON body is nested too deeply.") from None


def _may_need_cleaning(raw: bytes) -> bool:
    """False when no decoded string can hold a NUL or a lone surrogate, so cleaning changes
    nothing (most bodies: the walk over every string costs more than these scans).

    A NUL or a surrogate comes from an escape of one (\\u0000, \\uD800-\\uDFFF: other escapes,
    such as the non-ASCII letters json.dumps writes as \\u00e9, decode to neither), or from
    bytes json.loads decodes with "surrogatepass": UTF-8's 0xED lead byte (it also begins
    Hangul syllables, which are then cleaned as before). A raw control character is not JSON,
    and a body in UTF-16 or UTF-32 has NUL bytes.
    """
    return (b"\xed" in raw or b"\x00" in raw
            or (b"\\u" in raw and _NUL_OR_SURROGATE_ESCAPE.search(raw) is not None))


def parse_body(model: type[M]) -> M:
    """Validate the JSON body against model (422 with field paths when it does not fit)."""
    data = json_body()
    if not isinstance(data, dict):
        raise APIError(
            422,
            "validation_error",
            "The request body must be a JSON object.",
            [{"loc": [], "message": "expected an object", "type": "dict_type"}],
        )
    return model.model_validate(data)


def parse_query(model: type[M]) -> M:
    """Validate the query string against model (an error names the query string, not the body)."""
    try:
        return model.model_validate({k: clean_text(v) for k, v in request.args.items()})
    except ValidationError as exc:
        raise APIError(422, "validation_error", "The query string is not valid.",
                       validation_details(exc)) from exc
