"""Rule split / table: write one shard's rows, or the whole prompt table."""

from posegen.joblog import job_log
from posegen.plan import planned_rows, write_table

with job_log(snakemake.log[0], f"split {snakemake.wildcards.get('shard', 'table')}") as log:
    shard = snakemake.wildcards.get("shard")
    rows, total = planned_rows(snakemake.input.prompts, snakemake.config, shard, snakemake.params.rows)
    write_table(rows, snakemake.output[0])
    log(f"wrote {len(rows)} of {total} prompts to {snakemake.output[0]}")
