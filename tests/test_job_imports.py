"""The per-shard and per-batch jobs (generate, render, curate, bvh) start without
importing pandas or matplotlib: a job's start is paid 10,000 / shard_size times a
run, and pandas alone costs about half a second of it. The imports are read from the rule scripts
themselves, so a new import there is checked too."""

import ast
import subprocess
import sys

import pytest

from tests.conftest import REPO

SCRIPTS = REPO / "workflow" / "scripts"


def script_imports(name: str) -> list[str]:
    """Every import statement of a rule script, inner ones included, as source lines."""
    tree = ast.parse((SCRIPTS / name).read_text(encoding="utf-8"))
    return [ast.unparse(node) for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))]


@pytest.mark.parametrize("script", ["generate.py", "render.py", "curate.py", "bvh.py"])
def test_job_starts_without_pandas(script):
    imports = script_imports(script)
    assert imports, f"{script} imports nothing?"
    # What the jobs import when they run: the built-in backend, the renderer, BVH writing.
    lazy = ["import posegen.builtin", "import posegen.render", "import posegen.bvh", "import posegen.joint_rotations"]
    report = "print(sorted(m for m in ('pandas', 'matplotlib') if m in sys.modules))"
    code = "\n".join(["import sys", *imports, *lazy, report])
    result = subprocess.run([sys.executable, "-c", code], cwd=SCRIPTS, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", f"{script}'s imports load {result.stdout.strip()}"
