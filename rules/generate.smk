# Generate: one job per shard, each pinned to its own GPU (see posegen.gpu), writing
# the shard's poses and records to one scratch file that the render jobs read.


rule generate:
    input:
        shard=f"{TMP}/shards/{{shard}}.tsv",
    output:
        shard=f"{TMP}/generated/{{shard}}.npz",
    log:
        "logs/generate/{shard}.log",
    conda:
        GENERATE_ENV
    resources:
        gpu=1,
    params:
        rows=shard_digest,
        attempt=shard_attempt,
        failure_file=lambda wildcards: failure_file(REPORTS, wildcards.shard),
        generation=GENERATION,
        batch_size=RUN.generation.batch_size,
        gpus=config["gpus"],
        cache_dir=f"{TMP}/cache",
        lock_dir=f"{TMP}/gpu_locks",
    script:
        "../workflow/scripts/generate.py"
