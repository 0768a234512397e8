"""Rule render: per pose of a batch, the NPY, the JSON record and the PNG (see
posegen.export), then the batch record (posegen.batch_records)."""

import os
from pathlib import Path

from posegen import batch_records, ledger
from posegen.export import batch_names, export_batch
from posegen.joblog import job_log
from posegen.verify import check_pictures

with job_log(snakemake.log[0], f"render {snakemake.wildcards.shard} {snakemake.wildcards.batch}") as log:
    # Leave the CPUs to the jobs that feed the GPUs. From the config, not params:
    # a priority does not change the pictures, so it must not rerun them.
    os.nice(snakemake.config["render_nice"])
    output_dir = snakemake.params.output_dir
    pose_dir = Path(output_dir) / snakemake.params.folder  # posegen.layout
    names = batch_names(snakemake.input.shard, snakemake.wildcards.batch, snakemake.params.poses_per_job)
    extensions = ("npy", "json", "png") if snakemake.params.render else ("npy", "json")
    # Recorded before the first file, so that a job killed half-way still owns what it left.
    entry, batch = Path(snakemake.output.record).stem, f"render_{snakemake.wildcards.shard}_{snakemake.wildcards.batch}_"
    ledger.record(output_dir, entry, [pose_dir / f"{n}.{e}" for n in names for e in extensions], supersedes=batch)
    # A repair rewrites only the files that are not as the batch's earlier record says.
    intact = batch_records.intact_files(output_dir, batch_records.previous_record(snakemake.output.record))
    keep = {Path(relative).name for relative in intact}  # a batch's files share one folder
    hashes = {}  # path -> SHA-256 of what was written: the batch record need not read the files back
    files = export_batch(snakemake.input.shard, pose_dir, names, snakemake.params.render, keep, hashes=hashes)
    if snakemake.params.render:
        # Read back what was written, here rather than in verify at the end: every
        # picture is whole (its chunks' CRCs), of the configured size, drawn from its NPY.
        problems = check_pictures(pose_dir, names, snakemake.params.render)
        if problems:
            raise RuntimeError("pictures written wrong: " + "; ".join(problems[:5]))
    batch_records.write_record(
        output_dir, snakemake.output.record,
        batch_records.describe(output_dir, files, hashes),
        checked_pictures=bool(snakemake.params.render),
    )
    written = len(files) - len(keep)
    log(f"wrote {written} file(s) of {len(names)} poses ({', '.join(e.upper() for e in extensions)})"
        + (f"; {len(keep)} intact file(s) kept" if keep else ""))
