"""GitHubIssues against the GitHub fake over real HTTP (no patching of the client)."""

from __future__ import annotations

import time

import pytest
import requests

from backend.integrations.github import GitHubIssues, IssueRef
from backend.integrations.github_errors import GitHubError
from tests.fakes.github import DEFAULT_REPO, DEFAULT_TOKEN, READONLY_TOKEN, GitHubFake

# github_fake / github_enterprise_fake; harmless once tests/conftest.py loads the plugin too.
pytest_plugins = ["tests.fakes.pytest_plugin"]

ISSUES = f"/repos/{DEFAULT_REPO}/issues"


def client(fake: GitHubFake, token: str = DEFAULT_TOKEN, **kw: float) -> GitHubIssues:
    return GitHubIssues(token, fake.api_url, **kw)


# ------------------------------------------------------------------------- create


def test_create_issue_returns_ref_and_creates_unknown_labels(github_fake: GitHubFake) -> None:
    ref = client(github_fake).create_issue(
        DEFAULT_REPO, "Export times out", "Body\n<!-- rfh:ticket=42 -->", ["rfh", "team-data"]
    )

    assert ref == IssueRef(
        repo=DEFAULT_REPO, number=1, url=f"{github_fake.url}/{DEFAULT_REPO}/issues/1",
        title="Export times out", labels=("rfh", "team-data"), state="open",
    )
    stored = github_fake.issue(DEFAULT_REPO, 1)
    assert stored["body"] == "Body\n<!-- rfh:ticket=42 -->"
    assert "team-data" in github_fake.labels(DEFAULT_REPO)  # created on the fly (push access)
    assert github_fake.count("POST", ISSUES) == 1
    assert github_fake.count("GET") == 0  # lazy repo: no GET /repos/{o}/{r} first
    sent = github_fake.requests_to("POST", ISSUES)[0]
    assert sent.headers["authorization"] == f"token {DEFAULT_TOKEN}"
    assert sent.json == {"title": "Export times out", "body": "Body\n<!-- rfh:ticket=42 -->",
                         "labels": ["rfh", "team-data"]}


def test_create_issue_on_an_enterprise_style_base_url(github_enterprise_fake: GitHubFake) -> None:
    fake = github_enterprise_fake
    assert fake.api_url.endswith("/api/v3")

    ref = client(fake).create_issue(DEFAULT_REPO, "t", "b", [])

    assert ref.number == 1
    assert ref.url == f"{fake.url}/{DEFAULT_REPO}/issues/1"  # html_url, not the API url
    assert fake.count("POST", f"/api/v3{ISSUES}") == 1


def test_bad_token_is_unauthorized(github_fake: GitHubFake) -> None:
    with pytest.raises(GitHubError) as err:
        client(github_fake, token="ghp_wrong").create_issue(DEFAULT_REPO, "t", "b", [])

    assert err.value.code == "unauthorized"
    assert "401" in err.value.message and "Bad credentials" in err.value.message
    assert github_fake.issues(DEFAULT_REPO) == []


def test_unknown_repo_is_repo_not_found(github_fake: GitHubFake) -> None:
    with pytest.raises(GitHubError) as err:
        client(github_fake).create_issue("acme/no-such-repo", "t", "b", [])

    assert err.value.code == "repo_not_found"
    assert "acme/no-such-repo" in err.value.message and "404" in err.value.message


def test_malformed_repo_name_is_rejected_without_a_request(github_fake: GitHubFake) -> None:
    with pytest.raises(GitHubError) as err:
        client(github_fake).create_issue("not a repo", "t", "b", [])

    assert err.value.code == "repo_not_found"
    assert github_fake.count() == 0


def test_issues_disabled_is_repo_gone(github_fake: GitHubFake) -> None:
    github_fake.set_repo(DEFAULT_REPO, has_issues=False)

    with pytest.raises(GitHubError) as err:
        client(github_fake).create_issue(DEFAULT_REPO, "t", "b", [])

    assert err.value.code == "repo_gone"
    assert "410" in err.value.message and "Issues are disabled" in err.value.message


def test_missing_title_is_validation(github_fake: GitHubFake) -> None:
    with pytest.raises(GitHubError) as err:
        client(github_fake).create_issue(DEFAULT_REPO, "", "b", [])

    assert err.value.code == "validation"
    assert "422" in err.value.message and "title" in err.value.message
    assert github_fake.issues(DEFAULT_REPO) == []


def test_unknown_label_without_push_access_is_forbidden(github_fake: GitHubFake) -> None:
    with pytest.raises(GitHubError) as err:
        client(github_fake, token=READONLY_TOKEN).create_issue(
            DEFAULT_REPO, "t", "b", ["brand-new-label"])

    assert err.value.code == "forbidden"
    assert "403" in err.value.message
    assert "brand-new-label" not in github_fake.labels(DEFAULT_REPO)


def test_502_on_create_is_not_retried(github_fake: GitHubFake) -> None:
    github_fake.fail("POST", ISSUES, 502, times=None)  # every POST would fail

    with pytest.raises(GitHubError) as err:
        client(github_fake).create_issue(DEFAULT_REPO, "t", "b", [])

    assert err.value.code == "unavailable"
    assert "502" in err.value.message
    assert err.value.outcome_unknown  # a 5xx after sending: the issue may exist
    assert github_fake.count("POST", ISSUES) == 1  # exactly one POST, no blind retry


def test_503_on_a_read_is_retried(github_fake: GitHubFake) -> None:
    github_fake.add_issue(DEFAULT_REPO, "existing")
    github_fake.fail("GET", f"{ISSUES}/1", 503, times=1)

    ref = client(github_fake).get_issue(DEFAULT_REPO, 1)

    assert ref.title == "existing"
    assert github_fake.count("GET", f"{ISSUES}/1") == 2  # GETs are safe to repeat


def test_dropped_connection_after_create_then_find_by_marker(github_fake: GitHubFake) -> None:
    gh = client(github_fake)
    github_fake.add_issue(DEFAULT_REPO, "older", "<!-- rfh:ticket=7 -->")  # another ticket
    github_fake.create_then_drop(DEFAULT_REPO)
    marker = "<!-- rfh:ticket=42 -->"

    with pytest.raises(GitHubError) as err:
        gh.create_issue(DEFAULT_REPO, "Export times out", f"Body\n{marker}", ["rfh"])

    assert err.value.code == "unavailable"
    assert err.value.outcome_unknown
    assert github_fake.count("POST", ISSUES) == 1
    found = gh.find_by_marker(DEFAULT_REPO, marker)
    assert found is not None
    assert (found.number, found.title, found.labels) == (2, "Export times out", ("rfh",))
    assert len(github_fake.issues(DEFAULT_REPO)) == 2  # nothing filed twice


def test_timeout_on_create_is_timeout(github_fake: GitHubFake) -> None:
    github_fake.delay("POST", ISSUES, 3)

    started = time.monotonic()
    with pytest.raises(GitHubError) as err:
        client(github_fake, timeout=1).create_issue(DEFAULT_REPO, "t", "b", [])

    assert err.value.code == "timeout"
    assert err.value.outcome_unknown
    assert time.monotonic() - started < 2.5
    assert github_fake.count("POST", ISSUES) == 1


def test_unreachable_server_is_unavailable(github_fake: GitHubFake) -> None:
    url = github_fake.url
    github_fake.stop()

    with pytest.raises(GitHubError) as err:
        GitHubIssues(DEFAULT_TOKEN, url).create_issue(DEFAULT_REPO, "t", "b", [])

    assert err.value.code == "unavailable"
    assert not err.value.outcome_unknown  # never connected: certainly not created


# ------------------------------------------------------------------- rate limits


def test_403_rate_limit_on_read_within_max_wait_waits_and_succeeds(
    github_fake: GitHubFake,
) -> None:
    github_fake.add_issue(DEFAULT_REPO, "existing")
    github_fake.rate_limit_exceeded("GET", f"{ISSUES}/1", reset_in=1)

    started = time.monotonic()
    ref = client(github_fake, max_wait=3).get_issue(DEFAULT_REPO, 1)

    assert ref.title == "existing"
    assert github_fake.count("GET", f"{ISSUES}/1") == 2
    assert time.monotonic() - started >= 0.9  # it did wait for the reset


def test_403_rate_limit_on_read_beyond_max_wait_raises_with_retry_after(
    github_fake: GitHubFake,
) -> None:
    github_fake.add_issue(DEFAULT_REPO, "existing")
    github_fake.rate_limit_exceeded("GET", f"{ISSUES}/1", reset_in=120)

    started = time.monotonic()
    with pytest.raises(GitHubError) as err:
        client(github_fake, max_wait=3).get_issue(DEFAULT_REPO, 1)

    assert err.value.code == "rate_limited"
    assert err.value.retry_after is not None and 110 < err.value.retry_after < 125
    assert github_fake.count("GET", f"{ISSUES}/1") == 1
    assert time.monotonic() - started < 2  # no sleeping until the reset


def test_429_retry_after_on_read_within_max_wait(github_fake: GitHubFake) -> None:
    github_fake.add_issue(DEFAULT_REPO, "existing")
    github_fake.too_many_requests("GET", f"{ISSUES}/1", retry_after=1)

    ref = client(github_fake, max_wait=3).get_issue(DEFAULT_REPO, 1)

    assert ref.number == 1
    assert github_fake.count("GET", f"{ISSUES}/1") == 2


def test_429_retry_after_on_read_beyond_max_wait(github_fake: GitHubFake) -> None:
    github_fake.add_issue(DEFAULT_REPO, "existing")
    github_fake.too_many_requests("GET", f"{ISSUES}/1", retry_after=30)

    with pytest.raises(GitHubError) as err:
        client(github_fake, max_wait=3).get_issue(DEFAULT_REPO, 1)

    assert err.value.code == "rate_limited"
    assert err.value.retry_after == 30
    assert github_fake.count("GET", f"{ISSUES}/1") == 1


def test_secondary_rate_limit_on_create_is_not_retried(github_fake: GitHubFake) -> None:
    github_fake.secondary_rate_limit("POST", ISSUES, retry_after=1)

    with pytest.raises(GitHubError) as err:
        client(github_fake).create_issue(DEFAULT_REPO, "t", "b", [])

    assert err.value.code == "rate_limited"
    assert err.value.retry_after == 1
    assert not err.value.outcome_unknown  # a rate-limited request was not processed
    assert github_fake.count("POST", ISSUES) == 1
    assert github_fake.issues(DEFAULT_REPO) == []


def test_exhausted_token_budget_is_rate_limited(github_fake: GitHubFake) -> None:
    github_fake.set_rate_limit(DEFAULT_TOKEN, remaining=0, reset_in=600)

    with pytest.raises(GitHubError) as err:
        client(github_fake).find_by_marker(DEFAULT_REPO, "x")

    assert err.value.code == "rate_limited"
    assert err.value.retry_after is not None and err.value.retry_after > 500


def test_permission_403_is_not_mistaken_for_a_rate_limit(github_fake: GitHubFake) -> None:
    github_fake.set_rate_limit(READONLY_TOKEN, remaining=1)  # this call uses the last one

    with pytest.raises(GitHubError) as err:
        client(github_fake, token=READONLY_TOKEN).create_issue(DEFAULT_REPO, "t", "b", ["new"])

    assert err.value.code == "forbidden"


# -------------------------------------------------------------------- find / get


def test_find_by_marker_returns_newest_match_and_skips_pull_requests(
    github_fake: GitHubFake,
) -> None:
    marker = "<!-- rfh:ticket=9 -->"
    github_fake.add_issue(DEFAULT_REPO, "first", f"a {marker}", created_at=time.time() - 300)
    github_fake.add_issue(DEFAULT_REPO, "second", f"b {marker}", created_at=time.time() - 200)
    github_fake.add_issue(DEFAULT_REPO, "a PR", f"c {marker}", created_at=time.time() - 100,
                          pull_request=True)
    github_fake.add_issue(DEFAULT_REPO, "unrelated", "no marker", state="closed")

    found = client(github_fake).find_by_marker(DEFAULT_REPO, marker)

    assert found is not None and found.title == "second"
    sent = github_fake.requests_to("GET", ISSUES)[0]
    assert (sent.param("state"), sent.param("sort"), sent.param("direction")) == (
        "all", "created", "desc")


def test_find_by_marker_finds_closed_issues(github_fake: GitHubFake) -> None:
    github_fake.add_issue(DEFAULT_REPO, "done", "<!-- m -->", state="closed")

    found = client(github_fake).find_by_marker(DEFAULT_REPO, "<!-- m -->")

    assert found is not None and found.state == "closed"


def test_find_by_marker_is_bounded_to_recent_issues(github_fake: GitHubFake) -> None:
    base = time.time() - 10_000
    github_fake.add_issue(DEFAULT_REPO, "old one", "<!-- old -->", created_at=base)
    for i in range(150):
        github_fake.add_issue(DEFAULT_REPO, f"filler {i}", "", created_at=base + 1 + i)
    gh = client(github_fake)

    assert gh.find_by_marker(DEFAULT_REPO, "<!-- old -->", recent=100) is None
    assert github_fake.count("GET", ISSUES) == 1  # one page of 100, no more

    found = gh.find_by_marker(DEFAULT_REPO, "<!-- old -->", recent=200)
    assert found is not None and found.title == "old one"
    assert github_fake.count("GET", ISSUES) == 3  # 1 + two pages (the second one short)


def test_find_by_marker_sees_a_new_issue_that_search_does_not(github_fake: GitHubFake) -> None:
    github_fake.search_lag = 60  # the search index lags behind writes
    gh = client(github_fake)
    gh.create_issue(DEFAULT_REPO, "just filed", "<!-- rfh:ticket=5 -->", [])

    by_search = requests.get(
        f"{github_fake.url}/search/issues", params={"q": f'"rfh:ticket=5" repo:{DEFAULT_REPO}'},
        headers={"Authorization": f"token {DEFAULT_TOKEN}"}, timeout=5,
    ).json()
    assert by_search["total_count"] == 0  # the fake's search lags, as GitHub's does
    found = gh.find_by_marker(DEFAULT_REPO, "<!-- rfh:ticket=5 -->")
    assert found is not None and found.title == "just filed"
    github_fake.flush_search_index()
    assert github_fake.count("GET", "/search/*") == 1  # only ours above: the client never searches


def test_find_by_marker_returns_none_when_absent(github_fake: GitHubFake) -> None:
    github_fake.add_issue(DEFAULT_REPO, "x", "y")

    assert client(github_fake).find_by_marker(DEFAULT_REPO, "<!-- nope -->") is None


def test_get_issue_reads_one_issue(github_fake: GitHubFake) -> None:
    github_fake.add_issue(DEFAULT_REPO, "seeded", "b", labels=["bug"], state="closed")

    ref = client(github_fake).get_issue(DEFAULT_REPO, 1)

    assert (ref.number, ref.title, ref.labels, ref.state) == (1, "seeded", ("bug",), "closed")
    assert ref.url == f"{github_fake.url}/{DEFAULT_REPO}/issues/1"
    assert github_fake.count() == 1


def test_get_unknown_issue_is_not_found(github_fake: GitHubFake) -> None:
    with pytest.raises(GitHubError) as err:
        client(github_fake).get_issue(DEFAULT_REPO, 99)

    assert err.value.code == "repo_not_found"
    assert "#99" in err.value.message


def test_get_deleted_issue_is_gone(github_fake: GitHubFake) -> None:
    github_fake.add_issue(DEFAULT_REPO, "to delete")
    github_fake.delete_issue(DEFAULT_REPO, 1)

    with pytest.raises(GitHubError) as err:
        client(github_fake).get_issue(DEFAULT_REPO, 1)

    assert err.value.code == "repo_gone"


# ------------------------------------------------------------- the fake itself


def test_fake_sends_rate_limit_headers_and_charges_the_budget(github_fake: GitHubFake) -> None:
    before = github_fake.rate_limit(DEFAULT_TOKEN)["remaining"]
    response = requests.get(f"{github_fake.url}/repos/{DEFAULT_REPO}",
                            headers={"Authorization": f"Bearer {DEFAULT_TOKEN}"}, timeout=5)

    assert response.status_code == 200
    assert response.json()["permissions"]["push"] is True
    for name in ("limit", "remaining", "reset", "used", "resource"):
        assert f"x-ratelimit-{name}" in response.headers
    assert int(response.headers["x-ratelimit-remaining"]) == before - 1
    assert github_fake.rate_limit(DEFAULT_TOKEN)["remaining"] == before - 1


def test_fake_paginates_with_link_headers(github_fake: GitHubFake) -> None:
    for i in range(5):
        github_fake.add_issue(DEFAULT_REPO, f"i{i}", created_at=1_700_000_000 + i)
    auth = {"Authorization": f"token {DEFAULT_TOKEN}"}
    first = requests.get(f"{github_fake.url}{ISSUES}", params={"per_page": "2", "state": "all"},
                         headers=auth, timeout=5)

    assert [i["title"] for i in first.json()] == ["i4", "i3"]  # newest first by default
    assert first.links["next"]["url"].endswith("page=2")
    assert "page=3" in first.links["last"]["url"]
    second = requests.get(first.links["next"]["url"], headers=auth, timeout=5)
    assert [i["title"] for i in second.json()] == ["i2", "i1"]
    assert "prev" in second.links
