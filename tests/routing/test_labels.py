"""Teams and priorities as people write them (names, labels, keys) read as the handbook's keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backend.routing.handbook import Handbook
from backend.routing.labels import TeamLabels, UnknownLabelError, labelled_rows, priority_of
from backend.routing.variant_comparison import evaluation_sets
from backend.settings import DEFAULT_MODEL_DIR


@pytest.mark.parametrize("written, key", [
    ("search-platform", "search-platform"),
    ("Search Platform", "search-platform"),
    ("team/search-platform", "search-platform"),
    ("Graph (Code Intelligence)", "graph"),
    ("Code Intelligence", "graph"),
    ("Sourcegraph Code intelligence team", "graph"),  # the alert table's owner
    ("Source (Repository Management and IAM)", "source"),
    ("IAM", "source"),
    ("Data & Analytics", "data-analytics"),
    ("Sales and CE", "sales-ce"),
    ("SALES_CE", "sales-ce"),
    ("team cody", "cody"),
])
def test_a_team_reads_as_its_key_however_it_is_written(handbook: Handbook, written: str,
                                                        key: str) -> None:
    assert TeamLabels(handbook).team_key(written) == key


@pytest.mark.parametrize("written", ["Infrastructure", "search", "", "team"])
def test_a_label_that_names_no_single_team_is_refused(handbook: Handbook, written: str) -> None:
    labels = TeamLabels(handbook)
    assert labels.team_of(written) is None
    with pytest.raises(UnknownLabelError, match="unknown team"):
        labels.team_key(written)


@pytest.mark.parametrize("written, label", [
    ("se/p1", "se/p1"), ("SE_P2", "se/p2"), ("p0", "se/p0"), ("P3", "se/p3"),
    ("p4", None), ("high", None), (None, None)])
def test_priorities_read_as_se_labels(written: str | None, label: str | None) -> None:
    assert priority_of(written) == label


def test_a_row_with_an_unknown_team_is_named_by_file_and_number(handbook: Handbook) -> None:
    rows = [{"subject": "a", "team": "cody"}, {"subject": "b", "team": "Platform Team"}]
    with pytest.raises(UnknownLabelError, match=r"their\.jsonl: row 2: unknown team"):
        labelled_rows(rows, handbook, "their.jsonl")


def test_an_evaluation_file_in_names_scores_as_the_same_file_in_keys(
        handbook: Handbook, tmp_path: Path) -> None:
    rows = [
        {"subject": "zoekt crash", "description": "indexed search down", "team": "search-platform",
         "priority": "se/p1"},
        {"subject": "cody chat", "description": "no context from repo", "team": "cody"},
    ]
    named = [{**rows[0], "team": "Search Platform", "priority": "P1"},
             {**rows[1], "team": "team/cody"}]
    keys, names = tmp_path / "keys.jsonl", tmp_path / "names.jsonl"
    keys.write_text("".join(json.dumps(r) + "\n" for r in rows))
    names.write_text("".join(json.dumps(r) + "\n" for r in named))

    by_key = evaluation_sets(DEFAULT_MODEL_DIR, handbook, keys)["keys"]
    by_name = evaluation_sets(DEFAULT_MODEL_DIR, handbook, names)["names"]

    assert by_name == by_key
    assert [e.team for e in by_name] == ["search-platform", "cody"]
    assert by_name[0].priority == "se/p1"
