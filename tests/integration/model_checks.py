"""Shared steps of the integration scripts that run a backend against a model's real code.

Run by hand, not by pytest: they need the model's checkout and its packages
(torch, clip-anytorch, ...). Checkpoints get random weights of the real shapes
and key names, written to a scratch folder, never into the checkout. Random
weights cost the same compute as released ones, so poses per second are honest;
the poses themselves are noise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "workflow" / "scripts"))

from posegen.backends import GenerationSettings  # noqa: E402
from posegen.backends.clip_weights import CLIP_FILE, file_sha256  # noqa: E402

CAPTIONS = [
    "a person stands with both arms raised above the head",
    "a person squats down low with the hands on the knees",
    "a person lunges forward on the left leg",
    "a person sits on the floor with the legs crossed",
    "a person kneels on the right knee",
    "a person bends forward and touches the toes",
    "a person stands on one leg with the arms out to the sides",
    "a person lies on the back",
]


def random_clip_weights(folder: Path) -> tuple[Path, str]:
    """A CLIP ViT-B/32 state dict with random weights (OpenAI's shapes) and its SHA-256."""
    import clip.model
    import torch

    torch.manual_seed(0)
    model = clip.model.CLIP(
        embed_dim=512, image_resolution=224, vision_layers=12, vision_width=768, vision_patch_size=32,
        context_length=77, vocab_size=49408, transformer_width=512, transformer_heads=8, transformer_layers=12,
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / CLIP_FILE
    torch.save(model.state_dict(), path)
    return path, file_sha256(path)


def settings(device: str, batch_size: int, frames: int, time_steps: int, cfg: float) -> GenerationSettings:
    return GenerationSettings(sequence_length=frames, time_steps=time_steps, cfg=cfg, batch_size=batch_size, device=device)


def measure(make_generator, device: str, batch_sizes: list[int], frames: int, time_steps: int, cfg: float, rounds: int):
    """Poses per second of ``make_generator(settings)`` at each batch size (one warm-up call first)."""
    results = []
    for batch_size in batch_sizes:
        generator = make_generator(settings(device, batch_size, frames, time_steps, cfg))
        captions = [CAPTIONS[i % len(CAPTIONS)] for i in range(batch_size)]
        seeds = list(range(batch_size))
        lengths = [frames] * batch_size
        batch = generator.generate(captions, seeds, lengths)  # warm-up (CUDA kernels, caches)
        _synchronize(device)
        start = time.perf_counter()
        for _ in range(rounds):
            batch = generator.generate(captions, seeds, lengths)
        _synchronize(device)
        seconds = time.perf_counter() - start
        motions = batch.motions
        finite = bool(np.isfinite(motions).all())
        results.append({"batch_size": batch_size, "poses_per_second": rounds * batch_size / seconds,
                        "shape": list(motions.shape), "finite": finite})
        print(f"  batch {batch_size:4d}: {rounds * batch_size / seconds:8.2f} poses/s, motions {tuple(motions.shape)} "
              f"{motions.dtype}, finite {finite}", flush=True)
        del generator
    return results


def _synchronize(device: str) -> None:
    if device == "cuda":
        import torch

        torch.cuda.synchronize()


def run_workflow(scratch: Path, backend: str, options: dict, prompts: Path, device: str, extra: list[str]) -> dict:
    """The whole workflow with this backend in ``scratch/run``; the verify report and timing."""
    workdir = scratch / "run"
    workdir.mkdir(parents=True, exist_ok=True)
    config = workdir / "integration.yaml"
    config.write_text(json.dumps({"backend": backend, "backend_options": options, "prompts": str(prompts)}))
    env = dict(os.environ)
    if device == "cpu":
        env["CUDA_VISIBLE_DEVICES"] = ""
    command = [
        sys.executable, "-m", "snakemake", "--snakefile", str(REPO / "Snakefile"), "--directory", str(workdir),
        "--configfile", str(REPO / "config" / "config.yaml"), str(config), "--cores", "2",
        "--resources", "gpu=1", "--config", *extra,
    ]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode:
        print(result.stdout[-3000:], result.stderr[-6000:], sep="\n")
        raise SystemExit(f"workflow failed ({result.returncode}); log above")
    reports = sorted(workdir.glob("results/*_report/verify.json"))
    report = json.loads(reports[-1].read_text())
    out = reports[-1].parent.parent / reports[-1].parent.name.removesuffix("_report")
    import pandas as pd

    manifest = pd.read_csv(out / "manifest.csv", keep_default_na=False)
    poses = [out / path for path in manifest["npy"]]
    shapes = sorted({tuple(np.load(p).shape) for p in poses})
    record = json.loads((out / manifest["json"][0]).read_text()) if poses else {}
    print(f"  workflow: {len(poses)} poses in {seconds:.1f} s, pose shapes {shapes}, verify ok={report['ok']} "
          f"problems={len(report.get('problems', []))}", flush=True)
    print(f"  record backend: {json.dumps(record.get('backend'))}", flush=True)
    return {"seconds": seconds, "poses": len(poses), "verify_ok": report["ok"], "backend": record.get("backend")}


def main(doc: str, model: str, backend: str, write_checkpoints, make_generator, preflight, time_steps: int, cfg: float,
         workflow_config) -> None:
    """The command line of an integration script: random weights, preflight, throughput, a workflow run.

    ``write_checkpoints(checkout, scratch, clip_file)`` returns the checkpoints_dir;
    ``workflow_config(args)`` the ``--config`` items of the workflow run.
    """
    from posegen.backends.model_checkout import checkout_commit

    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--checkout", type=Path, required=True)
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    parser.add_argument("--scratch", type=Path)
    parser.add_argument("--batch-sizes", default="8,32,128")
    parser.add_argument("--frames", type=int, default=40)
    parser.add_argument("--time-steps", type=int, default=time_steps)
    parser.add_argument("--cfg", type=float, default=cfg)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--workflow-prompts", type=int, default=8, help="0 skips the workflow run")
    args = parser.parse_args()
    checkout = args.checkout.resolve()
    scratch = (args.scratch or Path(tempfile.mkdtemp(prefix=f"{backend}-real-"))).resolve()
    print(f"{model} checkout {checkout} at commit {checkout_commit(checkout)}; scratch {scratch}; device {args.device}")

    clip_file, clip_sha = random_clip_weights(scratch / "clip")
    checkpoints = write_checkpoints(checkout, scratch, clip_file)
    options = {
        "checkout": str(checkout), "checkpoints_dir": str(checkpoints), "clip_cache": str(clip_file.parent),
        "clip_sha256": clip_sha, "allow_cpu": args.device == "cpu",
    }
    preflight(settings(args.device, 8, args.frames, args.time_steps, args.cfg), dict(options))
    print("  preflight: passed", flush=True)
    sizes = [int(s) for s in args.batch_sizes.split(",") if s]
    measure(lambda s: make_generator(s, dict(options)), args.device, sizes, args.frames, args.time_steps,
            args.cfg, args.rounds)
    if args.workflow_prompts:
        prompts = scratch / "prompts.md"
        lines = [line for line in (REPO / "config" / "prompts_example.md").read_text().splitlines()
                 if line[:1].isdigit()]
        prompts.write_text("\n".join(lines[: args.workflow_prompts]) + "\n")
        run_workflow(scratch, backend, options, prompts, args.device, workflow_config(args))
