"""Stand-in for OpenAI's clip package: load() reads nothing, and like the real one it loads a
file path as given but would check and download a named model (which tests must never reach)."""

import os

import torch

from standin_log import record


def load(name, device="cpu", jit=False, download_root=None):
    record("clip.load", name=name, download_root=download_root)
    if not os.path.isfile(name):
        raise RuntimeError(f"stand-in clip would check the checksum of {name} and download it")
    return torch.nn.Linear(1, 1), None
