"""The prompt table's columns, and rows as the generation job handles them: plain
records, so that the job need not import pandas (half a second a job)."""

from __future__ import annotations

from typing import Any, Sequence

COLUMNS = ["index", "line", "caption", "name", "seed", "length", "shard", "batch"]
# Written tables leave out the render batch: it only groups render jobs, and a
# table must not go stale when poses_per_job changes.
WRITTEN_COLUMNS = [c for c in COLUMNS if c != "batch"]


def row_records(rows: Any) -> list[dict[str, Any]]:
    """Rows as a list of dicts: from a DataFrame (its columns), from dicts, or from
    lists of plain values in WRITTEN_COLUMNS order (a generate job's params)."""
    if hasattr(rows, "to_dict"):
        return rows.to_dict("records")
    rows = list(rows)
    if rows and not isinstance(rows[0], dict):
        return [dict(zip(WRITTEN_COLUMNS, values)) for values in rows]
    return rows


def column(rows: Sequence[dict[str, Any]], name: str) -> list:
    return [row[name] for row in rows]
