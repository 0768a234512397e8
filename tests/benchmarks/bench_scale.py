"""How the workflow scales: planning of 10K to 1M prompts, naming, and the 10K run
against its floor.

Run by hand from the repository root (the shared data folder beside the repository
provides the descriptions):
    python tests/benchmarks/bench_scale.py                 # everything (about 15 minutes on 2 cores)
    python tests/benchmarks/bench_scale.py --skip-run      # planning and naming only
    python tests/benchmarks/bench_scale.py --sizes 10000 100000

Prints:
- ``snakemake --dry-run`` wall time and peak memory (of the Snakemake process) at
  each size, with the default config; each prompt file holds N/2 distinct
  descriptions, each written twice (half the prompts are exact duplicates of
  others, as in real description files);
- naming time of 1,000,000 prompts that are all one caption;
- the 10K end-to-end run of ``shared/data/prompts_10k.md`` with the default config,
  as a machine without a GPU runs it (``--cores 2``) and with generation held to one
  job at a time as on a one-GPU machine (``--cores 2 --resources gpu=1``); its floor
  (the same generation, drawing and writing of every pose, in one process per core,
  without Snakemake), measured right after; and the ratio of each run to the floor.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "workflow" / "scripts"), str(ROOT)]
SHARED = ROOT.parent / "shared" / "data" / "prompts_10k.md"
PEAK = "import resource, subprocess, sys; subprocess.run(sys.argv[1:]); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"


def descriptions() -> list[str]:
    """Distinct descriptions of the shared file (list items, short ones)."""
    lines = SHARED.read_text(encoding="utf-8").splitlines()
    items = [re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line) for line in lines if re.match(r"^\s*(?:[-*+]|\d+[.)])\s+\S", line)]
    return list(dict.fromkeys(item for item in items if len(item) < 200))


def write_prompts(path: Path, count: int) -> None:
    """count prompts: count/2 distinct descriptions, then the same again."""
    base = descriptions()
    half = [f"{base[i % len(base)]}, take {i}" for i in range(count // 2)]
    path.write_text("\n".join(half + half) + "\n", encoding="utf-8")


def snakemake(workdir: Path, *args: str) -> list[str]:
    return [
        sys.executable, "-m", "snakemake", "--snakefile", str(ROOT / "Snakefile"), "--directory", str(workdir),
        "--configfile", str(ROOT / "config" / "config.yaml"), *args,
    ]


def dry_run(workdir: Path, prompts: Path) -> tuple[float, float, int]:
    """(seconds, peak MB, jobs) of a dry run."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", PEAK, *snakemake(workdir, "--dry-run", "--config", f"prompts={prompts}")],
        capture_output=True, text=True, cwd=workdir,
    )
    elapsed = time.perf_counter() - start
    lines = result.stdout.strip().splitlines()
    total = re.search(r"^total\s+(\d+)$", result.stdout, re.M)
    if not total:
        raise SystemExit(f"dry run failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return elapsed, int(lines[-1]) / 1024, int(total.group(1))


def naming_time(count: int) -> float:
    from posegen.naming import unique_names

    start = time.perf_counter()
    names = unique_names(["A person waving with the right hand"] * count)
    elapsed = time.perf_counter() - start
    assert len(set(names)) == count
    return elapsed


def _floor_worker(args) -> None:
    """One core's share of the floor: generate its prompts, then draw and write each pose."""
    rows, folder, record, batch_size = args
    from posegen.export import export_batch
    from posegen.generation import run_shard

    shard = folder / f"part_{rows['index'].iloc[0]}.npz"
    run_shard(rows, shard, record, batch_size, folder / "cache", log=lambda message: None)
    render = {"width": 1200, "height": 1200, "dpi": 150, "views": ["three_quarter"]}
    export_batch(shard, folder / "out", list(rows["name"]), render)


def floor_seconds(prompts: Path, cores: int, folder: Path) -> float:
    """The same work as the run, one process per core, without Snakemake."""
    import yaml

    from posegen.plan import build_table, table_settings
    from posegen.settings import resolve

    config = yaml.safe_load((ROOT / "config" / "config.yaml").read_text(encoding="utf-8"))
    config["prompts"] = str(prompts)
    run = resolve(config)
    start = time.perf_counter()
    table = build_table(prompts, **table_settings(config, run))
    (folder / "out").mkdir(parents=True)
    parts = [table.iloc[i::cores] for i in range(cores)]
    work = [(part.reset_index(drop=True), folder, run.generation_record(), run.generation.batch_size) for part in parts]
    with multiprocessing.get_context("spawn").Pool(cores) as pool:
        pool.map(_floor_worker, work)
    return time.perf_counter() - start


def end_to_end_seconds(prompts: Path, cores: int, workdir: Path, *options: str) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        snakemake(workdir, "--cores", str(cores), *options, "--config", f"prompts={prompts}"),
        capture_output=True, text=True, cwd=workdir,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"run failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--skip-run", action="store_true", help="planning and naming only")
    parser.add_argument("--run-only", action="store_true", help="the 10K run and its floor only")
    args = parser.parse_args()
    if not SHARED.exists():
        raise SystemExit(f"{SHARED} not found: the shared data folder sits beside the repository")
    base = Path(tempfile.mkdtemp())
    try:
        print("dry run (default config; half the prompts exact duplicates of others)")
        for size in [] if args.run_only else args.sizes:
            prompts = base / f"prompts_{size}.txt"
            write_prompts(prompts, size)
            workdir = base / f"plan_{size}"
            workdir.mkdir()
            seconds, peak, jobs = dry_run(workdir, prompts)
            print(f"  {size:>9,} prompts: {seconds:6.1f} s, peak {peak:6.0f} MB, {jobs:,} jobs")
        if not args.run_only:
            print(f"naming 1,000,000 prompts of one caption: {naming_time(1_000_000):.1f} s")
        if args.skip_run:
            return
        runs = {}
        for label, options in ((f"--cores {args.cores}", ()), (f"--cores {args.cores} --resources gpu=1", ("--resources", "gpu=1"))):
            run_dir = base / f"run_{len(runs)}"
            run_dir.mkdir()
            runs[label] = end_to_end_seconds(SHARED, args.cores, run_dir, *options)
            shutil.rmtree(run_dir, ignore_errors=True)  # the next run writes to a disk as empty
        floor = floor_seconds(SHARED, args.cores, base / "floor")
        for label, seconds in runs.items():
            print(f"10K end to end ({SHARED.name}, {label}): {seconds:.1f} s")
        print(f"10K floor (generation, drawing, writing; {args.cores} processes): {floor:.1f} s")
        for label, seconds in runs.items():
            print(f"ratio ({label}): {seconds / floor:.2f}")
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
