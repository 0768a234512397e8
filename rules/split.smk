# Split: the prompt file -> the prompt table and one table per shard.
# Outputs go to temp_dir: Snakemake does not rerun a job only because an
# intermediate file is missing while everything after it is up to date, so
# temp_dir may be deleted after a finished run.
# ancient(): an edit of the prompt file reruns only the shards whose rows changed
# (params.rows), not all of them because the file is newer.


rule split:
    input:
        prompts=ancient(config["prompts"]),
    output:
        f"{TMP}/shards/{{shard}}.tsv",
    log:
        "logs/split/{shard}.log",
    localrule: True
    conda:
        "../envs/posegen.yaml"
    params:
        rows=shard_digest,
    script:
        "../workflow/scripts/split.py"


rule table:
    input:
        prompts=ancient(config["prompts"]),
    output:
        PROMPT_TABLE,
    log:
        "logs/split/table.log",
    localrule: True
    conda:
        "../envs/posegen.yaml"
    params:
        rows=rows_digest(TABLE),
    script:
        "../workflow/scripts/split.py"
