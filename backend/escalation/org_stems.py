"""The initials of an organization's name that its people put in front of their own names.

Teams name their repositories, namespaces and databases after the company's initials:
Verdant Grid Energy's ``vg-pg15-main``, Groupe Vautrin Assurances' ``sg-gva-prod``. Such a stem
alone is often a word of the report (Qt, PB, CA), so it goes only as a part of a dashed or
underscored identifier, a stem of two letters only at the front of one of three parts or more
(``ca-certificates`` stays), and never one that is a technical word (aws, src, api). The stem
becomes the customer's placeholder; the rest of the identifier stays.
"""

from __future__ import annotations

from collections.abc import Iterator

from backend.escalation.spans import CUSTOMER, Span, linear

_SPLIT = linear(r"[\s,&/]+")
_CAPITALS = linear(r"\b[A-Z]{3,6}\b")
_IDENTIFIER = linear(r"\b[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+\b")
_PART = linear(r"[A-Za-z0-9]+")
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
# Initials that are the report's words (Amazon Web Services' aws-sdk-go, Smith Rowe Capital's
# src-cli, Acme Payments International's api-server, Global Innovation Technologies' git-lfs).
_TECH_WORDS = frozenset("""
api aws gcp src dev git cli sdk sso ssh ssl tls dns cdn vpn sql app web ops org com net env log
tmp var usr bin etc lib pkg cmd doc faq csv pdf xml yml cpu gpu ram rpc tcp udp ftp smb nfs ldap
saml oidc scim jwt lsif scip dbs sre qa prd stg uat poc sla rfc iso utf npm pip jdk jvm php
""".split())


def organization_stems(name: str | None) -> list[str]:
    """The initials of a name of two words or more (vg, vge of Verdant Grid Energy),
    lower-cased, less those that are the report's words (aws, src, api)."""
    if not name:
        return []
    words = [w for w in _SPLIT.split(name) if w and w.lower().strip(".") not in _SKIP]
    stems: list[str] = []
    initials = "".join(w[0] for w in words if w[0].isascii() and w[0].isalpha()).lower()
    if len(words) >= 2 and len(initials) == len(words):
        stems += [initials[:k] for k in range(2, len(initials) + 1)]
    return [s for s in dict.fromkeys(stems)
            if not (len(s) == 2 and s in _TECH_PAIRS) and s not in _TECH_WORDS]


def stem_spans(text: str, stems: list[str]) -> Iterator[Span]:
    """Spans of the stems inside the text's dashed and underscored identifiers, and of the
    initials of three letters or more written alone in capitals ("we at HMG")."""
    if not stems:
        return
    wanted = frozenset(stems)
    capitals = frozenset(s.upper() for s in stems if len(s) >= 3)
    for m in _CAPITALS.finditer(text) if capitals else ():
        if m.group(0) in capitals:
            yield Span(m.start(), m.end(), "organization", CUSTOMER, m.group(0))
    for m in _IDENTIFIER.finditer(text):
        parts = list(_PART.finditer(m.group(0)))
        for index, part in enumerate(parts):
            word = part.group(0).lower()
            if word in wanted and (len(word) >= 3 or (index == 0 and len(parts) >= 3)):
                start = m.start() + part.start()
                # Its own kind: the leak check does not look for a stem on its own (vg-pg15-main
                # goes; "vg" alone may be another word).
                yield Span(start, start + len(word), "org_stem", CUSTOMER, part.group(0))
