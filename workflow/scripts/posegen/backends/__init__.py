"""Generator backends: captions + seeds + settings in, motion clips out.

A backend is named in config as ``backend: builtin`` (a registered name) or
``backend: "package.module:callable"`` (a plugin). The callable is called as
``callable(settings, options)`` and returns an object with the ``Generator``
methods below.
"""

from __future__ import annotations

import importlib
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol, Sequence

import numpy as np

# name -> "module:callable"; imported lazily so that a missing optional
# dependency of one backend does not break the others.
REGISTRY = {
    "builtin": "posegen.builtin:BuiltinGenerator",
    "mardm": "posegen.backends.mardm:MardmGenerator",
    "momask": "posegen.backends.momask:MomaskGenerator",
}


@dataclass(frozen=True)
class GenerationSettings:
    """Settings every backend receives (a backend ignores what it has no use for)."""

    sequence_length: int = 16  # frames per clip (20 fps in HumanML3D models)
    time_steps: int = 18  # diffusion / sampling steps
    cfg: float = 4.5  # classifier-free guidance scale
    batch_size: int = 8
    variation: float = 1.0  # builtin: scale of seeded natural variation, 0 = canonical pose
    device: str = "cpu"  # "cpu" or "cuda" (already pinned through CUDA_VISIBLE_DEVICES)

    def as_record(self) -> dict[str, Any]:
        record = asdict(self)
        record.pop("device")
        return record


@dataclass
class MotionBatch:
    """What ``Generator.generate`` returns for B captions.

    motions: (B, T, 22, 3) float32, metres, y up. Sample i is valid for its first
        lengths[i] frames; later frames are padding.
    info: one JSON-serialisable dict per sample (e.g. the builtin's ``matched``
        flag and the words it understood); copied into the pose's record.
    """

    motions: np.ndarray
    info: list[dict[str, Any]] = field(default_factory=list)


class Generator(Protocol):
    """A backend. Optionally it may also define ``share_solved(folder)``, called once before
    its first batch with a folder every generation job of the run's settings shares, and
    ``save_solved()``, called after its last batch, to reuse work across shards (the builtin
    generator keeps its solved poses there); what it leaves there must change speed only."""

    def describe(self) -> dict[str, Any]:
        """Backend name, model/checkpoint names and anything else a record needs to be reproducible."""

    def generate(
        self, captions: Sequence[str], seeds: Sequence[int], lengths: Sequence[int]
    ) -> MotionBatch:
        """Motion clips for the captions; sample i must depend only on (captions[i], seeds[i], lengths[i])."""


class BackendError(RuntimeError):
    """A backend cannot be loaded or run; the message says what to fix."""


class GenerationFailed(BackendError):
    """Generating one batch failed for a reason tied to its captions (e.g. out of memory at
    batch size 1); the job records the failure and goes on with the other batches."""


def resolve(backend: str):
    """The factory callable for a registered name or a ``module:callable`` plugin spec."""
    spec = REGISTRY.get(backend, backend)
    if ":" not in spec:
        raise BackendError(
            f"unknown backend {backend!r}: use one of {sorted(REGISTRY)} "
            "or a plugin as 'package.module:callable'"
        )
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as err:
        raise BackendError(f"backend {backend!r}: cannot import {module_name!r}: {err}") from err
    try:
        factory = getattr(module, attr)
    except AttributeError:
        raise BackendError(f"backend {backend!r}: {module_name!r} has no attribute {attr!r}") from None
    if not callable(factory) or isinstance(factory, type(importlib)):
        raise BackendError(
            f"backend {backend!r}: {module_name}.{attr} is not a generator factory (a class or function "
            "taking (settings, options)); see Backends in the README"
        )
    return factory


def declared_version(factory) -> Any:
    """The ``VERSION`` a generator factory declares (None when it declares none): poses cached or
    shards generated under another version are not reused."""
    return getattr(factory, "VERSION", None)


def preflight(backend: str, settings: GenerationSettings, options: dict[str, Any] | None = None) -> None:
    """Check a backend's installation before any job starts (called when the workflow is parsed).

    A backend module may define ``preflight(settings, options)`` that raises
    BackendError naming what is missing (a path, a checkpoint, a setting); it must
    be cheap and must not need a GPU (the workflow may be parsed on a login node).
    """
    factory = resolve(backend)
    module = getattr(factory, "__module__", None)
    if not isinstance(module, str):
        raise BackendError(f"backend {backend!r}: not a generator factory defined in a module")
    check = getattr(importlib.import_module(module), "preflight", None)
    if check is not None:
        check(settings, dict(options or {}))
