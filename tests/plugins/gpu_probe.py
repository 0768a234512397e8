"""A plugin backend for the GPU benchmark: the built-in generator, and what CUDA the job sees.

Configured as ``backend: tests.plugins.gpu_probe:make``; each pose's record then
holds, under ``backend``, the job's CUDA_VISIBLE_DEVICES, torch's device count
and the device name, so a run shows which GPU each generation job was pinned to.
"""

import os

from posegen.builtin import BuiltinGenerator


class GpuProbe(BuiltinGenerator):
    def describe(self):
        import torch

        count = torch.cuda.device_count()
        return {
            **super().describe(),
            "probe_device": self.settings.device,
            "cuda_visible_devices": os.environ.get("CUDA_VISIBLE_DEVICES"),
            "cuda_device_count": count,
            "cuda_device_name": torch.cuda.get_device_name(0) if count else None,
        }


def make(settings, options):
    return GpuProbe(settings, options)
