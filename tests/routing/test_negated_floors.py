"""A floor is for what the ticket states: "no data loss" is not data loss."""

from __future__ import annotations

import pytest

from backend.routing.matching import TextView
from backend.routing.negation import MAX_PLACES, denied, stated
from backend.routing.priority import suggest_priority
from backend.tickets import Ticket

NEGATIONS = frozenset({"no", "not", "never", "haven't"})


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("We upgraded to 5.6 yesterday. No data loss, but searches take 20 s now.", "data loss"),
        ("gitserver is 2 hours behind. Not a security incident, just slow syncing.",
         "security exposure"),
        ("We checked and there was no data leak; saved searches take a minute to load.",
         "security exposure"),
        ("We haven't seen any outage, the code intel popover is just slow for one repo.",
         "outage"),
    ],
)
def test_a_denied_floor_phrase_sets_no_floor(handbook, text, floor):
    reasons = suggest_priority(handbook, text, model_proba={"se/p2": 0.8, "se/p3": 0.2}).reasons
    assert not any(r.startswith(floor) for r in reasons), reasons


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("No. We lost data: every saved search disappeared after the migration.", "se/p0"),
        ("This is not a test: there is a data leak, user B reads org A's private repos.",
         "se/p0"),
        # One denied mention does not hide a stated one.
        ("No data loss on Monday, but today the migration corrupted the database.", "se/p0"),
        ("The instance is down since 9am, not reachable from any office.", "se/p1"),
        # A negation of another clause (the review's): the floor phrase is stated.
        ("The migration did not finish and corrupted the database.", "se/p0"),
        ("Restarting did not help, gitserver is down for everyone.", "se/p0"),
        ("No idea why gitserver is down since 9am, all users affected.", "se/p0"),
        ("Following up on your question: no, the instance is down for all users.", "se/p0"),
        # Another spelling of the phrase found first, beside a denied phrase of the list.
        ("After the upgrade we have data-loss in saved searches. The backups are not "
         "corrupted.", "se/p0"),
    ],
)
def test_a_stated_floor_phrase_still_sets_its_floor(handbook, text, label):
    priority = suggest_priority(handbook, text, model_proba={"se/p2": 0.8, "se/p3": 0.2})
    assert priority.label == label, priority


def test_the_reasons_shown_do_not_claim_what_the_ticket_denies(router):
    result = router.suggest(Ticket(subject="Instance down", description=(
        "Our instance is down for everyone since 9am, no workaround.")))
    assert not any(r.startswith("a workaround exists") for r in result.priority["reasons"])
    assert result.priority["label"] == "se/p0"


def test_a_negation_reaches_a_few_words_within_its_sentence() -> None:
    assert denied("there was no", NEGATIONS)
    assert denied("we found no sign of any", NEGATIONS)
    assert not denied("no. we found a", NEGATIONS)  # another sentence
    assert not denied("no one said it is a big, real, possible", NEGATIONS)  # too far back


def test_stated_quotes_a_regex_phrase_by_its_match_and_keeps_what_it_cannot_place() -> None:
    assert stated(TextView("got a 502 bad gateway"), ["re:\\b50[0-4] bad gateway"],
                  NEGATIONS) == "502 bad gateway"
    assert stated(TextView("never a 502 bad gateway"), ["re:\\b50[0-4] bad gateway"],
                  NEGATIONS) is None
    assert stated(TextView("no data loss"), ["data loss"], frozenset()) == "data loss"
    assert stated(TextView("nothing here"), ["data loss"], NEGATIONS) is None


def test_a_phrase_written_with_other_spacing_is_placed_by_its_pattern() -> None:
    assert stated(TextView("there was no data\n  loss"), ["data loss"], NEGATIONS) is None
    assert stated(TextView("we had data\n  loss"), ["data loss"], NEGATIONS) == "data loss"


def test_a_ticket_denying_a_phrase_over_and_over_is_read_as_stating_it() -> None:
    # Reading stops after MAX_PLACES occurrences: a hostile ticket costs no more than that.
    view = TextView("no outage. " * 5_000)
    assert stated(view, ["outage"], NEGATIONS) == "outage"
    assert stated(TextView("no outage. " * (MAX_PLACES - 1)), ["outage"], NEGATIONS) is None


@pytest.mark.parametrize("text", [
    "How do we export saved searches? Not urgent.",
    "Question about code insights, there is no deadline on our side.",
])
def test_a_denied_deadline_is_no_context(handbook, text):
    priority = suggest_priority(handbook, text)
    assert not any("deadline or urgency" in r for r in priority.reasons), priority.reasons


def test_a_stated_deadline_is_still_context(handbook):
    priority = suggest_priority(handbook, "How do we export saved searches? We need it by Friday.")
    assert any("deadline or urgency" in r for r in priority.reasons), priority.reasons
