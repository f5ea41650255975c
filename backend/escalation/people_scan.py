"""People a ticket names that Zendesk does not know: colleagues, cardholders, commit authors.

No list of names can know them, but tickets say when a person follows: "my colleague Wolfgang
Pfeiffer", "Herr Dr. Stefan Oberholzer", "cardholder Margarete Hollenstein", "I'm Thaddeus
Okafor", "Author: Rosalind Featherstonehaugh <...>", "cn=Svetlana Kuznetsova,ou=People",
``"familyName": "Brandt"``. A name there is two or three capitalised words (one after a title),
none of them a word of the product or of tickets (``ask Code Insights`` names a team). The name
is removed where it stands and learned (``Discovered.people``), so the redactor removes it, its
parts and its logins wherever else they appear. Handles are removed where they stand: @mentions
(not npm scopes or @here) and Windows DOMAIN\\user logins. All RE2: linear in any input.
"""

from __future__ import annotations

from collections.abc import Iterator

from backend.escalation.spans import PERSON, Span, linear

# Latin letters (Unicode's whole \p{Lu} made RE2's automaton too large for its memory budget).
_UP, _LOW = r"[A-ZÀ-ÖØ-ÞĀ-ž]", r"[a-zß-öø-ÿĀ-ž'’]"
_WORD = rf"{_UP}{_LOW}{{1,30}}(?:-{_UP}{_LOW}{{1,30}})?"
_PARTICLE = r"(?:van|von|de|der|den|da|di|le|la|du|del|dos|ten|ter|bin|al)"
_NAME = rf"({_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_WORD}){{1,2}})"
_TITLE = r"(?:Herr|Frau|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Ing|Mag|Sr|Sra|Mme)\.?"
# Words that precede a person, not a job title ("developer" precedes "Experience Lead").
_CUES = (
    r"colleague|coworker|co-worker|teammate|manager|boss|cardholder|card holder|account holder"
    r"|attn:?|c/o"
    r"|ask|ping|kollege|kollegin|ansprechpartner(?:in)?|coll[eè]gue|collega|compa[ñn]er[oa]"
    r"|medewerker|i'm|i’m|i am|my name is|ich bin|je suis|me llamo|mi chiamo|ik ben"
    r"|author|committer|signed-off-by|co-authored-by|reviewed-by|reported-by")
# The cue, any titles, then the name (the cue in any case, the name capitalised).
_CUED = linear(rf"(?i:\b(?:{_CUES}))[ \t]*:?[ \t]+(?:{_TITLE}[ \t]+){{0,3}}{_NAME}")
# A title alone says a person follows, whose surname may stand alone (Herr Oberholzer).
_TITLED = linear(rf"\b{_TITLE}[ \t]+(?:{_TITLE}[ \t]+){{0,2}}({_WORD}(?:[ \t]+{_WORD}){{0,2}})")
# A directory entry's person (cn=Svetlana Kuznetsova,ou=People,dc=...; uid=jdoe).
_DN = linear(r"(?i)\b(?:cn|uid)=([^,;=\n\"]{2,64})")
# Name fields of SCIM, LDAP and identity-provider JSON: a part of a name, or a whole one (a
# displayName may also name a login button: "Entra ID", "Company SSO").
_PART_FIELD = linear(
    r"(?i)[\"']?(?:given_?name|family_?name|first_?name|last_?name|surname|middle_?name"
    r"|nick_?name)[\"']?[ \t]*[:=][ \t]*[\"']([^\"'\n]{2,64})[\"']")
_WHOLE_FIELD = linear(
    r"(?i)[\"']?(?:full_?name|display_?name)[\"']?[ \t]*[:=][ \t]*[\"']([^\"'\n]{2,64})[\"']")
# @lkrause, @Marta.Kowalski: not @types/node (an npm scope), not an e-mail's domain.
_MENTION = linear(r"(?:^|[\s(\[,;:>])@([A-Za-z][A-Za-z0-9._\-]{1,38})(/?)")
_NOT_MENTIONS = frozenset({"here", "channel", "everyone", "all", "param", "return", "returns",
                           "override", "deprecated", "test", "author", "see", "since", "type",
                           "autowired", "component", "service", "bean", "inject", "mock",
                           "before", "after", "nullable", "transactional", "throws",
                           # Cody's context mentions, and the vendor's own support handles
                           "repo", "file", "symbol", "docs", "web", "terminal", "directory",
                           "support", "sourcegraph"})
# INITECH\hweber: a Windows domain and a login.
_DOMAIN_LOGIN = linear(r"\b([A-Z][A-Z0-9\-]{2,15})\\{1,2}([a-z][a-z0-9._\-]{1,30})\b")
# Log words before an escaped newline or tab ("early EOF\nfatal"): not a domain.
_NOT_DOMAINS = frozenset({"EOF", "ERROR", "ERR", "WARN", "WARNING", "INFO", "DEBUG", "FATAL",
                          "HTTP", "HTTPS", "JSON", "NULL", "TRUE", "FALSE", "END", "DONE", "FAILED",
                          "PASS", "FAIL", "PANIC", "TRACE", "NOTE", "TODO", "OK", "SQL", "UTF"})
_WORDS = linear(r"\S+")
# Capitalised words of the product and of tickets: never part of a person's name here.
_NOT_NAMES = frozenset("""
sourcegraph cody code search insights batch changes server enterprise cloud team platform
support engineering admin site config settings monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december
github gitlab bitbucket gerrit perforce azure aws google okta slack jira confluence kubernetes
docker helm postgres redis zoekt gitserver frontend chat web app apps api graphql rest json yaml
the this that our we you they it and or for with from to in on at of by as please thanks hi
hello dear regards team's intelligence navigation precise own release security sso saml oidc
scim ldap active directory windows linux mac macos ubuntu vs visual studio jetbrains intellij
vscode extension browser chrome firefox safari edge error warning info debug true false null
none new old production staging dev test user users group groups customer customers account
not sure going having trying using getting seeing still also just back available here there now
today unable able happy sorry afraid glad working looking lead head experience tooling tools
developer developers engineer engineers manager director architect officer infrastructure devops
sre operations analyst consultant specialist owner product program project senior principal
staff chief vice president intern contractor microsoft entra keycloak oidc openid company
login sign auth0 onelogin adfs ping identity provider
""".split())


def people_spans(text: str, people: set[str]) -> Iterator[Span]:
    """Spans of people's names, handles and logins; learns the names into ``people``."""
    for regex, fewest in ((_CUED, 2), (_TITLED, 1)):
        for m in regex.finditer(text):
            name = _person(m.group(1), fewest)
            if name:
                people.add(name)
                yield Span(m.start(1), m.start(1) + len(name), "person", PERSON, name)
    for m in _DN.finditer(text):  # a directory entry goes, person or group
        value = m.group(1).strip()
        if value and not value.startswith("["):
            name = _person(value, 2)
            if name:
                people.add(name)
            yield Span(m.start(1), m.start(1) + len(m.group(1)), "person", PERSON, m.group(1))
    for regex, fewest in ((_PART_FIELD, 1), (_WHOLE_FIELD, 2)):
        for m in regex.finditer(text):
            name = _person(m.group(1).strip(), fewest)
            if name:
                people.add(name)
                yield Span(m.start(1), m.start(1) + len(m.group(1)), "person", PERSON,
                           m.group(1))
    for m in _MENTION.finditer(text):
        handle = m.group(1).rstrip(".-")
        if m.group(2) or handle.lower() in _NOT_MENTIONS or handle.lower().startswith(
                "sourcegraph"):
            continue  # @types/node, @here, @param, @sourcegraph-support
        yield Span(m.start(1), m.start(1) + len(handle), "person", PERSON, handle)
    for m in _DOMAIN_LOGIN.finditer(text):
        if m.group(1) not in _NOT_DOMAINS:
            yield Span(m.start(), m.end(), "person", PERSON, m.group(0))


def _person(candidate: str, fewest: int) -> str:
    """The candidate's words up to the first word of the product or of tickets (Code Insights,
    Search Platform, Monday), when at least ``fewest`` are left; '' for a name in capitals (an
    acronym)."""
    end = 0
    for word in _WORDS.finditer(candidate):
        if word.group(0).lower().strip("'’-") in _NOT_NAMES:
            break
        end = word.end()
    name = candidate[:end]
    if not name or candidate.isupper() or len(name.split()) < fewest:
        return ""
    return name
