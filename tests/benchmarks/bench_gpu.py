"""Parts of tests/benchmarks/bench_gpu.sh that need no model checkout.

    python tests/benchmarks/bench_gpu.py builtin [--batch-sizes 8,32,128]
    python tests/benchmarks/bench_gpu.py pinning --scratch DIR

``builtin``: poses per second of the built-in generator on the CUDA device at
each batch size, on distinct captions of --prompts (the shared 10K file when it
is beside the repository, else the example file, whose few captions are cached). ``pinning``: the whole workflow on the
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


def builtin(batch_sizes: list[int], rounds: int, prompts: Path) -> None:
    """Poses per second of the built-in generator on distinct captions of ``prompts`` (each used once).

    The generator keeps composed poses by what a caption means, so repeated or
    near-identical captions would time its cache: use a large varied file.
    """
    import torch

    from posegen.backends import GenerationSettings
    from posegen.builtin import BuiltinGenerator
    from posegen.prompts import read_prompts

    device = "cuda" if torch.cuda.is_available() else "cpu"
    print(f"builtin on {device} ({torch.cuda.get_device_name(0) if device == 'cuda' else 'no GPU'}), "
          f"captions of {prompts.name}", flush=True)
    unique = list(dict.fromkeys(prompt.caption for prompt in read_prompts(prompts)))
    needed = sum(size * (rounds + 1) for size in batch_sizes)
    if len(unique) < needed:
        print(f"  only {len(unique)} distinct captions for {needed}: later calls repeat captions (cached)")
    pool = iter(unique * (needed // max(len(unique), 1) + 1))
    for batch_size in batch_sizes:
        generator = BuiltinGenerator(GenerationSettings(sequence_length=16, batch_size=batch_size, device=device), {})
        calls = [[next(pool) for _ in range(batch_size)] for _ in range(rounds + 1)]
        generator.generate(calls[0], list(range(batch_size)), [16] * batch_size)  # warm-up
        start = time.perf_counter()
        for batch in calls[1:]:
            generator.generate(batch, list(range(batch_size)), [16] * batch_size)
        print(f"  batch {batch_size:4d}: {rounds * batch_size / (time.perf_counter() - start):8.1f} poses/s", flush=True)


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
    parser.add_argument("--prompts", type=Path, default=REPO.parent / "shared" / "data" / "prompts_10k.md",
                        help="captions for the builtin part (default: the shared 10K file beside the repository)")
    args = parser.parse_args()
    if args.part == "builtin":
        prompts = args.prompts if args.prompts.exists() else REPO / "config" / "prompts_example.md"
        builtin([int(s) for s in args.batch_sizes.split(",")], args.rounds, prompts)
    else:
        pinning(args.scratch)


if __name__ == "__main__":
    main()
