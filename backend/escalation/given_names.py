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
Mensah") unless it is such a word too, or a heading's next word ("Kofi Reported It"). Each is
learnt (``people``, leaving room for the cue scanners' surer guesses), so the redactor removes
it, its surname and its handles wherever else they appear. One RE2 pass and set look-ups:
linear in any input.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections.abc import Iterator

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from backend.escalation.faker_lists import lists
from backend.escalation.name_shapes import NOT_NAMES, WORD
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
pero hasta durante ante uno esa tan segundo campo mira toma dale salud vida amor ola ela dona
salvar sair ora prima lei mio che chi vero sera domenica santa santo santos
leider beste lage dag dan anders til kort mad tage liv ville andre
ale ani oni ona oba rok stan sam karta rada dom jaki jaka pak norma ama alan yeni zaman hava
signe cas ami jun juni juli mai maj mart avril mars julio abril ene
gemma athena celeste percy ava ion jet eden lady queen marine marina pastor trinity patience
charity destiny hudson kata borg miro kent
вера надежда любовь мир роман лев сила весна рада
""".split())

_UP = "A-ZÀ-ÖØ-ÞĀ-žА-ЯЁ"
_LOW = "a-zß-öø-ÿĀ-žа-яёơưạ-ỹ"  # (and Vietnamese's: Ngọc, Phượng)
# A capitalised word not inside an identifier, a path, an address or a handle; what follows it
# is judged in Python (RE2 has no lookahead, and consuming it hid the next word's start).
_NAME = linear(rf"(?:^|[^\w./@\\#$&*+=-])([{_UP}][{_LOW}]{{2,20}})")
_SHAPE = linear(rf"^[{_UP}][{_LOW}]{{2,20}}$")
_SURNAME = linear(rf"^[ \t]+({WORD})")  # capitalised, O'Brien- or Mensah-Bonsu-shaped
_SECOND_PART = linear(rf"^-[{_UP}][{_LOW}]{{1,20}}")  # Jean-Luc, Anna-Lena
_TITLE_CASE_NEXT = linear(rf"^[ \t][{_UP}]")  # "Kofi Reported It": a heading, not a surname
_VERSION_NEXT = linear(r"^[ \t]*v?\d")  # "Claude 3.5", "Hugo v0.121": a product's version
# Saints' and cities' names: São Paulo, San Diego, Santa Clara, St. Helena.
_PLACE_BEFORE = ("São ", "Sao ", "San ", "Santa ", "Santo ", "Saint ", "St. ", "St ")
_PUNCTUATION = "\"'“”‘’«»()[]{}<>,.;:!?*_`"
RESERVED = 20  # learnt slots left to the cue scanners, whose guesses are surer
_JOINING = "@(_"  # what joins a word to a handle, a call or an identifier

log = logging.getLogger(__name__)
_lock = threading.Lock()
_names: frozenset[str] | None = None
_ordinary: frozenset[str] | None = None


def _load() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, ordinary words), read from Faker once per process (in the gunicorn master
    before it forks: backend/forking.py); none if Faker cannot be read (logged, not retried)."""
    global _names, _ordinary
    with _lock:
        if _names is None or _ordinary is None:
            ordinary = set(ENGLISH_STOP_WORDS | NOT_NAMES | WORD_NAMES | _ALSO_WORDS)
            try:
                faker = lists()
            except Exception as exc:  # noqa: BLE001 - a draft is never refused for this
                log.warning("given names not read from Faker: %s", exc)
                faker = {"given": [], "lorem": []}
            ordinary |= {word.lower() for word in faker["lorem"]}
            # Folded: Faker writes Ayse and Jose where people write Ayşe and José (and back).
            _names = frozenset(folded(name) for name in faker["given"]
                               if _SHAPE.search(name) and name.lower() not in ordinary
                               and folded(name).lower() not in ordinary)
            _ordinary = frozenset(ordinary)
        return _names, _ordinary


def folded(word: str) -> str:
    """The word without its accents and marks (Ayşe -> Ayse, José -> Jose)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


def given_names() -> frozenset[str]:
    """The given names, accents folded, a capitalised word alone is taken as (see the module's
    docstring)."""
    return _load()[0]


def is_given_name(word: str) -> bool:
    """The capitalised word is one of the given names, accents aside."""
    return folded(word) in _load()[0]


def ordinary_words() -> frozenset[str]:
    """The words that are never a person's name alone here (see the module's docstring)."""
    return _load()[1]


def _ends_word(text: str, end: int) -> bool:
    """text[end] ends a word of prose: not a letter, a digit, "@", "(" or "_", and not a dot, a
    dash or a slash going on into an identifier (Rosa-prod, Marta.local, Kofi/notes)."""
    following = text[end:end + 1]
    if not following:
        return True
    if following.isalnum() or following in _JOINING:
        return False
    return not (following in "-./" and text[end + 1:end + 2].isalnum())


def _prose_words(text: str) -> set[str]:
    """The text's words written in lower case as words of prose: not "jing" of jing.li@, of
    @jing or of a chat's "jing:" (the person again)."""
    return {token for token in (raw.strip(_PUNCTUATION) for raw in text.split()
                                if not raw.startswith("@") and not raw.endswith(":"))
            if token.isalpha() and token.islower()}


def given_name_spans(text: str, people: set[str]) -> Iterator[Span]:
    """Spans of the given names text writes capitalised in prose, with the surnames after them.

    Each is learnt into ``people`` (below MAX_LEARNED - RESERVED), so a surname alone, and a
    given name in a handle ("aaron.b:"), go too; the check before filing refused those where
    they stood. The words a given name can be are kept out of the list first.
    """
    names, ordinary = _load()
    prose: set[str] | None = None
    for m in _NAME.finditer(text):
        word, start, end = m.group(1), m.start(1), m.end(1)
        second = _SECOND_PART.search(text[end:end + 22])
        known = folded(word) in names
        if second is not None and known:
            end += second.end()  # Jean-Luc
        if not known or not _ends_word(text, end) or _VERSION_NEXT.search(
                text[end:end + 8]) or text[max(0, start - 7):start].endswith(_PLACE_BEFORE):
            continue
        if prose is None:
            prose = _prose_words(text)
        if word.lower() in prose:
            continue  # the text uses it as a word: "grant access ... Grant"
        surname = _SURNAME.search(text[end:end + 72])
        if surname is not None:
            last = surname.group(1)
            after = end + surname.end(1)
            parts = [part.lower() for part in last.split("-")]
            if not any(p in ordinary or p in prose for p in parts) and _ends_word(
                    text, after) and not _VERSION_NEXT.search(text[after:after + 8]) and not (
                    _TITLE_CASE_NEXT.search(text[after:after + 3])):
                end = after  # the surname: "Kofi Mensah"
        if len(people) < MAX_LEARNED - RESERVED:
            people.add(text[start:end])
        yield Span(start, end, "person", PERSON, text[start:end])
