"""BuiltinGenerator: captions -> clips that ease from the rest pose into the described pose.

The composer builds a natural pose from the concepts the lexicon knows; the
caption reader's constraints (the vocabulary curation checks) are then solved for
(``fit``), so that a description phrased in a way the lexicon does not know still
gets the arms, legs and torso it describes. Per distinct meaning the pose is cached; per sample a
seeded RNG adds natural variation; forward kinematics runs batched (float64,
elementwise, in NumPy on the CPU and in torch on a GPU) so a sample never depends
on its batch.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from posegen.backends import GenerationSettings, MotionBatch
from posegen.skeleton import NUM_JOINTS

from .body import forward_kinematics, ground, rodrigues
from .compose import Composed, Composer
from posegen.caption_reader import read_caption

from .parse import parse_caption
from .plan import make_plan
from . import solved_store
from .solve import placed_joints, solve
from .understanding import Understanding, understand

VERSION = "150"
EASE_FRAMES = 4
VARIATION_RADIANS = np.radians(3.0)  # per joint and axis at variation = 1
CHUNK = 2048  # samples per forward-kinematics batch: memory stays flat in the number of captions
_POSE_CACHE_SIZE = 4096


class BuiltinGenerator:
    VERSION = VERSION  # part of the generation cache key: bump VERSION when poses change
    # Captions per call whatever batch_size says: batch_size sizes a learned model's GPU
    # batches, while this generator's solving is vectorised over a call (8 a call: ~140
    # poses/s on one core; 256: ~400). A pose never depends on the others of its call.
    MIN_CALL_SIZE = 256

    def __init__(self, settings: GenerationSettings, options: dict[str, Any] | None = None):
        self.settings = settings
        self.variation = max(float(settings.variation), 0.0)
        self.device = "cpu"
        if settings.device != "cpu":  # torch only for a GPU: importing it costs seconds
            import torch

            if torch.cuda.is_available():
                self.device = torch.device(settings.device)
        self._poses: OrderedDict[tuple, tuple[Composed, tuple[str, ...]]] = OrderedDict()  # key -> pose, unmet
        self._store: Path | None = None  # posegen.builtin.solved_store, when the job shares one
        self._stored: dict[str, tuple[Composed, tuple[str, ...]]] = {}
        self._solved_here: list[tuple[str, Composed, tuple[str, ...]]] = []

    def share_solved(self, folder: str | Path) -> None:
        """Reuse the poses other jobs of this run solved, found in ``folder``, and leave
        this job's there with ``save_solved`` (posegen.builtin.solved_store)."""
        self._store = solved_store.store_folder(folder)
        self._stored = solved_store.load(self._store)

    def save_solved(self) -> None:
        if self._store is not None:
            solved_store.save(self._store, self._solved_here)
            self._solved_here = []

    def describe(self) -> dict[str, Any]:
        return {"backend": "builtin", "version": VERSION}

    def canonical(self, caption: str) -> Composed:
        """The caption's pose without variation (cached by meaning, so paraphrases share it)."""
        return self._canonical(caption)[0]

    def understanding(self, caption: str) -> Understanding:
        """What shaped the caption's pose, what was ignored and which constraints stay unmet."""
        return self._canonical(caption)[1]

    def _canonical(self, caption: str) -> tuple[Composed, Understanding]:
        self._solve([caption])
        return self._solved(caption)

    def _solved(self, caption: str) -> tuple[Composed, Understanding]:
        """The pose and account of a caption whose pose ``_solve`` has cached."""
        parsed, reading, _, key = read(caption)
        pose, unmet = self._poses[key]
        return pose, understand(parsed, reading, unmet)

    def _solve(self, captions: Sequence[str]) -> None:
        """Solve the poses of the captions not cached yet, in one batch."""
        todo: dict[tuple, tuple] = {}
        for caption in captions:
            parsed, reading, plan, key = read(caption)
            if key in self._poses:
                self._poses.move_to_end(key)
            elif self._stored and (stored := self._stored.get(solved_store.key_name(key))) is not None:
                self._poses[key] = stored
            elif key not in todo:
                todo[key] = (plan, reading.constraints, parsed.intents)
        if todo:
            plans, constraints, intents = zip(*todo.values())
            solved = solve(plans, constraints, neutral_pose(), intents)
            for key, (pose, violated) in zip(todo, solved):
                self._poses[key] = (pose, tuple(c.text for c in violated))
                if self._store is not None:
                    self._solved_here.append((solved_store.key_name(key), *self._poses[key]))
        while len(self._poses) > max(_POSE_CACHE_SIZE, len(todo)):
            self._poses.popitem(last=False)

    def generate(self, captions: Sequence[str], seeds: Sequence[int], lengths: Sequence[int]) -> MotionBatch:
        if not (len(captions) == len(seeds) == len(lengths)):
            raise ValueError("captions, seeds and lengths must have the same length")
        lengths = [max(int(n), 1) for n in lengths]
        frames = max(lengths, default=1)
        motions = np.empty((len(captions), frames, NUM_JOINTS, 3), dtype=np.float32)
        info = []
        for start in range(0, len(captions), CHUNK):
            stop = min(start + CHUNK, len(captions))
            rotvecs = np.empty((stop - start, NUM_JOINTS, 3))
            self._solve(captions[start:stop])
            for k, i in enumerate(range(start, stop)):
                pose, understood = self._solved(captions[i])
                info.append(understood.info())
                rotvecs[k] = self._varied(pose, int(seeds[i]))
            motions[start:stop] = self._clips(rotvecs, lengths[start:stop], frames)
        return MotionBatch(motions=motions, info=info)

    def _varied(self, pose: Composed, seed: int) -> np.ndarray:
        if self.variation == 0.0:
            return pose.rotvecs
        rng = np.random.default_rng(seed)
        noise = rng.standard_normal((NUM_JOINTS, 3)) * (VARIATION_RADIANS * self.variation)
        return pose.rotvecs + noise * pose.vary[:, None]

    def _clips(self, rotvecs: np.ndarray, lengths: list[int], frames: int) -> np.ndarray:
        """(n, frames, 22, 3): ease over min(4, L // 2) frames, then hold the pose."""
        ease = [min(EASE_FRAMES, n // 2) for n in lengths]
        weights = []
        for e in ease:
            for t in range(e + 1):
                x = t / e if e else 1.0
                weights.append(x * x * (3.0 - 2.0 * x))  # smoothstep: starts and stops gently
        local = np.concatenate(
            [rodrigues(rotvecs[k] * np.asarray(weights_k)[:, None, None]) for k, weights_k in _split(weights, ease)]
        )
        if self.device == "cpu":
            joints = ground(forward_kinematics(local)).astype(np.float32)
        else:
            import torch

            joints = ground(forward_kinematics(torch.as_tensor(local, device=self.device)))
            joints = joints.cpu().numpy().astype(np.float32)
        first = np.concatenate([[0], np.cumsum([e + 1 for e in ease])[:-1]])
        index = first[:, None] + np.minimum(np.arange(frames)[None, :], np.asarray(ease)[:, None])
        return joints[index]


@lru_cache(maxsize=20000)
def read(caption: str):
    """(lexicon parse, caption reading, plan, pose key) of a caption (cached: captions repeat)."""
    parsed = parse_caption(caption)
    reading = read_caption(caption)
    plan = make_plan(parsed.intents)
    # The joints the lexicon placed decide what fitting may polish: part of the pose's key.
    placed = tuple(sorted(placed_joints(parsed.intents)))
    return parsed, reading, plan, (plan.key(), tuple(c.key() for c in reading.constraints), placed)


@lru_cache(maxsize=1)
def neutral_pose() -> np.ndarray:
    """Rotation vectors of a person standing with the arms hanging: where fitting restarts a limb."""
    return Composer(make_plan(parse_caption("standing with the arms down").intents)).compose().rotvecs


def _split(weights: list[float], ease: list[int]):
    """(sample index, its frame weights) for the flat weight list."""
    start = 0
    for k, e in enumerate(ease):
        yield k, weights[start : start + e + 1]
        start += e + 1
