"""Suggest se/p0..se/p3: severity from the text and Zendesk priority, raised for context."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from backend.routing.handbook import Handbook
from backend.routing.matching import TextView, contains_any, view_of
from backend.routing.negation import stated


@dataclass(frozen=True)
class PrioritySuggestion:
    """A priority label with its SLA severity and the short reasons behind it."""

    label: str
    severity: int
    reasons: list[str]
    confidence: float | None = None  # the priority model's probability of label (None: rules)
    alternatives: tuple[tuple[str, float], ...] = ()  # the model's three best, best first


def _ladder(handbook: Handbook, view: TextView, reasons: list[str]) -> int:
    """The most severe level whose phrases the text uses, else the default level."""
    for level in handbook.priorities.levels:
        phrase = contains_any(view, level.phrases)
        if phrase:
            reasons.append(f"mentions “{phrase.strip()}” ({level.name.lower()} severity)")
            return level.severity
    default = handbook.priority(handbook.priorities.default)
    reasons.append(f"no severity signal in the text ({default.name.lower()} by default)")
    return default.severity


def _adjust(handbook: Handbook, view: TextView, severity: int, reasons: list[str]) -> int:
    """Scope, workaround and 'not urgent' rules (the rules-only path; the model learns these)."""
    rules = handbook.priority_rules
    outage = stated(view, rules.outage, rules.negation_set)
    everyone = contains_any(view, rules.scope_all)
    some = contains_any(view, rules.scope_some)
    loss = stated(view, rules.data_loss, rules.negation_set)
    no_workaround = contains_any(view, ["no workaround", "no work around", "without a workaround"])
    workaround = None if no_workaround else contains_any(view, rules.workaround)
    not_urgent = contains_any(view, rules.not_urgent)
    if workaround and severity < 2 and not outage:
        severity = 2
        reasons.append(f"a workaround exists (“{workaround}”): degraded, not severe")
    if some and not everyone and severity < 2 and not outage:
        severity = 2
        reasons.append(f"limited scope (“{some}”)")
    if not_urgent and severity < 3 and not outage and not loss:
        severity += 1
        reasons.append(f"the customer says it is not urgent (“{not_urgent}”)")
    return severity


def _floor(handbook: Handbook, view: TextView, severity: int, reasons: list[str]) -> int:
    """The SLA's floors: an outage is never below se/p1; for everyone, data loss or a security
    exposure, se/p0."""
    rules = handbook.priority_rules
    # "No data loss", "not a security incident": a floor is for what the ticket states.
    negations = rules.negation_set
    outage = stated(view, rules.outage, negations)
    everyone = contains_any(view, rules.scope_all)
    loss = stated(view, rules.data_loss, negations)
    exposure = stated(view, rules.security, negations) if rules.security else None
    if exposure and (contains_any(view, rules.question) or contains_any(view, rules.feature_request)
                     or contains_any(view, rules.not_urgent)):
        exposure = None  # "How can we find exposed secrets?", "Is this a data leak?"
    floor = 3
    if loss:
        floor = 0
        reasons.append(f"data loss (“{loss}”)")
    elif exposure:
        floor = 0
        reasons.append(f"security exposure (“{exposure}”): an emergency whatever its scope")
    elif outage and everyone:
        floor = 0
        reasons.append(f"outage (“{outage}”) for everyone (“{everyone}”): total loss of service")
    elif locked := stated(view, rules.lockout_everyone, negations):
        floor = 0
        reasons.append(f"nobody can get in (“{locked}”): total loss of service")
    elif outage:
        floor = 1
        reasons.append(f"outage (“{outage}”): never below se/p1")
    return min(severity, floor)


def _from_model(
    handbook: Handbook, model_proba: dict[str, float], reasons: list[str]
) -> tuple[int, tuple[tuple[str, float], ...]]:
    """The model's best label (as a severity) and its three best labels with probabilities."""
    ranked = sorted(model_proba.items(), key=lambda kv: -kv[1])
    best, probability = ranked[0]
    reasons.append(f"priority model: {best} ({probability:.0%})")
    alternatives = tuple((label, round(float(p), 4)) for label, p in ranked[:3])
    return handbook.priority(best).severity, alternatives


_SIGNALS = (
    ("scope_all", "everyone is affected"),
    ("scope_some", "limited scope"),
    ("workaround", "a workaround exists"),
    ("question", "a question or how-to"),
    ("feature_request", "a feature request"),
    ("not_urgent", "the customer says it is not urgent"),
)

_DENIABLE = frozenset({"scope_all", "scope_some", "workaround"})


def _model_signals(handbook: Handbook, view: TextView) -> list[str]:
    """The handbook signals the priority model weighs, as the words that showed them."""
    reasons = []
    rules = handbook.priority_rules
    # Shown to the engineer: "no workaround" is not "a workaround exists".
    negations = rules.negation_set
    for level in handbook.priorities.levels:
        if phrase := stated(view, level.phrases, negations):
            reasons.append(f"mentions “{phrase.strip()}” ({level.name.lower()} severity)")
            break
    for group, meaning in _SIGNALS:
        phrases = getattr(rules, group)
        # Only a denied workaround or scope says the opposite ("no workaround"); a denied
        # question or feature request is rare enough not to read each ticket twice for.
        phrase = (stated(view, phrases, negations) if group in _DENIABLE
                  else contains_any(view, phrases))
        if phrase:
            reasons.append(f"{meaning} (“{phrase.strip()}”)")
    return reasons


def suggest_priority(
    handbook: Handbook,
    text: str | TextView,
    *,
    zendesk_priority: str | None = None,
    tags: Iterable[str] = (),
    model_proba: dict[str, float] | None = None,
) -> PrioritySuggestion:
    """Severity from the model (or the phrase ladder and rules), the floors, Zendesk, context.

    With model_proba (the priority model's probabilities per label) the model decides and the
    context it has learned from is only noted; without it the handbook's rules decide alone.
    """
    levels = handbook.priorities.levels
    lowered = view_of(text)  # tokenised once for every phrase list below (or by the caller)
    reasons: list[str] = []
    alternatives: tuple[tuple[str, float], ...] = ()
    if model_proba:
        severity, alternatives = _from_model(handbook, model_proba, reasons)
        reasons.extend(_model_signals(handbook, lowered))
    else:
        severity = _ladder(handbook, lowered, reasons)
        severity = _adjust(handbook, lowered, severity, reasons)
    severity = _floor(handbook, lowered, severity, reasons)

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
    # "Not urgent", "no deadline": the phrase denied is no deadline.
    if phrase := stated(lowered, ctx.deadline_phrases, handbook.priority_rules.negation_set):
        context.append(f"stated deadline or urgency (“{phrase}”)")
    if phrase := contains_any(lowered, handbook.beta_phrases):
        context.append(f"beta/experimental feature (“{phrase}”): engage sooner")
    if context and model_proba:
        reasons.extend(f"context noted: {c}" for c in context)  # the model weighed it already
    elif context:
        # Context moves a request up one step; p0 stays reserved for outages and security issues.
        raised = max(1, severity - 1) if severity > 0 else 0
        if raised < severity:
            reasons.extend(f"raised for {c}" for c in context)
            severity = raised
        else:
            reasons.extend(f"context noted: {c}" for c in context)
    label = levels[severity].label
    confidence = round(float(model_proba.get(label, 0.0)), 4) if model_proba else None
    return PrioritySuggestion(label, severity, reasons, confidence, alternatives)
