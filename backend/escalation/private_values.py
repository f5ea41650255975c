"""Everything Zendesk tells us is private about one ticket, gathered once.

Identities: the requester, every commenter, every user on the ticket, the organization's name and
its domains. Custom-field values (customer text, whatever the field). Private (internal) comments:
they never reach a public issue, and their sentences are what the leak check looks for. The
redactor for the public defect is built from these values, and the leak check tests the composed
issue against the same values plus everything the redactor removed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from backend.escalation.host_names import (
    customer_labels,
    distinctive,
    is_common_label,
    registrable_label,
)
from backend.escalation.name_shapes import person_name
from backend.escalation.names import spellings, unspaced
from backend.escalation.org_stems import domain_stems, organization_stems
from backend.escalation.redact import Redactor
from backend.escalation.spans import linear
from backend.escalation.word_names import without_word_names
from backend.tickets import Ticket

_WORDS = linear(r"[\pL\pN_]+")
_SPLIT_NAME = linear(r"[\s,]+")
_SPLIT_LOCAL = linear(r"[._+\-]+")
_VERSION = linear(r"^v?\d{1,4}(?:\.\d{1,6}){1,3}(?:[-+][A-Za-z0-9.]{1,20})?$")
_LEGAL = frozenset({"inc", "llc", "ltd", "corp", "corporation", "co", "gmbh", "ag", "sa", "plc",
                    "bv", "oy", "ab", "limited", "company", "group", "holdings", "the", "&"})
# Field values made only of these words say what kind of deployment it is, nothing private.
_PLAIN_WORDS = frozenset({
    "kubernetes", "k8s", "helm", "docker", "compose", "dockercompose", "single", "container",
    "managed", "instance", "cloud", "self", "hosted", "selfhosted", "aws", "gcp", "azure",
    "deployment", "type", "other", "none", "unknown", "yes", "no", "true", "false", "n", "a",
    "na", "server", "enterprise", "free", "business", "trial", "on", "prem", "premise",
    "premises", "onprem", "sourcegraph", "cody", "amazon", "google", "openshift", "eks", "gke",
    "aks", "low", "normal", "high", "urgent", "p0", "p1", "p2", "p3",
})
# Four-letter words that start company names and are ordinary words in tickets.
_ORDINARY_SHORT = frozenset({
    "open", "blue", "fast", "auto", "core", "next", "real", "true", "high", "base", "edge",
    "node", "page", "site", "link", "line", "star", "tech", "soft", "ware", "labs", "work", "apps",
    "bank", "info", "team", "home", "host", "port", "file", "test", "user", "mail", "plus",
    "best", "good", "part", "zero", "unit", "form", "flow", "grid", "mesh", "cube", "data",
    "code", "main", "live", "easy", "safe", "sure", "well", "fire", "wind", "sun", "peak",
    "snap", "fair", "rock", "iron", "gold", "time", "life", "care", "pure", "deep", "wise",
    "city", "land", "west", "east", "wave", "bolt", "spot", "path", "road", "rise", "glow",
})
# Lower-case particles of surnames: parts of the name, never a name on their own.
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "dos",
                        "das", "du", "la", "le", "ten", "ter", "zu", "bin", "binti", "al", "el"})
# Words many company names share: the name, never a name on their own (Pinnacle Software).
_GENERIC_ORG_WORDS = frozenset({
    "software", "solutions", "technologies", "technology", "systems", "services", "consulting",
    "partners", "networks", "digital", "global", "international", "industries", "enterprises",
    "ventures", "capital", "financial", "logistics", "logistik", "media", "health", "energy",
    "insurance", "university", "foundation", "studios", "games", "security", "analytics",
    "management", "asset", "assets", "holdings", "group", "labs", "laboratories", "engineering",
    "manufacturing", "telecom", "bank", "pharma", "medical", "aerospace", "research",
    "institute", "trust", "cooperative", "automotive", "retail",
})
# Legal forms written joined to the name in Japanese, Chinese and Korean (株式会社サクラテック).
_JOINED_LEGAL = ("株式会社", "有限会社", "合同会社", "股份有限公司", "有限公司", "公司", "주식회사")
SHINGLE = 6  # words: a private sentence is recognised by any 6 words in a row
MIN_TOKEN = 10


def words(text: str) -> list[str]:
    """Lower-case words of a text (letters, digits, underscores; any script)."""
    return [w.lower() for w in _WORDS.findall(text or "")]


def shingles(text: str) -> set[tuple[str, ...]]:
    """Every run of SHINGLE consecutive words."""
    ws = words(text)
    return {tuple(ws[i:i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1)}


_REMARK = linear(r"[ \t]*[(\[（][^()\[\]（）]{0,60}[)\]）]")


def person_names(name: str | None, email: str | None) -> list[str]:
    """A person's full name, its parts, and the parts of their e-mail's local part."""
    out: list[str] = []
    if name and name.strip():
        out.append(name.strip())
        # (a remark in brackets is no part of the name: "Dana Whitlock (Sourcegraph Support)"
        # gives neither "(Sourcegraph" nor dana.support; a nickname or a name in another
        # script is a name of its own: "Robert (Bob) Smith", "Zhang Wei (张伟)")
        bare = " ".join(_REMARK.sub(" ", name).split())
        if bare.strip() and bare.strip() != name.strip():
            out.append(bare.strip())
            for m in _REMARK.finditer(name):
                inner = m.group(0).strip().strip("()[]（）").strip()
                if inner and (person_name(inner, 1) == inner or any(unspaced(c) for c in inner)):
                    out.extend([inner, *[p for p in _SPLIT_NAME.split(inner) if len(p) >= 3]])
        parts = [p for p in _SPLIT_NAME.split(bare) if p]
        # Not the particles of a surname alone (Jan van den Berg: every "van" and "den").
        # Of the parts in Chinese, Japanese or Korean, only the first (the family name: 山田 of
        # 山田 太郎): a given name is often a word (文明 of 李 文明). Latin parts as usual
        # (Hiroshi and Tanaka of Hiroshi Tanaka 田中宏).
        cjk = [p for p in parts if any(unspaced(c) for c in p)]
        out.extend(p for p in parts if p not in _PARTICLES and (
            (p in cjk[:1] and len(p) >= 2) or (p not in cjk and (
                len(p) >= 3 or (len(parts) > 1 and p[:1].isupper())))))
        out.extend(login_names(parts))
    if email and "@" in email:
        local = email.rsplit("@", 1)[0]
        # Not a part the name already gave (will of will.frost@ for Will Frost): found in lower
        # case, it would take every "will" of the report; the name's own form is enough.
        named = {p.lower() for p in out}
        out.extend(p for p in _SPLIT_LOCAL.split(local) if len(p) >= 3 and p.lower() not in named)
        if len(local) >= 3 and local.lower() not in named:
            out.append(local)  # (grant@ of Grant Okafor: "grant" in lower case is a verb)
    return without_word_names(out, name)


def login_names(parts: list[str]) -> list[str]:
    """The user names companies make from a full name (pgibbons, petergibbons, peter_gibbons,
    mjwatson, jvandenberg, sobrien): how the person appears in logs, LDAP and paths
    even when not by name; in ASCII, as logins are (José García: jgarcia)."""
    out: set[str] = set()
    for spelling in spellings(" ".join(parts)):  # Müller: jmuller and jmueller
        if spelling.isascii():
            out |= _logins(spelling.split())
    return sorted(out)


def _logins(parts: list[str]) -> set[str]:
    """login_names of one ASCII spelling of the name."""
    words_ = [w for w in ("".join(c for c in p.lower() if c.isalnum()) for p in parts) if w]
    if len(words_) < 2 or not all(w.isalpha() for w in words_):
        return set()
    first = words_[0]
    # The last word (Peter J. Gibbons: gibbons), and with its particles (van den Berg:
    # vandenberg) when the words between are particles.
    surnames = {words_[-1]}
    if "-" in parts[-1] and parts[-1].replace("-", "").isalpha():
        surnames.add(parts[-1].lower())  # Pryce-Williams: gpryce-williams as well
    if all(p.lower() in _PARTICLES for p in parts[1:-1]):
        surnames.add("".join(words_[1:]))
    # Mary-Jane: "maryjane", and the initials "mj" as well as "m".
    given = [g for g in _SPLIT_LOCAL.split(parts[0].lower()) if g.isalpha()]
    initials = {first[0], "".join(g[0] for g in given)}
    out: set[str] = set()
    for surname in surnames:
        out |= {first + surname, f"{first}.{surname}", f"{first}_{surname}", f"{first}-{surname}"}
        # An initial and a short surname can spell a word (Fred Reed: freed): six letters at
        # least; never the surname before the initial (Steve Grant: grants).
        out |= {i + surname for i in initials if len(i + surname) >= 6}
        out.add(f"{first[0]}.{surname}")  # r.abernathy-quist
    return out


def organization_names(name: str | None, domains: Iterable[str]) -> list[str]:
    """The organization's name, the name without legal suffixes, its distinctive words, and the
    labels of its domains (hooli in hooli.gg)."""
    out: list[str] = []
    if name and name.strip():
        out.append(name.strip())
        words_ = [w for w in _SPLIT_NAME.split(name) if w]
        core = [w for w in words_ if w.lower().strip(".,") not in _LEGAL]
        if core:
            out.append(" ".join(core))
            # Distinctive words, and acronyms ("QX" of "QX Labs"): people shorten names so.
            out.extend(w.strip(".,") for w in core
                       if w.lower().strip(".,") not in _GENERIC_ORG_WORDS
                       and (distinctive(w.strip(".,")) or (len(w) >= 2 and w.isupper())))
            out.extend(_joined_forms([w.strip(".,") for w in core], domains))
        for legal in _JOINED_LEGAL:  # 株式会社サクラテック: サクラテック
            for word in words_:
                bare = word.removeprefix(legal).removesuffix(legal)
                if bare != word and len(bare) >= 2:
                    out.append(bare)
    labels = [label for domain in domains for label in customer_labels(domain)]
    out.extend(labels)
    # A hyphenated domain's first word, when long enough to be a name (hanbit of
    # hanbit-elec.co.kr: the company's people write "sg-hanbit"), not a short or common one.
    out.extend(first for first in (label.split("-")[0] for label in labels if "-" in label)
               if len(first) >= 6 and first.isalpha() and not is_common_label(first))
    if name and name.strip():
        # A four-letter word of the name that the customer's own domain starts with ("Zeta" of
        # "Zeta Bank AG" at zetabank.com) is how its people shorten the name, in any case
        # (zeta-prod). An ordinary word ("Search" of Search Labs) is not: it would go from
        # every sentence of the defect.
        for word in (w.strip(".,") for w in _SPLIT_NAME.split(name)):
            lower = word.lower()
            if (len(word) == 4 and word.isalpha() and lower not in _LEGAL
                    and lower not in _ORDINARY_SHORT and not is_common_label(lower)
                    and any(label.startswith(lower) for label in labels)):
                out.extend([word, lower])
    # (A company's distinctive word goes even when it names a tool: "Atlas" of Atlas Copco or
    # "Helm" of Helm Logistics tells who the customer is; a person's first name alone does not.)
    return out


def _joined_forms(core: list[str], domains: Iterable[str]) -> list[str]:
    """How people write a name of several words as one (Blue Owl Bank: BlueOwl, blue-owl,
    blue_owl), and a short word of it that is the customer's domain (IBX of ibx.ch)."""
    labels = [registrable_label(d) for d in domains]
    out: list[str] = []
    for size in range(2, len(core) + 1):
        head = core[:size]
        joined = "".join(head).lower()
        # The whole name always (VoxMedia, capital_one: its words alone may be generic); a
        # shorter head only when the domain is spelled so.
        if size == len(core) or any(label.startswith(joined) for label in labels):
            out += ["".join(w[:1].upper() + w[1:] for w in head), joined, "-".join(head).lower(),
                    "_".join(head).lower()]
            if any(label.startswith(joined) for label in labels):
                out.append(" ".join(head).lower())
    # An acronym written in capitals (IBX of ibx.ch; not Box of box.com, a word).
    out += [w.lower() for w in core if 2 <= len(w) <= 4 and w.isalpha() and w.isupper()
            and w.lower() in labels]
    return out


def field_values(fields: Mapping[Any, object]) -> list[str]:
    """Custom-field values that could say something private (not versions, not plain words;
    numbers of six digits and more)."""
    out: list[str] = []
    for value in fields.values():
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, int) and not isinstance(item, bool) and abs(item) >= 100_000:
                item = str(item)  # a contract or account number kept as a number field
            if not isinstance(item, str):
                continue
            text = " ".join(item.split())
            if len(text) < 3 or _VERSION.search(text):
                continue
            if all(w in _PLAIN_WORDS for w in words(text.replace("_", " "))):
                continue
            out.append(text)
    return out


@dataclass
class PrivateValues:
    """What must never appear in a public issue for one ticket."""

    people: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    private_comments: list[str] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)  # made from the people's names (in people)
    public_text: str = ""  # what the customer wrote publicly (shingles in it are not private)
    own_text: list[str] = field(default_factory=list)  # ours (the RFH link): not checked
    stems: list[str] = field(default_factory=list)  # the organization's initials (org_stems)

    def redactor(self) -> Redactor:
        """A redactor that removes all of these names."""
        return Redactor(customer_names=self.organizations + self.domains,
                        person_names=self.people + self.emails, field_values=self.fields,
                        logins=self.logins, org_stems=list(self.stems),
                        organization=self.organizations[0] if self.organizations else None)


def collect(ticket: Ticket, ours: Iterable[str] = ()) -> PrivateValues:
    """The private values of a ticket, from everything Zendesk said about it. ours: values the
    service itself writes on tickets (team keys in the team field), which are not private."""
    people: list[str] = []
    emails: list[str] = []
    staff = {(p.email or "").lower() for p in ticket.people if p.role in ("agent", "admin")}
    known = [(ticket.requester_name, ticket.requester_email)]
    known += [(p.name, p.email) for p in ticket.people]
    known += [(c.author, c.author_email) for c in ticket.comments]
    logins: list[str] = []
    for name, email in known:
        people += person_names(name, email)
        logins += login_names(_SPLIT_NAME.split(name)) if name else []
        if email and "@" in email:
            emails.append(email)
    domains = [str(d) for d in ticket.org_domains if d]
    # The customer's domains: the organization's and its end-users' (not our agents').
    domains += [e.rsplit("@", 1)[1] for e in emails if e.lower() not in staff]
    own = {v.lower() for v in ours}
    domains = sorted({d.lower() for d in domains if not _public_mail(d)})
    public = [ticket.subject, ticket.description if ticket.description_public else "",
              *ticket.public_comments()]
    return PrivateValues(
        people=_unique(people), emails=_unique(emails),
        organizations=_unique(organization_names(ticket.organization, domains)),
        domains=domains,
        # The organization's own fields too (account ids, the account owner): customer data.
        fields=_unique(v for v in [*field_values(ticket.custom_fields),
                                   *_distinctive_values(field_values(ticket.org_fields))]
                       if v.lower() not in own),
        private_comments=ticket.private_notes(), logins=_unique(logins),
        public_text="\n".join(public),
        stems=organization_stems(ticket.organization) + [
            s for s in domain_stems([registrable_label(d) for d in domains if "." in d])
            if not is_common_label(s)],
    )


def _distinctive_values(values: list[str]) -> list[str]:
    """Organization field values that name something (GLBX-ENT-0042, Rita Moreno), not a
    plan, tier or region word (premium, emea, active) that reads as ordinary text."""
    return [v for v in values if " " in v or any(c.isdigit() or c in "-_" for c in v)]


def _public_mail(domain: str) -> bool:
    """Mail providers and our own domain say nothing about the customer."""
    # Not host_names.PUBLIC_MAIL_DOMAINS: this also filters the organization's own domains,
    # and an organization may own a provider's (t-online.de is Deutsche Telekom's): its
    # names must stay redacted. The short list holds no company one would escalate for.
    return domain.lower() in {"gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
                              "yahoo.com", "icloud.com", "proton.me", "protonmail.com",
                              "sourcegraph.com"}


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v and v.strip()))
