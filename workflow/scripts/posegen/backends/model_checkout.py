"""What the adapters of text-to-motion research code (MARDM, MoMask) share.

Both run from the user's own checkout of the model's repository, load its
checkpoints with torch.load, decode HumanML3D-style features to 22 joints with
the checkout's ``recover_from_ric``, make 4 frames per token at 20 fps, draw
their noise from torch's global RNG for a whole batch, and may run out of GPU
memory on a large batch.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import sys
import traceback
from collections import deque
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from posegen.backends import BackendError, GenerationFailed, MotionBatch
from posegen.skeleton import JOINT, NUM_JOINTS

FRAMES_PER_TOKEN = 4  # both models' autoencoders downsample time by 4 (20 fps data)


# ----------------------------------------------------------------------------- options


def flag(options: dict[str, Any], name: str, default: bool) -> bool:
    """A boolean option; ``--config`` delivers nested values as strings."""
    value = options.get(name, default)
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "1", "on"):
        return True
    if text in ("false", "no", "0", "off", ""):
        return False
    raise BackendError(f"backend_options.{name}: expected true or false, got {value!r}")


def number(options: dict[str, Any], name: str, default: float) -> float:
    value = options.get(name, default)
    try:
        return float(value)
    except (TypeError, ValueError):
        raise BackendError(f"backend_options.{name}: expected a number, got {value!r}") from None


def refuse_unknown(options: dict[str, Any], known: Sequence[str], backend: str) -> None:
    unknown = sorted(set(options) - set(known))
    if unknown:
        raise BackendError(f"backend_options: unknown option(s) {unknown} for {backend}; known: {list(known)}")


def required_checkout(options: dict[str, Any], backend: str, what: str) -> Path:
    """The ``checkout`` option as an absolute path; an error naming ``what`` the folder holds when it is not set."""
    if not options.get("checkout"):
        raise BackendError(f"backend_options.checkout is required for backend {backend}: the path of your {what}")
    return Path(str(options["checkout"])).expanduser().absolute()


def relative_to(path: Path, checkout: Path) -> str:
    """A path as recorded in each pose's JSON: relative to the checkout when inside it."""
    try:
        return str(path.relative_to(checkout))
    except ValueError:
        return str(path)


def check_sequence_length(frames: int, model: str) -> None:
    if frames % FRAMES_PER_TOKEN:
        raise BackendError(
            f"sequence_length: {frames} is not a multiple of {FRAMES_PER_TOKEN}; {model} generates "
            f"{FRAMES_PER_TOKEN} frames per token (e.g. use {max(4, frames // 4 * 4)})"
        )


# ----------------------------------------------------------------------------- checkout


def import_from_checkout(checkout: Path, module_name: str, model: str):
    """Import one of the model's modules from the checkout, refusing a same-named module from elsewhere."""
    if str(checkout) not in sys.path:
        sys.path.insert(0, str(checkout))
    try:
        module = importlib.import_module(module_name)
    except ImportError as err:
        raise BackendError(f"cannot import {module_name} from the {model} checkout {checkout}: {err}") from err
    except Exception as err:  # the model's own code failed while it was imported (e.g. a removed NumPy alias)
        first_line = str(err).splitlines()[0] if str(err) else ""
        raise BackendError(
            f"importing {module_name} from the {model} checkout {checkout} failed: {type(err).__name__}: {first_line} "
            f"(see envs/{model.lower()}.yaml for the package versions its code runs with)"
        ) from err
    origin = Path(getattr(module, "__file__", "") or "").resolve()
    if checkout.resolve() not in origin.parents:
        raise BackendError(
            f"module {module_name!r} was imported from {origin}, not from the {model} checkout {checkout}: "
            "another package with that name is on the path"
        )
    return module


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


def torch_load(path: Path, *keys: str):
    """The first of ``keys`` found in a checkpoint file (models name the same entry differently by version)."""
    import torch

    # weights_only=False as the models' own scripts load these files (torch < 2.6 default):
    # they are the user's checkpoints and may hold non-tensor training state.
    checkpoint = torch.load(path, map_location="cpu", weights_only=False)
    for key in keys:
        if isinstance(checkpoint, dict) and key in checkpoint:
            return checkpoint[key]
    found = sorted(checkpoint) if isinstance(checkpoint, dict) else type(checkpoint).__name__
    raise BackendError(f"{path} has no {' or '.join(repr(k) for k in keys)} entry (found {found})")


def check_state_dict_fits(result, path: Path, model: str) -> None:
    """After ``load_state_dict(strict=False)``: only CLIP's frozen weights may be missing (as the models assert)."""
    missing, unexpected = result
    not_clip = [key for key in missing if not key.startswith("clip_model.")]
    if unexpected or not_clip:
        raise BackendError(f"{path} does not fit {model}: missing {not_clip[:5]}, unexpected {unexpected[:5]}")


@contextlib.contextmanager
def cuda_check_passed(on_cpu: bool):
    """On the CPU (allow_cpu), let a model's ``assert torch.cuda.is_available()`` pass while it is built.

    MARDM asserts CUDA only before converting CLIP's text encoder to float16;
    the model itself runs on the CPU (slowly).
    """
    import torch

    if not on_cpu:
        yield
        return
    original = torch.cuda.is_available
    torch.cuda.is_available = lambda: True
    try:
        yield
    finally:
        torch.cuda.is_available = original


def failed_assertion(model: str, what: str, err: AssertionError) -> BackendError:
    """A bare assertion inside the model's code, as an error that says where and what to check."""
    frames = traceback.extract_tb(err.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno} `{frames[-1].line}`" if frames else "?"
    detail = f": {err}" if str(err) else ""
    return BackendError(
        f"{model}'s code failed an assertion while {what} ({where}{detail}); check that the checkout, "
        "checkpoints and settings belong together (backend_options and sequence_length)"
    )


def set_tf32(enabled: bool) -> None:
    """TF32 matmuls on Ampere or newer: ~3 decimal digits of matmul precision for tensor-core speed."""
    import torch

    torch.backends.cudnn.benchmark = False
    torch.backends.cuda.matmul.allow_tf32 = enabled
    torch.backends.cudnn.allow_tf32 = enabled


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
    """Frames a model generates for a requested length: down to a multiple of 4 (as their scripts), at least 4."""
    return max(int(length) // FRAMES_PER_TOKEN, 1) * FRAMES_PER_TOKEN


def stack_clips(clips: Sequence[np.ndarray], lengths: Sequence[int]) -> np.ndarray:
    """Clips padded with their last generated frame up to the longest requested length, facing +z.

    Padding with the last frame makes a frame index counted from the end of a
    requested length land on a real frame.
    """
    total = max([*lengths, *(len(clip) for clip in clips)])
    padded = [np.concatenate([clip, np.repeat(clip[-1:], total - len(clip), axis=0)]) for clip in clips]
    return face_plus_z(np.stack(padded))


def is_out_of_memory(err: BaseException) -> bool:
    import torch

    return isinstance(err, torch.cuda.OutOfMemoryError) or (
        isinstance(err, RuntimeError) and "out of memory" in str(err).lower()
    )


def batch_seed(seeds: Sequence[int]) -> int:
    """One RNG seed for a batch, from its samples' seeds (the models sample from torch's global RNG)."""
    text = ",".join(str(int(s)) for s in seeds)
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little") >> 1


def chunk_seed(seeds: Sequence[int], chunk: Sequence[int]) -> int:
    """The RNG seed of a chunk: a sample's own seed when alone, else one derived from all of them."""
    return int(seeds[chunk[0]]) if len(chunk) == 1 else batch_seed([seeds[i] for i in chunk])


# ----------------------------------------------------------------------------- generator


class CheckoutGenerator:
    """The generation loop of MARDM's and MoMask's adapters.

    A subclass sets ``model`` (its name in messages) and ``max_frames``, calls
    ``start(...)`` first in its ``__init__``, sets ``mean`` and ``std`` (of the
    features) and ``recover_from_ric`` (the checkout's), and implements
    ``features(texts, token_lengths)``: one chunk's normalised features
    (B, frames, D), called under torch.no_grad().

    Chunks hold at most ``max_batch`` samples; a chunk that runs out of GPU
    memory is halved and retried, and later chunks of the same job start at the
    size that fitted. A sample that runs out of memory alone fails its batch
    (GenerationFailed), which the job records.
    """

    model = ""
    max_frames: int | None = None

    def start(self, settings, options: dict[str, Any], opts, preflight: Callable, cpu_reason: str) -> None:
        """Settings, parsed options (with allow_cpu, independent_samples, tf32), the CPU refusal, preflight, device."""
        import torch

        self.settings = settings
        self.options = opts
        if settings.device != "cuda" and not opts.allow_cpu:
            raise BackendError(
                f"{self.model} {cpu_reason}; this job got device {settings.device!r} (no GPU visible to it). "
                "Run generation where a GPU is visible (see gpus and --resources gpu=N), or set "
                "backend_options.allow_cpu: true to run it on the CPU (slow; for checks, not datasets)"
            )
        preflight(settings, options)
        self.device = torch.device(settings.device)
        if self.device.type == "cuda":
            set_tf32(opts.tf32)
        self.max_batch = max(int(settings.batch_size), 1)

    def features(self, texts: list[str], token_lengths) -> np.ndarray:
        raise NotImplementedError

    def generate(self, captions: Sequence[str], seeds: Sequence[int], lengths: Sequence[int]) -> MotionBatch:
        if not (len(captions) == len(seeds) == len(lengths)):
            raise ValueError("captions, seeds and lengths must have the same length")
        frames = [token_frames(n) for n in lengths]
        if self.max_frames:
            frames = [min(n, self.max_frames) for n in frames]
        clips: dict[int, np.ndarray] = {}
        info: dict[int, dict[str, Any]] = {}
        size = 1 if self.options.independent_samples else self.max_batch
        queue = deque(list(range(start, min(start + size, len(captions)))) for start in range(0, len(captions), size))
        while queue:
            chunk = queue.popleft()
            try:
                self._generate_chunk(chunk, captions, seeds, frames, clips, info)
            except AssertionError as err:
                raise failed_assertion(self.model, f"generating {len(chunk)} samples", err) from err
            except RuntimeError as err:  # torch.cuda.OutOfMemoryError is one
                if not is_out_of_memory(err):
                    raise
                self._free_memory()
                if len(chunk) == 1:
                    i = chunk[0]
                    first_line = str(err).splitlines()[0] if str(err) else type(err).__name__
                    raise GenerationFailed(
                        f"{self.model} ran out of GPU memory on {captions[i]!r} ({frames[i]} frames) even at "
                        f"batch size 1: {first_line}"
                    ) from err
                half = (len(chunk) + 1) // 2
                self.max_batch = min(self.max_batch, half)
                queue.extendleft([chunk[half:], chunk[:half]])
        motions = stack_clips([clips[i] for i in range(len(captions))], lengths)
        return MotionBatch(motions=motions, info=[info[i] for i in range(len(captions))])

    def _generate_chunk(self, chunk, captions, seeds, frames, clips, info) -> None:
        import torch

        # Both models draw their noise from torch's global RNG for the whole batch, so a
        # sample depends on its batch unless it is generated alone (independent_samples).
        rng_seed = chunk_seed(seeds, chunk)
        torch.manual_seed(rng_seed)
        tokens = [frames[i] // FRAMES_PER_TOKEN for i in chunk]
        token_lengths = torch.tensor(tokens, dtype=torch.long, device=self.device)
        with torch.no_grad():
            decoded = self.features([captions[i] for i in chunk], token_lengths)
        data = decoded * self.std + self.mean
        for row, i in enumerate(chunk):
            joints = self.recover_from_ric(torch.from_numpy(data[row, : frames[i]]).float(), NUM_JOINTS)
            clips[i] = np.asarray(joints.cpu().numpy(), dtype=np.float32)
            info[i] = {"frames": frames[i], "batch": len(chunk), "rng_seed": rng_seed}

    def _free_memory(self) -> None:
        import torch

        if self.device.type == "cuda":
            torch.cuda.empty_cache()
