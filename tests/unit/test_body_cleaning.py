"""Request bodies skip the cleaning walk only when it could change nothing."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backend.api.parsing import _may_need_cleaning, loads
from backend.text_clean import cleaned


@pytest.mark.parametrize("raw", [b'"a\\u0000b"', b'"\\ud800"', b'"\\uDBFF"', b'"\\udc00x"',
                                 b'"\\uDfFf"', b'"\xed\xa0\x80"', b'\x00"\x00a\x00"\x00'])
def test_a_body_that_can_hold_a_nul_or_a_lone_surrogate_is_cleaned(raw: bytes) -> None:
    assert _may_need_cleaning(raw)


@pytest.mark.parametrize("raw", [b'{"a": "caf\\u00e9 \\u2014 \\uE000 \\u0001 \\uD7FF"}',
                                 b'{"subject": "plain"}', "{\"s\": \"caf\u00e9\"}".encode()])
def test_escapes_of_other_characters_and_raw_utf8_skip_the_walk(raw: bytes) -> None:
    assert not _may_need_cleaning(raw)


@settings(max_examples=400, deadline=None)
@given(st.recursive(st.text(st.characters(exclude_categories=()) | st.sampled_from(
                        ["\x00", "\ud800", "\udfff", "\ud83d", "\u00e9", "\\"])) | st.integers(),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=5), inner, max_size=4), max_leaves=12),
       st.booleans())
def test_a_body_skipping_the_walk_is_what_the_walk_would_give(value, ascii_only) -> None:
    # Any JSON value, with NULs and lone surrogates among its characters, written escaped
    # (json.dumps' default) or as raw UTF-8 (surrogates as the bytes json.loads decodes).
    raw = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    if not _may_need_cleaning(raw):
        decoded = loads(raw)
        assert cleaned(decoded) == decoded
