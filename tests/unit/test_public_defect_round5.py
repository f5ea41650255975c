"""What a seventh red-team probe (helper-55, 2026-12-06, 90 tickets written blind) found in
public defects: private repositories named in search filters, connection lists and paths; an
organization's initials in front of its identifiers; people in lists, by their team, in Slack
copies and in their own script; register numbers, meeting ids, ticket keys and addresses. And
report words lost: JSON keys, loggers and filter values read as hosts, Go names, Maven groups,
versions read as IPs, public hosts. Every example here is invented for the test."""

from __future__ import annotations

import pytest

from backend.escalation.leak_check import leaks
from backend.escalation.org_stems import organization_stems
from tests.unit.test_public_redaction import defect, public_text, ticket


def _out(text: str, organization: str = "Hooli", subject: str = "Search is slow") -> str:
    return public_text(defect(ticket(description=text, organization=organization,
                                     subject=subject, requester_name="Gavin Belson")))


@pytest.mark.parametrize("text, gone", [
    # Search filters name the customer's repositories without any host.
    ("Query: (repo:^zx-ledger/ OR repo:^zx-cards/) lang:go Limit", "zx-ledger"),
    ("`context:ml-platform-2 foo` returns nothing", "ml-platform-2"),
    (r"repo:^git\.acmeworks\.io/core-bank/wire-transfers$ patterntype:structural",
     "wire-transfers"),
    ("GET /.api/search/stream?q=context%3Aglobal+repo%3Azx-billing%2F+Charge 502",
     "zx-billing"),
    ("repo:zx-wallet@release/2024.03 finds nothing; zx-wallet is our biggest repo",
     "zx-wallet"),
    # A code host connection's lists, and a Perforce depot.
    ('{"url": "https://ghe.acmeworks.io", "orgs": ["rocket-fw", "ground-sim"]}', "ground-sim"),
    ('"projects": ["rail/balise-tools"]  and balise-tools fails to clone', "balise-tools"),
    ('"depots": ["//NorthLine/dev/"]', "NorthLine"),
    # A private host's path teaches its groups and repositories.
    ("repos under gitlab.acmeworks.local/fleet-tools are stale; groups/fleet-tools/projects",
     "fleet-tools"),
    ('"repo":"git.acmeworks.com/mes-core/line9-configs", then line9-configs failed',
     "line9-configs"),
    ("error: dev.azure.com/Acme/Trials%20Platform/_git/trial-random not cloneable; "
     "'https://dev.azure.com/Acme/Trials Platform/_git/trial-random/'", "trial-random"),
    # The organization's name in front of a repository.
    ("Affected repos: tessera/checkout-web and tessera/pos-agent.", "pos-agent"),
])
def test_private_repositories_go(text: str, gone: str) -> None:
    assert gone not in _out(text, organization="Tessera Retail")


@pytest.mark.parametrize("organization, text, gone", [
    ("Verdant Meadow Energy", 'instance = "vm2-pg15-main" and "vme-pg15-main"', "vme-pg15"),
    ("Verdant Grid Energy", 'instance = "vg-pg15-main"', "vg-pg15"),
    ("Groupe Lambert Assurances", "namespace sg-gla-prod is full", "gla"),
])
def test_an_organizations_stems_go_inside_identifiers(organization: str, text: str,
                                                      gone: str) -> None:
    assert gone not in _out(text, organization=organization)


@pytest.mark.parametrize("organization, stems", [
    ("Verdant Grid Energy", ["vg", "vge"]),
    ("KolaPay Ltd", []),  # (a camel-case part is often a word: Service of ServiceNow)
    ("Amazon Web Services", ["aw"]),  # not aws: the report's word
    ("Harbor Bank plc", ["hb"]),
    # Two letters that are the report's own prefixes never count.
    ("Cloud Acme", []),
    ("Solo", []),
])
def test_organization_stems(organization: str, stems: list[str]) -> None:
    assert organization_stems(organization) == stems


@pytest.mark.parametrize("text, kept", [
    ("ca-certificates is outdated in the image", "ca-certificates"),  # two letters, two parts
    ("the Qt 6.5 plugin and qt-creator", "Qt 6.5"),
])
def test_two_letter_stems_leave_words_alone(text: str, kept: str) -> None:
    assert kept in _out(text, organization="Cloud Acme Qasr Telecom")


@pytest.mark.parametrize("text, gone", [
    ("Коллега Борис Ефимов говорит, что помогло", "Ефимов"),
    ("We have a bridge open. Ask for Darnell or Tamsin.", "Tamsin"),
    ("Geschäftsführer: Hans-Jörg Pfaffel, Ottilie Brem\nAmtsgericht", "Ottilie Brem"),
    ("Ingeborg Dahl's team had pushed a branch by hand", "Ingeborg"),
    ("Benedetta from our IAM team set up SCIM", "Benedetta"),
    ("as discussed with Ximena from your CE team on our call", "Ximena"),
    ("a former employee: Radosław Nowicki, login rnowicki", "Nowicki"),
    ("Assigned to: Taavi Kask\nEscalation policy: SRE", "Taavi Kask"),
    ("Oswin Farley  10:44 AM\nyep, indexed-search-1 is at 100%", "Oswin Farley"),
    ("Contact name: Lin Meihua (林美华)\nContact phone: none", "林美华"),
])
def test_people_by_what_surrounds_them_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("Forwarded from our accounts payable team: the invoice is late", "Forwarded from our"),
    ("Someone from our platform team restarted gitserver", "Someone from our"),
    ("Start Time 10:00\nEnd Time 11:00", "Start Time 10:00"),
    ("Sourcegraph's team said to upgrade", "Sourcegraph's team"),
])
def test_words_before_team_cues_stay(text: str, kept: str) -> None:
    assert kept in _out(text)


def test_a_hyphenated_surname_is_a_login_too() -> None:
    out = public_text(defect(ticket(
        description='user "dwynne-jones" not found in Bitbucket', organization="Hooli",
        requester_name="Dafydd Wynne-Jones")))
    assert "wynne-jones" not in out.lower()


@pytest.mark.parametrize("text, gone", [
    ("Amtsgericht Hamburg HRB 204411 · USt", "204411"),
    ("regulated by the FCA (FRN 712203). Registered in Scotland No. SC512201.", "SC512201"),
    ("regulated by the FCA (FRN 712203).", "712203"),
    ("Tracked internally as MOOR-3391 (see our wiki).", "MOOR-3391"),
    ("[#OPS-8812] [FIRING:1] frontend latency", "OPS-8812"),
    ("// TODO(dev): remove once BANK-2231 is fixed", "BANK-2231"),
    ("meeting ID 812 3344 9021, passcode on request", "812 3344 9021"),
    ('-H "OpenAI-Organization: org-Qw8Er2Ty6Ui0Op4As1Df5Gh7"', "org-Qw8Er2Ty6Ui0Op4As1Df5Gh7"),
    ("Instance ID (from the billing portal): src-4a7f09c1e2d3", "src-4a7f09c1e2d3"),
    ("Harbourside | 2100 Bay Blvd, Suite 12, Ventura CA 93001", "93001"),
    ('"address": {"locality": "Hilo", "postal_code": "96720"}', "96720"),
    ("Am Speicherkai 12 · 20459 Hamburg", "Speicherkai 12"),
    ("Strandgade 44, 1401 København", "Strandgade 44"),
    ("Registered office: 14 Melville Square, Edinburgh", "Melville Square"),
])
def test_numbers_and_addresses_that_identify_the_customer_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("CVE-2024-3094 and GPT-4 and UTF-8 in our ticket", "CVE-2024-3094"),
    ("we switched to GPT-4 after the incident", "GPT-4"),
    ("Spring 6 and Monitoring 2", "Monitoring 2"),
])
def test_public_keys_and_words_stay(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize("text, kept", [
    # Search filters' values that are the product's own.
    ("select:file.owners returns nothing", "select:file.owners"),
    ("type:diff select:commit.diff.added SECRET_KEY", "select:commit.diff.added"),
    ("context:global+lang:rust is slow", "context:global+lang:rust"),
    ("repo:monolith is slow and the monolith is big", "the monolith is big"),
    ("repo:^github\\.com/sourcegraph/sourcegraph$ works", "github\\.com/sourcegraph/sourcegraph"),
    ("in the branch release/2024.03 even with search.index.branches", "release/2024.03"),
    # JSON keys, loggers and Go names on a suffix no registry has.
    ('"experimentalFeatures": {"tls.external": {"certificates": []}}', "tls.external"),
    ("WARN permissions.syncer: failed to sync", "permissions.syncer"),
    ("the trace shows 12s in gitserver.ResolveRevision", "gitserver.ResolveRevision"),
    ("most time in lsifstore.ExtractOccurrenceData", "lsifstore.ExtractOccurrenceData"),
    ("So storageClass.name is ignored", "storageClass.name"),
    ("coordinates com.sourcegraph:scip-java_2.13:0.8.24", "com.sourcegraph:scip-java_2.13"),
    # A version is no address, an extension's id is everyone's.
    ("Sourcegraph extension (chrome-extension://abcdefghijklmnopabcdefghijklmnop, "
     "version 24.2.6.1)", "version 24.2.6.1"),
    ("(chrome-extension://abcdefghijklmnopabcdefghijklmnop)",
     "chrome-extension://abcdefghijklmnopabcdefghijklmnop"),
    # Public hosts written bare, and a tool's own pod in the cluster.
    ("Gerrit at gerrit-review.googlesource.com returns 401", "gerrit-review.googlesource.com"),
    ("GET https://gerrit-review.googlesource.com/a/projects/?type=CODE: 401",
     "/a/projects/?type=CODE"),
    ("after the redirect from login.microsoftonline.com", "login.microsoftonline.com"),
    ('"endpoint": "https://api.openai.com"', "api.openai.com"),
    ('"url": "https://dev.azure.com",', "dev.azure.com"),
    ("via Alertmanager (alertmanager-main-0.monitoring.svc.cluster.local)",
     "alertmanager-main-0.monitoring.svc.cluster.local"),
    ("Using sourcegraph/sg.nvim with lazy.nvim; sg.nvim fails", "sg.nvim fails"),
    ("Redis (TLS on 6380): rediss://:pw@cache.hooli.net:6380/0 fails", "TLS on 6380"),
])
def test_words_of_the_report_stay(text: str, kept: str) -> None:
    assert kept in _out(text)


def test_a_json_key_in_the_body_keeps_the_titles_word() -> None:
    out = _out('Site config:\n  "search.limits": {"maxTimeoutSeconds": 300}',
               subject="search.limits is ignored")
    assert "search.limits is ignored" in out


def test_a_private_tenant_on_a_public_host_still_goes() -> None:
    out = _out("repo dev.azure.com/HooliCorp/Payments/_git/ledger-sync not cloneable")
    assert "HooliCorp" not in out and "ledger-sync" not in out


def test_a_connection_to_a_public_host_keeps_its_projects() -> None:
    out = _out('{"url": "https://gerrit-review.googlesource.com", '
               '"projects": ["gerrit", "plugins/replication"]}')
    assert "plugins/replication" in out


def test_a_public_images_mirror_teaches_nothing() -> None:
    out = _out("pull sourcegraph/scip-go:autoindex from registry.hooli.net/sourcegraph/scip-go")
    assert "sourcegraph/scip-go:autoindex" in out


@pytest.mark.parametrize("text", [
    # The tenant's path goes, the vendor's bare host stays: the check before filing must not
    # read the one as the other (it refused this ticket).
    'repo dev.azure.com/HooliCorp/Payments/_git/ledger-sync fails; "url": "https://dev.azure.com"',
    # A JSON key in the body and the same name in the title.
    'Site config:\n  "search.limits": {"maxTimeoutSeconds": 300}',
    # A Gerrit project list on a public host, and a tool word in it.
    '{"url": "https://gerrit-review.googlesource.com", "projects": ["gerrit"]} Gerrit 3.9',
    # A repository list item and the same path elsewhere.
    '"depots": ["//depot/secure/"] and //depot/secure/... is leaking',
])
def test_the_check_before_filing_accepts_what_was_kept(text: str) -> None:
    draft = defect(ticket(description=text, organization="Hooli", subject="search.limits fails",
                          requester_name="Gavin Belson"))
    assert leaks(public_text(draft), draft.private,  # type: ignore[arg-type]
                 draft.redactor.removed_values()) == []  # type: ignore[union-attr]


# The eighth probe (helper-58, 80 tickets written blind, run after the seventh's fixes).
@pytest.mark.parametrize("text, gone", [
    ("e41a9f8 Tamsin Okafor-Reid <tor@hooli.net> Tue Apr 18 2023 introduce TIMEOUT_MS",
     "Tamsin Okafor-Reid"),
    ("dn: uid=pmakgoba,ou=staff\ncn: Precious Makgoba\nmail: p@x.example", "Makgoba"),
    ("postalAddress: 27 Orchard Rise$Harrogate$HG2 9QL", "Orchard Rise"),
    ("Guests: Liesl Brandauer (organizer), Amara Okonjo-Whitfield, Support", "Okonjo-Whitfield"),
    ('Series A: repo:^git\\.acme\\.bank/lending/(atlas-origin|beacon-kyc)$ author:"Okafor, Ada"',
     "beacon-kyc"),
    ('type:commit author:"Okafor, Ada" TODO', "Okafor, Ada"),
    ("**nightowl_dev (Marguerite)** — Today at 14:22\ncody app stuck", "nightowl_dev"),
    ('the annotation "helm upgrade 5.2.3 -> 5.2.5 (deployed by okwabena)"', "okwabena"),
    ('"GET /users/akhan/settings HTTP/2.0" 500', "akhan"),
    ("ul. Kwiatowa 7/12, 80-213 Gdańsk", "Kwiatowa 7/12"),
    ("BSN 123456782 - geboortedatum 14-03-1987 in testdata", "14-03-1987"),
    ('user "r.abernathy-quist" is not allowed', "abernathy-quist"),
    ("she is in team @hooli/nav-systems on GitHub", "nav-systems"),
])
def test_the_eighth_probes_leaks_go(text: str, gone: str) -> None:
    out = public_text(defect(ticket(description=text, organization="Hooli",
                                    requester_name="Ragnhild Abernathy-Quist")))
    assert gone not in out


@pytest.mark.parametrize("organization, requester, text, kept", [
    ("Bayshore Credit Union", "Crystal Nguyen",
     "lang:Crystal returns Ruby, e.g. github.com/crystal-lang/crystal", "lang:Crystal"),
    ("Polderlicht BV", "Julia Vermeulen", "unknown language \"julia\" for base/array.jl",
     'unknown language "julia"'),
    ("Harbor Point Insurance", "Gabriel Okonjo", "a Harbor 2.9.1 proxy-cache project",
     "Harbor 2.9.1"),
    ("Quayside Studio", "Tamsin Holloway",
     '"issuer":"acme-v02.api.letsencrypt.org-directory","error":"HTTP 429',
     "acme-v02.api.letsencrypt.org-directory"),
    ("Dexmoor Holdings", "Grant Okafor", '"issuer": "https://dex.auth.svc.cluster.local:5556/dex"',
     "https://dex.auth.svc.cluster.local:5556/dex"),
    ("Copperline Networks", "Ada Nwosu",
     'insightViews(id: "aW5zaWdodF92aWV3OiIyWmVoN0JqY1RxS0V3R0h6d3pDU3hZd0I3RVIi")',
     "aW5zaWdodF92aWV3OiIyWmVoN0JqY1RxS0V3R0h6d3pDU3hZd0I3RVIi"),
    ("Ufvale", "Mateus Pereira", "'\"sync.Mutex\" select:repo count:1000'", '"sync.Mutex"'),
    ("Bursztyn IT", "Aga Lewandowska", "fatal: gc is already running (gc.pid exists)", "gc.pid"),
    ("Lumen Quant", "Ivy Chen",
     "https://repo1.maven.org/maven2/com/sourcegraph/semanticdb-javac/0.8.26/x.pom",
     "https://repo1.maven.org/maven2/com/sourcegraph/semanticdb-javac/0.8.26/x.pom"),
    ("Skarvik Systems", "Tobias Lindgren",
     "2.1G github.com%2Fkubernetes%2Fkubernetes_v16.00000.zoekt", "kubernetes_v16.00000.zoekt"),
])
def test_the_eighth_probes_report_words_stay(organization: str, requester: str, text: str,
                                             kept: str) -> None:
    out = public_text(defect(ticket(description=text, organization=organization,
                                    requester_name=requester)))
    assert kept in out


@pytest.mark.parametrize("text, kept", [
    ("the file was deleted by mistake, then restored", "deleted by mistake"),
    ("deployed by svc-release at 10:00", "svc-release"),
    ("author:@release-bot and author:me", "author:@release-bot"),
    ("pipeline MonitorHub created by MonitorHub automation", "MonitorHub"),
    ("created by github.com/sourcegraph/zoekt.(*indexData).Search", "github.com/sourcegraph/zoekt"),
    ("repo:^github\\.com/sourcegraph/(api|web)-.*", "(api|web)-.*"),
])
def test_cues_leave_accounts_and_words_alone(text: str, kept: str) -> None:
    assert kept in _out(text)


# The review of both probes' changes (helper-57): keep-rules that published private data,
# remove-rules that took report words, and drafts the check before filing refused.
@pytest.mark.parametrize("text, gone", [
    ('{"auths": {"registry.nucleus.corp": {}}} and ping registry.nucleus.corp works',
     "registry.nucleus.corp"),
    ("docker pull registry.nucleus.corp:5000/sourcegraph/frontend", "nucleus.corp"),
    ("ERROR gitlab.nucleus.lan: 502 from gitlab.nucleus.lan while syncing", "gitlab.nucleus.lan"),
    ("file:deploy.nucleus.internal returns nothing", "deploy.nucleus.internal"),
    ("ssh -v 10.20.30.40 hangs, but ping 10.20.30.40 works", "10.20.30.40"),
    ("login.microsoftonline.com/nucleusfin.onmicrosoft.com/oauth2/v2.0/token fails",
     "nucleusfin"),
    ("git@ssh.dev.azure.com:v3/NucleusFin/Ledger/ledger-core", "NucleusFin"),
    ("https://nucleus-internal.googlesource.com/nucleus-fin/ledger-core", "nucleus-fin"),
    ("chrome-extension://dgjhfomjieaadpoljlnidmbgkdffpack/options.html?sourcegraphURL="
     "https://sourcegraph.nucleus.corp", "nucleus.corp"),
    ('{"url": "https://dev.azure.com", "orgs": ["nucleus-fin"]}', "nucleus-fin"),
    ('{"url": "https://chromium-review.googlesource.com", "projects": ["x-1"]}, '
     '{"kind":"GITHUB","orgs":["ledger-team-7"],"url":"https://ghe.example.corp"}',
     "ledger-team-7"),
    ("q=repo%3A%5Egithub%5C.com%2Fnucleus-fin%2Fledger-core%24+Charge", "nucleus-fin"),
    ("q=repo%3Anucleus-fin%2Fledger-core-7+x", "ledger-core-7"),
    ("repo:^(zx-ledger|zx-cards)$ finds nothing", "zx-cards"),
    ("repo:^github\\.com/(nucleus-fin|nucleus-ops)/ is slow", "nucleus-ops"),
    ("grafana-10-42-3-17.monitoring.svc.cluster.local answers", "10-42-3-17"),
    ("Tracked internally as SUNB-2207.\nSUNB-2207 has the logs.", "SUNB-2207"),
])
def test_the_reviews_leaks_are_closed(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize("organization, text, kept", [
    ("Amazon Web Services", "aws-sdk-go v1.50 and the AWS console", "aws-sdk-go"),
    ("Smith Rowe Capital", "src-cli 5.3 fails; src login works", "src-cli"),
    ("Acme Payments International", "api-server and the API", "api-server"),
    ("Hooli", "The Hooli/Okta SAML integration fails", "Okta SAML"),
    ("Hooli", "harbor.hooli.corp/sg-mirror/postgres-12-alpine:5.2.0 pulled; the "
     "postgres-12-alpine container crashloops", "postgres-12-alpine container"),
    ("Hooli", "The incident started on our RHEL-9 nodes", "RHEL-9"),
    ("Hooli", "incident, severity SEV-1", "SEV-1"),
    ("Hooli", "Maintenance Window  10:00 PM\nthe Last Run  2:00 AM failed", "Maintenance Window"),
    ("Hooli", "Screenshots from our QA team are attached. Screenshots show it", "Screenshots"),
    ("Hooli", "the employee Self Service portal", "Self Service"),
    ("Hooli", "Contacts Sync and Attendees Export fail", "Contacts Sync"),
    ("Hooli", "repo:^github\\.com/ is slow", "repo:^github\\.com/"),
])
def test_the_reviews_lost_words_stay(organization: str, text: str, kept: str) -> None:
    assert kept in _out(text, organization=organization)


@pytest.mark.parametrize("organization, text", [
    ("ServiceNow", "The service-account token expires and the service restarts."),
    ("Verdant Grid Energy", "vg-pg15-main is down; VG support says vg is fine"),
    ("Hooli", "cc Ana, Luis and Marta\nLuis restarted gitserver."),
    ("Hooli", "Bettina from our IAM team set it up. Bettina says it worked."),
    ("Hooli", "Tracked internally as SUNB-2207. SUNB-2207 has the logs."),
])
def test_the_reviews_refusals_are_gone(organization: str, text: str) -> None:
    draft = defect(ticket(description=text, organization=organization, subject="It fails",
                          requester_name="Gavin Belson"))
    assert leaks(public_text(draft), draft.private,  # type: ignore[arg-type]
                 draft.redactor.removed_values()) == []  # type: ignore[union-attr]


# The ninth probe (helper-59, 70 tickets of an ordinary week, written blind after 7021df6).
@pytest.mark.parametrize("organization, text, gone", [
    ("Hooli", "billing address for customer account SG-ACCT-004417 to:", "SG-ACCT-004417"),
    ("Hooli", "renewal already signed (contract QFI-SG-2024-0311)", "QFI-SG-2024-0311"),
    ("Hooli", "[redacted-address]\nOmaha, NE 68114\n", "68114"),
    ("Hooli", "our network team (contact: Bartholomew Ekwueme) needs the IPs", "Ekwueme"),
    ("Hooli", '{"member_id": "x", "name": "Thaddeus Wilbraham", "ssn": "x"}', "Wilbraham"),
    ("Hooli", "my colleague 欧阳静怡 created a search-based insight", "欧阳静怡"),
    ("Hooli", '{"auths":{"registry.hooli.net":{"auth":"c3ZjLWV4ZWN1dG9yOlJpZGdl"}}}',
     "c3ZjLWV4ZWN1dG9yOlJpZGdl"),
    ("Hooli", "a few of our devs (Priyanka Venkataraman and Tom Hale on the claims team)",
     "Venkataraman"),
    ("Halvorsen Maritime Group", "we at HMG are doing the standard upgrade", "HMG"),
])
def test_the_ninth_probes_leaks_go(organization: str, text: str, gone: str) -> None:
    assert gone not in _out(text, organization=organization)


@pytest.mark.parametrize("text, kept", [
    ('{"name": "Build And Test", "on": "push"}', "Build And Test"),
    ('{"name": "frontend", "image": "sourcegraph/frontend:5.3.0"}', '"name": "frontend"'),
    ("Denver, CO 80202 is where our office is; CO2 sensors and GPU", "CO2 sensors"),
    ("account settings in the UI and order 66", "order 66"),
])
def test_the_ninth_probes_words_stay(text: str, kept: str) -> None:
    assert kept in _out(text)


def test_a_docker_auth_leaves_the_private_rfh_too() -> None:
    from backend.escalation.redact import scrub_secrets

    out = scrub_secrets('{"auths":{"registry.hooli.net":{"auth":"c3ZjLWV4ZWN1dG9yOlJpZGdl"}}}')
    assert "c3ZjLWV4ZWN1dG9yOlJpZGdl" not in out and "registry.hooli.net" in out
