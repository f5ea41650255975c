"""Whether a dotted name is a host, and which of its labels may name the customer.

The Public Suffix List (``publicsuffixlist``, shipped inside the package, never fetched) tells a
host name (``git.hooli.gg``, ``hooli.systems``) from a file name (``values.yaml``); names on
suffixes it does not know count as hosts too (``.corp``, ``.internal``, ``ldap.initech``), unless
they read as code: a package, a class, a setting, a call (``java.lang.OutOfMemoryError``,
``search.largeFiles``). A host's labels are learned as the customer's names only when its suffix
is a real or an internal one: a name on an unknown suffix is removed, but ``cody`` of
``cody.autocomplete.enabled`` is no customer.
"""

from __future__ import annotations

from functools import cache

from publicsuffixlist import PublicSuffixList

from backend.escalation.spans import linear

# Two-part names ending like these are files, not hosts (setup.py, README.md, values.yaml).
FILE_EXTENSIONS = frozenset({
    "py", "md", "sh", "rs", "go", "js", "ts", "tsx", "jsx", "rb", "pl", "pm", "java", "kt", "cs",
    "cpp", "cc", "hpp", "json", "yaml", "yml", "toml", "ini", "cfg", "conf", "txt", "log", "csv",
    "xml", "html", "css", "scss", "lock", "mod", "sum", "zip", "tar", "gz", "tgz", "har", "png",
    "gradle", "kts", "scip", "lsif", "bazel", "bzl", "jsonl", "ndjson", "parquet", "vsix", "whl",
    "zst", "xz", "bz2", "gpg", "asc", "sig", "p12", "pfx", "jks", "csr", "der",
    "jpg", "jpeg", "gif", "svg", "pdf", "env", "sql", "db", "proto", "graphql", "tf", "lua",
    "swift", "scala", "php", "vue", "so", "dll", "exe", "bin", "jar", "war", "dump", "pem",
    "crt", "key", "out", "err", "bak", "tmp", "old", "orig", "diff", "patch", "ps1", "bat",
    "nvim", "vim",  # Neovim plugins are named so: sg.nvim, lazy.nvim
    "pid", "sock", "zoekt",  # git's gc.pid, a socket, Zoekt's index shards
    "mov", "mp4", "webm",  # a screen recording (repro.mov): .mov is a registry's suffix too
})
# Suffixes that are also the commonest attribute names: ``lower(repo.name)``, ``u.id``,
# ``props.name``, ``service.name`` are a record's fields (a host there made "repo" a customer
# name, taken from every sentence). A name of two labels on them is a host only where a host is
# said to stand: a port, a path, a host's key (``"url": "tokobaru.id"``) or a host's word or
# preposition before it (``gitea at tokobaru.id``).
ATTRIBUTE_SUFFIXES = frozenset({"name", "id"})
# Vendors whose hosts carry the customer as a tenant (corvid.okta.com): their own label is not
# the customer's name.
_VENDOR_LABELS = frozenset({
    "okta", "oktapreview", "microsoftonline", "onmicrosoft", "sharepoint", "windows", "azure",
    "azurewebsites", "amazonaws",
    "google", "googleapis", "googleusercontent", "atlassian", "slack", "auth0", "onelogin",
    "pingidentity", "jfrog", "npmjs", "docker", "cloudflare", "salesforce", "zendesk",
    "pagerduty", "datadoghq", "sentry", "newrelic", "splunkcloud", "herokuapp", "vercel",
    "netlify", "digitalocean", "openai", "anthropic", "letsencrypt",
    # Public software and its mirrors (java.base, archive.ubuntu.com, google.golang.org).
    "java", "javax", "jdk", "ubuntu", "debian", "golang", "python", "pythonhosted", "npm",
    "maven", "apache", "alpine", "alpinelinux", "centos", "fedora", "redhat", "microsoft",
    "apple", "mozilla", "ecr", "gcr", "quay", "ghcr", "kubernetes", "k8s", "helm", "yarnpkg",
    "githubusercontent", "public", "proxy", "registry", "archive", "download",
    "sourcegraphcloud", "managed",  # a managed instance's host: the tenant is the customer
})
# Sourcegraph's own services and words of service hosts: a host named after one
# (frontend.internal, login.hooli.gg) says nothing of whose it is.
_SERVICE_LABELS = frozenset({
    "frontend", "gitserver", "zoekt", "zoekt-webserver", "zoekt-indexserver", "searcher",
    "symbols", "worker", "repo-updater",
    "syntect-server", "precise-code-intel-worker", "pgsql", "codeintel-db", "codeinsights-db",
    "redis-cache", "redis-store", "grafana", "prometheus", "jaeger", "minio", "blobstore",
    "executor", "executors", "cody-gateway", "embeddings", "migrator", "otel-collector",
    "login", "auth", "sso", "accounts", "portal", "jenkins", "gitlab-ci", "runner", "proxy",
    "gateway", "ingress", "metrics", "monitoring", "registry", "docker", "build", "builds",
    "cluster", "default", "kube-system", "indexed-search", "namespace", "pod", "pods", "node",
    "nodes", "ldap", "smtp", "wiki", "jira", "confluence", "postgres", "mysql", "redis", "kafka",
    "vault", "consul", "nexus", "artifactory", "sonarqube", "bastion", "bitbucket", "gerrit",
    "perforce", "argocd", "keycloak",
    # Tools a company runs under its own domain (phabricator.hooli.com, goproxy.globex.io):
    # the tool's name is the report's word, wherever else it stands.
    "phabricator", "adfs", "ghes", "ghe", "harbor", "tempo", "loki", "goproxy", "athens",
    "gitea", "gogs", "teamcity", "bamboo", "drone", "sonar", "svn", "cvs", "helix", "swarm",
    "zipkin", "elasticsearch", "kibana", "opensearch", "splunk", "datadog", "sentry", "status",
    "mirror", "cache", "packages", "artifacts", "releases", "downloads", "assets", "static",
    "storage", "codesearch", "code-search", "cody", "idp", "otel", "collector", "tracing",
    "loki-gateway", "datadog-agent", "alertmanager", "kube-dns", "coredns", "node-exporter",
    "dex", "oauth2-proxy",
})

_COMMON_LABELS = frozenset({
    "mail", "corp", "internal", "example", "test", "local", "cloud", "prod", "staging", "company",
    "team", "support", "github", "gitlab", "sourcegraph", "admin", "users", "user", "code",
    "search", "main", "group", "global", "service", "services", "systems", "data", "home",
    "info", "git", "www", "api", "app", "web", "dev", "net", "com", "org", "host", "localhost",
    "database", "db", "server", "servers",
})


@cache
def _psl() -> PublicSuffixList:
    return PublicSuffixList(accept_unknown=False)


def has_registered_suffix(name: str) -> bool:
    """The name ends in a suffix the Public Suffix List knows (kestrel.io, not fmt.Sprintf)."""
    return _psl().publicsuffix(name.lower().split(":", 1)[0].rstrip(".")) is not None


def is_host_name(name: str, followed_by: str = "", hinted: bool = False) -> bool:
    """A dotted name that names a host (any real or internal suffix), not a file or a number
    (``hinted``: the text says a host stands there, for a field-like name: tokobaru.id)."""
    labels = [x for x in name.lower().split(":", 1)[0].split(".") if x]
    if len(labels) < 2 or _code_name(name.split(":", 1)[0]):
        return False
    tld = labels[-1]
    if len(tld) < 2 or not (tld.isalpha() or tld.startswith("xn--")):
        return False
    if len(labels) == 2 and (tld in FILE_EXTENSIONS or followed_by == "(" or (
            tld in ATTRIBUTE_SUFFIXES and not hinted and ":" not in name and followed_by != "/")):
        return False  # setup.py, values.yaml, repo.name, os.path(...)
    return True


# Mail providers anyone signs up with, and our own domain: an address there names no customer.
PUBLIC_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
    "yahoo.com", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me",
    "protonmail.com", "pm.me", "fastmail.com", "hey.com", "zoho.com", "tutanota.com",
    "gmx.de", "gmx.net", "gmx.com", "web.de", "t-online.de", "mail.ru", "yandex.ru",
    "yandex.com", "qq.com", "163.com", "126.com", "naver.com", "orange.fr", "free.fr",
    "laposte.net", "libero.it", "hotmail.co.uk", "yahoo.co.uk", "outlook.de", "hotmail.fr",
    "yahoo.fr", "sourcegraph.com",
})


def is_public_mail(domain: str) -> bool:
    """True for a mail provider's domain (or ours): it says nothing about the customer."""
    return domain.lower().strip(".") in PUBLIC_MAIL_DOMAINS


def registrable_label(host: str) -> str:
    """The label a host's owner registered (hooli of git.hooli.gg, ibx of ibx.ch)."""
    host = host.lower().split(":", 1)[0].strip(".")
    private = _psl().privatesuffix(host) or ".".join(host.split(".")[-2:])
    return private.split(".")[0]


# Suffixes of private networks: a name on one is a host however it is written (myHost.corp).
INTERNAL_SUFFIXES = frozenset({"corp", "internal", "local", "lan", "intranet", "home",
                                "localdomain", "private", "intra", "priv",
                                # Reserved for examples and tests (RFC 2606): never a registry's.
                                "example", "test", "invalid", "localhost",
                                # Environments and networks companies name zones after.
                                "intern", "staging", "stage", "production", "prod", "qa", "uat",
                                "dmz", "infra"})
# The last part of a class name (OutOfMemoryError, PSQLException, CodyAgentService) and a
# setting's (largeFiles, structuralSearch).
_CLASS_NAME = linear(r"[A-Za-z](?:Exception|Error|Service|Job|Handler|Factory|Manager|Provider"
                     r"|Controller|Impl|Client|Server|Config|Agent|Worker|Task)$")
_SETTING = linear(r"[a-z]+(?:[A-Z][a-z0-9]+)+")
_LOWER_CAMEL = linear(r"^[a-z][a-z0-9]*[A-Z]")  # changesetTemplate, largeFiles
_UPPER_CAMEL = linear(r"^[A-Z][a-z0-9]+[A-Z]")  # LombokProcessor, DispatchedTask (and HooliBank)


def _camel_code(labels: list[str]) -> bool:
    """A setting's camel-cased part anywhere, or a class at the end of a lower-case package
    (lombok.javac.apt.LombokProcessor, kotlinx.coroutines.DispatchedTask.run). Not
    GitLab.HooliBank.dmz: a host its owner wrote in capitals."""
    if any(_LOWER_CAMEL.search(label) for label in labels):
        return True
    return labels[0].islower() and bool(_UPPER_CAMEL.search(labels[-1]) or (
        _UPPER_CAMEL.search(labels[-2]) and labels[-1].lower() in CODE_WORDS))
# Suffixes hosts are named on: every country's, and the generic ones in common use. A name on
# another of the registry's words (.run, .author, .tracing) is judged as code first.
_COMMON_GENERIC = frozenset({
    "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "io", "ai",
    "co", "me", "tv", "cc", "dev", "app", "cloud", "tech", "online", "site", "xyz", "systems",
    "solutions", "software", "digital", "global", "group", "company", "network", "services",
    "agency", "studio", "health", "bank", "insurance", "finance", "energy", "consulting",
    "engineering", "works", "zone", "host", "hosting", "space", "team", "center", "email", "eu",
    "asia", "aero", "coop", "museum", "jobs", "mobi", "travel", "tel", "cat", "gg", "us", "uk",
})


def _established(tld: str) -> bool:
    """A country's suffix (two letters, or punycode) or a generic one hosts are commonly on."""
    return len(tld) == 2 or tld.startswith("xn--") or tld in _COMMON_GENERIC


# Packages whose exported names appear in traces and logs (gitserver.ResolveRevision).
_GO_PACKAGES = frozenset({
    "gitserver", "lsifstore", "codenav", "database", "graphqlbackend", "search", "searcher",
    "zoekt", "frontend", "repos", "repoupdater", "authz", "conf", "httpapi", "httpcli", "store",
    "batches", "codeintel", "uploads", "policies", "autoindexing", "symbols", "background",
    "server", "client", "handlers", "http", "grpc", "sql", "json", "fmt", "os", "io", "net",
    "context", "errors", "sync", "time", "strings", "bytes", "bufio", "runtime", "exec",
})
_EXPORTED = linear(r"^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$")  # Mutex, ResolveRevision
# Java's own modules (java.base, jdk.httpserver) on any suffix.
_MODULE_ROOTS = frozenset({"java", "javax", "jdk", "sun"})
# Reversed domains start package names (com.sourcegraph.cody.agent), never host names.
_PACKAGE_ROOTS = frozenset({"com", "org", "net", "io", "java", "javax", "kotlin", "android"})
# Last words of settings, calls, fields and events (cody.autocomplete.enabled, json.loads,
# container.clusters.get, SearchResults.render, charge.failed, deployment.apps): no registry
# has them as a suffix, and no one names a host with them.
CODE_WORDS = frozenset({
    "enabled", "disabled", "enable", "disable", "get", "set", "list", "create", "delete",
    "update", "patch", "watch", "load", "loads", "dump", "dumps", "join", "split", "render",
    "fetch", "node", "nodes", "provider", "providers", "failed", "succeeded", "completed",
    "created", "updated", "deleted", "apps", "batch", "exceptions", "exception", "errors",
    "path", "value", "values", "name", "type", "url", "config", "settings", "options", "then",
    "catch", "map", "filter", "keys", "items", "length", "status", "state", "body", "headers",
    "request", "response", "result", "results", "prototype", "call", "apply", "bind", "log",
    "warn", "debug", "trace", "mode", "timeout", "size", "count", "limit", "level", "kind",
    "spec", "metadata", "labels", "annotations", "replicas", "image", "resources", "env",
    "stdout", "stderr", "stdin", "uri", "sync", "address", "tracing", "author", "commit",
    "branch", "token", "id", "key", "port", "host", "user", "username", "password", "email",
    "smtp", "max", "min", "todo", "codec", "run", "exec", "start", "stop", "close", "open",
    "read", "write", "send",
})
# How a Terraform address starts (module.sg.aws_instance.web, data.aws_iam_policy_document.x).
_TERRAFORM_ROOTS = frozenset({"module", "data", "var", "local", "resource", "output"})
_TERRAFORM_PROVIDERS = ("aws_", "google_", "azurerm_", "azuread_", "kubernetes_", "helm_",
                        "null_", "random_", "tls_")
def _code_name(name: str) -> bool:
    """A dotted name from code, not DNS, on a suffix no registry has: a package
    (com.sourcegraph.cody.agent), a class (java.lang.OutOfMemoryError), a setting
    (search.largeFiles, cody.autocomplete.enabled), a call or a field (json.loads, s.store.Get),
    a Terraform address (module.sg.google_compute_instance.sg) or a file (main.7c2f1a.bundle.js).
    Not j.moreau: a login (a name of two parts, the first a letter) stays private.
    Anything else camel-cased is a host all the same (ldap.GbxCorp)."""
    labels = name.split(".")
    last = labels[-1].lower()
    if any(label.startswith(_TERRAFORM_PROVIDERS) for label in labels) or (
            labels[0] in _TERRAFORM_ROOTS and any("_" in label for label in labels)):
        return True  # module.sg.google_compute_instance.sg ends in Singapore's suffix
    if len(labels) == 2 and _LOWER_CAMEL.search(labels[0]) and last in CODE_WORDS and (
            len(last) > 2 and last not in ("host", "email", "domain", "url", "uri")):
        return True  # storageClass.name: a field, though .name is a registry's suffix
    if last in INTERNAL_SUFFIXES or (_psl().publicsuffix(name.lower()) is not None
                                      and _established(last)):
        return False  # org.hooli.com, GitLab.hooli.com, myHost.corp: hosts
    # A camel-cased part inside a name of three or more (lombok.javac.apt.LombokProcessor,
    # kotlinx.coroutines.DispatchedTask.run, changesetTemplate.commit.author): code, even on a
    # registry's word suffix (.run, .author); no one names a host so.
    if len(labels) >= 3 and _camel_code(labels):
        return True
    if (len(labels) >= 3 and labels[0] in _PACKAGE_ROOTS) or labels[0] in _MODULE_ROOTS or (
            labels[0] in ("com", "org", "net", "io") and last not in INTERNAL_SUFFIXES):
        return True  # com.sourcegraph.cody.agent, com.sourcegraph (a Maven group); java.base
    # A Go package's exported name (gitserver.ResolveRevision, lsifstore.ExtractOccurrenceData):
    # a package of the product or of Go's library, then a capitalised identifier.
    if len(labels) == 2 and labels[0] in _GO_PACKAGES and _EXPORTED.search(labels[1]):
        return True
    # Not every name with an underscore: a file named after the customer's repository
    # (harwell-bio_assay-pipeline_4c1f0b2.embeddingindex) goes as a host would. Not j.list: a
    # login (one or two letters, then a surname) stays private whatever the surname is.
    if len(labels) == 2 and len(labels[0]) <= 2:
        return False
    if last in CODE_WORDS or last in FILE_EXTENSIONS:
        return True
    if _CLASS_NAME.search(labels[-1]) or (
            labels[0][:1].islower() and _SETTING.fullmatch(labels[-1])):
        return True
    # On a suffix no registry has, a name of three parts or more is a host when it reads like
    # one: a short last part (gitlab.hooli.prod, frontend.gbxcorp.svc), a machine's or service's
    # first part (git.hooli.staging); else it is a setting (codeintel.autoindexing.scheduler,
    # insights.query.worker.concurrency), and it teaches no customer name.
    # (Two parts stay a host: nadia.brooks is a login as often as bootstrap.servers a setting.)
    return (len(labels) >= 3 and _psl().publicsuffix(name.lower()) is None
            and not _hostish(labels))


def _hostish(labels: list[str]) -> bool:
    """The parts of a name on an unknown suffix read as a host's (see _code_name)."""
    last, first = labels[-1].lower(), labels[0].lower()
    return (len(last) <= 5 or any(c.isdigit() for c in last) or any(c.isdigit() for c in first)
            or service_name(first) or first in _HOST_WORDS)


# First parts of hosts beside the product's services (ldap.initech, git.hooli.staging).
# (Service words are _SERVICE_LABELS', read by service_name.)
_HOST_WORDS = frozenset({"git", "ldaps", "ad", "dc", "db", "srv", "mail", "imap", "vpn", "ns",
                         "dns", "www", "api", "sg", "sourcegraph", "gitlab", "github"})


def customer_labels(host: str) -> list[str]:
    """Labels of a private host name that may name the customer, to be removed wherever else
    they stand: the registered label and every other label (hooli and srv-git-04 of
    srv-git-04.hooli.local, gbxcorp of gbxcorp.zoom.us and of frontend.gbxcorp.svc). Not a
    known vendor's own name (okta of corvid.okta.com), a product service's or a plain service
    word (frontend, login, cluster): those are words the defect needs."""
    host = host.lower().split(":", 1)[0].strip(".")
    labels = [x for x in host.split(".") if x]
    if len(labels) < 2:
        return []
    chosen = [registrable_label(host), *labels[:-1]]
    return sorted({x for x in chosen if _names_customer(x)})


def _names_customer(label: str) -> bool:
    """A host label that may be the customer's name: not a vendor's, service's (with its replica
    number: gitserver-1) or plain word."""
    return (len(label) >= 4 and label not in _COMMON_LABELS and label not in _VENDOR_LABELS
            and not service_name(label) and not label.startswith("sourcegraph-")
            and not label.isdigit())



def is_common_label(word: str) -> bool:
    """A word that says nothing about whose it is (mail, prod, search, code...)."""
    return word.lower() in _COMMON_LABELS


def distinctive(name: str) -> bool:
    """A name unlikely to be an ordinary word: long, or with a digit, dash or underscore."""
    name = name.strip()
    if name.lower() in _COMMON_LABELS or len(name) < 3:
        return False
    return len(name) >= 5 or any(c.isdigit() or c in "-_" for c in name)


def service_name(label: str) -> bool:
    """A Sourcegraph service or a plain service word, with or without its replica number
    (gitserver-0, sourcegraph-frontend-7d9f8, pgsql): a word the report needs."""
    base = label.lower().rstrip("0123456789").rstrip("-")
    return (base in _SERVICE_LABELS or base.startswith("sourcegraph")
            or label.lower() in _SERVICE_LABELS)


def teaches_labels(name: str) -> bool:
    """Whether a host's labels may name the customer: not for a name of two parts on a suffix
    no registry has (tobias.kraemer is a person's login, not a host named after a customer)."""
    host = name.lower().split(":", 1)[0].strip(".")
    labels = [x for x in host.split(".") if x]
    return len(labels) >= 3 or labels[-1] in INTERNAL_SUFFIXES or (
        _psl().publicsuffix(host) is not None)

