"""Rule summary: plots of the dataset's shape, a contact sheet and the curation report (see posegen.summary)."""

import numpy as np
import pandas as pd

from posegen.curation_report import format_counts, write_curation_summary
from posegen.joblog import job_log
from posegen.summary import write_contact_sheet, write_plots

with job_log(snakemake.log[0], "summary") as log:
    poses = np.load(snakemake.input.poses)
    manifest = pd.read_csv(snakemake.input.manifest, keep_default_na=False)
    write_contact_sheet(poses, list(manifest["caption"]), snakemake.output.contact_sheet, snakemake.params.contact_sheet_poses)
    write_plots(poses, manifest, snakemake.output.pelvis, snakemake.output.arms, snakemake.output.coverage)
    outputs = snakemake.output
    counts = write_curation_summary(
        poses,
        manifest,
        {
            "postures": outputs.postures,
            "agreement": outputs.agreement,
            "problems": outputs.problems,
            "worst": outputs.worst,
            "duplicates": outputs.duplicates,
            "html": outputs.curation,
        },
    )
    log(format_counts(counts))
    log(f"summarised {len(manifest)} poses")
