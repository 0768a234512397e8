"""Rule merge: manifest.csv and poses.npy (see posegen.merge)."""

from posegen.joblog import job_log
from posegen.merge import write_merge
from posegen.plan import read_table

with job_log(snakemake.log[0], "merge") as log:
    table = read_table(snakemake.input.table)
    write_merge(table, snakemake.params.output_dir, snakemake.output.manifest, snakemake.output.poses)
    log(f"wrote {snakemake.output.manifest} and {snakemake.output.poses} ({len(table)} poses)")
