"""Rule split / table: write one shard's rows, or the whole prompt table."""

from posegen.joblog import job_log
from posegen.plan import build_table, write_table

with job_log(snakemake.log[0], f"split {snakemake.wildcards.get('shard', 'table')}") as log:
    table = build_table(snakemake.input.prompts, **snakemake.params.table)
    shard = snakemake.wildcards.get("shard")
    rows = table[table["shard"] == shard] if shard else table
    write_table(rows, snakemake.output[0])
    log(f"wrote {len(rows)} of {len(table)} prompts to {snakemake.output[0]}")
