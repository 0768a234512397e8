# Curate: read each generated shard back (posture, plausibility, agreement with the
# captions) in a CPU job at render_nice priority that starts as soon as the shard is
# generated, beside the GPU jobs. Near-duplicates and the keep decision need the
# whole dataset: merge makes them (see posegen.curation). The per-shard files live in
# report_dir, not temp_dir: deleting the scratch after a run must not make every shard
# generate again when one pose file is repaired.
# The caption readings its generate job left in temp_dir (posegen.reading_store) it
# finds from the config: they change no result, only the time it takes.


rule curate:
    input:
        shard=generated_shard,
    output:
        f"{REPORTS}/curation/{{shard}}.npz",
    log:
        "logs/curate/{shard}.log",
    conda:
        "../envs/posegen.yaml"
    params:
        curation=CURATION.pose_settings(),
        poses=lambda wildcards: digest([GENERATION_DIGEST, shard_digest(wildcards)]),
    script:
        "../workflow/scripts/curate.py"
