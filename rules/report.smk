# Summary for people: a contact sheet, plots of the dataset's shape and the curation
# report, from merge's files while verify runs; with verify's page (rules/merge.smk),
# shown by `snakemake --report report.html` (never the 10K pictures).


rule summary:
    input:
        poses=STACKED_POSES,
        manifest=MANIFEST,
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
        curation=report(
            f"{REPORTS}/curation.html",
            caption="../workflow/report/curation.rst",
            category="Curation",
        ),
        postures=report(
            f"{REPORTS}/plots/postures.png",
            caption="../workflow/report/postures.rst",
            category="Curation",
        ),
        agreement=report(
            f"{REPORTS}/plots/agreement.png",
            caption="../workflow/report/agreement.rst",
            category="Curation",
        ),
        problems=report(
            f"{REPORTS}/plots/problems.png",
            caption="../workflow/report/problems.rst",
            category="Curation",
        ),
        worst=report(
            f"{REPORTS}/worst_agreement.png",
            caption="../workflow/report/worst_agreement.rst",
            category="Curation",
        ),
        duplicates=report(
            f"{REPORTS}/duplicate_groups.png",
            caption="../workflow/report/duplicate_groups.rst",
            category="Curation",
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
