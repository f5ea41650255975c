"""The short forms of an organization's name that its people put in front of their own names.

Teams name their repositories, namespaces and databases after the company's initials or the
first part of its name: Verdant Grid Energy's ``vg-pg15-main``, Groupe Vautrin Assurances'
``sg-gva-prod``, KolaPay's ``kola-ledger``. Such a stem alone is often a word of the report
(Qt, PB, CA), so it goes only as a part of a dashed or underscored identifier, and a stem of two
letters only at the front of one of three parts or more (``ca-certificates`` stays). The stem
becomes the customer's placeholder; the rest of the identifier stays.
"""

from __future__ import annotations

from collections.abc import Iterator

from backend.escalation.spans import CUSTOMER, Span, linear

_SPLIT = linear(r"[\s,&/]+")
_IDENTIFIER = linear(r"\b[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+\b")
_PART = linear(r"[A-Za-z0-9]+")
_HUMP = linear(r"^[A-Z][a-z]{3,}(?:[A-Z][a-z0-9]*)+$")  # KolaPay, not Kola or KOLA
# Words a name's initials skip: legal forms and particles.
_SKIP = frozenset({"inc", "llc", "ltd", "gmbh", "ag", "sa", "plc", "co", "corp", "jsc", "asa",
                   "a/s", "bv", "nv", "srl", "spa", "pte", "pty", "kg", "se", "oy", "ab", "as",
                   "of", "the", "and", "de", "del", "la", "le", "du", "des", "y", "e", "et",
                   "und", "von", "für", "di", "da", "do", "dos"})
# Two letters that are the report's own prefixes (ca-certificates, sg-…, db-…, pg-…).
_TECH_PAIRS = frozenset({"ca", "db", "ci", "cd", "io", "os", "ui", "ux", "qa", "hr", "it", "vm",
                         "gh", "gl", "pr", "sg", "go", "js", "ts", "py", "rb", "id", "ip", "mq",
                         "pg", "ms", "az", "ec", "tf", "gc", "lb", "ns", "dc", "eu", "us", "ap",
                         "my", "no", "on", "to", "in", "is", "at", "be", "by", "do", "if", "or",
                         "up", "we", "me", "of", "an", "as", "so", "x8", "k8"})


def organization_stems(name: str | None) -> list[str]:
    """The initials of a name of two words or more (vg, vge of Verdant Grid Energy) and the
    first part of a camel-cased word of it (kola of KolaPay), lower-cased."""
    if not name:
        return []
    words = [w for w in _SPLIT.split(name) if w and w.lower().strip(".") not in _SKIP]
    stems: list[str] = []
    initials = "".join(w[0] for w in words if w[0].isascii() and w[0].isalpha()).lower()
    if len(words) >= 2 and len(initials) == len(words):
        stems += [initials[:k] for k in range(2, len(initials) + 1)]
    for word in words:
        if _HUMP.search(word):
            stems.append(_PART.match(word.lower()).group(0)[:len(_first_hump(word))])
    return [s for s in dict.fromkeys(stems) if not (len(s) == 2 and s in _TECH_PAIRS)]


def _first_hump(word: str) -> str:
    """KolaPay: Kola."""
    for i in range(1, len(word)):
        if word[i].isupper():
            return word[:i]
    return word


def stem_spans(text: str, stems: list[str]) -> Iterator[Span]:
    """Spans of the stems inside the text's dashed and underscored identifiers."""
    if not stems:
        return
    wanted = frozenset(stems)
    for m in _IDENTIFIER.finditer(text):
        parts = list(_PART.finditer(m.group(0)))
        for index, part in enumerate(parts):
            word = part.group(0).lower()
            if word in wanted and (len(word) >= 3 or (index == 0 and len(parts) >= 3)):
                start = m.start() + part.start()
                yield Span(start, start + len(word), "organization", CUSTOMER, part.group(0))
