"""A real run of 100,000 prompts, then a rerun with nothing to do, then one deleted
picture repaired.

Run by hand from the repository root (the shared data folder beside the repository
provides the descriptions; about 15 minutes and 3 GB of disk on 2 cores):
    python tests/benchmarks/bench_100k.py [--prompts 100000] [--cores 2] [--layout shards] [--keep DIR]

The prompt file holds N/2 distinct descriptions, each written twice (as in
bench_scale.py). Prints, for each of the three runs, its wall time and the jobs
Snakemake ran, then the files in the output folder and verify's result.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT)]

from tests.benchmarks.bench_scale import SHARED, snakemake, write_prompts  # noqa: E402


def run(workdir: Path, cores: int, config: list[str]) -> tuple[float, dict[str, int], str]:
    """(seconds, rule -> jobs run, output) of one run."""
    start = time.perf_counter()
    result = subprocess.run(
        snakemake(workdir, "--cores", str(cores), "--resources", "gpu=1", "--config", *config),
        capture_output=True, text=True, cwd=workdir,
    )
    elapsed = time.perf_counter() - start
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise SystemExit(f"run failed after {elapsed:.0f} s:\n{output[-4000:]}")
    stats = output.split("Job stats:")[1].split("\n\n")[0] if "Job stats:" in output else ""
    jobs = {m.group(1): int(m.group(2)) for m in re.finditer(r"^(\w+)\s+(\d+)$", stats, re.M) if m.group(1) != "total"}
    return elapsed, jobs, output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prompts", type=int, default=100_000)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--layout", choices=["flat", "shards"], default="shards")
    parser.add_argument("--keep", type=Path, default=None, help="run in this folder and keep it (default: a temporary one)")
    args = parser.parse_args()
    if not SHARED.exists():
        raise SystemExit(f"{SHARED} not found: the shared data folder sits beside the repository")
    base = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp())
    base.mkdir(parents=True, exist_ok=True)
    try:
        prompts = base / f"prompts_{args.prompts}.txt"
        write_prompts(prompts, args.prompts)
        config = [f"prompts={prompts}", f"output_layout={args.layout}"]
        out = base / "results" / "SinglePose"

        seconds, jobs, _ = run(base, args.cores, config)
        print(f"first run, {args.prompts:,} prompts, --cores {args.cores}, output_layout {args.layout}: {seconds:.0f} s, jobs {jobs}")
        files = [p for p in out.rglob("*") if p.is_file() and ".posegen" not in p.parts]
        size = sum(p.stat().st_size for p in files)
        by_ext = {}
        for p in files:
            by_ext[p.suffix] = by_ext.get(p.suffix, 0) + 1
        print(f"  {len(files):,} files, {size / 1e9:.2f} GB: {dict(sorted(by_ext.items()))}")
        report = json.loads((base / "results" / "SinglePose_report" / "verify.json").read_text())
        print(f"  verify: ok={report['ok']}, counts {report['counts']}")

        seconds, jobs, output = run(base, args.cores, config)
        nothing = "Nothing to be done" in output
        print(f"rerun, nothing changed: {seconds:.0f} s, jobs {jobs or 'none'}{' (Nothing to be done)' if nothing else ''}")

        with open(out / "manifest.csv", encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        victim = out / rows[len(rows) // 2]["png"]
        victim.unlink()
        seconds, jobs, _ = run(base, args.cores, config)
        print(f"rerun after deleting {victim.relative_to(out)}: {seconds:.0f} s, jobs {jobs}; restored: {victim.is_file()}")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
