"""A colleague named by a given name alone, with no cue before it (backend/escalation/
given_names.py): the commonest private value blind probes still found. Every name and ticket
here is invented for the test."""

from __future__ import annotations

import pytest

from backend.escalation.given_names import (
    RESERVED,
    given_name_spans,
    given_names,
    is_given_name,
)
from backend.escalation.people_scan import MAX_LEARNED
from backend.escalation.public_text import check_public, with_edits
from tests.unit.test_public_redaction import defect, public_text, ticket


def _public(text: str) -> str:
    draft = defect(ticket(description=text, requester_name="Gavin Belson", organization="Hooli"))
    check_public(draft, None)
    return public_text(draft)


def test_the_list_holds_given_names_of_many_countries_and_no_ordinary_words() -> None:
    # Turkish letters also in ASCII: Faker writes Ayse, people write Ayşe.
    for name in ("Kofi", "Marta", "Wolfgang", "Siddharth", "Ngozi", "Piotr", "Minh", "Yuki",
                 "Ayşe", "José"):
        assert is_given_name(name), name
    # No other accent is folded: Chào, Así, Già and Sąd are words, not Chao, Asi, Gia and Sad.
    for word in ("Will", "Grant", "Edit", "Valid", "German", "Claude", "Sydney", "Max", "Chào",
                 "Así", "Già", "Sąd", "Ernst", "Trong"):
        assert not is_given_name(word), word


@pytest.mark.parametrize("text, name", [
    ("Kofi tried it again this morning and the sync still fails.", "Kofi"),
    ("Search times out on monorepo. I asked Marta yesterday and she sees it too.", "Marta"),
    ("Wolfgang noticed it first: every query over 30s returns a 502.", "Wolfgang"),
    ("Piotr's team cannot log in since the SAML change.", "Piotr"),
    ("It only happens with blame on. Ayşe in QA can reproduce it too.", "Ayşe"),
])
def test_a_given_name_alone_in_prose_is_removed(text: str, name: str) -> None:
    out = _public(text)
    assert name not in out
    assert "[name]" in out


def test_a_full_name_is_learnt_and_its_surname_goes_wherever_else_it_stands() -> None:
    out = _public("Kofi Mensah reported the 502s. Mensah says it began after 5.3.2 was deployed.")
    assert "Kofi" not in out and "Mensah" not in out
    assert "5.3.2" in out


@pytest.mark.parametrize("text, kept", [
    ("Will this be fixed in 5.4? Grant access to the repo fails.", "Will this be fixed"),
    ("Cody with Claude 3.5 Sonnet returns an empty answer.", "Claude 3.5 Sonnet"),
    ("The 'Edit this page' link 404s on the docs.", "'Edit this page'"),
    ("Files with German umlauts are not indexed.", "German umlauts"),
    ("License page: Valid until: 2027-03-31", "Valid until"),
    # A word the text writes in lower case too is a word there, not a person.
    ("SELECT marta FROM events fails; Marta is the column's name.", "Marta is the column"),
    # Part of an identifier or a host: the host and repository scans judge those.
    ("Marta-prod and Marta.local are our test names in the docs", "test names"),
])
def test_ordinary_words_and_products_stay(text: str, kept: str) -> None:
    assert kept in _public(text)


def test_the_name_written_back_in_an_edit_is_removed_again() -> None:
    draft = defect(ticket(description="Kofi tried it again and the sync still fails.",
                          requester_name="Gavin Belson", organization="Hooli"))
    edited = with_edits(draft, draft.title, draft.body + "\n\nKofi can help.")
    check_public(edited, None)
    assert "kofi" not in public_text(edited).lower() and "the sync still fails" in edited.body


@pytest.mark.parametrize("text, name", [
    # One capitalised word before it (each match once took the space the next one needed).
    ("Ask Kofi about the failing sync.", "Kofi"),
    ("Thanks Marta for the logs.", "Marta"),
    ("I talked to Kofi Mensah.", "Mensah"),
    ("Yesterday Kofi Mensah-Bonsu restarted it.", "Mensah-Bonsu"),
    ("Jean-Luc asked for the logs.", "Jean-Luc"),
    # A chat handle in lower case is the person again, not a word of the text.
    ("kofi: hi\nKofi tried it again.", "Kofi tried"),
])
def test_names_after_capitals_and_with_their_surnames_go_whole(text: str, name: str) -> None:
    assert name not in _public(text)


def test_a_word_one_text_writes_in_lower_case_is_no_name_in_another() -> None:
    draft = defect(ticket(subject="Máximo de conexiones alcanzado",
                          description="Llegamos al máximo de conexiones en 5.3.2.",
                          requester_name="Gavin Belson", organization="Hooli"))
    assert "Llegamos al máximo de conexiones" in public_text(draft)


def test_a_word_after_a_name_that_is_no_surname_goes_only_where_it_stands() -> None:
    out = _public("Marta Kunden rief an. Die Kunden-Liste und alle Kunden sehen den Fehler.")
    assert "Marta" not in out and "Die Kunden-Liste und alle Kunden sehen den Fehler" in out


@pytest.mark.parametrize("text, kept", [
    ("Region Sao Paulo and San Diego are slow.", "Sao Paulo and San Diego"),
    ("Die Linde-Filiale meldet den Fehler seit 5.3.", "Linde-Filiale"),
    ("Chào anh, tìm kiếm bị lỗi. Así pasa. Già fatto.", "Chào anh"),
    ("Our model=Gemma-7b endpoint times out.", "model=Gemma-7b"),
    ("The Kofi Reported It page", "Reported It"),
])
def test_places_models_and_headings_stay(text: str, kept: str) -> None:
    assert kept in _public(text)


def test_a_given_name_in_a_chat_handle_goes_with_the_name() -> None:
    # Removed where it stood only, the handle's "aaron" made the check refuse the draft.
    out = _public("from our channel:\n  aaron.b: the docs links 404\n\nAaron found it first.")
    assert "aaron" not in out.lower() and "the docs links 404" in out


def test_names_are_learnt_leaving_room_for_the_cue_scanners() -> None:
    people: set[str] = set()
    text = " ".join(f"{name} Mbeki said so." for name in sorted(given_names())[:200])
    spans = list(given_name_spans(text, people))
    assert len(spans) >= 150 and len(people) == MAX_LEARNED - RESERVED


def test_no_list_no_names_and_no_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from backend.escalation import given_names as module

    def broken() -> dict[str, list[str]]:
        raise OSError("no Faker here")

    monkeypatch.setattr(module, "lists", broken)
    monkeypatch.setattr(module, "_names", None)
    monkeypatch.setattr(module, "_ordinary", None)
    assert list(module.given_name_spans("Kofi tried it again.", set())) == []
    assert module.given_names() == frozenset()
