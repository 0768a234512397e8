"""The mardm backend against MARDM's real code, with random weights of the real shapes.

    python tests/integration/mardm_real.py --checkout PATH/TO/MARDM [--device cpu|cuda]
        [--scratch DIR] [--batch-sizes 8,32,128] [--frames 40] [--time-steps 18] [--workflow-prompts N]

Needs MARDM's packages in this interpreter (envs/mardm.yaml: torch, timm 1.0.9,
torchdiffeq, clip-anytorch with setuptools<81) and the workflow's (snakemake,
pandas, matplotlib). Writes into --scratch only: the AE and MARDM-SiT-XL
checkpoints (keys ``ae`` and ``ema_mardm``, as MARDM's training saves them,
built by the checkout's own model classes) and a random CLIP ViT-B/32. Then it
runs the adapter's preflight, measures generation at each batch size, and runs
the whole workflow with ``backend: mardm`` on the first prompts of the example
file. On the CPU it sets ``allow_cpu``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from model_checks import main

from posegen.backends.clip_weights import clip_loads_from
from posegen.backends.mardm import DATA_WIDTH, MardmGenerator, preflight
from posegen.backends.model_checkout import cuda_check_passed


def write_checkpoints(checkout: Path, scratch: Path, clip_file: Path) -> Path:
    import torch

    sys.path.insert(0, str(checkout))
    from models.AE import AE_models
    from models.MARDM import MARDM_models

    torch.manual_seed(1)
    root = scratch / "checkpoints"
    ae = AE_models["AE_Model"](input_width=DATA_WIDTH)
    (root / "t2m" / "AE" / "model").mkdir(parents=True, exist_ok=True)
    torch.save({"ae": ae.state_dict(), "ep": 0}, root / "t2m" / "AE" / "model" / "latest.tar")
    with clip_loads_from(clip_file), cuda_check_passed(True):
        model = MARDM_models["MARDM-SiT-XL"](ae_dim=ae.output_emb_width, cond_mode="text")
    weights = {k: v for k, v in model.state_dict().items() if not k.startswith("clip_model.")}
    (root / "t2m" / "MARDM_SiT_XL" / "model").mkdir(parents=True, exist_ok=True)
    torch.save({"ema_mardm": weights, "ep": 0}, root / "t2m" / "MARDM_SiT_XL" / "model" / "latest.tar")
    count = sum(v.numel() for v in weights.values())
    print(f"  checkpoints: AE {sum(v.numel() for v in ae.state_dict().values()):,} and MARDM-SiT-XL {count:,} "
          f"parameters (CLIP excluded) in {root}", flush=True)
    return root


if __name__ == "__main__":
    main(__doc__, "MARDM", "mardm", write_checkpoints, MardmGenerator, preflight, time_steps=18, cfg=4.5,
         workflow_config=lambda args: ["preset=fast", f"sequence_length={args.frames}", f"time_steps={args.time_steps}", "batch_size=8"])
