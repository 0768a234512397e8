"""Curation speed: each step on the 10K example file, and near-duplicates at scale.

Prints seconds per step for the poses of shared/data/prompts_10k.md (built-in
generator), then near-duplicate grouping of N synthetic poses (half of them noisy
copies of others, plus one group of N/4 near-identical poses) with the peak memory
of this process. Run by hand:

    python tests/benchmarks/bench_curation_speed.py [--prompts FILE] [--sizes 100000 1000000]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "workflow" / "scripts"))

from posegen.backends import GenerationSettings  # noqa: E402
from posegen.builtin import BuiltinGenerator  # noqa: E402
from posegen.caption_reader import read_caption  # noqa: E402
from posegen.agreement import agreements  # noqa: E402
from posegen.curation import curate_poses, decide  # noqa: E402
from posegen.pose_curation import CurationSettings  # noqa: E402
from posegen.duplicates import group_duplicates, normalised  # noqa: E402
from posegen.plausibility import check_poses  # noqa: E402
from posegen.posecodes import read_poses  # noqa: E402
from posegen.prompts import read_prompts  # noqa: E402


def timed(label: str, function, *args, **kwargs):
    started = time.perf_counter()
    result = function(*args, **kwargs)
    print(f"  {label:38s} {time.perf_counter() - started:7.2f} s")
    return result


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", type=Path, default=REPO.parent / "shared" / "data" / "prompts_10k.md")
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000])
    args = parser.parse_args()

    captions = [p.caption for p in read_prompts(args.prompts)]
    poses = BuiltinGenerator(GenerationSettings(variation=1.0), {}).generate(
        captions, list(range(len(captions))), [10] * len(captions)
    ).motions[:, -1]
    print(f"{len(captions)} poses of {args.prompts.name}:")
    reading = timed("read poses (posecodes, postures)", read_poses, poses)
    constraints = timed("read captions (first time)", lambda: [read_caption(c).constraints for c in captions])
    timed("agreement", agreements, constraints, reading)
    timed("plausibility", check_poses, poses, reading=reading)
    settings = CurationSettings()
    table = timed("all per-pose curation", curate_poses, poses, captions, settings)
    table["name"] = [str(i) for i in range(len(table))]
    vectors = normalised(poses)
    timed("near-duplicates and keep", decide, table, vectors, settings)

    rng = np.random.default_rng(0)
    for size in args.sizes:
        distinct = size // 2
        base = vectors[rng.integers(0, len(vectors), distinct)] + rng.normal(0, 60, (distinct, 66)).astype(np.float32)
        copies = base[rng.integers(0, distinct, size - distinct - size // 4)] + rng.normal(0, 1, (size - distinct - size // 4, 66)).astype(np.float32)
        dense = np.repeat(base[:1], size // 4, axis=0) + rng.normal(0, 1, (size // 4, 66)).astype(np.float32)
        data = np.concatenate([base, copies, dense])
        started = time.perf_counter()
        leader = group_duplicates(data, settings.duplicate_threshold_mm)
        elapsed = time.perf_counter() - started
        groups = len(np.unique(leader))
        print(f"near-duplicates of {size:,} poses: {elapsed:.1f} s, {groups:,} groups, peak memory {peak_mb():,.0f} MB")


if __name__ == "__main__":
    main()
