"""A plugin backend for tests: right poses for some captions, wrong ones for others.

Configured as ``backend: tests.plugins.mixed_backend:make``. It runs the built-in
generator, then serves, for captions that name the left side, the mirror image
(left and right swapped), and for captions about sitting, a standing pose.
Everything else is the built-in generator's own pose.
"""

import numpy as np

from posegen.backends import GenerationSettings, MotionBatch
from posegen.builtin import BuiltinGenerator
from posegen.skeleton import JOINT_NAMES

MIRROR = [JOINT_NAMES.index(n.replace("left_", "T").replace("right_", "left_").replace("T", "right_")) for n in JOINT_NAMES]


def mirrored(motion: np.ndarray) -> np.ndarray:
    flipped = motion[..., MIRROR, :].copy()
    flipped[..., 0] *= -1.0
    return flipped


class MixedGenerator:
    def __init__(self, settings, options):
        self.builtin = BuiltinGenerator(settings, {})

    def describe(self):
        return {"backend": "mixed_test_backend"}

    def generate(self, captions, seeds, lengths):
        served = ["A person standing still" if "sitting" in c.lower() else c for c in captions]
        batch = self.builtin.generate(served, seeds, lengths)
        motions = np.array(batch.motions)
        for i, caption in enumerate(captions):
            if "left" in caption.lower():
                motions[i] = mirrored(motions[i])
        return MotionBatch(motions=motions, info=[{"matched": True} for _ in captions])


def make(settings: GenerationSettings, options):
    return MixedGenerator(settings, options)
