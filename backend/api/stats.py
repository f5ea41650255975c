"""The stats resource (routes are added as the capability lands)."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("stats", __name__)
