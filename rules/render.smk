# Render: per pose the NPY, JSON and PNG, in batches of poses_per_job so that the
# job count stays in the hundreds. One rule per batch because each batch declares
# its own per-pose outputs.
# ancient(): a shard file rewritten with identical poses (e.g. after one NPY was
# deleted) must not re-render the shard's other batches. Anything that changes
# the poses changes params.poses, which reruns exactly the affected batches.

for (shard, batch), rows in RENDER_BATCHES.items():

    rule:
        name:
            f"render_{shard}_{batch}"
        input:
            shard=ancient(f"{TMP}/generated/{shard}.npz"),
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
