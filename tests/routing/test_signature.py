"""strip_signature skips the sign-off patterns only on lines neither can match."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from backend.routing import text as text_module
from backend.routing.text import strip_signature

# Sign-offs and "Sent from my" in odd cases and spellings ("ſ" and the Kelvin sign fold to
# "s" and "k" under IGNORECASE), dashes, and lines of any length around 20 characters.
PIECES = ["thank you very much", "Thanks a lot!", "best regards,", "cheers", "tia", "br",
          "Sent from my iPhone", "ſent from my phone", "SENT FROM MY", "sent  from my x",
          "Sent from my Samsung Galaxy S24 Ultra", "ſENT FROM MY work laptop, sorry typos",
          "--", "-- ", "- -", "regards.", "many thanks", "\u212aind regards", "sincerely!!",
          "thank you very much.", "thank you very much!!", "x" * 19, "y" * 21, "", " "]


def strip_signature_every_line(text: str) -> str:
    """The function as it was: both patterns on every line of the window."""
    lines = text.rstrip().splitlines()
    window = max(0, len(lines) - 10)
    for i in range(len(lines) - 1, window - 1, -1):
        line = lines[i].strip()
        if text_module._SIG_DELIM.match(line) or (text_module._SIGNOFF.match(line) and i > 0):
            return "\n".join(lines[:i])
    return "\n".join(lines)


line = st.one_of(st.sampled_from(PIECES), st.text(alphabet="sentfromy ſ\u212a-!,.abcTSM",
                                                 max_size=30))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(line, st.sampled_from(["", " ", "\t"])), min_size=1, max_size=14))
@example([("The index is stale since Monday", ""), ("ſent from my phone", "")])
@example([("Logs attached", ""), ("\u212aind regards", " ")])
@example([("Hello", ""), ("thank you very much!", "")])
@example([("Hello", ""), ("Sent from my Samsung Galaxy S24 Ultra", "")])
def test_the_same_as_running_both_patterns_on_every_line(lines) -> None:
    text = "\n".join(pad + body + pad for body, pad in lines)
    assert strip_signature(text) == strip_signature_every_line(text)


def test_the_longest_sign_off_is_within_the_bound() -> None:
    assert text_module._SIGNOFF.match("thank you very much!")
    assert len("thank you very much!") == text_module._SIGNOFF_CHARS
    assert not text_module._SIGNOFF.match("thank you very much!!")
    assert re.search("ſent", "ſent from my phone") and strip_signature(
        "Hello\nſENT FROM MY work laptop, sorry typos") == "Hello"
