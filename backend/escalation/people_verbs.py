"""People a ticket names by what only a person does: "Sunil asked me to open this", "Dariush
confirmed the file is there", "Ollie set up the connection", "Tomek sprawdził".

A capitalised word, or two or three, right before a verb of asking, noticing, confirming,
thinking or trying (an adverb or an auxiliary may come between: "Bongani first noticed", "Ana
has tested") is a person, whether or not it is a given name the lists know. Tools and products
do not ask, notice or think, and their names are never people here (``name_shapes.NOT_NAMES``,
the hosts' and services' words, a few tools and departments). Left out: "says", "suggests",
"opened" or "deployed", which tools do ("Chrome says", "Renovate opened"); German, whose nouns
are capitalised ("Datenschutzbeauftragter fragt"); verbs not in lower case, as a heading writes
them ("Feature Flags Tested"). No one is named by a heading or a label ("## Pages tried"), a
contraction ("We've tried"), an ordinary word (Will, Grace, Support stay), a word the draft also
writes in lower case as prose (a tool's command), or a sentence's leading words ("Yesterday
Oksana asked": Oksana). The name is learnt (removed wherever else it stands).
"""

from __future__ import annotations

from collections.abc import Iterator

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from backend.escalation.given_names import ordinary_words, prose_words
from backend.escalation.host_names import service_name
from backend.escalation.name_shapes import NAME, NOT_NAMES, WORDS, person_name
from backend.escalation.people_scan import MAX_LEARNED
from backend.escalation.spans import PERSON, Span, linear, word_char

# What a person does and a tool does not, in the languages tickets come in.
_VERBS = (
    # English
    r"asked|asks|noticed|notices|confirmed|confirms|mentioned|mentions"
    r"|thinks|thought|believes|believed|told|tells|tried|tries|tested|retested|checked"
    r"|rechecked|verified|pointed[ \t]+out|set[ \t]+up|figured[ \t]+out|reached[ \t]+out"
    r"|looked[ \t]+into|agreed|agrees|recommended|explained|swears|insists|claims|remembers"
    r"|recalls|wonders|wondered|double-checked|is[ \t]+on[ \t]+(?:the[ \t]+)?(?:call|bridge"
    r"|leave|vacation|holiday|pto)|is[ \t]+the[ \t]+one[ \t]+who"
    # Dutch, Nordic (not German, whose nouns are capitalised: "Datenschutzbeauftragter fragt")
    r"|vraagt|vroeg|heeft[ \t]+getest|heeft[ \t]+bevestigd|mener|tror|spurte|har[ \t]+testet"
    r"|har[ \t]+sjekket|tycker|frågade|har[ \t]+testat"
    # French, Italian, Spanish, Portuguese
    r"|pense|a[ \t]+confirmé|a[ \t]+testé|a[ \t]+vérifié|a[ \t]+remarqué|a[ \t]+demandé"
    r"|pensa|ha[ \t]+confermato|ha[ \t]+verificato|ha[ \t]+provato|ha[ \t]+chiesto"
    r"|confirmó|probó|revisó|comentó|pidió|notó|cree|confirmou|testou|verificou|pediu"
    r"|reparou|notou|acha"
    # Polish, Czech
    r"|sprawdził|sprawdziła|twierdzi|zauważył|zauważyła|potwierdził|potwierdziła|testował"
    r"|testowała|pytał|pytała|myśli|ověřil|ověřila|tvrdí|zkoušel|zkoušela"
)
# (an adverb or an auxiliary may stand between the name and the verb)
_BETWEEN = (r"(?:(?:also|first|already|just|then|later|finally|originally|initially|even"
            r"|never|has|had|have|já|también|też|juž)[ \t]+){0,2}")
# (the verb ends where no letter follows: RE2's \b knows ASCII letters only, and "sprawdził"
# ends in one it does not)
_DOER = linear(rf"{NAME}[ \t]+{_BETWEEN}(?:{_VERBS})(?:[^\pL\pN_]|$)")
# Cheap: does the text hold one of the verbs at all (else the name-first scan is skipped).
_HINT = linear(rf"[ \t](?:{_VERBS})(?:[^\pL\pN_]|$)")
# Words a sentence may start with before the person ("Yesterday Oksana asked").
_LEADING = frozenset({"yesterday", "today", "tonight", "tomorrow", "earlier", "later", "then",
                      "also", "and", "but", "so", "because", "when", "after", "before", "since",
                      "unfortunately", "however", "finally", "actually", "apparently",
                      "meanwhile", "luckily", "sadly", "plus", "now", "this", "last", "morning",
                      "afternoon", "evening", "week", "ayer", "hoy", "ontem",
                      "hoje", "wczoraj", "dzisiaj", "hier", "aujourd'hui", "ieri", "oggi"})


# Who else asks, checks or tries in a ticket: departments, and tools that "try" or "check".
_NOT_DOERS = frozenset("""
management leadership ops audit upstream downstream partner partners client clients vendor
renovate dependabot terraform argo argocd flux vault nginx envoy istio grafana datadog
prometheus sentry pagerduty opsgenie snyk sonarqube artifactory nexus bazel gradle maven npm
yarn pnpm webpack vite eslint copilot claude chatgpt gemini openai anthropic git kubectl
searcher worker executor executors indexer scheduler syncer crawler scanner devs dev admins
folks changelog readme documentation guide article wiki faq blog manual spec runbook playbook
""".split())
# "We've", "I'm", "They'll": a contraction, not a name with an apostrophe (O'Brien).
_CONTRACTION = linear(r"(?i)['’](?:ve|m|re|ll|d|s|t)$")


def _names_word(word: str, ordinary: frozenset[str]) -> bool:
    """The capitalised word can be part of a person's name before a person's verb."""
    lower = word.lower()
    if (lower in NOT_NAMES or lower in ENGLISH_STOP_WORDS or lower in _NOT_DOERS
            or service_name(word) or _CONTRACTION.search(word)):
        return False
    return lower not in ordinary


def doer_spans(text: str, people: set[str], words: set[str] | None = None) -> Iterator[Span]:
    """Spans of the capitalised names right before a person's verb; each is learnt
    (``words``: the lower-case words of prose of the draft's other texts, as given_names reads
    them: a word one text uses as a word is no one's name in another)."""
    if not _HINT.search(text):
        return
    ordinary = ordinary_words()
    others = words if words is not None else set()
    written: set[str] | None = None  # the text's words in lower case, read when first needed
    # Per candidate words: where the name starts in them and the name, or None. A hostile ticket
    # repeats a few names thousands of times; each is judged once.
    judged: dict[str, tuple[int, str] | None] = {}
    for m in _DOER.finditer(text):
        start = m.start(1)
        before = text[start - 1:start]
        if word_char(text, start - 1) or before in ("@", ".", "/", "-", "'", "’", "#", "$"):
            continue  # inside a word, a handle, a path or a host ("GitLab", "sg.Marta")
        if text[m.end(0) - 1:m.end(0)] in ("\n", "") or _in_heading(text, start):
            continue  # a heading's or a label's words ("## Pages tried", "Steps tried")
        candidate = m.group(1)
        if candidate not in judged:
            found = _name_in(candidate, ordinary)
            if found is not None and " " not in found[1]:
                written = prose_words(text) if written is None else written
                if found[1].lower() in written or found[1].lower() in others:
                    found = None  # also a word of its own in lower case: a tool's or a thing's
            judged[candidate] = found
        found = judged[candidate]
        if found is None:
            continue
        offset, name = found
        if len(people) < MAX_LEARNED:
            people.add(name)
        at = start + offset
        yield Span(at, at + len(name), "person", PERSON, text[at:at + len(name)])


def _in_heading(text: str, start: int) -> bool:
    """text[start] is on a Markdown heading's line (read back at most 80 characters: a heading
    is short, and a long line read back from every match would cost its length each time)."""
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    if line_start == 0 and start > 80:
        return False
    return text[line_start:start].lstrip(" \t>").startswith("#")


def _name_in(candidate: str, ordinary: frozenset[str]) -> tuple[int, str] | None:
    """(offset, name) of the person the candidate words name, past a sentence's leading words
    ("Yesterday Oksana": Oksana), or None."""
    words = list(WORDS.finditer(candidate))
    while words and words[0].group(0).lower() in _LEADING:
        words.pop(0)
    if not words:
        return None
    offset = words[0].start()
    name = person_name(candidate[offset:], 1)
    if not name or not all(_names_word(w, ordinary) for w in name.split()):
        return None
    return offset, name
