"""Run wrk (Debian's package) against a URL and read its summary as numbers."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

LUA = Path(__file__).resolve().parent / "lua"


def wrk_available() -> bool:
    """True when the wrk binary is on PATH."""
    return shutil.which("wrk") is not None


def run_wrk(url: str, *, duration: float, connections: int, threads: int = 2,
            bodies: list[str] | None = None, token: str | None = None,
            path: str = "/") -> dict[str, Any]:
    """Load url for duration seconds; with bodies, POST them to path with a bearer token."""
    with tempfile.TemporaryDirectory(prefix="rfh-wrk-") as tmp:
        script = Path(tmp) / "script.lua"
        source = (LUA / "report.lua").read_text()
        args: list[str] = []
        if bodies is not None:
            body_file = Path(tmp) / "bodies.jsonl"
            body_file.write_text("\n".join(bodies) + "\n")
            source = (LUA / "post_bodies.lua").read_text() + "\n" + source
            args = ["--", str(body_file), token or "", path]
        script.write_text(source)
        command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, round(duration))}s",
                   "--timeout", "30s", "-s", str(script), url.rstrip("/") + path, *args]
        out = subprocess.run(command, capture_output=True, text=True, check=True,
                             timeout=duration + 120)
    line = next(x for x in out.stdout.splitlines() if x.startswith("WRK_JSON "))
    raw = json.loads(line.removeprefix("WRK_JSON "))
    seconds = raw["duration_us"] / 1e6
    return {
        "requests": raw["requests"],
        "duration_s": round(seconds, 2),
        "requests_per_s": round(raw["requests"] / seconds, 1) if seconds else 0.0,
        "p50_ms": round(raw["p50_us"] / 1000, 2),
        "p90_ms": round(raw["p90_us"] / 1000, 2),
        "p99_ms": round(raw["p99_us"] / 1000, 2),
        "max_ms": round(raw["max_us"] / 1000, 2),
        "errors": raw["errors"],
        "connections": connections,
        "threads": threads,
    }
