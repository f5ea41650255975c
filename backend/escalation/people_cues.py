"""More people a ticket names by what surrounds them (beside backend.escalation.people_scan).

* Lists after a cue: "Ask for Brent or Tamika", "Geschäftsführer: Jens-Uwe Brockhoff, Annegret
  Sielaff", "cc Ana, Luis and Marta": every name of the list, not only the first.
* Whose team it is: "Sofie Hansen's team", and one name before "from our/your … team"
  ("Bettina from our IAM team", "Camille from your CE team").
* A chat copied from Slack, where the speaker's line ends with the time ("Dmitri Volkonsky
  10:44 AM").
* A name's own script in brackets after it ("Wu Jiahui (吴佳慧)").

Each name of two words or more is learnt (removed wherever else it stands); one word is removed
where it stands. All RE2: linear in any input.
"""

from __future__ import annotations

from collections.abc import Iterator

from backend.escalation.host_names import has_registered_suffix, service_name
from backend.escalation.name_shapes import NAME as _NAME
from backend.escalation.name_shapes import NOT_NAMES as _NOT_NAMES
from backend.escalation.name_shapes import WORDS as _WORDS
from backend.escalation.name_shapes import person_name as _person
from backend.escalation.people_asides import aside_spans
from backend.escalation.people_scan import MAX_LEARNED
from backend.escalation.spans import PERSON, Span, linear, word_char

# (a list's noun only with its colon: "Contacts Sync" is a feature, "Contacts: Ana" a list)
_LIST_CUE = linear(
    rf"(?:(?i:\b(?:ask for|geschäftsführer(?:in)?|geschäftsführung|managing directors?|vorstand"
    rf"|cc))[ \t]*:?|(?i:\b(?:directors|attendees|participants|teilnehmer|contacts?|guests"
    rf"|invitees|organi[sz]er))[ \t]*:)[ \t]+{_NAME}")
# Two people of the customer's team: "Priyanka Venkataraman and Tom Hale on the claims team".
_PAIR_OF_TEAM = linear(rf"{_NAME}[ \t]+and[ \t]+{_NAME}[ \t]+(?:from|of|in|on)[ \t]+(?:our|the|my"
                       r"|your)[ \t]+[^\n]{0,30}?\b(?i:team|department|group|squad)\b")
# A colleague named in Chinese or Japanese after an English cue ("my colleague 欧阳静怡").
_CUED_HAN = linear(r"(?i:\b(?:colleague|coworker|co-worker|teammate|manager))[ \t]+(\p{Han}{2,4})")
# A person's whole name in a JSON record ({"name": "Thaddeus Wilbraham", "ssn": …}).
_NAME_FIELD = linear(r"\"name\"[ \t]*:[ \t]*\"([^\"\n]{3,64})\"")
# (a role in brackets may follow a name of the list: "Ana Berg (organizer), Bo Lin")
_LIST_NEXT = linear(rf"^(?:[ \t]*\([^()\n]{{1,30}}\))?(?:[ \t]*,|[ \t]+(?:or|and|und|oder|et|ou"
                    rf"|y|e|i|и))[ \t]+{_NAME}")
# A person and an address in angle brackets: a git log's line, a mail's header in prose.
_NAME_AND_ADDRESS = linear(rf"{_NAME}[ \t]*<[^<>\s@]{{1,64}}@")
# An LDAP entry's name lines (cn: Precious Makgoba), the whole value a name.
_LDIF_NAME = linear(r"(?im)^[ \t>]*(?:cn|displayName|gecos|fullName)[ \t]*:[ \t]*([^\n]{2,64})$")
# A search's author and committer filters name a person (author:"Okonkwo, Chidinma").
_AUTHOR_FILTER = linear(r"(?i)(?:^|[\s(])(?:author|committer):(?:\"([^\"\n]{2,80})\""
                        r"|([^\s)\"'`]{2,80}))")
# A Discord copy's speaker: "**nightjar_dev (Marguerite)** — Today at 14:22".
_DISCORD_SPEAKER = linear(r"(?m)^[ \t>]*\*\*([^*\n]{2,60})\*\*[ \t]*(?:—|–|-)[ \t]*"
                          r"(?:Today|Yesterday|\d)")
# Who did it, by login or name: "deployed by okwabena", "approved by Ana Berg".
# (a login only after the actions a log records with one: "deleted by mistake" names no one)
_DONE_BY = linear(
    rf"(?i:\b(?:deployed|created|triggered|approved|merged|updated|modified|requested|opened"
    rf"|closed|pushed|committed|reviewed|started|run|changed|edited|deleted))[ \t]+by[ \t]+"
    rf"{_NAME}|(?i:\b(?:deployed|triggered|approved|merged|pushed|committed|reviewed))"
    rf"[ \t]+by[ \t]+@?([a-z][a-z0-9_\-]{{2,38}}(?:\.[a-z][a-z0-9_\-]{{1,38}})?)")
# A lower-case word with a noun's ending, no login ("triggered by concurrency").
_NOUN = linear(r"^[a-z]+(?:ency|ancy|ity|tion|sion|ness|ism|ogy)$")  # (not florence, mking)
# A person's page in a log line: GET /users/akhan/settings.
_USER_ROUTE = linear(r"(?:^|[\s\"'(])/users/([A-Za-z][A-Za-z0-9._\-]{1,38})(?:/|[\s\"'?]|$)")
_NOT_DOERS = frozenset({"the", "a", "an", "our", "your", "my", "default", "system", "admin",
                        "root", "bot", "ci", "cron", "helm", "argocd", "flux", "renovate",
                        "dependabot", "terraform", "me", "us", "them", "him", "her", "someone",
                        "current", "user", "users", "script", "pipeline", "automation",
                        "mistake", "accident", "hand", "design", "hook", "webhook", "policy",
                        "schedule", "itself", "ghost"})
_TEAM_OF = linear(rf"{_NAME}['’]s[ \t]+(?:(?:own|new|old)[ \t]+)?"
                  r"(?i:team|group|squad|department|manager|colleague)s?\b")
_ONE_FROM_TEAM = linear(rf"{_NAME}[ \t]+from[ \t]+(?:our|your|my)[ \t]+[^\n]{{0,30}}?"
                        r"\b(?i:team|department|group|squad)\b")
# (two spaces or a 12-hour time: "Start Time 10:00" is a form's line, not a speaker)
_SLACK_SPEAKER = linear(rf"(?m)^[ \t>]*{_NAME}(?:[ \t]{{2,4}}\d{{1,2}}:\d{{2}}(?:[ \t]?[AaPp][Mm])?"
                        r"|[ \t]\d{1,2}:\d{2}[ \t]?[AaPp][Mm])[ \t]*$")
_NATIVE_SCRIPT = linear(rf"{_NAME}[ \t]*[(（]((?:\p{{Han}}|\p{{Hangul}}|\p{{Katakana}}|ー|・)"
                        r"{2,12})[)）]")
# Cheap hints that a name-first scan can match at all (see more_people_spans).
_POSSESSIVE = linear(r"[a-z]['’]s[ \t]")
_FROM_OURS = linear(r"(?i)\bfrom[ \t]+(?:our|your|my)[ \t]")
_TIME = linear(r"\d:\d\d")
_FROM_OURS_PAIR = linear(r"(?i)\b(?:from|of|in|on)[ \t]+(?:our|the|my|your)[ \t]+[^\n]{0,30}?"
                         r"\b(?:team|department|group|squad)\b")
_NATIVE_BRACKET = linear(r"[(（](?:\p{Han}|\p{Hangul}|\p{Katakana})")
# Words that start a sentence before "from our … team" and are no one's name.
_NOT_ONE = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody",
                      "nobody", "people", "folks", "colleagues", "members", "greetings",
                      "cheers", "approval", "feedback", "help", "input", "message", "request",
                      "word", "news", "none", "one", "two", "all", "both", "each", "most",
                      "forwarded", "received", "sent", "copied", "escalated", "approved",
                      "reported", "confirmed", "update", "updates", "note", "notes", "reply",
                      "response", "answer", "data", "logs", "info", "details", "thanks",
                      "screenshots", "traces", "requests", "dashboards", "webhooks", "retry",
                      "retries", "metrics", "alerts", "tickets", "builds", "jobs", "errors",
                      "reports", "changes", "exports", "imports", "backups", "maintenance",
                      "window", "daily", "weekly", "nightly", "last", "next", "run", "start",
                      "end", "time", "scheduled", "deadline", "standup", "sync", "review",
                      "self", "portal", "list", "export", "guild", "backup", "support"})


def more_people_spans(text: str, people: set[str]) -> Iterator[Span]:
    """Spans of the people named in lists, by whose team, as Slack speakers, in their own script
    and by the other cues above; names of two words or more (and one-word names after list and
    team cues) are learnt into ``people``."""
    for m in _LIST_CUE.finditer(text):
        end = m.start(1)
        name = _person(m.group(1), 1)
        while name and name.split()[0].lower() not in _NOT_ONE:
            yield _span(text, end, name, people, single=True)
            end += len(name)
            following = _LIST_NEXT.search(text[end:end + 120])
            if following is None:
                break
            name = _person(following.group(1), 1)
            end += following.start(1)
    # Each of these starts at a name, so each reads every capitalised word: only when the text
    # has what follows the name somewhere (a hostile ticket of capitalised words costs 3x).
    for regex, fewest, hint in ((_TEAM_OF, 2, _POSSESSIVE), (_ONE_FROM_TEAM, 1, _FROM_OURS),
                                (_SLACK_SPEAKER, 2, _TIME)):
        if not hint.search(text):
            continue
        for m in regex.finditer(text):
            name = _person(m.group(1), fewest)
            if name and not any(w.lower() in _NOT_ONE for w in name.split()):
                # One name before "from our … team" is learnt too: removed where it stands
                # only, it made the check before filing refuse the draft where it stood again.
                yield _span(text, m.start(1), name, people, single=regex is _ONE_FROM_TEAM)
    yield from _more_spans(text, people)
    yield from aside_spans(text, people)  # "Our Okta admin (Priyanka)", "X, who …"
    for m in _NATIVE_SCRIPT.finditer(text) if _NATIVE_BRACKET.search(text) else ():
        name = _person(m.group(1), 2)
        if name:
            yield _span(text, m.start(1), name, people)
            yield _span(text, m.start(2), m.group(2), people)


def _more_spans(text: str, people: set[str]) -> Iterator[Span]:
    """Spans of names with addresses, LDAP name lines, author filters, Discord speakers, doers
    and users' pages."""
    for m in _NAME_AND_ADDRESS.finditer(text) if "<" in text else ():
        name = _person(m.group(1), 2)
        if name:
            yield _span(text, m.start(1), name, people)
    for m in _LDIF_NAME.finditer(text):
        value = m.group(1).strip()
        if _person(value, 1) == value:
            yield _span(text, m.start(1), value, people)
    for m in _AUTHOR_FILTER.finditer(text):
        group = 1 if m.group(1) is not None else 2
        value = m.group(group)
        if any(c.isalpha() for c in value) and "*" not in value and not _account(value):
            yield Span(m.start(group), m.end(group), "person", PERSON, value)
    for m in _DISCORD_SPEAKER.finditer(text):
        for part in _WORDS.finditer(m.group(1)):
            word = part.group(0).strip("()")
            if len(word) >= 4 and len(people) < MAX_LEARNED:
                people.add(word)
        yield Span(m.start(1), m.end(1), "person", PERSON, m.group(1))
    for m in _DONE_BY.finditer(text):
        group = 1 if m.group(1) is not None else 2
        value = _person(m.group(1), 1) if group == 1 else m.group(2).rstrip(".-")
        if group == 2 and _NOUN.search(value):
            continue  # (a word's: "triggered by concurrency", "caused by replication")
        if value and not _account(value) and value.lower() not in _NOT_ONE and (
                value.lower() not in _NOT_NAMES) and not word_char(
                text, m.start(group) + len(value)) and not has_registered_suffix(value):
            yield _span(text, m.start(group), value, people)
    for m in _PAIR_OF_TEAM.finditer(text) if _FROM_OURS_PAIR.search(text) else ():
        for group in (1, 2):
            name = _person(m.group(group), 1)
            if name and not any(w.lower() in _NOT_ONE for w in name.split()):
                yield _span(text, m.start(group), name, people, single=True)
    for m in _CUED_HAN.finditer(text):
        yield _span(text, m.start(1), m.group(1), people)
    for m in _NAME_FIELD.finditer(text):
        value = m.group(1)
        if _person(value, 2) == value and not any(w.lower() in _NOT_ONE for w in value.split()):
            yield _span(text, m.start(1), value, people)
    for m in _USER_ROUTE.finditer(text):
        login = m.group(1)
        if login.lower() not in _NOT_DOERS and not login.isdigit():
            yield _span(text, m.start(1), login, people)


def _account(value: str) -> bool:
    """A word, a service's or a bot's account, not a person's (svc-release, release-bot, me)."""
    parts = value.lower().lstrip("@").replace("_", "-").replace(".", "-").split("-")
    return value.lower().lstrip("@") in _NOT_DOERS or service_name(value) or any(
        p in ("svc", "bot", "ci", "sourcegraph", "service", "system") or service_name(p)
        for p in parts)


def _span(text: str, start: int, name: str, people: set[str], single: bool = False) -> Span:
    """The name's span; a name of two words or more, in an unspaced script, or a login (with a
    digit, dot, dash or underscore) is learnt, and with ``single`` a one-word name too."""
    if (len(name.split()) >= 2 or not name.isascii() or single or (
            len(name) >= 4 and any(c in "._-" or c.isdigit() for c in name))) and (
            len(people) < MAX_LEARNED):
        people.add(name)
    return Span(start, start + len(name), "person", PERSON, text[start:start + len(name)])
