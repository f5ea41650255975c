"""Hosts that are everyone's: the public product hosts whose URLs may stay in a public defect,
and vendors' and public API groups' names that may stay when written bare (``k8s.io`` groups,
``login.microsoftonline.com``, ``api.openai.com``), and a cluster's own service names
(``gitserver-0.gitserver``). Every other host counts as private."""

from __future__ import annotations

from backend.escalation.host_names import service_name
from backend.escalation.spans import linear

# Hosts whose URLs may stay in a public issue (exact names, or "www." before them).
PUBLIC_HOSTS = frozenset({
    "github.com", "gitlab.com", "bitbucket.org", "sourcegraph.com", "docs.sourcegraph.com",
    "about.sourcegraph.com", "sourcegraph.github.io", "help.sourcegraph.com",
    "community.sourcegraph.com", "handbook.sourcegraph.com", "marketplace.visualstudio.com",
    "plugins.jetbrains.com", "hub.docker.com", "docs.docker.com", "docker.com", "kubernetes.io",
    "helm.sh", "helm.sourcegraph.com",
    "pkg.go.dev", "go.dev", "golang.org", "npmjs.com", "pypi.org", "docs.github.com",
    "docs.gitlab.com", "developer.mozilla.org", "stackoverflow.com", "en.wikipedia.org",
    "datatracker.ietf.org", "semver.org", "json-schema.org",
    # Distributions' package mirrors in install logs (their paths hold only their packages;
    # registries' paths hold their users' names, so gcr.io or proxy.golang.org are not here).
    "archive.ubuntu.com", "security.ubuntu.com", "ports.ubuntu.com", "deb.debian.org",
    "security.debian.org", "dl-cdn.alpinelinux.org", "download.docker.com", "get.helm.sh",
    "registry.k8s.io", "google.golang.org",
    # Maven Central: its paths are packages' (com/sourcegraph/semanticdb-javac/…).
    "repo1.maven.org", "repo.maven.apache.org", "central.sonatype.com",
    # Google's open-source Gerrit hosts (not every *.googlesource.com: *-internal is private).
    "gerrit-review.googlesource.com", "gerrit.googlesource.com", "go.googlesource.com",
    "go-review.googlesource.com", "chromium.googlesource.com", "chromium-review.googlesource.com",
    "android.googlesource.com", "android-review.googlesource.com",
    # The public Terraform registry: its paths are public providers and modules.
    "registry.terraform.io",
})

# Parents of public API groups and labels (app.kubernetes.io/name, ingress.networking.k8s.io,
# cert-manager.io/cluster-issuer) and public API hosts, kept as written when bare (no path: a
# URL on them is judged by its path).
_PUBLIC_PARENTS = ("kubernetes.io", "k8s.io", "x-k8s.io", "cert-manager.io", "istio.io",
                   # Vendors' own names in annotations and drivers (ebs.csi.aws.com,
                   # vault.hashicorp.com/agent-inject): no customer's machine is under them.
                   # (Not azure.com: dev.azure.com/<organization> names the customer.)
                   "aws.com", "hashicorp.com",
                   # Mail services' own hosts (smtp.office365.com).
                   "office365.com", "outlook.com", "gmail.com", "sendgrid.net", "mailgun.org",
                   # Google's public Gerrit hosts (gerrit-review, chromium, go).
                   # Let's Encrypt's ACME endpoints (acme-v02.api.letsencrypt.org).
                   "letsencrypt.org")
_PUBLIC_NAMES = frozenset({"api.github.com", "uploads.github.com", "codeload.github.com",
                           # Docker Desktop's own names for the host and its gateway.
                           "host.docker.internal", "gateway.docker.internal",
                           "kubernetes.docker.internal",
                           # Sourcegraph's own services (not a managed instance's tenant host).
                           "licensing.sourcegraph.com", "cody-gateway.sourcegraph.com",
                           "pings.sourcegraph.com",
                           # Identity and model providers' own hosts, written bare (a tenant's
                           # id or an organization in the path is judged by the path).
                           "login.microsoftonline.com", "api.openai.com", "api.anthropic.com",
                           "dev.azure.com", "ssh.dev.azure.com",
                           # Docker Hub's registry (its paths are judged by their owner).
                           "docker.io", "index.docker.io", "registry-1.docker.io"})
# Google's OpenID issuer, npm's registry and the model vendors' assistants, written bare
# (bare_only).
_BARE_ONLY = frozenset({"accounts.google.com", "registry.npmjs.org",
                        # The model vendors' own assistants, which tickets compare Cody with
                        # ("Same prompts in Claude.ai": read as a customer's host, "Claude" went
                        # from "Claude 3.5 Sonnet" as the customer's name). Bare only: their
                        # paths hold chats, prompts and workspaces.
                        "claude.ai", "chatgpt.com", "chat.openai.com", "gemini.google.com",
                        "copilot.microsoft.com", "console.anthropic.com", "platform.openai.com",
                        "aistudio.google.com"})
# An AWS service's own endpoint (s3.us-gov-west-1.amazonaws.com, sts.amazonaws.com), everyone's;
# not a bucket's or an account's host (acme-blobs.s3.amazonaws.com, 1234….dkr.ecr.….amazonaws.com).
_AWS_ENDPOINT = linear(r"^(?:s3|sts|ec2|iam|sqs|sns|kms|logs|monitoring|ssm|secretsmanager"
                       r"|lambda|dynamodb|rds|elasticloadbalancing|api\.ecr|bedrock"
                       r"|bedrock-runtime)(?:[.-](?:fips\.)?[a-z]{2}(?:-gov)?-[a-z]+-\d)?"
                       r"\.amazonaws\.com$")
# The domains reserved for documentation (RFC 2606), which customers paste as placeholders
# (idp.example.com). (Not the reserved TLDs: "code.initrode.example" stands for a customer's.)
_RESERVED_DOMAINS = ("example.com", "example.net", "example.org")
_RESERVED_SUFFIXES = tuple("." + domain for domain in _RESERVED_DOMAINS)


def is_vendor_host(name: str) -> bool:
    """An identity provider's host whose path starts with the customer's tenant
    (login.microsoftonline.com/<tenant>/…): bare it stays, the path is judged."""
    return name.lower().split(":", 1)[0].rstrip(".") in _TENANT_FIRST


_TENANT_FIRST = frozenset({"login.microsoftonline.com", "login.windows.net", "sts.windows.net"})


def is_public_name(name: str) -> bool:
    """A public host or API group written bare: the allowlist, subdomains of a public API
    group's parent (kubectl.kubernetes.io) and GitHub's API hosts."""
    host = name.lower().split(":", 1)[0].rstrip(".")
    return (is_public_host(host) or host in _PUBLIC_NAMES or bare_only(host)
            or any(host.endswith("." + parent) for parent in _PUBLIC_PARENTS))


def bare_only(name: str) -> bool:
    """A host everyone's written bare, whose paths are the customer's (a bucket on an AWS
    endpoint, a private npm scope, a path a customer left under the example.com that replaced
    their host): a path after it is judged as one on an unknown host."""
    host = name.lower().split(":", 1)[0].rstrip(".")
    return host in _BARE_ONLY or reserved_name(host) or bool(
        host.endswith(".amazonaws.com") and _AWS_ENDPOINT.search(host))


def is_public_host(name: str) -> bool:
    """True for the allowlisted public product hosts (www. ignored)."""
    host = name.lower().split(":", 1)[0].rstrip(".")
    return (host[4:] if host.startswith("www.") else host) in PUBLIC_HOSTS


def reserved_name(host: str) -> bool:
    """A name under a domain reserved for documentation (idp.example.com)."""
    return host in _RESERVED_DOMAINS or host.endswith(_RESERVED_SUFFIXES)


_CLUSTER_WORDS = frozenset({"svc", "cluster", "local", "default", "sourcegraph", "pod", "pods",
                            # Namespaces every cluster has (loki-gateway.monitoring.svc).
                            "monitoring", "observability", "logging", "kube-system",
                            "ingress-nginx", "cert-manager", "istio-system", "datadog",
                            "argocd", "vault", "prometheus", "grafana"})


# Words of a tool's own pods and services (alertmanager-main-0, prometheus-operated).
_REPLICA_WORDS = frozenset({"main", "operated", "server", "master", "primary", "replica",
                            "leader", "headless", "operator"})


def is_service_dns(name: str) -> bool:
    """A Kubernetes service's DNS name made only of service words (gitserver-0.gitserver,
    sourcegraph-frontend.sourcegraph.svc.cluster.local): the product's, not the customer's.
    A namespace of the customer's (frontend.hooli-prod.svc) is not."""
    labels = [x for x in name.lower().split(":", 1)[0].split(".") if x]
    if len(labels) >= 4 and labels[-3:] == ["svc", "cluster", "local"] and (
            labels[-4] in _CLUSTER_WORDS and all(
                sum(p.isdigit() for p in x.split("-")) <= 1 for x in labels[:-4]) and all(
                service_name(p) or p in _CLUSTER_WORDS or p in _REPLICA_WORDS or p.isdigit()
                for x in labels[:-4] for p in x.split("-"))):  # (not grafana-10-42-3-17: an IP)
        return True  # alertmanager-main-0.monitoring.svc.cluster.local: a tool's own pod
    return len(labels) >= 2 and all(service_name(x) or x in _CLUSTER_WORDS for x in labels)
