"""Rule generate: pin a GPU, then generate one shard's poses (see posegen.generation)."""

from posegen import gpu
from posegen.joblog import job_log

with job_log(snakemake.log[0], f"generate {snakemake.wildcards.shard}") as log:
    # Before anything initialises CUDA in this process.
    assignment = gpu.acquire(snakemake.params.gpus, snakemake.params.lock_dir, log=log)
    log(assignment.reason)
    try:
        from posegen.failures import record_failures
        from posegen.generation import run_shard
        from posegen.plan import read_table

        result = run_shard(
            read_table(snakemake.input.shard),
            snakemake.output.shard,
            snakemake.params.generation,
            snakemake.params.batch_size,
            snakemake.params.cache_dir,
            device=assignment.device,
            log=log,
        )
        record_failures(snakemake.params.failure_file, result["failed"])
        log(f"done: {result['generated']} generated, {result['cached']} from cache, {len(result['failed'])} failed")
    finally:
        assignment.release()
