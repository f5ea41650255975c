"""People a ticket names in an aside: a role and the name in brackets, a name and what they do
for the customer in brackets, "X, who …", a team by its lead in French, Spanish, German…, and a
name on the line of an address that spells its surname.

* "Our Okta admin (Priyanka)", "Our firewall team (Declan)";
* "O Thiago (nosso admin do Bitbucket)", "Lucas (lucas.ferreira on our instance)";
* "Antoine et Léa (équipe Actuariat)", "toute l'équipe de Baptiste Rolland";
* "Jenna Whitlock, who does NOT have access";
* "- Priti Venkataraman (staff no. 00519934), p.venkataraman@ashbury.ac.uk".

Each of these came from the thirteenth probe's writer, who saw none of the other cues. A name
found here is learnt (removed wherever else it stands: the check before filing would find it
there). All RE2, and each name-first scan only runs when its hint is in the text: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from backend.escalation.given_names import ordinary_words
from backend.escalation.host_names import service_name
from backend.escalation.name_shapes import NAME as _NAME
from backend.escalation.name_shapes import person_name as _person
from backend.escalation.people_scan import MAX_LEARNED, fold
from backend.escalation.spans import PERSON, Span, linear
from backend.escalation.word_names import is_word_name

# Who someone is to the customer, in the languages of the tickets.
_ROLES = (r"admin|administrator|administrador|administrateur|dba|lead|manager|engineer|architect"
          r"|owner|contact|champion|sponsor|colleague|developer|dev|sre|devops|boss|responsable"
          r"|gerente|chef|leiter|beheerder|ingénieur|ingeniero|engenheiro|desarrollador")
_OURS = (r"our|my|nosso|nossa|notre|nos|nuestro|nuestra|unser|unsere|unserer|il nostro"
         r"|la nostra|onze|nasz|nasza")
# "Our Okta admin (Priyanka)", "our firewall team (Declan)": the whole bracket is the name (a
# team only when it is the customer's: "Project and Team (Read)" is a permission).
_ROLE_THEN_NAME = linear(rf"(?i:\b(?:{_ROLES}))[ \t]*\([ \t]*{_NAME}[ \t]*\)"
                         rf"|(?i:\b(?:{_OURS})\b)[^()\n]{{0,30}}?(?i:\b(?:team|squad))[ \t]*\("
                         rf"[ \t]*{_NAME}[ \t]*\)")
# A name starts at a word's start ("GitHub (Team plan)" names no "Hub").
_EDGE = r"(?:^|[^\pL\pN_'’.\-])"
# "Thiago (nosso admin do Bitbucket)"; "Lucas (lucas.ferreira on our instance)", the login
# spelling the name.
_NAME_THEN_ROLE = linear(
    rf"{_EDGE}{_NAME}[ \t]*\([^()\n]{{0,24}}?(?i:\b(?:{_OURS}))\b[ \t]+(?:[^()\s]+[ \t]+){{0,3}}"
    rf"(?i:(?:{_ROLES}))\b")
_NAME_THEN_LOGIN = linear(rf"{_EDGE}{_NAME}[ \t]*\(([a-z][a-z0-9_\-]*[._][a-z0-9._\-]{{1,38}})"
                          rf"[ \t]+on[ \t]+(?i:{_OURS}|the)\b")
_OURS_IN_BRACKETS = linear(rf"\([^()\n]{{0,60}}?(?i:\b(?:{_OURS}|on[ \t]+the))\b")
# "Antoine et Léa (équipe Actuariat)", "Ana (team Payments)": people by the team they are in.
_TEAM_WORD = r"équipe|equipe|equipo|team|squadra|zespół|dept|département|departamento"
_PAIR_OF_TEAM = linear(rf"{_EDGE}{_NAME}[ \t]+(?:et|and|und|y|e|en|i|och|og)[ \t]+{_NAME}[ \t]*\("
                       rf"[ \t]*(?i:{_TEAM_WORD})\b")
_ONE_OF_TEAM = linear(rf"{_EDGE}{_NAME}[ \t]*\([ \t]*(?i:{_TEAM_WORD})\b")
_TEAM_BRACKET = linear(rf"\([ \t]*(?i:{_TEAM_WORD})\b")
# "l'équipe de Baptiste Rolland", "el equipo de Marta Ruiz", "das Team von Jan Nowak": two
# words at least, none a team's own word ("el equipo de Soporte Técnico").
_TEAM_OF = linear(rf"(?i:\b(?:l['’]équipe|équipe|equipo|equipe|squadra|team|zespół)[ \t]+"
                  rf"(?:de|du|von|di|van|do|da))[ \t]+{_NAME}")
_NOT_PEOPLE = frozenset("""
soporte técnico tecnico suporte support production produção producción infraestructura
infrastructure infrastruktur plataforma plateforme platform sistemas systèmes systems sistemi
desarrollo développement development entwicklung sviluppo sécurité seguridad segurança security
sicherheit réseau redes network netzwerk données datos dados data daten ti it tecnologia
technologie ingeniería ingénierie engineering operaciones opérations operations betrieb
""".split())
# "Jenna Whitlock, who does NOT have access".
_WHO = linear(rf"{_EDGE}{_NAME},[ \t]+who\b")
# Words that start a role or a company before ", who" (Outside Collaborators, Org Owners, Red
# Hat, Palo Alto Networks), and the plurals that end one.
_NOT_WHO = frozenset("""
outside org organization site repo code red palo google amazon microsoft oracle apple meta
atlassian hashicorp docker github gitlab bitbucket sourcegraph cloud enterprise
""".split())
_PLURALS = frozenset("""
owners collaborators networks members admins administrators users developers engineers
maintainers systems services solutions technologies partners customers contributors teams
groups labs holdings industries associates
""".split())
_WHO_HINT = linear(r",[ \t]+who\b")
# A login named as one in prose ("GitHub login ext-mpetrov, Sourcegraph username mpetrov-ext",
# "Log in as mpetrov-ext"): shaped like a login, with a dash, a dot, an underscore or a digit.
_LOGIN_NAMED = linear(r"(?i:\b(?:login|username|user name|logged in as|log in as"
                      r"|signed in as|sign in as))[ \t]+`?([a-z][a-z0-9]*[._\-][a-z0-9._\-]{1,38}"
                      r"|[a-z]{3,30}\d{1,6})\b")
# Names with their honorific after them: Turkish ("Serkan Bey", "Ayşe Hanım"), Indian English
# ("Ankit bhai", "Sharma ji"; not "sir": "Yes sir"), Japanese romanised ("Tanaka-san").
_TURKISH_TITLED = linear(rf"{_EDGE}{_NAME}[ \t]+(?:Bey|Hanım|Hanim)\b")
_HONORIFIC_AFTER = linear(rf"{_EDGE}{_NAME}(?:[ \t]+(?:bhai|ji|didi|saab|sahab)|-(?:san|sama))\b")
# Vietnamese names after the kinship word that speaks of a colleague ("anh Huy", "chị Ngọc").
_KIN_BEFORE = linear(rf"(?:^|[^\pL])(?:[Aa]nh|[Cc]hị)[ \t]+{_NAME}")
# A line with an address: a name on it whose surname the address's local part spells.
_ADDRESS_LINE = linear(r"(?m)^[^\n@]{0,400}@[^\n]{0,400}$")
_LOCAL = linear(r"([A-Za-z0-9._%+\-]{2,64})@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63})+")
_NAMES = linear(_EDGE + _NAME)
_LOWER_WORDS = linear(r"(?:^|[^A-Za-z])([a-z]+)")
_ADDRESS_RUN = linear(r"\S*@\S*")


def aside_spans(text: str, people: set[str]) -> Iterator[Span]:
    """Spans of the people named in the asides above; every name found is learnt."""
    tool = _ToolWords(text)
    found: list[tuple[int, str]] = []
    for m in _ROLE_THEN_NAME.finditer(text) if "(" in text else ():
        group = 1 if m.group(1) is not None else 2
        name = _person(m.group(group), 1)
        if name and name == m.group(group).strip() and not _permission(name):
            found.append((m.start(group), name))
    if _OURS_IN_BRACKETS.search(text):
        for m in _NAME_THEN_ROLE.finditer(text):
            found.append((m.start(1), _person(m.group(1), 1)))
        for m in _NAME_THEN_LOGIN.finditer(text):
            name = _person(m.group(1), 1)
            # (the login spells the name: lucas.ferreira or lf.ferreira of Lucas)
            if name and m.group(2)[:1].lower() == fold(name.split()[0])[:1].lower():
                yield _learnt(text, m.start(1), name, people)  # its login is the evidence
    if _TEAM_BRACKET.search(text):
        for m in _PAIR_OF_TEAM.finditer(text):
            found += [(m.start(g), _person(m.group(g), 1)) for g in (1, 2)]
        for m in _ONE_OF_TEAM.finditer(text):
            found.append((m.start(1), _person(m.group(1), 1)))
    for m in _TEAM_OF.finditer(text):
        name = _person(m.group(1), 2)
        if not any(w.lower() in _NOT_PEOPLE for w in name.split()):
            found.append((m.start(1), name))
    for m in _WHO.finditer(text) if _WHO_HINT.search(text) else ():
        name = _person(m.group(1), 2)
        words = name.split()
        if words and words[0].lower() not in _NOT_WHO and words[-1].lower() not in _PLURALS:
            found.append((m.start(1), name))
    for start, name in found:
        # (a tool named in an aside, "Vault (our secrets manager)", is written in lower case
        # or inside an identifier elsewhere: vault kv get, nginx.conf; a person is not)
        if name and not tool(name) and not is_word_name(name):
            yield _learnt(text, start, name, people)
    for m in _LOGIN_NAMED.finditer(text):
        login = m.group(1).rstrip("._-")
        signed_in = " in as" in m.group(0).lower()  # "log in as", "signed in as"
        if _login_shaped(login, signed_in) and not service_name(login) and not login.startswith(
                ("sourcegraph", "sg-")):
            yield _learnt(text, m.start(1), login, people)
    for m in _TURKISH_TITLED.finditer(text) if "Bey" in text or "Han" in text else ():
        name = _person(m.group(1), 1)  # (Ali Can Bey, Nur Hanım: Turkish names are words too)
        if name:
            yield _learnt(text, m.start(1), name, people)
    for m in _HONORIFIC_AFTER.finditer(text):
        name = _person(m.group(1), 1)
        # Not a word, a tool or a service with an honorific ("Vault-sama", "Storage ji").
        if name and not any(w.lower() in ordinary_words() or is_word_name(w)
                            or service_name(w.lower()) for w in name.split()):
            yield _learnt(text, m.start(1), name, people)
    for m in _KIN_BEFORE.finditer(text) if "nh " in text or "hị " in text else ():
        name = _person(m.group(1), 1)
        if name:
            yield _learnt(text, m.start(1), name, people)
    yield from _beside_address(text, people)


def _login_shaped(value: str, signed_in: bool) -> bool:
    """A login, not a word after "login" (e.g, pop-up, page-load, oauth2, admin1): two letters
    at least on each side of a dot or an underscore; letters and digits that are no placeholder
    or technology (jsmith42); a dash beside a short prefix or suffix (ext-mpetrov), or any dash
    after "log in as" (anna-berg), bar the hyphenated words."""
    lower = value.lower()
    if lower in _HYPHENATED or lower.rstrip("s") in _HYPHENATED:
        return False
    if "." in value or "_" in value:
        return all(len(part) >= 2 for part in value.replace("_", ".").split("."))
    if "-" not in value:
        letters = lower.rstrip("0123456789")
        return len(letters) >= 4 and letters not in _PLACEHOLDERS
    sizes = sorted(len(p) for p in value.split("-"))
    short_affix = sizes[0] <= 3 and sizes[-1] >= 5
    return len(sizes) == 2 and (short_affix or (signed_in and sizes[0] >= 3))


# Letters before digits that make no one's login (admin1, user2, oauth2, utf8, test123).
_PLACEHOLDERS = frozenset("""
admin user users test tester root guest demo oauth http https saml ldap auth base page step
node host server client agent build team group temp tmp sample example
""".split())


# Hyphenated words that follow "login" or "username" in prose.
_HYPHENATED = frozenset("""
case-sensitive case-insensitive pop-up page-load redirect-loop sign-in sign-on sign-up log-in
log-out built-in opt-in opt-out follow-up add-on plug-in drop-down read-only self-hosted on-prem
end-to-end real-time single-sign-on two-factor multi-factor time-out re-authentication
auto-provisioning
""".split())


class _ToolWords:
    """Whether a one-word name is also written as a word of its own in lower case in the text
    (a tool's command, file or image: vault kv get, nginx.conf; not "tim" of "timeout", not an
    address's local part), the words read once when first asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: frozenset[str] | None = None

    def __call__(self, name: str) -> bool:
        if " " in name:
            return False
        if self.words is None:  # (two passes in RE2: addresses blanked, then the words)
            self.words = frozenset(_LOWER_WORDS.findall(_ADDRESS_RUN.sub(" ", self.text)))
        return name.lower() in self.words


def _beside_address(text: str, people: set[str]) -> Iterator[Span]:
    """A name of two words or more whose surname an address on its line spells
    (p.venkataraman@ of Priti Venkataraman): the list's next line is someone else's."""
    for line in _ADDRESS_LINE.finditer(text) if "@" in text else ():
        locals_ = [local.group(1).lower() for local in _LOCAL.finditer(line.group(0))]
        if not locals_:
            continue
        for m in _NAMES.finditer(line.group(0)):
            name = _person(m.group(1), 2)
            surname = fold(name.split()[-1]).lower() if name else ""
            if len(surname) >= 4 and any(surname in local for local in locals_):
                yield _learnt(text, line.start() + m.start(1), name, people)


def _permission(name: str) -> bool:
    """A role's access level or a word of settings, not a person ("Admin (Read)")."""
    return any(w.lower() in _ACCESS for w in name.split())


_ACCESS = frozenset("""
read write admin owner maintainer reporter guest developer none full view edit manage optional
required all only default internal external public private beta alpha preview legacy
""".split())


def _learnt(text: str, start: int, name: str, people: set[str]) -> Span:
    if len(people) < MAX_LEARNED:
        people.add(name)
    return Span(start, start + len(name), "person", PERSON, text[start:start + len(name)])
