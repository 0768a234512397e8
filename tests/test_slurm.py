"""The SLURM profile: a dry run (no cluster needed) and a real run on a SLURM cluster.

The real run needs a SLURM whose node is idle, e.g. the single-node test cluster
of ``tests/slurm/start_slurm.sh`` (root, Debian's slurm-wlm and munge); it is
skipped, with the reason, when ``sinfo`` is missing or no node is up. Without
slurmdbd ``sacct`` has no records, so job states are read with ``squeue``
(finished jobs stay listed for the cluster's MinJobAge).
"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import EXAMPLE, REPO, snakemake_command

pytestmark = pytest.mark.slow

PROFILE = REPO / "profiles" / "slurm"
RUN_TIMEOUT_S = 900

# Only for the test cluster, none of them in the profile:
TEST_ONLY_FLAGS = [
    # no slurmdbd: poll with squeue, soon after submitting; no account to validate
    "--slurm-status-command", "squeue",
    "--slurm-init-seconds-before-status-checks", "5",
    "--slurm-no-account",
    "--slurm-keep-successful-logs",
    # group jobs as wide as the test node (the profile's 4 CPUs would never start there)
    "--cores", "2",
    # the profile's sizes scaled down to a small test node (the GPU comes from the rule)
    "--default-resources", "mem_mb=400", "runtime=10",
    "--set-resources", "generate:cpus_per_task=1", "generate:mem_mb=600", "generate:runtime=10",
]


def resources_by_rule(dry_run_output):
    """Rule name -> list of the resources lines of its jobs in a dry run."""
    found = {}
    # Jobs of a group (the profile's cpu_batches) are listed indented under it.
    for block in re.split(r"\n(?=\s*(?:local)?rule \w+:)", dry_run_output):
        head = re.match(r"\s*(?:local)?rule (\w+):", block)
        res = re.search(r"^\s+resources: (.*)$", block, re.M)
        if head and res:
            found.setdefault(head.group(1), []).append(dict(item.split("=", 1) for item in res.group(1).split(", ")))
    return found


def test_slurm_profile_dry_run_from_the_repository_root(tmp_path):
    """`snakemake --profile profiles/slurm --dry-run` plans GPU generation jobs, no cluster needed."""
    result = subprocess.run(
        [
            sys.executable, "-m", "snakemake", "--profile", "profiles/slurm", "--dry-run",
            "--config", "preset=test", f"output_dir={tmp_path}/out", f"temp_dir={tmp_path}/tmp",
            f"report_dir={tmp_path}/report",
        ],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = result.stdout
    assert re.search(r"^generate\s+3$", out, re.M), out[-3000:]
    resources = resources_by_rule(out)
    generate = resources["generate"]
    assert len(generate) == 3
    for job in generate:
        assert job["gpu"] == "1" and int(job["cpus_per_task"]) >= 1 and int(job["mem_mb"]) > 0
        assert int(job["runtime"]) > 0
    renders = resources["render"]
    assert len(renders) == 5
    for job in renders:
        assert "gpu" not in job and "gpu_model" not in job and int(job["mem_mb"]) > 0


def slurm_ready():
    """None when a SLURM node accepts jobs, else why not."""
    if shutil.which("sinfo") is None or shutil.which("squeue") is None:
        return "SLURM is not installed (no sinfo/squeue; see tests/slurm/start_slurm.sh)"
    try:
        states = subprocess.run(
            ["sinfo", "-h", "-o", "%T"], capture_output=True, text=True, timeout=20
        )
    except (OSError, subprocess.SubprocessError) as err:
        return f"SLURM is not answering ({err})"
    if states.returncode != 0:
        return f"SLURM is not running (sinfo: {(states.stderr or states.stdout).strip()[:200]})"
    if not any(state.startswith(("idle", "mixed")) for state in states.stdout.split()):
        return f"no SLURM node is idle (states: {' '.join(states.stdout.split()) or 'none'})"
    try:
        import snakemake_executor_plugin_slurm  # noqa: F401
    except ImportError:
        return "snakemake-executor-plugin-slurm is not installed (pip install -r requirements.txt)"
    return None


@pytest.fixture
def slurm():
    reason = slurm_ready()
    if reason:
        print(f"\nSKIP test_slurm: {reason}")
        pytest.skip(reason)


def squeue_jobs(run_id):
    """The jobs of one Snakemake run (its SLURM job name), finished ones included."""
    fields = "JobID:20,State:20,tres-per-job:30,NumCPUs:8,MinMemory:12,Comment:80"
    result = subprocess.run(
        ["squeue", "-t", "all", "-n", run_id, "-O", fields], capture_output=True, text=True, check=True
    )
    rows = []
    for line in result.stdout.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 6:
            rows.append(dict(zip(["job", "state", "tres", "cpus", "mem", "comment"], parts)))
    return result.stdout, rows


def test_workflow_runs_on_slurm_with_one_gpu_per_generation_job(tmp_path, slurm):
    workdir = tmp_path / "run"
    workdir.mkdir()
    command = snakemake_command(workdir, "--profile", str(PROFILE), "--config", "preset=test", f"prompts={EXAMPLE}")
    del command[command.index("--cores") : command.index("--cores") + 2]  # the profile decides
    command[command.index("--profile") : command.index("--profile")] = TEST_ONLY_FLAGS
    log_path = tmp_path / "snakemake.out"
    started = time.monotonic()
    with open(log_path, "w") as log:
        proc = subprocess.Popen(command, cwd=workdir, stdout=log, stderr=subprocess.STDOUT, text=True)
        try:
            returncode = proc.wait(timeout=RUN_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGINT)  # Snakemake cancels its SLURM jobs
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
            returncode = None
    elapsed = time.monotonic() - started
    output = log_path.read_text()
    run_id = re.search(r"SLURM run ID: (\S+)", output)
    if returncode is None and run_id:
        subprocess.run(["scancel", "-n", run_id.group(1)], check=False)
    assert returncode == 0, f"snakemake on SLURM failed ({returncode}) after {elapsed:.0f} s:\n{output[-6000:]}"
    assert run_id, output[-3000:]

    # The dataset is complete and verified.
    out = workdir / "results" / "SinglePose"
    report = json.loads((workdir / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"] and report["counts"]["png"] == 28, report
    assert len(list(out.glob("*.npy"))) == 28 + 1  # the poses and poses.npy

    # SLURM ran exactly the generation jobs and one group job of the 5 render and 3
    # curate jobs (group-components 10; the other rules are local), generation with
    # one GPU each, the group without, on at most the 2 CPUs --cores allows.
    table, jobs = squeue_jobs(run_id.group(1))
    print(f"\nsnakemake on SLURM: {elapsed:.0f} s, {len(jobs)} SLURM jobs\n{table}")
    submitted = set(re.findall(r"submitted with SLURM jobid (\d+)", output))
    assert {job["job"] for job in jobs} == submitted
    assert all(job["state"] == "COMPLETED" for job in jobs), table
    generate = {job["job"]: job for job in jobs if job["comment"].startswith("rule_generate")}
    groups = [job for job in jobs if job["comment"].startswith("rule_cpu_batches")]
    assert len(generate) == 3 and len(groups) == 1 and len(jobs) == 4, table
    assert all(job["tres"] == "gres:gpu:1" for job in generate.values()), table
    assert "gpu" not in groups[0]["tres"] and int(groups[0]["cpus"]) <= 2, table
    assert len(list((workdir / "logs" / "render").glob("*.log"))) == 5
    assert len(list((workdir / "logs" / "curate").glob("*.log"))) == 3

    # Each generation job saw exactly the one GPU SLURM gave it, and took no local lock.
    seen = {}
    for shard in ("s000", "s001", "s002"):
        (text,) = [p.read_text() for p in (workdir / "logs" / "generate").glob(f"{shard}_*.log")]
        match = re.search(r"GPU (\S+) allocated by the cluster scheduler \(SLURM_JOB_ID=(\d+), from (\S+?)\)", text)
        assert match, text
        gpu_id, job_id, source = match.groups()
        assert re.fullmatch(r"\d+", gpu_id) and source == "CUDA_VISIBLE_DEVICES", text
        assert job_id in generate, (job_id, table)
        seen[shard] = (job_id, gpu_id)
    print("generation jobs (shard: SLURM job, CUDA_VISIBLE_DEVICES):", seen)
    assert len({job for job, _ in seen.values()}) == 3
    assert not (workdir / "results" / "SinglePose_temp" / "gpu_locks").exists()
    assert not [line for line in output.splitlines() if str(tmp_path) in line and "Error" in line]
    assert os.path.isdir(workdir / ".snakemake" / "slurm_logs")  # job logs under the working directory
