"""Handbook phrase matching: which phrase is found first, and how often each occurs."""

from __future__ import annotations

from backend.routing.matching import PhraseIndex, TextView, contains_any


def test_the_earliest_phrase_wins_and_the_longest_at_its_position() -> None:
    index = PhraseIndex(["outage", "all users", "all users are down", "down"])
    text = "For all of us, all users are down since the outage."
    assert index.first(text) == "all users are down"
    assert index.first("the outage left all users down") == "outage"


def test_a_first_word_that_starts_only_longer_phrases_matches_where_they_continue() -> None:
    index = PhraseIndex(["all developers", "a few repos"])
    assert index.first("all is fine, a repo or all of them") is None
    assert index.first("all is fine but all developers are blocked") == "all developers"
    assert index.counts("a few repos, all developers and all developers again") == {
        "a few repos": 1, "all developers": 2}


def test_plural_and_singular_match_each_other_on_the_last_word() -> None:
    assert contains_any("we host a few repo here", ["a few repos"]) == "a few repos"
    assert contains_any("several code hosts", ["code host"]) == "code host"
    assert contains_any("repos are slow", ["repo"]) == "repo"
    # Only the last word of a longer phrase is read in the singular.
    assert contains_any("repos index failed", ["repo index"]) is None


def test_longer_phrases_are_not_counted_again_inside_each_other() -> None:
    index = PhraseIndex(["search", "search index", "index"])
    assert index.counts(TextView("search index, then the index, then search")) == {
        "search index": 1, "index": 1, "search": 1}


def test_the_first_regex_in_order_answers_with_its_match() -> None:
    phrases = ["re:\\bsev ?1\\b", "re:\\bp1\\b", "re:\\bblock(s|ing)? (the|our) launch\\b"]
    # Several match: the first in the index's (sorted) order answers, with the (lower-cased)
    # text it matched.
    assert contains_any("a P1, sev 1, blocking our launch", phrases) == "blocking our launch"
    assert contains_any("this is a P1, sev 1", phrases) == "p1"
    assert contains_any("nothing urgent here", phrases) is None


def test_regexes_re2_cannot_run_still_run_with_the_others() -> None:
    # A lookbehind falls back to Python's re; the RE2 ones beside it matching nothing must not
    # hide it.
    phrases = ["re:(?<![\\w.-])sourcegraph\\.com\\b", "re:\\bp0\\b", "re:\\bsev ?0\\b"]
    assert contains_any("see sourcegraph.com/search", phrases) == "sourcegraph.com"
    assert contains_any("see docs.sourcegraph.com", phrases) is None
    index = PhraseIndex(phrases + ["outage"])
    assert index.counts("sev0 outage on sourcegraph.com and sourcegraph.com") == {
        "outage": 1, "re:(?<![\\w.-])sourcegraph\\.com\\b": 2, "re:\\bsev ?0\\b": 1}
