"""Which corpus tickets' public defects change between two checkouts, and which words they lose.

    python -m bench.redaction_corpus --base ../base          # this checkout against another
    python -m bench.redaction_corpus --base ../base --list   # and each changed draft's words

A change to the public defect's redaction must take private data out without taking ordinary
words with it. Every ticket of this checkout's model/data (training, held-out and blind sets) is
drafted as the Escalate flow drafts a public defect, once by each checkout's code (the base in a
child process of its own), and the drafts are compared word by word: how many change, the
words the change removes and the ones it brings back over the whole corpus, and the drafts the
check before filing refuses on either side. The probes (bench.redaction_probes) say what a
change catches; this says what it costs.

Runs as a script too (``--emit``), importing nothing of ``bench``, so an older checkout's code
drafts the same tickets.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# Words as a reader sees them: letters and digits, with inner dashes and apostrophes.
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def composer() -> Any:
    """The Composer the Escalate flow builds from the model directory's templates and handbook."""
    from backend.escalation.composer import Composer
    from backend.escalation.templates import Templates
    from backend.routing.handbook import load_handbook
    from backend.settings import DEFAULT_MODEL_DIR

    return Composer(Templates(DEFAULT_MODEL_DIR / "templates"),
                    load_handbook(DEFAULT_MODEL_DIR / "routing.yaml"))


def suggestion() -> Any:
    """A fixed suggestion to draft with (the team's wording does not depend on the ticket)."""
    from backend.routing.router import Suggestion

    return Suggestion(team={"key": "release", "route": "infrastructure"}, alternatives=[],
                      confident=True, priority={"label": "se/p1", "reasons": []},
                      missing_details=[], evidence=[], model_version=1, deployment="unknown")


def refusal(made: Any) -> str | None:
    """Why the check before filing refuses the draft (as composed and as edited), or None."""
    from backend.escalation.leak_check import PrivateDataLeak
    from backend.escalation.public_text import check_public, with_edits

    try:
        check_public(made, None)
        check_public(with_edits(made, made.title, made.body), None)
    except PrivateDataLeak as exc:
        return str(exc)
    return None


def corpus_rows(data_dir: Path) -> list[dict[str, Any]]:
    """Every ticket of a model/data directory: the splits' and the blind sets' JSONL files."""
    from backend.routing.corpus import read_jsonl

    rows: list[dict[str, Any]] = []
    for path in sorted([*data_dir.glob("train/*.jsonl"), *data_dir.glob("heldout/*.jsonl"),
                        *data_dir.glob("blind/*.jsonl")]):
        for number, row in enumerate(read_jsonl(path)):
            row.setdefault("id", f"{path.parent.name}/{path.stem}:{number}")
            rows.append(row)
    return rows


def emit(data_dir: Path) -> dict[str, dict[str, Any]]:
    """Per corpus ticket id: its public defect's text and the check's refusal (this process's
    code)."""
    from backend.tickets import Ticket

    made_by, fixed = composer(), suggestion()
    out: dict[str, dict[str, Any]] = {}
    for number, row in enumerate(corpus_rows(data_dir), start=1000):
        ticket = Ticket(id=number, subject=str(row.get("subject") or ""),
                        description=str(row.get("description") or ""),
                        tags=list(row.get("tags") or []),
                        org_tags=list(row.get("org_tags") or []),
                        organization=row.get("customer"), priority="high",
                        url=f"https://acme.zendesk.com/agent/tickets/{number}")
        made = made_by.issue(ticket=ticket, kind="defect", team="release", priority="se/p1",
                             suggestion=fixed, repo="sourcegraph/sourcegraph", note="")
        out[str(row["id"])] = {"text": "\n".join([made.title, made.body]),
                               "refused": refusal(made)}
    return out


def drafts(root: Path, data_dir: Path) -> dict[str, dict[str, Any]]:
    """``emit`` run by the code of the checkout at root, in a child process."""
    with tempfile.TemporaryDirectory(prefix="rfh-redaction-corpus-") as tmp:
        out = Path(tmp) / "drafts.json"
        # -P: this file's folder (bench/) is not put first on the path, where its modules
        # could shadow others; PYTHONPATH makes the checkout's backend the one imported.
        subprocess.run([sys.executable, "-P", str(Path(__file__).resolve()), "--emit",
                        str(out), "--data", str(data_dir)],
                       cwd=root, env={**os.environ, "PYTHONPATH": str(root)}, check=True)
        return dict(json.loads(out.read_text(encoding="utf-8")))


def word_changes(before: str, after: str) -> tuple[Counter[str], Counter[str]]:
    """(the words ``after`` has fewer of than ``before``, the words it has more of)."""
    old, new = Counter(_WORD.findall(before)), Counter(_WORD.findall(after))
    return old - new, new - old


def compare(base: dict[str, dict[str, Any]], this: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The drafts that differ, and the words removed and brought back over all of them."""
    removed: Counter[str] = Counter()
    added: Counter[str] = Counter()
    changed: dict[str, dict[str, Any]] = {}
    for key in sorted(base.keys() & this.keys()):
        if base[key]["text"] == this[key]["text"]:
            continue
        lost, gained = word_changes(base[key]["text"], this[key]["text"])
        removed.update(lost)
        added.update(gained)
        changed[key] = {"removed": dict(lost), "added": dict(gained)}
    return {"tickets": len(base.keys() & this.keys()), "changed": changed,
            "removed": removed, "added": added,
            "refused": {"base": sorted(k for k, v in base.items() if v["refused"]),
                        "this": sorted(k for k, v in this.items() if v["refused"])}}


def main() -> None:
    """Draft the corpus with both checkouts and print what changed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, help="the checkout to compare with")
    parser.add_argument("--list", action="store_true", help="each changed draft's words")
    parser.add_argument("--data", type=Path, default=ROOT / "model" / "data")
    parser.add_argument("--emit", type=Path, help=argparse.SUPPRESS)  # the child's output
    args = parser.parse_args()
    if args.emit is not None:
        args.emit.write_text(json.dumps(emit(args.data)), encoding="utf-8")
        return
    if args.base is None:
        parser.error("--base is required")
    found = compare(drafts(args.base.resolve(), args.data), drafts(ROOT, args.data))
    print(f"{len(found['changed'])} of {found['tickets']} drafts change; refused: "
          f"{len(found['refused']['base'])} on the base, {len(found['refused']['this'])} here")
    print("removed:", ", ".join(f"{w} {n}" for w, n in found["removed"].most_common(40)))
    print("added:", ", ".join(f"{w} {n}" for w, n in found["added"].most_common(20)))
    for key, change in found["changed"].items() if args.list else ():
        print(f"  {key}: removed {change['removed']} added {change['added']}")
    for side in ("base", "this"):
        newly = set(found["refused"][side]) - set(found["refused"]["this" if side == "base"
                                                                  else "base"])
        if newly:
            print(f"refused only on {side}: {', '.join(sorted(newly))}")


if __name__ == "__main__":
    main()
