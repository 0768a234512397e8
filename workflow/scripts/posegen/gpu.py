"""Pin a generation job to one GPU.

Snakemake's ``resources: gpu=1`` only limits how many GPU jobs run at once; it
never says which GPU a job got. So each job takes an exclusive ``flock`` on one
lock file per GPU id (the kernel releases it when the process dies, even on
SIGKILL) and sets ``CUDA_VISIBLE_DEVICES`` before CUDA is initialised.
Under a cluster scheduler the allocation decides, never the local locks of
another node's file system view:

- one GPU allocated (the SLURM profile asks ``--gpus=1`` per generation job):
  the job uses it as it is, no lock. SLURM names it in ``CUDA_VISIBLE_DEVICES``
  (set in the job step), else in ``SLURM_STEP_GPUS`` / ``SLURM_JOB_GPUS``;
- several GPUs allocated (a local run inside ``salloc --gpus=3``): the jobs lock
  one each among the allocated ones, with locks per allocation and host;
- an empty ``CUDA_VISIBLE_DEVICES``: the scheduler gave no GPU, so the CPU.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import socket
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


SLURM_GPU_VARIABLES = ("SLURM_STEP_GPUS", "SLURM_JOB_GPUS")  # the step's own GPUs first


def check_configured_gpus(gpus: str | Sequence[int], environ: dict[str, str] | None = None) -> None:
    """Refuse a ``gpus`` list naming GPUs this machine does not have, before any job starts.

    Only where GPUs are visible and no scheduler allocates them (a login node
    without GPUs, or a cluster job, decides nothing here).
    """
    if gpus == "auto" or under_scheduler(environ):
        return
    visible = visible_gpu_ids(environ)
    if visible:
        candidate_ids(gpus, visible)


def under_scheduler(environ: dict[str, str] | None = None) -> bool:
    """True when a scheduler allocated this job's GPUs (or explicitly none)."""
    return scheduler_allocation(environ) is not None


def parse_id_list(value: str) -> list[str]:
    """SLURM's GPU index lists: "0,2", "1-3" or a mix, as CUDA-style id strings."""
    ids: list[str] = []
    for part in value.split(","):
        part = part.strip()
        if not part or part == "-1":
            continue
        match = re.fullmatch(r"(\d+)-(\d+)", part)
        if match:
            ids += [str(i) for i in range(int(match.group(1)), int(match.group(2)) + 1)]
        else:
            ids.append(part)
    return ids


def scheduler_allocation(environ: dict[str, str] | None = None) -> tuple[list[str], str] | None:
    """(GPU ids as CUDA names them, where they came from) when a scheduler allocated them.

    None outside a scheduler job, and inside one that says nothing about GPUs
    (then the job falls back to the local locks, as before).
    """
    environ = os.environ if environ is None else environ
    if not any(environ.get(var) for var in SCHEDULER_JOB_VARIABLES):
        return None
    if "CUDA_VISIBLE_DEVICES" in environ:
        return visible_gpu_ids(environ), "CUDA_VISIBLE_DEVICES"
    if not environ.get("SLURM_JOB_ID"):
        return None
    for var in SLURM_GPU_VARIABLES:
        if environ.get(var):
            ids = parse_id_list(environ[var])
            # SLURM's ids are the node's device indexes. When the job's devices are
            # confined (cgroups), the process sees only its own GPUs, renumbered
            # from 0; CUDA must then be given those, not the node's indexes.
            visible = visible_gpu_ids(environ)
            if visible and len(visible) == len(ids):
                return visible, f"{var}={environ[var]}, confined to its devices"
            return ids, var
    return None


def allocation_label(environ: dict[str, str]) -> str:
    job = next((environ[var] for var in SCHEDULER_JOB_VARIABLES if environ.get(var)), "")
    label = f"{socket.gethostname()}-{job}"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", label)


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
    allocation = scheduler_allocation(environ)
    if allocation is not None:
        ids, source = allocation
        job = next((f"{var}={environ[var]}" for var in SCHEDULER_JOB_VARIABLES if environ.get(var)), "")
        if not ids:
            return GpuAssignment("cpu", None, f"scheduler allocated no GPU ({job}); running on the CPU")
        if len(ids) == 1:
            environ["CUDA_VISIBLE_DEVICES"] = ids[0]
            return GpuAssignment(
                "cuda", ids[0], f"GPU {ids[0]} allocated by the cluster scheduler ({job}, from {source}); no lock taken"
            )
        # Several GPUs for one allocation, shared by the jobs of a local run inside it:
        # lock among those only ("gpus" names the machine's GPUs, not the allocation's),
        # in a lock folder of this allocation and host.
        candidates = ids
        lock_dir = Path(lock_dir) / allocation_label(environ)
        reason = f" of the scheduler's allocation ({job}, from {source})"
    else:
        visible = visible_gpu_ids(environ)
        if not visible:  # also with a gpus list: the same config runs on a machine without GPUs
            return GpuAssignment("cpu", None, "no GPU visible; running on the CPU")
        candidates = candidate_ids(gpus, visible)
        lock_dir = Path(lock_dir)
        reason = ""
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
            return GpuAssignment("cuda", gpu_id, f"locked GPU {gpu_id}{reason}", handle)
        if timeout_seconds is not None and time.monotonic() - started > timeout_seconds:
            raise TimeoutError(f"no free GPU among {', '.join(candidates)} after {timeout_seconds:.0f} s")
        if not waited:
            log(
                f"all GPUs {', '.join(candidates)} are locked by other jobs; waiting "
                "(is --resources gpu=N larger than the number of GPUs?)"
            )
            waited = True
        time.sleep(poll_seconds)
