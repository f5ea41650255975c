"""The evaluation gate: a candidate goes live unless it is worse than the live model with
confidence, judged on the same tickets with a paired test.

The evidence is every ticket the team has corrected or confirmed (each scored by a model that
did not train on it: cross-validation for the candidate, the live model or its refit for the
live side), plus the corpus held-out split as a guard against a candidate that learned the
team's tickets and forgot the rest of the routing table. A tie promotes: more of the team's own
choices is the point of retraining. Any target (team today, priority next) is judged the same
way: `compare` only needs the truth and each side's answer per ticket.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.stats import binomtest, wilcoxon

# Reject on the feedback when the candidate is worse with this confidence (one-sided, exact
# McNemar: a binomial test on the tickets only one of the two got right).
FEEDBACK_ALPHA = 0.05
# The corpus guard trips on a clear loss (a stricter test: the corpus is a proxy, and agents'
# corrections legitimately move some of its tickets) or on any large drop in top-1.
CORPUS_ALPHA = 0.01
CORPUS_GUARD = 0.05
# ... or on a candidate that lost its confidence in the right team across the board (trained on
# contradictory labels, it may still rank most tickets right): the mean probability it gives
# the right team fell by more than this, with the same confidence (a paired Wilcoxon test).
# Measured: 200 shuffled labels drop it by 0.49; 240 real-format corrections with one in ten
# wrong, which raise cross-validated top-1 from 0.78 to 0.83, drop it by 0.05 (new, more varied
# examples spread the probabilities). 0.15 tells the two apart with room on both sides.
CONFIDENCE_GUARD = 0.15
SHOWN_FLIPS = 50  # tickets listed per direction in the stored verdict


@dataclass(frozen=True)
class Comparison:
    """Candidate vs live on the same tickets: accuracies, discordant tickets, one-sided p."""

    n: int
    candidate_top1: float
    live_top1: float
    candidate_only: list[str] = field(default_factory=list)  # tickets only the candidate got right
    live_only: list[str] = field(default_factory=list)  # tickets only the live model got right
    p_worse: float = 1.0  # chance of at least this many live-only wins if the two were equal
    confidence_drop: float = 0.0  # mean probability of the right team: live minus candidate
    p_less_confident: float = 1.0

    def as_dict(self) -> dict[str, Any]:
        """JSON for the version's stored scores (flipped tickets capped)."""
        return {
            "n": self.n, "candidate_top1": round(self.candidate_top1, 4),
            "live_top1": round(self.live_top1, 4),
            "candidate_better": len(self.candidate_only), "live_better": len(self.live_only),
            "p_worse": round(self.p_worse, 4),
            "confidence_drop": round(self.confidence_drop, 4),
            "p_less_confident": round(self.p_less_confident, 4),
            "fixed": self.candidate_only[:SHOWN_FLIPS], "broke": self.live_only[:SHOWN_FLIPS],
        }


def compare(keys: Sequence[str], truth: Sequence[str], candidate: Sequence[str],
            live: Sequence[str], confidence: tuple[Sequence[float], Sequence[float]] | None = None,
            ) -> Comparison:
    """Pair the two sides' answers per ticket; McNemar's exact test on the discordant pairs.

    confidence: each side's probability of the right team per ticket (candidate, live), when
    known, compared with a one-sided Wilcoxon signed-rank test.
    """
    y = np.asarray(truth, dtype=object)
    cand_right = np.asarray(candidate, dtype=object) == y
    live_right = np.asarray(live, dtype=object) == y
    cand_only = [k for k, c, w in zip(keys, cand_right, live_right, strict=True) if c and not w]
    live_only = [k for k, c, w in zip(keys, cand_right, live_right, strict=True) if w and not c]
    discordant = len(cand_only) + len(live_only)
    p = (binomtest(len(live_only), discordant, 0.5, alternative="greater").pvalue
         if discordant else 1.0)
    n = len(y)
    drop, p_conf = 0.0, 1.0
    if confidence is not None and n:
        diff = np.asarray(confidence[1], dtype=float) - np.asarray(confidence[0], dtype=float)
        drop = float(diff.mean())
        if np.any(diff != 0):
            p_conf = float(wilcoxon(diff, alternative="greater").pvalue)
    return Comparison(n, float(cand_right.mean()) if n else 0.0,
                      float(live_right.mean()) if n else 0.0, cand_only, live_only, float(p),
                      drop, p_conf)


@dataclass(frozen=True)
class Verdict:
    """The gate's decision with the numbers behind it."""

    promote: bool
    reason: str
    feedback: Comparison | None
    corpus: Comparison | None
    priority: Comparison | None = None  # exact priority on the corpus held-out split

    def as_dict(self) -> dict[str, Any]:
        """What a version stores and `rfh model list` / GET /model show."""
        return {
            "promote": self.promote, "reason": self.reason,
            "feedback": self.feedback.as_dict() if self.feedback else None,
            "corpus": self.corpus.as_dict() if self.corpus else None,
            "priority": self.priority.as_dict() if self.priority else None,
        }


def judge(feedback: Comparison | None, corpus: Comparison | None,
          priority: Comparison | None = None) -> Verdict:
    """Promote unless the candidate is worse with confidence on the feedback, or the guard trips.

    priority: the candidate's and the live model's priorities on the corpus held-out split; a
    candidate whose priority is worse there with the corpus guard's confidence is rejected.
    No live model to compare with (corpus None and feedback None) promotes.
    """
    if feedback is None and corpus is None:
        return Verdict(True, "no live model to compare with", None, None, priority)
    if feedback is not None and feedback.live_only and feedback.p_worse < FEEDBACK_ALPHA:
        return Verdict(False, (
            f"worse than live on the team's tickets: {feedback.candidate_top1:.3f} vs "
            f"{feedback.live_top1:.3f} (n={feedback.n}; {len(feedback.live_only)} tickets only "
            f"live got right, {len(feedback.candidate_only)} only the candidate; "
            f"p={feedback.p_worse:.3f})"), feedback, corpus, priority)
    if corpus is not None:
        drop = corpus.live_top1 - corpus.candidate_top1
        if drop > CORPUS_GUARD or (corpus.live_only and corpus.p_worse < CORPUS_ALPHA):
            return Verdict(False, (
                f"corpus guard: held-out top-1 {corpus.candidate_top1:.3f} vs live "
                f"{corpus.live_top1:.3f} (n={corpus.n}, p={corpus.p_worse:.3f})"),
                feedback, corpus, priority)
        if (corpus.confidence_drop > CONFIDENCE_GUARD
                and corpus.p_less_confident < CORPUS_ALPHA):
            return Verdict(False, (
                f"corpus guard: the right team's probability fell by "
                f"{corpus.confidence_drop:.3f} on held-out (n={corpus.n}, "
                f"p={corpus.p_less_confident:.3g})"), feedback, corpus, priority)
    if priority is not None and priority.live_only and priority.p_worse < CORPUS_ALPHA:
        return Verdict(False, (
            f"priority guard: held-out priority {priority.candidate_top1:.3f} vs live "
            f"{priority.live_top1:.3f} (n={priority.n}, p={priority.p_worse:.3f})"),
            feedback, corpus, priority)
    if feedback is None or not feedback.n:
        where = "on the corpus held-out split (no feedback yet)"
    else:
        where = (f"on {feedback.n} of the team's tickets: {feedback.candidate_top1:.3f} vs live "
                 f"{feedback.live_top1:.3f} (+{len(feedback.candidate_only)} "
                 f"-{len(feedback.live_only)})")
    return Verdict(True, f"not worse than live {where}", feedback, corpus, priority)
