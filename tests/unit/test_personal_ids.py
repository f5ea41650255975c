"""A person's government, health and birth numbers and street addresses: removed after their
names in any language; the numbers of a report stay."""

from __future__ import annotations

import pytest

from backend.escalation.personal_ids import address_spans, personal_id_spans
from backend.escalation.redact import scrub_secrets
from tests.unit.test_public_redaction import defect, public_text, ticket


@pytest.mark.parametrize("text, gone", [
    ("身份证号 11010519491231002X 出现在日志中。", "11010519491231002X"),
    ("Numéro de sécurité sociale: 1 84 12 76 451 089 46.", "76 451 089"),
    ("Codice fiscale: RSSMRA85T10A562S (Mario Rossi).", "RSSMRA85T10A562S"),
    ("DNI 12345678Z en el log.", "12345678Z"),
    ("マイナンバー 123456789018 がSCIM属性に含まれています。", "123456789018"),
    ("bsn=111222333 staat in de logs.", "111222333"),
    ("NINO AB 12 34 56 C appears in the audit log.", "AB 12 34 56 C"),
    ("Personalausweis L01X00T47 appears in the audit log.", "L01X00T47"),
    ("employee SSN 536.22.1234 is logged by frontend.", "536.22.1234"),
    ("driversLicense=D1234-56789-01234 in SAML attributes.", "D1234-56789-01234"),
    ("passportNumber=C03005988 in SAML", "C03005988"),
    ("dateOfBirth=1979-04-12 in SAML attributes.", "1979-04-12"),
    ("the user (DOB 03/14/1988, MRN 00482913) is rejected.", "03/14/1988"),
    ("the user (DOB 03/14/1988, MRN 00482913) is rejected.", "00482913"),
    ("ein Nutzer (geboren 14.02.1981) sieht 403", "14.02.1981"),
    ("生年月日: 1985年4月12日 のユーザー", "1985年4月12日"),
])
def test_national_ids_and_birth_dates_leave_every_issue(text: str, gone: str) -> None:
    assert gone not in public_text(defect(ticket(description=text)))
    assert gone not in scrub_secrets(text)


@pytest.mark.parametrize("text, gone", [
    ("Ship to 1427 Maple Ridge Drive, Apt 5B, Columbus, OH 43215, attn: ops.",
     "Maple Ridge"),
    ("Ship to 1427 Maple Ridge Drive, Apt 5B, Columbus, OH 43215, attn: ops.", "43215"),
    ("Bitte an Hauptstraße 12, 80331 München senden.", "Hauptstraße 12"),
    ("Envoyez à 12 rue de la Paix, 75002 Paris merci", "rue de la Paix"),
])
def test_street_addresses_leave_a_public_defect(text: str, gone: str) -> None:
    assert gone not in public_text(defect(ticket(description=text)))


@pytest.mark.parametrize("kept", [
    "The DOB field is unknown and passport expired",  # names without a number after them
    "5 Search Results", "step 2 Run the migrator", "3 Code Insights dashboards",
    "search 5.3.1 fails after 1200 ms", "born again",
])
def test_words_and_numbers_of_the_report_stay(kept: str) -> None:
    assert list(personal_id_spans(kept)) == [] and list(address_spans(kept)) == []
    assert kept in public_text(defect(ticket(description=f"Search fails: {kept}.")))


def test_the_private_issue_keeps_the_customers_office_address() -> None:
    # A shipping or office address can matter to a private RFH (a licence to send, a site visit).
    text = "Ship to 1427 Maple Ridge Drive, Columbus"

    assert scrub_secrets(text) == text
