"""Routing: the handbook as data, the blended classifier, priority and missing details."""
