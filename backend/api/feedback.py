"""The feedback resource (routes are added as the capability lands)."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("feedback", __name__)
