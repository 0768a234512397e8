"""Rules bvh and clip_bvh: per pose of a batch, the BVH file of the pose or of its whole
generated motion (see posegen.export), then the batch record (posegen.batch_records)."""

import os
from pathlib import Path

from posegen import batch_records, ledger
from posegen.export import batch_names, export_bvh_batch, export_clip_batch
from posegen.joblog import job_log

with job_log(snakemake.log[0], f"{snakemake.rule} {snakemake.wildcards.shard} {snakemake.wildcards.batch}") as log:
    # A priority does not change the files: from the config, so it reruns nothing.
    os.nice(snakemake.config["render_nice"])
    output_dir = Path(snakemake.params.output_dir)
    pose_dir = output_dir / snakemake.params.folder  # posegen.layout
    folder = pose_dir / "clips" if snakemake.params.clips else pose_dir
    names = batch_names(snakemake.input.shard, snakemake.wildcards.batch, snakemake.params.poses_per_job)
    paths = [folder / f"{name}.bvh" for name in names]
    # Recorded before the first file (see posegen.ledger).
    batch = f"{snakemake.rule}_{snakemake.wildcards.shard}_{snakemake.wildcards.batch}_"
    ledger.record(output_dir, Path(snakemake.output.record).stem, paths, supersedes=batch)
    # A repair rewrites only the files that are not as the batch's earlier record says.
    intact = batch_records.intact_files(output_dir, batch_records.previous_record(snakemake.output.record))
    keep = {Path(relative).name for relative in intact}
    export = export_clip_batch if snakemake.params.clips else export_bvh_batch
    written = export(snakemake.input.shard, paths, keep)
    batch_records.write_record(output_dir, snakemake.output.record, batch_records.describe(output_dir, paths))
    what = "BVH clips" if snakemake.params.clips else "BVH files"
    log(f"wrote {written} {what} of {len(paths)} poses" + (f"; {len(keep)} intact file(s) kept" if keep else ""))
