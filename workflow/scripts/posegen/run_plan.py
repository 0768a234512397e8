"""Every file of a run named from what decides it: the workflow (rules/common.smk) and
the monitor use the same names, so both read the same run.

Scratch files in temp_dir carry the digest of what decides them in their names
(``generated/<shard>_<key>.npz``, the key covering the shard's rows and the
generation settings), so that a file left by other settings, another checkout sharing temp_dir,
or a run whose Snakemake metadata (``.snakemake/``) is gone is never taken for this
run's: it simply has another name. Batch jobs are tracked by their records
(posegen.batch_records).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from posegen import batch_records
from posegen import layout as file_layout
from posegen.plan import group_digests, hashes_digest, row_hashes
from posegen.rows import WRITTEN_COLUMNS
from posegen.settings import digest


@dataclass
class RunPlan:
    table: pd.DataFrame
    output_dir: str
    temp_dir: str
    generation: dict[str, Any]  # RunSettings.generation_record()
    formats: tuple[str, ...]  # pose formats: npy, json, png, bvh
    clips: bool  # bvh_clip
    render: dict[str, Any]  # width, height, dpi, views
    layout: str = "flat"  # output_layout (posegen.layout)
    generation_digest: str = field(init=False)
    table_digest: str = field(init=False)
    shards: list[str] = field(init=False)
    batches: dict[tuple[str, str], list[str]] = field(init=False)  # (shard, batch) -> pose names
    shard_rows: dict[str, str] = field(init=False)
    shard_keys: dict[str, str] = field(init=False)
    poses_digests: dict[tuple[str, str], str] = field(init=False)
    _shard_positions: dict | None = field(init=False, default=None, repr=False)

    @classmethod
    def from_config(cls, config: dict[str, Any], table: pd.DataFrame, run) -> "RunPlan":
        """The plan of a validated config (``run`` is ``settings.resolve(config)``)."""
        import os.path

        return cls(
            table,
            os.path.expanduser(config["output_dir"]),
            os.path.expanduser(config["temp_dir"]),
            run.generation_record(),
            [f for f in ("npy", "json", "png", "bvh") if f in config["formats"]],
            bool(config["bvh_clip"]),
            dict(width=config["image_width"], height=config["image_height"], dpi=config["dpi"], views=list(config["views"])),
            config.get("output_layout", "flat"),
        )

    def __post_init__(self) -> None:
        self.output_dir = str(self.output_dir).rstrip("/") or "/"
        self.temp_dir = str(self.temp_dir).rstrip("/") or "/"
        self.formats = tuple(self.formats)
        file_layout.check(self.layout)
        self.generation_digest = digest(self.generation)
        hashes = row_hashes(self.table)
        self.table_digest = hashes_digest(hashes)
        names = self.table["name"].tolist()
        positions = self.table.groupby(["shard", "batch"], sort=True).indices
        self.batches = {key: [names[i] for i in rows] for key, rows in positions.items()}
        self.shards = sorted({shard for shard, _ in self.batches})
        self.shard_rows = group_digests(self.table, "shard", hashes)
        self.shard_keys = {shard: digest([self.generation_digest, rows]) for shard, rows in self.shard_rows.items()}
        self.poses_digests = {
            key: digest([self.generation_digest, rows]) for key, rows in group_digests(self.table, ["shard", "batch"], hashes).items()
        }

    def shard_records(self, shard: str) -> list[list]:
        """A shard's rows as the generate job gets them (WRITTEN_COLUMNS, plain values)."""
        if self._shard_positions is None:
            self._shard_positions = self.table.groupby("shard", sort=True).indices
        return self.table[WRITTEN_COLUMNS].iloc[self._shard_positions[shard]].values.tolist()

    # Scratch files.
    def generated_path(self, shard: str) -> str:
        return f"{self.temp_dir}/generated/{shard}_{self.shard_keys[shard]}.npz"

    def generate_log(self, shard: str) -> str:
        """The log of a shard's generate job, relative to the working directory."""
        return f"logs/generate/{shard}_{self.shard_keys[shard]}.log"

    # Batch jobs and their records.
    @property
    def render_formats(self) -> list[str]:
        return [f for f in self.formats if f != "bvh"]

    @property
    def kinds(self) -> list[str]:
        return ["render"] + (["bvh"] if "bvh" in self.formats else []) + (["clip_bvh"] if self.clips else [])

    def fingerprint(self, kind: str, key: tuple[str, str]) -> str:
        """What decides a batch job's files: its poses, their folder and, for pictures,
        the render settings."""
        settings = [self.render_formats, self.render if "png" in self.formats else None] if kind == "render" else None
        # The flat layout adds nothing, so that records written before layouts existed still count.
        folder = [] if self.layout == "flat" else [self.layout]
        return digest([kind, self.poses_digests[key], settings, *folder])

    def batch_files(self, kind: str, key: tuple[str, str]) -> list[str]:
        """Paths (relative to output_dir) of the files a batch job of this kind writes."""
        names, shard = self.batches[key], key[0]
        if kind == "render":
            return [file_layout.pose_file(self.layout, shard, name, ext) for name in names for ext in self.render_formats]
        if kind == "bvh":
            return [file_layout.pose_file(self.layout, shard, name, "bvh") for name in names]
        return [file_layout.clip_file(self.layout, shard, name) for name in names]

    def record_states(self, damaged_records: set[str] = frozenset()) -> dict[str, dict[tuple[str, str], str]]:
        """kind -> (shard, batch) -> the record state the batch asks for (posegen.batch_records)."""
        found = batch_records.existing(self.output_dir)
        return {
            kind: batch_records.plan_states(
                self.output_dir,
                kind,
                {key: (self.fingerprint(kind, key), functools.partial(self.batch_files, kind, key)) for key in self.batches},
                damaged_records,
                found,
            )
            for kind in self.kinds
        }

    def record_paths(self, states: dict[str, dict[tuple[str, str], str]]) -> list[str]:
        return [
            batch_records.record_path(self.output_dir, kind, shard, batch, state)
            for kind, by_batch in states.items()
            for (shard, batch), state in by_batch.items()
        ]

    def done_batches(self, kind: str = "render") -> dict[tuple[str, str], float]:
        """Batches whose record of the current settings exists (not checked against the
        folder: for the monitor), with the record's modification time."""
        done: dict[tuple[str, str], float] = {}
        try:
            entries = list(os.scandir(batch_records.records_dir(self.output_dir)))
        except (FileNotFoundError, NotADirectoryError):
            return done
        for entry in entries:
            parsed = batch_records.parse_name(entry.name)
            if parsed is None or parsed[0] != kind:
                continue
            key = (parsed[1], parsed[2])
            if key in self.batches and parsed[3] == self.fingerprint(kind, key):
                done[key] = max(done.get(key, 0.0), entry.stat().st_mtime)
        return done
