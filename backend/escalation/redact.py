"""Take secrets out of every issue, and everything private out of a public defect.

Two levels, because the two trackers differ:

* ``scrub_secrets`` runs on every issue (the private RFH too): tokens, keys, passwords in URLs,
  connection strings, config pairs and prose (backend.escalation.secret_scan), and payment card,
  IBAN and social security numbers (backend.escalation.identity_numbers). Issues are read by
  many people and copied around; a token or a card number never needs to be in one.
* ``Redactor.redact`` runs on a defect filed in the public repository: on top of the secrets it
  removes user names in URLs, e-mail addresses, phone numbers, IP addresses, every host and URL
  that is not an allowlisted public one, the customer's repositories (backend.escalation.
  contact_scan), cloud account and customer ids, and every name Zendesk knows for the ticket:
  people, the organization, its domains, custom-field values. Names the scan discovers (the
  customer's label in a host name, a repository's owner) are removed wherever else they appear
  in the same text.

Scanners report spans on the original text; one rewrite applies them (backend.escalation.spans),
so each text is read a fixed number of times by RE2 patterns: linear time for any input.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain

from backend.escalation.contact_scan import contact_spans, learn_people
from backend.escalation.discovered import Discovered
from backend.escalation.given_names import given_name_spans, prose_words
from backend.escalation.identity_numbers import identity_spans, keyed_id_spans
from backend.escalation.log_records import record_spans
from backend.escalation.mail_signatures import place_spans, signature_spans
from backend.escalation.names import NameMatcher
from backend.escalation.org_stems import organization_stems, spoken_stems, stem_spans
from backend.escalation.people_cues import more_people_spans
from backend.escalation.people_scan import MAX_LEARNED, people_spans
from backend.escalation.reference_ids import reference_id_spans
from backend.escalation.repo_mentions import owned_by_customer
from backend.escalation.repo_scan import spoken_names
from backend.escalation.secret_scan import secret_spans
from backend.escalation.spans import (
    CREDENTIAL,
    CUSTOMER,
    EMAIL,
    FIELD,
    HOST,
    ID_NUMBER,
    IP,
    PERSON,
    REPOSITORY,
    SECRET,
    URL,
    Span,
    apply,
    linear,
    settle,
)
from backend.escalation.table_columns import column_spans
from backend.escalation.tool_output import tool_output_spans
from backend.escalation.word_names import tool_at_version

MIN_PART_NAME = 6  # characters of a person's name found inside identifiers
MAX_SECRETS = 50  # secret values remembered per draft
MAX_STEMS = 20  # the organization's stems, its initials and those its identifiers spell
MAX_SECRET_CHARS = 128  # longer ones are not remembered: said again, the check refuses them
_SECRET_KINDS = frozenset({"credential", "secret", "token"})
_CODE_WORD = linear(r"^(?:[a-z]+(?:_[a-z]+)+|(?:[A-Z][a-z]+){2,})$")

__all__ = ["CUSTOMER", "EMAIL", "FIELD", "HOST", "IP", "PERSON", "REPOSITORY", "SECRET", "URL",
           "Redaction", "Redactor", "scrub_secrets"]


def scrub_secrets(text: str) -> str:
    """Replace anything shaped like a credential with a placeholder (for every issue)."""
    if not text:
        return text
    return apply(text, settle([*secret_spans(text, public=False),
                               *identity_spans(text, public=False)]))


@dataclass(frozen=True)
class Redaction:
    """One kind of removal: how it reads in the text and how many times it happened."""

    kind: str
    placeholder: str
    count: int

    def as_dict(self) -> dict[str, object]:
        """The API's shape."""
        return {"kind": self.kind, "placeholder": self.placeholder, "count": self.count}


@dataclass
class Redactor:
    """Removes private information for the public tracker; keeps a log of what it removed."""

    customer_names: list[str] = field(default_factory=list)
    person_names: list[str] = field(default_factory=list)
    repositories: list[str] = field(default_factory=list)
    field_values: list[str] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)  # made from people's names: pgibbons
    org_stems: list[str] = field(default_factory=list)  # vg of Verdant Grid (backend.…org_stems)
    organization: str | None = None  # its name, whose spoken stems the texts may use
    removed: list[Span] = field(default_factory=list)
    merged: list[Span] = field(default_factory=list)  # ran past a removal and joined it
    _people_forms: tuple[frozenset[str], list[str]] | None = field(default=None, repr=False)
    discovered: Discovered = field(default_factory=Discovered)

    def learn_people(self, texts: Iterable[str]) -> None:
        """Learn only the people of texts that are never published (a mail's cut headers)."""
        for text in texts:
            if text:
                learn_people(text, self.discovered)
                self._learn_names(text)

    def learn_contacts(self, texts: Iterable[str]) -> None:
        """Learn the hosts and repositories of texts cut from the draft (a quoted thread, a
        signature): the customer's words may name them again."""
        for text in texts:
            for _ in contact_spans(text, self.discovered) if text else ():
                pass

    def learn(self, texts: Iterable[str]) -> None:
        """Scan texts for names to remove everywhere (a host's customer label, a repository's
        owner), so the title is cleaned of a name that only the description reveals."""
        texts = list(texts)
        for text in texts:
            self.discovered.words |= prose_words(text) if text else set()
        for text in texts:
            if text:
                for _ in contact_spans(text, self.discovered):
                    pass
                self._learn_names(text)
                self._learn_secrets(secret_spans(text, public=True))
                # (qmf-sourcegraph of Quillmoor Freight Systems: its stem goes everywhere)
                room = MAX_STEMS - len(self.org_stems)
                self.org_stems += [stem for stem in spoken_stems(self.organization, text)
                                   if stem not in self.org_stems][:max(room, 0)]

    def _learn_names(self, text: str) -> None:
        """The people a text names and the customer's ticket keys in it (SUNB-2207)."""
        for _ in people_spans(text, self.discovered.people):
            pass
        for _ in more_people_spans(text, self.discovered.people):
            pass
        for _ in given_name_spans(text, self.discovered.people, self.discovered.words):
            pass
        self._learn_secrets(tool_output_spans(text, self.discovered))
        self._learn_secrets(record_spans(text, self.discovered))
        self._learn_secrets(column_spans(text, self.discovered))
        self._learn_secrets(signature_spans(text, self.discovered))
        keys = self.discovered.keys
        for span in chain(reference_id_spans(text), keyed_id_spans(text)):
            # (a number of six digits and more too: "installations/51873420" in a URL, then
            # "installation 51873420" in prose, which the check before filing refused)
            # (five digits only from a GitHub App's installation route: "Port 12345" is a port)
            route = text[max(0, span.start - 15):span.start].endswith("/installations/")
            if len(keys) < MAX_LEARNED and ((span.value[:1].isalpha() and "-" in span.value)
                                            or (span.value.isdigit() and len(span.value) >= (
                                                5 if route else 6))):
                keys.add(span.value)  # (bounded: a pasted key list stays one alternation)

    @classmethod
    def for_ticket(
        cls,
        organization: str | None,
        requester_name: str | None,
        requester_email: str | None,
        extra_names: Iterable[str] = (),
    ) -> Redactor:
        """Build the name lists from a ticket's organization and requester."""
        from backend.escalation.private_values import login_names, organization_names, person_names

        people = list(extra_names) + person_names(requester_name, requester_email)
        logins = [login for name in (*extra_names, requester_name or "")
                  for login in login_names(name.split())]
        customers = organization_names(organization, [])
        if requester_email and "@" in requester_email:
            from backend.escalation.host_names import customer_labels

            customers += customer_labels(requester_email.rsplit("@", 1)[1])
        return cls(customer_names=customers, person_names=people, logins=logins,
                   org_stems=organization_stems(organization))

    def redact(self, text: str) -> str:
        """Secrets, contacts, hosts, URLs, IPs, repositories, then every known name."""
        if not text:
            return text
        found = self.discovered
        spans = list(secret_spans(text, public=True))
        spans.extend(identity_spans(text, public=True))
        spans.extend(reference_id_spans(text))
        spans.extend(contact_spans(text, found))
        spans.extend(people_spans(text, found.people))
        spans.extend(more_people_spans(text, found.people))
        spans.extend(given_name_spans(text, found.people, found.words))  # "Kofi tried it"
        spans.extend(tool_output_spans(text, found))
        spans.extend(record_spans(text, found))
        spans.extend(column_spans(text, found))
        spans.extend(signature_spans(text, found))
        spans.extend(place_spans(text, self.customer_names + sorted(found.customer)))
        self._learn_secrets(spans)
        matchers = (
            (self.field_values, "custom_field", FIELD),
            (spoken_names(sorted(found.repositories)) + self.repositories, "repository",
             REPOSITORY),
            (self.customer_names + sorted(found.customer), "organization", CUSTOMER),
            (self.person_names + self._learned_people(), "person", PERSON),
            (sorted(found.bare_hosts), "host", HOST),
            (sorted(found.keys), "customer_id", ID_NUMBER),  # SUNB-2207, wherever it stands
            (sorted(found.secrets), "credential", CREDENTIAL),  # a password said twice
        )
        for names, kind, placeholder in matchers:
            # The customer's name also inside identifiers (zeta_prod, HOOLI_GITLAB_URL).
            parts = kind == "organization"
            spans.extend(NameMatcher.of(names, parts).spans(text, kind, placeholder))
        # A person's logins inside identifiers too (svc_dkowalczyk); not their plain names,
        # which are words of identifiers (Walker in TreeWalker, Mark in MarkdownParser).
        long_names = [n for n in self.logins if len(n) >= MIN_PART_NAME]
        spans.extend(NameMatcher.of(long_names, True).spans(text, "person", PERSON))
        spans.extend(stem_spans(text, self.org_stems))  # vg-pg15-main: Verdant Grid's
        spans.extend(owned_by_customer(text, spans))  # tessellate/pos-sync: their repository
        spans = [s for s in spans if s.kind != "organization"
                 or not tool_at_version(text, s.start, s.end)]  # "Harbor 2.9.1": the tool
        chosen = settle(spans, self.merged)
        self.removed.extend(chosen)
        return apply(text, chosen)

    def _learn_secrets(self, spans: Iterable[Span]) -> None:
        """Remember the secrets found, so that the same value goes wherever else it stands (it
        was left there, and refused the filing). Only values shaped like one (_secret_shaped):
        a cue's word ("password: read-only", "token: v5.3.1") stays elsewhere, and where it is
        a secret after all, the check before filing still refuses it."""
        secrets = self.discovered.secrets
        for span in spans:
            if span.kind in _SECRET_KINDS and len(secrets) < MAX_SECRETS and _secret_shaped(
                    span.value):
                secrets.add(span.value)

    def _learned_people(self) -> list[str]:
        """The names, parts and logins of the people the texts named (people_scan), made again
        only when the texts named someone new (a defect redacts a dozen texts)."""
        from backend.escalation.private_values import person_names

        people = frozenset(self.discovered.people)
        if self._people_forms is None or self._people_forms[0] != people:
            forms = [form for name in sorted(people) for form in person_names(name, None)]
            self._people_forms = (people, forms)
        return self._people_forms[1]

    def redactions(self) -> list[Redaction]:
        """What was removed so far, by kind and placeholder, most frequent first."""
        counts = Counter((s.kind, s.replacement) for s in self.removed)
        return [Redaction(kind, mark, n) for (kind, mark), n in
                sorted(counts.items(), key=lambda item: (-item[1], item[0]))]

    def removed_values(self) -> set[tuple[str, str]]:
        """(kind, value) of everything removed, for the leak check."""
        return {(s.kind, s.value) for s in [*self.removed, *self.merged]}


def _secret_shaped(value: str) -> bool:
    """Letters and digits together in one run of 8 to 128 characters, not a version, a path, a
    URL or code (Hunter2-Qx7, winter-2024-qx; not v5.3.1, config.get(, read-only); or a code
    word a cue took (email_verified, SignatureDoesNotMatch): removed wherever it stands, it is a
    lost word, where left it refused the filing."""
    if 8 <= len(value) <= 64 and _CODE_WORD.search(value):
        return True
    return (8 <= len(value) <= MAX_SECRET_CHARS and any(c.isdigit() for c in value)
            and any(c.isalpha() for c in value)
            and not any(c.isspace() or c in "()/\\" for c in value)
            and not value.lower().lstrip("v").replace(".", "").isdigit())
