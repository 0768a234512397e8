"""Captions whose generation failed: recorded per shard so that a rerun retries exactly those.

``<report_dir>/failures/<shard>.json`` holds the captions that failed in the
shard's last generation, with their reasons, and an ``attempt`` counter that goes
up each time a generation ends with failures. The counter is a param of the
shard's generate job: a new value makes Snakemake rerun that shard (finished
poses come from the cache, so only the failed captions are generated) and its
render batches; a clean retry leaves the counter alone, so the run after it does
nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

from posegen.io import write_json


def failure_file(report_dir: str | Path, shard: str) -> Path:
    return Path(report_dir) / "failures" / f"{shard}.json"


def read_failures(path: str | Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"attempt": 0, "failed": []}
    return {"attempt": int(data.get("attempt", 0)), "failed": list(data.get("failed", []))}


def record_failures(path: str | Path, failed: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Write this generation's failures (each with ``index``, ``name``, ``caption``, ``reason``)."""
    state = read_failures(path)
    if failed:
        state["attempt"] += 1
    state["failed"] = list(failed)
    if failed or Path(path).exists():
        write_json(path, state)
    return state


def shard_attempts(report_dir: str | Path, shards: Sequence[str]) -> dict[str, int]:
    """Attempt counter per shard, for the generate rule's params."""
    return {shard: read_failures(failure_file(report_dir, shard))["attempt"] for shard in shards}


def all_failures(report_dir: str | Path, shards: Sequence[str]) -> list[dict[str, Any]]:
    failed = []
    for shard in shards:
        failed += read_failures(failure_file(report_dir, shard))["failed"]
    return failed
