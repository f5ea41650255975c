"""How many informative words a ticket has: what ``temper`` shrinks a thin ticket's odds by."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from backend.routing.suggestion_policy import informative_count

UNINFORMATIVE = frozenset({"the", "is", "it", "on", "help", "issue"})


def every_informative(words: list[str]) -> set[str]:
    """The definition: distinct words, not uninformative, longer than one letter, not digits."""
    return {w for w in set(words) - UNINFORMATIVE if len(w) > 1 and not w.isdigit()}


def test_distinct_words_that_say_something_are_counted() -> None:
    words = "the search is slow the search is slow on 2 repos a 404 it k8s".split()
    assert informative_count(UNINFORMATIVE, words, enough=10) == 4  # search slow repos k8s


def test_counting_stops_at_enough() -> None:
    words = ["alpha", "beta", "gamma", "delta"]
    assert informative_count(UNINFORMATIVE, iter(words), enough=2) == 2
    assert informative_count(UNINFORMATIVE, [], enough=2) == 0


@given(st.lists(st.sampled_from(["the", "is", "help", "a", "7", "42", "slow", "search", "k8s",
                                 "c++", "zoekt", "repo", "x1"]), max_size=40),
       st.integers(min_value=1, max_value=12))
def test_the_count_is_the_definition_capped_at_enough(words: list[str], enough: int) -> None:
    assert informative_count(UNINFORMATIVE, words, enough) == min(
        len(every_informative(words)), enough)
