"""Rule curate: per-pose curation of one generated shard (see posegen.curation)."""

import os

from posegen.curation import CurationSettings, curate_shard
from posegen.joblog import job_log

with job_log(snakemake.log[0], f"curate {snakemake.wildcards.shard}") as log:
    # Beside the generation jobs, like rendering; from the config: a priority is no rerun trigger.
    os.nice(snakemake.config["render_nice"])
    settings = CurationSettings.from_config(snakemake.config.get("curation"))
    table = curate_shard(snakemake.input.shard, snakemake.output[0], settings)
    problems = int((~table["plausible"]).sum())
    disagreeing = int((table["agreement"].astype("Float64") < 1).fillna(False).sum())
    log(
        f"{len(table)} poses: postures {table['posture'].value_counts().to_dict()}, "
        f"{problems} implausible, {disagreeing} disagreeing with their caption"
    )
