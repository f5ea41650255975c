"""The escalations resource (routes are added as the capability lands)."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("escalations", __name__)
