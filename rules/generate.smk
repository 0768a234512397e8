# Generate: one job per shard, each pinned to its own GPU (see posegen.gpu), writing
# the shard's poses and records to one scratch file that the render jobs read.
# params hold what decides the poses, the shard's rows included (a change reruns
# exactly the shards whose rows changed; no scratch table links the shards, so one
# shard's rerun never reruns another's); the key in the file name covers the same,
# for runs whose Snakemake metadata is gone. Where the job runs and keeps its
# scratch (gpus, temp_dir, report_dir) it reads from the config.


rule generate:
    output:
        shard=f"{TMP}/generated/{{shard}}_{{key}}.npz",
    log:
        "logs/generate/{shard}_{key}.log",
    conda:
        GENERATE_ENV
    resources:
        gpu=1,
    params:
        rows=shard_rows,
        attempt=shard_attempt,
        generation=GENERATION,
        batch_size=RUN.generation.batch_size,
    script:
        "../workflow/scripts/generate.py"
