"""The handbook's regex phrases: one RE2 Set pass says which match, as each one's search would."""

from __future__ import annotations

import re

import pytest

from backend.routing import matching
from backend.routing.matching import PhraseIndex, TextView
from backend.routing.phrase_regexes import REGEX_SET, RegexHits, compile_phrase

PHRASES = ["re:\\bsev ?[01]\\b", "re:\\bp[0-3]\\b", "re:\\bv?\\d+\\.\\d+(\\.\\d+)?\\b",
           "re:(?<![\\w.-])sourcegraph\\.com\\b", "re:steps to reproduce|repro", "outage",
           "re:\\b50[0234]\\b\\s*(errors?|bad gateway)", "re:attached|see attachment"]
TEXTS = ["", "a P1 outage: 502 errors on v5.2.1, see attachment", "sev 0 on sourcegraph.com",
         "docs.sourcegraph.com is fine", "steps to reproduce: 1) open", "nothing to see",
         "Größe 503 bad gateway — SEV1 ✓ p3", "version 4.5 repro"]


def test_the_set_finds_exactly_the_regexes_whose_own_search_matches() -> None:
    patterns = [compile_phrase(p[3:]) for p in PHRASES if p.startswith("re:")]
    ids = {REGEX_SET.add(p): p for p in patterns if not isinstance(p, re.Pattern)}
    assert None not in ids and len(ids) == len(patterns) - 1  # the lookbehind is Python's
    for text in TEXTS:
        utf8 = text.lower().encode()
        found = REGEX_SET.hits(utf8).found
        assert found is not None
        assert {i for i in ids if i in found} == {
            i for i, p in ids.items() if p.search(utf8) is not None}, text


def test_lists_answer_the_same_when_the_set_cannot_tell(monkeypatch: pytest.MonkeyPatch) -> None:
    # RE2 answers no regex at all when it gives up on a text (its DFA out of memory); the lists
    # then search their regexes themselves, with the same answers.
    index = PhraseIndex(PHRASES)
    expected = [(index.first(TextView(t)), index.counts(TextView(t))) for t in TEXTS]
    monkeypatch.setattr(matching.REGEX_SET, "hits", lambda utf8: RegexHits(10**9, None))
    assert [(index.first(TextView(t)), index.counts(TextView(t))) for t in TEXTS] == expected
    assert expected[1] == ("outage", {"outage": 1, PHRASES[1]: 1, PHRASES[2]: 1,
                                      PHRASES[6]: 1, PHRASES[7]: 1})


# A list whose regex can match the empty string, one Python's re runs (a lookbehind), a plain
# phrase and a list of plain phrases only: found() must say what first() is not None says.
FOUND_LISTS = [PHRASES, ["re:x*", "outage"], ["re:(?<![\\w.-])sourcegraph\\.com\\b"],
               ["outage", "steps to reproduce"], ["re:\\bp[0-3]\\b"]]


def test_found_says_whether_first_finds_anything() -> None:
    from backend.routing.handbook import load_handbook
    from backend.settings import DEFAULT_MODEL_DIR
    from tests.routing.test_fast_path import corpus_texts

    handbook = load_handbook(DEFAULT_MODEL_DIR / "routing.yaml")
    lists = FOUND_LISTS + [item.present_if for item in handbook.checklist] + [
        level.phrases for level in handbook.priorities.levels] + [
        handbook.deployment_topics.phrases]
    texts = TEXTS + corpus_texts("heldout")[:150]
    outcomes = set()
    for phrases in lists:
        index = PhraseIndex(phrases)
        for text in texts:
            view = TextView(text)
            expected = index.first(TextView(text)) is not None
            assert index.found(view) is expected, (phrases[:3], text[:60])
            assert matching.any_regex_or_phrase(text, phrases) is expected
            outcomes.add(expected)
    assert outcomes == {True, False}


def test_found_answers_the_same_when_the_set_cannot_tell(monkeypatch: pytest.MonkeyPatch) -> None:
    indexes = [PhraseIndex(phrases) for phrases in FOUND_LISTS]
    expected = [[index.found(TextView(t)) for t in TEXTS] for index in indexes]
    monkeypatch.setattr(matching.REGEX_SET, "hits", lambda utf8: RegexHits(10**9, None))
    assert [[index.found(TextView(t)) for t in TEXTS] for index in indexes] == expected
    assert [[index.first(TextView(t)) is not None for t in TEXTS] for index in indexes] == expected
