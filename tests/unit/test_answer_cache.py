"""The answer cache: same content, version and memory state -> one computation; anything else
that could change the answer -> a fresh one; bounded; off at size 0."""

from __future__ import annotations

from backend.learning.answer_cache import AnswerCache, content_key
from backend.routing.router import Suggestion
from backend.tickets import Comment, Ticket


def _answer(ticket: Ticket) -> Suggestion:
    return Suggestion(team={"key": ticket.subject}, alternatives=[], confident=True,
                      priority={"label": "se/p2"}, missing_details=[], evidence=[],
                      model_version=1)


class Counting:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, ticket: Ticket) -> Suggestion:
        self.calls += 1
        return _answer(ticket)


def test_key_follows_every_field_the_router_reads_the_id_too():
    base = Ticket(subject="s", description="d", comments=[Comment("c")], tags=["a", "b"],
                  org_tags=["o"], priority="high", attachments=["log.txt"], id=1)
    again = Ticket(subject="s", description="d", comments=[Comment("c")], tags=["a", "b"],
                   org_tags=["o"], priority="high", attachments=["log.txt"], id=1)
    assert content_key(base) == content_key(again)
    # The router leaves a ticket's own correction out of its suggestion: another ticket of the
    # same content may be answered otherwise (its look-alike's correction counts for it).
    other = Ticket(subject="s", description="d", comments=[Comment("c")], tags=["a", "b"],
                   org_tags=["o"], priority="high", attachments=["log.txt"], id=2)
    assert content_key(base) != content_key(other)
    changed = [
        Ticket(subject="S", description="d", comments=[Comment("c")], tags=["a", "b"],
               org_tags=["o"], priority="high", attachments=["log.txt"]),
        Ticket(subject="s", description="d ", comments=[Comment("c")], tags=["a", "b"],
               org_tags=["o"], priority="high", attachments=["log.txt"]),
        Ticket(subject="s", description="d", comments=[Comment("c2")], tags=["a", "b"],
               org_tags=["o"], priority="high", attachments=["log.txt"]),
        Ticket(subject="s", description="d", comments=[Comment("c")], tags=["b", "a"],
               org_tags=["o"], priority="high", attachments=["log.txt"]),
        Ticket(subject="s", description="d", comments=[Comment("c")], tags=["a", "b"],
               org_tags=[], priority="high", attachments=["log.txt"]),
        Ticket(subject="s", description="d", comments=[Comment("c")], tags=["a", "b"],
               org_tags=["o"], priority=None, attachments=["log.txt"]),
        Ticket(subject="s", description="d", comments=[Comment("c")], tags=["a", "b"],
               org_tags=["o"], priority="high", attachments=[]),
        # field boundaries matter: "sd" split differently is another ticket
        Ticket(subject="sd", description="", comments=[Comment("c")], tags=["a", "b"],
               org_tags=["o"], priority="high", attachments=["log.txt"]),
    ]
    keys = {content_key(t) for t in changed}
    assert len(keys) == len(changed) and content_key(base) not in keys


def test_repeated_views_compute_once_and_get_their_own_copy():
    cache, compute = AnswerCache(8), Counting()
    ticket = Ticket(subject="code-search", description="results missing")
    first = cache.get_or_compute(ticket, 3, (0, 0), compute)
    first.team["key"] = "changed by a caller"
    second = cache.get_or_compute(ticket, 3, (0, 0), compute)
    assert compute.calls == 1 and cache.hits == 1
    assert second.team["key"] == "code-search"


def test_a_new_model_version_or_memory_state_recomputes():
    cache, compute = AnswerCache(8), Counting()
    ticket = Ticket(subject="x")
    cache.get_or_compute(ticket, 3, (0, 0), compute)
    cache.get_or_compute(ticket, 4, (0, 0), compute)
    cache.get_or_compute(ticket, 4, (0, 17), compute)
    assert compute.calls == 3


def test_bounded_and_off_at_zero():
    cache, compute = AnswerCache(2), Counting()
    for n in range(5):
        cache.get_or_compute(Ticket(subject=str(n)), 1, (0, 0), compute)
    cache.get_or_compute(Ticket(subject="0"), 1, (0, 0), compute)  # evicted long ago
    assert compute.calls == 6
    off, compute = AnswerCache(0), Counting()
    for _ in range(3):
        off.get_or_compute(Ticket(subject="same"), 1, (0, 0), compute)
    assert compute.calls == 3
