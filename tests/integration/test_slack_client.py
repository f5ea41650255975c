"""SlackPoster (slack_sdk's WebClient) against the Slack stand-in over real HTTP."""

from __future__ import annotations

import time

import pytest

from backend.integrations.slack import SlackError, SlackPoster
from tests.fakes import slack as sl
from tests.fakes.slack import SlackFake


def poster(fake: SlackFake, token: str = sl.DEFAULT_TOKEN, max_wait: float = 3) -> SlackPoster:
    """A client pointed at the fake."""
    return SlackPoster(token, fake.api_url, timeout=3, max_wait=max_wait)


def test_posts_with_bearer_token_and_fetches_the_permalink(slack_fake: SlackFake) -> None:
    cid = slack_fake.add_channel("#discuss-source")
    slack_fake.add_usergroup("@source-support")
    posted = poster(slack_fake).post("#discuss-source", "@source-support Hi! Could you help?")
    assert posted.channel_id == cid
    [message] = slack_fake.messages("#discuss-source")
    assert message["ts"] == posted.ts
    assert message["text"].startswith("<!subteam^")  # link_names made the handle a mention
    request = slack_fake.requests_to("POST", "/api/chat.postMessage")[0]
    assert request.headers["authorization"] == f"Bearer {sl.DEFAULT_TOKEN}"
    link = poster(slack_fake).permalink(posted.channel_id, posted.ts)
    assert link == (f"https://{sl.WORKSPACE}.slack.com/archives/{cid}/"
                    f"p{posted.ts.replace('.', '')}")


@pytest.mark.parametrize(("setup", "token", "code", "words"), [
    ("missing", sl.DEFAULT_TOKEN, "channel_not_found", "routing.yaml"),
    ("outside", sl.DEFAULT_TOKEN, "not_in_channel", "invite"),
    ("archived", sl.DEFAULT_TOKEN, "is_archived", "archived"),
    ("member", "xoxb-wrong", "invalid_auth", "SLACK_BOT_TOKEN"),
    ("member", sl.NO_SCOPE_TOKEN, "missing_scope", "chat:write"),
])
def test_refusals_arrive_as_plain_errors(slack_fake: SlackFake, setup: str, token: str,
                                         code: str, words: str) -> None:
    if setup != "missing":
        slack_fake.add_channel("#team", member=setup != "outside", archived=setup == "archived")
    with pytest.raises(SlackError) as caught:
        poster(slack_fake, token).post("#team", "hello")
    assert caught.value.code == code
    assert words in caught.value.message
    assert not caught.value.transient and not caught.value.outcome_unknown
    assert slack_fake.all_messages() == []
    assert slack_fake.requests_to("POST", "/api/chat.postMessage")[0].status == 200


def test_a_429_within_the_budget_is_waited_out(slack_fake: SlackFake) -> None:
    slack_fake.add_channel("#team")
    slack_fake.rate_limit("chat.postMessage", retry_after=1)
    started = time.monotonic()
    poster(slack_fake, max_wait=2).post("#team", "hello")
    assert time.monotonic() - started >= 1.0
    assert [r.status for r in slack_fake.requests_to("POST", "/api/chat.postMessage")] == [429, 200]
    assert len(slack_fake.messages("#team")) == 1


def test_a_429_past_the_budget_is_refused_without_waiting(slack_fake: SlackFake) -> None:
    slack_fake.add_channel("#team")
    slack_fake.rate_limit("chat.postMessage", retry_after=30)
    started = time.monotonic()
    with pytest.raises(SlackError) as caught:
        poster(slack_fake, max_wait=2).post("#team", "hello")
    assert time.monotonic() - started < 2
    assert caught.value.code == "ratelimited" and caught.value.retry_after == 30
    assert caught.value.transient and not caught.value.outcome_unknown


def test_a_dropped_answer_is_never_posted_again(slack_fake: SlackFake) -> None:
    slack_fake.add_channel("#team")
    slack_fake.drop_connection("POST", "/api/chat.postMessage")
    with pytest.raises(SlackError) as caught:
        poster(slack_fake).post("#team", "hello")
    assert caught.value.outcome_unknown
    assert slack_fake.count("POST", "/api/chat.postMessage") == 1  # no silent retry
    assert len(slack_fake.messages("#team")) == 1  # Slack did post it


def test_permalink_needs_the_channel_id(slack_fake: SlackFake) -> None:
    slack_fake.add_channel("#team")
    posted = poster(slack_fake).post("#team", "hello")
    with pytest.raises(SlackError) as caught:
        poster(slack_fake).permalink("#team", posted.ts)
    assert caught.value.code == "channel_not_found"
    with pytest.raises(SlackError) as caught:
        poster(slack_fake).permalink(posted.channel_id, "1.000001")
    assert caught.value.code == "message_not_found"
