# Generate: one job per shard, each pinned to its own GPU (see posegen.gpu).
# One rule per shard because each shard declares its own per-pose outputs.

for shard, rows in SHARDS.items():

    rule:
        name:
            f"generate_{shard}"
        input:
            shard=f"{TMP}/shards/{shard}.tsv",
        output:
            npy=pose_files(rows, "npy"),
            json=pose_files(rows, "json"),
        params:
            shard=shard,
            rows=rows_digest(rows),
            generation=GENERATION,
            batch_size=RUN.generation.batch_size,
            gpus=config["gpus"],
            cache_dir=f"{TMP}/cache",
            lock_dir=f"{TMP}/gpu_locks",
        resources:
            gpu=1,
        log:
            f"logs/generate/{shard}.log",
        script:
            "../workflow/scripts/generate.py"
