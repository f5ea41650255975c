"""The initials of an organization's name that its people put in front of their own names.

Or the letters of its syllables (``spoken_stems``): Quillmoor Freight Systems' namespace
``qmf-sourcegraph``, Ostravik Maritime's ``ostm-sg-prod``. Those are read from the ticket's own
identifiers that also name an environment or the product: a part of three to five letters that
starts with the name's first letter and whose other letters follow in the name's, in order, and
that is no word of the report (Intermountain's "intel" of ``precise-code-intel-worker``).

Teams name their repositories, namespaces and databases after the company's initials:
Verdant Grid Energy's ``vg-pg15-main``, Groupe Vautrin Assurances' ``sg-gva-prod``. Such a stem
alone is often a word of the report (Qt, PB, CA), so it goes only as a part of a dashed or
underscored identifier, a stem of two letters only at the front of one of three parts or more
(``ca-certificates`` stays), and never one that is a technical word (aws, src, api). The stem
becomes the customer's placeholder; the rest of the identifier stays.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import re2

from backend.escalation.spans import CUSTOMER, Span, linear

_SPLIT = linear(r"[\s,&/]+")
_CAPITALS = linear(r"\b[A-Z]{3,6}\b")
_IDENTIFIER = linear(r"\b[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+\b")
# Words a name's initials skip: legal forms and particles.
_SKIP = frozenset({"inc", "llc", "ltd", "gmbh", "ag", "sa", "plc", "co", "corp", "jsc", "asa",
                   "a/s", "bv", "nv", "srl", "spa", "pte", "pty", "kg", "se", "oy", "ab", "as",
                   "of", "the", "and", "de", "del", "la", "le", "du", "des", "y", "e", "et",
                   "und", "von", "für", "di", "da", "do", "dos"})
# Two letters that are the report's own prefixes (ca-certificates, sg-…, db-…, pg-…).
_TECH_PAIRS = frozenset({"ca", "db", "ci", "cd", "io", "os", "ui", "ux", "qa", "hr", "it", "vm",
                         "gh", "gl", "pr", "sg", "go", "js", "ts", "py", "rb", "id", "ip", "mq",
                         "pg", "ms", "az", "ec", "tf", "gc", "lb", "ns", "dc", "eu", "us", "ap",
                         "my", "no", "on", "to", "in", "is", "at", "be", "by", "do", "if", "or",
                         "up", "we", "me", "of", "an", "as", "so", "x8", "k8"})
# Initials that are the report's words (Amazon Web Services' aws-sdk-go, Smith Rowe Capital's
# src-cli, Acme Payments International's api-server, Global Innovation Technologies' git-lfs).
_TECH_WORDS = frozenset("""
api aws gcp src dev git cli sdk sso ssh ssl tls dns cdn vpn sql app web ops org com net env log
tmp var usr bin etc lib pkg cmd doc faq csv pdf xml yml cpu gpu ram rpc tcp udp ftp smb nfs ldap
saml oidc scim jwt lsif scip dbs sre qa prd stg uat poc sla rfc iso utf npm pip jdk jvm php
""".split())


# Words of the report that a long name's letters may spell (Corvanne Utilities' "core").
_COMMON = frozenset("""
core code cert conf cron data deps docs edge exec file free grep hook host http info init jobs
keys kube lint list load logs main mail meta mock node note pods port prod repo rest role root
rule sync task test text tool type user vault view work base bash beta blob boot build cache
call cart chat check cloud cmd copy crash dash date demo disk dump east echo email error event
fail fast feed fix flag flow form game gate grid group hash head help home hub image index item
join json kind last leak level lock login loop mac make map mark mem merge mesh mode move name
net new next null open page path peer ping plan pool post pull push query queue rate read
ready real ref relay run safe scan seed send shard shell side sign site size slow sort spec
stack start state stats step stop store sub swap tag team temp tier time token trace tree
trust unit upload url vars west wiki word write zone intel auth plane loki grpc redis infra
nginx kafka mongo mysql pgsql helm envoy istio argo flux tempo mimir minio ceph rook etcd proxy
relay index store embed batch cody lsif scip zoekt otel jaeger gcp azure linux alpine debian
ubuntu local cloud edge east north south admin agent alert audit backup bench cert chart
client cmd config cron daemon debug deploy disk dns docker drain envs fluent front gpu graf
hook http https iam ingress java jvm kube lambda ldap lint mesh metric mon monit node npm oauth
oidc okta pager patch perl php pip pod prom pgb pubsub pulse quota rbac rails react redis rust
saml sched scim secret sentry shard sidecar slack smtp snap socket spark sql sre ssh ssl stat
static stream svc swift tcp tls topic trace udp vpc vpn watch web win yarn
""".split())
_LETTERS = linear(r"[a-z]")
MAX_IDENTIFIER = 200  # characters of an identifier read part by part
_MAX_SPOKEN = 10


def spoken_stems(name: str | None, text: str) -> list[str]:
    """The abbreviations of ``name`` that text's dashed and underscored identifiers use
    (qmf of Quillmoor Freight Systems in ``qmf-sourcegraph``; not "core" of Corvanne)."""
    if not name:
        return []
    words = [w for w in _SPLIT.split(name) if w and w.lower().strip(".") not in _SKIP]
    letters = "".join(_LETTERS.findall("".join(words).lower()))
    if len(letters) < 4:
        return []
    found: dict[str, None] = {}
    # (only the parts that start with the name's letter, found by RE2: a 200 KB "a-a-a-…"
    # costs no Python loop)
    for regex in _parts_from(letters[0]):
        for m in regex.finditer(text):
            word = m.group(1).lower()
            if (word not in found and not letters.startswith(word) and word not in _TECH_WORDS
                    and word not in _COMMON and _in_order(word[1:], letters[1:])):
                found[word] = None
                if len(found) >= _MAX_SPOKEN:
                    return list(found)
    return list(found)


@lru_cache(maxsize=64)
def _parts_from(letter: str) -> tuple[re2._Regexp, re2._Regexp]:
    """Parts of three to five letters that start with ``letter``, in a dashed or underscored
    identifier that also names an environment or the product: first (qmf-sourcegraph,
    cbm-prod) or after one of those words (sg-ostm-…, prod_qmf)."""
    part = rf"((?i:{letter})[A-Za-z]{{2,4}})"
    return (linear(rf"(?:^|[^A-Za-z0-9_-]){part}[-_](?:[A-Za-z0-9]+[-_]){{0,3}}"
                   rf"(?i:{_PLACES})(?:$|[^A-Za-z])"),
            linear(rf"(?i:{_PLACES})[-_](?:[A-Za-z0-9]+[-_]){{0,3}}{part}(?:$|[^A-Za-z0-9])"))


# Words that put an identifier in a deployment: the product's, an environment's, a platform's.
_PLACES = (r"sourcegraph|sg|src|prod|prd|production|dev|stg|stage|staging|uat|test|qa|ci|cd"
           r"|exec|executor|k8s|eks|gke|aks|ops|platform|internal|corp|cluster|agent|runner"
           r"|build|deploy|jnk|jenkins|gerrit|gitlab|github|ghe|git|repos|data|db|nas|backup"
           r"|scripts|devtools|lsif|uploads|codeintel|search|eng|engineering|monitoring|logging"
           r"|logs|metrics|main|mirror|mirrors|vault|proxy|gateway|web|api|app|apps|svc|service"
           r"|services|net|vpn|dc|dr|lab|sandbox|infra|eu|us|emea|apac")


def _in_order(word: str, letters: str) -> bool:
    """Whether word's letters appear in ``letters`` in order (not necessarily together)."""
    rest = iter(letters)
    return all(c in rest for c in word)


def organization_stems(name: str | None) -> list[str]:
    """The initials of a name of two words or more (vg, vge of Verdant Grid Energy),
    lower-cased, less those that are the report's words (aws, src, api)."""
    if not name:
        return []
    words = [w for w in _SPLIT.split(name) if w and w.lower().strip(".") not in _SKIP]
    stems: list[str] = []
    initials = "".join(w[0] for w in words if w[0].isascii() and w[0].isalpha()).lower()
    if len(words) >= 2 and len(initials) == len(words):
        stems += [initials[:k] for k in range(2, len(initials) + 1)]
    return [s for s in dict.fromkeys(stems)
            if not (len(s) == 2 and s in _TECH_PAIRS) and s not in _TECH_WORDS]


def domain_stems(labels: list[str]) -> list[str]:
    """The short names the organization's own domains give it (kbr of kbr.dev, tpa of
    tpa-soc.fr): too short to be removed as words (customer_labels takes four letters and
    more), they are its stems in identifiers (kbr-firmware, idx_tpa_devsecops)."""
    out: list[str] = []
    for label in labels:
        for word in (label, label.split("-", 1)[0]):
            # (three letters whatever they read as, bar the report's words: edf, bol; four and
            # five only when they read as initials, not as a word: kpmg, not uber)
            if (3 <= len(word) <= 5 and word.isascii() and word.isalpha()
                    and (len(word) == 3 or reads_as_initials(word))
                    and word not in _TECH_WORDS and word not in _COMMON
                    and word not in _SHORT_WORDS and word not in out):
                out.append(word)
    return out


# How English words may start: a label that starts otherwise (tpa, kbr, cvfg) is letters, not
# a word; box, arm, get, uber of box.com, arm.com, get-hooli.com, uber.com are words
# (check-box, linux-arm, GET /search) and stay.
_ONSETS = frozenset("""
bl br ch cl cr dr dw fl fr gl gn gr kn ph pl pr ps qu rh sc sh sk sl sm sn sp sq st sw th tr
tw wh wr
""".split())


# Three-letter words a domain may be and an identifier may hold (box.com: check-box).
_SHORT_WORDS = frozenset("""
box arm get set put run add all any app art bag bar bat bed bet big bit bot bow bus buy can
car cat cup cut day die dig dot dry due ear eat egg end eye fan far fat fee few fig fit fix fly
fog for fox fun gap gas gem got gum gun gut guy hat hay hen hit hop hot how hug ice ink jam jar
jet job joy key kid kit lab lag law lay leg let lid lie lip log lot low mad man map max may
men mix mob mod mud mug net new nod nor not now nut oak odd off oil old one out owl own pad pan
pay pen pet pie pig pin pit pop pot pro pub put rag ram rat raw red rib rid rim rip rod row
rub rug sad saw say sea see set sew shy sit six ski sky sly spy sum sun tab tag tan tap tar
tax tea ten tie tin tip toe ton too top toy try tub two use van vet via war wax way web wet
who why win wit yes yet zip zoo ups ins ons ask bug ads air age aid aim ant ape arc ash bay
bee bid bio cap cow cue den dew dim dip doc dog don dub dye elf elk emu era eve ewe fab fad fin
fur gig gin gym hub hug hum hut ion ivy jaw jog kin lap led lit lug mat mop nap nib nun oar ode
opt orb ore pal paw pea peg pew ply pod pun pup rib rim rot rye sap sip sod sow sub tab tot tow
urn vat vow wag wok yak yam yen zen
""".split())


def reads_as_initials(word: str) -> bool:
    """Letters that read as initials, not as a word: no vowel, or no English word's start."""
    vowels = set("aeiouy")
    return not (set(word) & vowels) or (word[0] not in vowels and word[1] not in vowels
                                        and word[:2] not in _ONSETS)


def stem_spans(text: str, stems: list[str]) -> Iterator[Span]:
    """Spans of the stems inside the text's dashed and underscored identifiers, and of the
    initials of three letters or more written alone in capitals ("we at HMG")."""
    if not stems:
        return
    wanted = frozenset(stems)
    capitals = frozenset(s.upper() for s in stems if len(s) >= 3)
    for m in _CAPITALS.finditer(text) if capitals else ():
        if m.group(0) in capitals:
            yield Span(m.start(), m.end(), "organization", CUSTOMER, m.group(0))
    for m in _IDENTIFIER.finditer(text):
        token = m.group(0)
        if len(token) > MAX_IDENTIFIER:
            # (a token of thousands of parts, "kbr-kbr-…": whole when a stem is one of them,
            # found in C, instead of a span per part)
            dashed = "-" + token.lower().replace("_", "-") + "-"
            if any(f"-{stem}-" in dashed for stem in wanted if len(stem) >= 3):
                yield Span(m.start(), m.end(), "org_stem", CUSTOMER, token)
            continue
        # (split in C: the identifier is letters and digits between dashes and underscores)
        parts = token.replace("_", "-").split("-")
        offset = m.start()
        for index, part in enumerate(parts):
            word = part.lower()
            if word in wanted and (len(word) >= 3 or (index == 0 and len(parts) >= 3)):
                # Its own kind: the leak check does not look for a stem on its own (vg-pg15-main
                # goes; "vg" alone may be another word).
                yield Span(offset, offset + len(word), "org_stem", CUSTOMER, part)
            offset += len(part) + 1
