"""Take secrets out of every issue, and everything private out of a public defect.

Two levels, because the two trackers differ:

* ``scrub_secrets`` runs on every issue (the private RFH too): tokens of GitHub, GitLab, Slack,
  AWS and Sourcegraph, JWTs, bearer/basic credentials, private keys, ``password=...`` pairs and
  passwords inside URLs. Issues are read by many people and copied around; a token never needs
  to be in one.
* ``Redactor.redact`` runs on a defect filed in the public repository: on top of the secrets it
  removes the customer's, organization's and requester's names, e-mail addresses, IP addresses
  and every host name and URL that is not a public, well-known one. A link on a public code host
  is kept only when it points at a public owner (e.g. github.com/sourcegraph/...), because
  github.com/<customer>/<repo> names the customer as surely as their own host name does.

Hand-written patterns rather than a scanning library: the shapes are few and documented, and a
scanner built to *find* secrets in repositories reports but does not replace them in prose.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

SECRET = "[redacted-secret]"
EMAIL = "[redacted-email]"
HOST = "[redacted-host]"
URL = "[redacted-url]"
IP = "[redacted-ip]"
CUSTOMER = "[customer]"
PERSON = "[name]"

# Hosts whose URLs may stay in a public issue (exact names, or "www." before them).
PUBLIC_HOSTS = frozenset({
    "github.com", "gitlab.com", "bitbucket.org", "sourcegraph.com", "docs.sourcegraph.com",
    "about.sourcegraph.com", "sourcegraph.github.io", "help.sourcegraph.com",
    "community.sourcegraph.com", "handbook.sourcegraph.com", "marketplace.visualstudio.com",
    "plugins.jetbrains.com", "hub.docker.com", "docs.docker.com", "kubernetes.io",
    "helm.sh", "pkg.go.dev", "go.dev", "golang.org", "npmjs.com", "www.npmjs.com", "pypi.org",
    "docs.github.com", "docs.gitlab.com", "developer.mozilla.org", "stackoverflow.com",
    "en.wikipedia.org", "datatracker.ietf.org", "semver.org", "json-schema.org",
})
# On these public code hosts only public owners' paths may stay.
CODE_HOSTS = frozenset({"github.com", "gitlab.com", "bitbucket.org"})
PUBLIC_OWNERS = frozenset({"sourcegraph"})

# Last labels that make a dotted word a host name (file names like values.yaml stay).
_TLDS = (
    "com|net|org|io|dev|co|us|uk|de|fr|eu|ca|au|jp|cn|in|info|biz|cloud|app|tech|ai|xyz|me|gov|"
    "edu|mil|int|nl|se|no|ch|at|be|it|es|br|ru|dk|fi|ie|nz|sg|hk|kr|tw|za|mx|ar|cz|hu|ro|il|tr|"
    "local|localhost|internal|intranet|intra|corp|lan|home|localdomain|svc|cluster|priv|private|"
    "example|test|invalid|onion|zone|site|online|systems|services|solutions|company|group|works"
)

_PRIVATE_KEY = re.compile(
    r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----.*?"
    r"(-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|\Z)",
    re.S,
)
_TOKENS = re.compile(
    r"\b(?:"
    r"gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}"  # GitHub
    r"|glpat-[A-Za-z0-9_\-]{20,}|gl(?:dt|ptt|rt|cbt|oas|soat|ft)-[A-Za-z0-9_\-]{20,}"  # GitLab
    r"|xox[abposr]-[A-Za-z0-9-]{10,}|xapp-[A-Za-z0-9-]{10,}"  # Slack
    r"|(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA)[0-9A-Z]{16}"  # AWS access key ids
    r"|sgp_[A-Za-z0-9_]{16,}|sgph_[A-Za-z0-9_]{16,}|sgs_[A-Za-z0-9_]{16,}"  # Sourcegraph
    r"|sk-(?:ant-)?[A-Za-z0-9_\-]{20,}"  # OpenAI/Anthropic style API keys
    r"|AIza[0-9A-Za-z_\-]{35}"  # Google API keys
    r"|eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"  # JWTs
    r")"
)
_SLACK_WEBHOOK = re.compile(r"https://hooks\.slack\.com/[^\s<>\"')]+")
_AUTH_HEADER = re.compile(
    r"(?i)\b(authorization\s*[:=]\s*)?(bearer|basic|token)(\s+)([A-Za-z0-9\-._~+/]{12,}=*)"
)
_KEY_VALUE = re.compile(
    r"(?i)\b((?:aws_)?(?:secret(?:_access)?_key|access_key(?:_id)?|session_token)|password|passwd|pwd"
    r"|secret|client_secret|api[_-]?key|apikey|access[_-]?token|auth[_-]?token|private[_-]?token"
    r"|token)(\"?\s*[:=]\s*\"?)([^\s\"',;]{4,})"
)
_URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)([^\s/:@]+):([^\s/@]+)@")

_EMAIL = re.compile(r"(?i)\b[a-z0-9._%+\-]+@(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+[a-z]{2,}\b")
_URL = re.compile(r"(?i)\b(?:https?|ssh|git|ftp|wss?|svn|p4|s3|gs)://[^\s<>\"'`)\]]+")
_SCP_REMOTE = re.compile(r"(?i)\b[a-z0-9_.\-]+@([a-z0-9.\-]+):([A-Za-z0-9_.\-]+)/[^\s\"'`<>]+")
_HOSTNAME = re.compile(
    r"(?i)(?<![\w.\-@/])((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+(?:" + _TLDS + r"))"
    r"(?::\d{2,5})?(?![\w\-]|\.[a-z0-9])"
)
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\w.]|\.\d)")
_IPV6 = re.compile(r"(?i)(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])")

_LEGAL_SUFFIXES = frozenset({
    "inc", "inc.", "llc", "ltd", "ltd.", "corp", "corp.", "corporation", "co", "co.", "gmbh", "ag",
    "sa", "plc", "bv", "oy", "ab", "limited", "company", "group", "holdings", "the",
})
_COMMON_WORDS = frozenset({
    "mail", "corp", "internal", "example", "test", "local", "cloud", "prod", "staging", "company",
    "team", "support", "github", "gitlab", "sourcegraph", "admin", "users", "user", "code",
    "search", "main", "group", "global", "service", "services", "systems", "data", "home",
    "info", "git",
})


def scrub_secrets(text: str) -> str:
    """Replace anything shaped like a credential with a placeholder (for every issue)."""
    if not text:
        return text
    text = _PRIVATE_KEY.sub(SECRET, text)
    text = _SLACK_WEBHOOK.sub(SECRET, text)
    text = _TOKENS.sub(SECRET, text)
    text = _URL_PASSWORD.sub(lambda m: f"{m.group(1)}{m.group(2)}:{SECRET}@", text)
    text = _AUTH_HEADER.sub(lambda m: f"{m.group(1) or ''}{m.group(2)}{m.group(3)}{SECRET}", text)
    text = _KEY_VALUE.sub(
        lambda m: m.group(0) if m.group(3) == SECRET else f"{m.group(1)}{m.group(2)}{SECRET}", text
    )
    return text


def _public_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    if parts.username or parts.password or host not in PUBLIC_HOSTS:
        return False
    if host in CODE_HOSTS:
        owner = parts.path.strip("/").split("/", 1)[0].lower()
        return owner == "" or owner in PUBLIC_OWNERS
    return True


def _is_public_host(name: str) -> bool:
    host = name.lower().split(":", 1)[0]
    host = host[4:] if host.startswith("www.") else host
    return host in PUBLIC_HOSTS


def _distinctive_labels(host: str) -> list[str]:
    """Labels of a private host name that probably name the customer (acme in git.acme.io)."""
    labels = [x for x in host.lower().split(".") if x]
    if len(labels) < 2:
        return []
    candidates = labels[:-1][-2:]  # the registrable name and the one before it
    return [x for x in candidates if len(x) >= 4 and x not in _COMMON_WORDS and not x.isdigit()]


@dataclass
class Redactor:
    """Removes private information for the public tracker; names are matched as whole words."""

    customer_names: list[str] = field(default_factory=list)
    person_names: list[str] = field(default_factory=list)

    @classmethod
    def for_ticket(
        cls,
        organization: str | None,
        requester_name: str | None,
        requester_email: str | None,
        extra_names: Iterable[str] = (),
    ) -> Redactor:
        """Build the name lists from a ticket's organization and requester."""
        customers: list[str] = []
        if organization:
            customers.append(organization)
            words = [w for w in re.split(r"[\s,]+", organization) if w]
            core = [w for w in words if w.lower().strip(".,") not in _LEGAL_SUFFIXES]
            if core:
                customers.append(" ".join(core))
                customers.extend(w for w in core if len(w) >= 4 and w.lower() not in _COMMON_WORDS)
        people: list[str] = list(extra_names)
        if requester_name:
            people.append(requester_name)
            people.extend(w for w in re.split(r"[\s,]+", requester_name) if len(w) >= 3)
        if requester_email and "@" in requester_email:
            local, _, domain = requester_email.partition("@")
            people.extend(p for p in re.split(r"[._+\-]", local) if len(p) >= 3)
            customers.extend(_distinctive_labels(domain))
        return cls(customer_names=customers, person_names=people)

    def redact(self, text: str) -> str:
        """Secrets, e-mails, private URLs and hosts, IPs, then customer and person names."""
        if not text:
            return text
        found: list[str] = []
        # Whole URLs go first: a password inside one must not split it for the patterns below.
        text = _PRIVATE_KEY.sub(SECRET, text)

        def email(m: re.Match[str]) -> str:
            found.extend(_distinctive_labels(m.group(0).partition("@")[2]))
            return EMAIL

        def url(m: re.Match[str]) -> str:
            raw = m.group(0).rstrip(".,;:!?")
            tail = m.group(0)[len(raw):]
            if _public_url(raw):
                return m.group(0)
            try:
                found.extend(_distinctive_labels(urlsplit(raw).hostname or ""))
            except ValueError:  # e.g. "[redacted-secret]" in the userinfo looks like IPv6
                pass
            return URL + tail

        def scp(m: re.Match[str]) -> str:
            host, owner = m.group(1).lower(), m.group(2).lower()
            if host in CODE_HOSTS and owner in PUBLIC_OWNERS:
                return m.group(0)
            found.extend(_distinctive_labels(host))
            return URL

        def host(m: re.Match[str]) -> str:
            if _is_public_host(m.group(1)):
                return m.group(0)
            found.extend(_distinctive_labels(m.group(1)))
            return HOST

        def ipv6(m: re.Match[str]) -> str:
            try:
                ipaddress.IPv6Address(m.group(0))
            except ValueError:
                return m.group(0)  # a time of day or a Go-style "a::b" that is not an address
            return IP

        def ipv4(m: re.Match[str]) -> str:
            address = m.group(0).split("/", 1)[0]
            try:
                ipaddress.IPv4Address(address)
            except ValueError:
                return m.group(0)
            return IP

        text = _URL.sub(url, text)
        text = _SCP_REMOTE.sub(scp, text)
        text = _EMAIL.sub(email, text)
        text = _HOSTNAME.sub(host, text)
        text = _IPV4.sub(ipv4, text)
        text = _IPV6.sub(ipv6, text)
        text = scrub_secrets(text)
        text = self._names(text, self.customer_names + found, CUSTOMER)
        return self._names(text, self.person_names, PERSON)

    @staticmethod
    def _names(text: str, names: Iterable[str], placeholder: str) -> str:
        unique = sorted({n.strip() for n in names if n and len(n.strip()) >= 3}, key=len,
                        reverse=True)  # longest first: "Globex Corporation" before "Globex"
        if not unique:
            return text
        pattern = re.compile(
            r"(?i)(?<![\w])(?:" + "|".join(re.escape(n) for n in unique) + r")(?![\w])"
        )
        return pattern.sub(placeholder, text)
