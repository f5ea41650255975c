"""What of a customer's message may feed a public defect: their own words, as GitHub will show them.

A public defect needs the problem, not the e-mail around it. The quoted thread, the mail headers
("From: Priya Raman <...>", "Am Di., ... schrieb Klaus Böhm:") and the signature hold the names
of people Zendesk never heard of, which no list of known names can remove; so they are cut before
the redactor reads the text. Characters that hide a name from matching without changing how it
reads (soft hyphens, zero-width joiners, HTML entities, which GitHub decodes) are undone first.
The router keeps its own, narrower cleaning (backend.routing.text): its evaluation is unchanged.
"""

from __future__ import annotations

import html

import re2

# Invisible in GitHub's rendering, yet they split "Jür\u00adgen" so no name list matches it.
_INVISIBLE = re2.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
                         "\ufeff]")
_ENTITY = re2.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# Where a quoted earlier message starts: attribution lines of the common mail clients in the
# languages customers write in, "Original Message" separators, and an Outlook header block.
_REPLY_START = re2.compile(
    r"(?im)^[ \t]*(?:"
    r"on\s.{0,200}?wrote\s*:"
    r"|am\s.{0,200}?schrieb.{0,80}:"
    r"|le\s.{0,200}?a\s+[ée]crit\s*:"
    r"|el\s.{0,200}?escribi[óo]\s*:"
    r"|em\s.{0,200}?escreveu\s*:"
    r"|op\s.{0,200}?schreef.{0,80}:"
    r"|-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original"
    r"|mensagem original|forwarded message|weitergeleitete nachricht)\s*-{2,}"
    r"|_{10,}[ \t]*$"
    r"|(?:from|von|de|van|da)[ \t]*:[^\n]*\n[ \t]*(?:sent|date|gesendet|datum|envoy[ée]"
    r"|enviado|verzonden|to|an|à|para|aan)[ \t]*:)")
# Header lines that name people, wherever they are left (a forward pasted whole, '>' quoted).
_ADDRESS_HEADER = re2.compile(
    r"(?im)^[ \t>]*(?:from|to|cc|bcc|reply-to|sender|von|an|kopie|de|à|a|para|aan|van)"
    r"[ \t]*:[^\n]*(?:@|<|\[mailto)[^\n]*$")
# The other header lines of a mail block: noise in a defect, and they would make a forward
# that is all quote look like the customer's own words.
_OTHER_HEADER = re2.compile(
    r"(?im)^[ \t>]*(?:sent|date|subject|gesendet|datum|betreff|envoy[ée]|objet|enviado|asunto"
    r"|assunto|verzonden|onderwerp)[ \t]*:[^\n]*$")
_ATTRIBUTION = re2.compile(
    r"(?im)^[ \t>]*(?:on|am|le|el|em|op)\s[^\n]{0,200}?"
    r"(?:wrote|schrieb|[ée]crit|escribi[óo]|escreveu|schreef)[^\n]{0,80}:[ \t]*$")
# A signature starts at a sign-off near the end, "-- ", "Sent from my ...", or a mail
# client's signature block in HTML.
_SIGNOFF = re2.compile(
    r"(?i)^[ \t]*(?:best|best regards|kind regards|warm regards|regards|many thanks|thanks"
    r"|thanks again|thanks a lot|thank you|thank you very much|cheers|br|sincerely|tia"
    r"|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e"
    r"|viele gr(?:ü|ue)(?:ß|ss)e"
    r"|beste gr(?:ü|ue)(?:ß|ss)e|gr(?:ü|ue)(?:ß|ss)e|lg|mfg|vg|cordialement|bien cordialement"
    r"|merci|merci d'avance|salutations|saludos|un saludo|atentamente|atenciosamente"
    r"|abra[çc]os|obrigad[oa]|met vriendelijke groet(?:en)?|groeten|mvh|med vänlig hälsning"
    r"|vänliga hälsningar|hälsningar|ystävällisin terveisin|cumprimentos|distinti saluti"
    r"|cordiali saluti|saluti|よろしくお願いします|敬具)[ \t]*[,.!]?[ \t]*$")
_SIG_DELIM = re2.compile(
    r"(?i)^(?:-- ?|sent from my .*|von meinem .* gesendet.*|envoyé de mon .*)$")
_HTML_SIGNATURE = re2.compile(
    r"(?i)<div[^>]{0,200}?(?:class|id)\s*=\s*[\"']?(?:gmail_signature|signature"
    r"|moz-signature|x_signature)")
# A mail link's text is a person's name: keep the address, which the redactor removes.
_MAILTO_LINK = re2.compile(r"\[[^\]\n]{1,200}\]\(mailto:([^)\s]{1,300})\)")
SIGNATURE_LINES = 12


def visible(text: str) -> str:
    """The text as GitHub shows it: HTML entities decoded, invisible characters removed."""
    if not text:
        return text
    if _ENTITY.search(text):
        text = html.unescape(text)
    return without_invisible(text)


def without_invisible(text: str) -> str:
    """The text without characters that do not show (soft hyphens, zero-width joiners...)."""
    return _INVISIBLE.sub("", text) if text else text


def own_words(text: str) -> str:
    """A customer's message without the quoted thread, mail headers and signature."""
    text = visible(text or "")
    html_signature = _HTML_SIGNATURE.search(text)
    if html_signature:
        text = text[:html_signature.start()]
    reply = _REPLY_START.search(text)
    if reply and text[:reply.start()].strip():
        text = text[:reply.start()]
    text = _ATTRIBUTION.sub("", _ADDRESS_HEADER.sub("", text))
    if reply is not None:  # a mail block was seen: its other header lines go too
        text = _OTHER_HEADER.sub("", text)
    text = _MAILTO_LINK.sub(lambda m: m.group(1), text)
    lines = text.rstrip().splitlines()
    unquoted = [line for line in lines if not line.lstrip().startswith(">")]
    if any(line.strip() for line in unquoted):
        lines = unquoted  # a message that is all quote keeps it: it is the report
    return "\n".join(_without_signature(lines)).strip()


def _without_signature(lines: list[str]) -> list[str]:
    """The lines before a signature that starts in the last SIGNATURE_LINES lines."""
    for i in range(len(lines) - 1, max(0, len(lines) - SIGNATURE_LINES) - 1, -1):
        line = lines[i].strip()
        if i > 0 and (_SIG_DELIM.search(line) or _SIGNOFF.search(line)):
            return lines[:i]
    return lines
