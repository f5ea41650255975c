"""Find credentials in ticket text: vendor tokens, keys, passwords in URLs, prose and configs.

Token shapes come from detect-secrets' specific plugins (the maintained list of vendor formats:
AWS, Azure storage, GitHub, GitLab, Slack, Stripe, Twilio, SendGrid, JWT...), recompiled with RE2
so they run in linear time; its entropy plugins are not used (they flag ordinary words). Around
them: Sourcegraph's own token prefixes, private keys, credentials in a URL of any scheme and in
connection strings, ``key: value`` pairs, a secret written in prose ("aws secret wJalr..."),
license keys, and (for a public issue) any long opaque token.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from functools import cache

from detect_secrets.plugins.artifactory import ArtifactoryDetector
from detect_secrets.plugins.aws import AWSKeyDetector
from detect_secrets.plugins.azure_storage_key import AzureStorageKeyDetector
from detect_secrets.plugins.discord import DiscordBotTokenDetector
from detect_secrets.plugins.github_token import GitHubTokenDetector
from detect_secrets.plugins.gitlab_token import GitLabTokenDetector
from detect_secrets.plugins.jwt import JwtTokenDetector
from detect_secrets.plugins.mailchimp import MailchimpDetector
from detect_secrets.plugins.npm import NpmDetector
from detect_secrets.plugins.openai import OpenAIDetector
from detect_secrets.plugins.pypi_token import PypiTokenDetector
from detect_secrets.plugins.sendgrid import SendGridDetector
from detect_secrets.plugins.slack import SlackDetector
from detect_secrets.plugins.square_oauth import SquareOAuthDetector
from detect_secrets.plugins.stripe import StripeDetector
from detect_secrets.plugins.telegram_token import TelegramBotTokenDetector
from detect_secrets.plugins.twilio import TwilioKeyDetector

from backend.escalation.config_secrets import (
    PROSE_WORDS,
    config_secret_spans,
    names_a_variable,
    opens_structure,
)
from backend.escalation.config_secrets import secretlike as _secretlike
from backend.escalation.config_secrets import strip_end as _strip_end
from backend.escalation.spans import (
    CREDENTIAL,
    ID_NUMBER,
    LICENSE,
    SECRET,
    TOKEN,
    Span,
    linear,
    word_char,
)

PLUGINS = (
    ArtifactoryDetector, AWSKeyDetector, AzureStorageKeyDetector, DiscordBotTokenDetector,
    GitHubTokenDetector, GitLabTokenDetector, JwtTokenDetector, MailchimpDetector, NpmDetector,
    OpenAIDetector, PypiTokenDetector, SendGridDetector, SlackDetector, SquareOAuthDetector,
    StripeDetector, TelegramBotTokenDetector, TwilioKeyDetector,
)
_NOT_WORD_AFTER = "(?!\\w)"
_LOOKAROUND = re.compile(r"\(\?<?[=!]")
_BIG_REPEAT = re.compile(r"\{(\d+),(\d{4,})\}")  # RE2 repeats at most 1000 times

_PRIVATE_KEY = linear(
    r"(?s)-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----.*?"
    r"(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\z)")
# Shapes detect-secrets does not cover: Sourcegraph's tokens, fine-grained GitHub tokens, other
# GitLab prefixes, Slack app tokens, Google API keys, OpenAI/Anthropic-style keys, full JWTs.
_TOKENS = linear(
    r"\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}"
    r"|gl(?:pat|dt|ptt|rt|cbt|oas|soat|ft)-[A-Za-z0-9_\-]{20,}|xapp-[A-Za-z0-9-]{10,}"
    r"|xox[abposr]-[A-Za-z0-9-]{10,}|(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA)[0-9A-Z]{16}"
    r"|sgp_[A-Za-z0-9_]{16,}|sgph_[A-Za-z0-9_]{16,}|sgs_[A-Za-z0-9_]{16,}"
    r"|sk-(?:ant-)?[A-Za-z0-9_\-]{20,}|AIza[0-9A-Za-z_\-]{35}"
    r"|eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,})")
# user:password@ after any scheme (postgres://, ldap://, redis://, amqp+ssl://...).
_URL_USERINFO = linear(r"(?i)\b([a-z][a-z0-9+.\-]{0,30}://)([^\s/?#@:\"'<>]{0,256})"
                       r"(?::([^\s/?#@\"'<>]{0,256}))?@")
# user:password@host with no scheme (connection strings, CLI flags).
_BARE_USERINFO = linear(r"(?i)(?:^|[\s\"'(<=,])([a-z0-9._%+\-]{1,64}):([^\s@/:\"'<>]{3,128})@"
                        r"[a-z0-9\[]")
# Connection-string and config keys (AccountKey=...; Password=...; User ID=...).
_CONN_KEYS = linear(
    r"(?i)\b(accountkey|sharedaccesskey|sharedaccesssignature|password|passwd|pwd|pass|pw|secret"
    r"|client_secret|clientsecret|api[_-]?key|apikey|access[_-]?token|auth[_-]?token"
    r"|private[_-]?token|session[_-]?token|(?:aws_)?secret(?:_access)?_key|access_key(?:_id)?"
    r"|token|user ?id|uid|user(?:name)?|login)(\"?(?:\s{0,3}|[ \t]{4,24})[:=]\s{0,3}[\"']?)"
    r"([^\s\"',;]{1,512})")
_SECRET_KEYS = frozenset({"accountkey", "sharedaccesskey", "sharedaccesssignature", "password",
                          "passwd", "pwd", "pass", "pw", "secret", "client_secret",
                          "clientsecret"})
_AUTH_HEADER = linear(r"(?i)\b(bearer|basic|token)([ \t]{1,8})([A-Za-z0-9\-._~+/]{12,512}=*)")
# A secret written in prose: "aws secret wJalr...", "the password is Summer2024", "license key ABC".
_PROSE = linear(
    r"(?i)\b(secret(?:[ _-]access)?(?:[ _-]key)?|password|passwd|passphrase|pass ?code|pin"
    r"|token|api[ _-]?key|access[ _-]?key(?:[ _-]id)?|licen[cs]e(?:[ _-]?key)?"
    r"|key(?:[ _-]?id)?"  # "key ID 6e1f-22ab-9c04": a licence key's id
    r"|(?:otp|totp|mfa|2fa)(?:[ _-]?(?:seed|secret|key))?|recovery[ _-]?codes?|backup[ _-]?codes?)"
    r"(?:[ \t]{1,3}(?:is|was|of)?|[ \t]{0,3}[=:\-])[ \t]{0,3}[\"'`]?"
    r"([A-Za-z0-9/+=_\-.~!#$%^&*]{6,512})")
# A password named a few words before its colon: "Passwort für den Admin: Herbst#2023",
# "password for the svc account: ...".
_PASSWORD_FOR = linear(
    r"(?i)\b(?:password|passwort|kennwort|mot de passe|contrase[ñn]a|wachtwoord|senha"
    r"|secret|token|api[ _-]?key)"  # "Webhook secret in Sourcegraph: wh-sec-9Kx2…"
    r"[ \t]+(?:f[üu]r|for|pour|para|voor|in|on|of|from)[^\n:=]{1,30}[:=][ \t]*[\"'`]?"
    r"([^\s\"'`]{4,256})")
# A password set to a value: "reset the admin password to Winter2024" (not "key to github.com/").
_PASSWORD_TO = linear(
    r"(?i)\b(?:password|passwd|passphrase|passcode)(?:[ \t]{1,3}(?:was|is|has been))?"
    r"(?:[ \t]{1,3}(?:set|changed|reset|updated))?[ \t]{1,3}to[ \t]{1,3}[\"'`]?"
    r"([A-Za-z0-9/+=_\-.~!#$%^&*]{6,512})")
# License-key shapes: grouped blocks (ABCD1-EF234-...) and long opaque tokens.
_GROUPED_KEY = linear(r"\b[A-Za-z0-9]{4,12}(?:-[A-Za-z0-9]{4,12}){3,7}\b")
# A UUID names a trace, a request, a site or an instance: no secret, and what engineering needs in
# a private RFH; a public defect still leaves it out (a site id points at the customer).
_UUID = linear(r"^[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$")
# Two lower-case words first: a Kubernetes pod or job name ("sourcegraph-frontend-7d9f8c6b5-
# x2k9p"), whose generated suffixes are no key either.
_NAMED = linear(r"^[a-z]{4,12}-[a-z]{4,12}-")
_LONG_TOKEN = linear(r"[A-Za-z0-9+/_\-]{40,}={0,2}")
_HEX = linear(r"^[0-9a-fA-F]+$")
_JOIN = linear(r"[_/-]")


@cache
def plugin_patterns() -> tuple[tuple[str, object, bool], ...]:
    """detect-secrets' token patterns as RE2 regexes: (secret type, regex, needs no \\w after).

    A pattern that ends in ``(?!\\w)`` (GitLab's) keeps that check in code; any other lookaround
    makes a pattern unusable in RE2 and it is left out (the tests list which plugins that is)."""
    out = []
    for plugin in PLUGINS:
        for regex in getattr(plugin(), "denylist", ()):
            source = regex.pattern
            tail = source.endswith(_NOT_WORD_AFTER)
            if tail:
                source = source[: -len(_NOT_WORD_AFTER)]
            if _LOOKAROUND.search(source):
                continue
            source = _BIG_REPEAT.sub(lambda m: "{" + m.group(1) + ",1000}", source)
            flags = "(?i)" if regex.flags & re.IGNORECASE else ""
            out.append((plugin.secret_type, linear(flags + source), tail))
    return tuple(out)


# Docker's config.json: "auth" is base64 of user:password.
_DOCKER_AUTH = linear(r"\"auth\"[ \t]*:[ \t]*\"([A-Za-z0-9+/]{12,}={0,2})\"")


def secret_spans(text: str, *, public: bool) -> Iterator[Span]:
    """Spans of every credential in text. public: user names and opaque tokens go too."""
    for m in _PRIVATE_KEY.finditer(text):
        yield Span(m.start(), m.end(), "private_key", SECRET, m.group(0))
    for _type, regex, tail in plugin_patterns():
        for m in regex.finditer(text):  # type: ignore[attr-defined]
            start, end = m.start(), m.end()
            while start < end and text[start] in " \t\r\n=:\"'":  # plugins eat a delimiter
                start += 1
            while end > start and text[end - 1] in " \t\r\n\"'":
                end -= 1
            if tail and word_char(text, end):
                continue
            yield Span(start, end, "token", SECRET, text[start:end])
    for m in _TOKENS.finditer(text):
        yield Span(m.start(), m.end(), "token", SECRET, m.group(0))
    for m in _DOCKER_AUTH.finditer(text):  # base64 of user:password, from every issue
        yield Span(m.start(1), m.end(1), "secret", SECRET, m.group(1))
    yield from _credential_spans(text, public)
    yield from _prose_spans(text, public)


def _credential_spans(text: str, public: bool) -> Iterator[Span]:
    for m in _URL_USERINFO.finditer(text):
        if public:  # user names are private too: keep the scheme only
            userinfo = text[m.start(2):m.end() - 1]
            yield Span(m.start(2), m.end() - 1, "credential", CREDENTIAL, userinfo)
        elif m.group(3):
            yield Span(m.start(3), m.end(3), "credential", SECRET, m.group(3))
    for m in _BARE_USERINFO.finditer(text):
        if public:
            yield Span(m.start(1), m.end(2), "credential", CREDENTIAL, text[m.start(1):m.end(2)])
        else:
            yield Span(m.start(2), m.end(2), "credential", SECRET, m.group(2))
    for m in _CONN_KEYS.finditer(text):
        # The brace or bracket that closes a JSON object is the object's ("uid":1842},).
        key, value = m.group(1).lower(), m.group(3).rstrip("}]")
        if value.lower() in PROSE_WORDS:
            continue  # "invalid username: contains illegal …", "passwd: failed to", "user:all"
        if not value or opens_structure(value) or value.startswith("[redacted") or (
                names_a_variable(m.group(3))) or names_a_variable(
                value) or (
                not public and key.replace(" ", "") in (
                "userid", "uid", "user", "username", "login")):
            continue
        if key.replace(" ", "") in ("user", "username", "login", "userid", "uid"):
            kind, mark = "credential", CREDENTIAL
        else:
            kind, mark = ("credential" if key in _SECRET_KEYS else "token"), SECRET
        if key == "token" and not _secretlike(value, 4):
            continue  # "token: expired" is prose
        yield Span(m.start(3), m.start(3) + len(value), kind, mark, value)
    for m in _AUTH_HEADER.finditer(text):
        if _secretlike(m.group(3), 12):
            yield Span(m.start(3), m.end(3), "token", SECRET, m.group(3))
    yield from config_secret_spans(text, public)


def _prose_spans(text: str, public: bool) -> Iterator[Span]:
    for m in (*_PASSWORD_TO.finditer(text), *_PASSWORD_FOR.finditer(text)):
        value = _strip_end(m.group(1))
        if _secretlike(value, 6):
            yield Span(m.start(1), m.start(1) + len(value), "secret", SECRET, value)
    for m in _PROSE.finditer(text):
        value = _strip_end(m.group(2))
        license_key = m.group(1).lower().startswith("licen")
        if value.startswith("[redacted") or names_a_variable(value) or not _secretlike(
                value, 8 if license_key else 6):
            continue
        mark, kind = (LICENSE, "license_key") if license_key else (SECRET, "secret")
        yield Span(m.start(2), m.start(2) + len(value), kind, mark, value)
    for m in _GROUPED_KEY.finditer(text):
        value = m.group(0)
        if not any(c.isdigit() for c in value) or _NAMED.search(value) or value.upper().startswith(
                ("GHSA-", "PYSEC-", "RUSTSEC-")):
            continue  # a public advisory's id (GHSA-m425-mq94-257g)
        if _UUID.search(value):
            if public:
                yield Span(m.start(), m.end(), "customer_id", ID_NUMBER, value)
        else:  # license keys, product keys, card numbers written in groups
            yield Span(m.start(), m.end(), "license_key", LICENSE, value)
    if public:
        for m in _LONG_TOKEN.finditer(text):
            value = m.group(0)
            if _opaque(value):
                yield Span(m.start(), m.end(), "token", TOKEN, value)


def _opaque(value: str) -> bool:
    """A long run of letters and digits that is no word, path, commit hash, pod name or the
    product's own GraphQL id."""
    if _HEX.search(value) or value.count("/") > 3 or _NAMED.search(value) or (
            names_a_variable(value.rstrip("="))) or _graphql_id(value) or _words(value):
        return False  # (..._USE_EC2_ROLE_CREDENTIALS=: a variable's name)
    return any(c.isalpha() for c in value) and any(c.isdigit() for c in value)


def _words(value: str) -> bool:
    """Lower-case words joined by "_", "-" or "/", at most one of them not a word of three letters
    or more, and that one short (90th): an alert's or a metric's name (warning_frontend_90th_
    percentile_search_request_duration), not a token."""
    if len(value) > 200:
        return False  # (no metric is named so long; a 200 KB "a-a-a-…" is not split)
    parts = _JOIN.split(value)
    odd = [p for p in parts if not (p.isalpha() and len(p) >= 3)]
    return len(parts) >= 4 and value.islower() and len(odd) <= 1 and all(
        len(p) <= 4 for p in odd)  # (90th, 2h; not a hex tail: hooli_deploy_token_3f9a…)


def _graphql_id(value: str) -> bool:
    """Sourcegraph's GraphQL node ids are base64 of "Type:key" (aW5zaWdodF92aWV3Oi… is
    insight_view:"…"): the report's, as a row id is; a token never decodes so."""
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
        text = decoded.decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return False
    return bool(_NODE_ID.search(text))


_NODE_ID = linear(r"^[A-Za-z][A-Za-z_]{2,40}:[\x20-\x7e]{1,200}$")
