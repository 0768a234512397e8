"""Time the builtin generator on a prompt file (default the 10K file): seconds and peak memory growth.

Usage: python tests/benchmarks/bench_builtin.py [prompts.md] [--frames 16] [--batch 8]
"""

from __future__ import annotations

import argparse
import sys
import time
import resource
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "workflow" / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from builtin_coverage import DEFAULT, read_captions  # noqa: E402
from posegen.backends import GenerationSettings  # noqa: E402
from posegen.builtin import BuiltinGenerator  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("prompts", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--frames", type=int, default=16)
    parser.add_argument("--batch", type=int, default=1000, help="captions per generate() call")
    args = parser.parse_args()
    captions = read_captions(args.prompts)
    generator = BuiltinGenerator(GenerationSettings(sequence_length=args.frames), {})
    generator.generate(["a person standing"], [0], [args.frames])  # warm-up: imports, torch init
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    start = time.perf_counter()
    for i in range(0, len(captions), args.batch):
        chunk = captions[i : i + args.batch]
        generator.generate(chunk, list(range(i, i + len(chunk))), [args.frames] * len(chunk))
    seconds = time.perf_counter() - start
    growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
    print(f"{len(captions)} captions, {args.frames} frames, batches of {args.batch}: {seconds:.2f} s "
          f"({len(captions) / seconds:.0f} captions/s); peak RSS growth {growth / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
