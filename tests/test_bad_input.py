"""Hostile and odd prompt files: each gets a correct run with safe, unique names, or one clear error line."""

import json
import os

import pandas as pd
import pytest

from tests.conftest import EXAMPLE, snakemake

pytestmark = pytest.mark.slow

# Small pictures and one job per stage: these runs are about names and parsing.
FAST = ["preset=test", "shard_size=5000", "poses_per_job=5000", "image_width=240", "image_height=240", "dpi=50"]

VALID = {
    "blank_and_whitespace_lines": (b"\n\n   \n\t\n- A person waving\n\n  \n- A person sitting\n   \n", 2),
    "bom": ("\ufeffA person waving\nA person sitting\n".encode("utf-8"), 2),
    "crlf": (b"- A person waving\r\n- A person kneeling\r\n\r\n", 2),
    "cr_only_line_endings": (b"A person waving\rA person sitting\r", 2),
    "tabs": (b"\tA person\twaving\t\nA person sitting\t\t\n", 2),
    "control_characters": (b"A person \x07waving\x1b[31m\nA person \x0bsitting\x0c\n", 2),
    "very_long_line": (("A person raising both arms " + "and waving " * 1000).encode("utf-8") + b"\n", 1),
    "only_punctuation": (b"!!!\n...\n- ???\n~~~ ,;: ~~~\n", 4),
    "path_traversal": (b"../../outside\n/etc/passwd\n..\\..\\windows\\system32\n~/.ssh/id_rsa\n", 4),
    "windows_reserved": (b"CON\nnul.txt\nPRN\ncom1\nAUX.md\n", 5),
    "case_only_differences": (b"A person waving\nA PERSON WAVING\na person Waving\nA Person Waving.\n", 4),
    "thousand_copies": (b"A person arching back\n" * 1000, 1000),
    "chinese_and_emoji": ("一个人向后弯腰\n一个人向后弯腰\n🙆 a person with arms up 🙌\n👍\n".encode("utf-8"), 4),
    "shell_metacharacters": (b"$(touch pwned) A person waving\n`touch pwned2`; rm -rf / && echo hi\n' \" | > out.txt\n", 3),
}

INVALID = {
    "empty_file": (b"", "no prompts found"),
    "only_headings": (b"# Poses\n\n## Arm poses\n\n### More\n", "no prompts found"),
    "invalid_utf8": (b"- A person waving\n- A person \xff\xfe sitting\n", ":2: not valid UTF-8"),
    "nul_bytes": (b"- A person waving\n- A person\x00sitting\n", ":2: contains a NUL byte"),
    "utf16_without_bom": ("A person waving\nA person sitting\n".encode("utf-16-le"), "looks like UTF-16"),
    "utf16_with_bom": ("A person waving\n".encode("utf-16"), "looks like UTF-16"),
    "elf_binary": (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4, "is a binary file"),
    "one_enormous_line": (b"A person waving " * 70_000 + b"\n", ":1: a line of 1,120,000 characters is not a description"),
}


def files_under(root):
    return {os.path.relpath(os.path.join(d, f), root) for d, _, files in os.walk(root) for f in files}


@pytest.mark.parametrize("case", sorted(VALID))
def test_odd_prompt_files_run_with_safe_unique_names(tmp_path, case):
    data, expected = VALID[case]
    workdir = tmp_path / "work"
    workdir.mkdir()
    prompts = tmp_path / "prompts.md"
    prompts.write_bytes(data)
    snakemake(workdir, "--config", f"prompts={prompts}", *FAST)

    out = workdir / "results" / "SinglePose"
    manifest = pd.read_csv(out / "manifest.csv", keep_default_na=False, dtype={"name": str})
    assert len(manifest) == expected
    names = list(manifest["name"])
    assert len(set(names)) == len(names) and len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert name and "/" not in name and "\\" not in name and not name.startswith(".")
        assert len(name.encode("utf-8")) <= 200
        assert all(ch.isalnum() or ch == "_" for ch in name)
    assert json.loads((workdir / "results" / "SinglePose_report" / "verify.json").read_text())["ok"]
    # Nothing outside the run's own folders, and no caption ever reached a shell.
    allowed = ("results/", "logs/", ".snakemake/")
    assert all(path.startswith(allowed) for path in files_under(workdir)), sorted(files_under(workdir))[:20]
    assert {p.name for p in tmp_path.iterdir()} == {"work", "prompts.md"}
    assert not list(tmp_path.rglob("pwned*")) and not (workdir / "out.txt").exists()


@pytest.mark.parametrize("case", sorted(INVALID))
def test_unusable_prompt_files_get_one_clear_error(tmp_path, case):
    data, message = INVALID[case]
    prompts = tmp_path / "prompts.md"
    prompts.write_bytes(data)
    result = snakemake(tmp_path, "--config", f"prompts={prompts}", *FAST, check=False)
    assert result.returncode != 0
    errors = [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and str(prompts) in errors[0] and message in errors[0]
    assert "Traceback" not in result.stdout + result.stderr
    assert not (tmp_path / "results").exists()


@pytest.mark.parametrize(
    "setting, message",
    [
        ("batch_size=-4", "batch_size"),
        ("sequence_length=0", "sequence_length"),
        ("preset=turbo", "preset: unknown preset 'turbo'"),
        ("gpus=[0, 0]", "gpus"),
        ("frame_index=99", "frame_index: 99 is outside"),
        ("max_failures=-1", "max_failures"),
        ("views=[top]", "views"),
        ("batchsize=3", "'batchsize' was unexpected"),
        ("variation=nan", "variation: nan is not a finite number"),
        ("cfg=inf", "cfg: inf is not a finite number"),
        ("gpus=0,x", "gpus: '0,x' is not 'auto' or a list of GPU ids; write gpus=auto or gpus=[0,1]"),
        ("backend=os:path", "os.path is not a generator factory"),
        ("backend=json:decoder", "json.decoder is not a generator factory"),
    ],
)
def test_config_values_out_of_range_are_refused_naming_the_key(tmp_path, setting, message):
    result = snakemake(tmp_path, "--dry-run", "--config", setting, check=False)
    assert result.returncode != 0
    assert message in result.stdout + result.stderr
    assert not (tmp_path / "results").exists()


def test_gpu_ids_written_as_on_a_shell_are_understood(tmp_path):
    env = {**os.environ, "CUDA_VISIBLE_DEVICES": "0,1"}
    for variable in ("SLURM_JOB_ID", "LSB_JOBID", "PBS_JOBID", "JOB_ID"):
        env.pop(variable, None)
    for setting in ("gpus=0,1", "gpus=1", "gpus=[0,1]"):
        assert snakemake(tmp_path, "--dry-run", "--config", f"prompts={EXAMPLE}", setting, env=env).returncode == 0


def test_gpu_ids_that_are_not_present_are_refused_up_front(tmp_path):
    env = {**os.environ, "CUDA_VISIBLE_DEVICES": "0,1"}
    for variable in ("SLURM_JOB_ID", "LSB_JOBID", "PBS_JOBID", "JOB_ID"):
        env.pop(variable, None)
    result = snakemake(tmp_path, "--dry-run", "--config", f"prompts={EXAMPLE}", "gpus=[1, 2, 3]", check=False, env=env)
    assert result.returncode != 0
    assert "gpus: GPU id(s) 2, 3 not present (visible: 0, 1)" in result.stdout + result.stderr
    assert snakemake(tmp_path, "--dry-run", "--config", f"prompts={EXAMPLE}", "gpus=[1]", env=env).returncode == 0


def test_output_folder_that_cannot_be_created_is_refused_up_front(tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    result = snakemake(tmp_path, "--dry-run", "--config", f"prompts={EXAMPLE}", f"output_dir={blocker}/poses", check=False)
    assert result.returncode != 0
    assert f"output_dir: cannot write to {blocker}/poses" in result.stdout + result.stderr


def test_no_rule_runs_a_shell_command():
    from tests.conftest import REPO

    for path in list((REPO / "rules").glob("*.smk")) + [REPO / "Snakefile"]:
        assert "shell:" not in path.read_text(), f"{path.name} has a shell: rule"


def layout_cases(tmp_path):
    """name -> (config settings, message): folder layouts where one step would damage
    another's files or the user's."""
    from tests.conftest import REPO

    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    inside_prompts = tmp_path / "results" / "SinglePose" / "prompts.md"
    return {
        "output_inside_temp": (["output_dir=results/tmp/out", "temp_dir=results/tmp"], "output_dir: results/tmp/out lies inside temp_dir"),
        "temp_inside_output": (["temp_dir=results/SinglePose/tmp"], "temp_dir: results/SinglePose/tmp lies inside output_dir"),
        "output_is_temp": (["output_dir=results/x", "temp_dir=results/x"], "output_dir and temp_dir are the same folder"),
        "report_is_output": (["report_dir=results/SinglePose"], "output_dir and report_dir are the same folder"),
        "output_is_working_directory": (["output_dir=."], "output_dir: . is the working directory"),
        "output_is_root": (["output_dir=/"], "output_dir: / is the filesystem root"),
        "output_is_home": (["output_dir=~"], "is your home folder"),
        "output_contains_repository": ([f"output_dir={REPO.parent}"], "contains the workflow's repository"),
        "prompts_inside_output": ([f"prompts={inside_prompts}"], "lies inside output_dir"),
        "dangling_symlink": ([f"output_dir={tmp_path / 'dangling'}"], "is a symbolic link to"),
        "wildcard_braces": (["output_dir=results/out{1}"], "contains '{' or '}'"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "output_inside_temp", "temp_inside_output", "output_is_temp", "report_is_output",
        "output_is_working_directory", "output_is_root", "output_is_home", "output_contains_repository",
        "prompts_inside_output", "dangling_symlink", "wildcard_braces",
    ],
)
def test_folder_layouts_that_would_lose_files_are_refused_before_any_job(tmp_path, case):
    workdir = tmp_path / "work"
    workdir.mkdir()
    (workdir / "notes.json").write_text('{"caption": "mine", "joint_names": []}')  # a user's file
    settings, message = layout_cases(workdir)[case]
    if case == "prompts_inside_output":
        path = workdir / "results" / "SinglePose" / "prompts.md"
        path.parent.mkdir(parents=True)
        path.write_bytes(EXAMPLE.read_bytes())
    before = files_under(workdir)
    prompts = [] if case == "prompts_inside_output" else [f"prompts={EXAMPLE}"]
    result = snakemake(workdir, "--config", *prompts, *settings, check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    errors = [line for line in output.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and message in errors[0], output[-2000:]
    assert "Traceback" not in output
    assert files_under(workdir) - {p for p in files_under(workdir) if p.startswith(".snakemake/")} == before


def test_captions_cut_to_the_longest_allowed_are_said_so(tmp_path):
    prompts = tmp_path / "prompts.md"
    prompts.write_bytes(b"- A person waving\n- " + b"A person raising the arms " * 1000 + b"\n")
    result = snakemake(tmp_path, "--dry-run", "--config", f"prompts={prompts}", *FAST)
    warning = [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("Warning:")]
    assert len(warning) == 1 and "1 caption(s) longer than 20,000 characters were cut" in warning[0] and "line(s) 2" in warning[0]
