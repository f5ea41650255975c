"""Ids that point at the customer's own records, for a public defect: their tracker's ticket
keys ("tracked internally as SUNB-2207", "[#PTEC-4471]", a forwarded "[PLAT-4412]",
"tracking in TDR-SEC-118"), a meeting's id, an OpenAI organization (``org-…``), an instance's
id, and an account's or contract's code after its word.

A key shaped like PROJ-123 is everywhere in tickets (CVE-2024-3094, GPT-4, UTF-8, SEV-1, RHEL-9),
so it goes only right after a word that says it is the customer's own record, and then wherever
else the draft names it (the redactor learns it). All RE2: linear in any input.
"""

from __future__ import annotations

from collections.abc import Iterator

from backend.escalation.spans import ID_NUMBER, Span, linear

_KEY = r"([A-Z][A-Z0-9]{1,9}(?:-[A-Z][A-Z0-9]{1,9})?-\d{1,6}(?:-\d{1,6})?)\b"  # INC-2023-1147

_CUED_KEY = linear(
    r"(?i:\b(?:internally|internal[ \t]+(?:ticket|issue|jira|reference|ref|bug)|our[ \t]+"
    r"(?:jira|ticket|issue|tracker|incident|case|bug|change)|incident|todo\b[^\n]{0,60}?"
    r"|track(?:ed|ing)[ \t]+(?:as|in|under)|change[ \t]+request))[^\n]{0,12}?\b" + _KEY
    + r"|\[#" + _KEY + r"\]|(?i:\b(?:fwd?|re|aw|wg|tr|rv))[ \t]*:[ \t]*\[" + _KEY + r"\]")
_PUBLIC_KEYS = frozenset({"CVE", "CWE", "GHSA", "RFC", "ISO", "SHA", "UTF", "HTTP", "TLS", "GPT",
                          "KEP", "PEP", "JEP", "JDK", "JSR", "RHSA", "USN", "DSA", "ALAS", "GO",
                          "SRC", "AES", "RSA", "ES", "HS", "RS", "PS", "X", "SEV", "RHEL",
                          "EKS", "GKE", "AKS", "PG", "UBI", "SLA", "OCP", "OKD", "K8S", "NODE",
                          "JAVA", "PY", "IE", "WIN", "MACOS", "IOS", "P", "SEC", "OWASP",
                          "GA", "PR", "MR", "UI", "STEP", "PHASE", "STAGE", "TIER", "LEVEL"})
_MEETING = linear(r"(?i)\b(?:meeting|conference|webinar|besprechungs|réunion|reunião|reunión)"
                  r"[ \t-]*(?:id|number|no\.?|nr\.?|#)[ \t]*[:#]?[ \t]*(\d[\d \-]{6,14}\d)")
_OPENAI_ORG = linear(r"\borg-[A-Za-z0-9]{20,32}\b")
# An account's or contract's own code after its word ("customer account SG-ACCT-004417",
# "contract QFI-SG-2024-0311"): letters, dashes and at least four digits.
_ACCOUNT_CODE = linear(r"(?i:\b(?:account|contract|agreement|subscription|quote|order|invoice))"
                       r"[ \t]*(?:#|no\.?|number|id)?[ \t:]*"
                       r"([A-Z][A-Z0-9]*-[A-Z0-9][A-Z0-9\-]{3,40})\b")

_INSTANCE_ID = linear(r"(?i)\b(?:instance|site|tenant)[ _-]?id\b[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*"
                      r"[:=][ \t]*[\"']?([A-Za-z0-9][A-Za-z0-9_\-]{5,63})")


def reference_id_spans(text: str) -> Iterator[Span]:
    """Spans of the customer's ticket keys, meeting ids, OpenAI organizations, instance ids."""
    for m in _CUED_KEY.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        if m.group(group).split("-", 1)[0] not in _PUBLIC_KEYS:
            yield Span(m.start(group), m.end(group), "customer_id", ID_NUMBER, m.group(group))
    for m in _MEETING.finditer(text):
        yield Span(m.start(1), m.end(1), "customer_id", ID_NUMBER, m.group(1))
    for m in _OPENAI_ORG.finditer(text):
        yield Span(m.start(), m.end(), "customer_id", ID_NUMBER, m.group(0))
    for m in _ACCOUNT_CODE.finditer(text):
        if sum(c.isdigit() for c in m.group(1)) >= 4:
            yield Span(m.start(1), m.end(1), "customer_id", ID_NUMBER, m.group(1))

    for m in _INSTANCE_ID.finditer(text):
        if any(c.isdigit() for c in m.group(1)):
            yield Span(m.start(1), m.end(1), "customer_id", ID_NUMBER, m.group(1))
