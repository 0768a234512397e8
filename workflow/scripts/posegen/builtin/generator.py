"""BuiltinGenerator: captions -> clips that ease from the rest pose into the described pose.

Per distinct caption the parse and the canonical pose are cached; per sample a
seeded RNG adds natural variation; forward kinematics runs batched (float64,
elementwise, in NumPy on the CPU and in torch on a GPU) so a sample never depends
on its batch.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Sequence

import numpy as np

from posegen.backends import GenerationSettings, MotionBatch
from posegen.skeleton import NUM_JOINTS

from .body import forward_kinematics, ground, rodrigues
from .compose import Composed, Composer
from .parse import parse_caption
from .plan import make_plan

VERSION = "2"
EASE_FRAMES = 4
VARIATION_RADIANS = np.radians(3.0)  # per joint and axis at variation = 1
CHUNK = 2048  # samples per forward-kinematics batch: memory stays flat in the number of captions
_POSE_CACHE_SIZE = 4096


class BuiltinGenerator:
    VERSION = VERSION  # part of the generation cache key: bump VERSION when poses change

    def __init__(self, settings: GenerationSettings, options: dict[str, Any] | None = None):
        self.settings = settings
        self.variation = max(float(settings.variation), 0.0)
        self.device = "cpu"
        if settings.device != "cpu":  # torch only for a GPU: importing it costs seconds
            import torch

            if torch.cuda.is_available():
                self.device = torch.device(settings.device)
        self._poses: OrderedDict[tuple, Composed] = OrderedDict()

    def describe(self) -> dict[str, Any]:
        return {"backend": "builtin", "version": VERSION}

    def canonical(self, caption: str) -> Composed:
        """The caption's pose without variation (cached by meaning, so paraphrases share it)."""
        plan = make_plan(parse_caption(caption).intents)
        key = plan.key()
        pose = self._poses.get(key)
        if pose is None:
            pose = Composer(plan).compose()
            self._poses[key] = pose
            if len(self._poses) > _POSE_CACHE_SIZE:
                self._poses.popitem(last=False)
        return pose

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
            for k, i in enumerate(range(start, stop)):
                parsed = parse_caption(captions[i])
                info.append({"matched": parsed.matched, "understood": parsed.understood})
                rotvecs[k] = self._varied(self.canonical(captions[i]), int(seeds[i]))
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


def _split(weights: list[float], ease: list[int]):
    """(sample index, its frame weights) for the flat weight list."""
    start = 0
    for k, e in enumerate(ease):
        yield k, weights[start : start + e + 1]
        start += e + 1
