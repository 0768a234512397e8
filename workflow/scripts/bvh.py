"""Rules bvh_<shard>_<batch> and clip_bvh_<shard>_<batch>: per pose, the BVH file of the
pose or of its whole generated motion (see posegen.export)."""

import os

from posegen import ledger
from posegen.export import export_bvh_batch, export_clip_batch
from posegen.joblog import job_log

with job_log(snakemake.log[0], snakemake.rule) as log:
    # A priority does not change the files: from the config, so it reruns nothing.
    os.nice(snakemake.config["render_nice"])
    # Recorded before the first file (see posegen.ledger).
    ledger.record(snakemake.config["output_dir"], f"{snakemake.rule}_{snakemake.params.poses}", snakemake.output.bvh)
    if snakemake.params.clips:
        count = export_clip_batch(snakemake.input.shard, snakemake.output.bvh)
        log(f"wrote {count} BVH clips")
    else:
        count = export_bvh_batch(snakemake.input.shard, snakemake.output.bvh)
        log(f"wrote {count} BVH files")
