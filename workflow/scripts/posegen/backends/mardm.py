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

import contextlib
import hashlib
import importlib
import sys
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from posegen.backends import BackendError, GenerationFailed, GenerationSettings, MotionBatch
from posegen.skeleton import JOINT, NUM_JOINTS

FRAMES_PER_TOKEN = 4  # MARDM's AE downsamples time by 4 (20 fps data)
DATA_WIDTH = 67  # root 4 + 21 x 3 joint positions (not HumanML3D's 263)
CLIP_VERSION = "ViT-B/32"
CLIP_FILE = "ViT-B-32.pt"  # the name clip.load gives the downloaded weights
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
    "temperature": 1.0,
    "allow_cpu": False,
    "independent_samples": False,
}
OPTION_NAMES = ("checkout", *DEFAULTS)


# ----------------------------------------------------------------------------- options


def _flag(options: dict[str, Any], name: str) -> bool:
    """A boolean option; ``--config`` delivers nested values as strings."""
    value = options.get(name, DEFAULTS[name])
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "1", "on"):
        return True
    if text in ("false", "no", "0", "off", ""):
        return False
    raise BackendError(f"backend_options.{name}: expected true or false, got {value!r}")


def _number(options: dict[str, Any], name: str) -> float:
    value = options.get(name, DEFAULTS[name])
    try:
        return float(value)
    except (TypeError, ValueError):
        raise BackendError(f"backend_options.{name}: expected a number, got {value!r}") from None


@dataclass(frozen=True)
class MardmOptions:
    checkout: Path
    model_checkpoint: Path
    ae_checkpoint: Path
    mean: Path
    std: Path
    clip_weights: Path
    model_name: str
    ae_name: str
    model: str
    temperature: float
    allow_cpu: bool
    independent_samples: bool

    @classmethod
    def parse(cls, options: dict[str, Any]) -> "MardmOptions":
        unknown = sorted(set(options) - set(OPTION_NAMES))
        if unknown:
            raise BackendError(f"backend_options: unknown option(s) {unknown} for mardm; known: {list(OPTION_NAMES)}")
        if not options.get("checkout"):
            raise BackendError(
                "backend_options.checkout is required for backend mardm: the path of your MARDM checkout "
                "(the folder with sample.py, models/ and checkpoints/)"
            )
        checkout = Path(str(options["checkout"])).expanduser().absolute()

        def in_checkout(name: str) -> Path:
            # Relative paths mean what they mean to MARDM's own scripts, run from the checkout.
            return checkout / Path(str(options.get(name, DEFAULTS[name]))).expanduser()

        checkpoints = in_checkout("checkpoints_dir") / str(options.get("dataset_name", DEFAULTS["dataset_name"]))
        model_name = str(options.get("model_name", DEFAULTS["model_name"]))
        ae_name = str(options.get("ae_name", DEFAULTS["ae_name"]))
        return cls(
            checkout=checkout,
            model_checkpoint=checkpoints / model_name / "model" / "latest.tar",
            ae_checkpoint=checkpoints / ae_name / "model" / "latest.tar",
            mean=in_checkout("mean"),
            std=in_checkout("std"),
            clip_weights=Path(str(options.get("clip_cache", DEFAULTS["clip_cache"]))).expanduser() / CLIP_FILE,
            model_name=model_name,
            ae_name=ae_name,
            model=str(options.get("model", DEFAULTS["model"])),
            temperature=_number(options, "temperature"),
            allow_cpu=_flag(options, "allow_cpu"),
            independent_samples=_flag(options, "independent_samples"),
        )

    def relative(self, path: Path) -> str:
        """A path as recorded in each pose's JSON: relative to the checkout when inside it."""
        try:
            return str(path.relative_to(self.checkout))
        except ValueError:
            return str(path)


def _load_statistics(path: Path, name: str) -> np.ndarray:
    values = np.load(path)
    if values.shape != (DATA_WIDTH,):
        raise BackendError(
            f"backend_options.{name}: {path} holds shape {values.shape}; MARDM works on {DATA_WIDTH}-dim data "
            f"(root 4 + 21 x 3 positions), e.g. utils/eval_mean_std/t2m/eval_{name}.npy in the checkout"
        )
    return values


def preflight(settings: GenerationSettings, options: dict[str, Any]) -> None:
    """Check the checkout, checkpoints, statistics, CLIP weights and sequence_length (no GPU needed)."""
    opts = MardmOptions.parse(options)
    if settings.sequence_length % FRAMES_PER_TOKEN:
        raise BackendError(
            f"sequence_length: {settings.sequence_length} is not a multiple of {FRAMES_PER_TOKEN}; MARDM generates "
            f"{FRAMES_PER_TOKEN} frames per token (e.g. use {max(4, settings.sequence_length // 4 * 4)})"
        )
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
    if not opts.clip_weights.is_file():
        raise BackendError(
            f"CLIP {CLIP_VERSION} weights {opts.clip_weights} are missing: jobs cannot download them. Fetch them "
            f"once where there is network (python -c \"import clip; clip.load('{CLIP_VERSION}')\") "
            "or set backend_options.clip_cache to the folder that holds them"
        )


# ----------------------------------------------------------------------------- checkout


def _import_from_checkout(checkout: Path, module_name: str):
    """Import one of MARDM's modules from the checkout, refusing a same-named module from elsewhere."""
    if str(checkout) not in sys.path:
        sys.path.insert(0, str(checkout))
    try:
        module = importlib.import_module(module_name)
    except ImportError as err:
        raise BackendError(f"cannot import {module_name} from the MARDM checkout {checkout}: {err}") from err
    origin = Path(getattr(module, "__file__", "") or "").resolve()
    if checkout.resolve() not in origin.parents:
        raise BackendError(
            f"module {module_name!r} was imported from {origin}, not from the MARDM checkout {checkout}: "
            "another package with that name is on the path"
        )
    return module


@contextlib.contextmanager
def _clip_weights_from(folder: Path):
    """Make MARDM's ``clip.load(...)`` read the weights from ``folder`` (it passes no download_root)."""
    try:
        import clip
    except ImportError as err:
        raise BackendError(f"MARDM needs OpenAI's CLIP package (pip install clip-anytorch): {err}") from err
    original = clip.load

    def load(*args, **kwargs):
        kwargs.setdefault("download_root", str(folder))
        return original(*args, **kwargs)

    clip.load = load
    try:
        yield
    finally:
        clip.load = original


def checkout_commit(checkout: Path) -> str | None:
    """The checkout's commit read from .git without running git; None when it cannot be read."""
    git = checkout / ".git"
    try:
        if git.is_file():  # worktree or submodule: "gitdir: <path>"
            git = (checkout / git.read_text().split(":", 1)[1].strip()).resolve()
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref:"):
            return head
        ref = head.split(":", 1)[1].strip()
        loose = git / ref
        if loose.is_file():
            return loose.read_text().strip()
        for line in (git / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split()[0]
    except (OSError, IndexError):
        pass
    return None


def _torch_load(path: Path, key: str):
    import torch

    # weights_only=False as MARDM's own scripts load these files (torch 2.2 default):
    # they are the user's checkpoints and may hold non-tensor training state.
    checkpoint = torch.load(path, map_location="cpu", weights_only=False)
    if not isinstance(checkpoint, dict) or key not in checkpoint:
        keys = sorted(checkpoint) if isinstance(checkpoint, dict) else type(checkpoint).__name__
        raise BackendError(f"{path} has no {key!r} entry (found {keys})")
    return checkpoint[key]


# ----------------------------------------------------------------------------- conventions


def face_plus_z(motions: np.ndarray) -> np.ndarray:
    """Clips (B, T, 22, 3) turned about y so that each first frame faces +z, pelvis at x = z = 0.

    Facing +z with y up means the hips' left-right axis (left_hip - right_hip)
    points to +x; one yaw per clip, so the motion within a clip is unchanged.
    """
    motions = np.asarray(motions, dtype=np.float64).copy()
    motions[..., [0, 2]] -= motions[:, :1, :1, [0, 2]]
    across = motions[:, 0, JOINT["left_hip"]] - motions[:, 0, JOINT["right_hip"]]
    angle = np.arctan2(across[:, 2], across[:, 0])[:, None, None]
    x, z = motions[..., 0].copy(), motions[..., 2].copy()
    motions[..., 0] = x * np.cos(angle) + z * np.sin(angle)
    motions[..., 2] = -x * np.sin(angle) + z * np.cos(angle)
    return motions.astype(np.float32)


def token_frames(length: int) -> int:
    """Frames MARDM generates for a requested length: down to a multiple of 4 (as sample.py), at least 4."""
    return max(int(length) // FRAMES_PER_TOKEN, 1) * FRAMES_PER_TOKEN


def _pad_with_last_frame(clip: np.ndarray, frames: int) -> np.ndarray:
    return np.concatenate([clip, np.repeat(clip[-1:], frames - len(clip), axis=0)])


def _is_out_of_memory(err: BaseException) -> bool:
    import torch

    return isinstance(err, torch.cuda.OutOfMemoryError) or (
        isinstance(err, RuntimeError) and "out of memory" in str(err).lower()
    )


def _batch_seed(seeds: Sequence[int]) -> int:
    """One RNG seed for a batch, from its samples' seeds (MARDM samples from torch's global RNG)."""
    text = ",".join(str(int(s)) for s in seeds)
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little") >> 1


# ----------------------------------------------------------------------------- generator


class MardmGenerator:
    def __init__(self, settings: GenerationSettings, options: dict[str, Any]):
        import torch

        self.settings = settings
        self.options = MardmOptions.parse(options)
        opts = self.options
        if settings.device != "cuda" and not opts.allow_cpu:
            raise BackendError(
                f"MARDM needs a CUDA GPU; this job got device {settings.device!r} (no GPU visible to it). "
                "Run generation where a GPU is visible (see gpus and --resources gpu=N)"
            )
        preflight(settings, options)
        self.device = torch.device(settings.device)
        if self.device.type == "cuda":  # numerics as in MARDM's sample.py
            torch.backends.cudnn.benchmark = False
            torch.backends.cuda.matmul.allow_tf32 = False
            torch.backends.cudnn.allow_tf32 = False

        ae_models = _import_from_checkout(opts.checkout, "models.AE").AE_models
        mardm_models = _import_from_checkout(opts.checkout, "models.MARDM").MARDM_models
        self.recover_from_ric = _import_from_checkout(opts.checkout, "utils.motion_process").recover_from_ric
        if opts.model not in mardm_models:
            raise BackendError(f"backend_options.model: {opts.model!r} is not one of {sorted(mardm_models)}")

        self.ae = ae_models[AE_MODEL](input_width=DATA_WIDTH)
        self.ae.load_state_dict(_torch_load(opts.ae_checkpoint, "ae"))
        with _clip_weights_from(opts.clip_weights.parent):
            self.model = mardm_models[opts.model](ae_dim=self.ae.output_emb_width, cond_mode="text")
        missing, unexpected = self.model.load_state_dict(_torch_load(opts.model_checkpoint, "ema_mardm"), strict=False)
        not_clip = [key for key in missing if not key.startswith("clip_model.")]
        if unexpected or not_clip:
            raise BackendError(
                f"{opts.model_checkpoint} does not fit {opts.model}: "
                f"missing {not_clip[:5]}, unexpected {unexpected[:5]}"
            )
        self.ae.to(self.device).eval()
        self.model.to(self.device).eval()
        self.mean = _load_statistics(opts.mean, "mean")
        self.std = _load_statistics(opts.std, "std")
        self.max_batch = max(int(settings.batch_size), 1)

    def describe(self) -> dict[str, Any]:
        opts = self.options
        return {
            "backend": "mardm",
            "model": opts.model,
            "model_name": opts.model_name,
            "ae_name": opts.ae_name,
            "model_checkpoint": opts.relative(opts.model_checkpoint),
            "ae_checkpoint": opts.relative(opts.ae_checkpoint),
            "mean": opts.relative(opts.mean),
            "std": opts.relative(opts.std),
            "clip": CLIP_VERSION,
            "commit": checkout_commit(opts.checkout),
            "temperature": opts.temperature,
            "independent_samples": opts.independent_samples,
        }

    def generate(self, captions: Sequence[str], seeds: Sequence[int], lengths: Sequence[int]) -> MotionBatch:
        if not (len(captions) == len(seeds) == len(lengths)):
            raise ValueError("captions, seeds and lengths must have the same length")
        frames = [token_frames(n) for n in lengths]
        clips: dict[int, np.ndarray] = {}
        info: dict[int, dict[str, Any]] = {}
        size = 1 if self.options.independent_samples else self.max_batch
        queue = deque(list(range(start, min(start + size, len(captions)))) for start in range(0, len(captions), size))
        while queue:
            chunk = queue.popleft()
            try:
                self._generate_chunk(chunk, captions, seeds, frames, clips, info)
            except RuntimeError as err:  # torch.cuda.OutOfMemoryError is one
                if not _is_out_of_memory(err):
                    raise
                self._free_memory()
                if len(chunk) == 1:
                    i = chunk[0]
                    raise GenerationFailed(
                        f"MARDM ran out of GPU memory on {captions[i]!r} ({frames[i]} frames) even at batch size 1: "
                        f"{str(err).splitlines()[0] if str(err) else type(err).__name__}"
                    ) from err
                # Halve and retry; later batches of this job start at the size that fits.
                half = (len(chunk) + 1) // 2
                self.max_batch = min(self.max_batch, half)
                queue.extendleft([chunk[half:], chunk[:half]])

        # Pad with the last generated frame up to the longest requested length, so a
        # frame index counted from the end of a requested length lands on a real frame.
        total = max([*lengths, *frames])
        motions = np.stack([_pad_with_last_frame(clips[i], total) for i in range(len(captions))])
        return MotionBatch(motions=face_plus_z(motions), info=[info[i] for i in range(len(captions))])

    def _generate_chunk(self, chunk, captions, seeds, frames, clips, info) -> None:
        import torch

        # MARDM draws all its noise from torch's global RNG for the whole batch, so a
        # sample depends on its batch unless it is generated alone (independent_samples).
        rng_seed = int(seeds[chunk[0]]) if len(chunk) == 1 else _batch_seed([seeds[i] for i in chunk])
        torch.manual_seed(rng_seed)
        tokens = [frames[i] // FRAMES_PER_TOKEN for i in chunk]
        token_lengths = torch.tensor(tokens, dtype=torch.long, device=self.device)
        with torch.no_grad():
            latents = self.model.generate(
                [captions[i] for i in chunk],
                token_lengths,
                self.settings.time_steps,
                self.settings.cfg,
                temperature=self.options.temperature,
            )
            decoded = self.ae.decode(latents).detach().cpu().numpy()
        data = decoded * self.std + self.mean
        for row, i in enumerate(chunk):
            joints = self.recover_from_ric(torch.from_numpy(data[row, : frames[i]]).float(), NUM_JOINTS)
            clips[i] = np.asarray(joints.cpu().numpy(), dtype=np.float32)
            info[i] = {"frames": frames[i], "batch": len(chunk), "rng_seed": rng_seed}

    def _free_memory(self) -> None:
        import torch

        if self.device.type == "cuda":
            torch.cuda.empty_cache()
