# Split: the prompt file -> the prompt table and one table per shard.
# temp(): scratch that may vanish after a finished run without causing reruns.


rule split:
    input:
        prompts=config["prompts"],
    output:
        temp(f"{TMP}/shards/{{shard}}.tsv"),
    log:
        "logs/split/{shard}.log",
    localrule: True
    conda:
        "../envs/posegen.yaml"
    params:
        table=TABLE_SETTINGS,
        rows=shard_digest,
    script:
        "../workflow/scripts/split.py"


rule table:
    input:
        prompts=config["prompts"],
    output:
        temp(PROMPT_TABLE),
    log:
        "logs/split/table.log",
    localrule: True
    conda:
        "../envs/posegen.yaml"
    params:
        table=TABLE_SETTINGS,
        rows=rows_digest(TABLE),
    script:
        "../workflow/scripts/split.py"
