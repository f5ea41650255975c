"""Routing: the handbook as data, the blended classifier, priority and the missing-details checklist."""
