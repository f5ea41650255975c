"""The corpus in model/data: complete, well-formed, and its evaluation splits kept apart."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from backend.routing.corpus import load_split, read_jsonl
from backend.routing.handbook import Handbook
from backend.settings import DEFAULT_MODEL_DIR

DATA = DEFAULT_MODEL_DIR / "data"
SPLITS = ("train", "heldout", "blind")
PRIORITIES = {"se/p0", "se/p1", "se/p2", "se/p3"}


@pytest.fixture(scope="module")
def splits() -> dict[str, list[dict[str, object]]]:
    return {name: load_split(DATA, name) for name in SPLITS}


def _words(row: dict[str, object]) -> str:
    text = f"{row['subject']} {row['description']}".lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def test_every_team_has_at_least_sixty_training_tickets(splits, handbook: Handbook):
    counts = Counter(str(r["team"]) for r in splits["train"])
    assert set(counts) == set(handbook.teams)
    assert min(counts.values()) >= 60, counts


def test_every_split_covers_every_team_with_valid_rows(splits, handbook: Handbook):
    teams = set(handbook.teams)
    for name, rows in splits.items():
        assert {r["team"] for r in rows} == teams, name
        for row in rows:
            # A real one-liner may come with an empty body, never with neither subject nor body.
            assert str(row["subject"]).strip() or str(row["description"]).strip(), row["id"]
            assert "subject" in row and "description" in row, row["id"]
            assert row.get("priority") is None or row["priority"] in PRIORITIES, row["id"]
            assert all(isinstance(t, str) for t in [*row.get("tags", []),
                                                    *row.get("org_tags", [])]), row["id"]


def test_ids_are_unique_across_all_splits(splits):
    ids = [str(r["id"]) for rows in splits.values() for r in rows]
    duplicated = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicated


def test_no_ticket_of_an_evaluation_split_is_in_the_training_split(splits):
    """Exact or whitespace/punctuation-only copies would make the held-out scores meaningless."""
    trained = {_words(r) for r in splits["train"]}
    for name in ("heldout", "blind"):
        leaked = [r["id"] for r in splits[name] if _words(r) in trained]
        assert not leaked, (name, leaked)


def test_a_bad_line_is_reported_with_its_file_and_line(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text('{"id": 1}\n{not json}\n')
    with pytest.raises(ValueError, match=r"broken\.jsonl:2"):
        read_jsonl(path)
