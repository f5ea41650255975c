"""People a ticket names by a given name and nothing else: "Kofi tried it again", "asked Marta".

No cue precedes them, so the cue scanners (people_scan, people_cues) miss them; yet a colleague's
first name was the commonest private value blind probes still found. A capitalised word is taken
as a person when it is a given name of Faker's person lists of some 80 locales (well-kept, MIT;
backend/escalation/faker_lists.py) and no ordinary word: not a word of Faker's English and German
lorem lists, of scikit-learn's English stop words, of the product or of tickets
(name_shapes.NOT_NAMES), no tool's name (word_names), and none of the words below that are names
and words both ("Will", "Grant", "Claude 3.5", "Sydney" of an AWS region). A word the same text
also writes in lower case, as a word of prose, is a word there ("grant access ... Grant"; not
"jing" of jing.li@). The capitalised, name-shaped word after a name is its surname ("Kofi
Mensah"). Each is learnt (``people``), so the redactor removes it, its parts and its logins
wherever else they appear, and the check before filing looks for it as for every removed name.
One RE2 pass and set look-ups: linear in any input.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from backend.escalation.faker_lists import lists
from backend.escalation.name_shapes import NOT_NAMES
from backend.escalation.people_scan import MAX_LEARNED
from backend.escalation.spans import PERSON, Span, linear
from backend.escalation.word_names import WORD_NAMES

# Names that are also words of tickets, software, places and months in the languages customers
# write in; a name here is still removed after a cue or when Zendesk knows it.
_ALSO_WORDS = frozenset("""
will mark grant max chase hunter summer autumn winter spring bill don guy ray dean frank hope
faith joy dawn per jan sol luz mar paz dev may june april august victor angel gene drew pat rose
iris ruby jade amber crystal ivy sky star sunny sonny rusty lance miles page lane sage chance
forest river stone storm rain cloud bay gay bell belle grace prince king duke earl baron major
noble sterling price cash penny rich art bud carol lily violet olive hazel ginger pearl opal
jasmine mocha karma rocky alma mint ada nova luna orion atlas phoenix apollo aurora hermes
jasper hugo claude sonnet opus haiku devin otto dash kai neo zeus ares titan vega lyra
sydney virginia georgia carolina dakota paris london dallas austin jordan florence lincoln
jackson madison chelsea brooklyn savannah phoenix florida india china israel kenya
ireland holland france germany jersey york washington houston denver orlando tokyo milan
sierra mercedes porsche lexus kia tesla toyota dodge ford chevy nissan
job mac macs macos ios ace
min max valid said edit beta conn nand love meta nil lone loan sys odd kick constant ide peer
aud forum siem sole lien ties lean blas edu vide owe sep bas tor harsh mille sem ver raf nada
rica una uma ella del van von america africa asia europa europe oceania
english french german dutch polish swedish danish norwegian finnish italian spanish portuguese
russian chinese japanese korean turkish greek czech hungarian irish scottish welsh indian arabic
hebrew persian thai latin
open save view close delete add remove click select copy paste undo run build test deploy merge
push pull fetch clone commit search find filter sort reset login logout submit cancel apply
enable disable start stop restart update upgrade install repair
domingo lunes martes sol luna dia noche estrella
ren jin ming hong long mei fang lan sun moon
arch gentoo zorin elementary manjaro kali pop
hero legend brave happy lucky bliss glory honor justice liberty unity harmony mercy
""".split())

_NAME = linear(r"(?:^|[^\w./@\\#$&*+=-])([A-ZÀ-ÖØ-ÞĀ-žА-ЯЁ][a-zß-öø-ÿĀ-žа-яё]{2,20})"
               r"(?:$|[^\w@(])")
_NEXT = linear(r"^[ \t]+([A-ZÀ-ÖØ-ÞĀ-žА-ЯЁ][a-zß-öø-ÿĀ-žа-яё'’-]{1,30})(?:$|[^\w@(./-])")
_PUNCTUATION = "\"'“”‘’«»()[]{}<>,.;:!?*_`"
_VERSION_NEXT = linear(r"^[ \t]*v?\d")  # "Claude 3.5", "Hugo v0.121": a product's version
_IDENTIFIER_NEXT = linear(r"^[-_.][A-Za-z0-9]")  # "Rosa-prod", "Marta.local"

_lock = threading.Lock()
_names: frozenset[str] | None = None
_ordinary: frozenset[str] | None = None


def _load() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, ordinary words), read from Faker once per process (in the gunicorn master
    before it forks: backend/forking.py)."""
    global _names, _ordinary
    with _lock:
        if _names is None or _ordinary is None:
            faker = lists()
            ordinary = {word.lower() for word in faker["lorem"]}
            ordinary |= ENGLISH_STOP_WORDS | NOT_NAMES | WORD_NAMES | _ALSO_WORDS
            _names = frozenset(name for name in faker["given"]
                               if _NAME.fullmatch(f" {name} ") is not None
                               and name.lower() not in ordinary)
            _ordinary = frozenset(ordinary)
        return _names, _ordinary


def given_names() -> frozenset[str]:
    """The given names a capitalised word alone is taken as (see the module's docstring)."""
    return _load()[0]


def given_name_spans(text: str, people: set[str]) -> Iterator[Span]:
    """Spans of the given names text writes capitalised in prose, with the surnames after them;
    each name is learnt into ``people`` (at most MAX_LEARNED)."""
    names, ordinary = _load()
    lower_words: set[str] | None = None
    for m in _NAME.finditer(text):
        word, start, end = m.group(1), m.start(1), m.end(1)
        if word not in names or _VERSION_NEXT.search(text[end:end + 8]) or (
                _IDENTIFIER_NEXT.search(text[end:end + 2])):
            continue
        if lower_words is None:
            # Words of prose only: "jing" of jing.li@ or @jing is the person again.
            lower_words = {token for token in (raw.strip(_PUNCTUATION) for raw in text.split())
                           if token.isalpha() and token.islower()}
        if word.lower() in lower_words:
            continue  # the text uses it as a word: "grant access ... Grant"
        after = _NEXT.search(text[end:end + 40])
        if after is not None and after.group(1).lower().strip("'’-") not in ordinary and not (
                _VERSION_NEXT.search(text[end + after.end(1):end + after.end(1) + 8])):
            end += after.end(1)  # the surname: "Kofi Mensah"
        name = text[start:end]
        if len(people) < MAX_LEARNED:
            people.add(name)
        yield Span(start, end, "person", PERSON, name)
