"""MoMask (github.com/EricGuo5513/momask-codes) as a backend, driven from the user's own checkout.

The checkout's modules (``models.vq.model``, ``models.mask_transformer.transformer``,
``utils.get_opt``, ``utils.motion_process``) are imported when the generator is
built, never when this module is imported.

What MoMask's ``gen_t2m.py`` does, and this adapter repeats: each model's
settings from its ``opt.txt`` (read by the checkout's ``get_opt``), the residual
VQ-VAE from ``<checkpoints>/t2m/<vq_name>/model/net_best_fid.tar`` (key
``vq_model`` or ``net``; ``vq_name`` comes from the masked transformer's
opt.txt), the masked transformer from ``<name>/model/latest.tar`` (key
``t2m_transformer`` or ``trans``), the residual transformer from
``<res_name>/model/net_best_fid.tar`` (key ``res_transformer``), both with
``strict=False`` where only CLIP's weights may be missing; text through CLIP
ViT-B/32; ``generate(captions, frames // 4, timesteps=time_steps,
cond_scale=cfg, temperature, topk_filter_thres, gsample)``, the residual
transformer's ``generate(ids, captions, token_lengths, temperature=1,
cond_scale=5)``, ``forward_decoder``, ``* std + mean`` with the VQ model's
263-dim statistics (``<vq_name>/meta/``), crop, ``recover_from_ric(x, 22)``.
The length estimator is not loaded: lengths are always given.
"""

from __future__ import annotations

import contextlib
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
    failed_assertion,
    flag,
    import_from_checkout,
    number,
    refuse_unknown,
    relative_to,
    required_checkout,
    torch_load,
)

DATA_WIDTH = 263  # HumanML3D features
MAX_FRAMES = 196  # MoMask's max_motion_length for t2m (49 tokens)

DEFAULTS = {
    "checkpoints_dir": "checkpoints",
    # The released HumanML3D models, as MoMask's README names them.
    "name": "t2m_nlayer8_nhead6_ld384_ff1024_cdp0.1_rvq6ns",
    "res_name": "tres_nlayer8_ld384_ff1024_rvq6ns_cdp0.2_sw",
    "which_epoch": "latest",  # the masked transformer's checkpoint, as gen_t2m.py loads it
    "clip_cache": "~/.cache/clip",
    "clip_sha256": CLIP_SHA256,
    "temperature": 1.0,
    "topkr": 0.9,  # top-k filter of the masked transformer's logits
    "gumbel_sample": False,
    "res_cond_scale": 5.0,  # gen_t2m.py's guidance for the residual transformer
    "allow_cpu": False,
    "independent_samples": False,
    "tf32": True,
}
OPTION_NAMES = ("checkout", *DEFAULTS)


def read_opt(path: Path) -> dict[str, str]:
    """The ``key: value`` lines of a MoMask opt.txt, as text (for preflight; the generator uses get_opt)."""
    values = {}
    for line in path.read_text().splitlines():
        key, sep, value = line.partition(": ")
        if sep:
            values[key.strip()] = value.strip()
    return values


@dataclass(frozen=True)
class MomaskOptions:
    checkout: Path
    checkpoints: Path  # <checkpoints_dir>/t2m
    name: str
    res_name: str
    which_epoch: str
    clip_weights: Path
    clip_sha256: str
    temperature: float
    topkr: float
    gumbel_sample: bool
    res_cond_scale: float
    allow_cpu: bool
    independent_samples: bool
    tf32: bool

    @classmethod
    def parse(cls, options: dict[str, Any]) -> "MomaskOptions":
        refuse_unknown(options, OPTION_NAMES, "momask")
        checkout = required_checkout(
            options, "momask", "momask-codes checkout (the folder with gen_t2m.py, models/ and checkpoints/)"
        )

        def get(name: str) -> str:
            return str(options.get(name, DEFAULTS[name]))

        epoch = get("which_epoch")
        return cls(
            checkout=checkout,
            checkpoints=checkout / Path(get("checkpoints_dir")).expanduser() / "t2m",
            name=get("name"),
            res_name=get("res_name"),
            which_epoch=epoch if epoch.endswith(".tar") else epoch + ".tar",
            clip_weights=Path(get("clip_cache")).expanduser() / CLIP_FILE,
            clip_sha256=get("clip_sha256").strip().lower(),
            temperature=number(options, "temperature", DEFAULTS["temperature"]),
            topkr=number(options, "topkr", DEFAULTS["topkr"]),
            gumbel_sample=flag(options, "gumbel_sample", DEFAULTS["gumbel_sample"]),
            res_cond_scale=number(options, "res_cond_scale", DEFAULTS["res_cond_scale"]),
            allow_cpu=flag(options, "allow_cpu", DEFAULTS["allow_cpu"]),
            independent_samples=flag(options, "independent_samples", DEFAULTS["independent_samples"]),
            tf32=flag(options, "tf32", DEFAULTS["tf32"]),
        )

    def opt_file(self, model: str) -> Path:
        return self.checkpoints / model / "opt.txt"

    def vq_name(self) -> str:
        name = read_opt(self.opt_file(self.name)).get("vq_name")
        if not name:
            raise BackendError(f"{self.opt_file(self.name)} names no vq_name (the residual VQ model it was trained on)")
        return name

    def checkpoint(self, model: str, file: str = "net_best_fid.tar") -> Path:
        return self.checkpoints / model / "model" / file

    def statistics(self, vq_name: str, which: str) -> Path:
        return self.checkpoints / vq_name / "meta" / f"{which}.npy"


def _load_statistics(path: Path) -> np.ndarray:
    values = np.load(path)
    if values.shape != (DATA_WIDTH,):
        raise BackendError(
            f"{path} holds shape {values.shape}; MoMask's HumanML3D models work on {DATA_WIDTH}-dim features "
            "(KIT-ML models, 251-dim with 21 joints, do not fit the workflow's 22-joint skeleton)"
        )
    return values


@contextlib.contextmanager
def numpy_float_alias():
    """``np.float`` while MoMask's modules are imported.

    MoMask's common/quaternion.py computes ``np.finfo(np.float).eps`` at import;
    NumPy 1.24 removed that alias of ``float``, so the import fails on any NumPy
    PyTorch 2.2 or newer is used with. The alias is there during the import only.
    """
    added = "float" not in np.__dict__
    if added:
        np.float = float
    try:
        yield
    finally:
        if added:
            del np.float


def preflight(settings: GenerationSettings, options: dict[str, Any]) -> None:
    """Check the checkout, the three models' opt.txt and checkpoints, statistics, CLIP weights and lengths."""
    opts = MomaskOptions.parse(options)
    check_sequence_length(settings.sequence_length, "MoMask")
    if settings.sequence_length > MAX_FRAMES:
        raise BackendError(
            f"sequence_length: {settings.sequence_length} frames is more than MoMask's {MAX_FRAMES} "
            "(its transformers' longest sequence, 49 tokens)"
        )
    if not opts.checkout.is_dir():
        raise BackendError(f"backend_options.checkout: MoMask checkout {opts.checkout} does not exist")
    for what, option, model in (("masked transformer", "name", opts.name), ("residual transformer", "res_name", opts.res_name)):
        if not opts.opt_file(model).is_file():
            raise BackendError(
                f"MoMask {what} settings {opts.opt_file(model)} are missing (see backend_options.{option} and "
                "checkpoints_dir, and MoMask's prepare/download_models.sh for the downloads)"
            )
    vq_name = opts.vq_name()
    res_vq = read_opt(opts.opt_file(opts.res_name)).get("vq_name")
    if res_vq != vq_name:
        raise BackendError(
            f"MoMask's residual transformer {opts.res_name} was trained on VQ model {res_vq!r}, "
            f"the masked transformer {opts.name} on {vq_name!r}: choose models that belong together"
        )
    for what, path in (
        ("VQ model settings file", opts.opt_file(vq_name)),
        ("VQ model checkpoint", opts.checkpoint(vq_name)),
        ("masked transformer checkpoint", opts.checkpoint(opts.name, opts.which_epoch)),
        ("residual transformer checkpoint", opts.checkpoint(opts.res_name)),
        ("mean", opts.statistics(vq_name, "mean")),
        ("std", opts.statistics(vq_name, "std")),
    ):
        if not path.is_file():
            raise BackendError(f"MoMask {what} {path} is missing")
    for which in ("mean", "std"):
        _load_statistics(opts.statistics(vq_name, which))
    check_clip_weights(opts.clip_weights, opts.clip_sha256)


class MomaskGenerator(CheckoutGenerator):
    model = "MoMask"
    max_frames = MAX_FRAMES

    def __init__(self, settings: GenerationSettings, options: dict[str, Any]):
        opts = MomaskOptions.parse(options)
        self.start(settings, options, opts, preflight, "is run on a CUDA GPU here")
        self.vq_name = opts.vq_name()
        try:
            self._build()
        except AssertionError as err:
            raise failed_assertion("MoMask", "building its models", err) from err
        self.mean = _load_statistics(opts.statistics(self.vq_name, "mean"))
        self.std = _load_statistics(opts.statistics(self.vq_name, "std"))

    def _build(self) -> None:
        opts = self.options
        with numpy_float_alias():
            get_opt = import_from_checkout(opts.checkout, "utils.get_opt", "MoMask").get_opt
            vq_module = import_from_checkout(opts.checkout, "models.vq.model", "MoMask")
            transformers = import_from_checkout(opts.checkout, "models.mask_transformer.transformer", "MoMask")
            motion_process = import_from_checkout(opts.checkout, "utils.motion_process", "MoMask")
        self.recover_from_ric = motion_process.recover_from_ric

        vq_opt = get_opt(str(opts.opt_file(self.vq_name)), device=self.device)
        vq_opt.dim_pose = DATA_WIDTH
        self.vq = vq_module.RVQVAE(
            vq_opt, vq_opt.dim_pose, vq_opt.nb_code, vq_opt.code_dim, vq_opt.output_emb_width, vq_opt.down_t,
            vq_opt.stride_t, vq_opt.width, vq_opt.depth, vq_opt.dilation_growth_rate, vq_opt.vq_act, vq_opt.vq_norm,
        )
        self.vq.load_state_dict(torch_load(opts.checkpoint(self.vq_name), "vq_model", "net"))

        model_opt = get_opt(str(opts.opt_file(opts.name)), device=self.device)
        model_opt.num_tokens = vq_opt.nb_code
        model_opt.num_quantizers = vq_opt.num_quantizers
        model_opt.code_dim = vq_opt.code_dim
        res_opt = get_opt(str(opts.opt_file(opts.res_name)), device=self.device)
        res_opt.num_quantizers = vq_opt.num_quantizers
        res_opt.num_tokens = vq_opt.nb_code
        with clip_loads_from(opts.clip_weights):
            self.transformer = transformers.MaskTransformer(
                code_dim=model_opt.code_dim, cond_mode="text", latent_dim=model_opt.latent_dim,
                ff_size=model_opt.ff_size, num_layers=model_opt.n_layers, num_heads=model_opt.n_heads,
                dropout=model_opt.dropout, clip_dim=512, cond_drop_prob=model_opt.cond_drop_prob,
                clip_version=CLIP_VERSION, opt=model_opt,
            )
            self.residual = transformers.ResidualTransformer(
                code_dim=vq_opt.code_dim, cond_mode="text", latent_dim=res_opt.latent_dim, ff_size=res_opt.ff_size,
                num_layers=res_opt.n_layers, num_heads=res_opt.n_heads, dropout=res_opt.dropout, clip_dim=512,
                shared_codebook=vq_opt.shared_codebook, cond_drop_prob=res_opt.cond_drop_prob,
                share_weight=res_opt.share_weight, clip_version=CLIP_VERSION, opt=res_opt,
            )
        trans_path = opts.checkpoint(opts.name, opts.which_epoch)
        result = self.transformer.load_state_dict(torch_load(trans_path, "t2m_transformer", "trans"), strict=False)
        check_state_dict_fits(result, trans_path, "MoMask's masked transformer")
        res_path = opts.checkpoint(opts.res_name)
        result = self.residual.load_state_dict(torch_load(res_path, "res_transformer"), strict=False)
        check_state_dict_fits(result, res_path, "MoMask's residual transformer")
        for model in (self.vq, self.transformer, self.residual):
            model.to(self.device).eval()

    def describe(self) -> dict[str, Any]:
        opts = self.options
        return {
            "backend": "momask",
            "name": opts.name,
            "res_name": opts.res_name,
            "vq_name": self.vq_name,
            "transformer_checkpoint": relative_to(opts.checkpoint(opts.name, opts.which_epoch), opts.checkout),
            "residual_checkpoint": relative_to(opts.checkpoint(opts.res_name), opts.checkout),
            "vq_checkpoint": relative_to(opts.checkpoint(self.vq_name), opts.checkout),
            "clip": CLIP_VERSION,
            "commit": checkout_commit(opts.checkout),
            "temperature": opts.temperature,
            "topkr": opts.topkr,
            "gumbel_sample": opts.gumbel_sample,
            "res_cond_scale": opts.res_cond_scale,
            "independent_samples": opts.independent_samples,
            "tf32": opts.tf32 and self.device.type == "cuda",
        }

    def features(self, texts: list[str], token_lengths) -> np.ndarray:
        opts = self.options
        ids = self.transformer.generate(
            texts, token_lengths, timesteps=self.settings.time_steps, cond_scale=self.settings.cfg,
            temperature=opts.temperature, topk_filter_thres=opts.topkr, gsample=opts.gumbel_sample,
        )
        ids = self.residual.generate(ids, texts, token_lengths, temperature=1, cond_scale=opts.res_cond_scale)
        return self.vq.forward_decoder(ids).detach().float().cpu().numpy()
