"""What every benchmark result records about where it ran and when, and how it is saved."""

from __future__ import annotations

import json
import os
import platform
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def machine() -> dict[str, Any]:
    """CPUs, Python and the load average now (shared CPUs make timings noisy: say how busy)."""
    return {"cpus": os.cpu_count(), "python": platform.python_version(),
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def save(path: Path, report: dict[str, Any]) -> None:
    """Stamp the report with the machine and the time, write it as JSON, say where."""
    report = {**report, "machine": machine(),
              "when": datetime.now(UTC).isoformat(timespec="seconds")}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {path} (goal met: {report['met']})")
