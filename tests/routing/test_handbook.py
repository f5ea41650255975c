"""routing.yaml covers the handbook and fails clearly when malformed."""

from __future__ import annotations

import re

import pytest

from backend.routing.handbook import TEAM_KEYS, HandbookError, parse_handbook
from backend.settings import DEFAULT_MODEL_DIR

# The project's copy of the handbook page routing.yaml is derived from (model/handbook/README.md).
# Everything here reads only the clone; the drift check against the shared original is in
# test_handbook_drift.py, since a fresh clone has nothing to compare with.
HANDBOOK_COPY = DEFAULT_MODEL_DIR / "handbook" / "engaging-other-teams.md"
ROUTING = (DEFAULT_MODEL_DIR / "routing.yaml").read_text()


def test_team_keys_are_exactly_the_products(handbook):
    assert sorted(handbook.teams) == sorted(TEAM_KEYS)


def test_routing_yaml_names_the_copy_inside_the_project(handbook):
    """The `handbook:` key points at a file of the clone, so the checks below need nothing else."""
    named = (DEFAULT_MODEL_DIR / handbook.handbook).resolve()
    assert named == HANDBOOK_COPY.resolve()
    assert named.is_file()


def test_every_handbook_section_with_keywords_is_a_route(handbook):
    page = HANDBOOK_COPY.read_text()
    sections = re.findall(r"^### (.+)\n\n\*\*Keywords\*\*", page, flags=re.MULTILINE)
    assert len(sections) >= 10, "the handbook copy lost its '### …' + '**Keywords**' sections"
    route_sections = " | ".join(r.section.lower() for r in handbook.routes)
    for section in sections:
        first_word = section.split()[0].lower()
        assert first_word in route_sections, section


@pytest.mark.parametrize(
    ("team", "channel", "handle"),
    [
        ("release", "#discuss-releases", "@release-team"),
        ("cloud", "#discuss-cloud-ops", "@cloud-support"),
        ("source", "#discuss-source", "@source-support"),
        ("search-platform", "#discuss-search-platform", "@search-platform-support"),
        ("code-search", "#discuss-code-search", "@search-product-support"),
        ("graph", "#discuss-graph", "@graph-support"),
        ("cody", "#discuss-cody", None),
        ("docs", "#docs", None),
        ("sales-ce", "#discuss-ce", None),
    ],
)
def test_step5_channels_and_handles(handbook, team, channel, handle):
    assert handbook.channel_for(team) == channel
    assert handbook.handle_for(team) == handle


def test_team_without_channel_uses_discuss_engineering(handbook):
    assert handbook.channel_for("data-analytics") == "#discuss-engineering"


def test_labels_follow_team_keys(handbook):
    assert handbook.teams["search-platform"].label == "team/search-platform"
    assert handbook.teams["code-search"].label == "team/code-search"
    assert all(t.label == f"team/{k}" for k, t in handbook.teams.items())


def test_alert_table_is_loaded(handbook):
    rows = (DEFAULT_MODEL_DIR / "alerts-owners.tsv").read_text().splitlines()[1:]
    pairs = {tuple(r.split("\t")[1::-1]) for r in rows if r.strip()}
    assert len(handbook.alert_owners) == len(pairs)
    assert handbook.alert_owners["gitserver:disk_space_remaining"] == "source"


def test_malformed_file_names_line_and_field():
    broken = ROUTING.replace("label: team/graph", "label: graph-team")
    with pytest.raises(HandbookError) as info:
        parse_handbook(broken, "routing.yaml", DEFAULT_MODEL_DIR)
    line = next(i for i, text in enumerate(broken.splitlines(), 1) if "graph-team" in text)
    assert f"routing.yaml:line {line}: teams.graph.label" in str(info.value)


def test_unknown_team_in_a_route_is_refused():
    broken = ROUTING.replace("team: graph\n", "team: graphs\n", 1)
    with pytest.raises(HandbookError, match="unknown team 'graphs'"):
        parse_handbook(broken, "routing.yaml", DEFAULT_MODEL_DIR)


def test_invalid_yaml_is_refused():
    with pytest.raises(HandbookError, match="not valid YAML"):
        parse_handbook("teams: [", "routing.yaml")


def test_unknown_route_is_a_key_error_with_a_plain_message(handbook):
    from backend.routing.handbook import UnknownRouteError

    assert handbook.route("cody").team == "cody"
    with pytest.raises(KeyError) as caught:
        handbook.route("no-such-route")
    assert isinstance(caught.value, UnknownRouteError)
    assert str(caught.value).startswith("no route 'no-such-route' in routing.yaml")


def test_deployment_owners_are_data_and_checked(handbook):
    assert handbook.team_for_deployment("managed") == "cloud"
    assert handbook.team_for_deployment("self_hosted") == "release"
    assert handbook.team_for_deployment("unknown") == "release"
    broken = ROUTING.replace("managed_team: cloud           #", "managed_team: clouds          #")
    with pytest.raises(HandbookError, match="deployment names unknown team 'clouds'"):
        parse_handbook(broken)


def test_per_priority_slack_wording_and_customer_asks_are_data(handbook):
    assert [p.timeline for p in handbook.priorities.levels][0].startswith("urgent")
    assert handbook.priority("se/p3").follow_up == "in the next few days"
    assert handbook.customer_asks()["logs"].startswith("Logs")
    assert handbook.extension_routes == {"browser-extension", "extensions"}
