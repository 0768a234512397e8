"""Rule merge: manifest.csv, curated.csv, poses.npy and dataset.parquet (see posegen.merge)."""

import os

from posegen import ledger
from posegen.pose_curation import CurationSettings
from posegen.joblog import job_log
from posegen.merge import DamagedPoseFiles, remove_leftovers, write_merge
from posegen.verify import DATASET_FILES
from posegen.plan import planned_rows

with job_log(snakemake.log[0], "merge") as log:
    table, _ = planned_rows(snakemake.input.prompts, snakemake.config, None, snakemake.params.rows)
    formats = snakemake.params.formats
    output_dir = snakemake.params.output_dir
    dataset = list(snakemake.output.dataset)
    removed = remove_leftovers(
        output_dir, dict(zip(table["name"], table["shard"])), formats, snakemake.params.clips,
        snakemake.config["keep_removed_poses"],
        dataset_files=[*DATASET_FILES, *(os.path.basename(path) for path in dataset)],
        layout=snakemake.params.layout,
    )
    for kind, what in (
        ("partial", "temporary file(s) of interrupted writes"),
        ("stale", "file(s) of poses no longer in the prompts"),
        ("dropped_format", "file(s) of formats no longer listed, or moved by output_layout"),
    ):
        if removed[kind]:
            listed = ", ".join(removed[kind][:20]) + (", ..." if len(removed[kind]) > 20 else "")
            log(f"removed {len(removed[kind])} {what}: {listed}")
    # The dataset files are this workflow's too (recorded before they are written).
    ledger.record(output_dir, "merge", [snakemake.output.manifest, snakemake.output.curated, snakemake.output.poses, *dataset])
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
            parquet_path=dataset[0] if dataset else None,
            parquet_png=snakemake.params.parquet_png,
            layout=snakemake.params.layout,
            workers=snakemake.threads,
        )
    except DamagedPoseFiles as err:
        log(f"error: {err}")
        raise SystemExit(f"error in merge: {err}") from None
    log(
        f"wrote {snakemake.output.manifest}, {snakemake.output.curated} and {snakemake.output.poses} "
        f"({len(table)} poses, {counts['kept']} kept, {counts['duplicates']} near-duplicates, "
        f"{counts['implausible']} implausible; {counts['records_updated']} JSON records updated)"
    )
