"""MARDM (github.com/neu-vi/MARDM) as a backend, driven from the user's own checkout.

The checkout's modules (``models.AE``, ``models.MARDM``, ``utils.motion_process``)
are imported when the generator is built, never when this module is imported,
so the workflow parses and the other backends run without MARDM installed.

What MARDM's ``sample.py`` does, and this adapter repeats: the AE from
``<checkpoints>/<dataset>/<ae_name>/model/latest.tar`` (key ``ae``), the model
from ``<checkpoints>/<dataset>/<model_name>/model/latest.tar`` (key
``ema_mardm``, ``strict=False``: only the CLIP weights may be missing), text
through CLIP ViT-B/32, ``generate(captions, frames // 4, time_steps, cfg)``,
``ae.decode``, ``* std + mean`` with the 67-dim statistics, crop to the length,
``recover_from_ric(x, 22)``. Its length estimator is not loaded: lengths are
always given.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from posegen.backends import BackendError, GenerationSettings
from posegen.backends.clip_weights import CLIP_FILE, CLIP_SHA256, CLIP_VERSION, check_clip_weights, clip_loads_from
from posegen.backends.model_checkout import (
    CheckoutGenerator,
    check_sequence_length,
    check_state_dict_fits,
    checkout_commit,
    cuda_check_passed,
    failed_assertion,
    flag,
    import_from_checkout,
    number,
    refuse_unknown,
    relative_to,
    required_checkout,
    torch_load,
)

DATA_WIDTH = 67  # root 4 + 21 x 3 joint positions (not HumanML3D's 263)
AE_MODEL = "AE_Model"

DEFAULTS = {
    "checkpoints_dir": "checkpoints",
    "dataset_name": "t2m",
    # MARDM's README and evaluation scripts name the released SiT-XL checkpoint
    # folder MARDM_SiT_XL (sample.py's bare default, "MARDM", matches no release).
    "model_name": "MARDM_SiT_XL",
    "ae_name": "AE",
    "model": "MARDM-SiT-XL",
    "mean": "utils/eval_mean_std/t2m/eval_mean.npy",
    "std": "utils/eval_mean_std/t2m/eval_std.npy",
    "clip_cache": "~/.cache/clip",
    "clip_sha256": CLIP_SHA256,
    "temperature": 1.0,
    "allow_cpu": False,
    "independent_samples": False,
    "tf32": True,
}
OPTION_NAMES = ("checkout", *DEFAULTS)


@dataclass(frozen=True)
class MardmOptions:
    checkout: Path
    model_checkpoint: Path
    ae_checkpoint: Path
    mean: Path
    std: Path
    clip_weights: Path
    clip_sha256: str
    model_name: str
    ae_name: str
    model: str
    temperature: float
    allow_cpu: bool
    independent_samples: bool
    tf32: bool

    @classmethod
    def parse(cls, options: dict[str, Any]) -> "MardmOptions":
        refuse_unknown(options, OPTION_NAMES, "mardm")
        checkout = required_checkout(
            options, "mardm", "MARDM checkout (the folder with sample.py, models/ and checkpoints/)"
        )

        def get(name: str) -> str:
            return str(options.get(name, DEFAULTS[name]))

        def in_checkout(name: str) -> Path:
            # Relative paths mean what they mean to MARDM's own scripts, run from the checkout.
            return checkout / Path(get(name)).expanduser()

        checkpoints = in_checkout("checkpoints_dir") / get("dataset_name")
        return cls(
            checkout=checkout,
            model_checkpoint=checkpoints / get("model_name") / "model" / "latest.tar",
            ae_checkpoint=checkpoints / get("ae_name") / "model" / "latest.tar",
            mean=in_checkout("mean"),
            std=in_checkout("std"),
            clip_weights=Path(get("clip_cache")).expanduser() / CLIP_FILE,
            clip_sha256=get("clip_sha256").strip().lower(),
            model_name=get("model_name"),
            ae_name=get("ae_name"),
            model=get("model"),
            temperature=number(options, "temperature", DEFAULTS["temperature"]),
            allow_cpu=flag(options, "allow_cpu", DEFAULTS["allow_cpu"]),
            independent_samples=flag(options, "independent_samples", DEFAULTS["independent_samples"]),
            tf32=flag(options, "tf32", DEFAULTS["tf32"]),
        )


def _load_statistics(path: Path, name: str) -> np.ndarray:
    values = np.load(path)
    if values.shape != (DATA_WIDTH,):
        raise BackendError(
            f"backend_options.{name}: {path} holds shape {values.shape}; MARDM works on {DATA_WIDTH}-dim data "
            f"(root 4 + 21 x 3 positions), e.g. utils/eval_mean_std/t2m/eval_{name}.npy in the checkout"
        )
    return values


def preflight(settings: GenerationSettings, options: dict[str, Any]) -> None:
    """Check the checkout, checkpoints, statistics, CLIP weights and sequence_length (no GPU, no network)."""
    opts = MardmOptions.parse(options)
    check_sequence_length(settings.sequence_length, "MARDM")
    if not opts.checkout.is_dir():
        raise BackendError(f"backend_options.checkout: MARDM checkout {opts.checkout} does not exist")
    for what, path in (("model checkpoint", opts.model_checkpoint), ("AE checkpoint", opts.ae_checkpoint)):
        if not path.is_file():
            raise BackendError(
                f"MARDM {what} {path} is missing (see checkpoints_dir, dataset_name, model_name, ae_name "
                "in backend_options, and MARDM's README for the downloads)"
            )
    for name, path in (("mean", opts.mean), ("std", opts.std)):
        if not path.is_file():
            raise BackendError(f"backend_options.{name}: MARDM {name} file {path} is missing")
        _load_statistics(path, name)
    check_clip_weights(opts.clip_weights, opts.clip_sha256)


class MardmGenerator(CheckoutGenerator):
    model = "MARDM"

    def __init__(self, settings: GenerationSettings, options: dict[str, Any]):
        opts = MardmOptions.parse(options)
        # TF32 (opts.tf32, default on): MARDM's sample.py turns it off although its comment says on is much faster.
        self.start(settings, options, opts, preflight, "needs a CUDA GPU")

        ae_models = import_from_checkout(opts.checkout, "models.AE", "MARDM").AE_models
        mardm_models = import_from_checkout(opts.checkout, "models.MARDM", "MARDM").MARDM_models
        self.recover_from_ric = import_from_checkout(opts.checkout, "utils.motion_process", "MARDM").recover_from_ric
        if opts.model not in mardm_models:
            raise BackendError(f"backend_options.model: {opts.model!r} is not one of {sorted(mardm_models)}")

        self.ae = ae_models[AE_MODEL](input_width=DATA_WIDTH)
        self.ae.load_state_dict(torch_load(opts.ae_checkpoint, "ae"))
        try:
            with clip_loads_from(opts.clip_weights), cuda_check_passed(self.device.type != "cuda"):
                self.mardm = mardm_models[opts.model](ae_dim=self.ae.output_emb_width, cond_mode="text")
        except AssertionError as err:
            raise failed_assertion("MARDM", f"building {opts.model}", err) from err
        result = self.mardm.load_state_dict(torch_load(opts.model_checkpoint, "ema_mardm"), strict=False)
        check_state_dict_fits(result, opts.model_checkpoint, opts.model)
        self.ae.to(self.device).eval()
        self.mardm.to(self.device).eval()
        self.mean = _load_statistics(opts.mean, "mean")
        self.std = _load_statistics(opts.std, "std")

    def describe(self) -> dict[str, Any]:
        opts = self.options
        return {
            "backend": "mardm",
            "model": opts.model,
            "model_name": opts.model_name,
            "ae_name": opts.ae_name,
            "model_checkpoint": relative_to(opts.model_checkpoint, opts.checkout),
            "ae_checkpoint": relative_to(opts.ae_checkpoint, opts.checkout),
            "mean": relative_to(opts.mean, opts.checkout),
            "std": relative_to(opts.std, opts.checkout),
            "clip": CLIP_VERSION,
            "commit": checkout_commit(opts.checkout),
            "temperature": opts.temperature,
            "independent_samples": opts.independent_samples,
            "tf32": opts.tf32 and self.device.type == "cuda",
        }

    def features(self, texts: list[str], token_lengths) -> np.ndarray:
        latents = self.mardm.generate(
            texts, token_lengths, self.settings.time_steps, self.settings.cfg, temperature=self.options.temperature
        )
        return self.ae.decode(latents).detach().float().cpu().numpy()
