"""Find what points at the customer: e-mails, phone numbers, hosts, URLs, IPs, repositories.

Every host name counts as private unless it is everyone's (backend.escalation.public_hosts;
backend.escalation.host_names tells a host from a file or a name in code, and which of its
labels may name the customer); so do protocol-relative links (``//grafana.hooli.gg``). AWS
resource names and the account in a home directory (``/Users/hans.mueller/``) go as well.
Repositories: backend.escalation.repo_scan (owner/repo pairs, code hosts' paths) and
repo_mentions (search filters, connection lists). Phone numbers: backend.escalation.phone_scan.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

from backend.escalation.code_context import dotted_name_is_code, in_template
from backend.escalation.discovered import Discovered
from backend.escalation.host_names import (
    customer_labels,
    is_host_name,
    service_name,
    teaches_labels,
)
from backend.escalation.host_names import (
    has_registered_suffix as registered,
)
from backend.escalation.ip_scan import ip_spans
from backend.escalation.people_scan import MAX_LEARNED, name_of_login
from backend.escalation.phone_scan import phone_spans
from backend.escalation.public_hosts import (
    bare_only,
    is_public_host,
    is_public_name,
    is_service_dns,
    is_vendor_host,
)
from backend.escalation.public_urls import (
    CODE_HOSTS,
    PUBLIC_OWNERS,
    TENANT_HOSTS,
    public_url,
    route_path_at,
)
from backend.escalation.repo_mentions import (
    learn_path,
    repository_mention_spans,
)
from backend.escalation.repo_scan import code_host_path_spans, learn_repo, repo_spans
from backend.escalation.spans import (
    EMAIL,
    HOST,
    PERSON,
    URL,
    Span,
    linear,
)

# The SSH users of public code hosts' remotes: no one's address.
_SSH_USERS = frozenset({"git@github.com", "git@gitlab.com", "git@bitbucket.org",
                        "git@ssh.dev.azure.com"})
_CALLED = linear(r"\b([A-Za-z_][A-Za-z0-9_]{0,40}\.[A-Za-z_][A-Za-z0-9_]{0,40})\(")
_EMAIL = linear(r"(?i)\b[a-z0-9._%+\-]{1,64}@[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63})+")
# "@types/node@20.1.0", "lodash@4.17.21": a package at a version, not an address (no top-level
# domain is all digits). "root@10.0.0.5" still is one: a login at a machine.
_VERSION_AFTER_AT = linear(r"@[0-9]+(?:\.[0-9]+){0,2}$")
# Ends at CJK text or full-width punctuation too ("https://code.xinghe-tech.cn，zoekt 有 …").
_URL = linear(r"(?i)\b[a-z][a-z0-9+.\-]{1,15}://(?:\[[0-9a-f:.]{2,45}\])?"
              r"[^\s<>\"'`)\]\x{3000}-\x{303F}\x{3040}-\x{30FF}"
              r"\x{4E00}-\x{9FFF}\x{AC00}-\x{D7AF}\x{FF00}-\x{FFEF}]+")
_SCP = linear(r"(?i)\b[a-z0-9_.\-]{1,64}@([a-z0-9.\-]{1,253}):([A-Za-z0-9_.\-]{1,100})/"
              r"([A-Za-z0-9_.\-]{1,100})")
_HOST = linear(r"(?i)[a-z0-9_][a-z0-9_\-]{0,62}(?:\.[a-z0-9_][a-z0-9_\-]{0,62})+(?::\d{2,5})?")
_PATH_CHARS = linear(r"[^\s\"'<>`)\]]*")  # a path's (its "/" too)
# A machine named without a domain after a word that says it is one ("cannot resolve host:
# gitlab01", "ssh buildsrv07"): with a digit in it, it is the customer's machine, not a word.
_BARE_HOST = linear(
    r"(?i)\b(?:host(?:name)?|server|resolve|resolving|(?:ns)?lookup|dig|ping|ssh|scp|rdp"
    r"|connect(?:ing|ion)? to|vm|machine)(?:[ \t]+(?:host(?:name)?|server|machine))?[ \t]*[:=]?"
    r"[ \t]+[\"'`]?([A-Za-z][A-Za-z0-9\-]{3,62})\b")
# Words of protocols and platforms with a digit in them (http2, sha256, arm64, win32).
_DIGIT_WORDS = linear(r"(?i)^(?:https?\d|ipv\d|utf-?\d+|sha-?\d+|md5|base64|x86(?:-64|_64)?|x64"
                      r"|arm64|amd64|aarch64|win\d+|ubuntu\d+|rhel\d+|centos\d+|v\d+|s3|ec2|k8s)$")
# A Windows share (\\fs-sto-03\backups; JSON doubles the backslashes): its server's name.
_UNC = linear(r"(?:^|[\s\"'(=:])\\{2,4}([A-Za-z0-9][A-Za-z0-9_.\-]{2,62})\\{1,2}[^\\\s]")
# An AWS resource name: its account id and resource are the customer's.
_ARN = linear(r"\barn:aws[a-z\-]{0,20}:[a-z0-9\-]{1,40}:[a-z0-9\-]{0,40}:\d{12}:[^\s\"'<>`]{1,512}")
# A person's account in a home directory: /Users/hans.mueller/, /home/tk/, C:\Users\mk\.
# (macOS's /Users/ with its capital: /api/v4/users/42 is a REST route; JSON doubles the \.)
_HOME_DIR = linear(r"(?:/Users/|/home/|(?i:\b[a-z]:\\{1,2}users\\{1,2}))"
                   r"([A-Za-z][A-Za-z0-9._\-]{1,63})"
                   # ~jdoe/ or ~jdoe at the end of a command (not "~once a day": prose)
                   r"|(?m:(?:^|[\s\"'(=:])~([A-Za-z][A-Za-z0-9._\-]{1,63})(?:/|[ \t]*$|[;,)\"'`]))")
_SHARED_ACCOUNTS = frozenset({"runner", "ubuntu", "root", "admin", "user", "sourcegraph", "node",
                              "ec2-user", "app", "git", "jenkins", "circleci", "vagrant", "public",
                              "shared", "default", "debian", "centos", "azureuser", "you", "me",
                              "postgres", "coder", "www-data", "nobody", "builder", "ci", "docker",
                              "redis", "gitlab-runner", "github", "build"})


def contact_spans(text: str, found: Discovered) -> Iterator[Span]:
    """Spans of e-mails, URLs, remotes, hosts, IPs and phone numbers; learns names into found."""
    for m in _URL.finditer(text):
        raw = m.group(0).rstrip(".,;:!?\\")  # and the \ of a quote escaped in a log
        authority = raw.split("://", 1)[1].split("/", 1)[0]
        if "," in authority and "@" not in authority:  # "https://code.hooli.cn,zoekt …"
            raw = raw[:raw.index("://") + 3 + authority.index(",")]
        if public_url(raw):
            continue
        _learn_url(raw, found)
        # The product's own page or API on the customer's host: only the host is theirs
        # ("[redacted-url]/.api/graphql"), the route is what engineering needs.
        path_at = route_path_at(raw)
        yield Span(m.start(), m.start() + (path_at or len(raw)), "url", URL, raw[:path_at or None])
    for m in _SCP.finditer(text):
        host, owner, repo = m.group(1).lower(), m.group(2), m.group(3)
        if host in CODE_HOSTS and owner.lower() in PUBLIC_OWNERS:
            continue
        found.hosts.add(host)
        found.customer.update(customer_labels(host))
        learn_repo(owner, repo, found)
        yield Span(m.start(), m.end(), "url", URL, m.group(0))
    for m in _EMAIL.finditer(text):
        if _VERSION_AFTER_AT.search(m.group(0)) or m.group(0).lower() in _SSH_USERS:
            continue
        local, _, domain = m.group(0).partition("@")
        found.customer.update(customer_labels(domain))
        _learn_person(local, found)
        yield Span(m.start(), m.end(), "email", EMAIL, m.group(0))
    yield from _host_spans(text, found)
    yield from ip_spans(text)
    yield from phone_spans(text, found.phones)
    yield from repo_spans(text, found)
    yield from code_host_path_spans(text, found)
    yield from repository_mention_spans(text, found.repositories, found.customer)
    for m in _ARN.finditer(text):
        yield Span(m.start(), m.end(), "url", URL, m.group(0))
    for m in _BARE_HOST.finditer(text):
        name = m.group(1)
        if any(c.isdigit() for c in name) and not service_name(name) and not (
                _DIGIT_WORDS.search(name) or name.lower() in _SHARED_ACCOUNTS
                or text[m.end(1):m.end(1) + 1] == "."):
            found.bare_hosts.add(name)
            yield Span(m.start(1), m.end(1), "host", HOST, name)
    for m in _UNC.finditer(text):  # \\fs-sto-03\backups: a Windows share names its server
        found.customer.update(customer_labels(m.group(1)))
        yield Span(m.start(1), m.end(1), "host", HOST, m.group(1))
    for m in _HOME_DIR.finditer(text):
        group = 1 if m.group(1) is not None else 2
        account = m.group(group)
        if account.lower() not in _SHARED_ACCOUNTS and not account.isdigit():
            yield Span(m.start(group), m.end(group), "person", PERSON, account)


def learn_people(text: str, found: Discovered) -> None:
    """Only the people of a text's e-mail addresses (for text that is never published: the
    mail headers a defect leaves out)."""
    for m in _EMAIL.finditer(text):
        if not _VERSION_AFTER_AT.search(m.group(0)):
            _learn_person(m.group(0).partition("@")[0], found)


def _learn_person(local: str, found: Discovered) -> None:
    person = name_of_login(local)
    if person and len(found.people) < MAX_LEARNED:
        found.people.add(person)  # priya.raman@…: Priya Raman, wherever else she is named


def _learn_url(url: str, found: Discovered) -> None:
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return
    segments = [s for s in parts.path.split("/") if s]
    if host and not is_public_host(host):
        found.hosts.add(host)
        if not is_public_name(host):  # registry-1 of registry-1.docker.io is no customer
            found.customer.update(customer_labels(host))
    # (not Grafana's dashboard route /d/<uid>/<slug> on a host that is no code host's)
    grafana = segments[:1] in (["d"], ["d-solo"]) and "git" not in host
    if len(segments) >= 2 and not grafana and segments[0].lower() not in PUBLIC_OWNERS:
        learn_repo(segments[0], segments[1], found)
    if host and (not is_public_name(host) or host in TENANT_HOSTS) and not route_path_at(url):
        learn_path(segments, found.repositories, host)


# A host's key before a value: "url": "…", GITLAB_HOST=…, server: …
_HOST_KEY_BEFORE = linear(r"(?i)(?:(?:url|uri|host|hostname|server|domain|endpoint|proxy|address"
                          r"|addr|fqdn)[\"']?[ \t]*[:=][ \t]*[\"']?|\b(?:at|from|via|to|mirror"
                          r"|host|server|domain|instance)[ \t]+)$")


def _host_spans(text: str, found: Discovered) -> Iterator[Span]:
    # A name the text also calls (fmt.Sprintf(...)) is code wherever else it stands: in a title
    # "Replace fmt.Sprintf with strconv.Itoa" it must not go (and then refuse the filing).
    # So is a name the text uses as a JSON key, a logger or a filter's value anywhere, in any
    # text of the draft (the title's "search.limits" is the body's JSON key).
    matches = list(_HOST.finditer(text))
    found.code_names |= {m.group(1).lower() for m in _CALLED.finditer(text)} | {
        m.group(0).lower() for m in matches if dotted_name_is_code(text, m.start(), m.end())}
    called = found.code_names
    for m in matches:
        start, end, name = m.start(), m.end(), m.group(0)
        before = text[start - 1] if start else ""
        # "//host/..." with no scheme before it is a protocol-relative link: a host all the same.
        relative = text[max(0, start - 2):start] == "//" and (
            start < 3 or text[start - 3] not in ":/" and not text[start - 3].isalnum())
        if (before in "@/.-" and before and not relative) or text[end:end + 1] == "@" or (
                in_template(text, start, end)):
            continue  # an e-mail's domain or local part, part of a path/URL seen above, code
        # A tenant's path on a public host (dev.azure.com/<organization>/<project>, also SSH's
        # :v3/ form; login.microsoftonline.com/<tenant>/…) is theirs: read once, judged once.
        tenant = name.lower() in TENANT_HOSTS and (
            text[end:end + 1] == "/" or text[end:end + 4] == ":v3/")
        path_end = _path_end(text, end) if tenant or (
            (is_vendor_host(name) or bare_only(name)) and text[end:end + 1] == "/") else end
        if tenant or (path_end > end and not public_url("https://" + text[start:path_end])):
            _learn_url("//" + text[start:path_end], found)
            yield Span(start, path_end, "url", URL, text[start:path_end])
            continue
        hinted = bool(_HOST_KEY_BEFORE.search(text[max(0, start - 24):start]))
        if not is_host_name(name, text[end:end + 1], hinted) or is_public_name(name) or (
                is_service_dns(name)) or (name.lower() in called and not registered(name)):
            continue  # (not kestrel.io(10.0.0.5): a host on a real suffix is one, brackets or not)
        found.hosts.add(name.lower())
        if teaches_labels(name):
            found.customer.update(customer_labels(name))
        if text[end:end + 1] == "/":  # git.hooli.de/finance/acquisition-2024: as private
            path_end = _path_end(text, end)
            learn_path([x for x in text[end:path_end].split("/") if x], found.repositories,
                       name.lower())
            yield Span(start, path_end, "url", URL, text[start:path_end])
        else:
            yield Span(start, end, "host", HOST, name)


def _path_end(text: str, at: int) -> int:
    """Where the path starting at text[at] ("/") ends. Read a slice at a time: re2 given a
    position in a str encodes the whole text again, once per host (quadratic in a ticket of
    host paths)."""
    end = at
    while True:
        length = _PATH_CHARS.match(text[end:end + 4096]).end()
        end += length
        if length < 4096:
            return end


