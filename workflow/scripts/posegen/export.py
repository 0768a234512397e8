"""A render job: write each pose of a batch as NPY, JSON record and PNG picture."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from posegen.generation import read_shard_file
from posegen.io import atomic_path, write_json


def npy_bytes(pose: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, np.asarray(pose, dtype=np.float32))
    return buffer.getvalue()


def export_batch(
    shard_path: str | Path,
    npy_paths: Sequence[str],
    json_paths: Sequence[str],
    png_paths: Sequence[str],
    render: dict[str, Any],
) -> int:
    """Write the poses named by the output paths (``<output_dir>/<name>.<ext>``)."""
    from posegen.render import PoseRenderer, RenderSettings

    poses = read_shard_file(shard_path)
    renderer = PoseRenderer(
        RenderSettings(width=render["width"], height=render["height"], dpi=render["dpi"], views=tuple(render["views"]))
    )
    for npy_path, json_path, png_path in zip(npy_paths, json_paths, png_paths):
        pose, record = poses[Path(npy_path).stem]
        data = npy_bytes(pose)
        with atomic_path(npy_path) as tmp:
            tmp.write_bytes(data)
        write_json(json_path, record)
        # The picture carries the hash of its NPY so that verify can tell a stale picture.
        metadata = {"pose_sha1": hashlib.sha1(data).hexdigest(), "caption": record["caption"]}
        title = record["caption"]
        if record.get("status") == "failed":
            title = f"[generation failed: {record.get('error', '')[:120]}] {title}"
        with atomic_path(png_path) as tmp:
            renderer.render(pose, title, tmp, metadata=metadata)
    return len(npy_paths)
