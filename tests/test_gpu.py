import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from posegen import gpu


def test_no_gpu_falls_back_to_cpu(tmp_path):
    env = {"CUDA_VISIBLE_DEVICES": ""}
    assignment = gpu.acquire("auto", tmp_path, environ=env)
    assert assignment.device == "cpu" and assignment.gpu_id is None


def test_each_job_locks_a_different_gpu_and_pins_it(tmp_path):
    envs = [{"CUDA_VISIBLE_DEVICES": "1,2,3"} for _ in range(3)]
    assignments = [gpu.acquire([1, 2, 3], tmp_path, environ=env) for env in envs]
    assert sorted(a.gpu_id for a in assignments) == ["1", "2", "3"]
    assert [env["CUDA_VISIBLE_DEVICES"] for env in envs] == [a.gpu_id for a in assignments]
    with pytest.raises(TimeoutError):
        gpu.acquire([1, 2, 3], tmp_path, environ={"CUDA_VISIBLE_DEVICES": "1,2,3"}, poll_seconds=0.05, timeout_seconds=0.2, log=lambda m: None)
    assignments[1].release()
    again = gpu.acquire([1, 2, 3], tmp_path, environ={"CUDA_VISIBLE_DEVICES": "1,2,3"})
    assert again.gpu_id == assignments[1].gpu_id


def test_auto_uses_every_visible_gpu(tmp_path):
    held = [gpu.acquire("auto", tmp_path, environ={"CUDA_VISIBLE_DEVICES": "4,6"}) for _ in range(2)]
    assert sorted(a.gpu_id for a in held) == ["4", "6"]


def test_configured_gpu_that_is_not_present_names_the_key(tmp_path):
    with pytest.raises(gpu.GpuConfigError, match=r"gpus: GPU id\(s\) 7 not present"):
        gpu.acquire([0, 7], tmp_path, environ={"CUDA_VISIBLE_DEVICES": "0,1"})


def test_scheduler_allocation_is_used_as_it_is(tmp_path):
    env = {"SLURM_JOB_ID": "12", "CUDA_VISIBLE_DEVICES": "3"}
    assignment = gpu.acquire([0, 1], tmp_path, environ=env)
    assert assignment.device == "cuda" and assignment.gpu_id == "3" and assignment.lock is None
    assert env["CUDA_VISIBLE_DEVICES"] == "3"
    assert not list(tmp_path.iterdir())  # no lock taken


def test_lock_is_released_when_the_holder_is_killed(tmp_path):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                from posegen import gpu
                a = gpu.acquire([0], {str(tmp_path)!r}, environ={{"CUDA_VISIBLE_DEVICES": "0"}})
                print(a.gpu_id, flush=True)
                import time; time.sleep(60)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert holder.stdout.readline().strip() == "0"
    with pytest.raises(TimeoutError):
        gpu.acquire([0], tmp_path, environ={"CUDA_VISIBLE_DEVICES": "0"}, poll_seconds=0.05, timeout_seconds=0.2, log=lambda m: None)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    started = time.monotonic()
    assert gpu.acquire([0], tmp_path, environ={"CUDA_VISIBLE_DEVICES": "0"}, timeout_seconds=5).gpu_id == "0"
    assert time.monotonic() - started < 5
