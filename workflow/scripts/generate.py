"""Rule generate_<shard>: pin a GPU, then generate the shard's poses (see posegen.generation)."""

from posegen import gpu
from posegen.joblog import job_log

with job_log(snakemake.log[0], f"generate {snakemake.params.shard}") as log:
    # Before anything initialises CUDA in this process.
    assignment = gpu.acquire(snakemake.params.gpus, snakemake.params.lock_dir, log=log)
    log(assignment.reason)
    try:
        from posegen.generation import run_shard
        from posegen.plan import read_table

        counts = run_shard(
            read_table(snakemake.input.shard),
            snakemake.output.npy,
            snakemake.output.json,
            snakemake.params.generation,
            snakemake.params.batch_size,
            snakemake.params.cache_dir,
            device=assignment.device,
            log=log,
        )
        log(f"done: {counts['generated']} generated, {counts['cached']} from cache")
    finally:
        assignment.release()
