"""Every pattern that reads customer text is RE2: linear time by construction, for any input.

(Timings of hostile inputs live in bench/adversarial.py, not here.)
"""

from __future__ import annotations

import re
from types import ModuleType

import pytest
import re2

from backend.escalation import (
    composer,
    config_secrets,
    contact_scan,
    details,
    host_names,
    identity_numbers,
    ip_scan,
    leak_check,
    markdown,
    names,
    people_scan,
    personal_ids,
    phone_scan,
    private_values,
    secret_scan,
)
from backend.escalation.names import NameMatcher
from backend.escalation.secret_scan import PLUGINS, plugin_patterns

MODULES = [composer, config_secrets, contact_scan, details, host_names, identity_numbers, ip_scan,
           leak_check, markdown, names, people_scan, personal_ids, phone_scan, private_values,
           secret_scan]


def compiled_patterns(module: ModuleType) -> list[tuple[str, object]]:
    found = []
    for name, value in vars(module).items():
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            item = item[1] if isinstance(item, tuple) and len(item) == 2 else item
            if isinstance(item, re.Pattern) or type(item).__name__ == "_Regexp":
                found.append((name, item))
    return found


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_module_patterns_are_re2(module: ModuleType) -> None:
    patterns = compiled_patterns(module)

    backtracking = [name for name, p in patterns if isinstance(p, re.Pattern)
                    and name != "_LOOKAROUND" and name != "_BIG_REPEAT"]

    assert backtracking == []  # the two exceptions read detect-secrets' pattern sources only
    assert module in (leak_check, names, private_values, composer) or patterns


def test_every_detect_secrets_plugin_pattern_runs_in_re2() -> None:
    compiled = plugin_patterns()

    assert all(isinstance(regex, re2._Regexp) for _, regex, _ in compiled)
    covered = {kind for kind, _, _ in compiled}
    assert covered == {p.secret_type for p in PLUGINS}  # none lost to an RE2 limitation


def test_name_matchers_are_re2() -> None:
    matcher = NameMatcher.of(["Gavin Belson", "HP", "Zoë"])

    assert isinstance(matcher.regex, re2._Regexp)
    assert matcher.found("HP met Zoë and gavin belson; hp is fine") == ["HP", "Zoë", "gavin belson"]


def test_the_routing_patterns_that_can_span_lines_are_re2() -> None:
    """The ticket preparation's reply-header search runs over the whole text, line after line:
    on Python's engine its "^\\s*" made 40 KB of blank lines take 70 s. Its other patterns read
    one stripped line at a time (sign-offs) or find bounded tokens, and stay on `re`."""
    from backend.routing import text

    patterns = dict(compiled_patterns(text))
    assert type(patterns["_REPLY_HEADERS"]).__name__ == "_Regexp"
    assert {name for name, p in patterns.items() if isinstance(p, re.Pattern)} == {
        "_SIGNOFF", "_SIG_DELIM", "_TELLING"}
    # Still finds what it is for.
    quoted = "Still broken.\n\nOn Tue, 3 Jun 2025, Ana <ana@example.com> wrote:\n> old text"
    assert text.strip_quoted_reply(quoted).strip() == "Still broken."
    assert text.strip_quoted_reply(" \n" * 20_000 + "body").strip() == "body"
