# Split: one job writes the prompt table and each shard's rows to temp_dir. Their
# names carry the digest of their rows (posegen.run_plan), so a file of that name is
# this run's rows: the jobs that read them take them as ancient() and a rewrite
# reruns nothing.


rule split:
    input:
        prompts=ancient(config["prompts"]),
    output:
        table=PROMPT_TABLE,
        shards=[PLAN.shard_table_path(shard) for shard in SHARDS],
    log:
        "logs/split/split.log",
    localrule: True
    conda:
        "../envs/posegen.yaml"
    params:
        rows=PLAN.table_digest,
    script:
        "../workflow/scripts/split.py"
