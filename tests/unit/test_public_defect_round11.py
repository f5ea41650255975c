"""What an eleventh red-team probe (helper-69, 2026-12-07, 60 tickets written blind: tables,
headers, login records, chat copies, incident exports, signatures) found in public defects, and
the report's words it found lost. Every example here is invented for the test."""

from __future__ import annotations

import pytest

from backend.escalation.private_values import person_names
from backend.escalation.public_text import check_public, with_edits
from backend.tickets import Comment
from tests.unit.test_public_redaction import defect, public_text, ticket


def _out(text: str, organization: str = "Hooli", comments: list[Comment] | None = None) -> str:
    return public_text(defect(ticket(description=text, organization=organization,
                                     subject="Search is slow", requester_name="Gavin Belson",
                                     comments=comments or [])))


@pytest.mark.parametrize("organization, text, gone", [
    # The organization's abbreviation that its own identifiers spell, wherever it stands.
    ("Quillmoor Freight Systems", "kubectl -n qmf-sourcegraph get pods", "qmf"),
    ("Quillmoor Freight Systems", "kubectl -n qmf-sourcegraph get pods\nQMF ops says hi", "QMF"),
    ("Ostravik Maritime GmbH", "ostm-sg-prod/frontend is crash looping", "ostm"),
    ("Marrowgate Energy Trading", 'bucket "mget-sourcegraph-lsif-prd-euc1" denies', "mget"),
])
def test_the_organizations_own_abbreviation_goes(organization: str, text: str,
                                                 gone: str) -> None:
    assert gone not in _out(text, organization)


def test_a_word_its_name_spells_stays() -> None:
    # Corvanne's letters spell "core": a word of the report, not its abbreviation.
    out = _out("kubectl -n cvu-sourcegraph logs core-dns-0", "Corvanne Utilities")
    assert "core-dns-0" in out and "cvu" not in out


@pytest.mark.parametrize("text, gone", [
    # Ticket keys after a tracker's word, in a list after one, in commits and branches, and a
    # project with two keys in the ticket.
    ("Related: DEVX-1175, PLAT-882.", "PLAT-882"),
    ("🔔 New ticket DXP-2207 created", "DXP-2207"),
    ("timeline (from Jira Service Management, PIR-0419):", "PIR-0419"),
    ("the -v came from our internal runbook LFB-RB-017.", "LFB-RB-017"),
    ("our ref OPS-5531, and it was fixed", "OPS-5531"),
    ("a3f9c1e Jan Nowak 2024-04-09 ZRW-4471 fix rounding", "ZRW-4471"),
    ("commit 9a7e11c3f04d2b6e85c1a0f3d7b2e6c1a0f3d7b2\nAuthor: Jan <j@qx.pl>\n\n"
     "    Bump jackson-databind to 2.17.0 (UMB-SEC-3310)", "UMB-SEC-3310"),
    ("Merge branch 'feature/ZRW-4388-sepa-instant' into develop", "ZRW-4388"),
    # People in a SAML assertion, a webhook's login, an audit record's user, a chat handle, a
    # login after Spanish "usuario", an admin named in brackets.
    ('<saml2:Attribute Name="displayName"><saml2:AttributeValue>Grace Tembo-Lindahl'
     "</saml2:AttributeValue>", "Grace Tembo-Lindahl"),
    ('"user_name":"x","user_username":"tfonseca","user_email":"x"', "tfonseca"),
    ('type=USER_CMD msg=audit(1709.1:4): cmd=6C73 UID="root" AUID="mbeaulieu"', "mbeaulieu"),
    ("kasia  10:05 AM\nnot me. kasia restarted it", "kasia"),
    ("sverre - 13:04\nsamme her", "sverre"),
    ("Our GHE admin (Priya Raman-Oakes) says it is the limit", "Priya Raman-Oakes"),
    # Repositories in a webhook, a GitHub Enterprise API path, a code browser's and gitserver's.
    ('"project":{"path_with_namespace":"core-network/bng-provisioning"}', "bng-provisioning"),
    ("> GET /api/v3/repos/avionics/fms-core/contents/ HTTP/1.1", "avionics/fms-core"),
    ('"GET /git.qx.internal/genomics/seq-pipeline/-/raw/a.cs HTTP/1.1" 500', "genomics"),
    ('"path":"/data/repos/git.qx.internal/qx-core/rate-engine/.git/x.lock"', "rate-engine"),
    # Columns: a sheet's "Tech lead", a CSV's quoted identity, a Markdown "Who", psql's usename
    # (and the role again in a log), an export's incident numbers.
    ("Repo\tOwner team\tTech lead\tError\nqx/pos\tStores\tGwilym Rees\tfatal: early EOF\n",
     "Gwilym Rees"),
    ('Date (UTC),Activity,Source identity,Target ID\n2024-05-06,Create,"Zanele Mokoena-Price",1\n',
     "Zanele Mokoena-Price"),
    ("| Time | Who | Event |\n|---|---|---|\n| 07:03 | Ngozi Ferreira-Blom (on-call) | Acked |\n",
     "Ngozi Ferreira-Blom"),
    ("     usename      | count\n------------------+------\n sg_analytics_ro  |    61\n\n"
     "[48812] sg_analytics_ro@sg FATAL:  remaining connection slots", "sg_analytics_ro"),
    ('incident_number,title,urgency\n48213,"[FIRING:1] KubePodCrashLooping, frontend",high\n',
     "48213"),
    # A sign-off's name, a signature's "name | title", a Japanese company by its legal form.
    ("It returns 203.\n\nThanks,\nChidera\n", "Chidera"),
    ("Chidera Okafor-Wintle | Lead Engineer, Claims Platform", "Chidera Okafor-Wintle"),
    ("株式会社キリボリ製作所 情報システム部", "キリボリ製作所"),
])
def test_what_the_eleventh_probe_found_goes(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    # Public hosts and an alert's name the report needs.
    ('repository = "https://helm.sourcegraph.com/release"', "https://helm.sourcegraph.com/release"),
    ('Head "https://registry-1.docker.io/v2/sourcegraph/frontend/manifests/5.1.4": toomany',
     "registry-1.docker.io/v2/sourcegraph/frontend"),
    ("upgrading: https://www.docker.com/increase-rate-limit", "https://www.docker.com/increase"),
    ("alertname = warning_frontend_90th_percentile_search_request_duration",
     "warning_frontend_90th_percentile_search_request_duration"),
    # A template's expression is no host; a Grafana dashboard's path teaches no repository.
    ("Signed-off-by: ${{ batch_change.author.name }}\nthe commit author is wrong", "author is"),
    ("see https://grafana.qx.net/d/zoekt/zoekt?orgId=1 - zoekt-indexserver is full",
     "zoekt-indexserver"),
    # A public repository in a code browser's path, tools in tables, a team signing off.
    ("https://sourcegraph.com/github.com/kubernetes/kubernetes/-/blob/pkg/kubelet.go",
     "kubernetes/kubernetes"),
    ("| Time | Who | Event |\n|---|---|---|\n| 06:58 | Alertmanager | firing |\n",
     "Alertmanager"),
    ("The Ops dashboard is empty.\n\nCheers,\nOps\n", "Ops dashboard"),
    ("SEV-1 and SEV-2 both, like CVE-2024-3094 and GPT-4", "SEV-2"),
])
def test_the_reports_words_stay(text: str, kept: str) -> None:
    assert kept in _out(text).replace("&lt;", "<")


def test_an_agents_remark_in_brackets_is_no_name() -> None:
    assert person_names("Dana Whitlock (Sourcegraph Support)", None)[:2] == [
        "Dana Whitlock (Sourcegraph Support)", "Dana Whitlock"]
    out = _out("single docker container (sourcegraph/server).", comments=[
        Comment("Hi, restart it.", True, "Dana Whitlock (Sourcegraph Support)")])
    assert "(sourcegraph/server)" in out


def test_a_repository_named_only_in_a_cut_part_is_learnt() -> None:
    # The description's list after "- search" is cut as a signature; its repository is still
    # the customer's when a comment names it.
    text = ("search HP\n\n- search\nhttps://github.com/qaaaa/r-aaaa search cloning qaaaa/r-aaaa\n"
            "search search\nsearch ")
    out = _out(text, "HP", comments=[Comment("search\n\n- r-aaaa search HP ", True, "Erlich B")])
    assert "r-aaaa" not in out


# The review of this change (helper-70) found these published, lost or refused by its first
# version; each is mended.
@pytest.mark.parametrize("organization, text, gone", [
    ("Hooli", "src login https://sg.qx.io hooli_deploy_token_3f9a8c7e1b2d4f6a9c0e7b5d",
     "3f9a8c7e1b2d4f6a9c0e7b5d"),
    ("Hooli", "Ingress template: host: {{ sourcegraph.qxledger-bank.com }}", "qxledger-bank"),
    ("Hooli", "This is tracked in our Jira as US-1432.", "US-1432"),
    ("Hooli", "We mirror https://github.com/h/payments-core and payments-core fails to index.",
     "payments-core"),
])
def test_the_reviews_leaks_stay_closed(organization: str, text: str, gone: str) -> None:
    assert gone not in _out(text, organization)


@pytest.mark.parametrize("organization, text, kept", [
    ("Hooli", "| Step | Who | When |\n|---|---|---|\n| Run migrator | platform | 10:30 |\n\n"
              "the platform team saw pgsql locks", "the platform team"),
    ("Hooli", "repo,owner,size_mb\nlinux,torvalds,5000\n\ntorvalds is the owner we mirror",
     "linux,torvalds,5000"),
    ("Hooli", "| Server | Version |\n|---|---|\n| PostgreSQL | 12.17 |\n\nPostgreSQL 12.17 is slow",
     "PostgreSQL 12.17 is slow"),
    ("Hooli", "NAME       STATUS   ROLES           AGE   VERSION\n"
              "minikube   Ready    control-plane   3d    v1.28.3\n\nreproduced on minikube",
     "reproduced on minikube"),
    ("Hooli", "ALAS2-2023-2050 and ALAS2-2023-2101, PYSEC-2023-74 and PYSEC-2022-42969",
     "ALAS2-2023-2101"),
    ("Hooli", "a known upstream Jira issue for this, HHH-15234", "HHH-15234"),
    ("Hooli", "ORA-12541 then ORA-00942 after the failover", "ORA-00942"),
    ("Hooli", "our cluster is in US-EAST-1 and US-WEST-2", "US-WEST-2"),
    ("Intermountain Healthcare", "precise-code-intel-worker restarts", "precise-code-intel-worker"),
    ("Redwood Digital Systems", "redis-cache is full on prod-redis-0", "redis-cache"),
    ("Hooli", "reindex  02:00\nruns nightly and overlaps the backup", "reindex"),
    ("Hooli", "alertmanager - 13:04\nFIRING: frontend down", "alertmanager"),
    ("Hooli", "[10:32:15] Cloning Repository\n[10:32:19] done", "Cloning Repository"),
    ("Hooli", "Last Sync, 10:32 AM\nnothing new since", "Last Sync"),
    ("Hooli", "Un utilisateur non-admin ne voit rien", "non-admin"),
    ("Hooli", "我们部署了Sourcegraph搜索很慢阿里云计算有限公司的ECS上", "Sourcegraph"),
])
def test_the_reviews_lost_words_stay(organization: str, text: str, kept: str) -> None:
    draft = defect(ticket(description=text, organization=organization, subject="Search is slow",
                          requester_name="Gavin Belson"))
    assert kept in public_text(draft)
    check_public(with_edits(draft, draft.title, draft.body), None)  # and filing is not refused


def test_a_nickname_in_brackets_is_a_name() -> None:
    assert "Bob" in person_names("Robert (Bob) Smith", None)
    assert "张伟" in person_names("Zhang Wei (张伟)", None)
