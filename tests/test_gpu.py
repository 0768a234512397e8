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
    # A config written for a GPU server ([1, 2, 3]) still runs where there is no GPU.
    assert gpu.acquire([1, 2, 3], tmp_path, environ={"CUDA_VISIBLE_DEVICES": ""}).device == "cpu"


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


# Under SLURM: the allocation decides; no lock of the local kind is taken.


def test_slurm_job_with_one_gpu_uses_it_without_a_lock(tmp_path):
    env = {"SLURM_JOB_ID": "41", "SLURM_JOB_GPUS": "2", "SLURM_STEP_GPUS": "2", "CUDA_VISIBLE_DEVICES": "2"}
    assignment = gpu.acquire([0, 1, 2], tmp_path, environ=env)
    assert (assignment.device, assignment.gpu_id, assignment.lock) == ("cuda", "2", None)
    assert "SLURM_JOB_ID=41" in assignment.reason and "no lock" in assignment.reason
    assert env["CUDA_VISIBLE_DEVICES"] == "2"
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("variable", ["SLURM_STEP_GPUS", "SLURM_JOB_GPUS"])
def test_slurm_gpu_variables_pin_the_job_when_cuda_visible_devices_is_unset(tmp_path, monkeypatch, variable):
    monkeypatch.setattr(gpu.shutil, "which", lambda name: None)  # no nvidia-smi: the node's ids are used
    env = {"SLURM_JOB_ID": "7", variable: "1"}
    assignment = gpu.acquire("auto", tmp_path, environ=env)
    assert (assignment.device, assignment.gpu_id, assignment.lock) == ("cuda", "1", None)
    assert env["CUDA_VISIBLE_DEVICES"] == "1" and variable in assignment.reason
    assert not list(tmp_path.iterdir())


def test_slurm_step_gpus_win_over_the_job_gpus(tmp_path, monkeypatch):
    monkeypatch.setattr(gpu.shutil, "which", lambda name: None)
    env = {"SLURM_JOB_ID": "7", "SLURM_JOB_GPUS": "0,1,2", "SLURM_STEP_GPUS": "2"}
    assert gpu.acquire("auto", tmp_path, environ=env).gpu_id == "2"


def test_slurm_gpus_of_a_confined_job_are_renumbered_as_the_job_sees_them(tmp_path, monkeypatch):
    # With cgroup device confinement the job sees its one GPU as index 0.
    monkeypatch.setattr(gpu, "visible_gpu_ids", lambda environ=None: ["0"])
    env = {"SLURM_JOB_ID": "7", "SLURM_STEP_GPUS": "3"}
    assignment = gpu.acquire("auto", tmp_path, environ=env)
    assert assignment.gpu_id == "0" and env["CUDA_VISIBLE_DEVICES"] == "0"
    assert "confined" in assignment.reason


def test_slurm_job_without_gpu_runs_on_the_cpu(tmp_path):
    env = {"SLURM_JOB_ID": "8", "CUDA_VISIBLE_DEVICES": ""}
    assignment = gpu.acquire("auto", tmp_path, environ=env)
    assert assignment.device == "cpu" and assignment.lock is None
    assert not list(tmp_path.iterdir())


def test_slurm_gpu_ranges_are_expanded():
    assert gpu.parse_id_list("0-2,5") == ["0", "1", "2", "5"]
    assert gpu.parse_id_list("") == [] and gpu.parse_id_list("-1") == []


def test_local_run_inside_a_multi_gpu_allocation_locks_one_allocated_gpu_per_job(tmp_path):
    base = {"SLURM_JOB_ID": "99", "SLURM_JOB_GPUS": "4,5", "CUDA_VISIBLE_DEVICES": "4,5"}
    envs = [dict(base) for _ in range(2)]
    held = [gpu.acquire([0, 1], tmp_path, environ=env) for env in envs]  # "gpus" names the machine's ids: ignored
    assert sorted(a.gpu_id for a in held) == ["4", "5"]
    assert [env["CUDA_VISIBLE_DEVICES"] for env in envs] == [a.gpu_id for a in held]
    lock_dirs = [p for p in tmp_path.iterdir()]
    assert len(lock_dirs) == 1 and lock_dirs[0].name.endswith("-99")  # per allocation and host
    with pytest.raises(TimeoutError):
        gpu.acquire("auto", tmp_path, environ=dict(base), poll_seconds=0.05, timeout_seconds=0.2, log=lambda m: None)
    for a in held:
        a.release()


def test_scheduler_job_that_says_nothing_about_gpus_keeps_the_local_locks(tmp_path):
    env = {"SLURM_JOB_ID": "5"}
    # CUDA_VISIBLE_DEVICES is unset, SLURM names no GPU: as outside a scheduler
    assert gpu.scheduler_allocation(env) is None
    assert not gpu.under_scheduler({"CUDA_VISIBLE_DEVICES": "0"})
