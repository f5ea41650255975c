"""People, machines and secrets that pasted tool output names by where it puts them.

Customers paste what their tools print, and each tool writes the private parts in fixed
places that no name list or cue in prose reaches (the tenth red-team probe's leaks):

* a shell prompt's user and machine (``callum@lsa-ops-bastion:~/infra$``);
* an access log's user (``10.71.8.45 - hkerr [23/Jul/2024:…``) and a syslog line's machine
  (``Jul 30 09:14:55 lb-akl-02 haproxy[18822]:``);
* CI: Jenkins' ``Started by user …`` and ``Running on <agent> in /…``, GitLab's runner
  (``on zeph-k8s-runner-7f9c xY3pLq2s``), a GitHub self-hosted runner, ``kubectl describe``'s
  ``Node:``;
* a work-notes journal's author (``2024-04-02 08:12:44 - Marguerite Tshabalala:``), a Slack
  copy's member ids and speakers (``Olumide Fashola (U04K7QJ2MTR)  10:42 AM``) and channels
  (``#bl-eng-sourcegraph``) and a ServiceNow record (``CHG0049921``);
* secrets by their variable's name: a HAR's ``{"name": "Cookie", "value": …}``, Kubernetes'
  ``name: PGPASSWORD`` / ``value: …``, and a secret "is" or was rotated "to" a value in prose.

Machines and people are learnt (removed wherever else they stand). All RE2: linear in any input.
"""

from __future__ import annotations

from collections.abc import Iterator

from backend.escalation.discovered import Discovered
from backend.escalation.host_names import service_name
from backend.escalation.name_shapes import NAME
from backend.escalation.name_shapes import person_name as _person
from backend.escalation.people_scan import MAX_LEARNED
from backend.escalation.public_hosts import is_public_name
from backend.escalation.spans import CHANNEL, HOST, ID_NUMBER, PERSON, SECRET, Span, linear

_MACHINE = r"([A-Za-z0-9][A-Za-z0-9._-]{0,62})"
# (also RHEL's "[tkowal@lon-bastion-01 ~]$"; after a space, a path: "support@github.com charges
# $21" is no prompt)
# A login and the machine after its "@" (the two groups of a prompt and of an ssh command).
_USER_AT_HOST = (r"([a-z_][a-z0-9_.-]{0,31})@"
                 r"([A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,6})")
_PROMPT = linear(r"(?m)^[ \t>]*(?:\([^()\n]{1,40}\)[ \t]*)?\[?" + _USER_AT_HOST
                 + r"(?::[^\s$#%]{0,200}[$#%]|[ \t]+[~/][^\s$#%\]]{0,200}\]?[ \t]*[$#%])")
# (and in prose: "ssh'd into deploy@qx-build-07", "scp dump.sql ops@db-3:/tmp")
_SSH = linear(r"\b(?:ssh[ \t]+(?:-[A-Za-z]+(?:[ \t]+[^\s@-][^\s@]*)?[ \t]+){0,4}"
              r"|(?:ssh(?:'?d|ed|ing)?|scp|sftp|rsync)[ \t]+(?:[^\s@]{1,80}[ \t]+){0,3}"
              r"(?:(?:in)?to[ \t]+|on[ \t]+)?)" + _USER_AT_HOST)
_ACCESS_LOG = linear(r"(?m)^[ \t>]*\S{1,64}[ \t]+\S{1,64}[ \t]+([^\s\[]{1,64})[ \t]+"
                     r"\[\d{1,2}/[A-Za-z]{3}/\d{4}:")
_SYSLOG = linear(rf"(?m)^[ \t>]*[A-Z][a-z]{{2}}[ \t]+\d{{1,2}}[ \t]+\d{{2}}:\d{{2}}:\d{{2}}[ \t]+"
                 rf"{_MACHINE}[ \t]+[A-Za-z0-9_./-]{{1,40}}(?:\[\d{{1,10}}\])?:")
_RUNNING_ON = linear(rf"(?m)\bRunning on {_MACHINE} in [/A-Za-z]")
_GITLAB_RUNNER = linear(rf"Running with gitlab-runner[^\n]{{0,80}}\n[ \t]*on {_MACHINE}[ \t]")
_GITHUB_RUNNER = linear(rf"(?i)(?:runner|machine) name:[ \t]*['\"]?{_MACHINE}")
# (a runner's name only with a dash or a digit: "self-hosted runner for Linux" names none)
_SELF_HOSTED = linear(r"(?i)self-hosted runner[ \t]+([A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)+"
                      r"|[A-Za-z]+\d[A-Za-z0-9]*)")
_K8S_NODE = linear(rf"(?m)^[ \t>]*Node:[ \t]+{_MACHINE}/")
_STARTED_BY = linear(rf"(?m)\bStarted by user {NAME}")
_JOURNAL = linear(rf"(?m)^[ \t>]*\d{{4}}-\d{{2}}-\d{{2}}[ T]\d{{2}}:\d{{2}}(?::\d{{2}})?[ \t]+-"
                  rf"[ \t]+{NAME}[ \t]*[:(]")
_SLACK_ID = linear(r"(?:^|[^\\\w])([UW]0[A-Z0-9]{6,12})\b")
_SLACK_SPEAKER = linear(rf"(?m)^[ \t>]*{NAME}[ \t]*\([UW]0[A-Z0-9]{{6,12}}\)")
# A channel in a text that speaks of chat, after "in", "from" or "to", or in brackets as a
# copy's header ("[#sg-ops]");
# not a Markdown link's target ("](#known-issues)") or a page's anchor after "links like".
_CHANNEL = linear(r"(?:^|[\s(\[,;:'\"`])(#[a-z0-9][a-z0-9_]*(?:-[a-z0-9_]+)+)")
_CHAT = linear(r"(?i)\b(?:slack|teams|channel|mattermost|discord|chat|thread)\b")
_PLACE_WORD = linear(r"(?i)\b(?:in|from|to|into|via)[ \t]+$")  # "pasting from #cloud-alerts"
_ANCHOR_CUE = linear(r"(?i)\b(?:links?|anchors?|headings?|fragments?|sections?)\b[^\n]*$")
_SERVICE_NOW = linear(r"\b((?:CHG|INC|RITM|REQ|PRB|SCTASK|CTASK)\d{7})\b")
_SECRET_NAME = r"[A-Za-z0-9_-]*(?i:password|passwd|secret|token|api[_-]?key|cookie|authorization)"
_PAIR_JSON = linear(rf"\"name\"[ \t]*:[ \t]*\"({_SECRET_NAME}[A-Za-z0-9_-]*)\"[ \t]*,[ \t]*"
                    r"\"value\"[ \t]*:[ \t]*\"([^\"\n]{1,1000})\"")
_PAIR_YAML = linear(rf"(?m)(?:name:[ \t]*[\"']?|^[ \t]*-?[ \t]*)({_SECRET_NAME}[A-Za-z0-9_-]*)"
                    r"[\"']?:?[ \t]*\n[ \t]*(?:-[ \t]*)?value:[ \t]*[\"']?([^\"'\n]{1,500})")
# A secret in prose: "<secret word> (up to six words) is/es/ist <value>", "was (now) set to
# <value>", "rotated … to <value>" (the value judged by _secret_like: "the token is forwarded to
# sourcegraph-frontend-0" is none).
_PROSE = linear(r"(?i)(?:\b(?:secret|password|token|passwort|contraseña|senha|mot de passe)\b"
                r"(?:[ \t]+[^\s]{1,30}){0,6}?[ \t]+(?:is|was|es|ist|est|é|:)"
                r"(?:[ \t]+(?:now[ \t]+)?(?:set|changed|reset|updated)[ \t]+to)?"
                r"|\brotat[a-z]*\b[^\n]{0,40}?[ \t]to)"
                r"[ \t]+([A-Za-z0-9][A-Za-z0-9!#$%&*+=._~-]{9,200})")
# A login in an identity payload's field, or after the word "user" in a few languages
# ("użytkownika grzegorz.pawlak-kozłowski"), there with a dot or an underscore.
_LOGIN_FIELD = linear(r"(?i)\"(?:[a-z]{1,12}_)?(?:nickname|username|user_name|login"
                      r"|preferred_username|upn"
                      r"|samaccountname)\"[ \t]*:[ \t]*\"([A-Za-z0-9][A-Za-z0-9._-]{1,63})\"")
# (not English "user": "user sign-ups", "500-user docker-compose")
_USER_LOGIN = linear(r"(?i)\b(?:utilisateur|usuario|usuário|benutzer|gebruiker|utente"
                     r"|użytkownika|użytkownik)[ \t]+[\"'`]?"
                     r"([a-z][a-z0-9]*[._][^\s\"'`,;:()<>]{1,40})")
_NOT_MACHINES = frozenset({"localhost", "jenkins", "built-in", "master", "the", "a", "an"})
# Accounts every machine or image has, and words a prompt's user may be: kept.
NOT_USERS = frozenset("""- root ubuntu debian centos alpine ec2-user azureuser opc core
cloud-user vagrant pi admin git runner gitlab-runner buildkite-agent circleci node vscode jenkins
www-data nginx postgres mysql redis oracle bitnami nobody daemon sourcegraph deploy build builder
docker app dev test user search ci service svc aws readonly read-only grafana oauth2 oauth
x-access-token token anonymous administrator system ansible backup nagios zabbix prometheus
terraform packer puppet chef salt teamcity bamboo gitlab github bitbucket sshd syslog systemd
elastic kibana minio jira confluence invalid unknown guest""".split())
# Words of a component's name in a journal line ("- Repo Updater:"), not a person's.
_COMPONENT_WORDS = frozenset("""repo updater worker syncer indexer server service scheduler job
jobs queue gateway proxy executor frontend backend searcher symbols migrator controller agent
runner bot pipeline build deploy system monitor alert cron""".split())


def tool_output_spans(text: str, found: Discovered) -> Iterator[Span]:
    """Spans of the people, machines, ids, channels and secrets above; learns the people and
    machines into ``found``."""
    # A prompt's or a log's user is learnt only when shaped like a person's login (a digit, dot
    # or underscore): "search@qx-web-1:~$" must not take every "search" of the ticket.
    prompts = [*_PROMPT.finditer(text), *_SSH.finditer(text)] if "@" in text else []
    for m in [*prompts, *(_ACCESS_LOG.finditer(text) if "/" in text else ())]:
        login = m.group(1)
        if login.lower() not in NOT_USERS:
            yield person_span(m.start(1), login, found,
                               learn=any(c in "._" or c.isdigit() for c in login))
    for m in prompts:
        yield from machine_spans(m.start(2), m.group(2), found)
    for regex in (_SYSLOG, _RUNNING_ON, _GITLAB_RUNNER, _GITHUB_RUNNER, _K8S_NODE, _SELF_HOSTED):
        for m in regex.finditer(text):
            yield from machine_spans(m.start(1), m.group(1), found, learn=regex is not _SELF_HOSTED)
    for regex in (_STARTED_BY, _JOURNAL, _SLACK_SPEAKER):
        for m in regex.finditer(text):
            name = _person(m.group(1), 2 if regex is not _STARTED_BY else 1)
            if name and name.lower() not in NOT_USERS and not any(
                    w.lower() in _COMPONENT_WORDS for w in name.split()):
                yield person_span(m.start(1), name, found)
    for regex in (_LOGIN_FIELD, _USER_LOGIN):
        for m in regex.finditer(text):
            login = m.group(1).rstrip("._-")
            if a_login(login):  # learnt when shaped like a person's login, as a prompt's user
                yield person_span(m.start(1), login, found,
                                   learn=any(c in "._" or c.isdigit() for c in login))
    for m in _SLACK_ID.finditer(text):
        value = m.group(1)
        rest = value[2:]
        # (letters past F: not a code point written U0001F600)
        if any(c.isdigit() for c in rest) and any(c.isalpha() and c > "F" for c in rest):
            _learn_key(value, found)
            yield Span(m.start(1), m.end(1), "customer_id", ID_NUMBER, value)
    for m in _SERVICE_NOW.finditer(text):
        _learn_key(m.group(1), found)
        yield Span(m.start(1), m.end(1), "customer_id", ID_NUMBER, m.group(1))
    for m in _CHANNEL.finditer(text) if "#" in text else ():
        start = m.start(1)
        # (chat spoken of nearby, not anywhere: "#search-box-input" is a CSS selector)
        chat = _CHAT.search(text[max(0, start - 80):m.end(1) + 80]) is not None
        bracketed = text[start - 1:start] == "[" and text[m.end(1):m.end(1) + 1] == "]"
        placed = _PLACE_WORD.search(text[max(0, start - 8):start]) is not None
        anchor = text[start - 2:start] == "](" or _ANCHOR_CUE.search(
            text[max(0, start - 40):start]) is not None
        if (chat or bracketed or placed) and not anchor:
            yield Span(start, m.end(1), "channel", CHANNEL, m.group(1))
    yield from _secrets(text)


def _secrets(text: str) -> Iterator[Span]:
    """Values of variables and headers named as secrets, and secrets given in prose."""
    for regex in (_PAIR_JSON, _PAIR_YAML):
        for m in regex.finditer(text):
            value = m.group(2).strip()
            if _a_value(value):
                start = m.start(2) + m.group(2).index(value)
                yield Span(start, start + len(value), "secret", SECRET, value)
    for m in _PROSE.finditer(text):
        value = m.group(1).rstrip(".,;:")
        if _secret_like(value):
            yield Span(m.start(1), m.start(1) + len(value), "secret", SECRET, value)


def _secret_like(value: str) -> bool:
    """Shaped like a generated secret: digits and letters, and upper and lower case mixed,
    twenty characters at least (hex), or one run of twelve lower-case letters and digits mixed
    (qx7hk2lm9pq4zz); not a name with a number (sourcegraph-frontend-0, ubuntu2204)."""
    letters = [c for c in value if c.isalpha()]
    digits = sum(c.isdigit() for c in value)
    return len(value) >= 10 and digits > 0 and bool(letters) and (
        (any(c.isupper() for c in letters) and any(c.islower() for c in letters))
        or (len(value) >= 20 and all(c in "0123456789abcdefABCDEF" for c in value))
        or (len(value) >= 12 and value.isalnum() and value.isascii() and digits >= 3
            and len(letters) >= 3 and _switches(value) >= 4))


def _switches(value: str) -> int:
    """How often a value turns from letters to digits or back (4 in qx7hk2lm9, 1 in ubuntu2204)."""
    return sum(a.isdigit() != b.isdigit() for a, b in zip(value[:-1], value[1:], strict=True))


def a_login(login: str) -> bool:
    """A person's login, not a service's or a bot's (svc-release, release-bot) or a word."""
    parts = login.lower().replace("_", "-").replace(".", "-").split("-")
    return len(login) >= 3 and login.lower() not in NOT_USERS and "[bot]" not in login and not any(
        p in ("svc", "bot", "ci", "service", "system", "sourcegraph") for p in parts)


def _a_value(value: str) -> bool:
    """A literal value, not a reference to one (valueFrom, ${VAR}, <placeholder>, ***)."""
    return len(value) >= 4 and not value.startswith(("$", "<", "{", "*", "[")) and (
        value.lower() not in ("redacted", "null", "none", "true", "false", "changeme"))


def _learn_key(value: str, found: Discovered) -> None:
    """Remember a record's id (removed wherever else it stands), a bounded number of them."""
    if len(found.keys) < MAX_LEARNED:
        found.keys.add(value)


def machine_spans(start: int, name: str, found: Discovered, learn: bool = True) -> Iterator[Span]:
    """A machine's span, learnt, unless it is no machine of theirs (localhost) or a log's level
    in its place (ERROR)."""
    name = name.rstrip(".-_")
    if len(name) < 3 or name.lower() in _NOT_MACHINES or name.isdigit() or (
            name.isalpha() and name.isupper()) or is_public_name(name) or service_name(name):
        return  # (github.com of a mail address; gitserver-0 of "root@gitserver-0:/#", a pod)
    if learn and len(found.bare_hosts) < MAX_LEARNED:
        found.bare_hosts.add(name)
    yield Span(start, start + len(name), "host", HOST, name)


def person_span(start: int, name: str, found: Discovered, learn: bool = True) -> Span:
    """A person's (or login's) span, learnt unless ``learn`` is false."""
    if learn and len(found.people) < MAX_LEARNED and len(name) >= 3:
        found.people.add(name)
    return Span(start, start + len(name), "person", PERSON, name)
