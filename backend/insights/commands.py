"""`rfh` commands of this package (added as the capability lands)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
