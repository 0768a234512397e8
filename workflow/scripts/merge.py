"""Rule merge: manifest.csv and poses.npy (see posegen.merge)."""

from posegen.curation import CurationSettings
from posegen.joblog import job_log
from posegen.merge import DamagedPoseFiles, remove_leftovers, write_merge
from posegen.plan import read_table

with job_log(snakemake.log[0], "merge") as log:
    table = read_table(snakemake.input.table)
    formats = snakemake.params.formats
    removed = remove_leftovers(snakemake.params.output_dir, set(table["name"]), formats, snakemake.params.clips)
    if any(removed.values()):
        log(
            f"removed {removed['partial']} partial file(s) of killed jobs, {removed['stale']} pose(s) no longer "
            f"in the prompts and {removed['dropped_format']} file(s) of formats no longer listed"
        )
    try:
        counts = write_merge(
            table,
            snakemake.params.output_dir,
            snakemake.output.manifest,
            snakemake.output.poses,
            snakemake.output.curated,
            snakemake.input.curation,
            CurationSettings.from_config(snakemake.config.get("curation")),
            formats,
            snakemake.params.clips,
        )
    except DamagedPoseFiles as err:
        log(f"error: {err}")
        raise SystemExit(f"error in merge: {err}") from None
    log(
        f"wrote {snakemake.output.manifest}, {snakemake.output.curated} and {snakemake.output.poses} "
        f"({len(table)} poses, {counts['kept']} kept, {counts['duplicates']} near-duplicates, "
        f"{counts['implausible']} implausible; {counts['records_updated']} JSON records updated)"
    )
