"""Credentials in the shapes configs, shells and tools write them (beside secret_scan's tokens).

Keys that end in a secret word (DB_PASSWORD=, PGPASSWORD=, "webhookSecret": ..., SRC_ACCESS_TOKEN=,
sg_session=; a key that only mentions one, like tokenizer or passwordPolicy.enabled, says nothing
secret),
YAML block values under such a key, quoted values with spaces, password flags and the tools that
take one (mysql -p, docker login -p, sshpass -p, redis-cli -a, curl -u user:password), .pgpass
lines, htpasswd hashes, and "password" in other languages' prose. All RE2: linear in any input.
"""

from __future__ import annotations

from collections.abc import Iterator

from backend.escalation.spans import CREDENTIAL, SECRET, Span, linear

_SECRET_WORD = (r"(?:password|passwd|passwort|kennwort|pwd|secret|token|api[_-]?key|access[_-]?key"
                r"|session|cookie|csrf|xsrf"
                r"|private[_-]?key|signing[_-]?key|auth[_-]?key|encryption[_-]?key|credentials?"
                # SMTP_PASS, ldap.bind-pass (not bypass, first_pass, multi_pass).
                r"|(?:smtp|redis|ldap|bind|db|database|mysql|pg|postgres|mongo|rabbit|amqp|admin"
                r"|root|user|proxy|mail|ftp|sftp|ssh|service|svc|bot|app|api|s3|minio)[_.\-]pass)")
# The key ends in the secret word: DB_PASSWORD, webhookSecret, SRC_ACCESS_TOKEN, DD_API_KEY.
_ENDING_KEYS = linear(
    r"(?i)([a-z0-9_.\-]{0,40}?" + _SECRET_WORD + r")(\"?(?:\s{0,3}|[ \t]{4,24})[:=]\s{0,3}[\"']?)"
    r"([^\s\"',;]{1,512})")
# Words that follow "username:" or "password:" in an error message or a scope list, never a
# user name or a password (a value shaped like one still goes: "user: jdoe is locked").
PROSE_WORDS = frozenset("""
must failed fails contains contain is not already exists required missing invalid error cannot
should does has was all none any and or the too empty unknown incorrect wrong expired locked
denied rejected mismatch changed reset updated needed only read write
duplicate external internal existing current anonymous authenticated unauthenticated deleted
disabled enabled suspended inactive pending unverified verified
""".split())
# Keys whose value is the name of a secret object, not a secret (Helm's existingSecret).
_NAMES_A_SECRET = ("existingsecret", "secretname", "secretref", "secret_name", "secret-name",
                   "existing_secret", "secretkeyref")
_ANY_VALUE_WORDS = ("pass", "pwd", "secret", "kennwort", "credential")
# password: | (or >-) and the indented lines under it.
_YAML_BLOCK = linear(
    r"(?im)^[ \t]*[\"']?[a-z0-9_.\-]{0,40}" + _SECRET_WORD + r"[\"']?[ \t]*:[ \t]*[|>][-+0-9]{0,2}"
    r"[ \t]*\n((?:[ \t]+[^\n]*(?:\n|\z)){1,20})")
# password: "two words" (the value pattern of the key rules stops at the first space).
_QUOTED = linear(
    r"(?i)\b(?:password|passwd|pwd|pass|passphrase|secret)[\"']?\s{0,3}[:=]\s{0,3}"
    r"(?:\"([^\"\n]{1,256})\"|'([^'\n]{1,256})')")
_FLAG = linear(
    r"(?:^|\s)--(?:password|passwd|pass|token|api-key|apikey|secret|client-secret)(?:=|[ \t]+)"
    r"[\"']?([^\s\"']{3,256})")
# Case matters: -P is mysql's port, -p its password.
_TOOL_P = linear(r"\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^\n]{0,200}?\s-p"
                 r"([^\s\-][^\s]{2,127})")
_TOOL_P_SPACED = linear(r"\b(?:docker|podman|nerdctl|sshpass)\b[^\n]{0,200}?[ \t]-p[ \t]+"
                        r"([^\s\-][^\s]{2,127})")
_REDIS_CLI = linear(r"\bredis-cli\b[^\n]{0,200}?[ \t]-a[ \t]+([^\s]{3,128})")
_USER_FLAG = linear(r"(?:^|\s)(?:-u|--user)[ =]?[\"']?([^\s:\"']{1,64}):([^\s\"']{1,128})")
# host:port:database:user:password, the first field naming a host (or *).
_PGPASS = linear(r"(?m)^[^:\s]{0,252}[A-Za-z*][^:\s]{0,252}:(?:\d{1,5}|\*):[^:\s]{1,100}"
                 r":[^:\s]{1,100}:(\S{3,256})$")
_HTPASSWD = linear(r"\b[A-Za-z0-9_.\-]{1,64}:(\$(?:apr1|2[aby]|1|5|6|y)\$\S{8,200})")
# Passwords in other languages' prose. RE2's \b is ASCII-only, so these words, some not ASCII,
# are matched without one.
_PROSE_INTL = linear(
    r"(?i)(passwort|kennwort|mot de passe|contraseña|contrasena|senha|wachtwoord|hasło|haslo"
    r"|lösenord|losenord|passord|salasana|パスワード|密码)"
    r"(?:[ \t]{0,3}(?:ist|lautet|est|es|é|era|war|is|=|:|：|-)){0,2}[ \t]{0,3}[\"'`]?"
    r"([^\s\"'`]{4,512})")


def _session_value(value: str) -> bool:
    """A session id or cookie value: twelve characters or more, letters and digits, no '='."""
    return (len(value) >= 12 and "=" not in value and any(c.isdigit() for c in value)
            and any(c.isalpha() for c in value))


def secretlike(value: str, min_len: int = 6) -> bool:
    """Looks like a generated secret, not a word: a digit or symbol, or long and mixed-case."""
    if len(value) < min_len:
        return False
    if any(c.isdigit() for c in value) or any(c in "/+=_~!#$%^&*" for c in value):
        return True
    return len(value) >= 16 and not value.islower() and not value.isupper()


# An environment variable (upper case, no run of three digits: INITECH_PROD_2024 may be a
# password), a reference to one ($GITHUB_TOKEN, ${TOKEN}), a placeholder in words (<redacted>,
# <your token>) or an enum's constant (JsonToken.START_OBJECT).
_VARIABLE = linear(r"^(?:\$[A-Z_][A-Z0-9_]*|\$\{[A-Z_][A-Z0-9_]*\}|<[a-z][a-z _\-]{0,38}>"
                   r"|&lt;[a-z][a-z _\-]{0,38}>|[A-Z][a-z]+[A-Z][A-Za-z]*\.[A-Z][A-Z_]+"
                   r"|[A-Z][A-Z]*(?:_[A-Z]+[0-9]{0,2}[A-Z]*)+)[.,;:!?)`]*$")


def opens_structure(value: str) -> bool:
    """A value that opens a JSON object or list ({, [, {"…), not one that starts with a brace."""
    return value in ("{", "[", "{}", "[]") or value.startswith(('{"', '["', "[{", "{'"))


def names_a_variable(value: str) -> bool:
    """An environment variable's name or a reference to it (SRC_ACCESS_TOKEN, $GITHUB_TOKEN,
    ${TOKEN}), a placeholder (<redacted>) or an enum's constant (JsonToken.START_OBJECT): where a
    secret goes or what a parser read, not the secret."""
    return _VARIABLE.search(value) is not None


def strip_end(value: str) -> str:
    """The value without the punctuation that ends the sentence around it."""
    return value.rstrip(".,;:!?)")


def config_secret_spans(text: str, public: bool) -> Iterator[Span]:
    """Spans of credentials in config, shell and tool shapes. public: user names go too."""
    for m in _ENDING_KEYS.finditer(text):
        key, value = m.group(1).lower(), strip_end(m.group(3)).rstrip("}]")
        if key.endswith(_NAMES_A_SECRET) or value.lower() in PROSE_WORDS:
            continue  # existingSecret: pgsql-auth names the secret; "passwd: failed to" is prose
        if not value or opens_structure(value) or value.startswith("[redacted") or value in (
                "|", ">", "|-", ">-") or names_a_variable(strip_end(m.group(3))) or (
                names_a_variable(value) or value.lower() in ("true", "false", "null", "none")):
            continue  # ..._USE_EC2_ROLE_CREDENTIALS=true: a switch, whatever the key
        if not any(word in key for word in _ANY_VALUE_WORDS) and (
                value.isdigit() or value.lower() in ("true", "false", "null", "none")
                or not (secretlike(value, 4) or len(value) >= 16)):
            continue  # "token: expired" says nothing secret; a 24-letter value may be one
        start = m.start(3)
        if key.endswith(("session", "cookie", "csrf", "xsrf")):
            if key.endswith("cookie") and "=" in value:  # Cookie: sg_session=…; the value
                name, _, value = value.partition("=")
                start += len(name) + 1
            if not _session_value(value):
                continue  # "maxSession": "24h30m", cookie: SameSite=None are settings
        yield Span(start, start + len(value), "credential", SECRET, value)
    for m in _YAML_BLOCK.finditer(text):
        block = m.group(1).rstrip("\n")
        yield Span(m.start(1), m.start(1) + len(block), "credential", SECRET, block)
    for m in _QUOTED.finditer(text):
        group = 1 if m.group(1) is not None else 2
        if not m.group(group).startswith("[redacted") and not names_a_variable(m.group(group)):
            yield Span(m.start(group), m.end(group), "credential", SECRET, m.group(group))
    for regex in (_FLAG, _TOOL_P, _TOOL_P_SPACED, _REDIS_CLI, _PGPASS, _HTPASSWD):
        for m in regex.finditer(text):
            yield Span(m.start(1), m.end(1), "credential", SECRET, m.group(1))
    for m in _USER_FLAG.finditer(text):
        if m.group(1).isdigit() and m.group(2).isdigit():
            continue  # docker run -u 1000:1000: a uid and a gid
        if public:
            yield Span(m.start(1), m.end(2), "credential", CREDENTIAL, text[m.start(1):m.end(2)])
        else:
            yield Span(m.start(2), m.end(2), "credential", SECRET, m.group(2))
    for m in _PROSE_INTL.finditer(text):
        value = strip_end(m.group(2))
        if not value.startswith("[redacted") and (secretlike(value, 6) or len(value) >= 8):
            yield Span(m.start(2), m.start(2) + len(value), "secret", SECRET, value)
