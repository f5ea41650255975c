"""What a person's name looks like in a ticket: capitalised words (Latin or Cyrillic, with
particles and O'Brien- or McDonald-style capitals), none of them a word of the product or of
tickets. Shared by the scans that find people by what surrounds them (people_scan, people_cues).
"""

from __future__ import annotations

from functools import lru_cache

from backend.escalation.spans import linear

# Latin and Cyrillic letters (Unicode's whole \p{Lu} made RE2's automaton too large for its
# memory budget).
# (and Vietnamese's ơ, ư and letters with two marks, Latin Extended Additional: "Ngọc",
# "Phượng")
# (the ranges alone, for the other scanners' classes: given_names)
UPPER, LOWER = "A-ZÀ-ÖØ-ÞĀ-žА-ЯЁ", "a-zß-öø-ÿĀ-žа-яёơưạ-ỹ"
_UP, _LOW = f"[{UPPER}]", f"[{LOWER}'’]"
# (O'Brien, D'Marie, McDonald, DaCosta: a name's own capital inside it)
WORD = (rf"(?:{_UP}['’]|Mc|Mac|Da|De|Di|Du|La|Le)?{_UP}{_LOW}{{1,30}}"
        rf"(?:-{_UP}{_LOW}{{1,30}})?")
NAME_WORD = linear(rf"^{WORD}$")
WORDS = linear(r"\S+")
PARTICLE = r"(?:van|von|de|der|den|da|di|le|la|du|del|dos|ten|ter|bin|al)"
PARTICLES = frozenset(PARTICLE.strip("(?:)").split("|"))
NAME = rf"({WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+){{0,2}}{WORD}){{0,2}})"
# Capitalised words of the product and of tickets: never part of a person's name here.
NOT_NAMES = frozenset("""
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
login sign auth0 onelogin adfs ping identity provider teams stack overflow memory cache global
root ratio miss hit vendor vendors onboarding helpdesk desk service services noreply no-reply
notifications notification alerts alert billing accounts finance hr sales marketing procurement
legal compliance it office mailbox bot robot automation jenkins ci macbook self portal
""".split())


@lru_cache(maxsize=4096)  # a chat repeats its speakers and mentions thousands of times
def person_name(candidate: str, fewest: int) -> str:
    """The candidate's leading words that are shaped like a name's and are no word of the
    product or of tickets (Code Insights, Search Platform, Monday), when at least ``fewest`` are
    left; '' otherwise."""
    end, count = 0, 0
    for word in WORDS.finditer(candidate):
        text = word.group(0)
        if not (NAME_WORD.search(text) or text.lower() in PARTICLES) or any(
                part in NOT_NAMES for part in text.lower().strip("'’-").split("-")):
            break  # "Support-Team" is no one's name
        end, count = word.end(), count + (0 if text.lower() in PARTICLES else 1)
    name = candidate[:end].rstrip()
    return name if count >= fewest and name and name.split()[-1].lower() not in PARTICLES else ""
