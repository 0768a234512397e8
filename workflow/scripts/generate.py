"""Rule generate: pin a GPU, then generate one shard's poses (see posegen.generation)."""

from pathlib import Path

from posegen import gpu
from posegen.joblog import job_log

shard = snakemake.wildcards.shard
config = snakemake.config
with job_log(snakemake.log[0], f"generate {shard}") as log:
    # Before anything initialises CUDA in this process.
    assignment = gpu.acquire(config["gpus"], Path(config["temp_dir"]) / "gpu_locks", log=log)
    log(assignment.reason)
    try:
        from posegen.failures import failure_file, record_failures
        from posegen.generation import run_shard
        from posegen.shard_file import remove_siblings

        result = run_shard(
            snakemake.params.rows,  # lists of values in posegen.rows.WRITTEN_COLUMNS order
            snakemake.output.shard,
            snakemake.params.generation,
            snakemake.params.batch_size,
            Path(config["temp_dir"]) / "cache",
            device=assignment.device,
            log=log,
            shard_key=snakemake.wildcards.key,
        )
        # Shard files of other settings or rows (posegen.run_plan) are no use any more.
        remove_siblings(Path(snakemake.output.shard), f"{shard}_")
        record_failures(failure_file(config["report_dir"], shard), result["failed"])
        log(f"done: {result['generated']} generated, {result['cached']} from cache, {len(result['failed'])} failed")
    finally:
        assignment.release()
