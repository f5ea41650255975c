"""KeywordRules: the handbook's keyword routing as a scikit-learn estimator."""

from __future__ import annotations

import math
import re
import weakref
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.sparse import issparse
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.utils import Tags
from sklearn.utils.multiclass import unique_labels
from sklearn.utils.validation import check_is_fitted, column_or_1d

from backend.routing.matching import PhraseIndex, TextView, contains_any
from backend.routing.text import tags_in

# The last text each estimator analysed, outside the estimator (predict must not change its
# state): the router asks for the evidence of the very text the pipeline just scored.
_LAST_ANALYSIS: weakref.WeakKeyDictionary[Any, tuple[str, RuleHits]] = weakref.WeakKeyDictionary()
# Starts only where a token starts, and never gives back what a run matched: without both, a
# 200 KB run of letters costs a quadratic scan (every start position re-reads the whole run).
_ALERT_TOKEN = re.compile(r"(?<![a-z0-9_])[a-z0-9]++(?:_[a-z0-9]++)+")
ALERT_MIN_WORDS = 3
ALERT_MAX_WORDS = 16
_SERVICE_ALIASES = {
    "zoekt-indexserver": "zoekt",
    "zoekt-webserver": "zoekt",
    "redis-cache": "redis",
    "redis-store": "redis",
    "pgsql": "postgres",
    "codeintel-db": "postgres",
    "codeinsights-db": "postgres",
}


@dataclass
class RuleHits:
    """What the rules saw in one text: per-route scores and the phrases behind them."""

    route_scores: dict[str, float] = field(default_factory=dict)
    evidence: dict[str, list[str]] = field(default_factory=dict)  # route -> phrases
    deployment: str = "unknown"  # self_hosted | managed | unknown
    alerts: list[tuple[str, str]] = field(default_factory=list)  # (alert, team)


@dataclass
class CompiledRouting:
    """The routing data compiled for matching (rebuilt after loading: regexes do not serialise)."""

    keyword_routes: dict[str, list[tuple[str, float]]]
    index: PhraseIndex
    route_team: dict[str, tuple[str, str | None]]
    alert_owners: dict[str, str]
    alert_names: dict[str, set[str]]
    alert_index: PhraseIndex  # alert names as people paste them: with spaces or underscores
    route_positions: dict[str, int]  # route -> its feature column

    def index_alerts(self, view: TextView) -> list[str]:
        """The (multi-word) alert names the text contains, in either form."""
        return list(self.alert_index.counts(view))


def require_fitted(estimator: Any, attribute: str) -> None:
    """check_is_fitted(estimator, attribute), asked only when the attribute is missing: its tag
    look-ups cost ~20 us, and the fast path reads a fitted estimator once per request."""
    if not hasattr(estimator, attribute):
        check_is_fitted(estimator, attribute)  # raises scikit-learn's NotFittedError


def _as_texts(X: Any) -> list[str]:
    """Accept an iterable of texts (a 1-D array-like of strings)."""
    if isinstance(X, str):
        raise ValueError("Expected an iterable of texts, got a single string.")
    if issparse(X):
        raise TypeError("KeywordRules reads raw texts: sparse input is not supported.")
    if hasattr(X, "dtype") and np.iscomplexobj(X):
        raise ValueError("Complex data not supported")  # scikit-learn's own wording
    array = np.asarray(X, dtype=object)
    if array.shape[0] == 0 if array.ndim else True:
        raise ValueError("Found array with 0 sample(s): at least one text is required.")
    if array.ndim == 2:
        if array.shape[1] == 0:
            # Worded as scikit-learn's own message, which its common checks look for.
            shape = array.shape
            raise ValueError(f"0 feature(s) (shape={shape}) while a minimum of 1 is required.")
        return [" ".join(str(v) for v in row) for row in array]
    if array.ndim != 1:
        raise ValueError(f"Expected 1-D texts or a 2-D array, got {array.ndim}-D input.")
    return ["" if v is None else str(v) for v in array]


class KeywordRules(ClassifierMixin, TransformerMixin, BaseEstimator):
    """Score each team from the handbook's keywords, disambiguation rules, alerts and deployment.

    As a transformer it emits one feature per route and per team (log-scaled scores) plus two
    deployment indicators, for the blended model; as a classifier it predicts the team with the
    highest rule score (the rules-only baseline).
    """

    def __init__(self, routing: dict[str, Any] | None = None, temperature: float = 1.0) -> None:
        self.routing = routing
        self.temperature = temperature

    def __sklearn_tags__(self) -> Tags:
        """Texts in (a 2-D array's rows are read as texts, so the common checks can run)."""
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.target_tags.required = False
        return tags

    # -- fitting ---------------------------------------------------------------------------
    def fit(self, X: Any, y: Any = None) -> KeywordRules:
        """Compile the routing data; remember the classes and the fallback class."""
        texts = _as_texts(X)
        routing = self.routing or {}
        self.routes_ = [r["key"] for r in routing.get("routes", [])]
        self.teams_ = list(routing.get("teams", []))
        if y is not None:
            y = column_or_1d(y, warn=True)
            if len(y) != len(texts):
                raise ValueError("y must have one label per text.")
            self.classes_ = unique_labels(y)
            values, counts = np.unique(y, return_counts=True)
            self.default_class_ = values[int(np.argmax(counts))]
        else:
            self.classes_ = np.asarray(self.teams_)
            self.default_class_ = self.teams_[0] if self.teams_ else None
        self.n_features_in_ = 1
        self.compiled_ = self._compile()
        return self

    def _compile(self) -> CompiledRouting:
        routing = self.routing or {}
        weights: dict[str, list[tuple[str, float]]] = {}
        for route in routing.get("routes", []):
            strong = set(route.get("strong", []))
            for kw in route["keywords"] + [s for s in strong if s not in route["keywords"]]:
                weights.setdefault(kw.lower(), []).append(
                    (route["key"], 2.0 if kw in strong else 1.0)
                )
        alert_owners = dict(routing.get("alert_owners", {}))
        alert_names: dict[str, set[str]] = {}
        for key in alert_owners:
            service, _, alert = key.partition(":")
            alert_names.setdefault(alert, set()).add(service)
        return CompiledRouting(
            keyword_routes=weights,
            index=PhraseIndex(weights),
            route_team={
                r["key"]: (r["team"], r.get("managed_team")) for r in routing.get("routes", [])
            },
            route_positions={r["key"]: i for i, r in enumerate(routing.get("routes", []))},
            alert_owners=alert_owners,
            alert_names=alert_names,
            # Two-word names ("frontend errors") read as prose; longer ones are unmistakable.
            alert_index=PhraseIndex(
                [a for a in alert_names if a.count("_") >= ALERT_MIN_WORDS - 1],
                max_words=ALERT_MAX_WORDS,
            ),
        )

    def __getstate__(self) -> dict[str, Any]:
        # Compiled regexes do not serialise (skops); they are rebuilt from `routing` on load.
        return {k: v for k, v in self.__dict__.items() if k != "compiled_"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        if hasattr(self, "routes_"):
            self.compiled_ = self._compile()

    # -- analysis --------------------------------------------------------------------------
    def analyse(self, text: str) -> RuleHits:
        """The per-route scores, evidence phrases, alerts and deployment type of one text."""
        check_is_fitted(self, "routes_")
        last = _LAST_ANALYSIS.get(self)
        if last is not None and last[0] is text:
            return last[1]  # the router asks again about the text the pipeline just scored
        hits = self._analyse(text)
        _LAST_ANALYSIS[self] = (text, hits)
        return hits

    def _analyse(self, text: str, view: TextView | None = None) -> RuleHits:
        routing = self.routing or {}
        hits = RuleHits()
        view = view if view is not None else TextView(text)
        lowered = view.lower
        compiled = self.compiled_
        for phrase, count in compiled.index.counts(view).items():
            for route, weight in compiled.keyword_routes[phrase]:
                score = weight * (1.0 + math.log(count))
                hits.route_scores[route] = hits.route_scores.get(route, 0.0) + score
                hits.evidence.setdefault(route, []).append(phrase)
        for rule in routing.get("disambiguation", []):
            first = contains_any(view, rule["if_any"])
            second = contains_any(view, rule["and_any"]) if first else None
            if first and second:
                route = rule["route"]
                hits.route_scores[route] = hits.route_scores.get(route, 0.0) + float(rule["weight"])
                hits.evidence.setdefault(route, []).append(f"{first} + {second}")
        hits.deployment = self._deployment(view)
        for alert, team in self._alerts(lowered):
            hits.alerts.append((alert, team))
        self._spaced_alerts(view, hits)
        return hits

    def _deployment(self, view: TextView) -> str:
        deployment = (self.routing or {}).get("deployment", {})
        tags = tags_in(view.lower)
        if tags & set(deployment.get("managed_tags", [])):
            return "managed"
        if tags & set(deployment.get("self_hosted_tags", [])):
            return "self_hosted"
        managed = contains_any(view, deployment.get("managed_phrases", []))
        self_hosted = contains_any(view, deployment.get("self_hosted_phrases", []))
        if managed and not self_hosted:
            return "managed"
        if self_hosted and not managed:
            return "self_hosted"
        return "unknown"

    def _alerts(self, lowered: str) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        if "_" not in lowered:
            # Every alert token has an underscore; most tickets have none, and the token scan
            # tries each position of the text (~0.5M instructions for a 2 KB ticket).
            return found
        for match in _ALERT_TOKEN.finditer(lowered):
            token = match.group(0)
            alert, services = self._alert_lookup(token)
            if alert is None:
                continue
            service = self._service_near(lowered, match.start(), token, alert, services)
            owner = self.compiled_.alert_owners.get(f"{service}:{alert}") if service else None
            if owner is None:
                owners = {self.compiled_.alert_owners[f"{s}:{alert}"] for s in services}
                owner = owners.pop() if len(owners) == 1 else None
            if owner is not None:
                found.append((alert, owner))
        return found

    def _spaced_alerts(self, view: TextView, hits: RuleHits) -> None:
        """Alert names pasted from Grafana or Slack with spaces ("zoekt: average resolve ...")."""
        seen = {alert for alert, _ in hits.alerts}
        for alert in self.compiled_.index_alerts(view):
            if alert in seen:
                continue
            services = self.compiled_.alert_names[alert]
            spaced = r"[\s_]+".join(re.escape(w) for w in alert.split("_"))
            match = re.search(spaced, view.lower)
            start = match.start() if match else 0
            service = self._service_near(view.lower, start, alert, alert, services)
            owner = self.compiled_.alert_owners.get(f"{service}:{alert}") if service else None
            if owner is None:
                owners = {self.compiled_.alert_owners[f"{s}:{alert}"] for s in services}
                owner = owners.pop() if len(owners) == 1 else None
            if owner is not None:
                hits.alerts.append((alert, owner))

    def _alert_lookup(self, token: str) -> tuple[str | None, set[str]]:
        alert_names = self.compiled_.alert_names
        if token in alert_names:
            return token, alert_names[token]
        # Prometheus names read "<level>_<service>_<alert>", e.g. warning_gitserver_disk_space...
        for level in ("warning_", "critical_"):
            if token.startswith(level):
                rest = token[len(level) :]
                for alert, services in alert_names.items():
                    if rest.endswith("_" + alert):
                        service = rest[: -len(alert) - 1].replace("_", "-")
                        if service in services:
                            return alert, {service}
        return None, set()

    def _service_near(
        self, lowered: str, start: int, token: str, alert: str, services: set[str]
    ) -> str | None:
        if len(services) == 1:
            return next(iter(services))
        window = lowered[max(0, start - 120) : start + len(token) + 60]
        for raw in re.findall(r"[a-z][a-z0-9-]+", window):
            service = _SERVICE_ALIASES.get(raw, raw)
            if service in services:
                return service
        return None

    def team_scores(self, hits: RuleHits) -> dict[str, float]:
        """Per-team scores: routes resolved by deployment, plus alert owners."""
        scores = dict.fromkeys(self.teams_, 0.0)
        for route, score in hits.route_scores.items():
            team, managed_team = self.compiled_.route_team[route]
            if managed_team and hits.deployment == "managed":
                team = managed_team
            scores[team] = scores.get(team, 0.0) + score
        routing = self.routing or {}
        alert_weight = float(routing.get("alert_weight", 3.0))
        deployment = routing.get("deployment", {})
        for _alert, owner in hits.alerts:
            if owner == deployment.get("alert_owner"):
                owner = deployment[
                    "managed_team" if hits.deployment == "managed" else "self_hosted_team"
                ]
            scores[owner] = scores.get(owner, 0.0) + alert_weight
        return scores

    # -- transformer -----------------------------------------------------------------------
    def transform(self, X: Any) -> np.ndarray:
        """Features: log1p route scores, log1p team scores, deployment indicators."""
        check_is_fitted(self, "routes_")
        texts = _as_texts(X)
        width = len(self.routes_) + len(self.teams_) + 2
        out = np.zeros((len(texts), width), dtype=np.float64)
        for row, text in enumerate(texts):
            self._fill(out[row], self.analyse(text), self.compiled_.route_positions)
        return out

    def single_row(self, text: str, view: TextView) -> tuple[np.ndarray, RuleHits]:
        """One text's feature row and the hits behind it (the fast path's single pass)."""
        require_fitted(self, "routes_")
        hits = self._analyse(text, view)
        row = np.zeros(len(self.routes_) + len(self.teams_) + 2, dtype=np.float64)
        self._fill(row, hits, self.compiled_.route_positions)
        return row, hits

    def _fill(self, row: np.ndarray, hits: RuleHits, route_pos: dict[str, int]) -> None:
        for route, score in hits.route_scores.items():
            row[route_pos[route]] = math.log1p(score)
        team_scores = self.team_scores(hits)
        for j, team in enumerate(self.teams_):
            row[len(self.routes_) + j] = math.log1p(team_scores.get(team, 0.0))
        row[-2] = 1.0 if hits.deployment == "self_hosted" else 0.0
        row[-1] = 1.0 if hits.deployment == "managed" else 0.0

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """Names of the emitted features."""
        check_is_fitted(self, "routes_")
        names = [f"route={r}" for r in self.routes_] + [f"team={t}" for t in self.teams_]
        return np.asarray(names + ["deployment=self_hosted", "deployment=managed"], dtype=object)

    # -- classifier ------------------------------------------------------------------------
    def predict_proba(self, X: Any) -> np.ndarray:
        """A softmax over rule scores; no hit at all falls back to the most common class."""
        check_is_fitted(self, "routes_")
        texts = _as_texts(X)
        classes = list(self.classes_)
        out = np.zeros((len(texts), len(classes)))
        for row, text in enumerate(texts):
            scores = self.team_scores(self.analyse(text))
            values = np.array([scores.get(str(c), 0.0) for c in classes], dtype=float)
            if values.max() <= 0:
                values = np.array([1.0 if c == self.default_class_ else 0.0 for c in classes])
            logits = values / max(self.temperature, 1e-6)
            logits -= logits.max()
            exp = np.exp(logits)
            out[row] = exp / exp.sum()
        return out

    def predict(self, X: Any) -> np.ndarray:
        """The team with the highest rule score per text."""
        proba = self.predict_proba(X)
        return np.asarray(self.classes_)[np.argmax(proba, axis=1)]
