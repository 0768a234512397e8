"""The prompt table: one row per prompt with its name, seed, shard and render batch.

Built when the Snakefile is parsed (so the DAG is known up front); each generate
job gets its shard's rows through its params, and merge and verify plan the table
again from the prompt file and check that it gives the same rows (planned_rows).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from posegen.naming import DEFAULT_SUBJECT_PREFIXES, MAX_NAME_BYTES, unique_names
from posegen.prompts import read_prompts
from posegen.rows import COLUMNS, WRITTEN_COLUMNS


def prompt_seed(base_seed: int, name: str) -> int:
    """A prompt's seed: depends on the base seed and the prompt's unique name only,
    so it does not change with shard size, batch size or the prompt's position."""
    digest = hashlib.blake2b(f"{base_seed}\x00{name}".encode("utf-8"), digest_size=4).digest()
    return int.from_bytes(digest, "little")


def table_settings(config: dict, run) -> dict:
    """The ``build_table`` keyword arguments of a run (``run`` is ``settings.resolve(config)``)."""
    return dict(
        seed=run.seed,
        shard_size=run.shard_size,
        poses_per_job=run.poses_per_job,
        sequence_length=run.generation.sequence_length,
        strip_prefixes=config["name_strip_prefixes"],
        max_name_bytes=config["name_max_bytes"],
    )


def build_table(
    prompts_path: str | Path,
    *,
    seed: int,
    shard_size: int,
    poses_per_job: int,
    sequence_length: int,
    strip_prefixes: Iterable[str] = DEFAULT_SUBJECT_PREFIXES,
    max_name_bytes: int = MAX_NAME_BYTES,
) -> pd.DataFrame:
    prompts = read_prompts(prompts_path)
    captions = [p.caption for p in prompts]
    names = unique_names(captions, strip_prefixes, max_name_bytes)
    count = len(prompts)
    shard_count = -(-count // shard_size)
    shard_width = max(3, len(str(shard_count - 1)))
    batch_width = max(2, len(str(-(-shard_size // poses_per_job) - 1)))
    shard_names = [f"s{shard:0{shard_width}d}" for shard in range(shard_count)]
    batch_names = [f"b{batch:0{batch_width}d}" for batch in range(-(-shard_size // poses_per_job))]
    columns = {
        "index": range(count),
        "line": [prompt.line for prompt in prompts],
        "caption": captions,
        "name": names,
        "seed": [prompt_seed(seed, name) for name in names],
        "length": [prompt.length or sequence_length for prompt in prompts],
        "shard": [shard_names[index // shard_size] for index in range(count)],
        "batch": [batch_names[(index % shard_size) // poses_per_job] for index in range(count)],
    }
    return pd.DataFrame(columns, columns=COLUMNS)


def planned_rows(prompts, config: dict, shard: str | None, expected_digest: str) -> tuple[pd.DataFrame, int]:
    """A shard's rows (or, with no shard, the whole table) read again from the prompt
    file in a job, and the table's size; ConfigError when the file no longer gives the
    rows the workflow planned with (it changed while the workflow ran)."""
    from posegen.settings import ConfigError, resolve

    table = build_table(prompts, **table_settings(config, resolve(config)))
    rows = table[table["shard"] == shard] if shard else table
    if rows_digest(rows) != expected_digest:
        raise ConfigError(
            f"prompts: {prompts} changed while the workflow was running; run the same command again "
            "to plan with the new file"
        )
    return rows, len(table)


def row_hashes(table: pd.DataFrame) -> np.ndarray:
    """One 64-bit hash per row as it is written (WRITTEN_COLUMNS), computed in C:
    a million rows take a fraction of a second and a few megabytes."""
    return pd.util.hash_pandas_object(table[WRITTEN_COLUMNS], index=False).to_numpy()


def hashes_digest(hashes: np.ndarray) -> str:
    return hashlib.sha1(np.ascontiguousarray(hashes, dtype="<u8").tobytes()).hexdigest()[:16]


def rows_digest(table: pd.DataFrame) -> str:
    """Hash of rows as they are written and recorded (rerun trigger for a shard, batch or the table)."""
    return hashes_digest(row_hashes(table))


def group_digests(table: pd.DataFrame, by: str | list[str], hashes: np.ndarray | None = None) -> dict:
    """rows_digest of each group of the table (group key -> digest), in one pass over
    the rows (``hashes``: row_hashes(table), when already made)."""
    hashes = row_hashes(table) if hashes is None else hashes
    positions = table.groupby(by, sort=True).indices
    return {key: hashes_digest(hashes[rows]) for key, rows in positions.items()}
