"""The last check before anything goes public: does any private value survive in the text?

Redaction works on shapes and known names; this check works on values. It takes every private
value the service collected for the ticket (identities, domains, custom-field values, sentences
of the private notes, and everything the redactor removed) and looks for each in the composed
public text (title, body, labels, Slack text). One survivor and nothing is filed: the error lists
what was found so the agent can fix the draft.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from backend.escalation.errors import EscalationError
from backend.escalation.names import NameMatcher
from backend.escalation.private_values import MIN_TOKEN, PrivateValues, shingles, words
from backend.escalation.public_body import visible
from backend.escalation.service_words import blank, private_names
from backend.escalation.spans import PLACEHOLDERS, linear, word_char
from backend.escalation.word_names import tool_at_version

ZWSP = "\u200b"
# Kinds whose removed values are names (matched with the same care for case as the redactor).
_NAME_KINDS = {"person": "person", "organization": "organization", "repository": "repository",
               "custom_field": "custom_field"}
MAX_FINDINGS = 50


class PrivateDataLeak(EscalationError):
    """The public text still holds private values; ``findings`` lists them."""

    def __init__(self, findings: list[dict[str, str]]) -> None:
        """Keep the findings; the message says what to do about them."""
        super().__init__(
            "private_data_in_public_issue",
            "The public issue still contains private data from the ticket, so nothing was "
            "filed. Edit the title or body to remove the values listed in details and try again.",
            details=findings)
        self.findings = findings


@dataclass(frozen=True)
class Finding:
    """One private value seen in the public text."""

    kind: str
    value: str


def check(texts: Iterable[str], values: PrivateValues,
          removed: Iterable[tuple[str, str]] = ()) -> None:
    """Raise PrivateDataLeak when any private value is in any of texts."""
    findings = leaks("\n".join(texts), values, removed)
    if findings:
        raise PrivateDataLeak([{"kind": f.kind, "value": f.value} for f in findings])


def leaks(text: str, values: PrivateValues,
          removed: Iterable[tuple[str, str]] = ()) -> list[Finding]:
    """Every private value found in text (at most MAX_FINDINGS), in a stable order."""
    # As GitHub shows it: entities decoded, invisible characters (ZWSP among them) gone.
    text = visible(text.replace(ZWSP, ""))
    text = blank(text, values.own_text, private_names(values))  # the service's words, whole tokens
    found: dict[tuple[str, str], None] = {}
    names: dict[str, list[str]] = {"person": list(values.people),
                                   "organization": list(values.organizations),
                                   "custom_field": list(values.fields), "repository": []}
    plain: list[tuple[str, str]] = [("email", e) for e in values.emails]
    plain += [("domain", d) for d in values.domains]
    for kind, value in removed:
        if kind in _NAME_KINDS:
            names[_NAME_KINDS[kind]].append(value)
        elif _checkable(kind, value):
            plain.append((kind, value))
    for kind, listed in names.items():
        for start, end in NameMatcher.of(listed, kind == "organization").finditer(text):
            if kind == "repository" and end < len(text) and text[end] in "-." and word_char(
                    text, end + 1):
                continue  # inside a longer repository's name (octocat/Hello-World-archived)
            if kind == "organization" and tool_at_version(text, start, end):
                continue  # "Harbor 2.9.1", as the redactor keeps it
            found[(kind, text[start:end])] = None
    lowered = text.lower()
    for kind, value in plain:
        if _contains_word(lowered, value.lower()):
            found[(kind, value)] = None
    for value in _private_comment_hits(text, values):
        found[("private_comment", value)] = None
    return [Finding(k, v) for k, v in list(found)[:MAX_FINDINGS]]


_VERSIONISH = linear(r"^v?\d+(?:\.\d+)+$")
_CREDENTIAL_KINDS = frozenset({"credential", "secret", "token"})


def _checkable(kind: str, value: str) -> bool:
    """A removed value worth looking for again: not a placeholder, a path, a version or a short
    number, and for a credential not a plain word ("user=postgres", "login: failed", "PWD=/app"
    took words the report uses elsewhere, and the filing was refused for them)."""
    if kind == "org_stem":
        return False  # an organization's initials go inside identifiers only (org_stems)
    if len(value) < 4 or value in PLACEHOLDERS or value.startswith("/") or _VERSIONISH.search(
            value) or (value.isdigit() and len(value) < 6):
        return False
    if kind in _CREDENTIAL_KINDS:
        return len(value) >= 10 or not value.isalpha()
    return True


def _contains_word(text: str, value: str) -> bool:
    """value occurs in text, not as a piece of a longer word."""
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        edges_ok = (not value[:1].isalnum() or not word_char(text, start - 1)) and (
            not value[-1:].isalnum() or not word_char(text, end)) and not (
            # a dotted name inside a longer one (insights.backfiller.newBackfill) is another
            "." in value and (_dotted_on(text, end, end + 1) or _dotted_on(text, start - 1,
                                                                            start - 2))) and not (
            # and a repository inside a longer one's name (octocat/Hello-World-archived)
            "/" in value and end < len(text) and text[end] in "-." and word_char(text, end + 1))
        if edges_ok:
            return True
        start = text.find(value, start + 1)
    return False


def _dotted_on(text: str, dot: int, letter: int) -> bool:
    """text[dot] is a dot and text[letter] a word's letter: the name goes on."""
    return 0 <= dot < len(text) and text[dot] == "." and word_char(text, letter)


def _private_comment_hits(text: str, values: PrivateValues) -> list[str]:
    """Runs of words from private notes, and their long tokens, that the public text repeats
    (what the customer also wrote publicly does not count)."""
    if not values.private_comments:
        return []
    public_shingles = shingles(values.public_text)
    public_words = set(words(values.public_text))
    text_shingles = shingles(text)
    text_words = set(words(text))
    hits: list[str] = []
    for note in values.private_comments:
        for run in sorted(shingles(note) - public_shingles):
            if run in text_shingles:
                hits.append(" ".join(run))
        for token in sorted(set(words(note)) - public_words):
            if _distinct_token(token) and token in text_words:
                hits.append(token)
    return hits


def _distinct_token(token: str) -> bool:
    """An identifier-like token (long, with a digit or underscore): not an ordinary word."""
    return len(token) >= MIN_TOKEN and any(c.isdigit() or c == "_" for c in token)
