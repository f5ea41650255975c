"""Where a dotted name stands can say it is code, not a host or an address.

A name on a suffix no registry has is a host by default (``gitlab.hooli.prod``), but not as a
JSON key (``"tls.external": {…}``), as a logger's scope after a level (``WARN permissions.syncer:``)
or as a search filter's value (``select:file.owners``, ``type:diff``); and four numbers after
"version" are a version (``version 24.2.6.1``), not an IPv4 address.
"""

from __future__ import annotations

from backend.escalation.host_names import INTERNAL_SUFFIXES, has_registered_suffix
from backend.escalation.spans import linear

_LEVEL_BEFORE = linear(r"(?:^|\s)(?:WARN|WARNING|INFO|ERROR|EROR|DEBUG|DBUG|TRACE|FATAL|CRIT)"
                       r"[ \t]+$")
_FILTER_BEFORE = linear(r"(?i)(?:^|[\s(\"'`+])-?(?:select|type|lang|patterntype|file|f|l)"
                        r":$")
# A JSON log's field that holds a code name: "InstrumentationScope":"gitserver.janitor".
_CODE_FIELD_BEFORE = linear(r"(?i)\"(?:[a-z_]*scope|logger(?:_?name)?)\"[ \t]*:[ \t]*\"$")
_VERSION_BEFORE = linear(r"(?i)(?:\bversion|\bver\.)[ \t:=]*$")  # (not ssh -v 10.0.0.5)


_TEMPLATE_BEFORE = linear(r"(?:\{\{-?|\$\{)[ \t]*\.?$")
_TEMPLATE_AFTER = linear(r"^[ \t]*-?\}")


def in_template(text: str, start: int, end: int) -> bool:
    """The dotted name text[start:end] is a template's expression that no host could be: with
    an underscore in a label (``${{ batch_change.author.name }}``, on a real suffix), capitals
    (``${{ secrets.GH }}``) or a suffix no registry has. ``{{ sourcegraph.hooli.com }}`` is a
    host all the same."""
    name = text[start:end]
    suffix = name.rsplit(".", 1)[-1].split(":", 1)[0].lower()
    return bool(_TEMPLATE_BEFORE.search(text[max(0, start - 8):start])
                and _TEMPLATE_AFTER.search(text[end:end + 8])) and (
        "_" in name or name != name.lower()
        or not (has_registered_suffix(name) or suffix in INTERNAL_SUFFIXES))


def dotted_name_is_code(text: str, start: int, end: int) -> bool:
    """The dotted name text[start:end], on a suffix no registry has, stands where only code
    does: a JSON key, a logger's scope (after a level, or in a JSON log's scope field), a search
    filter's value."""
    name = text[start:end]
    if has_registered_suffix(name) or name.rsplit(".", 1)[-1].split(":", 1)[0].lower() in (
            INTERNAL_SUFFIXES) or ":" in name:
        return False  # git.hooli.com, registry.hooli.corp(:5000) are hosts wherever they stand
    before = text[max(0, start - 16):start]
    if before.endswith('"') and text[end:end + 2] == '":':
        return True
    if text[end:end + 1] == '"' and _CODE_FIELD_BEFORE.search(text[max(0, start - 40):start]):
        return True
    if text[end:end + 1] == ":" and _LEVEL_BEFORE.search(before):
        return True
    return bool(_FILTER_BEFORE.search(before))


def version_not_address(text: str, start: int) -> bool:
    """Four dotted numbers written as a version ("version 24.2.6.1")."""
    return bool(_VERSION_BEFORE.search(text[max(0, start - 12):start]))
