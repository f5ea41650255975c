"""Handbook Step 1 and Step 4: which details the engineer should still gather."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from backend.routing.handbook import Handbook
from backend.routing.handbook_sections import ChecklistItem
from backend.routing.matching import TextView, any_regex_or_phrase, contains_any

# Detail and priority markers sit near the top: scan 10 KB, never a whole paste, so a 200 KB
# ticket of hostile text costs about what an ordinary one does (bench/adversarial.py).
MAX_SCAN_CHARS = 10_000


@dataclass(frozen=True)
class MissingDetail:
    """A detail the ticket does not contain yet."""

    key: str
    label: str
    ask: str


def _present(
    item: ChecklistItem,
    text: TextView,
    tags: set[str],
    attachments: bool,
    zendesk_priority: str | None,
) -> bool:
    if item.present_if_attachments and attachments:
        return True
    if tags & {t.lower() for t in item.present_if_tags}:
        return True
    if zendesk_priority and zendesk_priority.lower() in item.present_if_priority:
        return True
    return any_regex_or_phrase(text, item.present_if)


def applicable_items(
    handbook: Handbook,
    text: str | TextView,
    *,
    routes: Iterable[str] = (),
    main_route: str | None = None,
) -> list[ChecklistItem]:
    """The checklist items that apply to a ticket on this route, in the handbook's order.

    A route with its own `asks` list (billing asks no logs) uses exactly those items; otherwise
    items scoped to routes apply when the main route (or, without one, any route hit) is theirs.
    """
    scan = text if isinstance(text, TextView) else TextView(text[:MAX_SCAN_CHARS])
    route_set = {main_route} if main_route else set(routes)
    asks = handbook.route(main_route).asks if main_route else None
    items = []
    for item in handbook.checklist:
        if asks is not None:
            if item.key not in asks:
                continue
        elif item.only_for_routes and not (route_set & set(item.only_for_routes)):
            continue
        if item.only_if and not contains_any(scan, item.only_if):
            continue
        items.append(item)
    return items


def missing_details(
    handbook: Handbook,
    text: str | TextView,
    *,
    tags: Iterable[str] = (),
    attachments: Iterable[str] = (),
    zendesk_priority: str | None = None,
    routes: Iterable[str] = (),
    main_route: str | None = None,
    items: list[ChecklistItem] | None = None,
) -> list[MissingDetail]:
    """The checklist items the ticket does not already answer, in the handbook's order
    (``items``: applicable_items' answer for this ticket and route, when already found)."""
    scan = text if isinstance(text, TextView) else TextView(text[:MAX_SCAN_CHARS])
    tag_set = {t.lower() for t in tags}
    has_attachments = any(True for _ in attachments)
    if items is None:
        items = applicable_items(handbook, scan, routes=routes, main_route=main_route)
    missing = []
    for item in items:
        if not _present(item, scan, tag_set, has_attachments, zendesk_priority):
            missing.append(MissingDetail(item.key, item.label, item.ask))
    return missing
