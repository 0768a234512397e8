"""Rule verify_page: verify's summary as an HTML page for the report (see posegen.summary)."""

from posegen.joblog import job_log
from posegen.summary import write_verify_html

with job_log(snakemake.log[0], "verify_page") as log:
    write_verify_html(snakemake.input.verify, snakemake.output.verify)
    log(f"wrote {snakemake.output.verify}")
