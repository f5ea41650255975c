"""People a ticket names that Zendesk does not know: colleagues, cardholders, commit authors.

No list of names can know them, but tickets say when a person follows: "my colleague Wolfgang
Pfeiffer", "Herr Dr. Stefan Oberholzer", "cardholder Margarete Hollenstein", "I'm Thaddeus
Okafor", "Author: Rosalind Featherstonehaugh <...>", "cn=Svetlana Kuznetsova,ou=People",
``"familyName": "Brandt"``. A name there is one to three capitalised words, none of them a word
of the product or of tickets (``ask Code Insights`` names a team). It is removed where it stands.
After a cue that only ever precedes a person (a colleague, a cardholder, an author, a title), a
name of two words or more is also learned (``Discovered.people``, at most ``MAX_LEARNED``), so the
redactor removes it, its parts and its logins wherever else they appear; after a weaker cue ("ask",
"I'm") a wrong guess ("ask Stack Overflow") must not remove words all over the draft. Handles go
where they stand: @mentions in chat form (not decorators, at-rules or npm scopes) and Windows
DOMAIN\\user logins (not paths). All RE2: linear in any input.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from backend.escalation.host_names import service_name
from backend.escalation.name_shapes import NAME as _NAME
from backend.escalation.name_shapes import NAME_WORD as _NAME_WORD
from backend.escalation.name_shapes import NOT_NAMES as _NOT_NAMES
from backend.escalation.name_shapes import WORD as _WORD
from backend.escalation.name_shapes import person_name as _person
from backend.escalation.spans import PERSON, Span, linear
from backend.escalation.word_names import is_word_name

MAX_LEARNED = 50  # people per draft: a name list pasted whole is removed where it stands

# (Polish Pani, not Pan: "Pan European"; the engineer's Ing. of Italian, Czech and Slovak:
# "l'ing. Santoro")
_TITLE = (r"(?:Herr|Frau|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sra|Sr|Mme|Mlle|M\.|Sig\.|Dott|Pani"
          r"|[Ii]ng\.|Avv\.)\.?")
# Words that only ever precede a person; and words that usually do.
_STRONG_CUES = (
    r"colleague|coworker|co-worker|teammate|manager|boss|cardholder|card holder|account holder"
    r"|attn:?|c/o|kollege|kollegin|ansprechpartner(?:in)?|coll[eè]gue|collega|compa[ñn]er[oa]"
    r"|medewerker|author|committer|signed-off-by|co-authored-by|reviewed-by|reported-by"
    r"|assignee|reporter|assigned to|discussed with|(?:former )?employee"
    r"|caller|requested for|opened by|on behalf of"
    r"|kolega|koleżanka"
    r"|my name is|ich hei(?:ß|ss)e|je m'appelle|me llamo|mi chiamo|mijn naam is"
    # Whom the writer copied, met or spoke with, and who is on call (helper-51's probe).
    r"|cc'd|cc'ed|cc’d|cc’ed|looped in|(?:call|meeting|chat) with|spoke (?:to|with)"
    r"|talked (?:to|with)|on[- ]call(?: this week| today| now)? is"
    r"|zgłosił[a]?|reported by|signal[ée]e? par|reportado por|segnalato da|gemeldet von")
_WEAK_CUES = r"ask|ping|i'm|i’m|i am"
# (after the cue, where the person is may come first: "my colleague in Sydney, Chloe Tran")
# (RE2's \b is ASCII's: the Cyrillic cues go without it)
_STRONG = linear(rf"(?i:\b(?:{_STRONG_CUES})|коллега|колега|сотрудник|сотрудница)"
                 rf"(?:[ \t]+(?i:in|at|from)[ \t]+{_WORD},)?[ \t]*:?[ \t]+"
                 rf"(?:{_TITLE}[ \t]+){{0,3}}{_NAME}")
# An on-call rota's or a contact list's roles: "secondary: Nadia Suleiman".
_ROTA = linear(rf"(?im)\b(?:primary|secondary|backup|on-?call|escalation contact|contact person"
               rf"|point of contact)(?:[ \t]+on-?call)?[ \t]*:[ \t]*{_NAME}")
# A role the customer names, then the person: "O nosso DBA, Rui Tavares,", "our CTO, Viktor
# Hrabal", "unser Admin, Jan Nowak", "Our proxy team lead Rohan Mehta-Iyer" (two words at least).
_ROLE = linear(
    rf"(?i:\b(?:our|my|their|nosso|nossa|notre|nuestro|nuestra|unser|unsere|il nostro"
    rf"|la nostra)[ \t]+(?:[a-z]{{2,20}}[ \t]+)?(?:dba|cto|ceo|cio|ciso|vp[ \t]+\w+|admin"
    rf"|administrator"
    rf"|architect|engineer|manager|lead|director|sysadmin|sre|tech lead|team lead|it lead"
    rf"|security officer|developer)[ \t]*[,(]?)"
    rf"[ \t]*{_NAME}")
# ... or a login there ("Primary on-call: ben.hargreaves;")
_ROTA_LOGIN = linear(r"(?i)\b(?:primary|secondary|backup|on-?call)(?:[ \t]+on-?call)?[ \t]*:[ \t]*"
                     r"([a-z][a-z0-9]*[._\-][a-z][a-z0-9._\-]{1,30})")
# A login and, in brackets, whose it is: "nkavanagh (Niamh Kavanagh)".
_LOGIN_OF = linear(rf"\b([a-z][a-z0-9._\-]{{2,30}})[ \t]*\({_NAME}\)")
# Names in Chinese, Japanese and Korean by what surrounds them: an honorific or a title after
# (林さん, 田中様, 박서연 대리, 김민준님), a colleague before (我同事李娜), a self-introduction
# (田辺と申します) or an address in brackets after (林志明 (zhiming.lin@…)). Not "です" or "弊社の":
# they follow and precede any noun (100行程度です, 弊社の経理部).
_CJK_NAME = linear(
    r"(\p{Han}{1,4})(?:さん|様|さま|氏|くん|ちゃん|と申します)"
    r"|(?:同事|同僚|经理|經理|主管|负责人|負責人|联系人|聯絡人)[：:\s]*(\p{Han}{2,3})"
    r"|(\p{Hangul}{2,4})[ \t]?(?:님|씨|대리|과장|부장|팀장|차장|사원|주임|선임|책임|수석)"
    r"|(\p{Han}{2,4})[ \t]*[(（][^)）\n]{0,40}@"
    # and a role in brackets after (田中（インフラ担当）)
    r"|(\p{Han}{1,4})[ \t]*[(（][^)）\n]{0,12}(?:担当|部長|課長|主任|リーダー|经理|工程师)[)）]")
_WEAK = linear(rf"(?i:\b(?:{_WEAK_CUES}))[ \t]+(?:{_TITLE}[ \t]+){{0,3}}{_NAME}")
# A greeting names its reader ("Hi Hannah,", "Dear Mr Smith:"), and a git blame line its author.
_GREETING = linear(rf"(?m)^[ \t>]*(?:Hi|Hello|Hey|Dear|Hallo|Bonjour|Hola|Ciao|Hej|Moin)[ \t]+"
                   rf"(?:{_TITLE}[ \t]+)?{_NAME}[ \t]*[,!:]")
# Whom a greeting addresses that is no one's name.
_NOT_READERS = frozenset("""
all both everyone everybody folks guys gals devs team teams admins colleagues people friends
world there sir sirs madam madame ma'am gentlemen ladies gents again morning afternoon evening
good dear experts crew squad support engineers engineering yall y'all you zusammen allerseits
""".split())
def _reader(name: str, start: int) -> tuple[str, int]:
    """A greeting's reader less the words that address nobody ("Good Morning Priya" is Priya;
    "Kafka Team" and "All" are no one)."""
    words = name.split()
    if words[-1].lower() in _NOT_READERS:
        return "", start
    skipped = 0
    while skipped < len(words) - 1 and words[skipped].lower() in _NOT_READERS:
        skipped += 1
    if skipped == 0:
        return name, start
    rest = " ".join(words[skipped:])
    return rest, start + name.index(rest)
_BLAME = linear(
    rf"\b[0-9a-f]{{7,40}}[ \t]+(?:[^\s(]+[ \t]+)?\({_NAME}[ \t]+\d{{4}}-\d{{2}}-\d{{2}}")
# A mail's sender: "From: Priya Raman <…>", and a reply's attribution "… Maria Gonzalez
# <mgonzalez@…> wrote:" (a forwarded thread is published, its headers never; the names are
# learnt from them).
_FROM_HEADER = linear(rf"(?im)^[ \t>]*(?:from|von|de|van|da|från|od)[ \t]*:[ \t]*[\"']?{_NAME}"
                      rf"[\"']?[ \t]*[<\[]")
_ATTRIBUTION = linear(rf"{_NAME}[ \t]*[<\[][^>\]\n]{{3,120}}[>\]][^\n]{{0,40}}\n?[^\n]{{0,20}}?"
                      r"(?i:wrote|schrieb|a écrit|escribió|ha scritto|schreef|skrev|napisał)"
                      rf"|(?i:schrieb|a écrit|escribió|scrisse|schreef)[ \t]+{_NAME}[ \t]*[<\[]")
# "Priya Raman from our platform team": a person of the customer's, by what follows the name.
_FROM_TEAM = linear(rf"{_NAME}[ \t]+(?:from|of|in|on)[ \t]+(?:our|the|my)[ \t]+[^\n]{{0,30}}?"
                    r"\b(?i:team|department|group|squad)\b")
# A chat transcript's speaker, by login ("[10:43] sarah-lindqvist: yep", "10:43 AM jdoe: ...")
# or by full name ("[09:14] Deepa Krishnan: gitserver-1 is at 98%").
# (a weekday before the time, as chat copies write it: "[Fri 9:21 AM] mbeaulieu:"; a
# schedule's job is no speaker: "Tue 02:00 backup: nightly run", _SCHEDULED)
_CHAT_TIME = (r"(?m)^[ \t>]*\[?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]+)?"
              r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?[ \t]+")
_SPEAKER = linear(_CHAT_TIME + r"([A-Za-z][A-Za-z0-9._\-]{2,38}):[ \t]")
_SPEAKER_NAME = linear(_CHAT_TIME + rf"{_NAME}:[ \t]")
# A title alone says a person follows, whose surname may stand alone (Herr Oberholzer).
_TITLED = linear(rf"\b{_TITLE}[ \t]+(?:{_TITLE}[ \t]+){{0,2}}{_NAME}")
# A directory entry: a person's common name (cn=Svetlana Kuznetsova,ou=People) or a login.
_CN = linear(r"(?i)\bcn=((?:[^,;=\n\"()\\]|\\.){2,64})")  # LDAP escapes: CN=Szymańska\, Agnieszka
_UID = linear(r"(?i)\buid=([A-Za-z][A-Za-z0-9._\-]{2,31})\b")
# Name fields of SCIM, LDAP and identity-provider JSON: a part of a name, or a whole one (a
# displayName may also name a login button: "Entra ID", "Company SSO").
_PART_FIELD = linear(
    r"(?i)[\"']?(?:given_?name|family_?name|first_?name|last_?name|surname|middle_?name"
    r"|nick_?name)[\"']?[ \t]*[:=][ \t]*[\"']([^\"'\n]{2,64})[\"']")
_WHOLE_FIELD = linear(
    r"(?i)[\"']?(?:full_?name|display_?name|author|holder|card_?holder|assignee|reporter|owner"
    r"|manager|user_?name)[\"']?[ \t]*[:=][ \t]*(?:\"([^\"\n]{2,64})\"|'([^'\n]{2,64})')")
# A chat mention: "@lkrause", "cc @Marta.Kowalski," "@nils: the" (then a space, a comma, a colon
# or a full stop). Not "@types/node", "@media (", "@dataclass" alone on its line, an e-mail.
_MENTION = linear(r"(?:^|[\s(\[,;>])@([A-Za-z][A-Za-z0-9._\-]{2,38})")
_NOT_MENTIONS = frozenset("""
here channel everyone all param return returns override deprecated test author see since type
autowired component service bean inject mock before after nullable transactional throws repo
file symbol docs web terminal directory support sourcegraph media import keyframes font-face
supports include skip client export dataclass property staticmethod classmethod pytest patch
fixture latest next beta canary codebase url current selection ts-ignore ts-expect-error
ts-nocheck eslint-disable apply tailwind layer container page namespace charset external
admin admins oncall on-call ops devops sre infra platform security
""".split())
_SURNAME = linear(rf"[ \t]({_WORD})")
# INITECH\hweber: a Windows domain and a login (not C:\WINDOWS\system32, not "EOF\nfatal").
_DOMAIN_LOGIN = linear(
    r"(?:^|[\s\"'(=,;])([A-Z][A-Z0-9\-]{2,15})\\{1,2}([a-z][a-z0-9._\-]{1,30})\b")
_NOT_DOMAINS = frozenset({
    "EOF", "ERROR", "ERR", "WARN", "WARNING", "INFO", "DEBUG", "FATAL", "HTTP", "HTTPS", "JSON",
    "NULL", "TRUE", "FALSE", "END", "DONE", "FAILED", "PASS", "FAIL", "PANIC", "TRACE", "NOTE",
    "TODO", "SQL", "UTF", "WINDOWS", "SYSTEM", "SYSTEM32", "HKLM", "HKCU", "HKCR", "HKU",
    "AUTHORITY", "BUILTIN", "PROGRAM", "USERS", "TIMEOUT", "DATA", "TEMP", "TMP"})
_NOT_LOGINS = frozenset({"system", "local", "network", "administrators", "users", "guests"})
def people_spans(text: str, people: set[str]) -> Iterator[Span]:
    """Spans of people's names, handles and logins; learns names into ``people``."""
    # After a weak cue, two words at least ("ask Helen" may be a question to a team); a
    # greeting's one word is its reader ("Hi Hannah,"), learnt even alone: the check before
    # filing looks for every name removed, so "Hi Greg," in a reply and a bare "Greg" under
    # the customer's message refused the preview itself (the thirteenth probe).
    for regex, learn, fewest in ((_STRONG, True, 1), (_TITLED, True, 1), (_BLAME, True, 1),
                                 (_FROM_HEADER, True, 2), (_ATTRIBUTION, True, 2),
                                 (_FROM_TEAM, True, 2), (_ROTA, True, 2), (_ROLE, True, 2),
                                 (_SPEAKER_NAME, True, 2),
                                 (_WEAK, False, 2), (_GREETING, True, 1)):
        for m in regex.finditer(text):
            group = 1 if m.group(1) is not None else 2  # _ATTRIBUTION: name after or before
            name = _person(m.group(group), fewest)
            start = m.start(group)
            if regex is _GREETING and name:
                after = text[start + len(name):start + len(name) + 40].split()[:1]
                if after and after[0].strip(",!:").lower() in _NOT_READERS:
                    continue  # "Hello Kafka Team,": a team, whose first word is the report's
                name, start = _reader(name, start)
                if not name:
                    continue  # "Hi All,", "Hello Kafka Team,": nobody's name, here or elsewhere
            if name:
                # (one word alone, not a tool's: "Hi Kafka," names no one. A name that is a
                # word, "Hi Will,", goes where it is capitalised, as a requester's does: the
                # check before filing looks for it there)
                alone = regex is _GREETING and len(name) >= 3 and not is_word_name(name)
                if learn and (len(name.split()) >= 2 or alone) and len(people) < MAX_LEARNED:
                    people.add(name)
                yield Span(start, start + len(name), "person", PERSON, name)
    yield from _cjk_and_logins(text, people)
    for regex, fewest in ((_CN, 2), (_PART_FIELD, 1), (_WHOLE_FIELD, 2)):
        for m in regex.finditer(text):
            group = 1 if m.group(1) is not None else 2  # _WHOLE_FIELD: "…" or '…'
            value = m.group(group).strip()
            if regex is _CN and "\\," in value:  # Szymańska\, Agnieszka: one person
                name = _person(value.replace("\\,", ""), fewest)
                if name and name == value.replace("\\,", ""):
                    if len(people) < MAX_LEARNED:
                        people.add(" ".join(reversed(name.split())))
                    start = m.start(group) + m.group(group).index(value)
                    yield Span(start, start + len(value), "person", PERSON, value)
                continue
            name = _person(value, fewest)
            if name and name == value:  # the whole value is a name, not a CA or a button
                if len(people) < MAX_LEARNED:
                    people.add(name)
                start = m.start(group) + m.group(group).index(value)
                yield Span(start, start + len(name), "person", PERSON, name)
    for regex in (_UID, _SPEAKER, _ROTA_LOGIN):
        for m in regex.finditer(text):
            login = m.group(1)
            if regex is _SPEAKER and _tool_speaker(login):
                continue  # "[10:43] ERROR:", "grafana-bot:", "changeset_reconciler:"
            yield Span(m.start(1), m.end(1), "person", PERSON, login)
            _learn(people, login)
    for span in _handles(text):
        yield span
        _learn(people, span.value.rsplit("\\", 1)[-1])


def _cjk_and_logins(text: str, people: set[str]) -> Iterator[Span]:
    """Names in Chinese, Japanese and Korean (_CJK_NAME), and a login named by its person."""
    for m in _CJK_NAME.finditer(text):
        group = next(g for g in range(1, 6) if m.group(g) is not None)
        yield Span(m.start(group), m.end(group), "person", PERSON, m.group(group))
        if len(m.group(group)) >= 2 and len(people) < MAX_LEARNED:
            people.add(m.group(group))  # not 林 of 林さん alone: it is in 森林 too
    for m in _LOGIN_OF.finditer(text):
        login, name = m.group(1), _person(m.group(2), 2)
        folded = fold(name).lower().replace(" ", "")
        # The login spells the name: its surname or its first name with the surname's initial.
        if name and name.split() and fold(name.split()[-1]).lower() in login.lower() or (
                name and folded[:4] and login.lower().startswith(folded[:4])):
            yield Span(m.start(1), m.end(1), "person", PERSON, login)
            yield Span(m.start(2), m.start(2) + len(name), "person", PERSON, name)
            if len(people) < MAX_LEARNED - 1:
                people.update((login, name))


def fold(name: str) -> str:
    """The name without accents or spaces (Séamus Ó Laoire: SeamusOLaoire), as logins write it."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def _tool_speaker(login: str) -> bool:
    """A log's component or a chat's bot or integration, not a person."""
    parts = login.lower().replace("_", "-").replace(".", "-").split("-")
    return "_" in login or login.lower() in _NOT_MENTIONS or login.lower() in _NOT_NAMES or (
        service_name(login) or any(service_name(p) or p in _TOOLS for p in parts))  # support-ken


_TOOLS = frozenset({"bot", "pagerduty", "opsgenie", "alertmanager", "datadog", "grafana",
                    "prometheus", "sentry", "statuspage", "zapier", "webhook", "integration",
                    "system",
                    # what a schedule runs ("Tue 02:00 backup: nightly run")
                    "backup", "backups", "cron", "deploy", "deployment", "job", "build", "release",
                    "sync", "reindex", "maintenance", "cleanup", "nightly", "daily", "weekly",
                    "restart", "upgrade", "migration", "snapshot", "scan", "rollout", "update",
                    "window", "freeze", "report", "export", "import", "index", "indexing",
                    # and a syslog's daemons ("Wed 14:03 kernel: oom-killer invoked")
                    "kernel", "sshd", "systemd", "kubelet", "dockerd", "containerd", "crond",
                    "rsyslogd", "journald", "auditd", "ntpd", "chronyd", "nginx", "haproxy"})


def _learn(people: set[str], login: str) -> None:
    """A login or handle, removed wherever else it stands (the leak check would find it there
    and refuse the filing)."""
    if len(people) < MAX_LEARNED and len(login) >= 4 and login.lower() not in _NOT_NAMES and (
            login.lower() not in _NOT_MENTIONS):
        people.add(login)  # not "@admin" or "@ops": words the report uses elsewhere


def _handles(text: str) -> Iterator[Span]:
    """Chat mentions and DOMAIN\\user logins, where they stand."""
    for m in _MENTION.finditer(text):
        handle = m.group(1).rstrip(".-")
        after = text[m.start(1) + len(handle):m.start(1) + len(handle) + 1]
        line_start = m.start(1) < 2 or text[m.start(1) - 2] == "\n"
        if after in ("/", "(") or (line_start and after in ("", "\n", "\r")) or (
                handle.lower() in _NOT_MENTIONS or handle.lower().startswith("sourcegraph")):
            continue  # @types/node, @media (, @dataclass on its own line, @here, @sourcegraph-…
        end = m.start(1) + len(handle)
        # (on a slice: re2 would encode the whole text again for each mention)
        if _NAME_WORD.search(handle) and (surname := _SURNAME.match(text[end:end + 80])) and (
                _person(handle + " " + surname.group(1), 2)):
            end += surname.end(1)  # "@Bill Lumbergh": a chat's display name, both words
        yield Span(m.start(1), end, "person", PERSON, text[m.start(1):end])
    for m in _DOMAIN_LOGIN.finditer(text):
        domain, login = m.group(1), m.group(2)
        if domain in _NOT_DOMAINS or login in _NOT_LOGINS:
            continue
        yield Span(m.start(1), m.end(2), "person", PERSON, text[m.start(1):m.end(2)])


def name_of_login(local: str) -> str:
    """The person an e-mail's local part of the form first.last names ("Priya Raman" of
    priya.raman@…), or '' (support.team, build.bot, a single word)."""
    parts = local.split(".")
    if len(parts) != 2 or not all(len(p) >= 3 and p.isalpha() for p in parts):
        return ""
    if any(p.lower() in _NOT_NAMES for p in parts):
        return ""
    return " ".join(p.capitalize() for p in parts)

