"""Time the pose renderer against a naive matplotlib 3D figure and a blank-PNG floor.

Run by hand from the repository root:
    python tests/benchmarks/bench_render.py --n 50 [--views front,side]
Prints milliseconds per picture for (a) a new matplotlib 3D figure per pose, as
text-to-motion repositories' plot_3d_motion does, (b) posegen.render.PoseRenderer,
(c) encoding a blank image of the same size and palette with the same PNG settings,
the ratios naive/project and project/blank, and the average file sizes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import textwrap
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "workflow" / "scripts"), str(ROOT / "tests")]

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from posegen.render import PoseRenderer, RenderSettings, save_png  # noqa: E402
from posegen.skeleton import CHAINS  # noqa: E402
from test_render import sample_poses  # noqa: E402

CAPTIONS = (
    "A person stands upright with the arms relaxed at the sides.",
    "A person raises both arms overhead in a wide V shape.",
    "Someone balances on the left leg, the right knee lifted to hip height, arms out to the sides for balance, "
    "the gaze fixed on a point straight ahead while the torso leans very slightly forward.",
    "一个人坐在地上，双腿向前伸直 🙂",
)
CHAIN_COLORS = {"right_leg": "#1f77b4", "left_leg": "#d62728", "spine": "#444444", "right_arm": "#1f77b4", "left_arm": "#d62728"}


def bench_poses(n: int) -> list[tuple[np.ndarray, str]]:
    """n different poses: the hand-built samples with seeded jitter, and varied captions."""
    rng = np.random.default_rng(0)
    samples = list(sample_poses().values())
    items = []
    for i in range(n):
        pose = samples[i % len(samples)] + rng.normal(0, 0.02, size=(22, 3)).astype(np.float32)
        items.append((pose, f"{i}: {CAPTIONS[i % len(CAPTIONS)]}"))
    return items


def naive_render(joints: np.ndarray, caption: str, path: Path, settings: RenderSettings) -> None:
    fig = plt.figure(figsize=(settings.width / settings.dpi, settings.height / settings.dpi), dpi=settings.dpi)
    ax = fig.add_subplot(projection="3d")
    ax.set_xlim(-1.2, 1.2)
    ax.set_ylim(-1.2, 1.2)
    ax.set_zlim(-0.05, 2.3)
    ax.view_init(elev=20, azim=-90)
    for name, chain in CHAINS.items():
        xyz = joints[list(chain)]
        # Matplotlib's z is up: plot (x, z, y).
        ax.plot3D(xyz[:, 0], xyz[:, 2], xyz[:, 1], linewidth=4, color=CHAIN_COLORS[name])
    ax.set_title("\n".join(textwrap.wrap(caption, 60)[:3]), fontsize=10)
    fig.savefig(path, dpi=settings.dpi, format="png")
    plt.close(fig)


def time_each(items, draw_one, out_dir: Path, prefix: str) -> tuple[list[float], list[int]]:
    seconds, sizes = [], []
    for i, (joints, caption) in enumerate(items):
        path = out_dir / f"{prefix}_{i:04d}.png"
        start = time.perf_counter()
        draw_one(joints, caption, path)
        seconds.append(time.perf_counter() - start)
        sizes.append(path.stat().st_size)
    return seconds, sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=50, help="pictures per method")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=1200)
    parser.add_argument("--dpi", type=int, default=150)
    parser.add_argument("--views", default="front", help="comma-separated: front or front,side")
    args = parser.parse_args()
    settings = RenderSettings(width=args.width, height=args.height, dpi=args.dpi, views=tuple(args.views.split(",")))
    items = bench_poses(args.n)
    warnings.filterwarnings("ignore", message="Glyph .* missing from font")

    start = time.perf_counter()
    renderer = PoseRenderer(settings)
    init_ms = (time.perf_counter() - start) * 1000
    blank = Image.new("P", (settings.width, settings.height), 0)
    blank.putpalette(renderer.palette)

    methods = {
        "naive matplotlib 3D": lambda j, c, p: naive_render(j, c, p, settings),
        "project renderer": lambda j, c, p: renderer.render(j, c, p, {"pose_sha1": "0" * 40}),
        "blank PNG encode": lambda j, c, p: save_png(blank, p, settings.dpi, {"pose_sha1": "0" * 40}),
    }
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = Path(tmp)
        for key, draw_one in methods.items():
            time_each(items[:2], draw_one, out_dir, "warmup")  # imports, font caches
            results[key] = time_each(items, draw_one, out_dir, key.split()[0])

    print(f"{args.n} pictures, {settings.width}x{settings.height} at {settings.dpi} dpi, views={settings.views}")
    print(f"renderer init: {init_ms:.1f} ms (once per process)")
    print(f"{'method':<22}{'mean ms':>9}{'median ms':>11}{'avg KB':>9}")
    for key, (seconds, sizes) in results.items():
        print(f"{key:<22}{1000 * statistics.mean(seconds):>9.2f}{1000 * statistics.median(seconds):>11.2f}{statistics.mean(sizes) / 1024:>9.1f}")
    naive, project, floor = (statistics.mean(results[k][0]) for k in methods)
    print(f"naive / project: {naive / project:.1f}x   project / blank: {project / floor:.2f}x")


if __name__ == "__main__":
    main()
