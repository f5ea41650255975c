"""What a thirteenth red-team probe (helper-73, 2026-12-07, 50 tickets of an ordinary support
queue, written blind) found: a preview refused for a greeting's reader, a forwarded report cut
away, attribute names read as hosts that made "repo" the customer's name, and people, keys,
groups and machines named in asides. Every example here is invented for the test."""

from __future__ import annotations

import pytest

from backend.escalation.public_text import check_public, with_edits
from backend.tickets import Comment, Person
from tests.unit.test_public_redaction import defect, public_text, ticket


def _draft(text: str, organization: str = "Hooli", **kw: object):  # type: ignore[no-untyped-def]
    values: dict[str, object] = {"description": text, "organization": organization,
                                 "subject": "Search is slow", "requester_name": "Gavin Belson"}
    values.update(kw)
    return defect(ticket(**values))


def test_a_greetings_reader_named_again_under_the_message_is_removed_not_refused() -> None:
    # The support reply's "Hi Greg," made "Greg" a removed name; the customer's bare "Greg"
    # under the description stayed, and the check before filing refused the preview itself.
    draft = _draft("Regex searches time out after 60s.\n\nGreg",
                   comments=[Comment("Hi Greg,\n\nmaxTimeoutSeconds is the upper bound.",
                                     author="Tobias Engel", author_email="tobias@sourcegraph.com")])
    check_public(draft, None)
    check_public(with_edits(draft, draft.title, draft.body), None)
    assert "Greg" not in public_text(draft)


@pytest.mark.parametrize("greeting", ["Hi All,", "Good Morning,", "Hello Folks,", "Hi Team,"])
def test_a_greeting_to_nobody_learns_no_name(greeting: str) -> None:
    draft = _draft(f"{greeting}\n\nAll searches fail. Morning jobs too. Folks are blocked.")
    assert "All searches fail. Morning jobs too. Folks are blocked." in public_text(draft)


def test_a_forward_marked_so_keeps_the_forwarded_report_whatever_the_cover_note_says() -> None:
    text = ("Hi Sourcegraph,\n\nForwarding from one of our devs, see below. Can you help? I can "
            "reproduce it on my machine too.\n\nThanks\nKeisha\n\n"
            "---------- Forwarded message ---------\nFrom: Priya Raman <priya.raman@hooli.com>\n"
            "Date: Wed, Jun 12, 2024 at 4:51 PM\nSubject: Cody chat broken\n"
            "To: Keisha Lind <keisha.lind@hooli.com>\n\nHey Keisha,\n\nCody 1.20.3 says: "
            "context window exceeded (token limit 7000)\n\nPriya\n")
    out = public_text(_draft(text, requester_name="Keisha Lind",
                             requester_email="keisha.lind@hooli.com"))
    assert "context window exceeded (token limit 7000)" in out and "Cody 1.20.3" in out
    assert "Priya" not in out and "Keisha" not in out and "Forwarding from one of our devs" in out


@pytest.mark.parametrize("text, kept", [
    # .name and .id are registries' suffixes and the commonest field names: two labels there
    # are a record's field. "repo.name" made "repo" the customer's name, gone from every line.
    ('Unexpected index on table "repo": lower(repo.name) for a reporting job', 'table "repo"'),
    ("SELECT u.id FROM lsif_uploads u WHERE u.id = 7", "SELECT u.id FROM"),
    ('{"Resource":{"service.name":"frontend"}}', '"service.name":"frontend"'),
    # A JSON log's scope names the code that logged, on no registry's suffix.
    ('{"SeverityText":"WARN","InstrumentationScope":"gitserver.janitor","Body":"x"}',
     '"InstrumentationScope":"gitserver.janitor"'),
    # A screen recording is a file.
    ("see repro.mov attached", "repro.mov"),
    # An adjective after "user:" is the message's word, not a login.
    ("permissions syncing is disabled for this user: external account not found",
     "user: external account"),
    # A permission in brackets after a role's word is no one's name.
    ("the PAT now has Code (Read) + Project and Team (Read)", "Team (Read)"),
])
def test_the_reports_words_stay(text: str, kept: str) -> None:
    assert kept in public_text(_draft(text))


@pytest.mark.parametrize("text, gone", [
    ("Our Okta admin (Priyanka) renewed the signing cert. Priyanka says it is fine.", "Priyanka"),
    ("Our firewall team (Declan) says outbound is blocked.", "Declan"),
    ("O Thiago (nosso admin do Bitbucket) confirmou que o secret é o mesmo.", "Thiago"),
    ("1. Lucas (lucas.ferreira on our instance) has access. Lucas created it.", "Lucas"),
    ("Antoine et Léa (équipe Actuariat) n'ont aucun souci.", "Léa"),
    ("toute l'équipe de Baptiste Rolland est bloquée", "Rolland"),
    ("2. Jenna Whitlock, who does NOT have access, can open it.", "Whitlock"),
    ("Affected:\n- Priti Venkataraman (staff no. 00519934), p.venkataraman@hooli.com\n",
     "Venkataraman"),
    ("Affected:\n- Oliver Grant (staff no. 00481275), oliver.grant@hooli.com\n", "00481275"),
    ("Ref: INC0389214 (our ServiceNow) / PLATOPS-4821\n\nHi, the alert fires.", "PLATOPS-4821"),
    ("GET https://api.github.com/app/installations/51873420: 401\nApp installation 51873420",
     "51873420"),
    ("All are members of the GitLab group fa-litigation.\nuser,repo\njm,fa-litigation/disc/"
     "ediscovery-ingest\n", "ediscovery-ingest"),
    ('"repositoryQuery": ["?projectname=SAFRA", "?projectname=LOGIST"]', "SAFRA"),
    ("IntelliJ 2024.1 로그\n호스트: HBF-MBP-0231\n", "HBF-MBP-0231"),
    ("It fails again.\n\nMed vennlig hilsen\nEirik\nDevOps, Hooli\nStrandkaien 6, 5013 Bergen\n",
     "Strandkaien"),
])
def test_what_the_thirteenth_probe_found_goes(text: str, gone: str) -> None:
    assert gone not in public_text(_draft(text))


def test_the_customers_name_in_a_repository_path_takes_the_spaced_name_too() -> None:
    text = ("GET https://dev.azure.com/vdm-transport/Douane-Koppeling/_apis/git/repositories: 404"
            '\nHet project bestaat wel, maar met een spatie in de naam: "Douane Koppeling".')
    assert "Koppeling" not in public_text(_draft(text))


def test_the_organizations_own_short_domain_is_its_stem_in_paths() -> None:
    draft = defect(ticket(
        description="why can he still see kbr-firmware/motor-controller on sourcegraph? "
                    "Index idx_kbr_devsecops is fine.",
        organization="Kettleby Robotics Inc.", requester_name="Nadia Petrovic",
        requester_email="nadia.petrovic@kettlebyrobotics.com", org_domains=["kbr.dev"],
        people=[Person(name="Nadia Petrovic", email="nadia.petrovic@kettlebyrobotics.com")]))
    out = public_text(draft)
    assert "kbr" not in out.lower() and "motor-controller" not in out
    assert "on sourcegraph?" in out


# ---------------------------------------------------------------- the review's (helper-74)


def test_a_forward_under_a_long_cover_note_publishes_the_forwarded_mail_only() -> None:
    text = ("Hi Sourcegraph support,\nForwarding this from our payments team since they hit it "
            "first; I can reproduce it on my laptop as well, so it is not specific to their "
            "setup.\nThanks\nKeisha\n\n---------- Forwarded message ---------\n"
            "From: Priya Raman <priya.raman@hooli.com>\nDate: Tue, Jun 11, 2024\nSubject: Cody\n"
            "To: Keisha Lind <keisha.lind@hooli.com>\n\nHey Keisha, Cody 1.20.3 says: context "
            "window exceeded.\n\nThanks,\nPriya Raman\nSenior Engineer, Payments Platform\n"
            "Hooli Inc. | 1 Hacker Way, Palo Alto, CA 94301\n\nOn Tue, Jun 11, 2024 at 9:00 AM "
            "Marcus Webb <marcus.webb@hooli.com> wrote:\n> Priya, is the Acme Bank integration "
            "affected? Their contract renews in July.\n>\n> The rollout plan is in the usual "
            "place.\n> Ping me before Friday.\n>\n> Marcus\n> Head of Payments, Hooli\n"
            "> 2 Ocean Drive, Miami FL 33139\n> Mobile: +1 305 555 0100\n")
    out = public_text(_draft(text, requester_name="Keisha Lind"))
    assert "context window exceeded" in out
    for gone in ("Hacker Way", "Payments Platform", "Acme Bank", "contract renews", "Marcus"):
        assert gone not in out


@pytest.mark.parametrize("greeting, name", [
    ("Hi Gang Li,", "Gang Li"), ("Hi Good Morning Priya,", "Priya"),
    ("Dear Madam Sunita,", "Sunita"), ("Hi Again Priya,", "Priya"),
])
def test_a_greetings_reader_after_a_word_of_address_still_goes(greeting: str, name: str) -> None:
    assert name not in public_text(_draft(f"{greeting}\n\nsearch is slow"))


@pytest.mark.parametrize("text, kept", [
    ("Hello Kafka Team,\n\nbitnami/kafka:3.5 and kafka-consumer-groups.sh fail",
     "bitnami/kafka:3.5"),
    ("Hi Git Team,\n\ngit version 2.39.2 with Git LFS", "Git LFS"),
    # A tool or a company in an aside is no one.
    ("Vault (our secrets manager) is sealed; vault kv get fails", "Vault (our secrets"),
    ("we are on GitHub (Team plan) and pull from Docker Hub", "Docker Hub"),
    ("DevOps (team B) rotated it; Ops was told", "DevOps (team B)"),
    ("Outside Collaborators, who are guests, lose access", "Outside Collaborators"),
    ("Red Hat, who maintain the base image, ship Red Hat Enterprise Linux 9", "Red Hat Enterprise"),
    # A code host's group is named like one.
    ("the GitHub organization 2FA rule blocks us; without 2FA the sync fails", "without 2FA"),
    ("a GitLab project 16.2.1 upgrade; GitLab 16.2.1 then fails", "GitLab 16.2.1 then"),
    # Standards after a reference line's cue are no tracker's keys.
    ("Change: enable FIPS-140-2 mode\nfips-140-2 is required", "FIPS-140-2 mode"),
    # A guide's or the product's words in a repository's name are said as words too.
    ("https://dev.azure.com/hooli/Code-Search/_git/x fails. Code Search is the product.",
     "Code Search is the product"),
    # A release or a product pod on a machine line.
    ("ホスト名: ubuntu-22.04\nOS: ubuntu-22.04", "OS: ubuntu-22.04"),
    ("host name: zoekt-webserver-1\nkubectl logs zoekt-webserver-1",
     "kubectl logs zoekt-webserver-1"),
])
def test_the_reports_words_stay_after_the_review(text: str, kept: str) -> None:
    assert kept in public_text(_draft(text))


@pytest.mark.parametrize("domain, text, kept", [
    ("box.com", "the check-box and search-box in the UI", "check-box and search-box"),
    ("arm.com", "images for linux-arm and arm-none-eabi", "linux-arm and arm-none-eabi"),
    ("get-hooli.com", "GET /search returns 500; get-pods works", "GET /search"),
])
def test_a_domain_that_is_a_word_is_no_stem(domain: str, text: str, kept: str) -> None:
    draft = defect(ticket(description=text, organization="Hooli Inc.",
                          requester_name="Gavin Belson", org_domains=[domain]))
    assert kept in public_text(draft)


@pytest.mark.parametrize("text, gone", [
    ('{"url": "tokobaru.id"}\nGITLAB_HOST=tokobaru.id', "tokobaru"),  # Indonesia's suffix
    ('{"module":"gitlab.hoolicorp","caller":"payments.hoolibank"}', "hoolibank"),
])
def test_hosts_on_field_like_suffixes_still_go(text: str, gone: str) -> None:
    assert gone not in public_text(_draft(text))


@pytest.mark.parametrize("text", [
    "Staff ID: 20231187\nUser 20231187 cannot sign in.",
    "student number 5512345 and the NameID is 5512345",
    '"repositoryQuery": ["?projectname=SAFRA"]\nRepositories of project SAFRA are not synced',
])
def test_an_id_removed_where_its_cue_is_goes_everywhere_not_refused(text: str) -> None:
    draft = _draft(text)
    check_public(draft, None)
    check_public(with_edits(draft, draft.title, draft.body), None)


# ------------------------------------------- the fourteenth probe (helper-75, an ordinary week)


@pytest.mark.parametrize("text, gone", [
    ('vpc_id = "vpc-0a7d3e91c4b26f810"\nvolume vol-0c4f9e2a7d31b58e6 is full', "vol-0c4f9e2a7d"),
    ("Mvh\nAnna\nPlattformsteamet\nAWS-konto: 209348817265", "209348817265"),
    ("The GitHub App (App ID 123456, installation 58311902) has Contents: read", "58311902"),
    ("Please treat this as a security incident. Our internal reference: SEC-2025-014.",
     "SEC-2025-014"),
    ("we are the partner for them (OPP-2025-00417 in the partner portal)", "OPP-2025-00417"),
    ('args: ["--private-ip", "vela-devtools-prod:us-central1:sg-pg16-main"]', "sg-pg16-main"),
    ('"projectQuery": ["groups/core-bancario/projects?include_subgroups=true"]',
     "core-bancario"),
    ("I have read on the RSKENG project. People in the DEVICE-FW project are fine.", "DEVICE-FW"),
    ("[Fri 9:21 AM] mbeaulieu: still seeing the red banner", "mbeaulieu"),
    ("Their Sourcegraph admin Patricia Vance reported the following", "Patricia Vance"),
    ("(GitHub login ext-mpetrov, Sourcegraph username mpetrov-ext)\n1. Log in as mpetrov-ext",
     "mpetrov"),
    ("DBA ekibimizden Serkan Bey elle eklemişti.", "Serkan"),
    ("גרסה: 6.0.2687.\n\nתודה,\nנועה לוי\nצוות DevEx", "נועה"),
])
def test_what_the_fourteenth_probe_found_goes(text: str, gone: str) -> None:
    assert gone not in public_text(_draft(text))


@pytest.mark.parametrize("text, kept", [
    # A path to a source file is a repository's folders, not an owner and a repository: its
    # "context" was removed from every line and refused the template's own "## Context".
    ('{"type":"content","path":"src/context/context.go","repository":""}\n'
     "context.WithCancelCause", "context.WithCancelCause"),
    ("which package name/version the symbols were emitted with; scip-go --version",
     "scip-go --version"),
    ("advisories CVE-2024-3094 and RHSA-2024-1234 apply", "CVE-2024-3094 and RHSA-2024-1234"),
    ("the GRAPHQL project and the OAUTH project", "the GRAPHQL project"),
    ("we handle x86_64 builds and login via saml-sso", "x86_64 builds"),
])
def test_the_reports_words_stay_in_the_fourteenth(text: str, kept: str) -> None:
    draft = _draft(text)
    check_public(draft, None)
    assert kept in public_text(draft)


def test_the_templates_own_words_never_refuse_a_preview() -> None:
    # A ticket taught "version" as a repository's name (name/version in a reply once did):
    # the template's "Sourcegraph version" line is the service's, never private.
    draft = _draft("scip-go emits the required version v1.8.2; the version is wrong",
                   comments=[Comment("Could you share `scip print index.scip | grep authz-go` "
                                     "so we can see which package name/version the symbols "
                                     "were emitted with?", author="Jonas Berg",
                                     author_email="jonas@sourcegraph.com")])
    check_public(draft, None)
    check_public(with_edits(draft, draft.title, draft.body), None)



# ---------------------------------------------------------- the second review's (helper-76)


def test_a_greetings_reader_that_is_a_word_goes_where_capitalised_not_refused() -> None:
    # As a requester's "Will" does: "Hi Will," made it a removed name, and "Will ran the
    # reindex" then refused the draft.
    draft = _draft("Will ran the reindex. Will this be backported?",
                   comments=[Comment("Hi Will,\n\nthanks.", author="Tobias Engel",
                                     author_email="tobias@sourcegraph.com")])
    check_public(draft, None)
    check_public(with_edits(draft, draft.title, draft.body), None)
    assert "Will ran" not in public_text(draft)


@pytest.mark.parametrize("text, gone", [
    ("Tim (our admin) restarted the frontend after the timeout. Tim says it helped.", "Tim"),
    ("Priya (our DBA) said so; reach her at priya@hooli.com. Priya is out today.", "Priya"),
    ("Rahul (our senior platform engineer) restarted it. Rahul says so.", "Rahul"),
    ("Sarah Collins, who manages our instance, restarted it.", "Collins"),
    ("Lucas (lf.ferreira on our instance) has access. Lucas tried twice.", "Lucas"),
    ("we are on the GitHub org ledgerco2024 and sync it", "ledgerco2024"),
    ("Tickets: PLATOPS-4821, SECOPS-112\n\nthe alert fires", "SECOPS-112"),
    ("Ref: PLATOPS-4821 (prod outage last night, see runbook) and SECOPS-112\n", "SECOPS-112"),
    ("Indexing fails on kbrx-platform/ledger-core/src/main.rs when syncing.", "ledger-core"),
    ("Hostname: ledgerco-build-22.04\n", "ledgerco-build"),
    ("We synced hooli-eng/Main-Ledger. The Main Ledger repo is slow.", "Main Ledger"),
])
def test_what_the_second_review_found_published_goes(text: str, gone: str) -> None:
    assert gone not in public_text(_draft(text))


def test_a_short_signed_forward_keeps_the_forwarded_report_without_the_cover_signature() -> None:
    out = public_text(_draft("FYI see below\nThanks,\nPriya Raman\nSenior DBA\n\n"
                             "--- Forwarded message ---\nFrom: Ana <ana@hooli.com>\n\n"
                             "Search returns 500 on every query.\nThe frontend log says: "
                             "context deadline exceeded\nIt started Monday.\nWe run 5.3.1.\n"
                             "Nothing changed.\nHelp!\n"))
    assert "Search returns 500 on every query." in out and "Senior DBA" not in out


def test_a_three_letter_domain_is_the_customers_stem() -> None:
    draft = defect(ticket(description="edf-gitlab-runner-3 fails; the edf_ci pipeline too.",
                          organization="Électricité de France", requester_name="Gavin Belson",
                          org_domains=["edf.fr"]))
    assert "edf" not in public_text(draft).lower()


@pytest.mark.parametrize("text, kept", [
    ("client.id and broker.id and session.id and metadata.name are set", "broker.id"),
    ("the KAFKA project and the ZOEKT project", "the KAFKA project"),
    ("login e.g. with Okta, the login pop-up, username case-sensitive", "login e.g. with Okta"),
    ("Tue 02:00 backup: nightly run\nthe backup works", "the backup works"),
    ("advisories PRISMA-2022-0227, UBUNTU-CVE-2024-1234, PAN-SA-2024-0001", "PRISMA-2022-0227"),
    ("org.apache.commons:commons-lang3:jar:3.12.0:compile", "commons-lang3:jar:3.12.0"),
    ("the docs' my-project:us-central1:my-instance", "my-project:us-central1:my-instance"),
    ("i-1234567890abcdef0 and vpc-a01106c2 as in the docs", "i-1234567890abcdef0"),
    ("After installation 65536 file descriptors; ulimit -n 65536", "ulimit -n 65536"),
    ("Konto 100000 Zeilen", "Konto 100000 Zeilen"),
])
def test_the_reports_words_stay_after_the_second_review(text: str, kept: str) -> None:
    assert kept in public_text(_draft(text))


def test_a_forward_of_forwards_is_one_pass() -> None:
    text = ("Passing this on from one of our developers, who asked us to send it over to you "
            "today.\n-- Forwarded message --\n") * 2000 + "search is slow"
    draft = _draft(text)  # (was a RecursionError past ~1,000 levels)
    check_public(draft, None)


def test_a_project_key_in_capitals_that_is_a_word_refuses_nothing() -> None:
    draft = _draft("Reindexing the RELEASE project fails.")
    check_public(draft, None)


# ----------------------------------------------------------- the third review's (helper-77)


@pytest.mark.parametrize("text, gone", [
    ("mirrors code from gitea at tokobaru.id and the Bitbucket at kodeku.name", "tokobaru"),
    ("Log in as anna-berg, then username jsmith42 works", "jsmith42"),
    ("customer CUST-000123 and purchase order PO-4500012345", "PO-4500012345"),
    ("Our incident SEC-IR-2025-0017 covers it", "SEC-IR-2025-0017"),
    ("GitHub App installation 518734 fails", "518734"),
    ("connection name is ledgerline-prod:us-central1:pg-main.", "ledgerline-prod"),
    ("ledgerline-prod:us-central1:pg-main: connection refused", "ledgerline-prod"),
    ("wire it to cuenta: 00490001512345678 please", "00490001512345678"),
    ("Tue 10:43 jdoe: yep search is down", "jdoe"),
])
def test_what_the_third_review_found_published_goes(text: str, gone: str) -> None:
    assert gone not in public_text(_draft(text))


@pytest.mark.parametrize("text, kept", [
    ("the GitHub org aws-observability publishes the collector", "aws-observability"),
    ("advisories FG-IR-2024-001 and APPLE-SA-2024-01-22", "FG-IR-2024-001"),
    ("Konto 100000 Zeilen", "Konto 100000 Zeilen"),
])
def test_the_reports_words_stay_after_the_third_review(text: str, kept: str) -> None:
    assert kept in public_text(_draft(text))


def test_a_three_letter_word_domain_is_no_stem() -> None:
    draft = defect(ticket(description="follow-ups and sign-ups fail; UPS label search fails",
                          organization="Hooli Inc.", requester_name="Gavin Belson",
                          org_domains=["ups.com"]))
    assert "follow-ups and sign-ups" in public_text(draft)


@pytest.mark.parametrize("text", [
    "FYI see below\n\n---------- Forwarded message ---------\nFrom: A <a@hooli.com>\n\nFYI\n\n"
    "---------- Forwarded message ---------\nFrom: C <c@hooli.com>\n\n"
    "frontend logs show a panic in zoekt. Steps: open /search\n",
    "FYI\n\n-- Forwarded message --\nFrom: A <a@hooli.com>\n\nSee the thread below.\n\n"
    "On Mon, Jan 1, 2024 at 9:00 AM Carl <c@hooli.com> wrote:\n"
    "> frontend logs show a panic in zoekt. Steps: open /search\n",
])
def test_a_mail_that_only_passes_the_report_on_is_read_through(text: str) -> None:
    assert "frontend logs show a panic in zoekt" in public_text(_draft(text))



# ---------------------------------------------------------- the fourth review's (helper-78)


@pytest.mark.parametrize("text, kept", [
    ("Our app installation 65536 file descriptors limit; ulimit is 65536", "ulimit is 65536"),
    ("The GitHub App installation: 20240105 upgrade broke search", "20240105 upgrade"),
    ("the GitHub installation 12345 shows errors. Port 12345 is used.", "Port 12345 is used"),
    ("La table compte 2 500 000 000 lignes.", "compte 2 500 000 000 lignes"),
    ("La tabla cuenta 1500000000 filas.", "cuenta 1500000000 filas"),
    ("the TENSORFLOW project and the CILIUM project fail; cilium docs say so", "cilium docs"),
    ("Cannot login admin1; username user2 fails; login oauth2 flow; username utf8 encoding",
     "login oauth2 flow"),
    ("After login page-load takes 30s; login redirect-loop happens; login pop-ups are blocked",
     "login pop-ups are blocked"),
    ("Wed 14:03 kernel: oom-killer invoked\nWed 14:03 sshd: Accepted key\nThe kernel kills it",
     "The kernel kills it"),
    ("pr.id and issue.id are null; props.name is undefined; the issue is in the module.",
     "the issue is in the module"),
])
def test_the_reports_words_stay_after_the_fourth_review(text: str, kept: str) -> None:
    assert kept in public_text(_draft(text))


def test_a_dotted_phone_number_before_a_version_goes() -> None:
    # Hypothesis found it (also on ea953ab): "201.555.0123 5.3.1" was one candidate, which is
    # no country's number, so the phone number stayed.
    out = public_text(_draft("search 201.555.0123 5.3.1 00007-00007-00007-00007"))
    assert "201.555.0123" not in out and "5.3.1" in out
