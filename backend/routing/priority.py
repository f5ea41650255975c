"""Suggest se/p0..se/p3: severity from the text and Zendesk priority, raised for context."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from backend.routing.handbook import Handbook
from backend.routing.matching import TextView, contains_any


@dataclass(frozen=True)
class PrioritySuggestion:
    """A priority label with its SLA severity and the short reasons behind it."""

    label: str
    severity: int
    reasons: list[str]


def suggest_priority(
    handbook: Handbook,
    text: str,
    *,
    zendesk_priority: str | None = None,
    tags: Iterable[str] = (),
) -> PrioritySuggestion:
    """Start from severity in the text, apply the Zendesk priority, then context bumps."""
    levels = handbook.priorities.levels
    lowered = TextView(text)  # tokenised once for every phrase list below
    reasons: list[str] = []
    severity: int | None = None
    for level in levels:
        phrase = contains_any(lowered, level.phrases)
        if phrase:
            severity = level.severity
            reasons.append(f"mentions “{phrase.strip()}” ({level.name.lower()} severity)")
            break
    if severity is None:
        default = next(p for p in levels if p.label == handbook.priorities.default)
        severity = default.severity
        reasons.append(f"no severity signal in the text ({default.name.lower()} by default)")

    ctx = handbook.priority_context
    mapped = ctx.zendesk_priority.get((zendesk_priority or "").lower())
    if mapped is not None:
        cap = int(mapped[-1])
        if severity > cap:
            severity = cap
            reasons.append(f"Zendesk priority is {zendesk_priority} (at least {mapped})")

    tag_set = {t.lower() for t in tags}
    context: list[str] = []
    sales_tag = sorted(tag_set & {t.lower() for t in ctx.sales_tags})
    if sales_tag:
        context.append(f"sales context (tag {sales_tag[0]})")
    elif phrase := contains_any(lowered, ctx.sales_phrases):
        context.append(f"sales context (“{phrase}”)")
    if phrase := contains_any(lowered, ctx.renewal_risk_phrases):
        context.append(f"renewal at risk (“{phrase}”)")
    if phrase := contains_any(lowered, ctx.deadline_phrases):
        context.append(f"stated deadline or urgency (“{phrase}”)")
    if phrase := contains_any(lowered, handbook.beta_phrases):
        context.append(f"beta/experimental feature (“{phrase}”): engage sooner")
    if context:
        # Context moves a request up one step; p0 stays reserved for outages and security issues.
        raised = max(1, severity - 1) if severity > 0 else 0
        if raised < severity:
            reasons.extend(f"raised for {c}" for c in context)
            severity = raised
        else:
            reasons.extend(f"context noted: {c}" for c in context)
    label = levels[severity].label
    return PrioritySuggestion(label=label, severity=severity, reasons=reasons)
