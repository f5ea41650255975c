"""Which URLs may stay in a public defect, and which part of a private one is the product's.

Split from contact_scan: public hosts (and their public owners' paths), every machine's own
addresses, a cluster's service names, GitHub's API except a private owner's, and the product's
own routes on the customer's host.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from backend.escalation.host_names import (
    service_name,
)
from backend.escalation.ip_scan import everyones_address
from backend.escalation.public_hosts import is_public_host, is_public_name, is_service_dns

# On these public code hosts only public owners' paths may stay.
CODE_HOSTS = frozenset({"github.com", "gitlab.com", "bitbucket.org"})
# Public hosts whose paths name their tenant first (dev.azure.com/<organization>/...).
TENANT_HOSTS = frozenset({"dev.azure.com", "ssh.dev.azure.com"})
# Owners whose repositories are public: ours, Docker's official images, and open-source
# projects a ticket cites (no customer names its private organization "kubernetes").
PUBLIC_OWNERS = frozenset({
    "sourcegraph", "library", "kubernetes", "kubernetes-sigs", "torvalds", "golang", "rust-lang",
    "microsoft", "google", "facebook", "apache", "nodejs", "python", "docker", "moby", "helm",
    "hashicorp", "grafana", "prometheus", "elastic", "redis", "postgres", "mozilla", "nginx",
    "gitlab-org", "github", "actions", "octocat", "vercel", "angular", "vuejs", "sveltejs",
    "tensorflow", "pytorch", "openai", "anthropics", "aws", "awslabs", "azure", "googleapis",
    "jetbrains", "eclipse", "spring-projects", "gohugoio", "denoland", "oven-sh", "astral-sh",
    "pallets", "django", "rails", "scala", "kotlin", "apple", "swiftlang", "dotnet", "llvm",
    "gcc-mirror", "git", "curl", "openssl", "istio", "envoyproxy", "cncf", "etcd-io",
    "containerd", "opencontainers", "argoproj", "fluxcd", "tektoncd", "open-telemetry",
    "jaegertracing", "zoekt", "google-research", "huggingface", "scip-code", "stretchr",
    # Languages' and build tools' own organizations.
    "crystal-lang", "julialang", "ziglang", "nim-lang", "dlang", "elixir-lang", "erlang", "ruby",
    "php", "haskell", "ocaml", "openjdk", "adoptium", "graalvm", "bazelbuild", "gradle",
    "jqlang", "neovim", "vim", "npm", "yarnpkg", "pnpm", "vitejs", "webpack", "babel", "eslint",
    "prettier", "definitelytyped", "jenkinsci", "docker-library", "chromium", "cli",
})


def public_url(url: str) -> bool:
    """True when the whole URL may stay in a public defect."""
    if url.lower().startswith(("chrome-extension://", "moz-extension://")):
        # A browser extension's id is the same for everyone who installed it; its pages'
        # queries are not (options.html?sourcegraphURL=https://sourcegraph.hooli.corp).
        rest = url.split("://", 1)[1]
        return "/" not in rest.rstrip("/") and "?" not in rest
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        has_user = bool(parts.username or parts.password)
    except ValueError:
        return False
    if has_user or parts.username is not None:
        return False
    segments = [x.lower() for x in parts.path.split("/") if x]
    if host == "api.github.com":  # /repos/<owner>/...: the owner's; GitHub's own pages
        if segments and segments[0] in ("repos", "orgs", "users", "enterprises", "teams"):
            return len(segments) < 2 or segments[1] in PUBLIC_OWNERS
        return not segments or segments[0] in _GITHUB_API_PAGES
    if not segments and not parts.query and not parts.fragment and is_public_name(host):
        return True  # https://api.openai.com, https://dev.azure.com: a vendor's own host
    if host in ("registry-1.docker.io", "index.docker.io") and segments[:1] == ["v2"]:
        # Docker Hub's registry API: /v2/<owner>/<image>/… (/v2/ alone, and an official
        # image's /v2/library/…, are everyone's)
        return not parts.query and (len(segments) < 2 or segments[1] in PUBLIC_OWNERS)
    if not is_public_host(host):
        # http://169.254.169.254/latest/meta-data/, http://otel-collector:4317 (a service's
        # name in the cluster, no domain): everyone's host, but only a route or nothing after
        # it (http://gitserver-3:3178/repos/<the customer's host>/hr/salaries is theirs).
        everyones = everyones_address(host) or is_service_dns(host) or (
            "." not in host and service_name(host))
        return bool(everyones) and not parts.query and not parts.fragment and _route_only(
            segments)
    host = host[4:] if host.startswith("www.") else host
    if host in CODE_HOSTS:
        owner = segments[0] if segments else ""
        return owner == "" or owner in PUBLIC_OWNERS
    if host == "hub.docker.com" and len(segments) >= 2 and segments[0] in ("r", "u", "orgs"):
        return segments[1] in PUBLIC_OWNERS or segments[1] == "_"  # "_": official images
    return True


# GitHub's API pages that name no owner.
_GITHUB_API_PAGES = frozenset({"meta", "rate_limit", "user", "zen", "octocat", "graphql", "app",
                               "installation", "search", "licenses", "gitignore", "emojis",
                               "events", "feeds", "versions", "codes_of_conduct"})
# Words of Sourcegraph's routes and common APIs' paths: a path of only these names no one.
_ROUTE_WORDS = frozenset({
    ".api", ".auth", ".executors", ".internal", "-", "api", "graphql", "auth", "saml", "metadata",
    "callback", "openidconnect", "github", "gitlab", "bitbucket-server-webhooks", "webhooks",
    "github-webhooks", "gitlab-webhooks", "bitbucket-cloud-webhooks", "executors", "queue",
    "batches", "codeintel", "dequeue", "heartbeat", "v1", "v2", "v3", "v4", "chat",
    "completions", "embeddings", "search", "stream", "settings", "tokens", "site-admin",
    "healthz", "ready", "metrics", "debug", "pprof", "heap", "scim", "users", "groups", "login",
    "logout", "sign-in", "sign-out", "oauth", "authorize", "token", "userinfo", "well-known",
    ".well-known", "openid-configuration", "jwks", "health", "status", "version", "license",
    "configuration", "lsif", "upload", "scip", "src-cli", "projects", "repos", "user",
    "latest", "meta-data", "iam", "info", "dynamic", "instance-identity", "document",
    "list-repos", "loki", "push", "vars", "ping", "livez", "readyz",
})


def route_path_at(url: str) -> int | None:
    """Where a private URL's path starts when the path is one of the product's routes and
    nothing follows it (no query, no fragment); else None."""
    scheme_end = url.find("://") + 3
    slash = url.find("/", scheme_end)
    if slash < 0 or "?" in url or "#" in url:
        return None
    segments = [x.lower() for x in url[slash:].split("/") if x]
    return slash if segments and _route_only(segments) else None


def _route_only(segments: list[str]) -> bool:
    """Every (lower-cased) part of a path is a route's word, a service's name (Dex's /dex) or a
    number."""
    return all(x in _ROUTE_WORDS or x.isdigit() or service_name(x) for x in segments)
