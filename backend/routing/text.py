"""Prepare ticket text as tickets look: subject first, no quoted replies, capped logs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import re2

from backend.mail_footer import without_disclaimer

# A 1 MB paste must not slow the request: keep the head and the telling tokens of the rest.
HEAD_CHARS = 6000
MAX_TAIL_TOKENS = 400
# ... read from this much of the rest, its start and its end (where a log's panic is): a 1.2 MB
# log of repeated lines never reaches 400 distinct tokens, and reading all of it took 65 ms of
# an 80 ms suggestion.
TAIL_SCAN_CHARS = 200_000
MAX_TOKEN_CHARS = 80
MAX_COMMENT_CHARS = 2000
MAX_COMMENTS = 5
TAGS_PREFIX = "[tags:"

# RE2, not re: "^\s*" at every line start of 40 KB of blank lines made Python's backtracking
# engine take 70 s (each line's \s* ran to the end of the text); RE2 is linear in any input.
_REPLY_HEADERS = re2.compile(
    r"(?im)^\s*(on\s.{0,200}?wrote:\s*$"
    r"|-{2,}\s*original message\s*-{2,}"
    r"|from:\s.+\n\s*(sent|date):\s"
    r"|_{10,}\s*$)"
)
_SIGNOFF = re.compile(
    r"^\s*(best regards|kind regards|warm regards|regards|many thanks|thanks( again| a lot)?|"
    r"thank you( very much)?|cheers|best|br|sincerely|tia)\s*[,.!]?\s*$",
    re.IGNORECASE,
)
_SIG_DELIM = re.compile(r"^(-- ?|sent from my .*)$", re.IGNORECASE)
# The longest stripped line _SIGNOFF matches ("thank you very much" and a mark): a line is
# stripped first, and case-insensitive matching folds one character to one.
_SIGNOFF_CHARS = 20
# A mail address ("priya@initech.example", "support@sourcegraph.com"): who wrote to whom,
# never what the ticket is about. RE2: linear on a 200 KB run of dots and dashes.
# Its domain ends in letters: "cody-ai@1.14.0" is a package; "git@host:repo" and
# "jdoe@perforce.example.com:1666" (followed by ":") are a code host's address, kept.
_ADDRESS = re2.compile(r"[\p{L}\p{N}_.+%-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\b")
# Tokens worth keeping from a long log: service names, error words, identifiers with - or _.
_TELLING = re.compile(
    r"\b(?:[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+|[A-Z][a-zA-Z]+(?:Error|Exception)|"
    r"error|fatal|panic|timeout|refused|denied|oom\w*|unauthorized|forbidden)\b"
)


def strip_quoted_reply(text: str) -> str:
    """Cut an email at the start of the quoted previous message; drop '>' lines left over."""
    match = _REPLY_HEADERS.search(text)
    if match and match.start() > 0:
        text = text[: match.start()]
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(">")]
    return "\n".join(lines)


def strip_signature(text: str) -> str:
    """Drop a trailing legal footer and signature: after '-- ', 'Sent from my ...', or a
    sign-off near the end."""
    # The footer first: with its dozen lines under it, the sign-off above was never near the
    # end, and the footer's rare words decided look-alikes and what a correction taught.
    lines = without_disclaimer(text.rstrip().splitlines())
    while lines and not lines[-1].strip():
        lines.pop()
    window = max(0, len(lines) - 10)  # a signature lives in the last few lines
    for i in range(len(lines) - 1, window - 1, -1):
        line = lines[i].strip()
        if len(line) > _SIGNOFF_CHARS and not _may_be_sent_from(line):
            continue  # most lines: neither pattern can match, and neither runs
        if _SIG_DELIM.match(line) or (_SIGNOFF.match(line) and i > 0):
            return "\n".join(lines[:i])
    return "\n".join(lines)


def _may_be_sent_from(line: str) -> bool:
    """False when "sent from my ..." cannot match: its spaces are at 4, 9 and 12 whatever
    the case (a space folds to nothing else, and "ſ" reads as "s" one for one)."""
    return len(line) >= 13 and line[4] == line[9] == line[12] == " "


def cap_long_text(text: str, head_chars: int = HEAD_CHARS,
                  clean: Callable[[str], str] | None = None) -> str:
    """Keep the head of a long text and the distinct telling tokens of the rest; ``clean``
    runs on what is read (the head and the tail's window) before its tokens are taken."""
    clean = clean or (lambda part: part)
    if len(text) <= head_chars:
        return clean(text)
    head, tail = text[:head_chars], text[head_chars:]
    if len(tail) > TAIL_SCAN_CHARS:
        half = TAIL_SCAN_CHARS // 2
        tail = tail[:half] + "\n" + tail[-half:]
    head, tail = clean(head), clean(tail)
    seen: dict[str, None] = {}
    for match in _TELLING.finditer(tail):
        token = match.group(0)[:MAX_TOKEN_CHARS]  # one 200 KB "a-a-a-" is no telling token
        if token not in seen:
            seen[token] = None
            if len(seen) >= MAX_TAIL_TOKENS:
                break
    return head + "\n" + " ".join(seen)


def clean_message(text: str) -> str:
    """One email/comment without quoted replies and signature."""
    return strip_signature(strip_quoted_reply(text or ""))


def without_addresses(text: str) -> str:
    """The text with its mail addresses blanked: a forwarded mail's "To: support@sourcegraph.com"
    read as sourcegraph.com, a managed instance, and sent self-hosted outages to Cloud."""
    if "@" not in text:
        return text  # most tickets: no search at all
    parts, kept = [], 0
    for match in _ADDRESS.finditer(text):
        start, end = match.start(), match.end()
        if text.startswith(":", end):
            continue
        parts += [text[kept:start], " "]
        kept = end
    return "".join(parts) + text[kept:] if parts else text


def prepare_ticket(
    subject: str,
    description: str,
    comments: Sequence[str] = (),
    tags: Iterable[str] = (),
    org_tags: Iterable[str] = (),
) -> str:
    """The one text the router reads: subject twice (it is the best summary), body, tags."""
    subject = " ".join((subject or "").split())[:500]
    # Addresses are blanked in what is read (no part of one reaches the tail's tokens), not in
    # the whole of a 1 MB paste.
    body = cap_long_text(clean_message(description), clean=without_addresses)
    parts = [subject, subject, body]
    for comment in list(comments)[:MAX_COMMENTS]:
        parts.append(cap_long_text(clean_message(comment), MAX_COMMENT_CHARS,
                                   clean=without_addresses))
    all_tags = sorted({t.strip().lower() for t in [*tags, *org_tags] if t and t.strip()})
    if all_tags:
        parts.append(f"{TAGS_PREFIX} {' '.join(all_tags)}]")
    return "\n".join(p for p in parts if p)


def tags_in(prepared: str) -> set[str]:
    """The tags written into a prepared text by prepare_ticket."""
    index = prepared.rfind(TAGS_PREFIX)
    if index < 0:
        return set()
    return set(prepared[index + len(TAGS_PREFIX) :].rstrip("]").split())
