"""Rule bvh_<shard>_<batch>: per pose, the BVH file (see posegen.export)."""

import os

from posegen.export import export_bvh_batch
from posegen.joblog import job_log

with job_log(snakemake.log[0], snakemake.rule) as log:
    # A priority does not change the files: from the config, so it reruns nothing.
    os.nice(snakemake.config["render_nice"])
    count = export_bvh_batch(snakemake.input.shard, snakemake.output.bvh)
    log(f"wrote {count} BVH files")
