# Merge: dataset-level files (manifest.csv with the curation columns, curated.csv, poses.npy)
# after near-duplicate grouping; verify: check the whole output folder.
# Both read every pose file but declare the batch records (posegen.batch_records):
# that orders them after every batch job, and declaring 30,000 inputs would slow
# DAG building. Both plan the prompt table again from the prompt file, and stop when
# it no longer gives the rows the run was planned with (it changed while running).
# Merge runs alone after the batches: its threads are processes that read the pose
# files and rewrite the records (Snakemake gives it no more than --cores).


rule merge:
    input:
        prompts=ancient(config["prompts"]),
        batches=batch_record_paths,
        curation=expand(f"{REPORTS}/curation/{{shard}}.npz", shard=SHARDS),
    output:
        manifest=MANIFEST,
        curated=CURATED,
        poses=STACKED_POSES,
        dataset=DATASET_PARQUET,
    log:
        "logs/merge.log",
    localrule: True
    conda:
        "../envs/posegen.yaml"
    threads: 8
    params:
        output_dir=lambda wildcards, output: os.path.dirname(output.manifest),
        rows=PLAN.table_digest,
        generation=GENERATION_DIGEST,
        curation=CURATION.dataset_settings(),
        formats=list(POSE_FORMATS),
        clips=CLIPS,
        layout=PLAN.layout,
        keep_removed_poses=config["keep_removed_poses"],
        parquet_png=config["parquet_png"],
    script:
        "../workflow/scripts/merge.py"


rule verify:
    input:
        prompts=ancient(config["prompts"]),
        manifest=MANIFEST,
        curated=CURATED,
        poses=STACKED_POSES,
        dataset=DATASET_PARQUET,
        batches=batch_record_paths,
    output:
        report=VERIFY_REPORT,
        page=report(
            f"{REPORTS}/verify.html",
            caption="../workflow/report/verify.rst",
            category="Verify",
        ),
    log:
        "logs/verify.log",
    localrule: True
    conda:
        "../envs/posegen.yaml"
    params:
        output_dir=lambda wildcards, input: os.path.dirname(input.manifest),
        render=RENDER,
        rows=PLAN.table_digest,
        max_failures=config["max_failures"],
        formats=list(POSE_FORMATS),
        clips=CLIPS,
        layout=PLAN.layout,
        keep_removed_poses=config["keep_removed_poses"],
        generation=GENERATION,
    script:
        "../workflow/scripts/verify.py"
