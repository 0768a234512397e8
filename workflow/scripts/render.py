"""Rule render_<shard>_<batch>: one PNG per pose, at low CPU priority (see posegen.render)."""

import hashlib
import json
import os
from pathlib import Path

import numpy as np

from posegen.io import atomic_path
from posegen.joblog import job_log

with job_log(snakemake.log[0], f"render {snakemake.rule}") as log:
    settings = snakemake.params.render
    os.nice(settings["nice"])  # leave the CPUs to the jobs that feed the GPUs
    from posegen.render import PoseRenderer, RenderSettings

    renderer = PoseRenderer(
        RenderSettings(width=settings["width"], height=settings["height"], dpi=settings["dpi"], views=tuple(settings["views"]))
    )
    for npy_path, json_path, png_path in zip(snakemake.input.npy, snakemake.input.json, snakemake.output.png):
        raw = Path(npy_path).read_bytes()
        joints = np.load(npy_path)
        caption = json.loads(Path(json_path).read_text(encoding="utf-8"))["caption"]
        with atomic_path(png_path) as tmp:
            renderer.render(joints, caption, tmp, metadata={"pose_sha1": hashlib.sha1(raw).hexdigest(), "caption": caption})
    log(f"rendered {len(snakemake.output.png)} pictures")
