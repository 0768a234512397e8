"""Time the pose renderer against a naive matplotlib 3D figure and a blank-PNG floor.

Run by hand from the repository root:
    python tests/benchmarks/bench_render.py --n 50 [--views three_quarter] [--reference-views front]
Prints milliseconds per picture for (a) a new matplotlib 3D figure per pose, as
text-to-motion repositories' plot_3d_motion does, (b) posegen.render.PoseRenderer
with --views (default: the default three-quarter view), (c) the same renderer with
--reference-views (default: the orthographic front view, the earlier default), (d)
the floor: encoding a blank image of the same size, mode and palette with the
project's own writer (save_png, same compression settings, dpi and metadata); the
ratios naive/project, project/reference and project/blank with PASS/FAIL against
the targets, and the average file sizes.

Timing: a warm-up of four pictures (so the base captions' words are known, as
they are a few pictures into a real run), then --rounds rounds; each round draws n
new poses with every method, their captions numbered anew so that every picture
brings a word the renderer has not drawn before. Within a round the project,
reference and blank encodes alternate picture by picture (their order rotating) so
load on a shared machine hits them alike; the slow naive figures run as a block,
before or after them in turn. Garbage collection is paused while timing. Each
method's time is its median over rounds of the mean per picture, and the ratios
between the paired methods are medians of the per-round ratios.
"""

from __future__ import annotations

import argparse
import gc
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
TARGET_NAIVE_OVER_PROJECT = 20.0  # at least this many times faster than the naive figure
TARGET_PROJECT_OVER_REFERENCE = 2.0  # at most this many times the earlier default view
TARGET_PROJECT_OVER_BLANK = 2.5  # at most this many times the blank-PNG floor
CHAIN_COLORS = {"right_leg": "#1f77b4", "left_leg": "#d62728", "spine": "#444444", "right_arm": "#1f77b4", "left_arm": "#d62728"}


def bench_poses(n: int, start: int = 0) -> list[tuple[np.ndarray, str]]:
    """n different poses: the hand-built samples with seeded jitter, and varied captions
    numbered from `start`."""
    rng = np.random.default_rng(start)
    samples = list(sample_poses().values())
    items = []
    for i in range(start, start + n):
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


def timed(draw_one, joints: np.ndarray, caption: str, path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    draw_one(joints, caption, path)
    return time.perf_counter() - start, path.stat().st_size


def run_round(methods, items, out_dir: Path, round_index: int) -> dict[str, tuple[list[float], list[int]]]:
    """One round: the naive block before or after (alternating by round) the project and
    blank encodes, which alternate picture by picture."""
    (naive_key, naive), *paired = methods.items()
    results = {key: ([], []) for key in methods}

    def record(key, draw_one, i, joints, caption):
        seconds, size = timed(draw_one, joints, caption, out_dir / f"{key.split()[0]}_{round_index}_{i:04d}.png")
        results[key][0].append(seconds)
        results[key][1].append(size)

    def naive_block():
        for i, (joints, caption) in enumerate(items):
            record(naive_key, naive, i, joints, caption)

    def paired_block():
        for i, (joints, caption) in enumerate(items):
            shift = (i + round_index) % len(paired)
            for key, draw_one in paired[shift:] + paired[:shift]:
                record(key, draw_one, i, joints, caption)

    gc.collect()
    gc.disable()
    try:
        for block in (naive_block, paired_block) if round_index % 2 == 0 else (paired_block, naive_block):
            block()
    finally:
        gc.enable()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=50, help="pictures per method and round")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds (median reported)")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=1200)
    parser.add_argument("--dpi", type=int, default=150)
    parser.add_argument("--views", default="three_quarter", help="comma-separated, from three_quarter, front, side")
    parser.add_argument("--reference-views", default="front", help="the views to compare with (the earlier default)")
    args = parser.parse_args()
    settings = RenderSettings(width=args.width, height=args.height, dpi=args.dpi, views=tuple(args.views.split(",")))
    reference = PoseRenderer(
        RenderSettings(width=args.width, height=args.height, dpi=args.dpi, views=tuple(args.reference_views.split(",")))
    )
    warnings.filterwarnings("ignore", message="Glyph .* missing from font")

    start = time.perf_counter()
    renderer = PoseRenderer(settings)
    init_ms = (time.perf_counter() - start) * 1000
    # The floor: what the renderer's own writing costs with nothing drawn. Same size,
    # mode and palette (so the same bit depth), same writer, dpi and metadata.
    blank = Image.new("P", (settings.width, settings.height), 0)
    blank.putpalette(renderer.palette)
    metadata = {"pose_sha1": "0" * 40}

    methods = {
        "naive matplotlib 3D": lambda j, c, p: naive_render(j, c, p, settings),
        "project renderer": lambda j, c, p: renderer.render(j, c, p, metadata),
        "reference views": lambda j, c, p: reference.render(j, c, p, metadata),
        "blank PNG encode": lambda j, c, p: save_png(blank, p, settings.dpi, metadata, palette=settings.palette),
    }
    rounds = []
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = Path(tmp)
        run_round(methods, bench_poses(4, start=10**6), out_dir, -1)  # warm-up: imports, fonts, caches
        for r in range(args.rounds):
            rounds.append(run_round(methods, bench_poses(args.n, start=r * args.n), out_dir, r))

    def per_round_ms(key: str) -> list[float]:
        return [1000 * statistics.mean(result[key][0]) for result in rounds]

    naive_key, project_key, reference_key, blank_key = methods
    print(
        f"{args.n} pictures x {args.rounds} rounds, {settings.width}x{settings.height} at {settings.dpi} dpi, "
        f"views={settings.views}, reference views={reference.settings.views}"
    )
    print(f"renderer init: {init_ms:.1f} ms (once per process)")
    print(f"{'method':<22}{'ms/picture':>12}{'best round':>12}{'worst round':>13}{'avg KB':>9}")
    median_ms = {}
    for key in methods:
        ms = per_round_ms(key)
        median_ms[key] = statistics.median(ms)
        sizes = [size for result in rounds for size in result[key][1]]
        print(f"{key:<22}{median_ms[key]:>12.2f}{min(ms):>12.2f}{max(ms):>13.2f}{statistics.mean(sizes) / 1024:>9.1f}")
    speedup = median_ms[naive_key] / median_ms[project_key]
    versus_reference = [p / r for p, r in zip(per_round_ms(project_key), per_round_ms(reference_key))]
    slower = statistics.median(versus_reference)
    print(
        f"project / reference: {slower:.2f}x (rounds {min(versus_reference):.2f}-{max(versus_reference):.2f}x; "
        f"target <= {TARGET_PROJECT_OVER_REFERENCE:g}x): {'PASS' if slower <= TARGET_PROJECT_OVER_REFERENCE else 'FAIL'}"
    )
    overheads = [p / b for p, b in zip(per_round_ms(project_key), per_round_ms(blank_key))]
    overhead = statistics.median(overheads)
    print(
        f"naive / project: {speedup:.1f}x (target >= {TARGET_NAIVE_OVER_PROJECT:g}x): "
        f"{'PASS' if speedup >= TARGET_NAIVE_OVER_PROJECT else 'FAIL'}"
    )
    print(
        f"project / blank: {overhead:.2f}x (rounds {min(overheads):.2f}-{max(overheads):.2f}x; "
        f"target <= {TARGET_PROJECT_OVER_BLANK:g}x): {'PASS' if overhead <= TARGET_PROJECT_OVER_BLANK else 'FAIL'}"
    )
    # For scale: a blank picture saved the common way (Pillow's default PNG encoder, RGB),
    # the ~20 ms "PNG-encode floor" of a per-pose script.
    white = Image.new("RGB", (settings.width, settings.height), "white")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "white.png"
        white.save(path, dpi=(settings.dpi, settings.dpi))
        start = time.perf_counter()
        for _ in range(args.n):
            white.save(path, dpi=(settings.dpi, settings.dpi))
        pillow_ms = (time.perf_counter() - start) * 1000 / args.n
    print(f"for scale: blank RGB PNG with Pillow's default encoder {pillow_ms:.2f} ms; project / that: {median_ms[project_key] / pillow_ms:.2f}x")


if __name__ == "__main__":
    main()
