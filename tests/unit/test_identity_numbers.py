"""Payment cards, bank accounts, social security numbers and account ids never reach an issue
they do not belong in; the numbers of a report (builds, timestamps, counts) stay."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum import iban, luhn

from backend.escalation import identity_numbers
from backend.escalation.identity_numbers import identity_spans, payment_card
from backend.escalation.redact import scrub_secrets
from tests.unit.test_public_redaction import defect, embed, public_text, ticket

FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
DIGITS = string.digits


def _card(prefix: str, length: int, body: str) -> str:
    """A number of the given network prefix and length with its Luhn digit."""
    head = (prefix + body)[: length - 1]
    return head + luhn.calc_check_digit(head)


NETWORKS = [("4", 16), ("4", 13), ("51", 16), ("2221", 16), ("34", 15), ("37", 15),
            ("6011", 16), ("3530", 16), ("36", 14), ("62", 19)]
CARD = st.builds(lambda network, body: _card(*network, body), st.sampled_from(NETWORKS),
                 st.text(DIGITS, min_size=20, max_size=20))


def _written_card(number: str, style: str) -> str:
    """A card number as people paste it: in fours with spaces or dashes, or in one run."""
    if style == "run":
        return number
    groups = [number[i:i + 4] for i in range(0, len(number), 4)]
    return (" " if style == "spaces" else "-").join(groups)


def _iban(country: str, bban: str) -> str:
    number = country + "00" + bban
    return country + iban.calc_check_digits(number) + bban


IBANS = st.one_of(
    st.builds(_iban, st.just("DE"), st.text(DIGITS, min_size=18, max_size=18)),
    st.builds(_iban, st.just("NL"), st.builds(lambda b, n: b + n, st.sampled_from(["ABNA", "INGB"]),
                                             st.text(DIGITS, min_size=10, max_size=10))),
    st.builds(_iban, st.just("FR"), st.text(DIGITS, min_size=23, max_size=23)),
).map(lambda number: number if len(number) % 2 else iban.format(number))
SSNS = st.builds(lambda a, g, s: f"{a:03d}-{g:02d}-{s:04d}", st.integers(1, 665),
                 st.integers(1, 99), st.integers(1, 9999))
AWS_ACCOUNTS = st.builds(lambda form, n: form.format(n), st.sampled_from(
    ["AWS account {}", "account id is {}", '"Account": "{}"', '"OwnerId": "{}"', "acct# {}"]),
    st.text(DIGITS, min_size=12, max_size=12))


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


@FAST
@given(st.data())
def test_cards_bank_accounts_ssns_and_account_ids_never_reach_a_public_defect(
        data: st.DataObject) -> None:
    card = data.draw(CARD)
    written = _written_card(card, data.draw(st.sampled_from(["run", "spaces", "dashes"])))
    bank, ssn, account = data.draw(IBANS), data.draw(SSNS), data.draw(AWS_ACCOUNTS)
    planted = ["card " + written, bank, ssn, account]
    text = embed(data.draw, data.draw(st.permutations(planted)))

    out = public_text(defect(ticket(description=text)))

    assert card not in _digits(out), out
    assert bank.replace(" ", "") not in out.replace(" ", ""), out
    assert ssn not in out and _digits(account) not in _digits(out), out


@FAST
@given(st.data())
def test_cards_bank_accounts_and_ssns_never_reach_any_issue(data: st.DataObject) -> None:
    card, bank, ssn = data.draw(CARD), data.draw(IBANS), data.draw(SSNS)
    text = embed(data.draw, [_written_card(card, data.draw(st.sampled_from(["spaces", "dashes"]))),
                             bank, ssn])

    out = scrub_secrets(text)

    assert card not in _digits(out) and ssn not in out, out
    assert bank.replace(" ", "") not in out.replace(" ", ""), out


def test_the_private_issue_keeps_the_account_it_is_about() -> None:
    # Engineers on the private tracker need the AWS account and the customer's ids to debug.
    text = "AWS account 493817264051, client_id=0oa1b2c3d4E5f6G7h8i9, card 4111 1111 1111 1111"

    assert scrub_secrets(text) == ("AWS account 493817264051, client_id=0oa1b2c3d4E5f6G7h8i9, "
                                   "card [redacted-card]")


@pytest.mark.parametrize("text, gone", [
    ("Okta client_id=0oa1b2c3d4E5f6G7h8i9 fails", "0oa1b2c3d4E5f6G7h8i9"),
    ('"clientId": "0oa9z8y7x6w5v4u3t2s1"', "0oa9z8y7x6w5v4u3t2s1"),
    ("the Okta app 0oa1b2c3d4E5f6G7h8i0 loops", "0oa1b2c3d4E5f6G7h8i0"),
    ("Stripe customer cus_N3x8Y2kLmQab was charged twice", "cus_N3x8Y2kLmQab"),
    ("installation id: 41234567", "41234567"),
    ("our AWS account is 4938-1726-4051", "4938-1726-4051"),
    ("SSN: 512449876 appears in the audit log", "512449876"),
])
def test_ids_named_or_shaped_as_ids_are_removed(text: str, gone: str) -> None:
    assert gone not in public_text(defect(ticket(description=text)))


@pytest.mark.parametrize("kept", [
    "build 20240115123456789", "ts 1701234567890", "commit 4f3e2d1c", "org_id=3",
    "count 4111111111111112",  # a Visa's shape, not its Luhn digit
    "ref 000-12-3456",  # an SSN's shape in a reserved area
    "version 5.3.2", "1234 5678 9012 3456 7890 1234",  # longer than any card
    "DE89 3704 0044 0532 0130 01",  # an IBAN's shape with a wrong check
    "team id: search",  # a word, not an id
])
def test_numbers_of_the_report_stay(kept: str) -> None:
    text = f"Search fails: {kept} in the logs"

    assert kept in public_text(defect(ticket(description=text)))


@pytest.mark.parametrize("number, card", [
    ("4111 1111 1111 1111", True), ("5555-5555-5555-4444", True), ("378282246310005", True),
    ("6011111111111117", True), ("3530111333300000", True), ("30569309025904", True),
    ("4111 1111 1111 1112", False), ("1111 1111 1111 1117", False),  # no network starts with 1
    ("3782822463100050", False),  # American Express numbers have 15 digits
])
def test_payment_cards_are_told_by_network_length_and_luhn(number: str, card: bool) -> None:
    assert payment_card(number) is card


def test_past_the_budget_card_shapes_are_removed_unchecked(monkeypatch) -> None:
    # Hostile text costs the budget, not a check per candidate, and fails closed.
    monkeypatch.setattr(identity_numbers, "CHECKS", 3)
    text = " ".join(["4111 1111 1111 1112"] * 5)  # a Visa's shape, never its Luhn digit

    spans = list(identity_spans(text, public=False))

    assert [text[s.start:s.end] for s in spans] == ["4111 1111 1111 1112"] * 2
    assert [s.start for s in spans] == [3 * 20, 4 * 20]


@pytest.mark.parametrize("text, card", [
    ("port 8080 4111 1111 1111 1111 expires", "4111 1111 1111 1111"),
    ("card 4111 1111 1111 1111 123 cvc", "4111 1111 1111 1111"),  # 19 digits is no Visa here
    ("card 4000000000000002 5.3.1", "4000000000000002"),
    ("amex 3782-822463-10005-2024", "3782-822463-10005"),
])
def test_a_card_is_found_among_numbers_beside_it(text: str, card: str) -> None:
    spans = list(identity_spans(text, public=False))

    assert [text[s.start:s.end] for s in spans] == [card]


def test_the_sidebar_names_every_kind_of_number_it_removes() -> None:
    import json

    from backend.settings import PROJECT_ROOT

    en = PROJECT_ROOT / "zendesk_app" / "translations" / "en.json"
    table = json.loads(en.read_text())["sidebar"]
    text = ("card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, SSN 512-44-9876, "
            "AWS account 493817264051, client_id=0oa1b2c3d4E5f6G7h8i9, DOB 1979-04-12, "
            "ship to 1427 Maple Ridge Drive")
    kinds = {span.kind for span in identity_spans(text, public=True)}

    assert kinds == {"card", "bank_account", "id_number", "account", "customer_id",
                     "birth_date", "address"}
    assert [k for k in kinds
            if k not in table["removed_kinds"] or k not in table["leak_kinds"]] == []


@pytest.mark.parametrize("text, gone", [
    ("Card 4111.1111.1111.1111 was charged twice.", "4111.1111.1111.1111"),
    ("Card 4111\u00a01111\u00a01111\u00a01111 was charged twice.", "1111\u00a01111"),
    ("Card 4111\t1111\t1111\t1111 was charged twice.", "4111\t1111"),
    ("Card 4111 - 1111 - 1111 - 1111 was charged twice.", "1111 - 1111"),
    ("card_number=4111_1111_1111_1111 in the billing log.", "4111_1111"),
    ("Refund to iban de89 3704 0044 0532 0130 00 please.", "0532 0130"),
    ("Refund IBAN: gb82west12345698765432.", "gb82west"),
    ('{"iban":"nl91abna0417164300"}', "nl91abna"),
    ("IBAN: FR76-3000-6000-0112-3456-7890-189", "7890-189"),
    ("Refund: sort code 20-00-00, account number 55779911.", "20-00-00"),
    ("Refund: sort code 20-00-00, account number 55779911.", "55779911"),
    ("Visa ending 4242, CVV 123", "123"),
    ("Our account 2109 8765 4321 cannot pull.", "2109 8765 4321"),
])
def test_cards_and_bank_accounts_written_any_way_are_removed(text: str, gone: str) -> None:
    out = public_text(defect(ticket(description=text)))

    assert gone not in out, out


def test_a_card_in_the_title_is_removed() -> None:
    out = public_text(defect(ticket(subject="Refund card 4111.1111.1111.1111",
                                    description="search slow 5.3")))

    assert "4111" not in out, out


def test_every_card_of_a_long_run_is_removed() -> None:
    # 40 cards in one run of digit groups: none may be cut in two by where a match ends.
    text = " ".join(["4111 1111 1111 1111"] * 40)

    out = scrub_secrets(text)

    assert out == " ".join(["[redacted-card]"] * 40)
