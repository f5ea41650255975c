"""Find known names (people, organizations, repositories, field values) as whole words.

Case is matched with care, so a short organization name like "HP" or a first name like "Will" does
not eat ordinary words: a name is found as written, in Title case and in UPPER case; its lower-case
form counts too only when each of its words is long enough (5+ characters) not to be a common
word ("will mark" is not "Will Mark").
"Whole word" is judged with Unicode letters ("Zoë" ends at the ë), in code rather than with
``\\b`` (RE2's ``\\b`` knows ASCII only). In scripts written without spaces between words
(Chinese, Japanese; Korean, whose particles join the name: 김민준입니다) a name has no word edge
and is found wherever it stands. A name also counts as people write it on another keyboard:
without its accents (Jose Garcia, Muller, Mueller, Soren Odegard) and, in those scripts, without
the space between family and given name (山田太郎). One RE2 alternation per list: linear in the
text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from backend.escalation.spans import Span, linear, word_char

MIN_LOWERCASE = 5


# Letters that do not decompose into a base letter and an accent, as people type them in ASCII.
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss",
                       "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ı": "i"})
# German's other way of writing an umlaut without it (Müller: Mueller), and the Nordic letters'
# (Ødegård: Oedegaard).
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                          "å": "aa", "Å": "Aa", "ø": "oe", "Ø": "Oe"})
_DOUBLE_A = str.maketrans({"å": "aa", "Å": "Aa"})  # Ødegård: Odegaard


def _without_accents(text: str) -> str:
    """The text with its combining accents dropped (García: Garcia; ø, ß are left as they are)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _base_letter(char: str) -> str:
    """The letter without its accents when that is one letter (ö: o), else the letter."""
    base = _without_accents(char)
    return base if len(base) == 1 else char


# Latin letters with accents to their base letter, one for one (Latin-1 to Latin Extended-B).
_SAME_LENGTH_FOLD = {code: _base_letter(chr(code)) for code in range(0xC0, 0x250)
                     if _base_letter(chr(code)) != chr(code)}


def unspaced(char: str) -> bool:
    """A letter of a script written without spaces between words (Han, kana, Hangul, Thai)."""
    code = ord(char)
    return (0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF
            or 0xAC00 <= code <= 0xD7AF or 0x0E00 <= code <= 0x0E7F or 0xF900 <= code <= 0xFAFF
            or 0x20000 <= code <= 0x2FA1F)


def spellings(name: str) -> set[str]:
    """The name as written and in NFKC, and as typed without its accents or, in an unspaced
    script, without its spaces."""
    out = {name}  # as written too: an agent's edit is not normalised (ﾔﾏﾀﾞ ﾀﾛｳ)
    name = unicodedata.normalize("NFKC", name)
    out.add(name)
    out.add(_without_accents(name.translate(_FOLD)))
    for table in (_UMLAUTS, _DOUBLE_A):  # Mueller; Odegaard (ø as o, å as aa)
        out.add(_without_accents(name.translate(table).translate(_FOLD)))
    if any(unspaced(c) for c in name):
        out.add(name.replace(" ", ""))
    if name.isascii():  # boehm, as the accent-free text reads Böhm: bohm
        bare = (name.replace("ae", "a").replace("oe", "o").replace("ue", "u")
                .replace("Ae", "A").replace("Oe", "O").replace("Ue", "U"))
        if len(bare) >= 4:
            out.add(bare)
    for form in list(out):  # O'Brien, O’Brien, OBrien
        if "'" in form or "\u2019" in form:
            out |= {form.replace("\u2019", "'"), form.replace("'", "\u2019"),
                    form.replace("'", "").replace("\u2019", "")}
    return out


def variants(name: str) -> set[str]:
    """The spellings of a name that count as the name."""
    forms: set[str] = set()
    for spelling in spellings(" ".join(name.split())):
        forms |= _cases(spelling)
    return forms


def _cases(name: str) -> set[str]:
    """As written, Title and UPPER; lower too when every word is long enough not to be common."""
    if len(name) < 2:
        return set()
    if any(unspaced(c) for c in name):  # no case, and two characters are a whole name (王伟)
        return {name}
    forms = {name, name.title(), name.upper()}
    if all(len(word) >= MIN_LOWERCASE for word in name.split()):
        forms.add(name.lower())
    if len(name) < 3:  # two letters: only as written ("HP"), never "hp" or "Hp"
        forms = {name}
    return {f for f in forms if f}


def _part_edge(text: str, outside: int, inside: int) -> bool:
    """True when text[outside] borders the name at text[inside] as a part of an identifier
    does: an underscore (zeta_prod), or a change of case (ZetaBank, myZeta)."""
    if not 0 <= outside < len(text):
        return True
    o, i = text[outside], text[inside]
    if o == "_":
        return True
    return (o.isupper() and i.islower()) if outside > inside else (o.islower() and i.isupper())


@dataclass(frozen=True)
class NameMatcher:
    """Finds any of a set of names as whole words (or, with ``parts``, as identifier parts)."""

    regex: object | None
    parts: bool = False  # also inside identifiers: HOOLI_GITLAB_URL, zeta_prod, ZetaBank

    @staticmethod
    def of(names: Iterable[str], parts: bool = False) -> NameMatcher:
        """A matcher for these names (cached: the same ticket's names are asked for often)."""
        forms: set[str] = set()
        for name in names:
            if name and not name.startswith("["):
                forms |= variants(name)
        return _matcher(frozenset(forms), parts)

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each whole-word occurrence, with or without the text's accents (a
        name known as k.boehm@ is found in "Klaus Böhm")."""
        if self.regex is None or not text:
            return
        found = {(m.start(), m.end()) for m in self.regex.finditer(text)}  # type: ignore[attr-defined]
        if not text.isascii():
            # Letter for letter, so positions in the folded text are positions in the text.
            folded = text.translate(_SAME_LENGTH_FOLD)
            if folded != text:
                found |= {(m.start(), m.end())
                          for m in self.regex.finditer(folded)}  # type: ignore[attr-defined]
        for start, end in sorted(found):
            # A name in an unspaced script has no word edge to wait for (山田さん, 김민준입니다).
            before_ok = not word_char(text, start - 1) or unspaced(text[start]) or (
                self.parts and _part_edge(text, start - 1, start))
            after_ok = not word_char(text, end) or unspaced(text[end - 1]) or (
                self.parts and _part_edge(text, end, end - 1))
            if before_ok and after_ok:
                yield start, end

    def spans(self, text: str, kind: str, placeholder: str) -> Iterator[Span]:
        """Spans replacing each occurrence with placeholder."""
        for start, end in self.finditer(text):
            yield Span(start, end, kind, placeholder, text[start:end])

    def found(self, text: str) -> list[str]:
        """The occurrences themselves."""
        return [text[s:e] for s, e in self.finditer(text)]


@lru_cache(maxsize=256)
def _matcher(forms: frozenset[str], parts: bool = False) -> NameMatcher:
    if not forms:
        return NameMatcher(None, parts)
    ordered = sorted(forms, key=lambda f: (-len(f), f))  # longest first: "Globex Corp" first
    pattern = "|".join(_escape(f) for f in ordered)
    return NameMatcher(linear(f"(?:{pattern})"), parts)


def _escape(text: str) -> str:
    """Escape for RE2, and let any run of spaces in a name match any run of spaces."""
    out = []
    for char in text:
        if char == " ":
            out.append(r"\s+")
        elif char.isalnum() or char == "_":
            out.append(char)
        else:
            out.append("\\" + char if ord(char) < 128 else char)
    return "".join(out)
