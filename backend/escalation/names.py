"""Find known names (people, organizations, repositories, field values) as whole words.

Case is matched with care, so a short organization name like "HP" or a first name like "Will" does
not eat ordinary words: a name is found as written, in Title case and in UPPER case; its lower-case
form counts too only when each of its words is long enough (5+ characters) not to be a common
word ("will mark" is not "Will Mark").
"Whole word" is judged with Unicode letters ("Zoë" ends at the ë), in code rather than with
``\\b`` (RE2's ``\\b`` knows ASCII only). One RE2 alternation per list: linear in the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from backend.escalation.spans import Span, linear, word_char

MIN_LOWERCASE = 5


def variants(name: str) -> set[str]:
    """The spellings of a name that count as the name."""
    name = " ".join(name.split())
    if len(name) < 2:
        return set()
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
        """(start, end) of each whole-word occurrence."""
        if self.regex is None or not text:
            return
        for m in self.regex.finditer(text):  # type: ignore[attr-defined]
            start, end = m.start(), m.end()
            before_ok = not word_char(text, start - 1) or (
                self.parts and _part_edge(text, start - 1, start))
            after_ok = not word_char(text, end) or (
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
