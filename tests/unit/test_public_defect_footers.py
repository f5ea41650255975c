"""A mail's legal footer and a signature whose title holds a log word stay out of the defect."""

from __future__ import annotations

import pytest

from backend.escalation.public_body import own_words

REPORT = "still not working. The SAML redirect loops since we rotated the certificate on 5.3.2."


@pytest.mark.parametrize("footer", [
    "This email and any attachments are confidential and intended solely for the addressee. If\n"
    "you have received this email in error, please notify the sender and delete it. Any\n"
    "unauthorised use or disclosure of the information is prohibited.",
    "CONFIDENTIALITY NOTICE: This message may contain privileged information.",
    "Disclaimer: the content of this e-mail is confidential.",
    "Diese E-Mail enthält vertrauliche Informationen.",
    "Ce message et ses pièces jointes sont confidentiels.",
])
def test_a_signature_above_a_legal_footer_goes_with_it(footer: str) -> None:
    mail = (f"{REPORT}\n\nBest regards,\nJane Doe\nInformation Security Officer\n"
            f"Globex Corp | +1 555 0100\n{footer}")
    assert own_words(mail) == REPORT


def test_a_footer_between_the_message_and_its_quoted_thread_goes_alone() -> None:
    # What follows the footer (a top-posted reply's thread) is kept as it was before.
    mail = (f"{REPORT}\n\nSarah\nThis e-mail and any attachments are confidential.\n\n"
            "> From: a colleague\n> Banner text: license expires in 10 days.")
    kept = own_words(mail)
    assert "confidential" not in kept and "license expires in 10 days" in kept


def test_report_lines_after_a_sign_off_still_keep_the_signature_in() -> None:
    # "Thanks" before a log is no signature: the log is the report, with its ERROR level.
    mail = "Login fails with this:\nThanks\n2024-05-01 12:00:01 ERROR saml: assertion expired"
    assert "assertion expired" in own_words(mail)


def test_a_customers_own_mention_of_confidential_data_is_kept() -> None:
    text = "Search results show code from a confidential repository to every user."
    assert own_words(text) == text
