"""posegen: text descriptions of static human poses -> 3D pose dataset.

The Snakemake rules in ``rules/`` call thin scripts in ``workflow/scripts/``;
all logic lives in this package so it can be imported and unit-tested.
"""
