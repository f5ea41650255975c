"""What a review of the card, ID and people scans found (helper-49, 2026-12-06): a token cut
short by a longer removal, and words of reports removed or blocking the filing."""

from __future__ import annotations

import pytest

from backend.escalation.spans import SECRET, Span, settle
from tests.unit.test_public_redaction import defect, public_text, ticket


def _out(text: str, **kw: object) -> str:
    return public_text(defect(ticket(description=text, **kw)))


def test_a_removal_that_runs_into_a_token_takes_the_whole_token() -> None:
    spans = [Span(0, 10, "address", "[a]", "x"), Span(5, 20, "token", SECRET, "y")]

    assert [(s.start, s.end) for s in settle(spans)] == [(0, 20)]


@pytest.mark.parametrize("text, gone", [
    ("Our Paris office, 12 rue de la Paix, uses the token "
     "ghp_16C7e42F292c6912E7710c838347Ae178B4a for cloning", "16C7e42F"),
    ("AWS Account ID:        123456789012", "123456789012"),
    ("acct#    123456789012 cannot pull", "123456789012"),
    ("j.list cannot log in", "j.list"),
])
def test_still_removed(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("uid=999 cannot open /data/pgdata", "Frontend repositories fail"),  # the title
    ("ask Stack Overflow; stack traces attached", "stack traces attached"),
    ('{"firstName": "given name"} and the name field', "the name field"),
    ("Cache Miss Ratio is high; Ms Teams notifications", "Cache Miss Ratio"),
    ("CN=DigiCert Global Root G2 and CN=R3 are trusted", "CN=DigiCert Global Root G2"),
    ("@dataclass\nclass Foo: we use dataclass everywhere", "we use dataclass"),
    ("npm i foo@latest; @media (max-width: 3px)", "@media (max-width"),
    (r"C:\WINDOWS\system32 and HKLM\software and NT AUTHORITY\system", r"WINDOWS\system32"),
    (r"C:\DATA\repos is full", r"DATA\repos"),
    (r"TIMEOUT\nretrying", r"TIMEOUT\nretrying"),
    ("in 1 place and it broke all, then more", "in 1 place and it broke all"),
    ("Spring 6 and Monitoring 2 and String 3", "Spring 6 and Monitoring 2"),
    ("Step 3 Click Close, then wait", "Step 3 Click Close"),
    ("trace 4539578763621486 failed", "4539578763621486"),  # a Luhn-valid 16-digit id
    ("sin 8080 no funciona; nie 2024", "sin 8080"),
    ("Passport 0.10.12 and csc 1234 build", "Passport 0.10.12"),
    ("Passport 0.10.12 and csc 1234 build", "csc 1234"),
    ("image AB123456C and build 512.24.1015", "AB123456C"),
    ("image AB123456C and build 512.24.1015", "512.24.1015"),
    ("pod app-node-exporter-7d9c8 and client-identity-v2", "app-node-exporter-7d9c8"),
    ("pod app-node-exporter-7d9c8 and client-identity-v2", "client-identity-v2"),
    ("Owner: 1000650000 in the SCC", "1000650000"),
    ("id card 4032 is in the queue; born 2019 the repo", "id card 4032"),
])
def test_words_of_the_report_stay(text: str, kept: str) -> None:
    out = _out(text, subject="Frontend repositories fail")

    assert kept in out, out


# -- A third red-team probe (helper-50, 2026-12-06) -------------------------------------------
@pytest.mark.parametrize("text", [
    "user=postgres,db=postgres FATAL: password authentication failed (Postgres 12.17)",
    "PWD=/app HOME=/root; then /app/bin/frontend exits",
    "login: failed for 3 users; the login failed again",
    "pass: 1432 fail: 15 - 1432 of 1447 tests passed",
    "we pin to 5.3.9104 and 5.3.9104 works",
])
def test_ordinary_reports_are_not_refused(text: str) -> None:
    _out(text)  # defect() raises PrivateDataLeak when the filing would be refused


@pytest.mark.parametrize("text, kept", [
    ("at java.base/java.lang.Thread.run(Thread.java:833); we run Java 17", "we run Java 17"),
    ("Err:1 http://archive.ubuntu.com/ubuntu jammy InRelease; FROM ubuntu:22.04",
     "FROM ubuntu:22.04"),
    ("go: google.golang.org/grpc ok; public.ecr.aws/docker/library/node pull ok", "golang"),
])
def test_public_mirrors_teach_no_customer_name(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize("text, gone", [
    ("vpn user svc_x, OTP seed JBSWY3DPEHPK3PXP", "JBSWY3DPEHPK3PXP"),
    ("Passwort für den Admin: Herbst#2023", "Herbst#2023"),
    ("Passnummer: C01X00T47, geb. 12.07.1984, Führerschein-Nr. B072RRE2I55", "C01X00T47"),
    ("Passnummer: C01X00T47, geb. 12.07.1984, Führerschein-Nr. B072RRE2I55", "12.07.1984"),
    ("Passnummer: C01X00T47, geb. 12.07.1984, Führerschein-Nr. B072RRE2I55", "B072RRE2I55"),
    ("Assignee: Friederike Lange\nReporter: Ole Brandt", "Friederike"),
    ('{"author": "Tobias Krämer", "holder": "Margarete Hollenstein"}', "Hollenstein"),
    ("4f3e2d1c (Tobias Krämer 2024-01-03 10:00:00 +0100 12) func main() {", "Krämer"),
    ("Hi Hannah,\nsearch is slow.", "Hannah"),
    ("clone git.hooli.de/finance/acquisition-globex-2024 fails", "acquisition-globex"),
    ("employees: 101,tkraemer,tobias.kraemer@example.org", "tobias"),
    ("As Priya suggested.\nFrom: Priya Raman <priya.raman@globex.com>\nPriya, see below",
     "Priya"),
])
def test_more_private_values_are_removed(text: str, gone: str) -> None:
    assert gone not in _out(text)


FORWARD = ("Hi, see the thread below.\n\nFrom: Priya Raman <priya.raman@globex.com>\n"
           "Sent: Tuesday, March 5, 2024 10:14 AM\nTo: Ops <ops@globex.com>\n"
           "Subject: search broken\n\nPriya here: search returns 502 since the 5.3 upgrade.\n\n"
           "Thanks,\nPriya Raman\nPlatform Lead")


def test_a_forwarded_thread_is_the_report_without_its_headers_and_names() -> None:
    out = _out(FORWARD)

    assert "search returns 502 since the 5.3 upgrade" in out
    assert "Priya" not in out and "globex" not in out and "Subject:" not in out


@pytest.mark.parametrize("text, gone", [
    ("FYI\n\nOn Tue, Mar 5, 2024 at 10:14 AM Maria Gonzalez <mg@gmail.com> wrote:\n"
     "> zoekt keeps crashing after upgrade\n> Maria", "Maria"),
    ("fyi\n\nAm Di., 5. März 2024 um 10:14 Uhr schrieb Klaus Böhm <k.boehm@example.de>:\n"
     "> Bitte prüfen, Klaus", "Klaus"),
])
def test_a_forward_learns_the_names_of_its_attribution(text: str, gone: str) -> None:
    out = _out(text)

    assert "zoekt keeps crashing" in out or "Bitte prüfen" in out
    assert gone not in out


def test_a_reply_still_leaves_its_thread_out() -> None:
    out = _out("Still broken.\n\nOn Tue, Mar 5, 2024 at 10:14 AM Maria Gonzalez <mg@gmail.com> "
               "wrote:\n> our old private discussion")

    assert "private discussion" not in out
