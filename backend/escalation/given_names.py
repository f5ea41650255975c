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
from collections.abc import Iterator

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from backend.escalation.faker_lists import lists
from backend.escalation.name_shapes import LOWER, NOT_NAMES, UPPER, WORD
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
charity destiny hudson kata borg miro kent ernst heide linde trong thanh trung sai hai chao
tao toi lam thi nam tim bao noi ben
вера надежда любовь мир роман лев сила весна рада
""".split())

_UP, _LOW = UPPER, LOWER  # name_shapes' letters (Vietnamese's too: Ngọc, Phượng)
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
_family: frozenset[str] | None = None
_ordinary: frozenset[str] | None = None


def _load() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(given names, surnames, ordinary words), read from Faker once per process (in the
    gunicorn master before it forks: backend/forking.py); none if Faker cannot be read (logged,
    not retried)."""
    global _names, _family, _ordinary
    with _lock:
        if _names is None or _family is None or _ordinary is None:
            ordinary = set(ENGLISH_STOP_WORDS | NOT_NAMES | WORD_NAMES | _ALSO_WORDS)
            try:
                faker = lists()
            except Exception as exc:  # noqa: BLE001 - a draft is never refused for this
                log.warning("given names not read from Faker: %s", exc)
                faker = {"given": [], "family": [], "lorem": []}
            ordinary |= {word.lower() for word in faker["lorem"]}
            _names = frozenset(name for name in faker["given"]
                               if _SHAPE.search(name) and name.lower() not in ordinary)
            _family = frozenset(name for name in faker.get("family", ())
                                if name.lower() not in ordinary)
            _ordinary = frozenset(ordinary)
        return _names, _family, _ordinary


def ordinary_words() -> frozenset[str]:
    """The words that are never a person's name alone here (see the module's docstring)."""
    return _load()[2]


# Faker's Turkish lists are written in ASCII (Ayse, Cagri, Ilker); people write Ayşe, Çağrı,
# İlker. Only these letters are read so: folding every accent made Chào, Así, Già and Sąd the
# names Chao, Asi, Gia and Sad.
_TURKISH_ASCII = str.maketrans("şğıçŞĞİÇ", "sgicSGIC")


def _known(word: str, names: frozenset[str]) -> bool:
    """The capitalised word is one of names, as written or with Turkish letters in ASCII."""
    return word in names or (not word.isascii() and word.translate(_TURKISH_ASCII) in names)


def given_names() -> frozenset[str]:
    """The given names a capitalised word alone is taken as (see the module's docstring)."""
    return _load()[0]


def is_given_name(word: str) -> bool:
    """The capitalised word is one of the given names (Turkish letters also in ASCII)."""
    return _known(word, _load()[0])


def _ends_word(text: str, end: int) -> bool:
    """text[end] ends a word of prose: not a letter, a digit, "@", "(" or "_", and not a dot, a
    dash or a slash going on into an identifier (Rosa-prod, Marta.local, Kofi/notes)."""
    following = text[end:end + 1]
    if not following:
        return True
    if following.isalnum() or following in _JOINING:
        return False
    return not (following in "-./" and text[end + 1:end + 2].isalnum())


def prose_words(text: str) -> set[str]:
    """The text's words written in lower case as words of prose: not "jing" of jing.li@, of
    @jing or of a chat's "jing:" (the person again)."""
    return {token for token in (raw.strip(_PUNCTUATION) for raw in text.split()
                                if not raw.startswith("@") and not raw.endswith(":"))
            if token.isalpha() and token.islower()}


def given_name_spans(text: str, people: set[str], words: set[str] | None = None) -> Iterator[Span]:
    """Spans of the given names text writes capitalised in prose, with the surnames after them.

    ``words``: the lower-case words of prose of the draft's other texts (``prose_words``), so a
    word one text uses as a word is no name in another. Each name is learnt into ``people``
    (below MAX_LEARNED - RESERVED), so its forms and handles go wherever else they stand
    ("aaron.b:"; the check before filing refused those): with its surname when that is a
    surname of Faker's lists too, else alone, the word after it removed only where it stands.
    """
    names, family, ordinary = _load()
    others = words if words is not None else set()  # (read beside this text's, never copied)
    prose: set[str] | None = None
    for m in _NAME.finditer(text):
        word, start, end = m.group(1), m.start(1), m.end(1)
        known = _known(word, names)
        second = _SECOND_PART.search(text[end:end + 22]) if known else None
        if second is not None and _known(second.group(0)[1:], names):
            end += second.end()  # Jean-Luc (not Linde-Filiale)
        if not known or not _ends_word(text, end) or _VERSION_NEXT.search(
                text[end:end + 8]) or text[max(0, start - 7):start].endswith(_PLACE_BEFORE):
            continue
        if prose is None:
            prose = prose_words(text)
        if word.lower() in prose or word.lower() in others:
            continue  # the text uses it as a word: "grant access ... Grant"
        learnt = text[start:end]
        surname = _SURNAME.search(text[end:end + 72])
        if surname is not None:
            last = surname.group(1)
            after = end + surname.end(1)
            parts = last.split("-")
            if not any(p.lower() in ordinary or p.lower() in prose or p.lower() in others
                       for p in parts) and _ends_word(
                    text, after) and not _VERSION_NEXT.search(text[after:after + 8]) and not (
                    _TITLE_CASE_NEXT.search(text[after:after + 3])):
                end = after  # the surname: "Kofi Mensah"
                if all(_known(p, family) for p in parts):
                    learnt = text[start:end]  # (not "Ernst Kunden": Kunden is no surname)
        if len(people) < MAX_LEARNED - RESERVED:
            people.add(learnt)
        yield Span(start, end, "person", PERSON, text[start:end])
