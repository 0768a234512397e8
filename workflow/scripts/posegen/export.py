"""Render and BVH jobs: write each pose of a batch as NPY, JSON record and PNG picture,
or as a BVH file."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Collection, Sequence

import numpy as np

from posegen.io import atomic_files, format_json, npy_bytes
from posegen.shard_file import read_shard_clips, read_shard_file


def pose_npy_bytes(pose: np.ndarray) -> bytes:
    return npy_bytes(np.asarray(pose, dtype=np.float32))


def batch_names(shard_path: str | Path, batch: str, poses_per_job: int) -> list[str]:
    """The names of a render batch (``b<k>``: the shard's poses k * poses_per_job ...
    (k + 1) * poses_per_job - 1, as posegen.plan assigns them), from its shard file."""
    with np.load(shard_path, allow_pickle=False) as data:
        names = [str(name) for name in data["names"]]
    start = int(batch.lstrip("b")) * poses_per_job
    return names[start : start + poses_per_job]


def export_batch(
    shard_path: str | Path,
    output_dir: str | Path,
    names: Sequence[str],
    render: dict[str, Any] | None,
    keep: Collection[str] = frozenset(),
    hashes: dict[str, str] | None = None,
) -> list[Path]:
    """Write each named pose as ``<output_dir>/<name>.npy``, ``.json`` and, given render
    settings, ``.png``; files named in ``keep`` (file names, intact from an earlier
    run of the batch) are left as they are. Returns every file of the batch; fills
    ``hashes`` (path as written -> SHA-256) for the files it wrote."""
    from posegen.render import PoseRenderer, RenderSettings

    output_dir = Path(output_dir)
    poses = read_shard_file(shard_path)
    renderer = None
    files = []
    with atomic_files() as batch:
        for name in names:
            pose, record = poses[name]
            data = pose_npy_bytes(pose)
            npy_path, json_path = output_dir / f"{name}.npy", output_dir / f"{name}.json"
            files += [npy_path, json_path]
            if npy_path.name not in keep:
                batch.write(npy_path, data)
            if json_path.name not in keep:
                batch.write(json_path, format_json(record))
            if render is None:
                continue
            png_path = output_dir / f"{name}.png"
            files.append(png_path)
            if png_path.name in keep:
                continue
            if renderer is None:
                renderer = PoseRenderer(
                    RenderSettings(width=render["width"], height=render["height"], dpi=render["dpi"], views=tuple(render["views"]))
                )
            # The picture carries the hash of its NPY so that verify can tell a stale picture.
            metadata = {"pose_sha1": hashlib.sha1(data).hexdigest(), "caption": record["caption"]}
            title = record["caption"]
            if record.get("status") == "failed":
                title = f"[generation failed: {record.get('error', '')[:120]}] {title}"
            batch.write(png_path, renderer.png(pose, title, metadata))
        if hashes is not None:
            hashes.update(batch.sha256)
    return files


def export_bvh_batch(shard_path: str | Path, bvh_paths: Sequence[str | Path], keep: Collection[str] = frozenset()) -> int:
    """Write the BVH file of each pose named by the paths (``<output_dir>/<name>.bvh``),
    but those whose file name is in ``keep``; returns how many it wrote.

    Rotations are solved for the whole batch at once. A pose whose generation failed
    (a placeholder with every joint at the origin) gets the standard T-pose.
    """
    from posegen.bvh import bvh_text
    from posegen.joint_rotations import solve, t_pose

    poses = read_shard_file(shard_path)
    joints = []
    for path in bvh_paths:
        pose, record = poses[Path(path).stem]
        joints.append(t_pose() if record.get("status") == "failed" else np.asarray(pose, dtype=np.float64))
    if not joints:
        return 0
    motion = solve(np.stack(joints))
    written = 0
    with atomic_files() as batch:
        for k, path in enumerate(bvh_paths):
            if Path(path).name not in keep:
                batch.write(path, bvh_text(motion, frames=slice(k, k + 1)))
                written += 1
    return written


def export_clip_batch(shard_path: str | Path, bvh_paths: Sequence[str | Path], keep: Collection[str] = frozenset()) -> int:
    """Write the whole generated motion of each pose named by the output paths
    (``<output_dir>/clips/<name>.bvh``): its skeleton and the kept frame
    (``frame_index`` of the record) exactly the pose's, the other frames as far as
    the motion keeps its bone lengths. A failed pose gets the standard T-pose. Files
    whose name is in ``keep`` are left as they are; returns how many it wrote."""
    from posegen.bvh import bvh_text
    from posegen.joint_rotations import solve, t_pose

    poses = read_shard_file(shard_path)
    clips = read_shard_clips(shard_path)
    written = 0
    with atomic_files() as batch:
        for path in bvh_paths:
            if Path(path).name in keep:
                continue
            name = Path(path).stem
            _, record = poses[name]
            if record.get("status") == "failed" or name not in clips:
                if record.get("status") != "failed":
                    raise ValueError(f"{shard_path} holds no clip of {name!r}: generated without bvh_clip")
                text = bvh_text(solve(t_pose()))
            else:
                text = bvh_text(solve(clips[name].astype(np.float64), rest_frame=int(record["frame_index"])))
            batch.write(path, text)
            written += 1
    return written
