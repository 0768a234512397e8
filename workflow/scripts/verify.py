"""Rule verify: check the output folder; fail the run with a clear summary when something is wrong."""

from posegen.io import write_json
from posegen.joblog import job_log
from posegen.plan import read_table
from posegen.verify import verify_outputs

with job_log(snakemake.log[0], "verify") as log:
    report = verify_outputs(
        read_table(snakemake.input.table),
        snakemake.params.output_dir,
        snakemake.params.render,
        max_failures=snakemake.params.max_failures,
    )
    summary = report.summary()
    log(summary)
    if not report.ok:
        raise SystemExit(summary)
    write_json(snakemake.output.report, report.as_dict())
