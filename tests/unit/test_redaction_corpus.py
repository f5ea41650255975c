"""bench.redaction_corpus: what a change to the public defect's redaction costs the corpus."""

from __future__ import annotations

import json
from pathlib import Path

from bench.redaction_corpus import ROOT, compare, corpus_rows, drafts, word_changes


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_word_changes_counts_what_one_text_lost_and_gained():
    lost, gained = word_changes("Ask Kofi about the Kofi-host, Kofi said it's fine",
                                "Ask <person> about the Kofi-host, <person> said it's fine")
    assert lost == {"Kofi": 2}
    assert gained == {"person": 2}


def test_compare_lists_only_the_drafts_that_differ_and_the_refusals_of_each_side():
    base = {"a": {"text": "Marta restarted gitserver", "refused": None},
            "b": {"text": "search is slow", "refused": "a token"},
            "c": {"text": "only on the base", "refused": None}}
    this = {"a": {"text": "<person> restarted gitserver", "refused": None},
            "b": {"text": "search is slow", "refused": None}}
    found = compare(base, this)
    assert found["tickets"] == 2  # the tickets both sides drafted
    assert list(found["changed"]) == ["a"]
    assert found["removed"] == {"Marta": 1}
    assert found["added"] == {"person": 1}
    assert found["refused"] == {"base": ["b"], "this": []}


def test_the_corpus_is_every_split_and_blind_set_with_an_id_for_rows_without_one(tmp_path):
    _write(tmp_path / "train" / "t.jsonl", [{"id": "t1", "subject": "a", "description": ""}])
    _write(tmp_path / "heldout" / "h.jsonl", [{"id": "h1", "subject": "b", "description": ""}])
    _write(tmp_path / "blind" / "b.jsonl", [{"subject": "c", "description": ""}])
    _write(tmp_path / "elsewhere" / "x.jsonl", [{"id": "x1", "subject": "d", "description": ""}])
    assert [r["id"] for r in corpus_rows(tmp_path)] == ["blind/b:0", "h1", "t1"]


def test_a_checkouts_code_drafts_the_corpus_in_a_child_process(tmp_path):
    _write(tmp_path / "train" / "t.jsonl", [
        {"id": "t1", "subject": "Search is slow since 5.4",
         "description": "Hi, Marta Kowalska (marta.kowalska@fjordline.no) says search takes "
                        "40 s on https://sourcegraph.fjordline.no since the upgrade.",
         "tags": [], "org_tags": [], "customer": "Fjordline"}])
    drafted = drafts(ROOT, tmp_path)
    assert list(drafted) == ["t1"]
    text = drafted["t1"]["text"]
    assert "Search is slow" in text
    assert "marta.kowalska@fjordline.no" not in text
    assert "Kowalska" not in text
    # Compared with itself, nothing changes.
    assert compare(drafted, drafted)["changed"] == {}
