"""Handbook phrase matching: which phrase is found first, and how often each occurs."""

from __future__ import annotations

import random
import re

from hypothesis import example, given
from hypothesis import strategies as st

from backend.routing.lexicon import LEXICON, singular
from backend.routing.matching import (
    MAX_PHRASE_WORDS,
    PhraseIndex,
    TextView,
    contains_any,
    lines_view,
    words,
)


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


def _reference(phrases: list[str], text: str, max_words: int) -> tuple[str | None, dict[str, int]]:
    """first() and counts() of plain phrases by their definition: at each word, the longest
    phrase (as written, or its last word read in the singular), one position at a time."""
    keys: dict[tuple[str, ...], str] = {}
    for phrase in sorted(set(phrases)):
        key = tuple(words(phrase))
        if key and len(key) <= max_words:
            keys.setdefault(key, phrase)
            if singular(key[-1]):
                keys.setdefault(key[:-1] + (singular(key[-1]),), phrase)
    found = words(text)

    def longest(i: int) -> tuple[str, int] | None:
        for size in range(min(max_words, len(found) - i), 0, -1):
            key = tuple(found[i : i + size])
            base = singular(key[-1])
            phrase = keys.get(key) or (keys.get(key[:-1] + (base,)) if base else None)
            if phrase is not None:
                return phrase, size
        return None

    first, counts, free_from = None, {}, 0
    for i in range(len(found)):
        hit = longest(i)
        if hit is not None:
            first = first or hit[0]
            if i >= free_from:
                counts[hit[0]] = counts.get(hit[0], 0) + 1
                free_from = i + hit[1]
    return first, counts


def test_one_walk_answers_every_list_as_its_own_pass_would() -> None:
    # Lists sharing words, phrases inside phrases, plurals both ways, a list that caps the
    # phrase length: one view read through the shared lexicon answers each list like the
    # definition does, whichever lists were added before or after the view was first read.
    rng = random.Random(3)
    vocabulary = ["all", "users", "user", "are", "down", "search", "index", "indexes", "repo",
                  "repos", "code", "codes", "host", "hosts", "class", "classes", "a", "few", "c#"]
    lists = [[" ".join(rng.choices(vocabulary, k=rng.randint(1, 4))) for _ in range(8)]
             for _ in range(12)]
    for _ in range(300):
        text = rng.choice([" ", ", ", "\n"]).join(rng.choices(vocabulary, k=rng.randint(0, 30)))
        view = TextView(text)
        for n, phrases in enumerate(lists):
            max_words = 2 if n % 4 == 0 else MAX_PHRASE_WORDS
            index = PhraseIndex(phrases, max_words=max_words)
            first, counts = _reference(phrases, text, max_words)
            assert index.first(view) == first, (phrases, text)
            assert list(index.counts(view).items()) == list(counts.items()), (phrases, text)
    word = f"late{rng.randrange(10**9)}"  # a list no other test made: new to the lexicon
    view = TextView(f"all users and a {word} repo")
    assert PhraseIndex(["all users"]).first(view) == "all users"  # the view is read once here
    assert PhraseIndex([f"{word} repos"]).first(view) == f"{word} repos"  # and again for this


_WORDS_AS_REGEX = re.compile(r"[a-z0-9+#]+")


@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("aZ09+#_-. \n\t"),
               max_size=200))
def test_a_views_words_are_the_regexs_words_of_any_text(text: str) -> None:
    assert TextView(text).words == _WORDS_AS_REGEX.findall(text.lower())


def test_a_views_words_in_other_scripts_and_without_utf8() -> None:
    for text in ["İstanbul KELVIN \u212a", "ﬁle ǅ ß", "ÄÖÜ 東京 😀 naïve café", "c++ c# k8s.io",
                 "\x00a\x01b", "", "lone \ud800 surrogate"]:
        assert TextView(text).words == _WORDS_AS_REGEX.findall(text.lower()), text


def test_a_lone_surrogate_is_read_like_any_other_separator() -> None:
    # Valid JSON ("\ud800"), not UTF-8: the view's bytes pass it through for RE2.
    view = TextView("Lone \ud800 Code  Search is down")
    assert view.words == ["lone", "code", "search", "is", "down"]
    assert contains_any(view, ["re:code\\s+search"]) == "code  search"
    assert contains_any(view, ["search is down"]) == "search is down"


def test_regex_phrases_are_counted_in_a_text_with_a_lone_surrogate() -> None:
    # RE2 once got the str and failed to encode it: the rules' counts crashed on such a ticket.
    index = PhraseIndex(["re:\\bsev ?0\\b", "re:(?<![\\w.-])sourcegraph\\.com\\b", "outage"])
    view = TextView("SEV0 outage \ud800 sev 0 on sourcegraph.com, é sev0")
    assert index.counts(view) == {"outage": 1, "re:\\bsev ?0\\b": 3,
                                  "re:(?<![\\w.-])sourcegraph\\.com\\b": 1}
    # Without the surrogate the counts are the same as ever.
    assert index.counts("SEV0 outage sev 0 on sourcegraph.com, é sev0") == index.counts(view)


_LINE_WORDS = ["all", "users", "user", "are", "down", "search", "index", "indexes", "repo",
               "repos", "code", "host", "hosts", "class", "classes", "a", "c#", "sev0", "É"]
# Lists sharing words, phrases inside phrases and plurals, a regex spanning a line break.
_LINE_LISTS = [PhraseIndex(phrases) for phrases in (
    ["all users", "all users are down", "users are", "user"],
    ["search index", "search indexes", "code search", "repos"],
    ["a host", "hosts are down", "class", "c#"],
    [r"re:down\s+search", r"re:\bsev ?0\b", "are"],
)]


def _same_view(got: TextView, part: str) -> None:
    own = TextView(part)
    assert (got.source, got.lower, got.utf8, got.words) == (part, own.lower, own.utf8, own.words)
    newest = LEXICON.size - 1
    lent = got._scan  # a walk lent by the parent view, before scan() may make one anew
    assert lent is None or lent == own.scan(newest)  # covering the same lists, too
    assert got.scan(newest) == own.scan(newest)  # the same walk, to the shape of each span
    for index in _LINE_LISTS:
        assert index.first(got) == index.first(own)
        assert index.counts(got) == index.counts(own)


@st.composite
def _lines_and_part(draw: st.DrawFn) -> tuple[list[str], int, int]:
    lines = draw(st.lists(st.lists(st.sampled_from(_LINE_WORDS), max_size=4).map(" ".join),
                          min_size=1, max_size=10))
    start = draw(st.integers(0, len(lines) - 1))
    return lines, start, draw(st.integers(start + 1, len(lines)))


@given(_lines_and_part())
# A phrase running on into the next line, one coming from the line before, a plural last word.
@example((["all users", "are down"], 0, 1))
@example((["all", "users are down", "search"], 1, 2))
@example((["code search", "indexes"], 0, 1))
@example((["a", "hosts are", "down"], 0, 2))
@example((["all users are", "down"], 0, 1))
def test_whole_lines_of_a_walked_view_read_as_their_own_view(
        case: tuple[list[str], int, int]) -> None:
    # Phrases running into the lines after the part, or out of the lines before it, are not
    # the part's; each list's first phrase is the part's own.
    lines, start, end = case
    view = TextView("\n".join(lines))
    view.scan(LEXICON.size - 1)  # the router's rules have walked the prepared text
    _same_view(lines_view(view, "\n".join(lines[start:end])), "\n".join(lines[start:end]))


def test_a_part_that_is_not_whole_lines_or_not_there_is_read_on_its_own() -> None:
    view = TextView("all users are down\ncode search index")
    view.scan(LEXICON.size - 1)
    for part in ["users are down", "all users are", "down\ncode", "other text", "",
                 "all users are down\ncode search index"]:
        _same_view(lines_view(view, part), part)
    unwalked = TextView("subject\nall users are down")  # no walk yet: the part walks itself
    _same_view(lines_view(unwalked, "all users are down"), "all users are down")


def test_a_list_added_after_the_walk_is_answered_in_the_part_too() -> None:
    view = TextView("all users are down\nsince the upgrade today")
    view.scan(LEXICON.size - 1)
    word = f"upgrade{random.randrange(10**9)}"  # new to the lexicon: added after the walk
    late = PhraseIndex(["the upgrade", f"{word} today"])
    part = lines_view(view, "since the upgrade today")
    _same_view(part, "since the upgrade today")
    assert late.first(part) == "the upgrade"


def test_a_word_that_is_a_phrase_and_the_plural_of_another_phrases_first_word() -> None:
    # "thes" is the singular of "theses" and the plural of "the", which starts a longer phrase
    # only: at the text's last word (no longer phrase can follow) the walk once missed it.
    index = PhraseIndex(["theses"])
    PhraseIndex(["the thing"])
    PhraseIndex(["thes are"])
    assert index.first(TextView("thes")) == "theses"
    assert index.first(TextView("thes are")) == "theses"
    view = TextView("thes\nare")
    view.scan(LEXICON.size - 1)
    _same_view(lines_view(view, "thes"), "thes")
    assert index.first(lines_view(view, "thes")) == "theses"
