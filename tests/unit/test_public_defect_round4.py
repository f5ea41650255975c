"""Words of the report a fourth red-team probe (helper-51, 2026-12-06) saw removed from public
defects: classes and settings on a registry's word suffix (.run, .author), tools a company runs
under its own domain, folders and files that read as owner/repository, and what each wrongly
taught as the customer's name. The customer's own names still go."""

from __future__ import annotations

import pytest

from backend.escalation.host_names import customer_labels, is_host_name
from tests.unit.test_public_defect_code_names import _out
from tests.unit.test_public_redaction import defect, public_text, ticket


@pytest.mark.parametrize("text, kept", [
    # A class at the end of a package taught "lombok" and "javac" as the customer.
    ("class lombok.javac.apt.LombokProcessor cannot access javac internals; Lombok 1.18.30",
     "Lombok 1.18.30"),
    ("class lombok.javac.apt.LombokProcessor cannot access javac",
     "lombok.javac.apt.LombokProcessor"),
    ("at kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)",
     "kotlinx.coroutines.DispatchedTask.run"),
    # .author is a real suffix: the setting made 'commit' the customer's name.
    ("changesetTemplate.commit.author is ignored; the commit shows the wrong author",
     "the commit shows"),
    ('{"msg":"syncer.sync","error":"x"} and "email.address": "" and step.stdout',
     '"syncer.sync"'),
    ('{"msg":"syncer.sync"} and "email.address": "" and step.stdout', "step.stdout"),
    # Tools under the customer's domain are the report's words.
    ("Our Phabricator moved: https://phabricator.hooli.com is the new URL", "Our Phabricator"),
    ("GOPROXY=https://goproxy.hooli.com,direct fails for go mod download", "GOPROXY="),
    ("we mirror images to our Harbor (harbor.hooli.internal)", "our Harbor"),
    # Folders and files, not repositories; the owner learned from them took the word everywhere.
    ('"Caller":"gitserver/cleanup.go:812","Body":"repo corrupt"; gitserver restarts',
     "gitserver/cleanup.go:812"),
    ('"Caller":"gitserver/cleanup.go:812","Body":"repo corrupt"; gitserver restarts',
     "gitserver restarts"),
    ("POST https://sg.hooli.com/.api/graphql returns 502; POST /.api/graphql again",
     "POST /.api/graphql again"),
    ("repo-updater RSS grows ~1GB/day", "~1GB/day"),
    ("site-admin/permissions-syncs shows FAILED for the repo", "site-admin/permissions-syncs"),
    ("repo src/Überweisung/Prüfung.java is not indexed", "src/Überweisung/Prüfung.java"),
    ("PR exists for hooli:batch/update-deps; the batch change fails", "the batch change fails"),
])
def test_words_of_the_report_stay(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize("text, gone", [
    ("clone from https://git.initrode.com/finance/ledger fails; initrode is down", "initrode"),
    ("Our Phabricator at https://phabricator.initrode.com fails", "initrode"),
    ("https://sg.hooli.com/users/jsmith-admin/settings is blank; jsmith-admin again",
     "jsmith-admin"),
    ("see https://imgshare.example/tallis-health/503-sg.png (tallis-health)", "tallis-health"),
    ("LDAP at git.HooliBank.dmz refuses binds; HooliBank users cannot log in", "HooliBank"),
])
def test_the_customers_names_still_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize("name, host", [
    ("lombok.javac.apt.LombokProcessor", False), ("kotlinx.coroutines.DispatchedTask.run", False),
    ("changesetTemplate.commit.author", False), ("GitLab.HooliBank.dmz", True),
    ("git.hooli.dev", True), ("build01.hooli.tech", True),
    # A registry's word suffix that is also code's last word reads as code (no company we
    # know of names its machines on .run or .author; a setting or a call often ends so).
    ("git.hooli.run", False),
])
def test_what_is_a_host(name: str, host: bool) -> None:
    assert is_host_name(name) is host


def test_a_tool_or_managed_host_names_the_customer_only_by_its_own_labels() -> None:
    assert customer_labels("goproxy.globex.io") == ["globex"]
    assert customer_labels("tidewater.sourcegraphcloud.com") == ["tidewater"]
    assert customer_labels("srv-git-04.hooli.local") == ["hooli", "srv-git-04"]


# -- Leaks the probe found ------------------------------------------------------------------------
@pytest.mark.parametrize("text, gone", [
    ("I've cc'd Priya Raman from our platform team; Raman manages the storage class.", "Raman"),
    ("Following up on our call with Raj Malhotra yesterday. Raj suggested a flag.", "Raj"),
    ("Our on-call this week is Chidi (pager 555), the frontend pods OOM.", "Chidi"),
    ("[10:43] sarah-lindqvist: yep, still 401\n[10:47] sarah-lindqvist: updated at 9:05",
     "sarah-lindqvist"),
    ("[10:51] mike: @Bill Lumbergh fyi, code search is stale", "Lumbergh"),
    ("Webhook secret in Sourcegraph: wh-sec-9Kx2Lm4Pq7Rs (rotated today)", "wh-sec-9Kx2Lm4Pq7Rs"),
    ("name,role,phone\nDerek Osei,primary,+44 7700 900123", "7700 900123"),
    ("张伟\n电话：138 0013 8000", "138 0013 8000"),
    ("Our customer number is CUST-004417 and the PO was PO-2024-88315.", "PO-2024-88315"),
])
def test_the_probes_leaks_are_removed(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("10:44:01 zoekt-indexserver: shard merge failed\n10:45 repo-updater: sync", "repo-updater:"),
    ("10:44:01 zoekt-indexserver: shard merge failed", "zoekt-indexserver:"),
    ("[10:43] grafana-bot: FIRING\n[10:44] changeset_reconciler: retry", "grafana-bot:"),
    ("[10:44] changeset_reconciler: retry", "changeset_reconciler:"),
    ("The token for GitHub: expired yesterday", "The token for GitHub: expired"),
    ("see CVE-2024-1234 and RFC-7231; build 138 0013 8000 took 1234567 ms", "CVE-2024-1234"),
    ("build 138 0013 8000 took 1234567 ms", "138 0013 8000"),
])
def test_what_looks_like_them_stays(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize("text, gone", [
    ("Escritório: Av. Paulista, 1578, 12º andar, São Paulo", "Paulista, 1578"),
    ("住所: 〒150-0002 東京都渋谷区渋谷2-21-1", "渋谷2-21-1"),
    ("Oficina: Calle de Alcalá 45, Madrid", "Alcalá 45"),
    ("Razão social CNPJ 12.345.678/0001-95", "12.345.678/0001-95"),
    ("CPF do responsável: 123.456.789-09", "123.456.789-09"),
])
def test_addresses_and_tax_numbers_of_more_countries_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    # Were refused: "host" of host.docker.internal became a customer name, then "Code host".
    ("Code host connections time out; NO_PROXY=localhost,host.docker.internal", "Code host"),
    ("Code host connections time out; NO_PROXY=localhost,host.docker.internal",
     "host.docker.internal"),
    # A variable's name is where the secret goes, not the secret.
    ("src login: SRC_ACCESS_TOKEN not set", "SRC_ACCESS_TOKEN not set"),
    ('curl -H "Authorization: token $SRC_TOKEN" fails', "$SRC_TOKEN"),
    ('"apiKey": "${AOAI_KEY}",', "${AOAI_KEY}"),
    ("status (R. Osei): value has been 0% for 5m", "value has been 0%"),
])
def test_words_like_them_stay(text: str, kept: str) -> None:
    assert kept in _out(text)


def test_a_filed_secret_still_goes_beside_a_variable() -> None:
    out = _out("export SRC_ACCESS_TOKEN=sgp_4f2a9c81d7e3b6a5 then token: $SRC_ACCESS_TOKEN")

    assert "sgp_4f2a9c81d7e3b6a5" not in out and "$SRC_ACCESS_TOKEN" in out


# -- Names that are tools' names ------------------------------------------------------------------
@pytest.mark.parametrize("organization, requester, text, kept", [
    ("Hooli", "Paul Jenkins", "Our Jenkins 2.440 pipeline runs src code-intel upload",
     "Jenkins 2.440"),
    ("Hooli", "Ruby Nakamura", "Ruby syntax highlighting breaks on heredocs", "Ruby syntax"),
])
def test_a_name_that_is_a_tools_name_keeps_the_tool(organization: str, requester: str,
                                                     text: str, kept: str) -> None:
    domain = organization.lower().replace(" ", "") + ".com"  # the four-letter-word rule's
    out = public_text(defect(ticket(description=text, organization=organization,
                                    requester_name=requester, org_domains=[domain],
                                    requester_email=f"someone@{domain}")))

    assert kept in out


@pytest.mark.parametrize("organization, requester, text, gone", [
    ("Hooli", "Paul Jenkins", "Paul Jenkins here: the pipeline fails", "Paul Jenkins"),
    ("Hooli", "Paul Jenkins", "mail pjenkins or paul.jenkins@hooli.com", "pjenkins"),
    ("Helm Logistics", "Ana Lima", "We at Helm Logistics run 5.3", "Helm Logistics"),
    ("Atlas", "Ana Lima", "Atlas runs 5.3 on EKS", "Atlas"),  # the whole name
    # A company's word goes even when it names a tool: it says who the customer is.
    ("Atlas Copco AB", "Ana Lima", "Atlas has 3 instances", "Atlas"),
    # First names first of all are not on the list.
    ("Hooli", "Claude Lambert", "Claude says the pods restart", "Claude"),
])
def test_the_whole_name_still_goes(organization: str, requester: str, text: str,
                                   gone: str) -> None:
    out = public_text(defect(ticket(description=text, organization=organization,
                                    requester_name=requester)))

    assert gone not in out


# -- Everyone's names and addresses -----------------------------------------------------------
@pytest.mark.parametrize("text, kept", [
    ("SRC_GIT_SERVERS=gitserver-0.gitserver:3178 gitserver-1.gitserver:3178",
     "gitserver-0.gitserver:3178"),
    ('echo "::set-output name=dir::x" in the batch spec step', "::set-output"),
    ("pprof at [::1]:6060 shows it", "[::1]:6060"),
    ('Get "http://169.254.169.254/latest/meta-data/iam/" times out', "169.254.169.254/latest"),
    ("curl http://localhost:3434/v1/list-repos returns 500", "localhost:3434/v1/list-repos"),
    ("git clone git@github.com:sourcegraph/sourcegraph.git works", "git@github.com:sourcegraph"),
    ("image index.docker.io/sourcegraph/migrator:5.3.0 pulls", "sourcegraph/migrator:5.3.0"),
    ('Get "https://registry-1.docker.io/v2/": lookup registry-1.docker.io failed',
     "lookup registry-1.docker.io"),
    ("provisioner: ebs.csi.aws.com and vault.hashicorp.com/agent-inject: true",
     "ebs.csi.aws.com"),
    ("provisioner: ebs.csi.aws.com and vault.hashicorp.com/agent-inject: true",
     "vault.hashicorp.com/agent-inject"),
    ("src code-intel upload -file=index.scip; BUILD.bazel and aspect.bzl", "-file=index.scip"),
    ("src code-intel upload -file=index.scip; BUILD.bazel and aspect.bzl", "BUILD.bazel"),
    ("Cannot deserialize (token `JsonToken.START_OBJECT`)", "JsonToken.START_OBJECT"),
])
def test_everyones_names_and_addresses_stay(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize("text, gone", [
    ("frontend.initrode-prod.svc.cluster.local refuses", "initrode-prod"),
    ("ssh to 10.20.30.40 fails", "10.20.30.40"),
    ("git clone git@github.com:initrode/payments.git fails", "initrode"),
    ("image index.docker.io/initrode/payments-api:1.2 pulls", "initrode"),
    ("our org is dev.azure.com/initrode-games", "initrode-games"),
])
def test_the_customers_addresses_still_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("our gitserver-1 pod fills up; gitserver-1.sg.corp.initrode.net is the node",
     "our gitserver-1 pod"),
    ("PRECISE_CODE_INTEL_UPLOAD_AWS_USE_EC2_ROLE_CREDENTIALS=true is set",
     "PRECISE_CODE_INTEL_UPLOAD_AWS_USE_EC2_ROLE_CREDENTIALS=true"),
    ("实例 https://code.initrode.cn，zoekt 有 4 个副本", "zoekt 有 4 个副本"),
    ("OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317 and nothing arrives",
     "http://otel-collector:4317"),
    ('Get "https://api.github.com/user/repos?per_page=100": proxyconnect tcp',
     "https://api.github.com/user/repos"),
    ('"email.smtp": {"host": "smtp.office365.com", "port": 587}', "smtp.office365.com"),
])
def test_more_of_everyones_words_stay(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize("text, gone", [
    ("gitserver-1.sg.corp.initrode.net is the node", "initrode"),
    ("GET https://api.github.com/repos/initrode/payments/hooks fails", "initrode"),
    ("实例 https://code.initrode.cn，zoekt 有 4 个副本", "code.initrode.cn"),
])
def test_and_the_customers_still_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


def test_a_name_in_the_requesters_address_is_not_taken_in_lower_case() -> None:
    tk = ticket(description="Hi, this is Will. The migrator will hang at the advisory lock.",
                organization="Frostbyte Games", requester_name="Will Frost",
                requester_email="will.frost@frostbyte.games")

    out = public_text(defect(tk))

    assert "The migrator will hang" in out and "this is Will." not in out


@pytest.mark.parametrize("text, kept", [
    # The JSON around a removed value stays JSON.
    ('{"actor":{"username":"npatel","uid":1842},"x":1}', '[redacted-credential]},"x":1}'),
    ('"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "R&D"}',
     ':User": {"department"'),
    ('"user":{"userId":42,"anonymousUserId":""}', '"user":{"userId"'),
    ('err="Post \\"http://frontend.initrode-fin.net/.executors/queue\\": dial tcp"',
     '[redacted-url]/.executors/queue\\": dial tcp'),
    # An API's version segment is no owner: 'embeddings' of /v1/embeddings is no repository.
    ('Post "https://gw.initrode.net/v1/embeddings" failed; Embeddings job failed',
     "Embeddings job failed"),
])
def test_structure_around_a_removal_stays(text: str, kept: str) -> None:
    assert kept in _out(text)


# -- A fifth, fresh probe (helper-52): settings, open-source repositories, Unix times --------------
@pytest.mark.parametrize("text, kept", [
    ("codeintel.autoindexing.scheduler logs nothing; codeintel-db is fine",
     "codeintel.autoindexing.scheduler"),
    ("codeintel.autoindexing.scheduler logs nothing; codeintel-db is fine", "codeintel-db"),
    ("insights.query.worker.concurrency: 4 and insights look stale", "insights look stale"),
    ("see github.com/kubernetes/kubernetes#1234 and github.com/rust-lang/rust",
     "github.com/kubernetes/kubernetes"),
    ('migration 1692341290 failed: "migrationID":1686315964', "migration 1692341290 failed"),
])
def test_the_fifth_probes_words_stay(text: str, kept: str) -> None:
    tk = ticket(description=text, organization="Hooli", requester_name="Claude Moreau",
                requester_email="claude.moreau@hooli.com")

    assert kept in public_text(defect(tk))


@pytest.mark.parametrize("text, gone", [
    ("ping nadia.brooks about it", "nadia.brooks"),  # two parts: still a login
    ("clone git.initrode.staging/payments fails", "initrode"),
    ("our instance code.initrode.example is down", "initrode"),
    ("see github.com/initrode-corp/payments", "initrode-corp"),
    ("call me: Tel. 1692341290", "1692341290"),
])
def test_and_their_look_alikes_still_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize("text, gone", [
    ("Tel. 944 23 17 80 / 688 412 905", "688 412 905"),
    ("ph 08 9322 4710 / 0412 558 903 (Perth)", "0412 558 903"),
    ("Card: 4539 5821 7730 1186 exp 09/27", "4539 5821 7730 1186"),  # a mistyped check digit
    ('sg_admin_password    = "Uisge!Beatha-1822"', "Uisge!Beatha-1822"),
    ("Notre DBA, M. Fabrice Lenoir, propose une solution.", "Lenoir"),
    ("result: CN=Szymańska\\, Agnieszka,OU=Users,DC=x", "Agnieszka"),
    ("on-call rota. secondary: Nadia Suleiman.", "Suleiman"),
    ("My colleague in Sydney, Chloe Tran, can help.", "Chloe Tran"),
    ("nkavanagh (Niamh Kavanagh) was on leave", "nkavanagh"),
    ("我同事李娜用 curl 测试过", "李娜"),
    ("부재 시 박서연 대리에게 연락하세요", "박서연"),
    ("hayashi-r は林さんの namespace です", "林さん"),
    ("例如：林志明 (zhiming.lin@twjc-tech.com.tw)", "林志明"),
    ("SIRET 512 384 771 00029 et le bon de commande BC-2024-00417", "512 384 771 00029"),
    ("SIRET 512 384 771 00029 et le bon de commande BC-2024-00417", "BC-2024-00417"),
    ("Renewed via PO 4500187732 (VAT IE 6388047V).", "6388047V"),
    ("Para la factura: RFC GAS980714KJ3", "GAS980714KJ3"),
    ("Fenwick & Rowe LLP, London EC4Y 0DW", "EC4Y 0DW"),
    ("Havenweg 112, 3542 AB Utrecht", "3542 AB"),
    ("2215 N Meridian Ave, Suite 400", "Meridian Ave"),
])
def test_the_fifth_probes_leaks_are_removed(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("see RFC 7231 and RFC 6749 for OAuth", "RFC 7231"),
    ("the PO box and VAT rules; commande 42 items", "commande 42 items"),
    ("大きいファイルは100行程度です。", "100行程度です"),
    ("弊社の経理部から連絡します", "弊社の経理部"),
    ("primary: Postgres and backup: Daily snapshots", "Daily snapshots"),
    ("Tel 030/1234567 and versions 5.3.1 / 5.3.2", "versions 5.3.1 / 5.3.2"),
])
def test_and_what_looks_like_them_stays(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize("text, gone", [
    ('cookie: sgs=abc; sg_csrf=aB3dE5fG7hI9', "aB3dE5fG7hI9"),
    ("License: plan:enterprise-1, key ID 6e1f-22ab-9c04", "6e1f-22ab-9c04"),
    ('userName: "Seán O\'Brien", emails: []', "O'Brien"),
    ('userName: "D\'Marie DaCosta"', "DaCosta"),
    ("弊社の田中（インフラ担当）がログを確認しました", "田中"),
    ("Primary on-call: ben.hargreaves; secondary: Nadia Suleiman.", "ben.hargreaves"),
])
def test_more_of_the_fifth_probes_leaks_are_removed(text: str, gone: str) -> None:
    assert gone not in _out(text)


def test_a_hyphenated_domains_first_word_is_the_companys_name() -> None:
    tk = ticket(description="$ kubectl describe pod x -n sg-hanbit", organization="한빛전자",
                requester_name="김민준", requester_email="minjun.kim@hanbit-elec.co.kr",
                org_domains=["hanbit-elec.co.kr"])

    assert "hanbit" not in public_text(defect(tk))


@pytest.mark.parametrize("text, kept", [
    ("POST https://code.initrode.com/.api/graphql returns 502", "[redacted-url]/.api/graphql"),
    ("ACS URL https://sg.initrode.com/.auth/saml/metadata", "[redacted-url]/.auth/saml/metadata"),
    ("push to http://loki-gateway.monitoring.svc:3100/loki/api/v1/push fails",
     "loki-gateway.monitoring.svc:3100"),
    ("the agent at datadog-agent.datadog.svc:4317 refuses", "datadog-agent.datadog.svc:4317"),
])
def test_a_private_hosts_product_route_stays(text: str, kept: str) -> None:
    out = _out(text)

    assert kept in out and "initrode" not in out


@pytest.mark.parametrize("text, gone", [
    ("https://sg.initrode.com/users/jdoe-admin/settings/tokens is blank", "jdoe-admin"),
    ("https://git.initrode.com/finance/ledger-core fails", "ledger-core"),
    ("https://sg.initrode.com/.api/graphql?query=ledger-core", "ledger-core"),
    ("http://frontend.initrode-prod.svc/healthz", "initrode-prod"),
])
def test_other_paths_on_private_hosts_still_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("Happens ~once a day on gitserver-2", "~once a day"),
    ('msg="insights.backfiller.newBackfill" then msg="insights.backfiller: rate limited"',
     "insights.backfiller.newBackfill"),  # was refused: the host inside a longer name
])
def test_clean_reports_file(text: str, kept: str) -> None:
    assert kept in _out(text)  # _out runs the check before filing: a refusal raises


def test_a_home_directory_after_a_tilde_still_goes() -> None:
    assert "jdoe-admin" not in _out("cat ~jdoe-admin/.ssh/config fails")


# -- A sixth, fresh probe (helper-53) -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    # Each was refused: a removed value stood elsewhere in the draft.
    "title: Replace fmt.Sprintf with strconv.Itoa\n"
    "run: comby 'fmt.Sprintf(:[v])' 'strconv.Itoa(:[v])'",
    "pgsql:\n  auth:\n    existingSecret: pgsql-auth\nkubectl get secret pgsql-auth shows it",
    '{\n  "username": "<redacted>",\n  "password": "<redacted>"\n}',
])
def test_clean_reports_of_the_sixth_probe_file(text: str) -> None:
    _out(text)  # the check before filing raises PrivateDataLeak on a refusal


@pytest.mark.parametrize("text, kept", [
    ("invalid username: contains illegal character", "invalid username: contains illegal"),
    ("userpasswd: failed to create user: duplicate key", "userpasswd: failed to create user"),
    ("token scopes: repo, read:org, user:all", "user:all"),
    ("fixed in GHSA-m425-mq94-257g", "GHSA-m425-mq94-257g"),
])
def test_prose_after_a_credentials_name_stays(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize("text, gone", [
    ("[09:14] Deepa Krishnan: gitserver-1 is at 98% disk", "Deepa Krishnan"),
    ("O nosso DBA, Rui Tavares, sugere reindexar.", "Rui Tavares"),
    ("Writing on behalf of our CTO, Viktor Hrabal. Please call Viktor Hrabal.", "Hrabal"),
    ("Problem zgłosił Krzysztof Nowakowski z zespołu mobilnego.", "Nowakowski"),
    ("user: jdoe7 is locked out", "jdoe7"),
])
def test_people_of_the_sixth_probe_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


# -- The review of the session's change (helper-54): what the keep-rules must not let through ----
@pytest.mark.parametrize("text, gone", [
    ("DB password: $uperS3cret2024!", "uperS3cret2024"),
    ("SMTP_PASSWORD=INITECH_PROD_2024", "PROD_2024"),
    ("PGPASSWORD='ADMIN_PROD_2024'", "ADMIN_PROD_2024"),
    ("admin password: Welcome1.ADMIN", "Welcome1"),
    ("password: ${Summer2024}", "Summer2024"),
    ("export API_TOKEN=<k8Zq2LmN0pWx9R>", "k8Zq2LmN0pWx9R"),
    ("password: {Xk9mP2qR7vLw", "Xk9mP2qR7vLw"),
    ("Please call me at 2017781234 or 2025550143.", "2017781234"),
    ("http://gitserver-3:3178/repos/gitlab.kestrel.de/hr/salaries-2024", "salaries-2024"),
    ("http://localhost:3080/users/nkavanagh/settings/tokens", "nkavanagh"),
    ("http://169.254.169.254/latest/meta-data/iam/security-credentials/kestrel-prod-role",
     "kestrel-prod-role"),
    ("Syncing repo finance/payroll-engine.", "payroll-engine"),
    ("repo sync of python/risk-engine-payroll fails", "risk-engine-payroll"),
    ("repo admin/payroll-secrets is stale", "payroll-secrets"),
    ("mirror of fintrack/ledger-core.js fails to clone", "ledger-core"),
    ("https://api.github.com/enterprises/kestrelfin/settings/billing", "kestrelfin"),
    ("{'displayName': 'Agnieszka Szymanska', 'id': 7}", "Szymanska"),
    ("payroll.kestrel.intern and ledger.kestrel.staging", "kestrel"),
    ("postgres-kestrel-payroll.sourcegraph.svc.cluster.local:5432", "kestrel"),
    ("sudo ls ~hmueller", "hmueller"),
    ("ssh login: will", "will"),
    ("Connecting to kestrel.io(10.0.0.5) failed; see kestrel.io logs", "kestrel"),
    ("CN= Swift\\, Ruby,OU=People", "Ruby"),
    ("http://[fd00::5]:3080/users/nkavanagh/settings", "nkavanagh"),
])
def test_the_reviews_leaks_are_closed(text: str, gone: str) -> None:
    assert gone not in _out(text)


def test_each_capitalised_mention_takes_its_surname() -> None:
    from backend.escalation.people_scan import people_spans

    found = [s.value for s in people_spans("@Bill Lumbergh fyi, @Ana Berg and @ops. " * 3, set())]

    assert found.count("Bill Lumbergh") == 3 and found.count("Ana Berg") == 3
    assert "ops" not in found


@pytest.mark.parametrize("text", [
    # A public pair written bare and on github.com, and a repository inside a longer one's name:
    # both were refused once the bare pair's public owners were narrowed to ours.
    "insight on github.com/kubernetes/kubernetes; the repo kubernetes/kubernetes is indexed",
    'GET https://api.github.com/repos/octocat/Hello-World-archived: 404\n'
    '"repos": ["octocat/Hello-World", "octocat/Hello-World-archived"]',
])
def test_public_repositories_written_twice_file(text: str) -> None:
    _out(text)  # raises PrivateDataLeak on a refusal
