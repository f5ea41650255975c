"""Repositories a ticket names without a URL: search filters and a code host connection's lists.

A public defect quotes the customer's search queries and configuration, and both name their
private repositories without a host before them: ``repo:^hb-payments/``, ``context:pb-ml``,
``repo%3Aqt-billing-core`` in an access log, ``"orgs": ["avionics-fw", "flight-sim"]``,
``"depots": ["//RailSignal/dev/"]``. The filter and the key stay (engineering needs the query's
shape: its anchors, its revision, its other filters); the name goes, and is learnt, so that it
goes wherever else the ticket names it. Public repositories stay (``repo:^github\\.com/
sourcegraph/``), as do the lists of a connection to a public host (Gerrit's own
gerrit-review.googlesource.com). All RE2: linear in any input.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote_plus, urlsplit

from backend.escalation.host_names import distinctive, service_name
from backend.escalation.name_shapes import NOT_NAMES
from backend.escalation.org_stems import reads_as_initials
from backend.escalation.public_hosts import is_public_name
from backend.escalation.public_urls import CODE_HOSTS, PUBLIC_OWNERS, TENANT_HOSTS
from backend.escalation.spans import CUSTOMER, REPOSITORY, Span, linear
from backend.escalation.word_names import is_word_name

# A repository filter's value, as typed or URL-encoded in a log (repo%3A%5Eacme%2Fapi+foo).
# (Brackets too: repo:^(zx-ledger|zx-cards)$ names two; a predicate is repo:has.file(...).)
_FILTER = linear(r"(?i)(?:^|[\s(\"'`=+\[])-?(?:repo|r|context|repogroup):([^\s\"'`\]]{1,300})")
_ENCODED = linear(r"(?i)\b(?:repo|context)%3A([A-Za-z0-9_.\-%\\()|]{1,300})")
# A code host connection's lists of what it syncs (GitHub's orgs and repos, GitLab's and
# Gerrit's projects, Perforce's depots, Azure DevOps' orgs and projects).
_LIST = linear(r"(?i)\"(?:orgs|organizations|repos|repositories|projects|depots|groups)\"[ \t]*:"
               r"[ \t\r\n]*\[([^\]]{0,1000})\]")
_QUOTED = linear(r"\"([^\"\n]{1,200})\"")
_URL_KEY = linear(r"(?i)\"url\"[ \t]*:[ \t]*\"([^\"\n]{1,300})\"")
# Values a filter takes that name no one's repository: the default context, predicates.
_NOT_NAMES = frozenset({"global", "@global", "has", "yes", "no", "only", "true", "false"})
_PREDICATE = linear(r"(?i)^-?(?:has|contains|dependencies|dependents|deps|revdeps)\b")
_ALTERNATIVE = linear(r"[A-Za-z0-9_.\-]+")
# GitLab's API path of a group ("projectQuery": ["groups/core-bancario/projects?…"]).
_GITLAB_GROUP_PATH = linear(r"(?:^|[\"'\s/])groups/([A-Za-z0-9][A-Za-z0-9_.\-]{0,99})/"
                            r"(?:projects|subgroups|descendant_groups)\b")
# A project's key in capitals the customer calls a project ("the RSKENG project", "the
# DEVICE-FW project"): five characters at least, no technology's acronym.
_PROJECT_KEY = linear(r"(?i:\b(?:the|our|their|a))[ \t]+([A-Z][A-Z0-9_\-]{4,30})[ \t]+"
                      r"(?i:project)\b")
_NOT_PROJECT_KEYS = frozenset("""
OAUTH GRAPHQL HTTPS LDAP SCIM OKTA AZURE GITHUB GITLAB DOCKER HELM MAVEN GRADLE NODEJS PYTHON
KOTLIN CMAKE BAZEL APACHE LINUX JIRA CONTEXT RELEASE CLOUD SOURCE GRAPH SEARCH DOCS GNOME
MOZILLA CHROMIUM OPENSSL GOLANG KUBERNETES DEFAULT MAIN MASTER PLATFORM INFRA CORE COMMON
PUBLIC PRIVATE INTERNAL LEGACY TEST DEMO SAMPLE EXAMPLE SANDBOX MIGRATION UPGRADE PILOT
""".split())
# A Bitbucket Server connection's query by project ("repositoryQuery": ["?projectname=SAFRA"]).
# (Not "the sales-demos repo" in prose: "the src-cli repo", "the git-lfs repo" are public.)
_PROJECT_QUERY = linear(r"(?i)[?&]projectname=([A-Za-z0-9][A-Za-z0-9_.\-]{0,60})")
# (a vendor's prefix: aws-observability, azure-samples; a customer's aws-landing-zone stays
# too, a name that tells little)
_VENDOR_PREFIXES = frozenset("""
aws amazon azure microsoft google gcp github gitlab hashicorp kubernetes docker sourcegraph
apache cncf grafana elastic redhat openshift jetbrains atlassian mozilla facebook meta
""".split())
_VENDOR_GROUPS = frozenset("""
aws-samples aws-solutions aws-ia aws-cloudformation azure-samples google-cloud-platform
googlecloudplatform kubernetes-sigs kubernetes-client gitlab-org gitlab-com github-community
hashicorp-education microsoft-docs
""".split())
MAX_GROUPS = 200  # the customer's names a ticket can teach (bounded like the other lists)
MAX_REPOSITORIES = 100  # repositories a ticket can teach (one alternation, matched per text)
# A group a code host's word names in prose ("members of the GitLab group fa-litigation", "the
# GitHub org kbr-labs"): the customer's, named like a repository.
_HOST_GROUP = linear(r"(?i:\b(?:gitlab|github|bitbucket|gitea|azure devops|ado)[ \t]+"
                     r"(?:sub)?(?:group|namespace|organi[sz]ation|org|project|workspace))"
                     r"[ \t]+[`\"'“]?([A-Za-z0-9][A-Za-z0-9_.\-]{1,60}[A-Za-z0-9])")


def repository_mention_spans(text: str, repositories: set[str],
                             customer: set[str] | None = None) -> Iterator[Span]:
    """Spans of private repository names in search filters and connection lists; each name is
    learnt into ``repositories`` (the redactor removes it wherever else it stands), and a group
    a code host's word names into ``customer`` (its paths go with it: owned_by_customer)."""
    for regex, encoded in ((_FILTER, False), (_ENCODED, True)):
        for m in regex.finditer(text):
            span = _filter_name(m.start(1), m.group(1), encoded)
            if span is not None:
                for name in _ALTERNATIVE.finditer(unquote_plus(span.value)):
                    _learn(name.group(0), repositories)
                yield span
    for m in _GITLAB_GROUP_PATH.finditer(text):
        name = m.group(1)
        if _named(name) and not _public(name) and not service_name(name):
            _learn(name, repositories)
            yield Span(m.start(1), m.end(1), "repository", REPOSITORY, name)
    for m in _PROJECT_KEY.finditer(text):
        key = m.group(1)
        # (not a tool's, the product's or a handbook team's word in capitals: "the KAFKA
        # project", "the RELEASE project")
        # (and shaped like a key: a dash, an underscore or a digit, DEVICE-FW, or letters that
        # read as initials, RSKENG; not a name in capitals, TENSORFLOW, CILIUM)
        bare = key.replace("-", "").replace("_", "")
        if (bare not in _NOT_PROJECT_KEYS and not is_word_name(key) and not service_name(key)
                and key.lower() not in NOT_NAMES and (
                    any(c in "-_" or c.isdigit() for c in key)
                    or reads_as_initials(key.lower()))):
            if len(repositories) < MAX_REPOSITORIES:
                repositories.add(key)
            yield Span(m.start(1), m.end(1), "repository", REPOSITORY, key)
    for m in _PROJECT_QUERY.finditer(text):
        # (a project's key in capitals, SAFRA, or a name no sentence uses: learnt whole, as the
        # check before filing looks for it; a plain word, "payments", stays)
        name = m.group(1).rstrip(".")
        if (name.isupper() or _named(name)) and not _public(name) and not service_name(name):
            if len(repositories) < MAX_REPOSITORIES:
                repositories.add(name)
            yield Span(m.start(1), m.start(1) + len(name), "repository", REPOSITORY, name)
    for m in _HOST_GROUP.finditer(text):
        name = m.group(1)
        # (named like a group, a letter first: not "2FA", "e.g", "16.2.1"; and not a vendor's
        # own public group: aws-samples)
        if (_named(name) and name[0].isalpha() and len(name) >= 4 and "." not in name
                and not _public(name) and not service_name(name)
                and name.lower() not in _VENDOR_GROUPS
                and name.replace("_", "-").split("-", 1)[0].lower() not in _VENDOR_PREFIXES):
            if customer is not None and len(customer) < MAX_GROUPS:
                customer.add(name)
            yield Span(m.start(1), m.end(1), "organization", CUSTOMER, name)
    for m in _LIST.finditer(text):
        if _public_connection(text, m.start(), m.end()):
            continue
        body_start = m.start(1)
        for item in _QUOTED.finditer(m.group(1)):
            value = item.group(1)
            after = m.group(1)[item.end():item.end() + 3].lstrip()
            if after.startswith(":") or _public(value) or service_name(value):
                continue  # a key ({"name": …}), an open-source repository, a tool's own
            name = value.strip("/") if value.startswith("//") else value
            if not any(c.isalpha() for c in name) or not _named(name):
                continue
            start = body_start + item.start(1) + value.index(name)
            _learn(name, repositories)
            yield Span(start, start + len(name), "repository", REPOSITORY, name)


def _filter_name(start: int, value: str, encoded: bool) -> Span | None:
    """The private repository name inside a filter's value, or None. Its anchors and revision
    stay (^acme/api$, acme/api@release/2024.03); an encoded one goes whole up to its query's
    next term."""
    if encoded:
        value = value.split("+", 1)[0].split("&", 1)[0]
        plain = unquote_plus(value)
        lead, body = 0, value
    else:
        if _PREDICATE.search(value) or value.lower() in _NOT_NAMES:
            return None
        lead = 1 if value.startswith("^") else 0
        body = value[lead:].split("@", 1)[0].split("+", 1)[0].split("&", 1)[0]
        while body.endswith(")") and body.count(")") > body.count("("):
            body = body[:-1]  # the query's own bracket: (repo:^a/ OR repo:^b/)
        body = body[:-1] if body.endswith("$") else body
        body = body.rstrip("/")
        plain = body
    plain = plain.strip("^$/").replace("\\.", ".")
    if (not any(c.isalpha() for c in body) or plain.lower() in _NOT_NAMES or _public(plain)
            or not _named(plain)):
        return None
    return Span(start + lead, start + lead + len(body), "repository", REPOSITORY, body)


def _public(name: str) -> bool:
    """An open-source repository or owner (ours, or a well-known project's), or a public code
    host alone (repo:^github\\.com/)."""
    parts = [p for p in name.lower().replace("\\.", ".").strip("^$").split("/") if p]
    if parts and parts[0] in {*CODE_HOSTS, "www.github.com"}:
        parts = parts[1:]
        if not parts:
            return True
    return bool(parts) and parts[0] in PUBLIC_OWNERS


def _public_connection(text: str, start: int, end: int) -> bool:
    """The connection these lists belong to (the JSON object around them) has its URL on a
    public host that shares no tenants (a project on gerrit-review.googlesource.com is open
    source; an org on github.com or dev.azure.com is the customer's)."""
    before = text[max(0, start - 800):start]
    before = before[before.rfind("}") + 1:]  # not the previous connection's url
    after = text[end:end + 800]
    after = after[:after.find("}")] if "}" in after else after
    urls = [m.group(1) for part in (before, after) for m in _URL_KEY.finditer(part)]
    if not urls:
        return False
    for url in urls:
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            return False
        if not host or not is_public_name(host) or host in CODE_HOSTS or host in TENANT_HOSTS:
            return False
    return True


def _named(name: str) -> bool:
    """A repository's name that no sentence uses: a path (acme/api, git.acme.io/x), or a word
    with a dash, an underscore or a digit (flight-sim). "repo:monolith" or "orgs": ["payments"]
    name a repository with a word the report uses elsewhere, and say nothing of whose it is."""
    return "/" in name or "." in name or any(c.isdigit() or c in "-_" for c in name)


def _learn(name: str, repositories: set[str]) -> None:
    """A repository's distinctive parts, to be removed wherever else they stand."""
    plain = name.replace("\\.", ".").strip("^$/")
    if "/" in plain and "." not in plain and len(repositories) < MAX_REPOSITORIES:
        repositories.add(plain)  # depot/secure: the whole path, wherever else it is written
    for part in {plain, *plain.split("/")}:
        # Only names no sentence uses (flight-sim, pb_ml2): "repo:frontend" teaches no word.
        if (part and distinctive(part) and "." not in part and not service_name(part)
                and any(c.isdigit() or c in "-_" for c in part)
                and len(repositories) < MAX_REPOSITORIES):
            repositories.add(part)


_OWNER_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


def _stem_owner_path(text: str, span: Span) -> tuple[Span | None, int]:
    """The path after an owner named with the customer's stem (kbr-firmware/motor-controller
    of Kettleby Robotics at kbr.dev) as a repository, or None; and where the owner's token
    ends, so that the other stems inside it are not walked again. At most 100 characters each
    way."""
    start, low = span.start, max(0, span.start - 100)
    while start > low and text[start - 1] in _OWNER_CHARS:
        start -= 1
    end, high = span.end, min(len(text), span.end + 100)
    while end < high and (text[end] in _OWNER_CHARS or text[end] == "."):
        end += 1
    if (start and text[start - 1] in "/.") or text[end:end + 1] != "/":
        return None, end
    m = _SEGMENTS.match(text[end:end + 303])
    if m is None or not any(c.isalpha() for c in m.group(1)):
        return None, end
    stop = end + m.end() - (1 if m.group(0).endswith(".") else 0)
    return Span(start, stop, "repository", REPOSITORY, text[start:stop]), stop


_SEGMENTS = linear(r"/([A-Za-z0-9_][A-Za-z0-9_.\-]{0,99})(?:/[A-Za-z0-9_][A-Za-z0-9_.\-]{0,99})"
                   r"{0,2}")
# First parts of a path that are a product's or a code host's page, not a group.
_PAGES = frozenset({"site-admin", "batch-changes", "code-monitoring", "saved-searches", "sign-in",
                    "sign-up", "search-contexts", "-", "api", "users", "orgs", "groups", "projects",
                    "repos", "scm", "rest", "plugins", "settings", "help", "a", "c",
                    # Grafana's pages: /d/<uid>/<slug> is a dashboard, not a group
                    "d", "d-solo", "dashboards", "explore", "alerting", "goto", "render"})


def learn_path(segments: list[str], repositories: set[str], host: str = "") -> None:
    """The groups and repositories in a private host's path (gitlab.hooli.local/fleet-ops,
    dev.azure.com/<org>/<project>/_git/ledger-sync), when named like nothing else (a dash, an
    underscore or a digit): the ticket names them elsewhere too (``repo:fleet-ops``). Not a
    registry's (harbor.hooli.corp/mirror/postgres-12-alpine:5.2.0 mirrors a public image)."""
    if (not segments or segments[0].lower() in _PAGES or segments[0].startswith(".")
            or segments[0].lower() in PUBLIC_OWNERS
            or host.split(".", 1)[0].lower() in _REGISTRY_WORDS
            or any(":" in s or "@" in s for s in segments)):
        return  # (registry.hooli.io/sourcegraph/scip-go: a mirror of a public image)
    picked = [*segments[:2], *(segments[i + 1] for i, s in enumerate(segments[:-1])
                                if s.lower() in ("_git", "scm"))]
    for segment in picked:
        if not (segment[:1] in "vV" and segment[1:].isdigit()) and segment.lower() not in _PAGES:
            _learn(segment, repositories)


_REGISTRY_WORDS = frozenset({"registry", "harbor", "docker", "artifactory", "nexus", "mirror",
                             "quay", "ecr", "gcr", "containers", "images", "cr"})


def owned_by_customer(text: str, spans: list[Span]) -> list[Span]:
    """A path after the customer's name is their repository (tessellate/pos-sync, where
    "tessellate" is the organization): the name's span, widened over the path's first part when
    that is named like a repository (not Hooli/Okta)."""
    out = []
    walked = -1  # where the last stem's owner token ended (stems come in the text's order)
    for span in spans:
        if span.kind == "org_stem":  # kbr-firmware/motor-controller: the stem's owner's path
            if span.start >= walked:
                widened, walked = _stem_owner_path(text, span)
                if widened is not None:
                    out.append(widened)
            continue
        if span.kind == "organization" and text[span.end:span.end + 1] == "/" and (
                span.start == 0 or text[span.start - 1] not in "/."):  # (@hooli/nav-team too)
            # (on a slice: re2 given a position in a str encodes the whole text again)
            m = _SEGMENTS.match(text[span.end:span.end + 303])
            # (a group's subgroup and project, fa-litigation/discovery/ediscovery-ingest: a
            # path of several parts is theirs whatever the parts are named)
            if m and any(c.isalpha() for c in m.group(1)) and (
                    _named(m.group(1)) or m.group(0).count("/") >= 2):
                end = span.end + m.end() - (1 if m.group(0).endswith(".") else 0)
                out.append(Span(span.start, end, "repository", REPOSITORY, text[span.start:end]))
    return out
