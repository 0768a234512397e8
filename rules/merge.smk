# Merge: dataset-level files (manifest.csv, poses.npy); verify: check the whole output folder.


rule merge:
    input:
        table=PROMPT_TABLE,
        npy=pose_files(TABLE, "npy"),
        json=pose_files(TABLE, "json"),
    output:
        manifest=MANIFEST,
        poses=STACKED_POSES,
    params:
        rows=rows_digest(TABLE),
        generation=GENERATION_DIGEST,
    log:
        "logs/merge.log",
    localrule: True
    script:
        "../workflow/scripts/merge.py"


rule verify:
    input:
        table=PROMPT_TABLE,
        manifest=MANIFEST,
        poses=STACKED_POSES,
        npy=pose_files(TABLE, "npy"),
        json=pose_files(TABLE, "json"),
        png=pose_files(TABLE, "png"),
    output:
        report=VERIFY_REPORT,
    params:
        output_dir=OUT,
        render=config["render"],
        rows=rows_digest(TABLE),
    log:
        "logs/verify.log",
    localrule: True
    script:
        "../workflow/scripts/verify.py"
