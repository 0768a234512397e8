"""Rule render_<shard>_<batch>: per pose, the NPY, the JSON record and the PNG (see posegen.export)."""

import os

from posegen import ledger
from posegen.export import export_batch
from posegen.joblog import job_log

with job_log(snakemake.log[0], snakemake.rule) as log:
    # Leave the CPUs to the jobs that feed the GPUs. From the config, not params:
    # a priority does not change the pictures, so it must not rerun them.
    os.nice(snakemake.config["render_nice"])
    # Recorded before the first file, so that a job killed half-way still owns what it left.
    outputs = [*snakemake.output.npy, *snakemake.output.json, *snakemake.output.png]
    ledger.record(snakemake.config["output_dir"], f"{snakemake.rule}_{snakemake.params.poses}", outputs)
    count = export_batch(
        snakemake.input.shard,
        snakemake.output.npy,
        snakemake.output.json,
        list(snakemake.output.png),
        snakemake.params.render,
    )
    log(f"wrote {count} poses (NPY, JSON{', PNG' if snakemake.output.png else ''})")
