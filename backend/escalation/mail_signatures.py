"""People and companies that a mail names where its writer signs off.

The signature cut (``public_body``) takes a block it recognises; what it leaves still names the
writer in fixed places (the eleventh red-team probe's leaks):

* the name alone under a sign-off (``Thanks,`` / ``Chidera``, ``Pozdrawiam,`` / ``Kasia``);
* a signature's "name | title" line (``Chidera Okafor-Wintle | Lead Engineer, Claims``);
* a Japanese or Chinese company by its legal form (``株式会社キリボリ製作所``,
  ``深圳市某某科技有限公司``), which no romanised organization name matches;
* the place after the company's name on a line of its own near the end, as signatures write
  it (``Hooli | Ames, Iowa``, ``Hooli — Ctra. de Huelva km 12, Niebla``).

Each is learnt (removed wherever else the draft names it). All RE2: linear in any input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import re2

from backend.escalation.discovered import Discovered
from backend.escalation.name_shapes import NAME, person_name
from backend.escalation.people_scan import MAX_LEARNED
from backend.escalation.spans import ADDRESS, CUSTOMER, Span, linear
from backend.escalation.tool_output import person_span

_SIGN_OFF = linear(
    r"(?im)^[ \t>]*(?:thanks|thank you|many thanks|thanks again|regards|best regards|kind regards"
    r"|warm regards|best|cheers|thx|br|danke|vielen dank|viele grüße|beste grüße"
    r"|mit freundlichen grüßen|grüße|gruß|lg|merci|cordialement|bien à vous|saludos|un saludo"
    r"|gracias|atenciosamente|obrigad[oa]|abraços|pozdrawiam|dziękuję|z poważaniem|groeten"
    r"|met vriendelijke groet|mvh|hilsen|med vänliga hälsningar|grazie|cordiali saluti)"
    r"[ \t]*[,.!]?[ \t]*\n[ \t>]*" + NAME + r"[ \t]*$")
_TITLE_WORDS = (r"(?:Engineer|Manager|Lead|Director|Head|Architect|Developer|Administrator"
                r"|Admin|Consultant|Specialist|Officer|Analyst|Owner|President|VP|CTO|CIO|CISO"
                r"|SRE|Ingenieur|Ingénieur|Leiter|Leiterin|Responsable|Gerente|Kierownik"
                r"|Inżynier|Entwickler|Développeur|Desarrollador)")
_NAME_TITLE = linear(rf"(?m)^[ \t>]*{NAME}[ \t]*(?:\||–|—|,|-)[ \t]*[^\n]{{0,40}}?\b"
                     rf"{_TITLE_WORDS}\b")
_CJK = r"\p{Han}\p{Katakana}ー・"
# The name after its legal form, or before it where it starts a line or follows punctuation
# (not inside prose run together: "…很慢阿里云计算有限公司的…"; not the last word of a spaced
# name: "アマゾン ウェブ サービス ジャパン合同会社").
_COMPANY = linear(rf"(?:株式会社|有限会社|合同会社)[ \t]*([{_CJK}A-Za-z0-9]{{2,16}})"
                  rf"|(?m:^|[「『（(、。，：；:;\p{{Hiragana}}]|是|在|于)[ \t]*([{_CJK}]{{2,12}})"
                  rf"(?:株式会社|有限会社|合同会社"
                  r"|股份有限公司|有限公司)")
# A team signs off too ("Cheers,\nOps"): never a person's name.
_TEAMS = frozenset("""ops devops infra security it sre admin admins helpdesk servicedesk team
support engineering everyone all""".split())


def signature_spans(text: str, found: Discovered) -> Iterator[Span]:
    """Spans of the names and companies above; learns them into ``found``."""
    if "\n" in text:
        for m in _SIGN_OFF.finditer(text):
            name = person_name(m.group(1), 1)
            if name == m.group(1) and not any(w.lower() in _TEAMS for w in name.split()):
                yield person_span(m.start(1), name, found)
    for m in _NAME_TITLE.finditer(text):
        name = person_name(m.group(1), 2)
        if name == m.group(1):
            yield person_span(m.start(1), name, found)
    for m in _COMPANY.finditer(text):
        group = 1 if m.group(1) is not None else 2
        if len(found.customer) < MAX_LEARNED:
            found.customer.add(m.group(group))
        yield Span(m.start(group), m.end(group), "organization", CUSTOMER, m.group(group))


PLACE_LINES = 12  # a signature's place is within the last lines of a message


def place_spans(text: str, organizations: list[str]) -> Iterator[Span]:
    """Spans of the place after the organization's name on a line of their own near the end: a
    signature's town or address ("Hooli | Ames, Iowa"), not a sentence ("Hooli, we upgraded")."""
    names = tuple(sorted({n for n in organizations if len(n) >= 3}, key=len, reverse=True)[:20])
    if not names or "\n" not in text:
        return
    tail = len(text)
    for _ in range(PLACE_LINES + 1):  # (the last lines only: a signature's, and few of them)
        tail = text.rfind("\n", 0, tail)
        if tail < 0:
            break
    tail = max(tail, 0)
    for m in _place_line(names).finditer(text[tail:]):
        value = m.group(1).rstrip()
        # (named once: a town the ticket names again stays, rather than refuse the filing)
        if _a_place(value) and text.count(value) == 1:
            start = tail + m.start(1)
            yield Span(start, start + len(value), "address", ADDRESS, value)


def _a_place(value: str) -> bool:
    """A town alone (Tromsø), "Town, Region" (Ames, Iowa) or a street address (Ctra. de Huelva
    km 12, Niebla); not a product, a version or a sentence ("Kubernetes 1.27, Sourcegraph
    5.3.1", "Production cluster")."""
    words = value.replace(",", " ").split()
    if not words or len(words) > 8 or any(w.lower() in _SENTENCE_WORDS or w.lower() in
                                          _TECH_WORDS for w in words):
        return False
    if _STREET.search(value):
        return True
    if any(c.isdigit() for c in value):
        return False
    parts = [p.strip() for p in value.split(",")]
    return all(p and all(w[:1].isupper() for w in p.split()) for p in parts) and (
        len(words) == 1 or len(parts) == 2)


@lru_cache(maxsize=64)
def _place_line(names: tuple[str, ...]) -> re2._Regexp:
    """A line that is one of the names, a separator, then a capitalised place."""
    alternation = "|".join(re.escape(n) for n in names)
    return linear(rf"(?m)^[ \t>]*(?i:{alternation})[ \t]*(?:\||,|—|–)[ \t]*"
                  r"(\p{Lu}[^\n/:=(){}\[\]<>\"'`@#*]{1,58})[ \t]*$")


_STREET = linear(r"(?i)\b(?:km|str\.|straße|strasse|street|st\.|road|rd\.|avenue|ave\.|calle"
                 r"|ctra\.|carrera|rua|avenida|rue|via|weg|gate|vej|ul\.|plaza|platz|blvd)(?:\b|\s)")
_TECH_WORDS = frozenset("""kubernetes sourcegraph github gitlab bitbucket eks gke aks docker helm
production staging cluster enterprise cloud server zoekt cody""".split())
# Words of a sentence, not of a place ("Hooli, we upgraded on Monday").
_SENTENCE_WORDS = frozenset("""we i you it is are was were has have had our the this that since
after before when upgraded upgrade fails failed broken error""".split())
