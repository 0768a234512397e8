"""The conda environments of the model backends (envs/mardm.yaml, envs/momask.yaml).

Static checks of their pins always run. With the package index reachable, their
packages are resolved for the environments' own Python (3.10) and platform, and
their pip parts are installed into a fresh virtual environment where what does
not need PyTorch is imported (the PyTorch-side imports are proven by
tests/integration/, run by hand against the models' real code).
"""

import json
import subprocess
import sys
import venv
from functools import lru_cache

import pytest
import yaml
from packaging.requirements import Requirement

from tests.conftest import REPO

MODEL_ENVS = ["mardm", "momask"]
# conda package -> pip distribution (None: not a pip package)
CONDA_TO_PIP = {"python": None, "pip": None, "pytorch-cuda": None, "pytorch": "torch"}


def env_file(name: str) -> dict:
    return yaml.safe_load((REPO / "envs" / f"{name}.yaml").read_text())


def env_requirements(name: str) -> tuple[str, list[str], list[str]]:
    """(python version, the conda packages as pip requirements, the pip part) of an environment."""
    python, conda, pip = None, [], []
    for entry in env_file(name)["dependencies"]:
        if isinstance(entry, dict):
            pip += [line.split("#")[0].strip().replace(" ", "") for line in entry["pip"]]
            continue
        spec = entry.split("#")[0].strip()
        package, _, version = spec.partition(" ")
        package = package.split("::")[-1]
        version = version.replace(" ", "")
        if package == "python":
            python = version.lstrip("=")
        pip_name = CONDA_TO_PIP.get(package, package)
        if pip_name:
            # conda's "=2.2.0" means 2.2.0.*; ">=1.24,<2" reads the same in pip.
            conda.append(pip_name + ("==" + version[1:] + ".*" if version.startswith("=") and not version.startswith("==") else version))
    return python, conda, pip


@pytest.mark.parametrize("name", MODEL_ENVS)
def test_clip_environments_keep_pkg_resources(name):
    """clip-anytorch 2.6.0 imports pkg_resources, which setuptools 81 removed: the pin must exclude 81."""
    _, _, pip = env_requirements(name)
    requirements = {Requirement(line).name: Requirement(line) for line in pip}
    assert requirements["clip-anytorch"].specifier.contains("2.6.0")
    setuptools = requirements["setuptools"].specifier
    assert setuptools.contains("80.9.0") and not setuptools.contains("81.0.0")


@pytest.mark.parametrize("name", MODEL_ENVS)
def test_environments_pin_python_and_a_cuda_pytorch(name):
    python, conda, _ = env_requirements(name)
    assert python == "3.10"
    assert "torch==2.2.0.*" in conda and "torchvision==0.17.0.*" in conda
    assert any(line.startswith("numpy") and "<2" in line for line in conda)  # PyTorch 2.2 was built on NumPy 1


@lru_cache(maxsize=1)
def index_reachable() -> bool:
    try:
        result = subprocess.run([sys.executable, "-m", "pip", "index", "versions", "clip-anytorch"],
                                capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return False
    return result.returncode == 0 and "2.6.0" in result.stdout


def pip(*args, python=sys.executable, timeout=900):
    return subprocess.run([python, "-m", "pip", *args], capture_output=True, text=True, timeout=timeout)


@pytest.mark.slow
@pytest.mark.parametrize("name", MODEL_ENVS)
def test_packages_resolve_together_for_the_environments_python(name, tmp_path):
    if not index_reachable():
        pytest.skip("the package index is not reachable")
    python, conda, pip_part = env_requirements(name)
    report = tmp_path / "report.json"
    result = pip(
        "install", "--dry-run", "--ignore-installed", "--quiet", "--report", str(report),
        "--python-version", python, "--platform", "manylinux2014_x86_64", "--only-binary=:all:",
        "--target", str(tmp_path / "target"), *conda, *pip_part,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    chosen = {item["metadata"]["name"].lower(): item["metadata"]["version"] for item in json.loads(report.read_text())["install"]}
    assert chosen["torch"] == "2.2.0" and chosen["clip-anytorch"] == "2.6.0"
    assert int(chosen["setuptools"].split(".")[0]) < 81


@pytest.mark.slow
@pytest.mark.parametrize("name", MODEL_ENVS)
def test_pip_part_installs_into_a_fresh_venv_and_imports(name, tmp_path):
    if not index_reachable():
        pytest.skip("the package index is not reachable")
    _, _, pip_part = env_requirements(name)
    venv.create(tmp_path / "venv", with_pip=True)
    python = str(tmp_path / "venv" / "bin" / "python")
    # --no-deps: the pip part alone, as conda leaves it to pip (PyTorch comes from conda).
    result = pip("install", "--quiet", "--no-deps", *pip_part, "wcwidth", python=python)
    assert result.returncode == 0, result.stderr[-3000:]
    check = (
        "import pkg_resources, ftfy, regex\n"
        "from pkg_resources import packaging\n"
        "import importlib.util, pathlib\n"
        "clip = pathlib.Path(importlib.util.find_spec('clip').origin).parent / 'clip.py'\n"
        "assert 'from pkg_resources import packaging' in clip.read_text()\n"
        "print(packaging.version.parse('1.7.1'))\n"
    )
    result = subprocess.run([python, "-c", check], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "1.7.1", result.stderr[-3000:]
