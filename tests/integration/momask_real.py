"""The momask backend against MoMask's real code, with random weights of the real shapes.

    python tests/integration/momask_real.py --checkout PATH/TO/momask-codes [--device cpu|cuda]
        [--scratch DIR] [--batch-sizes 8,32,128] [--frames 40] [--time-steps 10] [--workflow-prompts N]

Needs MoMask's packages in this interpreter (envs/momask.yaml: torch, einops,
clip-anytorch with setuptools<81, scipy) and the workflow's. Writes into
--scratch only: opt.txt files with the settings of the released HumanML3D models
(their names spell them out: 6 residual quantizers, 512 codes of 512 dims, 8
layers, 6 heads, latent 384, feed-forward 1024), the three checkpoints built by
the checkout's own classes from those settings (keys ``vq_model``,
``t2m_transformer``, ``res_transformer``), 263-dim statistics (a standing person as the mean) and a random CLIP
ViT-B/32. Then it runs the adapter's preflight, measures generation at each
batch size and runs the whole workflow with ``backend: momask``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from model_checks import main

from posegen.backends.clip_weights import CLIP_VERSION, clip_loads_from
from posegen.backends.momask import DATA_WIDTH, DEFAULTS, MomaskGenerator, preflight

VQ_NAME = "rvq_nq6_dc512_nc512_noshare_qdp0.2"
COMMON = {"dataset_name": "t2m", "checkpoints_dir": "./checkpoints", "unit_length": 4}
VQ_OPT = {**COMMON, "name": VQ_NAME, "nb_code": 512, "code_dim": 512, "output_emb_width": 512, "down_t": 2,
          "stride_t": 2, "width": 512, "depth": 3, "dilation_growth_rate": 3, "vq_act": "relu", "vq_norm": "None",
          "num_quantizers": 6, "shared_codebook": False, "quantize_dropout_prob": 0.2, "mu": 0.99}
TRANS_OPT = {**COMMON, "name": DEFAULTS["name"], "vq_name": VQ_NAME, "latent_dim": 384, "n_heads": 6, "n_layers": 8,
             "ff_size": 1024, "dropout": 0.2, "cond_drop_prob": 0.1}
RES_OPT = {**TRANS_OPT, "name": DEFAULTS["res_name"], "cond_drop_prob": 0.2, "share_weight": True}


def write_opt(folder: Path, values: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["------------ Options -------------", *(f"{k}: {v}" for k, v in values.items()),
             "-------------- End ----------------"]
    (folder / "opt.txt").write_text("\n".join(lines) + "\n")
    return folder / "opt.txt"


def standing_features() -> np.ndarray:
    """HumanML3D features of a person standing still, as the mean: random weights then decode near it.

    recover_from_ric reads channel 3 (the pelvis height) and 4-66 (the other 21
    joints, x and z relative to the pelvis, y absolute); the rest stay 0.
    """
    from posegen.backends import GenerationSettings
    from posegen.builtin import BuiltinGenerator

    generator = BuiltinGenerator(GenerationSettings(sequence_length=4, variation=0.0), {})
    joints = generator.generate(["a person standing with the arms down"], [0], [4]).motions[0, -1]
    features = np.zeros(DATA_WIDTH, dtype=np.float32)
    features[3] = joints[0, 1]
    features[4:67] = (joints[1:] - joints[0] * [1, 0, 1]).reshape(-1)
    return features


def write_checkpoints(checkout: Path, scratch: Path, clip_file: Path) -> Path:
    import torch

    sys.path.insert(0, str(checkout))
    from models.mask_transformer.transformer import MaskTransformer, ResidualTransformer
    from models.vq.model import RVQVAE
    from utils.get_opt import get_opt

    torch.manual_seed(1)
    root = scratch / "checkpoints" / "t2m"
    device = torch.device("cpu")
    vq_opt = get_opt(str(write_opt(root / VQ_NAME, VQ_OPT)), device=device)
    vq = RVQVAE(vq_opt, DATA_WIDTH, vq_opt.nb_code, vq_opt.code_dim, vq_opt.output_emb_width, vq_opt.down_t,
                vq_opt.stride_t, vq_opt.width, vq_opt.depth, vq_opt.dilation_growth_rate, vq_opt.vq_act,
                vq_opt.vq_norm)
    trans_opt = get_opt(str(write_opt(root / TRANS_OPT["name"], TRANS_OPT)), device=device)
    res_opt = get_opt(str(write_opt(root / RES_OPT["name"], RES_OPT)), device=device)
    for opt in (trans_opt, res_opt):
        opt.num_tokens, opt.num_quantizers, opt.code_dim = vq_opt.nb_code, vq_opt.num_quantizers, vq_opt.code_dim
    with clip_loads_from(clip_file):
        trans = MaskTransformer(code_dim=vq_opt.code_dim, cond_mode="text", latent_dim=trans_opt.latent_dim,
                                ff_size=trans_opt.ff_size, num_layers=trans_opt.n_layers, num_heads=trans_opt.n_heads,
                                dropout=trans_opt.dropout, clip_dim=512, cond_drop_prob=trans_opt.cond_drop_prob,
                                clip_version=CLIP_VERSION, opt=trans_opt)
        res = ResidualTransformer(code_dim=vq_opt.code_dim, cond_mode="text", latent_dim=res_opt.latent_dim,
                                  ff_size=res_opt.ff_size, num_layers=res_opt.n_layers, num_heads=res_opt.n_heads,
                                  dropout=res_opt.dropout, clip_dim=512, shared_codebook=vq_opt.shared_codebook,
                                  cond_drop_prob=res_opt.cond_drop_prob, share_weight=res_opt.share_weight,
                                  clip_version=CLIP_VERSION, opt=res_opt)

    def without_clip(model):
        return {k: v for k, v in model.state_dict().items() if not k.startswith("clip_model.")}

    for folder, file, entry in ((VQ_NAME, "net_best_fid.tar", {"vq_model": vq.state_dict()}),
                                (TRANS_OPT["name"], "latest.tar", {"t2m_transformer": without_clip(trans)}),
                                (RES_OPT["name"], "net_best_fid.tar", {"res_transformer": without_clip(res)})):
        (root / folder / "model").mkdir(parents=True, exist_ok=True)
        torch.save({**entry, "ep": 0}, root / folder / "model" / file)
    meta = root / VQ_NAME / "meta"
    meta.mkdir(parents=True, exist_ok=True)
    np.save(meta / "mean.npy", standing_features())
    np.save(meta / "std.npy", np.full(DATA_WIDTH, 0.01, dtype=np.float32))
    counts = [sum(v.numel() for v in sd.values()) for sd in (vq.state_dict(), without_clip(trans), without_clip(res))]
    print(f"  checkpoints: VQ {counts[0]:,}, masked transformer {counts[1]:,} and residual transformer {counts[2]:,} "
          f"parameters (CLIP excluded) in {root}", flush=True)
    return root.parent


if __name__ == "__main__":
    main(__doc__, "MoMask", "momask", write_checkpoints, MomaskGenerator, preflight, time_steps=10, cfg=4.0,
         workflow_config=lambda args: ["preset=momask", f"sequence_length={args.frames}", f"time_steps={args.time_steps}"])
