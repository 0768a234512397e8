# Text descriptions of static human poses -> 3D pose dataset.
# DAG: split -> generate (one job per shard, GPU) -> render (batches) and curate (per shard)
#      -> merge (with near-duplicates) -> verify -> summary.
# Settings: config/config.yaml (validated against workflow/schemas/config.schema.yaml).


configfile: "config/config.yaml"


report: "workflow/report/workflow.rst"


include: "rules/common.smk"


rule all:
    default_target: True
    input:
        BATCH_MARKERS,
        missing_pose_files(),
        MANIFEST,
        CURATED,
        STACKED_POSES,
        VERIFY_REPORT,
        SUMMARY,


include: "rules/split.smk"
include: "rules/generate.smk"
include: "rules/render.smk"
include: "rules/curate.smk"
include: "rules/merge.smk"
include: "rules/report.smk"
