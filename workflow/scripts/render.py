"""Rule render_<shard>_<batch>: per pose, the NPY, the JSON record and the PNG (see posegen.export)."""

import os

from posegen.export import export_batch
from posegen.joblog import job_log

with job_log(snakemake.log[0], snakemake.rule) as log:
    os.nice(snakemake.params.render["nice"])  # leave the CPUs to the jobs that feed the GPUs
    count = export_batch(
        snakemake.input.shard,
        snakemake.output.npy,
        snakemake.output.json,
        snakemake.output.png,
        snakemake.params.render,
    )
    log(f"wrote {count} poses (NPY, JSON, PNG)")
