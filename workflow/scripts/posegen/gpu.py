"""Pin a generation job to one GPU.

Snakemake's ``resources: gpu=1`` only limits how many GPU jobs run at once; it
never says which GPU a job got. So each job takes an exclusive ``flock`` on one
lock file per GPU id (the kernel releases it when the process dies, even on
SIGKILL) and sets ``CUDA_VISIBLE_DEVICES`` before CUDA is initialised.
Under a scheduler that already pinned the job (SLURM sets CUDA_VISIBLE_DEVICES
in the job step), the allocation is used as it is.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Callable, Sequence

SCHEDULER_JOB_VARIABLES = ("SLURM_JOB_ID", "LSB_JOBID", "PBS_JOBID", "JOB_ID")


class GpuConfigError(ValueError):
    """The ``gpus`` setting names GPUs that do not exist; the message names the key."""


@dataclass
class GpuAssignment:
    device: str  # "cuda" or "cpu"
    gpu_id: str | None  # the physical id, as CUDA_VISIBLE_DEVICES names it
    reason: str  # one line for the job log
    lock: IO | None = None  # keep open for the job's lifetime

    def release(self) -> None:
        if self.lock is not None:
            self.lock.close()  # closing the file drops the flock
            self.lock = None


def visible_gpu_ids(environ: dict[str, str] | None = None) -> list[str]:
    """GPU ids this process may use, without initialising CUDA."""
    environ = os.environ if environ is None else environ
    visible = environ.get("CUDA_VISIBLE_DEVICES")
    if visible is not None:
        return [part.strip() for part in visible.split(",") if part.strip() and part.strip() != "-1"]
    if shutil.which("nvidia-smi") is None:
        return []
    try:
        result = subprocess.run(
            ["nvidia-smi", "--query-gpu=index", "--format=csv,noheader"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return [line.strip() for line in result.stdout.splitlines() if line.strip()]


def candidate_ids(gpus: str | Sequence[int], visible: Sequence[str]) -> list[str]:
    """The GPU ids a job may lock: all visible ones for "auto", else the configured list."""
    if gpus == "auto":
        return list(visible)
    wanted = [str(gpu) for gpu in gpus]
    missing = [gpu for gpu in wanted if gpu not in visible]
    if missing:
        raise GpuConfigError(
            f"gpus: GPU id(s) {', '.join(missing)} not present "
            f"(visible: {', '.join(visible) if visible else 'none'})"
        )
    return wanted


def under_scheduler(environ: dict[str, str] | None = None) -> bool:
    environ = os.environ if environ is None else environ
    return any(environ.get(var) for var in SCHEDULER_JOB_VARIABLES) and "CUDA_VISIBLE_DEVICES" in environ


def acquire(
    gpus: str | Sequence[int],
    lock_dir: str | os.PathLike,
    *,
    environ: dict[str, str] | None = None,
    poll_seconds: float = 2.0,
    timeout_seconds: float | None = None,
    log: Callable[[str], None] = print,
) -> GpuAssignment:
    """Pick and lock a GPU, set CUDA_VISIBLE_DEVICES, or fall back to the CPU.

    Must run before anything touches CUDA in this process.
    """
    environ = os.environ if environ is None else environ
    if under_scheduler(environ):
        ids = visible_gpu_ids(environ)
        if ids:
            return GpuAssignment("cuda", ",".join(ids), "GPU allocated by the cluster scheduler")
        return GpuAssignment("cpu", None, "scheduler allocated no GPU; running on the CPU")
    visible = visible_gpu_ids(environ)
    candidates = candidate_ids(gpus, visible)
    if not candidates:
        return GpuAssignment("cpu", None, "no GPU visible; running on the CPU")
    lock_dir = Path(lock_dir)
    lock_dir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    waited = False
    while True:
        for gpu_id in candidates:
            handle = open(lock_dir / f"gpu{gpu_id}.lock", "a+")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                continue
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
            environ["CUDA_VISIBLE_DEVICES"] = gpu_id
            return GpuAssignment("cuda", gpu_id, f"locked GPU {gpu_id}", handle)
        if timeout_seconds is not None and time.monotonic() - started > timeout_seconds:
            raise TimeoutError(f"no free GPU among {', '.join(candidates)} after {timeout_seconds:.0f} s")
        if not waited:
            log(
                f"all GPUs {', '.join(candidates)} are locked by other jobs; waiting "
                "(is --resources gpu=N larger than the number of GPUs?)"
            )
            waited = True
        time.sleep(poll_seconds)
