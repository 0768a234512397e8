"""Import BVH files with Blender's own importer and print each joint's position.

Run with a Python that has ``bpy`` (Blender as a module):
    python tests/blender/bvh_positions.py OUT.json FILE.bvh [FILE.bvh ...]
Writes {file: {"frames": n, "joints": {name: [[x, y, z] per frame]}}} with positions
in Blender's world coordinates (z up) after ``bpy.ops.import_anim.bvh`` with its
defaults (forward -Z, up Y, scale 1), read from the pose bones' heads.
"""

import json
import sys

import bpy


def positions(path: str) -> dict:
    bpy.ops.wm.read_factory_settings(use_empty=True)
    result = bpy.ops.import_anim.bvh(filepath=path)
    if result != {"FINISHED"}:
        raise RuntimeError(f"import of {path} returned {result}")
    armature = next(obj for obj in bpy.context.scene.objects if obj.type == "ARMATURE")
    action = armature.animation_data.action
    first, last = (round(v) for v in action.frame_range)
    joints = {bone.name: [] for bone in armature.pose.bones}
    for frame in range(first, last + 1):
        bpy.context.scene.frame_set(frame)
        for bone in armature.pose.bones:
            joints[bone.name].append(list(armature.matrix_world @ bone.head))
    return {"frames": last - first + 1, "first_frame": first, "joints": joints}


def main(out_path: str, paths: list[str]) -> None:
    data = {path: positions(path) for path in paths}
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump(data, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
