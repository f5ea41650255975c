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

from backend.escalation.people_scan import _NAME, MAX_LEARNED, _person
from backend.escalation.spans import PERSON, Span, linear

_LIST_CUE = linear(
    rf"(?i:\b(?:ask for|geschäftsführer(?:in)?|geschäftsführung|managing directors?|vorstand"
    rf"|directors|cc|attendees|participants|teilnehmer|contacts))[ \t]*:?[ \t]+{_NAME}")
_LIST_NEXT = linear(rf"^(?:[ \t]*,|[ \t]+(?:or|and|und|oder|et|ou|y|e|i|и))[ \t]+{_NAME}")
_TEAM_OF = linear(rf"{_NAME}['’]s[ \t]+(?:(?:own|new|old)[ \t]+)?"
                  r"(?i:team|group|squad|department|manager|colleague)s?\b")
_ONE_FROM_TEAM = linear(rf"{_NAME}[ \t]+from[ \t]+(?:our|your|my)[ \t]+[^\n]{{0,30}}?"
                        r"\b(?i:team|department|group|squad)\b")
# (two spaces or a 12-hour time: "Start Time 10:00" is a form's line, not a speaker)
_SLACK_SPEAKER = linear(rf"(?m)^[ \t>]*{_NAME}(?:[ \t]{{2,4}}\d{{1,2}}:\d{{2}}(?:[ \t]?[AaPp][Mm])?"
                        r"|[ \t]\d{1,2}:\d{2}[ \t]?[AaPp][Mm])[ \t]*$")
_NATIVE_SCRIPT = linear(rf"{_NAME}[ \t]*[(（]((?:\p{{Han}}|\p{{Hangul}}|\p{{Katakana}}|ー|・)"
                        r"{2,12})[)）]")
_POSSESSIVE = linear(r"[a-z]['’]s[ \t]")
_FROM_OURS = linear(r"(?i)\bfrom[ \t]+(?:our|your|my)[ \t]")
_TIME = linear(r"\d:\d\d")
_NATIVE_BRACKET = linear(r"[(（](?:\p{Han}|\p{Hangul}|\p{Katakana})")
# Words that start a sentence before "from our … team" and are no one's name.
_NOT_ONE = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody",
                      "nobody", "people", "folks", "colleagues", "members", "greetings",
                      "cheers", "approval", "feedback", "help", "input", "message", "request",
                      "word", "news", "none", "one", "two", "all", "both", "each", "most",
                      "forwarded", "received", "sent", "copied", "escalated", "approved",
                      "reported", "confirmed", "update", "updates", "note", "notes", "reply",
                      "response", "answer", "data", "logs", "info", "details", "thanks"})


def more_people_spans(text: str, people: set[str]) -> Iterator[Span]:
    """Spans of the people named in lists, by whose team, as Slack speakers and in their own
    script; names of two words or more are learnt into ``people``."""
    for m in _LIST_CUE.finditer(text):
        end = m.start(1)
        name = _person(m.group(1), 1)
        while name:
            yield _span(text, end, name, people)
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
            if name and name.split()[0].lower() not in _NOT_ONE:
                yield _span(text, m.start(1), name, people)
    for m in _NATIVE_SCRIPT.finditer(text) if _NATIVE_BRACKET.search(text) else ():
        name = _person(m.group(1), 2)
        if name:
            yield _span(text, m.start(1), name, people)
            yield _span(text, m.start(2), m.group(2), people)


def _span(text: str, start: int, name: str, people: set[str]) -> Span:
    """The name's span; a name of two words or more (or in an unspaced script) is learnt."""
    if (len(name.split()) >= 2 or not name.isascii()) and len(people) < MAX_LEARNED:
        people.add(name)
    return Span(start, start + len(name), "person", PERSON, text[start:start + len(name)])
