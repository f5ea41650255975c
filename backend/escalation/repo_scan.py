"""Repositories a ticket names by their owner: code hosts' paths without a scheme (Go imports,
"cloning github.com/globex/payments"), owner/repo pairs near a word of cloning or syncing, and
what each teaches (the repository, and its owner as the customer's name). Split from
contact_scan; search filters and connection lists are backend.escalation.repo_mentions'.
"""

from __future__ import annotations

from collections.abc import Iterator

from backend.escalation.discovered import Discovered
from backend.escalation.host_names import CODE_WORDS, distinctive, service_name
from backend.escalation.name_shapes import NOT_NAMES
from backend.escalation.public_urls import PUBLIC_OWNERS
from backend.escalation.spans import REPOSITORY, Span, linear

# Owner/repo pairs that are ordinary words, not repositories.
_NOT_REPOS = frozenset({"and/or", "read/write", "on/off", "true/false", "yes/no", "input/output",
                        "client/server", "tcp/ip", "ci/cd", "i/o", "n/a", "either/or",
                        "name/version", "key/value", "name/value", "host/port", "user/password",
                        "username/password", "read/only", "owner/repo", "org/repo"})
# Rates, not repositories: 1GB/day, 300/min.
_PER = frozenset({"s", "sec", "second", "min", "minute", "h", "hr", "hour", "day", "week", "month",
                  "year", "user", "request", "req"})
# The first part of a Sourcegraph (or code host) page's path that is a page, not an owner:
# /site-admin/permissions-syncs, /.api/graphql, /-/raw (/users/jdoe still names a person).
_ROUTES = frozenset({"site-admin", "settings", "search", "api", "batch-changes", "insights",
                     "code-monitoring", "notebooks", "contexts", "extensions", "help", "sign-in",
                     "sign-up", "cody", "setup", "saved-searches"})
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
# Branches named after their purpose (release/2024.03, feature/sso): not an owner's repository.
BRANCH_PREFIXES = frozenset({"release", "releases", "hotfix", "feature", "features", "bugfix",
                             "fix", "feat", "chore", "dependabot", "renovate", "batch"})


def code_host_path_spans(text: str, found: Discovered) -> Iterator[Span]:
    """A public code host's owner/repo path without a scheme; public owners' paths stay."""
    for m in _CODE_HOST_PATH.finditer(text):
        owner, repo = m.group(1), m.group(2)
        if owner.lower() in PUBLIC_OWNERS:
            continue
        if repo:
            learn_repo(owner, repo, found)
        elif distinctive(owner):
            found.customer.add(owner)
        yield Span(m.start(1), m.end(2) if repo else m.end(1), "repository", REPOSITORY,
                   f"{owner}/{repo}" if repo else owner)


def learn_repo(owner: str, repo: str, found: Discovered) -> None:
    """Learn a repository (and its name alone, when distinctive) and its owner as the
    customer's, unless the pair is words, a route, a public owner's or a service's folder."""
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
            and not owner.isdigit()  # a port (user@host:6380/0), not a name
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


# Folders a repository's source lives under (not an owner: kbrx-platform/ledger-core/src/…).
_SOURCE_FOLDERS = frozenset("""
src source sources pkg internal cmd lib libs app apps packages components modules services
include vendor third_party tools scripts web client server api core common main test tests
docs envs config configs deploy charts base overlays
""".split())
_PATH_TAIL = linear(r"^/[A-Za-z0-9_.\-/]{1,300}")


def _file_path_on(text: str, end: int) -> bool:
    """The pair ending at ``end`` goes on as a path to a source file (src/context/context.go in
    a search result): folders of a repository, not an owner and a repository."""
    tail = _PATH_TAIL.match(text[end:end + 1300]) if text[end:end + 1] == "/" else None
    return tail is not None and _source_file(tail.group(0).rsplit("/", 1)[-1])


def repo_spans(text: str, found: Discovered) -> Iterator[Span]:
    """Spans of owner/repo pairs near a word of cloning or syncing; each is learnt."""
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
                    or owner.lower() in BRANCH_PREFIXES
                    or pair.lower() in on_hosts
                    or owner.lower() in ("site-admin", "-")
                    or owner.isdigit() or repo.isdigit() or before in ("/", ".", "-")
                    or before.isalnum() or after.isalnum()  # inside a word: Überweisung/Prü…
                    or not repo or repo.endswith("-") or repo.lower() in _PER  # 1GB/day
                    or _source_file(repo)  # gitserver/cleanup.go: a folder's file
                    or (owner.lower() in _SOURCE_FOLDERS  # src/context/context.go: folders
                        and _file_path_on(text, m.start(2) + len(repo)))):
                continue
            learn_repo(owner, repo, found)
            yield Span(m.start(1), m.start(2) + len(repo), "repository", REPOSITORY, pair)


_CAPITALISED_DASHED = linear(r"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$")


def spoken_names(repositories: list[str]) -> list[str]:
    """The repositories, and each one named in capitalised words joined by dashes also as
    people say it (Douane-Koppeling of an Azure DevOps path is "Douane Koppeling" in prose)."""
    return repositories + [r.replace("-", " ") for r in repositories
                           if _CAPITALISED_DASHED.search(r) and not all(
                               part.lower() in NOT_NAMES or part.lower() in _GUIDE_WORDS
                               for part in r.split("-"))]


# Words of a guide's or a sample's name (hooli/Getting-Started is "the Getting Started guide").
_GUIDE_WORDS = frozenset("""
getting started guide guides docs readme sample samples example examples demo demos hello world
quick start quickstart tutorial template templates main master test tests playground sandbox
""".split())
