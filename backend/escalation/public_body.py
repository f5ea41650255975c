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
import unicodedata

import re2

from backend.mail_footer import without_disclaimer

# Invisible in GitHub's rendering, yet they split "Jür\u00adgen" so no name list matches it.
_INVISIBLE = re2.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
                         "\ufeff]")
_ENTITY = re2.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# Mail header names, optionally in bold (Outlook pasted as Markdown): who it was from, when it
# was sent, who it went to. Outlook writes them in the reader's language.
_FROM = r"(?:from|von|de|van|da|från|fra|od|от)"
_SENT = (r"(?:sent|date|gesendet|datum|envoy[ée]|enviado(?: el)?|inviato|skickat|sendt"
         r"|verzonden|wysłano|data)")
_TO = r"(?:to|cc|bcc|reply-to|sender|an|kopie|à|a|para|aan|till|til|do|kopia)"
_NAME = r"[ \t>]*(?:\*\*)?"  # a header name may be quoted ('>') or bold ('**From:**')
_AFTER = r"(?:\*\*)?[ \t]*:(?:\*\*)?"
# Where a quoted earlier message starts: attribution lines of the common mail clients in the
# languages customers write in (the line ends at the colon; Gmail may wrap it once),
# "Original Message" separators, and an Outlook header block (From, then Sent or an address).
_WROTE = (r"(?:wrote|schrieb|[ée]crit|escribi[óo]|escreveu|schreef|ha scritto|skrev"
          r"|napisał|написал)")
_REPLY_START = re2.compile(
    r"(?im)^[ \t]*(?:"
    r"(?:on|am|le|el|em|op|il giorno|den|dnia|w dniu)\s[^\n]{0,200}?(?:\n[^\n]{0,120}?)?"
    + _WROTE + r"[^\n:]{0,80}:[ \t]*$"
    r"|-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original"
    r"|mensagem original|messaggio originale|forwarded message|weitergeleitete nachricht)\s*-{2,}"
    r"|_{10,}[ \t]*$"
    r"|" + _NAME + _FROM + _AFTER + r"[^\n]*\n" + _NAME + _SENT + _AFTER
    + r"|" + _NAME + _FROM + _AFTER + r"[^\n]*(?:@|<|\[mailto)[^\n]*\n" + _NAME + _TO + _AFTER
    + r")")
# Header lines that name people, wherever they are left (a forward pasted whole, '>' quoted).
_ADDRESS_HEADER = re2.compile(
    r"(?im)^" + _NAME + r"(?:" + _FROM + r"|" + _TO + r")" + _AFTER
    + r"[^\n]*(?:@|<|\[mailto)[^\n]*$")
# The other lines of a mail header block (dropped only at the top of an all-quote message,
# where they would pass for the customer's words; a log's "Date:" elsewhere stays).
_OTHER_HEADER = re2.compile(
    r"(?i)^" + _NAME + r"(?:" + _FROM + r"|" + _SENT + r"|" + _TO
    + r"|subject|betreff|objet|asunto|assunto|oggetto|ämne|onderwerp|temat)" + _AFTER)
_ATTRIBUTION = re2.compile(
    r"(?im)^[ \t>]*(?:on|am|le|el|em|op|il giorno|den|dnia|w dniu)\s[^\n]{0,200}?"
    r"(?:\n[^\n]{0,120}?)?" + _WROTE + r"[^\n:]{0,80}:[ \t]*$")
# A quoted-reply or header marker: only then are '>' lines someone else's message (a Markdown
# quote or curl -v output in the customer's own words stays).
# A signature starts at a sign-off, "-- ", "Sent from my ...", or a mail client's signature
# block in HTML, and what follows it is short: a name, a title, a phone line.
_SIGNOFF = re2.compile(
    r"(?i)^[ \t]*(?:best|best regards|kind regards|warm regards|regards|best wishes"
    r"|many thanks|thanks|thanks again|thanks a lot|thanks in advance|thanks (?:&|and) regards"
    r"|thank you|thank you very much|thank you in advance|thx|cheers|br|sincerely|tia"
    r"|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e"
    r"|viele gr(?:ü|ue)(?:ß|ss)e|beste gr(?:ü|ue)(?:ß|ss)e|gr(?:ü|ue)(?:ß|ss)e?|danke"
    r"|danke schön|vielen dank|lg|mfg|vg|cordialement|bien cordialement|merci"
    r"|merci d'avance|salutations|saludos|un saludo|atentamente|gracias|atenciosamente"
    r"|abra[çc]os|obrigad[oa]|met vriendelijke groet(?:en)?|groeten|mvh|med vänlig hälsning"
    r"|med vennlig hilsen|vennlig hilsen|med venlig hilsen|venlig hilsen|hilsen|takk"
    r"|vänliga hälsningar|hälsningar|ystävällisin terveisin|cumprimentos|distinti saluti"
    r"|cordiali saluti|saluti|grazie|pozdrawiam|よろしくお願いします|敬具"
    r"|תודה|בברכה|תודה רבה|teşekkürler|saygılarımla|s pozdravem|díky|děkuji|谢谢|감사합니다)"
    r"[ \t]*[,.!]*(?:[ \t]+\pL[\pL'.\-]*(?:[ \t]+\pL[\pL'.\-]*){0,2})?[ \t]*$")
# "-- " (RFC 3676), "—Bob Smith" or "-Bob" as the last line, and phone clients' footers.
_SIG_DELIM = re2.compile(
    r"(?i)^(?:-- ?|[-—–][ \t]?\p{Lu}\pL*(?:[ \t]\p{Lu}\pL*){0,2}|sent from my .*"
    r"|von meinem .* gesendet.*|envoyé de mon .*|enviado desde mi .*)$")
# Lines that are a report, never a signature: log levels, stack frames, times, key: value.
# The short levels as words ("Information Security Officer" is a signature's title); errors
# and exceptions at a word's end too ("ValueError", "NullPointerException", "errors").
_REPORT_LINE = re2.compile(
    r"(?i)(?:\b(?:warn|warning|info|debug|fatal|panic|traceback)\b|(?:error|exception)s?\b"
    r"|\bat\s+\S+\(|\d{1,2}:\d{2}|[{}\[\]=]|^\s*\S+:\s)")
# ... except a signature's own fields ("Mobile: +1 ...", "E-mail: ...").
_SIGNATURE_FIELD = re2.compile(
    r"(?i)^\s*(?:mobile|mob|tel|telephone|phone|cell|fax|e-?mail|mail|web|www|m|t|p|f|office"
    r"|direct|linkedin|handy|telefon|portable|móvil|celular)\s*[:.]")
_HTML_SIGNATURE = re2.compile(
    r"(?i)<div[^>]{0,200}?(?:class|id)\s*=\s*[\"']?(?:gmail_signature|signature"
    r"|moz-signature|x_signature)")
# A mail link's text is a person's name: keep the address, which the redactor removes.
_MAILTO_LINK = re2.compile(r"\[[^\]\n]{1,200}\]\(mailto:([^)\s]{1,300})\)")
SIGNATURE_LINES = 12  # a signature starts in the last lines of a message
SIGNATURE_TAIL = 6  # ... and is followed by at most this many short lines
SHORT_LINE = 80
HEADER_LINES = 8  # an all-quote message's header block sits in its first lines
FORWARD_DEPTH = 3  # mails that only pass the next one on, read through
FORWARD_INTRO_WORDS = 12  # words before a thread that only pass it on ("FYI, see below")
# What passes a thread on (a reply's "still broken" does not: its thread is older context).
_FORWARD_CUE = re2.compile(
    r"(?i)\b(?:fyi|fw|fwd|forward(?:ed|ing)?|see (?:the )?(?:thread|mail|email|message)?s? ?below"
    r"|see below|below|weitergeleitet|siehe unten|voir ci-dessous|ver abajo|vedi sotto"
    r"|zie hieronder)\b")

_FORWARD_SEPARATOR = re2.compile(r"(?i)forwarded message|weitergeleitete nachricht")


def visible(text: str) -> str:
    """The text as GitHub shows it: HTML entities decoded, invisible characters removed, accents
    composed (NFC) and full-width letters as ASCII: a name typed in full-width letters (ｍａｒｔａ)
    or with decomposed accents (pasted from macOS) reads as the name it shows."""
    if not text:
        return text
    if _ENTITY.search(text):
        text = html.unescape(text)
    if not text.isascii():
        # NFC, and full-width ASCII as ASCII: not all of NFKC, which reads O(n²) as O(n2).
        text = unicodedata.normalize("NFC", text).translate(_FULL_WIDTH)
    return without_invisible(text)


# Full-width forms of ASCII (ｍａｒｔａ＠ｈｏｏｌｉ．ｃｏｍ) and the ideographic space.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


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
    intro = text[:reply.start()] if reply else ""
    # A forward ("Hi, see the thread below.") keeps the thread: it is the report. Its headers
    # go below, and the names in them are learnt before redacting (composer).
    # A separator that says "Forwarded message" ("Forwarding from one of our devs, see
    # below. Can you help? …", signed) passes one mail on: the cover note without its
    # signature, and the forwarded mail as a message of its own (its headers, the older thread
    # under it and its signature go).
    if reply is not None and _FORWARD_SEPARATOR.search(reply.group(0)):
        cover = "\n".join(_without_signature(intro.rstrip().splitlines()))
        body, older = _forwarded_mail(text[reply.end():])
        # (a mail that only passes the next one on, "FYI" or "see the thread below": that one,
        # at most FORWARD_DEPTH deep)
        for _ in range(FORWARD_DEPTH):
            if older is None or not _passes_on(body):
                break
            body, older = _forwarded_mail(older)
        return (cover + "\n\n" + own_words(body)).strip()
    forward = reply is not None and len(intro.split()) <= FORWARD_INTRO_WORDS and (
        not intro.strip() or _FORWARD_CUE.search(intro) is not None)
    if reply and intro.strip() and not forward:
        text = intro
    elif forward:
        text = intro + "\n" + text[reply.start():]
    mail = reply is not None or _ADDRESS_HEADER.search(text) is not None
    text = _ATTRIBUTION.sub("", _ADDRESS_HEADER.sub("", text))
    text = _MAILTO_LINK.sub(lambda m: m.group(1), text)
    lines = text.rstrip().splitlines()
    if mail:
        lines = [line for line in lines if not _OTHER_HEADER.search(line)] if forward else (
            _without_header_block(lines))
        unquoted = [line for line in lines if not line.lstrip().startswith(">")]
        if forward:
            lines = [_unquoted(line) for line in lines]
        elif any(line.strip() for line in unquoted):
            lines = unquoted  # a message that is all quote keeps it: it is the report
    return "\n".join(_without_signature(lines)).strip()


def _passes_on(body: str) -> bool:
    """A mail whose own words only pass a thread on ("FYI", "see the thread below")."""
    return len(body.split()) <= FORWARD_INTRO_WORDS and (
        not body.strip() or _FORWARD_CUE.search(body) is not None)


def _forwarded_mail(text: str) -> tuple[str, str | None]:
    """A forwarded mail's body, and the thread under it (after the next reply's or forward's
    line, or None): its header lines at the top dropped and the thread cut, so that own_words
    reads it as one message, with no separator left to read again (a forward of a forward of
    … is one pass)."""
    lines = [_unquoted(line) for line in text.lstrip("\n").splitlines()]  # (> quoted as sent)
    start = 0
    while start < min(len(lines), HEADER_LINES) and (
            not lines[start].strip() or _OTHER_HEADER.search(lines[start])
            or _ADDRESS_HEADER.search(lines[start])):
        start += 1
    body = "\n".join(lines[start:])
    older = _REPLY_START.search(body)
    return (body[:older.start()], body[older.end():]) if older else (body, None)


def _unquoted(line: str) -> str:
    """A line of a forwarded thread without its quote marks (> > text)."""
    stripped = line.lstrip()
    while stripped.startswith(">"):
        stripped = stripped[1:].lstrip()
    return stripped


def _without_header_block(lines: list[str]) -> list[str]:
    """The lines without a mail header block's remaining lines in the first HEADER_LINES."""
    head = [line for line in lines[:HEADER_LINES] if not _OTHER_HEADER.search(line)]
    return head + lines[HEADER_LINES:]


def _without_signature(lines: list[str]) -> list[str]:
    """The lines before a signature and the legal footer under it: the signature cut as
    before, then the footer's paragraph, then a signature that stood above the footer. Each
    step only removes lines, so nothing the first cut took out comes back."""
    return _signature_cut(without_disclaimer(_signature_cut(lines)))


def _signature_cut(lines: list[str]) -> list[str]:
    """The lines before the first signature start in the last SIGNATURE_LINES lines, when what
    follows it is a signature's few short lines and not more of the report."""
    for i in range(max(1, len(lines) - SIGNATURE_LINES), len(lines)):
        line = lines[i].strip()
        if not (_SIG_DELIM.search(line) or _SIGNOFF.search(line)):
            continue
        tail = [t.strip() for t in lines[i + 1:] if t.strip()]
        if len(tail) <= SIGNATURE_TAIL and all(
                len(t) <= SHORT_LINE and (_SIGNATURE_FIELD.search(t) or not _REPORT_LINE.search(t))
                for t in tail):
            return lines[:i]
    return lines
