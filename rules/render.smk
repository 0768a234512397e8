# Render: one PNG per pose, in batches of poses_per_job (job count stays in the hundreds).
# ancient(): a shard regenerated only because one of its files went missing rewrites
# identical poses; the other batches' pictures stay valid. Anything that changes
# the poses changes params.poses, which reruns exactly the affected batches.

for (shard, batch), rows in RENDER_BATCHES.items():

    rule:
        name:
            f"render_{shard}_{batch}"
        input:
            npy=[ancient(path) for path in pose_files(rows, "npy")],
            json=[ancient(path) for path in pose_files(rows, "json")],
        output:
            png=pose_files(rows, "png"),
        params:
            render=config["render"],
            poses=digest([GENERATION_DIGEST, rows_digest(rows)]),
        log:
            f"logs/render/{shard}_{batch}.log",
        script:
            "../workflow/scripts/render.py"
