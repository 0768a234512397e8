# Text descriptions of static human poses -> 3D pose dataset.
# DAG: generate (one job per shard, GPU) -> render and BVH (batches) and curate (per shard)
#      -> merge (with near-duplicates) -> verify -> summary.
# Settings: config/config.yaml (validated against workflow/schemas/config.schema.yaml).


configfile: "config/config.yaml"


report: "workflow/report/workflow.rst"


include: "rules/common.smk"


rule all:
    default_target: True
    input:
        batch_record_paths,
        MANIFEST,
        CURATED,
        STACKED_POSES,
        VERIFY_REPORT,
        SUMMARY,


onstart:
    # Only when jobs run, not in a dry run: take the output folder for this run (one
    # run at a time per folder), adopt the user's files when adopt_existing is set,
    # and mark the scratch folders as the workflow's own (posegen.ledger).
    try:
        ledger.lock_output_folder(OUT, os.getcwd())
    except ledger.FolderBusyError as err:
        sys.exit(f"Error: {err}")
    if FOREIGN:
        adopted = ledger.adopt(OUT, FOREIGN)
        print(
            f"adopt_existing: {adopted} file(s) of {OUT} taken into the workflow's record"
        )
    ledger.mark_scratch_folder(TMP)
    ledger.mark_scratch_folder(REPORTS)


include: "rules/generate.smk"
include: "rules/render.smk"
include: "rules/curate.smk"
include: "rules/merge.smk"
include: "rules/report.smk"
