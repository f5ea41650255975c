"""Known names in the spellings a red-team probe found reaching public defects, and the words of
the report a defect must keep (a helper's probe, 2026-12-05: /tmp/leakprobe)."""

from __future__ import annotations

import unicodedata

import pytest

from backend.escalation.public_text import check_public, with_edits
from backend.tickets import Comment
from tests.unit.test_public_redaction import defect, public_text, ticket


@pytest.mark.parametrize("org, person, text, private", [
    ("株式会社サクラテック", "山田 太郎",
     "株式会社サクラテックの山田太郎です。山田さんに連絡してください。", ["サクラテック", "山田"]),
    ("华信科技", "王伟", "请联系王伟处理，我们是华信科技的平台组。", ["华信科技", "王伟"]),
    ("한빛소프트", "김민준", "김민준입니다. 검색이 느립니다.", ["김민준"]),
])
def test_names_in_scripts_without_spaces_are_removed(org: str, person: str, text: str,
                                                     private: list[str]) -> None:
    out = public_text(defect(ticket(description=text, organization=org, requester_name=person)))

    assert [p for p in private if p in out] == []


@pytest.mark.parametrize("person, written", [
    ("José García", "Jose Garcia"), ("Jörg Müller", "Joerg Mueller"),
    ("Jörg Müller", "Jorg Muller"), ("Søren Ødegård", "Soren Odegard"),
    ("Seán O'Brien", "Sean O’Brien"), ("Seán O'Brien", "OBrien"),
])
def test_names_typed_without_their_accents_are_removed(person: str, written: str) -> None:
    out = public_text(defect(ticket(description=f"Please ask {written} about the logs.",
                                    requester_name=person)))

    assert written.split()[-1] not in out


def test_names_in_decomposed_or_full_width_letters_are_removed() -> None:
    nfd = unicodedata.normalize("NFD", "Jörg Müller")
    wide = "ｍａｒｔａ．ｌｉｎｄｑｖｉｓｔ＠ｃｏｒｖｉｄｌｏｇ．ｃｏｍ"
    out = public_text(defect(ticket(
        description=f"Signed {nfd}; reach me at {wide}", requester_name="Jörg Müller",
        organization="Corvid Logistics", org_domains=["corvidlog.com"])))

    assert "ller" not in out and "lindqvist" not in out.lower() and "ｌｉｎｄ" not in out


@pytest.mark.parametrize("org, domain, text, private", [
    ("IBX Systems AG", "ibx.ch", "kubectl -n ibx-sourcegraph get pods; ibx_sourcegraph; ibx-prod",
     ["ibx"]),
    ("Blue Owl Bank", "blueowlbank.com", "BlueOwl prod, blue-owl-sg and blue_owl, the blue owl VPN",
     ["BlueOwl", "blue-owl", "blue_owl", "blue owl"]),
])
def test_an_organization_written_as_one_word_or_its_short_domain_is_removed(
        org: str, domain: str, text: str, private: list[str]) -> None:
    out = public_text(defect(ticket(subject=f"{text.split()[0]}: search returns 502",
                                    description=text, organization=org, org_domains=[domain])))

    assert [p for p in private if p in out] == []


def test_passwords_under_short_keys_are_removed() -> None:
    out = public_text(defect(ticket(description="SMTP_PASS=Kestrel2024\nREDIS_PASS=Blue7Heron")))

    assert "Kestrel2024" not in out and "Blue7Heron" not in out


def test_the_words_of_the_report_survive_hosts_code_names_and_vendors() -> None:
    """Words of the defect must not become "customer names" because a host, a Java class or a
    vendor's tenant URL contained them."""
    report = ("Cody chat crashes: java.lang.OutOfMemoryError: Java heap space at "
              "com.sourcegraph.cody.agent.CodyAgentService.start(CodyAgentService.kt:210). "
              "SSO login fails with corvid.okta.com and login.microsoftonline.com. "
              "After the cluster upgrade the frontend cannot reach "
              "zoekt-0.indexed-search.ns.svc.cluster.local; search.largeFiles is set. The "
              "software update did not help.")
    out = public_text(defect(ticket(subject="Cody chat crashes after the cluster upgrade",
                                    description=report, organization="Pinnacle Software",
                                    org_domains=["pinnaclesoft.com"])))

    for kept in ("Cody chat crashes", "java.lang.OutOfMemoryError", "SSO login fails",
                 "cluster upgrade", "search.largeFiles", "software update"):
        assert kept in out, kept
    assert "corvid" not in out and "cluster.local" not in out


def test_a_persons_login_inside_an_identifier_is_removed_and_short_names_are_not() -> None:
    out = public_text(defect(ticket(
        description="actor=dkowalczyk_adm, service account svc_dkowalczyk; MarkdownParser fails",
        requester_name="Dana Kowalczyk", requester_email="d.kowalczyk@example.org")))

    assert "dkowalczyk" not in out and "MarkdownParser fails" in out


def test_organization_fields_and_numeric_field_values_are_private() -> None:
    out = public_text(defect(ticket(
        description="Account GLBX-ENT-0042 (owner Rita Moreno), contract number is 48213377.",
        custom_fields={360003: 48213377, 360004: True, 360005: 12},
        org_fields={"account_id": "GLBX-ENT-0042", "account_owner": "Rita Moreno"})))

    for value in ("GLBX-ENT-0042", "Rita Moreno", "48213377"):
        assert value not in out, value


def test_a_name_known_only_by_its_ascii_address_is_found_with_its_accents() -> None:
    out = public_text(defect(ticket(
        description="Klaus Böhm from our platform team confirmed it; Jörg agrees.",
        comments=[Comment("cc", True, None, "k.boehm@example.org")],
        requester_name="Jorg Muller", requester_email="jm@example.org")))

    assert "Böhm" not in out and "Jörg" not in out


# -- From a review of the change (helper-46): what it must not let through, or take away ------
@pytest.mark.parametrize("host, label", [
    ("hooli.sourcegraph.com", "hooli"), ("hooli.okta.com", "hooli"),
    ("hooli.atlassian.net", "hooli"), ("hooli.corp", "hooli"), ("HOOLI.LOCAL", "hooli"),
    ("git.hooli.corp.local", "hooli"), ("ldap.hooli.ad.lan", "hooli"),
    ("gitlab.hooli.eu.corp", "hooli"), ("GitLab.HooliBank.dmz", "hoolibank"),
    ("org.hooli.com", "hooli")])
def test_a_hosts_customer_label_is_removed_elsewhere_in_the_text(host: str, label: str) -> None:
    text = f"Our host is {host}. Later: {label.title()}, {label}."
    out = public_text(defect(ticket(description=text, organization="Globex")))

    assert label not in out.lower()


@pytest.mark.parametrize("name, login", [("Peter J. Gibbons", "pgibbons"),
                                         ("Mary Ann Smith", "msmith")])
def test_a_middle_name_does_not_hide_the_login(name: str, login: str) -> None:
    out = public_text(defect(ticket(description=f"uid {login} cannot sign in",
                                    requester_name=name)))

    assert login not in out


@pytest.mark.parametrize("number", ["020.7946.0958", "0412.345.678", "06.1234.5678"])
def test_national_numbers_written_with_dots_after_the_trunk_zero_are_removed(number: str) -> None:
    assert number not in public_text(defect(ticket(description=f"Call {number} please.")))


def test_an_agents_edit_with_a_name_in_half_width_letters_is_redacted_not_refused() -> None:
    draft = defect(ticket(description="Search is slow.", requester_name="ﾔﾏﾀﾞ ﾀﾛｳ"))
    edited = with_edits(draft, None, draft.body + "\nReported by ﾔﾏﾀﾞ ﾀﾛｳ")

    check_public(edited, None)  # raises PrivateDataLeak when the name is still there
    assert "ﾔﾏﾀﾞ" not in edited.body


@pytest.mark.parametrize("org, domains, person, kept", [
    ("Globex", [], "Sarah Walker", "TreeWalker and fs_walker in walker_test.go"),
    ("Box, Inc.", ["box.com"], "Ann Lee", "check the box"),
    ("Globex", [], "Ann Lee", "set first_pass: true and multi_pass = 3"),
    ("Globex", [], "Ann Lee", "the cost is O(n²) for 10⁹ rows"),
])
def test_words_of_the_report_are_not_taken_for_names(org: str, domains: list[str], person: str,
                                                     kept: str) -> None:
    out = public_text(defect(ticket(description=f"Note: {kept}.", organization=org,
                                    org_domains=domains, requester_name=person)))

    assert kept in out


def test_plan_and_region_words_in_organization_fields_stay_in_the_text() -> None:
    out = public_text(defect(ticket(description="Premium plan, EMEA region, active since May.",
                                    org_fields={"plan": "Premium", "region": "EMEA",
                                                "status": "active"})))

    assert "Premium plan, EMEA region, active since May." in out


# -- From a second review (helper-47): what the first mends still let through ----------------
@pytest.mark.parametrize("person, text, private", [
    ("Hiroshi Tanaka 田中宏", "Tanaka-san and Hiroshi saw it; 田中宏 confirmed.",
     ["Tanaka", "Hiroshi", "田中宏"]),
    ("Li Wei 李伟", "Wei restarted zoekt.", ["Wei"]),
])
def test_latin_parts_of_a_name_written_in_two_scripts_are_removed(person: str, text: str,
                                                                  private: list[str]) -> None:
    out = public_text(defect(ticket(description=text, requester_name=person)))

    assert [p for p in private if p in out] == []


@pytest.mark.parametrize("org, text, private", [
    ("Vox Media", "vox-media-prod namespace, VoxMedia SSO, vox_media db",
     ["vox-media", "VoxMedia", "vox_media"]),
    ("Capital One", "CapitalOne-prod and capital_one_sg", ["CapitalOne", "capital_one"]),
])
def test_an_organization_of_generic_words_is_removed_in_its_joined_forms(
        org: str, text: str, private: list[str]) -> None:
    out = public_text(defect(ticket(description=text, organization=org)))

    assert [p for p in private if p in out] == []


@pytest.mark.parametrize("text, private", [
    ("SSO via gbxcorp.zoom.us fails for the gbxcorp tenant (gbxcorp-prod).", "gbxcorp"),
    ("sourcegraph-frontend.gbxcorp.svc:80 is down in the gbxcorp namespace.", "gbxcorp"),
    ("git.initech.globex.com is slow for the initech unit.", "initech"),
    ("LDAP at ldap.GbxCorp:636 refuses binds; dc01.GbxAD too.", "GbxCorp"),
])
def test_a_label_of_any_private_host_is_removed_elsewhere(text: str, private: str) -> None:
    out = public_text(defect(ticket(description=text, organization="Globex Corporation")))

    assert private not in out and "GbxAD" not in out


def test_an_address_in_a_cloud_node_name_is_removed() -> None:
    out = public_text(defect(ticket(
        description="Node ip-10-42-3-17 is NotReady; ip-10-42-3-18.ec2.internal too; zip-1-2-3-4x"
    )))

    assert "10-42-3-17" not in out and "10-42-3-18" not in out and "zip-1-2-3-4x" in out


def test_the_server_of_a_windows_share_is_removed_and_escapes_are_not() -> None:
    out = public_text(defect(ticket(
        description="Backups to \\\\fs-sto-03\\sg-backups fail; the log shows \\\\n\\\\t runs.")))

    assert "fs-sto-03" not in out and "\\\\n\\\\t runs" in out
