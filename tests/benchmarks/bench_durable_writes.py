"""What durable writes (one sync of the batch's files before their renames, then of
each folder: posegen.io.atomic_files) cost when a render job writes poses.

Run by hand from the repository root:
    python tests/benchmarks/bench_durable_writes.py [--poses 500] [--rounds 4] [--dir PATH]
Writes --poses poses (NPY, JSON, PNG, as a render job does, default view) into a
folder on the disk under test, alternately with syncing on and off, and prints
milliseconds per pose for each, the ratio, and the extra time that 10,000 poses
(30,000 files) would take on one core. Rounds alternate the order so that load
on a shared machine hits both alike; figures are medians over rounds.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "workflow" / "scripts"), str(ROOT)]

import numpy as np  # noqa: E402

from posegen import io  # noqa: E402
from posegen.export import export_batch  # noqa: E402
from posegen.shard_file import write_shard_file  # noqa: E402
from tests.test_render import sample_poses  # noqa: E402

RENDER = {"width": 1200, "height": 1200, "dpi": 150, "views": ["three_quarter"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--poses", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--dir", type=Path, default=None, help="folder on the disk to measure (default: a temporary one)")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(dir=args.dir.resolve() if args.dir else None))
    try:
        rng = np.random.default_rng(0)
        samples = np.stack(list(sample_poses().values()))
        poses = samples[np.arange(args.poses) % len(samples)] + rng.normal(0, 0.02, (args.poses, 22, 3))
        names = [f"pose_{i:06d}" for i in range(args.poses)]
        records = [{"caption": f"a person, pose {i}", "name": n, "status": "ok"} for i, n in enumerate(names)]
        shard = base / "shard.npz"
        write_shard_file(shard, names, poses.astype(np.float32), records)
        timings = {True: [], False: []}
        for r in range(args.rounds):
            for durable in (True, False) if r % 2 == 0 else (False, True):
                out = base / f"out_{r}_{durable}"
                out.mkdir()
                io.DURABLE = durable
                start = time.perf_counter()
                export_batch(shard, out, names, RENDER)
                timings[durable].append((time.perf_counter() - start) * 1000 / args.poses)
                shutil.rmtree(out)
        io.DURABLE = True
        synced, plain = statistics.median(timings[True]), statistics.median(timings[False])
        print(f"{args.poses} poses x {args.rounds} rounds in {base.parent}")
        print(f"synced (one sync per batch, then each folder): {synced:.2f} ms/pose")
        print(f"not synced:                                    {plain:.2f} ms/pose")
        print(f"ratio synced / not synced: {synced / plain:.2f}x")
        print(f"10,000 poses: +{(synced - plain) * 10:.1f} s of one core ({(synced - plain) * 5:.1f} s on 2 cores)")
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
