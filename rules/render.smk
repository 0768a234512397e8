# Render: per pose the NPY, JSON record and (when formats lists png) PNG, in batches of
# poses_per_job; BVH files (formats: bvh) and whole-motion clips (bvh_clip) have jobs
# of their own, so that adding them writes only them. Each job's declared output is
# its batch record (posegen.batch_records), which lists and hashes the pose files it
# wrote: the state in its name changes with the settings that decide the files, and
# with a repair when a file is not as recorded. A repair reads the shard file that
# stays in temp_dir, so nothing is generated again.


rule render:
    input:
        shard=generated_shard,
    output:
        record=batch_record("render"),
    log:
        "logs/render/{shard}_{batch}_{state}.log",
    conda:
        "../envs/posegen.yaml"
    params:
        output_dir=lambda wildcards, output: batch_records.output_dir_of(output.record),
        folder=pose_folder,
        poses_per_job=RUN.poses_per_job,
        render=RENDER if "png" in POSE_FORMATS else None,
    script:
        "../workflow/scripts/render.py"


rule bvh:
    input:
        shard=generated_shard,
    output:
        record=batch_record("bvh"),
    log:
        "logs/bvh/{shard}_{batch}_{state}.log",
    conda:
        "../envs/posegen.yaml"
    params:
        output_dir=lambda wildcards, output: batch_records.output_dir_of(output.record),
        folder=pose_folder,
        poses_per_job=RUN.poses_per_job,
        clips=False,
    script:
        "../workflow/scripts/bvh.py"


rule clip_bvh:
    input:
        shard=generated_shard,
    output:
        record=batch_record("clip_bvh"),
    log:
        "logs/clip_bvh/{shard}_{batch}_{state}.log",
    conda:
        "../envs/posegen.yaml"
    params:
        output_dir=lambda wildcards, output: batch_records.output_dir_of(output.record),
        folder=pose_folder,
        poses_per_job=RUN.poses_per_job,
        clips=True,
    script:
        "../workflow/scripts/bvh.py"
