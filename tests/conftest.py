import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_PROMPTS = REPO.parent / "shared" / "data" / "prompts_10k.md"
EXAMPLE = REPO / "config" / "prompts_example.md"
STANDINS = Path(__file__).parent / "standins"


STANDIN_MODULES = ("clip", "models", "utils", "standin_log")  # top-level modules of the stand-in checkouts


@pytest.fixture
def fresh_standin_imports():
    """The test imports the stand-in's modules afresh and leaves sys.path as it was."""
    path = list(sys.path)

    def forget():
        for name in list(sys.modules):
            if name.split(".")[0] in STANDIN_MODULES:
                del sys.modules[name]

    forget()
    yield
    forget()
    sys.path[:] = path


def standin_call_log(checkout: Path):
    """Reader of a stand-in's call log (emptied first, with its settings); ``read("event")`` lists that event's entries."""
    for path in [*checkout.glob("calls-*.jsonl"), checkout / "standin.json"]:
        path.unlink(missing_ok=True)

    def read(event=None):
        entries = [json.loads(line) for path in sorted(checkout.glob("calls-*.jsonl")) for line in path.open()]
        return [e for e in entries if event is None or e["event"] == event]

    return read


def copy_standin(model: str, checkout: Path) -> Path:
    """A stand-in checkout of ``model`` (tests/standins/<model>, plus the shared clip and call log) at ``checkout``."""
    ignore = shutil.ignore_patterns("__pycache__", "calls-*", "standin.json")
    shutil.copytree(STANDINS / model, checkout, ignore=ignore)
    shutil.copytree(STANDINS / "common", checkout, ignore=ignore, dirs_exist_ok=True)
    return checkout


@pytest.fixture
def shared_prompts():
    if not SHARED_PROMPTS.exists():
        pytest.skip(f"{SHARED_PROMPTS} not present (shared data sits beside the repository)")
    return SHARED_PROMPTS


def snakemake_command(workdir, *args):
    return [
        sys.executable, "-m", "snakemake",
        "--snakefile", str(REPO / "Snakefile"),
        "--directory", str(workdir),
        "--configfile", str(REPO / "config" / "config.yaml"),
        "--cores", "2",
        *args,
    ]


def snakemake(workdir, *args, check=True, env=None):
    """Run the workflow with the shipped config, all paths inside ``workdir``."""
    result = subprocess.run(snakemake_command(workdir, *args), capture_output=True, text=True, cwd=workdir, env=env)
    if check and result.returncode != 0:
        raise AssertionError(f"snakemake failed ({result.returncode}):\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    return result


def dry_run_jobs(workdir, *args, env=None):
    """Rule name -> job count of a dry run with these arguments."""
    out = snakemake(workdir, "--dry-run", *args, env=env).stdout
    stats = out.split("Job stats:")[1].split("Reasons:")[0] if "Job stats:" in out else ""
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"^(\w+)\s+(\d+)$", stats, re.M) if m.group(1) != "total"}


def planned_batches(workdir, *args, env=None, kind="render"):
    """The batch jobs of this kind (``render``, ``bvh``, ``clip_bvh``) that a dry run
    plans, as sorted "<shard>_<batch>" (from the batch records they would write)."""
    out = snakemake(workdir, "--dry-run", *args, env=env).stdout
    found = re.findall(rf"output: \S*\.posegen/done/{kind}_(s\d+)_(b\d+)_", out)
    return sorted(f"{shard}_{batch}" for shard, batch in found)


def planned_jobs(workdir, *config):
    """Rule name -> job count of a dry run of the example with the test preset."""
    return dry_run_jobs(workdir, "--config", "preset=test", f"prompts={EXAMPLE}", *config)


@pytest.fixture(scope="session")
def finished_run(tmp_path_factory):
    """A finished run of the example with the test preset (copy it before changing anything)."""
    workdir = tmp_path_factory.mktemp("run")
    snakemake(workdir, "--config", "preset=test", f"prompts={EXAMPLE}")
    return workdir
