# Summary for people: a contact sheet, plots of the dataset's shape and the verify
# summary, shown by `snakemake --report report.html` (never the 10K pictures).


rule summary:
    input:
        poses=STACKED_POSES,
        manifest=MANIFEST,
        verify=VERIFY_REPORT,
    output:
        contact_sheet=report(
            f"{REPORTS}/contact_sheet.png",
            caption="../workflow/report/contact_sheet.rst",
            category="Dataset",
        ),
        pelvis=report(
            f"{REPORTS}/plots/pelvis_height.png",
            caption="../workflow/report/pelvis_height.rst",
            category="Dataset shape",
        ),
        arms=report(
            f"{REPORTS}/plots/arm_elevation.png",
            caption="../workflow/report/arm_elevation.rst",
            category="Dataset shape",
        ),
        coverage=report(
            f"{REPORTS}/plots/understood.png",
            caption="../workflow/report/understood.rst",
            category="Dataset shape",
        ),
        verify=report(
            f"{REPORTS}/verify.html",
            caption="../workflow/report/verify.rst",
            category="Verify",
        ),
    log:
        "logs/summary.log",
    localrule: True
    conda:
        "../envs/posegen.yaml"
    params:
        contact_sheet_poses=48,
    script:
        "../workflow/scripts/summary.py"
