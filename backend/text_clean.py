"""Strings every store and every encoder accepts: no NUL bytes, no lone surrogates.

JSON may escape half a surrogate pair ("\\ud83d") or a NUL ("\\u0000"): valid JSON, but no UTF-8,
no PostgreSQL text and no RE2 search takes them. Request bodies are cleaned on the way in
(api/parsing.py), and so is every ticket read from Zendesk (integrations/zendesk.py).
"""

from __future__ import annotations

import dataclasses
from typing import Any


def clean_text(value: str) -> str:
    """Drop NUL bytes and lone surrogates: valid JSON, but no database stores them."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "replace").decode("utf-8")
    return value


def cleaned(value: Any) -> Any:
    """value with clean_text applied to every string inside it (dicts and their keys, lists,
    tuples, dataclasses): a decoded JSON body, or a Ticket read from Zendesk."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {cleaned(key): cleaned(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        items = (cleaned(item) for item in value)
        # A named tuple takes its fields as arguments, not one iterable of them.
        return type(value)(*items) if hasattr(value, "_fields") else type(value)(items)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{
            f.name: cleaned(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init})
    return value
