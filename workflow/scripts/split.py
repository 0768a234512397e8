"""Rule split / table: write one shard's rows, or the whole prompt table."""

from posegen.joblog import job_log
from posegen.plan import build_table, table_settings, write_table
from posegen.settings import resolve

with job_log(snakemake.log[0], f"split {snakemake.wildcards.get('shard', 'table')}") as log:
    config = snakemake.config
    table = build_table(snakemake.input.prompts, **table_settings(config, resolve(config)))
    shard = snakemake.wildcards.get("shard")
    rows = table[table["shard"] == shard] if shard else table
    write_table(rows, snakemake.output[0])
    log(f"wrote {len(rows)} of {len(table)} prompts to {snakemake.output[0]}")
