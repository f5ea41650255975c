"""People and machines that login records, chat copies and HTTP headers name by where they put
them.

The same idea as ``tool_output``, for what its probe left (session 27's known limits):

* sshd, PAM, audit, sudo, su and logind lines (``Accepted publickey for jdoe from …``,
  ``sudo:   tgarnier : TTY=pts/0 ; …``, ``session opened for user okafor(uid=1003)``);
* Windows security events, as text (``Account Name:  bwilkins``, ``Workstation Name: QX-LT-42``)
  and as XML (``<Data Name="TargetUserName">bwilkins</Data>``, ``<Computer>…</Computer>``);
* chat copies whose speakers carry no member id: Teams' ``[10:32 AM] Priya Venkataraman``,
  Google Chat's ``Priya Venkataraman, 10:32 AM``, Slack's and Mattermost's lower-case handles
  (``kasia  10:05 AM``, ``sverre - 13:04``), each on a line of its own over what they said;
* a response header naming the machine that answered (``x-edge: lb-edge-fra-02``,
  ``Via: 1.1 proxy-fra-01``);
* cookies in a HAR's ``"cookies"`` list, whatever each cookie is called;
* a person in a SAML assertion's name attributes, a repository in a webhook's
  ``"path_with_namespace"``, a GitHub Enterprise API path (``/api/v3/repos/<owner>/<repo>``)
  a code browser's path (``/<host>/<owner>/<repo>/-/raw/…``) and gitserver's
  (``/data/repos/<host>/<owner>/<repo>``).

People are learnt (removed wherever else they stand) when the login is a person's (``a_login``);
machines always. All RE2: linear in any input.
"""

from __future__ import annotations

from collections.abc import Iterator

from backend.escalation.discovered import Discovered
from backend.escalation.host_names import service_name
from backend.escalation.name_shapes import person_name
from backend.escalation.public_hosts import is_public_name
from backend.escalation.repo_mentions import learn_path
from backend.escalation.spans import REPOSITORY, SECRET, Span, linear
from backend.escalation.tool_output import NOT_USERS, a_login, machine_spans, person_span

MAX_COOKIES_CHARS = 20_000
_LOGIN = r"([A-Za-z_][A-Za-z0-9_.-]{1,31}\$?)"
_MACHINE = r"([A-Za-z0-9][A-Za-z0-9._-]{0,62})"
_SSHD = linear(
    r"\b(?:(?:Accepted|Failed|Postponed) [a-z/-]{3,40} for(?: invalid user)?|Invalid user"
    r"|(?:Disconnected from|Connection closed by|Received disconnect from)"
    r"(?: authenticating| invalid)? user|session (?:opened|closed) for user"
    r"|New session \d{1,10} of user|Removed session \d{1,10} of user) " + _LOGIN)
# PAM's and the audit log's fields on their own lines ("pam_unix(sshd:auth): authentication
# failure; … rhost=10.0.0.5  user=lheinz", "type=USER_LOGIN msg=audit(…): … acct=\"lheinz\"").
_PAM_FIELD = linear(r"(?:pam_[a-z0-9_]{1,20}\(|msg=audit\()[^\n]{0,600}?\b(?:ruser|user|acct|AUID)="
                    r"[\"']?" + _LOGIN)
_SUDO = linear(r"\bsudo(?:\[\d{1,10}\])?:[ \t]+" + _LOGIN + r"[ \t]+:[ \t]+"
               r"(?:TTY=|PWD=|USER=|COMMAND=|\d{1,3} incorrect|a password|user NOT)")
_SU = linear(r"\bsu(?:\[\d{1,10}\])?:[ \t]+(?:FAILED SU |\+ [^\s]{1,20} )?"
             r"\(to [^()\s]{1,32}\)[ \t]+" + _LOGIN)
_WIN_USER = linear(r"(?m)^[ \t>]*(?:Account Name|Target User Name|User Name|Caller User Name"
                   r"|Logon Account|Subject User Name):[ \t]+" + _LOGIN + r"[ \t]*$")
_WIN_MACHINE = linear(r"(?m)^[ \t>]*(?:Workstation Name|Source Workstation|Computer Name"
                      r"|Computer|Caller Computer Name|Client Name):[ \t]+(?:\\\\)?" + _MACHINE)
_XML_USER = linear(r"<Data Name=[\"'](?:Target|Subject)?UserName[\"']>" + _LOGIN + "</Data>")
_XML_MACHINE = linear(r"(?:<Data Name=[\"'](?:WorkstationName|ComputerName)[\"']>|<Computer>)"
                      r"(?:\\\\)?" + _MACHINE + "<")
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_DATE = r"(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+)?"
# "[10:32 AM] Priya Venkataraman", "[03/04/2024 10:32] Doe, Jane" on a line of its own (not a
# log's "[12:41:07] changeset_reconciler: closing …")
_CHAT_TIME = _TIME
_TEAMS = linear(rf"(?m)^[ \t>]*\[{_DATE}{_CHAT_TIME}\][ \t]+([^\n:\[\]]{{3,80}}?)[ \t]*$")
# Google Chat's "Priya Venkataraman, 10:32 AM" alone on a line (people_cues reads Slack's
# "Priya Venkataraman  10:32 AM")
_SPEAKER_TIME = linear(rf"(?m)^[ \t>]*([^\n,:]{{3,80}}?),[ \t]*{_DATE}{_CHAT_TIME}[ \t]*$")
# A form's or a report's machine line, in the languages of the tickets ("호스트: HBF-MBP-0231",
# "Hostname: LT-0231"); taken by its shape, as a header's is.
_MACHINE_LINE = linear(r"(?im)^[ \t>*-]*(?:hostname|host name|machine name|device name"
                       r"|호스트(?:명| 이름)?|ホスト名?|主机名?|主機名?|rechnername|gerätename"
                       r"|nom de (?:l'ordinateur|la machine)|nombre del equipo|nome do computador)"
                       r"[ \t]*[:：][ \t]*" + _MACHINE)
_RELEASE = linear(r"(?i)^(?:ubuntu|debian|rhel|centos|alpine|fedora|rocky|almalinux|amzn"
                  r"|amazonlinux|windows|macos|sles|opensuse|oraclelinux)[-_ ]?\d+(?:\.\d+)*$")
_HEADER = linear(r"(?im)^[ \t>]*(?:x-[a-z0-9-]{0,30}(?:host|hostname|node|pod|server|backend"
                 r"|upstream|edge|instance|machine|served-by|proxy)|via)[ \t]*:[ \t]*"
                 r"(?:\d\.\d[ \t]+)?" + _MACHINE)
_SAML_NAME = linear(r"(?i)Name=[\"'](?:[^\"'\n]{0,80}/claims/)?(?:displayName|givenName|sn|surname"
                    r"|cn|name|firstName|lastName|fullName|given_name|family_name)[\"'][^>\n]{0,200}>"
                    r"[ \t\n]*<(?:saml2?:)?AttributeValue[^>\n]{0,120}>([^<\n]{2,64})<")
_REPO_FIELD = linear(r"\"(?:path_with_namespace|full_name|repository_full_name|project_path"
                     r"|nameWithOwner)\"[ \t]*:[ \t]*\""
                     r"([A-Za-z0-9][\w.-]{0,80}(?:/[\w.-]{1,80}){1,3})\"")
# (and gitserver's own layout: /data/repos/<host>/<owner>/<repo>/.git)
_REPO_PATH = linear(r"(?:/api/v3/repos|/data/repos/[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+)"
                    r"/([\w.-]{1,80})/([\w.-]{1,80})"
                    r"|/([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+)/([\w.-]{1,80})/([\w.-]{1,80})"
                    r"/-/(?:raw|blob|tree|commit)/")
# Slack's and Mattermost's lower-case handle over what it said: "kasia  10:05 AM", "sverre - 13:04"
# (Slack's with a 12-hour time: "reindex  02:00" is a schedule's line)
_HANDLE_TIME = linear(r"(?m)^[ \t>]*([a-z][a-z0-9._-]{2,30})(?:[ \t]+-[ \t]+|[ \t]{2,4})"
                      r"\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]*$")
_HANDLE = linear(r"^[a-z][a-z0-9._-]{2,30}$")
# Words of a schedule's, a log's or a bot's line, never a speaker's ("Last Sync, 10:32 AM",
# "alertmanager - 13:04").
_NOT_SPEAKERS = frozenset("""last next first sync start end time updated created modified due
deadline daily weekly nightly hourly build run job backup report window maintenance cloning
cloned fetching indexing indexed scheduled started finished completed alertmanager pagerduty
opsgenie sentry datadog grafana prometheus cron reindex nagios zabbix statuspage bot repository
repositories sync""".split())
_COOKIES = linear(r"\"cookies\"[ \t]*:[ \t]*\[")
_COOKIE_VALUE = linear(r"\"value\"[ \t]*:[ \t]*\"([^\"\n]{8,1000})\"")


def record_spans(text: str, found: Discovered) -> Iterator[Span]:
    """Spans of the people, machines and cookies above; learns the people and machines."""
    for regex in (_SSHD, _PAM_FIELD, _SUDO, _SU, _WIN_USER, _XML_USER):
        for m in regex.finditer(text):
            yield from _login(m.start(1), m.group(1), found)
    for regex in (_WIN_MACHINE, _XML_MACHINE, _HEADER, _MACHINE_LINE):
        for m in regex.finditer(text):
            # (a header's machine by its shape: "Via: 1.1 varnish" names the proxy's software)
            name = m.group(1)
            if regex is _MACHINE_LINE and (service_name(name) or _RELEASE.search(name)):
                continue  # "ホスト名: ubuntu-22.04" is a release, "zoekt-webserver-1" the product's
            if regex in (_WIN_MACHINE, _XML_MACHINE) or (any(c.isdigit() for c in name) and any(
                    c in "-." for c in name)):
                yield from machine_spans(m.start(1), name, found)
    for regex in (_TEAMS, _SPEAKER_TIME, _HANDLE_TIME):
        for m in regex.finditer(text):
            # (a speaker's line is followed by what they said: "Start Time 10:00" over "End
            # Time 11:00" is a form's)
            said = next_line(text, m.end())
            if said.strip() and not _SPEAKER_TIME.search(said) and not _TEAMS.search(said):
                yield from _speaker(m.start(1), m.group(1), found)
    for m in _SAML_NAME.finditer(text):
        value = m.group(1).strip()
        if person_name(value, 1) == value:
            yield person_span(m.start(1), value, found)
    yield from _repositories(text, found)
    read_to = 0
    for m in _COOKIES.finditer(text):
        # (the list's end, looked for no further than a HAR's cookies reach and never over
        # what an earlier list read: "cookies": [ repeated reads the text once)
        at = max(m.end(), read_to)
        part = text[at:m.end() + MAX_COOKIES_CHARS]
        part = part[:part.find("]")] if "]" in part else part
        read_to = at + len(part)
        for v in _COOKIE_VALUE.finditer(part):
            start = at + v.start(1)
            yield Span(start, start + len(v.group(1)), "secret", SECRET, v.group(1))


def _repositories(text: str, found: Discovered) -> Iterator[Span]:
    """A webhook's repository field, and a GitHub Enterprise API's or a code browser's path:
    the repository goes where it stands, and its parts named like one wherever else."""
    for m in _REPO_FIELD.finditer(text) if "/" in text else ():
        learn_path(m.group(1).split("/"), found.repositories)
        yield Span(m.start(1), m.end(1), "repository", REPOSITORY, m.group(1))
    for m in _REPO_PATH.finditer(text) if "/-/" in text or "/repos/" in text else ():
        first = 1 if m.group(1) is not None else 4
        if first == 4 and is_public_name(m.group(3)):
            continue  # (sourcegraph.com/github.com/kubernetes/kubernetes/-/blob/…: public)
        learn_path([m.group(first), m.group(first + 1)], found.repositories)
        yield Span(m.start(first), m.end(first + 1), "repository", REPOSITORY,
                   text[m.start(first):m.end(first + 1)])


def next_line(text: str, end: int) -> str:
    """The line after the one ending at ``end`` ("" when there is none)."""
    stop = text.find("\n", end + 1)
    return text[end + 1:stop if stop >= 0 else len(text)]


def _login(start: int, login: str, found: Discovered) -> Iterator[Span]:
    """A login's span (a Windows machine account's "NAME$" is a machine), learnt when it is a
    person's."""
    login = login.rstrip("._-")
    if login.endswith("$"):
        yield from machine_spans(start, login[:-1], found)
    elif login.lower() not in NOT_USERS and len(login) >= 3:
        yield person_span(start, login, found, learn=a_login(login))


def _speaker(start: int, candidate: str, found: Discovered) -> Iterator[Span]:
    """A chat copy's speaker: a name of two words at least (Priya Venkataraman, "Doe, Jane"), or
    a lower-case handle (kasia, priya.v) that is no system's (a_login)."""
    candidate = candidate.strip()
    if "," in candidate:  # Teams' "Last, First"
        last, _, first = candidate.partition(",")
        if person_name(last.strip(), 1) == last.strip() and person_name(first.strip(), 1):
            for part in (last.strip(), first.strip()):
                at = start + candidate.index(part)
                yield person_span(at, part, found)
        return
    name = person_name(candidate, 2)
    if name == candidate and not all(w.lower() in _NOT_SPEAKERS for w in name.split()):
        yield person_span(start, name, found)
    elif _HANDLE.search(candidate) and a_login(candidate) and candidate not in _NOT_SPEAKERS:
        yield person_span(start, candidate, found)  # (a lower-case handle: kasia, priya.v)
