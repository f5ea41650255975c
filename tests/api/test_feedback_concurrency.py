"""Nothing is lost: 1,000 feedback posts from 16 concurrent clients leave exactly 1,000 rows.

Runs on SQLite by default and on PostgreSQL with --db=postgres (scripts/run-tests does both),
through a real threaded HTTP server so requests really overlap.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import requests
from sqlalchemy import func, select
from werkzeug.serving import make_server

from backend.db import db
from backend.models import Feedback, Suggestion

POSTS = 1000
CLIENTS = 16


def test_concurrent_feedback_posts_all_land(app, auth):
    # One suggestion per ticket, as if the sidebar had shown them (keeps each post DB-bound).
    with db.transaction() as session:
        rows = [Suggestion(ticket_id=n, model_version=1, team="cody", confidence=0.9,
                           confident=True, priority="se/p2") for n in range(1, POSTS + 1)]
        session.add_all(rows)
        session.flush()
        suggestion_ids = [r.id for r in rows]
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}/api/v1/feedback"
    local = threading.local()

    def post(n: int) -> int:
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = requests.Session()
        team = "cody" if n % 3 else "docs"  # a mix of confirmations and overrides
        body = {"ticket": {"id": n, "subject": f"ticket {n}", "description": "cody chat is slow"},
                "team": team, "priority": "se/p2", "suggestion_id": suggestion_ids[n - 1]}
        return session.post(url, json=body, headers=auth, timeout=60).status_code

    try:
        with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
            statuses = list(pool.map(post, range(1, POSTS + 1)))
    finally:
        server.shutdown()
        thread.join()
    assert statuses.count(201) == POSTS, sorted(set(statuses))
    with db.transaction() as session:
        total = session.execute(select(func.count()).select_from(Feedback)).scalar()
        tickets = session.execute(select(func.count(func.distinct(Feedback.ticket_id)))).scalar()
        overrides = session.execute(
            select(func.count()).select_from(Feedback).where(Feedback.team == "docs")
        ).scalar()
    assert total == POSTS and tickets == POSTS
    assert overrides == len([n for n in range(1, POSTS + 1) if n % 3 == 0])


def test_the_same_choice_clicked_at_once_is_stored_once(app, auth):
    """Identical clicks arriving together: one row (201), every other answer is that row (200)."""
    clicks = 12
    with db.transaction() as session:
        shown = Suggestion(ticket_id=4242, model_version=1, team="cody", confidence=0.9,
                           confident=True, priority="se/p2")
        session.add(shown)
        session.flush()
        shown_id = shown.id
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}/api/v1/feedback"
    body = {"ticket": {"id": 4242, "subject": "Cody answers slowly", "description": "since Monday"},
            "team": "docs", "priority": "se/p2", "suggestion_id": shown_id}
    barrier = threading.Barrier(clicks)

    def click(_: int) -> tuple[int, int]:
        barrier.wait()
        answer = requests.post(url, json=body, headers=auth, timeout=60)
        return answer.status_code, answer.json().get("id", answer.text)

    try:
        with ThreadPoolExecutor(max_workers=clicks) as pool:
            answers = list(pool.map(click, range(clicks)))
    finally:
        server.shutdown()
        thread.join()
    assert sorted(status for status, _ in answers) == [200] * (clicks - 1) + [201]
    assert len({row_id for _, row_id in answers}) == 1
    with db.transaction() as session:
        assert session.execute(select(func.count()).select_from(Feedback)).scalar() == 1
