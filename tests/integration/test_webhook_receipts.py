"""Webhook receipts are pruned once they protect nothing: old signatures, unsure notes past
GitHub's redelivery window; an applied note's receipt is kept (it stops a second note)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from flask import Flask
from sqlalchemy import select

from backend.db import db
from backend.escalation import receipts
from backend.models import WebhookReceipt, utcnow


def test_old_signatures_and_unsure_notes_go_applied_notes_stay(
    make_app: Callable[..., Flask]
) -> None:
    with make_app().app_context():
        now = utcnow()
        aged = {("zendesk-signature", "old"): now - timedelta(hours=1),
                ("zendesk-signature", "new"): now,
                ("github-state-unsure", "old"): now - timedelta(days=4),
                ("github-state-unsure", "new"): now - timedelta(days=1),
                ("github-comment-unsure", "old"): now - timedelta(days=4),
                ("github-comment-note", "old"): now - timedelta(days=400)}
        with db.transaction() as session:
            session.add_all(WebhookReceipt(kind=kind, key=key, created_at=stamp)
                            for (kind, key), stamp in aged.items())

        assert receipts.forget_older_than(600) == 3

        with db.transaction() as session:
            left = set(session.execute(select(WebhookReceipt.kind, WebhookReceipt.key)).all())
        assert left == {("zendesk-signature", "new"), ("github-state-unsure", "new"),
                        ("github-comment-note", "old")}
        assert receipts.taken_at("github-state-unsure", "new") is not None
        assert receipts.taken_at("github-state-unsure", "old") is None
