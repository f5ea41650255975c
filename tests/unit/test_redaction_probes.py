"""The probe bench counts what a public defect leaks, loses and refuses (bench/redaction_probes)."""

from __future__ import annotations

import json

from bench.redaction_probes import PROBES, present, score


def _entry(kind: str, description: str, private: list[str], keep: list[str]) -> dict[str, object]:
    return {"id": f"t-{len(description)}", "kind": kind, "subject": "Search is slow",
            "description": description, "requester_name": "Gavin Belson",
            "requester_email": "gavin@hooli.example", "organization": "Hooli",
            "private_values": private, "must_keep": keep}


def test_a_value_left_in_the_draft_counts_as_a_leak_and_a_removed_one_does_not() -> None:
    result = score([
        _entry("private", "Kofi tried it again: the Nightjar rollout fails on 5.3.2.",
               ["Kofi", "Nightjar"], ["5.3.2"]),
        _entry("clean", "Cody with Claude 3.5 Sonnet returns an empty answer.", [],
               ["Claude 3.5 Sonnet"]),
    ])
    assert (result.private, result.leaking, result.values, result.leaked) == (1, 1, 2, 1)
    assert result.losing == 0 and result.refused == 0
    assert [t["leaks"] for t in result.tickets.values()] == [["Nightjar"], []]


def test_a_value_is_a_whole_word_except_in_an_unspaced_script() -> None:
    assert present("Rosa", "ask rosa now") and not present("Rosa", "Rosario said")
    assert present("田中", "田中さんが")


def test_every_kept_probe_lists_values_that_its_tickets_hold() -> None:
    for path in sorted(PROBES.glob("*.json")):
        entries = json.loads(path.read_text(encoding="utf-8"))
        assert len(entries) == 50 and sum(e["kind"] == "private" for e in entries) == 36
        for entry in entries:
            text = "\n".join([entry["subject"], entry["description"],
                              *(c["body"] for c in entry.get("comments", []))])
            assert all(value in text for value in entry["private_values"] + entry["must_keep"])
