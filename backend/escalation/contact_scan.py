"""Find what points at the customer: e-mails, phone numbers, hosts, URLs, IPs, repositories.

Every host name counts as private unless it is on the short allowlist of public product hosts
(backend.escalation.host_names tells a host from a file or a name in code, and which of its
labels may name the customer); so do protocol-relative links (``//grafana.hooli.gg``).
Code-host paths written without a scheme (Go imports), Docker Hub owners, AWS resource names and
the account in a home directory (``/Users/hans.mueller/``) go as well. Phone numbers:
backend.escalation.phone_scan.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from backend.escalation.host_names import (
    CODE_WORDS,
    customer_labels,
    distinctive,
    is_host_name,
    is_public_host,
    is_public_name,
    is_service_dns,
    service_name,
    teaches_labels,
)
from backend.escalation.host_names import (
    has_registered_suffix as registered,
)
from backend.escalation.ip_scan import ip_spans
from backend.escalation.people_scan import MAX_LEARNED, name_of_login
from backend.escalation.phone_scan import PhoneBudget, phone_spans
from backend.escalation.public_urls import (
    CODE_HOSTS,
    PUBLIC_OWNERS,
    public_url,
    route_path_at,
)
from backend.escalation.spans import (
    EMAIL,
    HOST,
    PERSON,
    REPOSITORY,
    URL,
    Span,
    linear,
)

# Owner/repo pairs that are ordinary words, not repositories.
_NOT_REPOS = frozenset({"and/or", "read/write", "on/off", "true/false", "yes/no", "input/output",
                        "client/server", "tcp/ip", "ci/cd", "i/o", "n/a", "either/or"})
# The SSH users of public code hosts' remotes: no one's address.
_SSH_USERS = frozenset({"git@github.com", "git@gitlab.com", "git@bitbucket.org",
                        "git@ssh.dev.azure.com"})
_CALLED = linear(r"\b([A-Za-z_][A-Za-z0-9_]{0,40}\.[A-Za-z_][A-Za-z0-9_]{0,40})\(")
# Rates, not repositories: 1GB/day, 300/min.
_PER = frozenset({"s", "sec", "second", "min", "minute", "h", "hr", "hour", "day", "week", "month",
                  "year", "user", "request", "req"})
# The first part of a Sourcegraph (or code host) page's path that is a page, not an owner:
# /site-admin/permissions-syncs, /.api/graphql, /-/raw (/users/jdoe still names a person).
_ROUTES = frozenset({"site-admin", "settings", "search", "api", "batch-changes", "insights",
                     "code-monitoring", "notebooks", "contexts", "extensions", "help", "sign-in",
                     "sign-up", "cody", "setup", "saved-searches"})
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
_PATH = linear(r"/[^\s\"'<>`)\]]*")
_REPO_BEFORE = linear(
    r"(?i)\b(?:clon\w*|sync\w*|mirror\w*|fetch\w*|index\w*|repo|repos|repository|repositories"
    r"|monorepo|push\w*|pull\w*)\b[^\n]{0,60}?\b([A-Za-z0-9_.\-]{2,100})/([A-Za-z0-9_.\-]{2,100})")
_REPO_AFTER = linear(
    r"(?i)\b([A-Za-z0-9_.\-]{2,100})/([A-Za-z0-9_.\-]{2,100})\b[^\n]{0,40}?\b(?:clon\w*|sync\w*"
    r"|mirror\w*|fetch\w*|index\w*|repo|repository|monorepo)\b")

# A code host's path written without a scheme (Go imports, "cloning github.com/globex/payments").
_CODE_HOST_PATH = linear(
    r"(?i)(?:^|[^a-z0-9.\-/@])(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|ghcr\.io"
    r"|quay\.io|(?:index\.|registry-1\.)?docker\.io|gist\.github\.com|raw\.githubusercontent\.com"
    r"|api\.github\.com/(?:repos|users|orgs))/([A-Za-z0-9_.\-]{1,100})(?:/([A-Za-z0-9_.\-]{1,100}))?")
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


@dataclass
class Discovered:
    """Names the scan learned are the customer's, to be removed wherever else they appear."""

    customer: set[str] = field(default_factory=set)
    repositories: set[str] = field(default_factory=set)
    hosts: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)  # named in the text (people_scan)
    bare_hosts: set[str] = field(default_factory=set)  # machines named without a domain
    # Phone candidates this draft may still check: one budget for all its texts (phone_scan).
    phones: PhoneBudget = field(default_factory=PhoneBudget)



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
        _learn_repo(owner, repo, found)
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
    yield from _repo_spans(text, found)
    yield from _code_host_path_spans(text, found)
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


def _code_host_path_spans(text: str, found: Discovered) -> Iterator[Span]:
    """A public code host's owner/repo path without a scheme; public owners' paths stay."""
    for m in _CODE_HOST_PATH.finditer(text):
        owner, repo = m.group(1), m.group(2)
        if owner.lower() in PUBLIC_OWNERS:
            continue
        if repo:
            _learn_repo(owner, repo, found)
        elif distinctive(owner):
            found.customer.add(owner)
        yield Span(m.start(1), m.end(2) if repo else m.end(1), "repository", REPOSITORY,
                   f"{owner}/{repo}" if repo else owner)



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
    if len(segments) >= 2 and segments[0].lower() not in PUBLIC_OWNERS:
        _learn_repo(segments[0], segments[1], found)


def _learn_repo(owner: str, repo: str, found: Discovered) -> None:
    repo = repo[:-4] if repo.lower().endswith(".git") else repo
    if (f"{owner}/{repo}".lower() in _NOT_REPOS or owner.lower() in PUBLIC_OWNERS
            or owner.startswith((".", "-")) or owner.lower() in _ROUTES
            or (owner[:1] in "vV" and owner[1:].isdigit())):  # /v1/embeddings: an API's route
        return
    found.repositories.add(f"{owner}/{repo}")
    if distinctive(repo) and not _source_file(repo):
        found.repositories.add(repo)
    # Not a service's or a code word's folder (gitserver/cleanup.go, batch/update-deps: a
    # branch): the word is the report's, wherever else it stands.
    if (distinctive(owner) and owner.lower() not in ("orgs", "users", "groups")
            and not service_name(owner) and owner.lower() not in CODE_WORDS):
        found.customer.add(owner)


def _source_file(name: str) -> bool:
    """A file of source or configuration (cleanup.go, values.yaml): a folder's, not a repository
    (not ledger-core.js or chart.js: repositories are named so)."""
    stem, dot, extension = name.rpartition(".")
    return bool(dot and stem and extension.lower() in _SOURCE_EXTENSIONS)


_SOURCE_EXTENSIONS = frozenset({"go", "py", "rs", "java", "kt", "rb", "c", "cc", "cpp", "h", "hpp",
                                "cs", "yaml", "yml", "json", "toml", "md", "txt", "log", "sql",
                                "sh", "proto", "tf", "mod", "sum", "lock", "ts", "tsx", "jsx",
                                "css", "scss", "html", "xml", "ini", "cfg", "conf", "env"})


def _host_spans(text: str, found: Discovered) -> Iterator[Span]:
    # A name the text also calls (fmt.Sprintf(...)) is code wherever else it stands: in a title
    # "Replace fmt.Sprintf with strconv.Itoa" it must not go (and then refuse the filing).
    called = {m.group(1).lower() for m in _CALLED.finditer(text)}
    for m in _HOST.finditer(text):
        start, end, name = m.start(), m.end(), m.group(0)
        before = text[start - 1] if start else ""
        # "//host/..." with no scheme before it is a protocol-relative link: a host all the same.
        relative = text[max(0, start - 2):start] == "//" and (
            start < 3 or text[start - 3] not in ":/" and not text[start - 3].isalnum())
        if (before in "@/.-" and before and not relative) or text[end:end + 1] == "@":
            continue  # an e-mail's domain or local part, or part of a path/URL seen above
        if not is_host_name(name, text[end:end + 1]) or is_public_name(name) or (
                is_service_dns(name)) or (name.lower() in called and not registered(name)):
            continue  # (not kestrel.io(10.0.0.5): a host on a real suffix is one, brackets or not)
        found.hosts.add(name.lower())
        if teaches_labels(name):
            found.customer.update(customer_labels(name))
        path = _PATH.match(text, end) if text[end:end + 1] == "/" else None
        if path:  # git.hooli.de/finance/acquisition-2024: the path is as private as the host
            yield Span(start, path.end(), "url", URL, text[start:path.end()])
        else:
            yield Span(start, end, "host", HOST, name)



def _repo_spans(text: str, found: Discovered) -> Iterator[Span]:
    # A public owner's pair the text also gives on a public code host (github.com/kubernetes/
    # kubernetes) is the same public repository when written bare.
    on_hosts = {f"{m.group(1)}/{m.group(2)}".lower() for m in _CODE_HOST_PATH.finditer(text)
                if m.group(2) and m.group(1).lower() in PUBLIC_OWNERS}
    for regex in (_REPO_BEFORE, _REPO_AFTER):
        for m in regex.finditer(text):
            owner, repo = m.group(1), m.group(2).rstrip(".")  # the sentence's full stop
            pair = f"{owner}/{repo}"
            before = text[m.start(1) - 1] if m.start(1) else ""
            after = text[m.start(2) + len(repo):m.start(2) + len(repo) + 1]
            # (In a bare owner/repo the public owners are only ours: python/risk-engine is a
            # customer's group as often as not.)
            if (pair.lower() in _NOT_REPOS or owner.lower() == "sourcegraph" or "." in owner
                    or pair.lower() in on_hosts
                    or owner.lower() in ("site-admin", "-")
                    or owner.isdigit() or repo.isdigit() or before in ("/", ".", "-")
                    or before.isalnum() or after.isalnum()  # inside a word: Überweisung/Prü…
                    or not repo or repo.endswith("-") or repo.lower() in _PER  # 1GB/day
                    or _source_file(repo)):  # gitserver/cleanup.go: a folder's file
                continue
            _learn_repo(owner, repo, found)
            yield Span(m.start(1), m.start(2) + len(repo), "repository", REPOSITORY, pair)
