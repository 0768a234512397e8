# Render: per pose the NPY, JSON and PNG, in batches of poses_per_job so that the
# job count stays in the hundreds. One rule per batch because each batch declares
# its own per-pose outputs. A missing pose file reruns only its batch: the shard
# file it is written from stays in temp_dir, so nothing is generated again.

for (shard, batch), rows in RENDER_BATCHES.items():

    rule:
        name:
            f"render_{shard}_{batch}"
        input:
            shard=f"{TMP}/generated/{shard}.npz",
        output:
            npy=pose_files(rows, "npy"),
            json=pose_files(rows, "json"),
            png=pose_files(rows, "png"),
        log:
            f"logs/render/{shard}_{batch}.log",
        conda:
            "../envs/posegen.yaml"
        params:
            render=RENDER,
            poses=digest([GENERATION_DIGEST, rows_digest(rows)]),
        script:
            "../workflow/scripts/render.py"
