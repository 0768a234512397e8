"""Rule split: write the prompt table and each shard's rows (see posegen.plan)."""

from posegen.joblog import job_log
from posegen.plan import planned_rows, write_shard_tables

with job_log(snakemake.log[0], "split") as log:
    table, total = planned_rows(snakemake.input.prompts, snakemake.config, None, snakemake.params.rows)
    written = write_shard_tables(table, snakemake.output.table, list(snakemake.output.shards))
    log(f"wrote the prompt table of {total} prompts and {written} shard file(s)")
