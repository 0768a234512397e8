"""Parts of tests/benchmarks/bench_gpu.sh that need no model checkout.

    python tests/benchmarks/bench_gpu.py builtin [--batch-sizes 8,32,128]
    python tests/benchmarks/bench_gpu.py pinning --scratch DIR

``builtin``: poses per second of the built-in generator on the CUDA device at
each batch size (10K-file captions). ``pinning``: the whole workflow on the
example file with ``--resources gpu=N`` (N = visible GPUs) and the gpu_probe
plugin backend; checks that every generation job saw exactly one GPU and that
the jobs together used the visible ones, and prints which job got which.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "workflow" / "scripts"))
sys.path.insert(0, str(REPO / "tests" / "integration"))


def builtin(batch_sizes: list[int], rounds: int) -> None:
    import torch

    from model_checks import measure
    from posegen.builtin import BuiltinGenerator

    device = "cuda" if torch.cuda.is_available() else "cpu"
    print(f"builtin on {device} ({torch.cuda.get_device_name(0) if device == 'cuda' else 'no GPU'})", flush=True)
    measure(lambda s: BuiltinGenerator(s, {}), device, batch_sizes, frames=16, time_steps=18, cfg=4.5, rounds=rounds)


def pinning(scratch: Path) -> None:
    import torch

    gpus = torch.cuda.device_count()
    if not gpus:
        raise SystemExit("pinning: no CUDA GPU visible")
    workdir = scratch / "pinning"
    workdir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    command = [
        sys.executable, "-m", "snakemake", "--snakefile", str(REPO / "Snakefile"), "--directory", str(workdir),
        "--configfile", str(REPO / "config" / "config.yaml"), "--cores", str(max(2, gpus * 2)),
        "--resources", f"gpu={gpus}", "--config", "preset=test", f"prompts={REPO / 'config' / 'prompts_example.md'}",
        "backend=tests.plugins.gpu_probe:make", "formats=[npy,json]",
    ]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True)
    if result.returncode:
        print(result.stdout[-3000:], result.stderr[-5000:], sep="\n")
        raise SystemExit("pinning: workflow failed")
    out = workdir / "results" / "SinglePose"
    seen = Counter()
    for record_file in out.glob("*.json"):
        backend = json.loads(record_file.read_text())["backend"]
        seen[(backend["cuda_visible_devices"], backend["cuda_device_count"], backend["probe_device"])] += 1
    print(f"pinning: {sum(seen.values())} poses in {time.perf_counter() - start:.1f} s with {gpus} visible GPU(s)")
    for (visible, count, device), poses in sorted(seen.items(), key=str):
        print(f"  CUDA_VISIBLE_DEVICES={visible} device_count={count} device={device}: {poses} poses")
    ok = bool(seen) and all(count == 1 and device == "cuda" for (_, count, device) in seen)
    print(f"pinning: every generation job saw exactly one GPU: {ok}")
    if not ok:
        raise SystemExit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("part", choices=["builtin", "pinning"])
    parser.add_argument("--batch-sizes", default="8,32,128")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/bench_gpu"))
    args = parser.parse_args()
    if args.part == "builtin":
        builtin([int(s) for s in args.batch_sizes.split(",")], args.rounds)
    else:
        pinning(args.scratch)


if __name__ == "__main__":
    main()
