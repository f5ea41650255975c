"""Public defects: the tenth probe's known limits that tools print in fixed places (session 28):
login records, Windows events, chat copies without member ids, response headers, HAR cookies,
a table's columns by their header, ssh in prose and a lower-case secret in prose. And the words
around them that a report needs stay. Every example here is invented for the test."""

from __future__ import annotations

import pytest

from tests.unit.test_public_redaction import defect, public_text, ticket


def _out(text: str) -> str:
    return public_text(defect(ticket(description=text, organization="Hooli",
                                     subject="Search is slow", requester_name="Gavin Belson")))


PODS = """$ kubectl get pods -o wide
NAME                         READY   STATUS    RESTARTS   AGE   IP          NODE
sourcegraph-frontend-7d9f8   1/1     Running   0          2d    10.4.1.7    qx-prod-node-a3
gitserver-0                  1/1     Running   3          2d    10.4.1.9    qx-prod-node-b1
"""
NODES = """NAME              STATUS   ROLES    AGE   VERSION
wrk-zulu-04       Ready    <none>   40d   v1.28.3
"""
PSQL = """ id | username   | state
----+------------+--------
  4 | hbeaumont  | active
  5 | root       | active
(2 rows)
"""
CSV = "id,owner,repo\n1,ndlamini_7,github.com/qx/tools\n2,Ines Castellanos,github.com/qx/web\n"


@pytest.mark.parametrize("text, gone", [
    # sshd, PAM, sudo, su and logind, and the login again elsewhere.
    ("Accepted publickey for jdoe from 10.2.3.4 port 5522 ssh2\njdoe then ran the upgrade",
     "jdoe"),
    ("Aug  2 10:11:12 bastion sshd[991]: Failed password for invalid user mkowalski from "
     "10.2.3.4 port 22 ssh2", "mkowalski"),
    ("Aug  2 10:11:12 bastion sudo:   tgarnier : TTY=pts/0 ; PWD=/home/tgarnier ; USER=root ; "
     "COMMAND=/usr/bin/systemctl restart sourcegraph", "tgarnier"),
    ("pam_unix(sshd:session): session opened for user okafor(uid=1003) by (uid=0)", "okafor"),
    ("pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= "
     "rhost=10.0.0.5  user=lheinz", "lheinz"),
    ("su: (to root) lheinz on pts/1", "lheinz"),
    ("systemd-logind[612]: New session 42 of user rbanerjee.", "rbanerjee"),
    # Windows security events, as text and as XML; a machine account is a machine.
    ("Account Name:\t\tbwilkins\nAccount Domain:\t\tQXCORP", "bwilkins"),
    ("Workstation Name:\tQX-LT-0042\nSource Network Address:\t10.1.1.1", "QX-LT-0042"),
    ('<Data Name="TargetUserName">bwilkins</Data>', "bwilkins"),
    ("<Computer>qx-dc-02.corp.local</Computer>", "qx-dc-02"),
    ("Account Name:\t\tQX-WEB-07$", "QX-WEB-07"),
    # Chat copies without member ids.
    ("[10:32 AM] Priya Venkataraman\nis it down for you too?", "Priya Venkataraman"),
    ("[03/04/2024 10:32] Doe, Jane\nsame here", "Jane"),
    ("Priya Venkataraman, 10:32 AM\nis it down for you too?", "Priya Venkataraman"),
    ("[10:32 AM] priya.venkat\nis it down for you too?", "priya.venkat"),
    # The machine that answered, by its header.
    ("HTTP/1.1 502 Bad Gateway\nx-edge: lb-edge-fra-02\ncontent-type: text/html", "lb-edge-fra-02"),
    ("Via: 1.1 proxy-fra-01 (squid/5.2)", "proxy-fra-01"),
    # A HAR's cookies, whatever each is called.
    ('"cookies": [{"name": "sgs", "value": "aGVsbG8td29ybGQtc2Vzc2lvbg"}]',
     "aGVsbG8td29ybGQtc2Vzc2lvbg"),
    # Columns by their header: kubectl's NODE and a node list's NAME (and the node again in
    # kubectl top), a psql result's username, a CSV's owner.
    (PODS, "qx-prod-node-a3"),
    (PODS + "\nqx-prod-node-b1 ran out of memory", "qx-prod-node-b1"),
    (NODES + "\nNAME          CPU(cores)\nwrk-zulu-04   7211m", "wrk-zulu-04"),
    (PSQL, "hbeaumont"),
    (CSV, "ndlamini_7"),
    (CSV, "Ines Castellanos"),
    # ssh and scp in prose, and a lower-case secret after "was set to".
    ("ssh to deploy@qx-build-07 and run it", "qx-build-07"),
    ("I ssh'd into ops@qx-db-3 to check", "qx-db-3"),
    ("scp dump.sql ops@qx-db-3:/tmp/", "qx-db-3"),
    ("our token was set to qx7hk2lm9pq4zz last week", "qx7hk2lm9pq4zz"),
])
def test_what_tools_print_in_fixed_places_is_removed(text: str, gone: str) -> None:
    assert gone.lower() not in _out(text).lower()


@pytest.mark.parametrize("text, kept", [
    # A service's pods, a process list's system users, a log's component.
    (PODS, "sourcegraph-frontend-7d9f8"),
    (PODS, "gitserver-0"),
    ("USER         PID %CPU %MEM COMMAND\nroot           1  0.0  0.1 /sbin/tini\n"
     "sourcegraph   12  3.1  9.0 /usr/local/bin/frontend", "/usr/local/bin/frontend"),
    ("[12:41:07] changeset_reconciler: closing changeset id=88121", "changeset_reconciler"),
    # A form's times and a schedule are not chat.
    ("Start Time 10:00\nEnd Time 11:00", "Start Time"),
    ("[10:00 PM] Maintenance Window\n[11:00 PM] Maintenance Window", "Maintenance Window"),
    # A proxy's software in Via, a system account in sshd.
    ("Via: 1.1 varnish (Varnish/7.1)\nvarnish caches the search page", "varnish caches"),
    ("Accepted publickey for git from 10.2.3.4 port 22 ssh2", "for git from"),
    ("ssh git@github.com fails with Permission denied (publickey)", "git@github.com"),
    # A name that is no secret, and a secret word with no value.
    ("the token was set to sourcegraph-frontend-0 by mistake", "sourcegraph-frontend-0"),
    ("the token was set to expire after 30 days", "expire after 30 days"),
    # A table with no column of people or machines.
    (" id | repo          | state\n----+---------------+------\n  1 | gitlab-mirror | cloned",
     "gitlab-mirror"),
])
def test_the_words_around_them_stay(text: str, kept: str) -> None:
    assert kept in _out(text).replace("&lt;", "<")
