"""A plugin backend for tests: slow on purpose, and it logs every caption it generates.

Configured as ``backend: tests.plugins.slow_backend:make`` with
``backend_options: {call_log: <file>, seconds_per_batch: <float>}``.
"""

import time

import numpy as np

from posegen.backends import MotionBatch
from posegen.skeleton import NUM_JOINTS, REST_DIRECTIONS


class SlowGenerator:
    def __init__(self, settings, options):
        self.settings = settings
        self.call_log = options["call_log"]
        self.seconds = float(options.get("seconds_per_batch", 0.3))

    def describe(self):
        return {"backend": "slow_test_backend"}

    def generate(self, captions, seeds, lengths):
        time.sleep(self.seconds)
        with open(self.call_log, "a", encoding="utf-8") as log:
            log.writelines(f"{caption}\n" for caption in captions)
        frames = max(lengths)
        motions = np.zeros((len(captions), frames, NUM_JOINTS, 3), dtype=np.float32)
        for i, seed in enumerate(seeds):
            rng = np.random.default_rng(seed)
            pose = np.cumsum(REST_DIRECTIONS * 0.1, axis=0) + rng.normal(scale=0.01, size=(NUM_JOINTS, 3))
            motions[i] = pose
        return MotionBatch(motions=motions, info=[{"matched": True} for _ in captions])


def make(settings, options):
    return SlowGenerator(settings, options)
