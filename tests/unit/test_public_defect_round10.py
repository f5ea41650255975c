"""What a tenth red-team probe (helper-66, 2026-12-07, 70 tickets written blind, pasted tool
output) found in public defects: the people, machines and secrets that a tool's output names by
where it puts them; and report words lost: hosts reserved for documentation and public
registries. Every example here is invented for the test."""

from __future__ import annotations

from dataclasses import replace

import pytest

from backend.escalation.leak_check import PrivateDataLeak
from backend.escalation.public_text import check_public, with_edits
from tests.unit.test_public_redaction import defect, public_text, ticket


def _out(text: str) -> str:
    return public_text(defect(ticket(description=text, organization="Hooli",
                                     subject="Search is slow", requester_name="Gavin Belson")))


@pytest.mark.parametrize("text, gone", [
    # A shell prompt's user and machine, and the machine again elsewhere.
    ("```\nmbaptiste@qx-ops-jump:~/infra$ terraform plan\n```\nqx-ops-jump is our bastion",
     "qx-ops-jump"),
    ("```\nmbaptiste@qx-ops-jump:~/infra$ terraform plan\n```", "mbaptiste"),
    ("```\ntkowal@HQ-LT-20931 ~ % src version\n```", "HQ-LT-20931"),
    # An access log's user, a syslog line's machine.
    ('10.1.2.3 - wpetrenko [02/Aug/2024:10:11:12 +0000] "GET /search HTTP/1.1" 200',
     "wpetrenko"),
    ("Aug  2 10:11:12 edge-lb-ams-3 haproxy[9921]: 10.1.2.3:51234 [02/Aug/2024] fe be",
     "edge-lb-ams-3"),
    # CI: who started the build and where it ran.
    ("Started by user Leopold Fairweather-Osei\nRunning on ci-agent-hx-07 in /var/lib/jenkins",
     "Leopold Fairweather-Osei"),
    ("Started by user Leopold Fairweather-Osei\nRunning on ci-agent-hx-07 in /var/lib/jenkins",
     "ci-agent-hx-07"),
    ("Running with gitlab-runner 16.9.0 (abc12345)\n  on qx-k8s-runner-2b Zk3pQ9aa, system ID",
     "qx-k8s-runner-2b"),
    ("the job (self-hosted runner qx-gpu-runner-5) fails at upload", "qx-gpu-runner-5"),
    ("Node:             qx-aks-np2-vmss000007/10.4.5.6\nStatus: Running", "qx-aks-np2-vmss000007"),
    # A work-notes journal's author, a Slack copy's speaker, member id and channel.
    ("Work notes:\n  2024-08-02 09:14:00 - Ottilie Brannigan: restarted repo-updater",
     "Ottilie Brannigan"),
    ("Ottilie Brannigan (U07ZK4QPL2X)  9:41 AM\n  still broken for me", "Ottilie Brannigan"),
    ("Ottilie Brannigan (U07ZK4QPL2X)  9:41 AM\n  still broken for me", "U07ZK4QPL2X"),
    ("Copied from [#qx-search-incident] on Slack", "#qx-search-incident"),
    ("change CHG0031337 moved the load balancer", "CHG0031337"),
    # Secrets by their variable's name, and in prose.
    ('{"name": "Cookie", "value": "sgs=ZmFrZS1zZXNzaW9uLXZhbHVl; theme=dark"}',
     "ZmFrZS1zZXNzaW9uLXZhbHVl"),
    ("env:\n  - name: REDIS_PASSWORD\n    value: \"Quokka!Delta-7781\"\n", "Quokka!Delta-7781"),
    ("    PGPASSWORD:\n      value: Quokka!Delta-7781\n", "Quokka!Delta-7781"),
    ("we rotated the webhook secret to qx-wh-7Hk2Lm9Pq4 on both sides", "qx-wh-7Hk2Lm9Pq4"),
    ("El secreto del cliente? the client secret es 9f8e7d6c5b4a39281706f5e4d3c2b1a0 ahora",
     "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
    # Logins in an identity payload and after "user" in a few languages.
    ('"actor": {"nickname": "qbrandt_dev", "id": 7}', "qbrandt_dev"),
    ("Dotyczy to użytkownika zofia.krawiec-nowak i zespołu", "zofia.krawiec-nowak"),
    # A forwarded ticket's key, and a key given as what tracks the work.
    ("FW: [QXP-4412] Code search misses results", "QXP-4412"),
    ("Tracking in QX-SEC-118.\nAll services move (QX-SEC-118)", "QX-SEC-118"),
    # A bucket's own host on AWS is the customer's, unlike the service's endpoint.
    ("uploads go to qx-lsif-blobs.s3.amazonaws.com and fail", "qx-lsif-blobs"),
    # A path a customer left under example.com, a bucket, a private npm scope (the hosts stay
    # only bare).
    ("https://sourcegraph.example.com/users/ottilie.brannigan/settings", "ottilie.brannigan"),
    ("s3.us-east-1.amazonaws.com/qx-lsif-uploads/dump.tar fails", "qx-lsif-uploads"),
    ("npm ERR! 404 registry.npmjs.org/@qx-corp/secret-sdk", "qx-corp/secret-sdk"),
    # A secret said twice: after its cue, then alone.
    ("DB_PASSWORD=Hunter2-Qx7\nlater it was still Hunter2-Qx7 for the bastion", "Hunter2-Qx7"),
    ("DB_PASSWORD=correct_horse_battery_staple\nlater: correct_horse_battery_staple",
     "correct_horse_battery_staple"),
    # RHEL's prompt, an ssh command; a bare-only host's fragment.
    ("```\n[tkowal@qx-bastion-01 ~]$ ls\n```\nqx-bastion-01 is slow", "qx-bastion-01"),
    ("ran ssh -i key.pem tkowal@qx-jump-4 then src", "qx-jump-4"),
    ("https://sourcegraph.example.com#/users/ottilie.brannigan", "ottilie.brannigan"),
    # A role before a name, without a comma.
    ("Our proxy team lead Ignatius Okoro-Blake says nothing changed", "Ignatius Okoro-Blake"),
    ("Our CISO Ignatius Okoro-Blake flagged it", "Ignatius Okoro-Blake"),
])
def test_tool_output_names_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("the IdP idp.example.com (a placeholder) answers 500", "idp.example.com"),
    ("SRC_ENDPOINT=https://sourcegraph.example.com", "sourcegraph.example.com"),
    ("issuer https://accounts.google.com rejects the client", "https://accounts.google.com"),
    ("npm config get registry prints https://registry.npmjs.org", "https://registry.npmjs.org"),
    ("provider registry.terraform.io/hashicorp/google v5.30.0",
     "registry.terraform.io/hashicorp/google"),
    ("the endpoint is built as s3.us-gov-west-1.amazonaws.com, not the FIPS one",
     "s3.us-gov-west-1.amazonaws.com"),
    ("the docs' links like #configure-storage-class do not jump", "#configure-storage-class"),
    ("localhost:~$ curl works; root@db-0:/# psql fails", "root"),
    ("the token is expired since 5.3.1 and the password is wrong", "expired"),
    ("emoji \\U0001F600 breaks the highlighter", "U0001F600"),
    ("see issue #123 and color #fff0f0", "#fff0f0"),
    ("deployed by svc-release at 10:00", "svc-release"),
    ("utilisateur svc_sourcegraph has the Maintainer role", "svc_sourcegraph"),
    # A mail address that reads like a prompt, a pod's prompt, a vendor's login: not learnt.
    ("support@github.com charges $21 per seat, see https://github.com/sourcegraph/sourcegraph",
     "https://github.com/sourcegraph/sourcegraph"),
    ("```\nroot@gitserver-0:/# git fsck\n```\nthen gitserver-0 restarted", "then gitserver-0"),
    ('docker login: {"username": "AWS", "password": "<token>"}\nWe run on AWS EKS',
     "We run on AWS EKS"),
    ("Started by user Administrator\nthe Administrator account", "the Administrator account"),
    ("From the Slack thread: the results panel stays empty after the upgrade to 5.4 for every "
     "user.\nThe CSS rule for #search-results-panel hides it.", "#search-results-panel"),
    ("password: read-only, so READ-ONLY mode is on", "READ-ONLY mode"),
    # A prompt's user that is a word is removed where it stands, not learnt.
    ("```\nsearch@qx-web-1:~$ src search 'repo:foo'\n```\nsearch times out", "search times out"),
    ("self-hosted runner for Linux fails for us", "runner for Linux fails for us"),
    ("Aug 02 10:11:12 ERROR frontend: boom\nERROR again", "ERROR again"),
    ("2024-08-02 09:14:00 - Repo Updater: sync failed", "Repo Updater"),
    ("see [the FAQ](#known-issues-54) in the Slack thread", "(#known-issues-54)"),
    ("#release-notes says nothing of it", "#release-notes"),
    ("the token is forwarded to sourcegraph-frontend-0", "sourcegraph-frontend-0"),
    ("the signing policy is set to SHA256withRSA for the token", "SHA256withRSA"),
    ("see [PR-123] and [STEP-2]; tracking in GA-4", "[PR-123] and [STEP-2]; tracking in GA-4"),
    ("see [CVE-2024-3094], [SEV-1] and [UTF-8]", "[CVE-2024-3094], [SEV-1] and [UTF-8]"),
    ("the user interface sends a user-agent header", "user-agent"),
])
def test_report_words_stay(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize("subject, description", [
    ("OIDC: 'unable to create user: email_verified claim missing'",
     "Entra ID never sends email_verified; can we trust the address?"),
    ("S3 with role credentials: 'SignatureDoesNotMatch'",
     "api error SignatureDoesNotMatch: The request signature we calculated does not match"),
    ("Highlighter breaks on f-strings",
     'api_token = os.environ["API_TOKEN"]\nreturn {"token": api_token}'),
])
def test_a_code_word_a_cue_took_refuses_no_filing(subject: str, description: str) -> None:
    # The check before filing looked for these again and refused the clean report.
    draft = defect(ticket(subject=subject, description=description,
                          requester_name="Gavin Belson"))
    check_public(draft, None)  # raised PrivateDataLeak


def test_a_secret_said_twice_goes_both_times_and_files() -> None:
    draft = defect(ticket(subject="x", description=(
        "password: correct horse battery\nDB_PASSWORD=correctHorseBattery7Staple!\n"
        "then we typed correctHorseBattery7Staple! by hand")))
    assert "correctHorseBattery7Staple" not in draft.body  # shaped: removed everywhere
    edited = with_edits(draft, None, draft.body + "\nit was winter-words-everywhere")
    check_public(edited, None)


def test_a_secret_with_a_digit_still_refuses_its_filing() -> None:
    draft = defect(ticket(description="user: svc_Qx7 password: Hunter2-Qx7", subject="x"))
    edited = with_edits(draft, None, draft.body + "\nthe password is still Hunter2-Qx7")
    with pytest.raises(PrivateDataLeak):
        check_public(replace(edited, body=edited.body + "\nHunter2-Qx7"), None)


def test_an_edit_naming_the_customer_like_a_team_loses_the_customer() -> None:
    # "Data & Analytics" is a team's name and the service's own words; inside the customer's
    # name it is the customer's.
    draft = defect(ticket(subject="x", description="Search is slow",
                          organization="Data & Analytics Ltd"))
    edited = with_edits(draft, None, draft.body + "\nAccount: Data & Analytics Ltd")
    assert "Data & Analytics Ltd" not in edited.body
    check_public(edited, None)
