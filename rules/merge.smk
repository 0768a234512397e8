# Merge: dataset-level files (manifest.csv with the curation columns, curated.csv, poses.npy)
# after near-duplicate grouping; verify: check the whole output folder.
# Both read every pose file but declare one file per render batch: that orders them
# after every render job, and declaring 30,000 inputs would slow DAG building.


rule merge:
    input:
        table=PROMPT_TABLE,
        batches=BATCH_MARKERS,
        curation=expand(f"{REPORTS}/curation/{{shard}}.npz", shard=sorted(SHARDS)),
    output:
        manifest=MANIFEST,
        curated=CURATED,
        poses=STACKED_POSES,
    log:
        "logs/merge.log",
    localrule: True
    conda:
        "../envs/posegen.yaml"
    params:
        output_dir=lambda wildcards, input: os.path.dirname(input.batches[0]),
        rows=rows_digest(TABLE),
        generation=GENERATION_DIGEST,
        curation=CURATION.dataset_settings(),
        formats=list(POSE_FORMATS),
        clips=CLIPS,
        keep_removed_poses=config["keep_removed_poses"],
    script:
        "../workflow/scripts/merge.py"


rule verify:
    input:
        table=PROMPT_TABLE,
        manifest=MANIFEST,
        curated=CURATED,
        poses=STACKED_POSES,
        batches=BATCH_MARKERS,
    output:
        report=VERIFY_REPORT,
    log:
        "logs/verify.log",
    localrule: True
    conda:
        "../envs/posegen.yaml"
    params:
        output_dir=lambda wildcards, input: os.path.dirname(input.batches[0]),
        render=RENDER,
        rows=rows_digest(TABLE),
        max_failures=config["max_failures"],
        formats=list(POSE_FORMATS),
        clips=CLIPS,
        keep_removed_poses=config["keep_removed_poses"],
        generation=GENERATION,
    script:
        "../workflow/scripts/verify.py"
