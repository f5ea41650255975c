"""Ids that point at the customer's own records, for a public defect: their tracker's ticket
keys ("tracked internally as SUNB-2207", "[#PTEC-4471]", a forwarded "[PLAT-4412]",
"tracking in TDR-SEC-118"), a meeting's id, an OpenAI organization (``org-…``), an instance's
id, and an account's or contract's code after its word.

A key shaped like PROJ-123 is everywhere in tickets (CVE-2024-3094, GPT-4, UTF-8, SEV-1, RHEL-9),
so it goes only right after a word that says it is the customer's own record (and the keys
listed after it), at a commit's line, and then wherever else the draft names it (the redactor
learns it); never after "upstream" or with a public project's prefix. All RE2: linear in any
input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import re2

from backend.escalation.spans import ID_NUMBER, Span, linear

MAX_LISTED = 20  # keys listed after a cued one
_KEY = r"([A-Z][A-Z0-9]{1,9}(?:-[A-Z][A-Z0-9]{1,9})?-\d{1,6}(?:-\d{1,6})?)\b"  # INC-2023-1147

_CUED_KEY = linear(
    r"(?i:\b(?:internally|internal[ \t]+(?:ticket|issue|jira|reference|ref|bug|runbook|wiki"
    r"|page|doc)|our[ \t]+(?:jira|ticket|issue|tracker|incident|case|bug|change|ref|reference"
    r"|runbook)|incident|todo\b[^\n]{0,60}?|track(?:ed|ing)[ \t]+(?:as|in|under)"
    r"|change[ \t]+request|(?:new|open|jira|linked)[ \t]+(?:ticket|issue|story|epic|task)"
    r"|jira\b[^\n]{0,30}?|related(?:[ \t]+(?:to|tickets?|issues?))?[ \t]*:[^\n]{0,40}?))"
    r"[^\n]{0,12}?\b" + _KEY
    + r"|\[#" + _KEY + r"\]|(?i:\b(?:fwd?|re|aw|wg|tr|rv))[ \t]*:[ \t]*\[" + _KEY + r"\]"
    + r"|\((?i:ticket|case)[ \t]+" + _KEY)
# A key at a commit's line: "a3f9c1e Ada Lovelace 2024-04-09 ZRW-4471 fix …" (a short hash
# first), in a git log entry's first lines ("commit <hash>" then its message), a
# "feature/ZRW-4388-…" branch.
_COMMIT_KEY = linear(r"(?m)^[ \t>]*[0-9a-f]{7,12}[ \t][^\n]{0,120}?\b" + _KEY
                     + r"|(?m)^[ \t>]*commit [0-9a-f]{40}[^\n]*\n(?:[^\n]*\n){0,6}?[^\n]*?\b"
                     + _KEY + r"|\(" + _KEY + r"\)[ \t]*$|\b(?:feature|feat|bugfix|fix|hotfix"
                     r"|chore|release)/"
                     + _KEY.removesuffix(r"\b") + r"(?:[-_/]|\b)")
# A cloud region is no ticket's key (US-EAST-1, AP-SOUTHEAST-2).
_REGION = linear(r"^(?:US|EU|AP|SA|CA|ME|AF|IL|MX|CN|GOV)-(?:GOV-)?(?:EAST|WEST|NORTH|SOUTH"
                 r"|CENTRAL|NORTHEAST|SOUTHEAST|NORTHWEST|SOUTHWEST)-\d$")
# Words before a key that say it is someone else's tracker's: "upstream KAFKA-12345".
_UPSTREAM = linear(r"(?i)\bupstream\b")
_ANY_KEY = linear(r"\b" + _KEY)
# A reference line names the customer's own records ("Ref: INC0389214 (our ServiceNow) /
# PLATOPS-4821": the first key may stand further than the cue's twelve characters).
_REFERENCE_KEY = linear(r"(?im)^[ \t>]*(?:reference|ref|case|change|ticket)s?[ \t]*"
                        r"(?:no\.?|#|number|id)?[ \t]*:[^\n]{0,60}?\b" + _KEY)
# (a remark in brackets may come between: "PLATOPS-4821 (prod outage, see runbook) and …")
_LISTED_KEY = linear(r"(?:[ \t]*\([^()\n]{0,60}\))?[ \t]*(?:,|;|/|&|\band\b|\bund\b|\bet\b"
                     r"|\by\b)[ \t]*" + _KEY)
_PUBLIC_KEYS = frozenset({"ALAS", "ALAS2", "ALAS2022", "ALAS2023", "DLA", "PYSEC", "RUSTSEC",
                          "ORA", "PHP", "RC", "KB", "MSRC", "HADOOP", "HDFS", "YARN", "HIVE",
                          "HBASE", "SPARK", "KAFKA", "FLINK", "ZOOKEEPER", "LUCENE", "SOLR",
                          "CASSANDRA", "MNG", "JENKINS", "HHH", "LOG4J2", "GROOVY", "CVE", "CWE",
                          "GHSA", "RFC", "ISO", "SHA", "UTF", "HTTP", "TLS", "GPT", "ECMA", "IEEE",
                          "NIST", "IEC", "DIN", "ANSI", "MIT", "EN", "H2", "SG", "BSERV", "SERVER",
                          "KEP", "PEP", "JEP", "JDK", "JSR", "RHSA", "USN", "DSA", "GO",
                          "SRC", "AES", "RSA", "ES", "HS", "RS", "PS", "X", "SEV", "RHEL",
                          "EKS", "GKE", "AKS", "PG", "UBI", "SLA", "OCP", "OKD", "K8S", "NODE",
                          "JAVA", "PY", "IE", "WIN", "MACOS", "IOS", "P", "SEC", "OWASP",
                          "GA", "PR", "MR", "UI", "STEP", "PHASE", "STAGE", "TIER", "LEVEL",
                          # standards and audits, and the product's own projects
                          "FIPS", "SOC", "PCI", "SOX", "HIPAA", "GDPR", "ZOEKT", "SCIP"})
# Earlier support tickets by number: "your tickets #41877 and #42210", "our case #55120".
_TICKET_NUMBER = linear(r"(?i:\b(?:your|our|previous|earlier|old|zendesk)[ \t]+"
                        r"(?:support[ \t]+)?(?:tickets?[ \t:]*#?|cases?[ \t:]*#|requests?[ \t:]*#))"
                        r"(\d{4,9})\b")
_LISTED_NUMBER = linear(r"[ \t]*(?:,|and|&|/)[ \t]*#?(\d{4,9})\b")
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

# A GitHub App's installation in the customer's account, by its API route
# (api.github.com/app/installations/51873420): the URL is public, the number is theirs.
# (in prose after a GitHub App's word: "App ID 123456, installation 58311902"; not "After
# installation 65536 file descriptors")
_INSTALLATION = linear(r"/installations/(\d{5,12})\b|(?i:\b(?:github[ \t]+app|app[ \t]+id)\b)"
                       r"[^\n]{0,40}?(?i:\binstallation)(?:[ \t]+id)?[ \t:#]+(\d{5,12})\b")
_DATE_NUMBER = linear(r"^20\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")
# A record's number with its year (AUD-2025-031, OPP-2025-00417, PRIV-DSR-2025-0093): an
# audit's, an incident's or an opportunity's, unless the prefix is a public advisory's.
_DATED_KEY = linear(r"\b([A-Z][A-Z0-9]{1,9}(?:-[A-Z][A-Z0-9]{1,9})?-20\d\d-\d{2,6})\b")
# Whole prefixes (a part alone, IR of SEC-IR-2025-0017, is no advisory); any with CVE in it.
_ADVISORIES = frozenset({"CVE", "GHSA", "RHSA", "RHBA", "RHEA", "ALAS", "ALAS2", "ALAS2022",
                         "ALAS2023", "DSA", "DLA", "USN", "PYSEC", "RUSTSEC", "GO", "GLSA", "GMS",
                         "MAL", "OSV", "ELSA", "SUSE-SU", "MSRC", "KB", "ZDI", "JVNDB", "BDSA",
                         "TALOS", "CWE", "ISO", "RFC", "NIST", "PRISMA", "PRISMA-CLOUD", "WS",
                         "GHSL", "HCSEC", "VMSA", "ESA", "EUVD", "CNVD", "CNNVD", "SA-CORE",
                         "SA-CONTRIB", "MGASA", "OESA", "GSD", "JSA", "FG-IR", "PAN-SA",
                         "CISCO-SA", "XSA", "MFSA", "APPLE-SA", "OPENSUSE-SU", "TRA", "SSA"})
# A Cloud SQL instance's connection name, project:region:instance (both the customer's): not a
# Maven coordinate (org.apache.commons:commons-lang3:jar:3.12.0), nor the docs' example.
_CLOUD_SQL = linear(r"(?:^|[^A-Za-z0-9.:_\-])(([a-z][a-z0-9\-]{4,61}):[a-z]+-[a-z]+\d:"
                    r"[a-z][a-z0-9\-]{0,96})(?:$|[.:]?(?:\s|$)|[^A-Za-z0-9.:_\-])")
_EXAMPLE_PROJECTS = ("my-", "your-", "example", "project-id", "test-project", "sample")


def reference_id_spans(text: str) -> Iterator[Span]:
    """Spans of the customer's ticket keys, meeting ids, OpenAI organizations, instance ids."""
    for m in _CUED_KEY.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if m.group(g) is not None)
        if _theirs(m.group(group)) and not _UPSTREAM.search(text[max(0, m.start() - 40):
                                                                 m.start(group)]):
            yield Span(m.start(group), m.end(group), "customer_id", ID_NUMBER, m.group(group))
            yield from _listed(text, m.end(group), _LISTED_KEY, 64, _theirs)
    for m in _COMMIT_KEY.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if m.group(g) is not None)
        if _theirs(m.group(group)):
            yield Span(m.start(group), m.end(group), "customer_id", ID_NUMBER, m.group(group))
    yield from _tracker_keys(text)
    for m in _REFERENCE_KEY.finditer(text):
        if _theirs(m.group(1)):
            yield Span(m.start(1), m.end(1), "customer_id", ID_NUMBER, m.group(1))
            yield from _listed(text, m.end(1), _LISTED_KEY, 128, _theirs)
    for m in _TICKET_NUMBER.finditer(text):
        yield Span(m.start(1), m.end(1), "customer_id", ID_NUMBER, m.group(1))
        yield from _listed(text, m.end(1), _LISTED_NUMBER, 24)
    for m in _MEETING.finditer(text):
        yield Span(m.start(1), m.end(1), "customer_id", ID_NUMBER, m.group(1))
    for m in _OPENAI_ORG.finditer(text):
        yield Span(m.start(), m.end(), "customer_id", ID_NUMBER, m.group(0))
    for m in _ACCOUNT_CODE.finditer(text):
        if sum(c.isdigit() for c in m.group(1)) >= 4:
            yield Span(m.start(1), m.end(1), "customer_id", ID_NUMBER, m.group(1))

    for m in _INSTALLATION.finditer(text):
        group = 1 if m.group(1) is not None else 2
        if not _DATE_NUMBER.search(m.group(group)):  # (not "installation: 20240105 upgrade")
            yield Span(m.start(group), m.end(group), "customer_id", ID_NUMBER, m.group(group))
    for m in _DATED_KEY.finditer(text):
        prefix = m.group(1).rsplit("-", 2)[0]
        if prefix not in _ADVISORIES and "CVE" not in prefix.split("-"):
            yield Span(m.start(1), m.end(1), "customer_id", ID_NUMBER, m.group(1))
    for m in _CLOUD_SQL.finditer(text):
        if not m.group(2).startswith(_EXAMPLE_PROJECTS):
            yield Span(m.start(1), m.end(1), "customer_id", ID_NUMBER, m.group(1))
    for m in _INSTANCE_ID.finditer(text):
        if any(c.isdigit() for c in m.group(1)):
            yield Span(m.start(1), m.end(1), "customer_id", ID_NUMBER, m.group(1))


def _theirs(key: str) -> bool:
    """A key that may be the customer's: not a public prefix's (CVE-…, GPT-4) or a region."""
    return key.split("-", 1)[0] not in _PUBLIC_KEYS and not _REGION.search(key)


def _listed(text: str, end: int, regex: re2._Regexp, width: int,
            theirs: Callable[[str], bool] = lambda _: True) -> Iterator[Span]:
    """The ids listed after a cued one ("Related: DEVX-1175, PLAT-882", "#41877 and #42210"),
    at most MAX_LISTED, each read from a slice of ``width`` (RE2 given a position re-reads the
    text up to it)."""
    for _ in range(MAX_LISTED):
        listed = regex.match(text[end:end + width])
        if listed is None:
            return
        key = listed.group(1)
        if theirs(key):
            yield Span(end + listed.start(1), end + listed.end(1), "customer_id", ID_NUMBER, key)
        end += listed.end(1)


def _tracker_keys(text: str) -> Iterator[Span]:
    """Keys of a project that the text names two of (PLAT-4412 and PLAT-4419): a tracker's,
    unless the prefix is public (SEV-1 and SEV-2, ALAS2-…, KAFKA-…) or a region's."""
    keys = [m for m in _ANY_KEY.finditer(text) if _theirs(m.group(1))]
    seen: dict[str, set[str]] = {}
    for m in keys:
        seen.setdefault(m.group(1).split("-", 1)[0], set()).add(m.group(1))
    for m in keys:
        if len(seen[m.group(1).split("-", 1)[0]]) >= 2:
            yield Span(m.start(1), m.end(1), "customer_id", ID_NUMBER, m.group(1))
