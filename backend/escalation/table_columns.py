"""People, machines and record ids in a pasted table's columns, found by the column's header.

A table names machines and people only by where it puts them: ``kubectl get pods -o wide``'s
NODE, ``kubectl get nodes``' NAME, a psql result's ``usename``, a CSV export's ``owner``, a
spreadsheet's "Tech lead". No pattern reads a value alone as private, but its header says what
it is. Three layouts:

* aligned columns under an upper-case header (kubectl, ps, docker): a value starts where its
  header does;
* cells between ``|`` (psql, Markdown; two columns when a rule underlines the header), the
  same count in every row;
* comma- or tab-separated values (CSV and spreadsheet copies, quoted cells read as ``csv``
  reads them), the same count in every row.

Machines, people's names and logins are learnt (removed wherever else they stand): a machine
only when shaped like one, a lone word only in a column of logins and when no tool's or public
owner's. Each table is read once from its header, at most ``MAX_ROWS`` rows.
"""

from __future__ import annotations

import csv
from collections.abc import Generator, Iterator

from backend.escalation.discovered import Discovered
from backend.escalation.host_names import service_name
from backend.escalation.log_records import next_line
from backend.escalation.name_shapes import person_name
from backend.escalation.public_urls import PUBLIC_OWNERS
from backend.escalation.spans import ID_NUMBER, Span, linear
from backend.escalation.tool_output import NOT_USERS, a_login, machine_spans, person_span

MAX_ROWS = 500
_MACHINE_COLUMNS = frozenset("""node nodename node_name host hostname host_name server
servername server_name machine machine_name workstation computer computer_name
client_hostname""".split())
# Columns of logins: a lone lower-case word there is one (pcastellano), learnt.
_LOGIN_COLUMNS = frozenset("""user username user_name login login_name usename author author_name
committer assignee assigned_to reporter created_by updated_by requester actor owner""".split())
# Columns that name people, teams and bots alike ("platform", "dependabot"): only full names.
_NAME_COLUMNS = frozenset("""display_name full_name who lead tech_lead contact approver reviewer
on_call oncall requested_by source_identity target_identity""".split())
_PERSON_COLUMNS = _LOGIN_COLUMNS | _NAME_COLUMNS
# A machine's name: a digit, a dash or a dot in it, or one lower-case word (zeus, atlas); not
# a version (12.17), a product (PostgreSQL, nginx) or a local cluster's (minikube).
_MACHINE_SHAPE = linear(r"^(?:[A-Za-z0-9][A-Za-z0-9._-]*[0-9.-][A-Za-z0-9._-]*|[a-z]{3,30})$")
_VERSION = linear(r"^v?\d+(?:\.\d+)+")
_LOCAL_CLUSTERS = frozenset({"minikube", "docker-desktop", "kind-control-plane", "rancher-desktop",
                             "orbstack", "colima", "k3d-k3s-default-server-0", "postgres",
                             "postgresql", "mysql", "redis", "nginx", "apache", "envoy",
                             "haproxy", "traefik", "caddy", "iis", "tomcat", "jetty", "node",
                             "localhost", "linux", "windows", "darwin", "ubuntu", "debian"})
_ID_COLUMNS = frozenset("""incident_number incident_id ticket_number ticket_id case_number
case_id""".split())
# A line that may head a table: a column name of any kind as a word, or kubectl's ROLES.
_HEADER_LINE = linear(
    r"(?im)^[^\n]*\b(?:node|nodename|node_name|host|hostname|host_name|server|servername"
    r"|server_name|machine|machine_name|workstation|computer|computer_name|client_hostname"
    r"|user|username|user_name|login|login_name|owner|author|author_name|assignee|assigned_to"
    r"|reporter|created_by|updated_by|committer|display_name|full_name|requester|actor|usename"
    r"|who|lead|contact|approver|reviewer|on_call|oncall|requested_by|identity"
    r"|incident_number|incident_id|ticket_number|ticket_id|case_number|case_id|roles)\b[^\n]*$")
_ALIGNED_CELL = linear(r"[A-Z][A-Z0-9_%()-]*(?: [A-Z][A-Z0-9_%()-]*)*")
_HEADING = linear(r"^[A-Za-z_][A-Za-z0-9_ ().%/#-]{0,40}$")  # a CSV or sheet column's name
_RULE = linear(r"^[\s|:+-]*$")  # a header's underline: "----+-----", "|---|:--|"
_VALUE = linear(r"^[A-Za-z0-9_\p{L}][\p{L}A-Za-z0-9._+ '’-]*$")  # a login, a name or a machine


def column_spans(text: str, found: Discovered) -> Iterator[Span]:
    """Spans of the machines, people and ids in the columns above; learns the first two."""
    read_to = 0
    for header in _HEADER_LINE.finditer(text):
        if header.start() < read_to:
            continue  # a row of a table already read
        line = header.group(0)
        sep = "|" if line.count("|") >= 2 or (
            "|" in line and _rule_under(text, header.end())) else (
            "\t" if line.count("\t") >= 2 else "," if line.count(",") >= 2 else "")
        if sep == "|":
            read_to = yield from _cells(text, header.end(), line, sep, found)
        elif sep and all(_HEADING.search(c.strip()) for c in _split(line, sep)):
            read_to = yield from _cells(text, header.end(), line, sep, found)
        elif not sep:
            read_to = yield from _aligned(text, header.start(), line, found)


def _rule_under(text: str, end: int) -> bool:
    """Whether the line after a header ending at ``end`` underlines it ("----+-----")."""
    line = next_line(text, end)
    return bool(line.strip()) and _RULE.search(line) is not None


def _split(line: str, sep: str) -> list[str]:
    """A row's cells: between pipes as written, else as ``csv`` reads them (quotes undone)."""
    if sep == "|":
        return line.split("|")
    return next(csv.reader([line], delimiter=sep), [])


def _kinds(cells: list[str]) -> dict[int, str]:
    """The index of each column of interest, and its kind ("machine", "login", "name" or
    "id")."""
    names = [c.strip().strip("\"'`").lower().replace(" ", "_") for c in cells]
    return {i: _kind(n) for i, n in enumerate(names) if _kind(n)}


def _kind(name: str) -> str:
    """A column's kind by its name ("" when of no interest)."""
    return ("machine" if name in _MACHINE_COLUMNS else "login" if name in _LOGIN_COLUMNS
            else "name" if name in _NAME_COLUMNS else "id" if name in _ID_COLUMNS else "")


def _cells(text: str, at: int, line: str, sep: str, found: Discovered
           ) -> Generator[Span, None, int]:
    """The spans of the cells of interest in the rows after a header line ending at ``at``;
    returns where the rows end."""
    header = _split(line, sep)
    kinds = _kinds(header)
    read_to = at
    for start, row in _rows(text, at) if kinds else ():
        cells = _split(row, sep)
        if len(cells) != len(header):
            break
        cursor = 0
        for i, cell in enumerate(cells):
            value = cell.strip().strip("\"'`")
            found_at = row.find(value, cursor) if value else -1
            if found_at >= 0:
                cursor = found_at + len(value)
                if i in kinds:
                    yield from _value(start + found_at, value, kinds[i], found)
        read_to = start + len(row)
    return read_to


def _rows(text: str, at: int) -> Iterator[tuple[int, str]]:
    """The lines after a header (their offsets and text) up to a blank one, at most MAX_ROWS
    (a header's underline is skipped)."""
    start, count = at + 1, 0
    while start < len(text) and count < MAX_ROWS:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        row = text[start:end]
        if not row.strip():
            return
        if count or not _RULE.search(row):
            count += 1
            yield start, row
        start = end + 1


def _aligned(text: str, at: int, line: str, found: Discovered) -> Generator[Span, None, int]:
    """Aligned columns under an upper-case header: each value starts where its header does."""
    cells = [(m.start(), m.group(0)) for m in _ALIGNED_CELL.finditer(line)
             if m.start() == 0 or line[m.start() - 1] in " \t"]
    names = [name.lower().replace(" ", "_") for _, name in cells]
    nodes = "roles" in names  # kubectl get nodes: its NAME is a machine's
    kinds = {cells[i][0]: "machine" if n == "name" else _kind(n) for i, n in enumerate(names)
             if (_kind(n) and _kind(n) != "id") or (n == "name" and nodes)}
    # (every cell upper case and apart from the next, as tools print them: not prose)
    read_to = at + len(line)
    if len(cells) < 3 or not kinds or line.strip() != line.strip().upper() or (
            "  " not in line.strip()):
        return read_to
    for start, row in _rows(text, at + len(line)):
        # (a row has a value where each column of interest starts, and about as many as the
        # header has: the prose or log after a table without a blank line is no row)
        if len(row.split()) < len(cells) - 1 or not all(_starts(row, offset) for offset in kinds):
            break
        for offset, kind in kinds.items():
            yield from _value(start + offset, row[offset:].split(None, 1)[0], kind, found)
        read_to = start + len(row)
    return read_to


def _starts(row: str, offset: int) -> bool:
    """Whether a value starts at ``offset`` in an aligned row."""
    return offset < len(row) and row[offset] not in " \t" and (
        offset == 0 or row[offset - 1] in " \t")


def _value(start: int, value: str, kind: str, found: Discovered) -> Iterator[Span]:
    """A cell's span: a machine, a record's id, a person's name (two words at least, then at
    most a remark: "Ngozi Ferreira-Blom (on-call)") or, in a column of logins, a login."""
    if kind in ("login", "name") and " " in value:
        name = person_name(value, 2)
        rest = value[len(name):].strip()
        if name and (not rest or rest[0] in "(+[/"):  # (a remark, an alias: "…+contractor")
            yield person_span(start, name, found)
        return
    if not _VALUE.search(value) or value.lower() in ("null", "none"):
        return  # (an address is the contact scan's; "<none>", "-", "[10:32" are no one's)
    if kind == "machine":
        # (learnt, so only a machine's shape: "PostgreSQL" under "Server", node 18.17.0,
        # minikube are the report's)
        if (_MACHINE_SHAPE.search(value) and not _VERSION.search(value)
                and value.lower() not in _LOCAL_CLUSTERS):
            yield from machine_spans(start, value, found)
    elif kind == "id":
        if any(c.isdigit() for c in value):
            yield Span(start, start + len(value), "customer_id", ID_NUMBER, value)
    elif kind in ("login", "name") and _a_persons_login(value) and (
            kind == "login" or not _TEAM_PART.search(value)):
        # (learnt: the check finds it wherever it is; in a column of people, teams and bots
        # alike, not a team's "github-admins" or a tool's "dependabot")
        yield person_span(start, value, found)


def _a_persons_login(value: str) -> bool:
    """A login in a column of them that is a person's: not a system's or a tool's (root,
    zoekt, dependabot), a public owner's (torvalds) or a database's role (pg_monitor)."""
    lower = value.lower()
    return (lower not in NOT_USERS and not value.isdigit() and a_login(value)
            and not value[:1].isupper() and lower not in PUBLIC_OWNERS
            and not lower.startswith("pg_") and not service_name(lower)
            and lower not in _TOOLS)


_TEAM_PART = linear(r"(?i)(?:^|[-_.])(?:admins?|team|teams|group|ops|devs|owners|all|bot|eng)"
                    r"(?:$|[-_.])")
_TOOLS = frozenset("""dependabot renovate codeowners github-actions snyk-bot mergify
kubernetes platform staging production""".split())
