"""Rule curate: per-pose curation of one generated shard (see posegen.pose_curation)."""

import os
from collections import Counter
from pathlib import Path

from posegen.joblog import job_log
from posegen.pose_curation import CurationSettings, curate_shard
from posegen.reading_store import shard_readings_path

with job_log(snakemake.log[0], f"curate {snakemake.wildcards.shard}") as log:
    # Beside the generation jobs, like rendering; from the config: a priority is no rerun trigger.
    os.nice(snakemake.config["render_nice"])
    settings = CurationSettings.from_config(snakemake.config.get("curation"))
    # The readings of the captions its generate job made, where it left them.
    readings = shard_readings_path(Path(snakemake.config["temp_dir"]) / "cache", snakemake.input.shard)
    fields = curate_shard(snakemake.input.shard, snakemake.output[0], settings, readings)
    problems = fields["plausible"].count(False)
    disagreeing = sum(1 for score in fields["agreement"] if score is not None and score < 1)
    log(
        f"{len(fields['posture'])} poses: postures {dict(Counter(fields['posture']).most_common())}, "
        f"{problems} implausible, {disagreeing} disagreeing with their caption"
    )
