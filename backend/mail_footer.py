"""A mail's legal footer: found and cut, for the public defect's draft and the router alike.

"This email and any attachments are confidential ... If you received it in error ..." is
never the report, and its rare words must not decide a ticket's team: one correction on a
ticket with a long footer taught the router that footer.
"""

from __future__ import annotations

import re2

# A mail's legal footer ("This email and any attachments are confidential ... If you received
# it in error ..."): never the report, however many report words it holds.
_DISCLAIMER = re2.compile(
    r"(?i)(?:\bthis (?:e-?mail|message|communication|transmission)\b.{0,80}?\b(?:is|are|may be"
    r"|contains?|may contain)\b.{0,40}?\b(?:confidential|privileged|proprietary)"
    r"|\bintended (?:solely |only |exclusively )?for the (?:use of the )?(?:individual|addressee"
    r"|named|intended|person|recipient)"
    r"|\bif you (?:have )?received this (?:e-?mail |message |communication )?in error"
    r"|^\s*(?:confidentiality notice|legal notice|disclaimer)\s*:"
    r"|\bdiese (?:e-?mail|nachricht)\b.{0,60}?\bvertraulich"
    r"|\bce (?:message|courriel|mail)\b.{0,60}?\bconfidentiel"
    r"|\beste (?:mensaje|correo)\b.{0,60}?\bconfidencial)")
DISCLAIMER_LINES = 15  # a legal footer starts in the last lines of a message
# A quoted thread's first line ("On Wed, ... wrote:", "From: ...", "-----Original Message").
_QUOTE_INTRO = re2.compile(r"(?i)^\s*(?:from|von|de|van|od|da)\s*:|\bwrote:\s*$|\bschrieb:\s*$"
                           r"|\ba écrit\s*:\s*$|\bescribió:\s*$|^\s*-{2,}\s*original message")
# ... and says what it protects (a customer's "emails intended for the recipient" does not).
_FOOTER_WORD = re2.compile(r"(?i)\b(?:confidential|privileged|disclaimer|vertraulich"
                           r"|confidentiel|confidencial)")


def without_disclaimer(lines: list[str]) -> list[str]:
    """The lines without a legal footer's paragraph: from its first line in the last
    DISCLAIMER_LINES lines to the next blank line, when nothing but a quoted thread follows it
    (what does, stays)."""
    first = max(1, len(lines) - DISCLAIMER_LINES)
    # The paragraph lies in these lines and holds a footer word: one search rules most out.
    if not _FOOTER_WORD.search("\n".join(lines[first:])):
        return lines
    for i in range(first, len(lines)):
        if not _DISCLAIMER.search(lines[i]):
            continue
        end = next((j for j in range(i + 1, len(lines)) if not lines[j].strip()), len(lines))
        after = [line for line in lines[end:] if line.strip()]
        quoted = [line for line in after if not line.lstrip().startswith(">")]
        if _FOOTER_WORD.search(" ".join(lines[i:end])) and (
                not quoted or (len(quoted) == 1 and quoted[0] == after[0]
                               and _QUOTE_INTRO.search(quoted[0]) is not None)):
            return lines[:i] + lines[end:]
        return lines
    return lines
