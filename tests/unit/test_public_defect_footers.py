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


@pytest.mark.parametrize("last", [
    # Read as a footer's cue, but no footer: nothing it protects, or the report goes on after.
    "Notification emails intended for the recipient are delivered to every site admin.",
    "This message is shown to privileged users only.\n\nMore: the banner shows twice.",
])
def test_a_customers_own_sentence_like_a_footer_is_kept(last: str) -> None:
    text = f"{REPORT}\n\n{last}"
    assert own_words(text) == text


def test_a_sign_off_inside_the_footer_paragraph_takes_the_signature_below_it() -> None:
    # The signature is cut before the footer, so nothing the old cut removed comes back.
    mail = (f"{REPORT}\nDisclaimer: this e-mail is confidential.\nCheers,\n\nPriya Raman\n"
            "Head of IT, Globex Corp, Zurich")
    assert own_words(mail) == REPORT


def test_errors_and_exceptions_after_a_sign_off_are_the_report() -> None:
    mail = ("Login fails, log below.\nThanks\nNullPointerException in SamlAuthFilter\n"
            "ValueError raised by the indexer")
    assert own_words(mail) == mail
