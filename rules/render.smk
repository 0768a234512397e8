# Render: per pose the NPY, JSON and (when formats lists png) PNG, in batches of
# poses_per_job so that the job count stays in the hundreds. One rule per batch
# because each batch declares its own per-pose outputs. A missing pose file reruns
# only its batch: the shard file it is written from stays in temp_dir, so nothing
# is generated again. BVH files have jobs of their own, so that adding bvh to
# formats writes only the BVH files.

for (shard, batch), rows in RENDER_BATCHES.items():

    rule:
        name:
            f"render_{shard}_{batch}"
        input:
            shard=f"{TMP}/generated/{shard}.npz",
        output:
            npy=pose_files(rows, "npy"),
            json=pose_files(rows, "json"),
            png=pose_files(rows, "png") if "png" in POSE_FORMATS else [],
        log:
            f"logs/render/{shard}_{batch}.log",
        conda:
            "../envs/posegen.yaml"
        params:
            render=RENDER if "png" in POSE_FORMATS else None,
            poses=digest([GENERATION_DIGEST, rows_digest(rows)]),
        script:
            "../workflow/scripts/render.py"

    if "bvh" in POSE_FORMATS:

        rule:
            name:
                f"bvh_{shard}_{batch}"
            input:
                shard=f"{TMP}/generated/{shard}.npz",
            output:
                bvh=pose_files(rows, "bvh"),
            log:
                f"logs/bvh/{shard}_{batch}.log",
            conda:
                "../envs/posegen.yaml"
            params:
                poses=digest([GENERATION_DIGEST, rows_digest(rows)]),
                clips=False,
            script:
                "../workflow/scripts/bvh.py"

    if CLIPS:

        rule:
            name:
                f"clip_bvh_{shard}_{batch}"
            input:
                shard=f"{TMP}/generated/{shard}.npz",
            output:
                bvh=clip_files(rows),
            log:
                f"logs/clip_bvh/{shard}_{batch}.log",
            conda:
                "../envs/posegen.yaml"
            params:
                poses=digest([GENERATION_DIGEST, rows_digest(rows)]),
                clips=True,
            script:
                "../workflow/scripts/bvh.py"
