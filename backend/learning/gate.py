"""The evaluation gate: a candidate goes live only if it is not worse than the live model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# With this many feedback tickets, the team's own held-out corrections decide most of the
# judgement: they are the truth that matters, the written corpus is a proxy for it.
FEEDBACK_JUDGE_MIN = 30
FEEDBACK_SHARE_DECIDING = 0.75
FEEDBACK_SHARE_EARLY = 0.25  # fewer tickets: a handful of held-out rows is too noisy to lead
# Even when feedback decides, the corpus split may only move "a little": this guards the
# rest of the routing table against a candidate that learned one kind of ticket and lost others.
CORPUS_GUARD = 0.05


@dataclass(frozen=True)
class Verdict:
    """The gate's decision with the numbers behind it."""

    promote: bool
    reason: str
    candidate_score: float
    live_score: float | None
    feedback_share: float


def quality(scores: dict[str, Any]) -> float:
    """Top-1 accuracy averaged with the mean probability given to the right team (p_true)."""
    top1 = float(scores["top1"])
    return (top1 + float(scores["p_true"])) / 2 if "p_true" in scores else top1


def judgement_score(scores: dict[str, Any], feedback_share: float) -> float:
    """One number from the corpus held-out split and the held-out feedback slice."""
    corpus = quality(scores["corpus_heldout"])
    feedback = scores.get("feedback_heldout")
    if not feedback or not feedback.get("n"):
        return corpus
    return (1.0 - feedback_share) * corpus + feedback_share * quality(feedback)


def feedback_share(feedback_tickets: int) -> float:
    """How much the held-out feedback counts, given how many tickets have feedback."""
    if feedback_tickets >= FEEDBACK_JUDGE_MIN:
        return FEEDBACK_SHARE_DECIDING
    return FEEDBACK_SHARE_EARLY


def judge(
    candidate: dict[str, Any], live: dict[str, Any] | None, *, feedback_tickets: int,
    margin: float,
) -> Verdict:
    """Promote when the candidate is at most `margin` worse than live on the same data."""
    share = feedback_share(feedback_tickets)
    cand = judgement_score(candidate, share)
    if live is None:
        return Verdict(True, "no live model to compare with", cand, None, share)
    current = judgement_score(live, share)
    if cand < current - margin:
        return Verdict(False, f"worse than live: {cand:.3f} < {current:.3f} - margin {margin:.3f}",
                       cand, current, share)
    corpus_drop = float(live["corpus_heldout"]["top1"]) - float(candidate["corpus_heldout"]["top1"])
    guard = max(CORPUS_GUARD, margin)
    if corpus_drop > guard:
        return Verdict(False, f"corpus held-out top-1 fell by {corpus_drop:.3f} (more than "
                       f"{guard:.3f})", cand, current, share)
    return Verdict(True, f"not worse than live: {cand:.3f} vs {current:.3f} (margin {margin:.3f})",
                   cand, current, share)
