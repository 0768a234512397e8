"""Rule verify: check the output folder and write the report, with its page for `snakemake --report`; fail the run with a clear summary when something is wrong."""

from pathlib import Path

from posegen.io import write_json
from posegen.joblog import job_log
from posegen.plan import planned_rows
from posegen.summary import write_verify_html
from posegen.verify import FAILED_REPORT_NAME, verify_outputs

with job_log(snakemake.log[0], "verify") as log:
    report = verify_outputs(
        planned_rows(snakemake.input.prompts, snakemake.config, None, snakemake.params.rows)[0],
        snakemake.params.output_dir,
        snakemake.params.render,
        max_failures=snakemake.params.max_failures,
        formats=snakemake.params.formats,
        clips=snakemake.params.clips,
        layout=snakemake.params.layout,
        keep_removed_poses=snakemake.params.keep_removed_poses,
        generation=snakemake.params.generation,
        records=list(snakemake.input.batches),
        parquet=bool(snakemake.input.dataset),
    )
    summary = report.summary()
    log(summary)
    # Snakemake deletes the outputs of a failed job: the full report of a failed
    # verify goes beside the declared one, where it stays until verify passes.
    failed_report = Path(snakemake.output.report).with_name(FAILED_REPORT_NAME)
    if not report.ok:
        write_json(failed_report, report.as_dict())
        raise SystemExit(summary)
    failed_report.unlink(missing_ok=True)
    write_json(snakemake.output.report, report.as_dict())
    write_verify_html(snakemake.output.report, snakemake.output.page)
