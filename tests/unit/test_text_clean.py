"""Strings cleaned for every store: NUL bytes and lone surrogates gone, the shape kept."""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

from backend.text_clean import clean_text, cleaned


class Pair(NamedTuple):
    name: str
    body: str


@dataclasses.dataclass(frozen=True)
class Note:
    title: str
    lines: tuple[str, ...]
    derived: str = dataclasses.field(default="", init=False)


def test_nul_bytes_and_lone_surrogates_are_dropped_or_replaced():
    assert clean_text("a\x00b") == "ab"
    assert clean_text("half \ud83d pair") == "half ? pair"
    assert clean_text("fine ✓") == "fine ✓"


def test_every_string_inside_is_cleaned_and_each_container_keeps_its_type():
    value = {"k\x00": ["x\x00", ("y\ud800", 3)], "n": None}
    assert cleaned(value) == {"k": ["x", ("y?", 3)], "n": None}
    assert type(cleaned(value)["k"][1]) is tuple


def test_a_named_tuple_stays_a_named_tuple():
    out = cleaned(Pair("a\x00", "b\ud800"))
    assert out == Pair("a", "b?")
    assert type(out) is Pair


def test_a_dataclass_is_rebuilt_from_its_init_fields():
    out = cleaned(Note("t\x00", ("l\x00",)))
    assert out == Note("t", ("l",))
