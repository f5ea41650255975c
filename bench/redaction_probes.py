"""How much of each red-team probe's private data a public defect still publishes.

    python -m bench.redaction_probes                 # every probe in bench/probes/
    python -m bench.redaction_probes bench/probes/probe17.json --list

Each ticket is composed as the Escalate flow composes a public defect, then checked as before
filing. Per probe: private tickets leaking (a listed value still in the draft as a whole word,
or anywhere for Chinese, Japanese and Korean, which have no word edges), values leaking,
tickets losing a phrase they must keep, and drafts the check refuses.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backend.escalation.composer import Composer, Draft
from backend.tickets import Comment, Ticket
from bench.redaction_corpus import composer, refusal, suggestion

PROBES = Path(__file__).parent / "probes"


@dataclass
class Result:
    """One probe's counts, and per ticket what leaked, was lost or refused."""

    private: int = 0
    leaking: int = 0
    values: int = 0
    leaked: int = 0
    losing: int = 0
    refused: int = 0
    tickets: dict[str, dict[str, Any]] = field(default_factory=dict)


def present(value: str, text: str) -> bool:
    """The value stands in text as a whole word (anywhere, in an unspaced script)."""
    if any(ord(c) >= 0x2E80 for c in value):
        return value in text
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE) is not None


def draft(made_by: Composer, number: int, entry: dict[str, Any]) -> Draft:
    """The public defect the Escalate flow composes for one probe ticket."""
    ticket = Ticket(
        id=number, subject=entry["subject"], description=entry["description"],
        requester_name=entry.get("requester_name"), requester_email=entry.get("requester_email"),
        organization=entry.get("organization"), priority="high",
        url=f"https://acme.zendesk.com/agent/tickets/{number}",
        comments=[Comment(c["body"], author=c.get("author"), author_email=c.get("author_email"))
                  for c in entry.get("comments", [])])
    return made_by.issue(ticket=ticket, kind="defect", team="release", priority="se/p1",
                         suggestion=suggestion(), repo="sourcegraph/sourcegraph",
                         note="Customer sees this since the upgrade.")


def score(entries: list[dict[str, Any]]) -> Result:
    """Draft, check and count every ticket of one probe."""
    made_by, result = composer(), Result()
    for number, entry in enumerate(entries, start=1000):
        made = draft(made_by, number, entry)
        text = "\n".join([made.title, made.body, *made.labels]).replace("\u200b", "")
        refused = refusal(made)
        leaks = [v for v in entry["private_values"] if present(v, text)]
        lost = [k for k in entry["must_keep"] if k not in text]
        result.private += entry["kind"] == "private"
        result.leaking += bool(leaks)
        result.values += len(entry["private_values"])
        result.leaked += len(leaks)
        result.losing += bool(lost)
        result.refused += refused is not None
        result.tickets[entry["id"]] = {"kind": entry["kind"], "leaks": leaks, "lost": lost,
                                       "refused": refused}
    return result


def main() -> None:
    """Print each probe's counts (and with --list, each ticket that leaks, loses or refuses)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probes", nargs="*", type=Path)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    for path in args.probes or sorted(PROBES.glob("*.json")):
        result = score(json.loads(path.read_text(encoding="utf-8")))
        print(f"{path.stem}: {result.leaking} of {result.private} private tickets leaking "
              f"({result.leaked} of {result.values} values); {result.losing} tickets losing a "
              f"phrase to keep; {result.refused} refused")
        for key, ticket in result.tickets.items() if args.list else ():
            if ticket["leaks"] or ticket["lost"] or ticket["refused"]:
                print(f"  {key} ({ticket['kind']}): leaks {ticket['leaks']} lost "
                      f"{ticket['lost']}{' REFUSED' if ticket['refused'] else ''}")


if __name__ == "__main__":
    main()
