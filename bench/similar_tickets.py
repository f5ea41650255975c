""""Seen before" with 100,000 stored tickets: what it adds to a suggestion (goal: < 10 ms p50).

`python -m bench.similar_tickets [--size 100000] [--queries 300] [--database-url URL]` writes
bench/results/similar_tickets.json.

Data: synthetic past cases combined from corpus training rows (bench.retrain_scaling's recipe:
every text distinct, the corpus's vocabulary), written to the past_cases table of a migrated
database (a temporary SQLite file unless --database-url names another, e.g. PostgreSQL), with an
escalation and a recorded resolution for one ticket in ten. The memory is built as a web worker
builds it: by catching up from the database. Timed per query: everything /suggestions pays for
"Seen before": encoding the ticket, the inverted-index lookup, and the enrichment queries (issue,
resolution, subject) for the hits. The catch-up poll is excluded (every few seconds, not per
request). Queries: near-duplicates of stored tickets (they match) and fresh combinations of
training rows that are not stored (most match nothing).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import insert

from backend.settings import DEFAULT_MODEL_DIR
from bench.machine import save
from bench.retrain_scaling import synthetic_feedback

GOAL_MS = 10.0
RESULTS = Path(__file__).parent / "results" / "similar_tickets.json"
CHUNK = 5000


def fill(size: int, rows: list[dict[str, Any]]) -> None:
    """Write the past cases, escalations and resolutions (bulk inserts)."""
    from backend.db import db
    from backend.models import Escalation, PastCase, TicketResolution, utcnow

    now = utcnow()
    with db.transaction() as session:
        for start in range(0, size, CHUNK):
            session.execute(insert(PastCase), [
                {"ticket_id": r["id"], "source": "escalation" if n % 2 else "import",
                 "team": r["team"], "priority": r["priority"], "subject": r["subject"],
                 "text": r["description"], "created_at": now}
                for n, r in enumerate(rows[start:start + CHUNK], start)])
        tenth = rows[:size:10]
        session.execute(insert(Escalation), [
            {"dedupe_key": f"{r['id']}:rfh", "ticket_id": r["id"], "kind": "rfh",
             "state": "linked", "marker": "", "repo": "acme/rfh", "issue_number": n + 1,
             "issue_url": f"https://github.com/acme/rfh/issues/{n + 1}",
             "issue_state": "closed" if n % 2 else "open", "title": r["subject"][:200],
             "body": "", "labels": [], "team": r["team"], "priority": r["priority"],
             "ticket_updated": True, "docs_update": n % 3 == 0, "created_at": now,
             "updated_at": now} for n, r in enumerate(tenth)])
        session.execute(insert(TicketResolution), [
            {"ticket_id": r["id"], "status": "solved", "comment_id": n + 1,
             "text": "Upgrading fixed it.", "docs_url": None, "solved_at": now}
            for n, r in enumerate(tenth)])


def main() -> None:
    """Build, time the lookups, print the percentiles, write the JSON results."""
    from backend import migrate
    from backend.db import db
    from backend.learning.similar import past_cases, similar
    from backend.learning.text_encoder import TextEncoder
    from backend.routing.text import prepare_ticket
    from backend.routing.training import load_corpus

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{tmp}/bench.sqlite3"
        migrate.upgrade(url)
        db.bind(url)
        rows = synthetic_feedback(args.size + args.queries, seed=5)
        stored, unseen = rows[:args.size], rows[args.size:]
        started = time.perf_counter()
        fill(args.size, stored)
        filled = time.perf_counter() - started
        encoder = TextEncoder([e.text for e in load_corpus(DEFAULT_MODEL_DIR).train])
        memory = past_cases(encoder, poll_seconds=1e9)
        started = time.perf_counter()
        memory.refresh(force=True)  # the worker's catch-up from the database
        built = time.perf_counter() - started
        half = args.queries // 2
        queries = [prepare_ticket(r["subject"], r["description"] + "\nthanks, any idea?")
                   for r in stored[:: max(1, args.size // half)][:half]]
        queries += [prepare_ticket(r["subject"], r["description"])
                    for r in unseen[: args.queries - len(queries)]]
        names = {r["team"]: r["team"] for r in rows}
        timings, matched, shown = [], 0, 0
        for text in queries:
            t = time.perf_counter()
            found = similar(memory, text, None, names)
            timings.append((time.perf_counter() - t) * 1000)
            matched += bool(found)
            shown += len(found)
        db.unbind()
    p50, p95 = (float(np.percentile(timings, q)) for q in (50, 95))
    report = {
        "benchmark": "similar_tickets",
        "goal": f'"Seen before" adds < {GOAL_MS:g} ms per suggestion at p50 with '
                f"{args.size:,} stored tickets",
        "met": p50 < GOAL_MS,
        "database": url.split(":", 1)[0], "stored": len(memory), "queries": len(queries),
        "with_a_match": matched, "shown": shown,
        "p50_ms": round(p50, 2), "p95_ms": round(p95, 2),
        "fill_seconds": round(filled, 1), "catch_up_seconds": round(built, 1),
    }
    print(f"{len(memory)} stored ({report['database']}): p50 {p50:.2f} ms, p95 {p95:.2f} ms "
          f"({matched}/{len(queries)} queries matched; caught up in {built:.1f} s)")
    save(RESULTS, report)


if __name__ == "__main__":
    main()
