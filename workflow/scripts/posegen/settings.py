"""Effective settings of a run: the config's explicit values, else the preset's, else defaults.

The JSON schema (workflow/schemas/config.schema.yaml) checks types and ranges;
this module checks what a schema cannot (cross-key rules) and names the key.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from posegen.backends import GenerationSettings

# Keys a preset may set, with the value used when neither the config nor the preset does.
PRESET_KEYS = {
    "sequence_length": 16,
    "frame_index": -1,
    "time_steps": 18,
    "cfg": 4.5,
    "batch_size": 8,
    "variation": 1.0,
    "samples_per_prompt": 1,
    # 1,000 a job: a job's start (a new Python process, its imports, fonts) costs
    # about a second, so larger jobs bring the 10K run nearer its floor; the
    # learned backends' presets take 500 so that several GPUs share the work evenly.
    "shard_size": 1000,
    "poses_per_job": 1000,
}


class ConfigError(ValueError):
    """A config value cannot be used; the message names the key."""


@dataclass(frozen=True)
class RunSettings:
    generation: GenerationSettings
    frame_index: int | str
    shard_size: int
    poses_per_job: int
    backend: str
    backend_options: dict[str, Any]
    seed: int
    samples_per_prompt: int = 1
    keep_clips: bool = False

    def generation_record(self) -> dict[str, Any]:
        """Settings that decide a pose's joints; stored with every pose and hashed for reruns.

        batch_size is left out: a pose depends only on its caption, seed and
        these settings, never on the batch it was generated in.
        """
        record = self.generation.as_record()
        record.pop("batch_size")
        record = {
            "backend": self.backend,
            "backend_options": self.backend_options,
            **record,
            "frame_index": self.frame_index,
        }
        if self.samples_per_prompt > 1:
            # Only when used: runs that draw one sample keep their cache and rerun triggers.
            record["samples_per_prompt"] = self.samples_per_prompt
        if self.keep_clips:
            # Likewise: the generated motions are kept (for bvh_clip) only when asked for.
            record["keep_clips"] = True
        return record


def from_generation_record(record: dict[str, Any], batch_size: int) -> tuple[GenerationSettings, dict[str, Any]]:
    """GenerationSettings and backend options back from ``generation_record()`` (in a job)."""
    return (
        GenerationSettings(
            sequence_length=record["sequence_length"],
            time_steps=record["time_steps"],
            cfg=record["cfg"],
            variation=record["variation"],
            batch_size=batch_size,
        ),
        dict(record["backend_options"]),
    )


def normalize_command_line(config: dict[str, Any]) -> None:
    """Undo what ``--config`` does to numbers inside lists (``gpus=[1,2,3]`` arrives as
    strings) and to booleans (``bvh_clip=true`` arrives as the string "true")."""
    gpus = config.get("gpus")
    if isinstance(gpus, str) and gpus != "auto":
        # gpus=0,1 or gpus=1 on the command line: the ids the user meant.
        parts = [part.strip() for part in gpus.strip("[]").split(",")]
        if parts and all(part.isdigit() for part in parts):
            config["gpus"] = gpus = [int(part) for part in parts]
        else:
            raise ConfigError(f"gpus: {gpus!r} is not 'auto' or a list of GPU ids; write gpus=auto or gpus=[0,1]")
    elif isinstance(gpus, int) and not isinstance(gpus, bool):
        config["gpus"] = gpus = [gpus]
    if isinstance(gpus, list):
        config["gpus"] = [int(g) if isinstance(g, str) and g.strip().isdigit() else g for g in gpus]
    for key in ("bvh_clip", "adopt_existing", "keep_removed_poses", "parquet", "parquet_png"):
        if isinstance(config.get(key), str) and config[key].strip().lower() in ("true", "false", "yes", "no"):
            config[key] = config[key].strip().lower() in ("true", "yes")
    # --config curation={duplicate_threshold_mm: 30} arrives with string values; and it
    # replaces the whole block, so keys it does not name keep the defaults.
    curation = config.get("curation")
    if isinstance(curation, dict):
        import yaml

        config["curation"] = {
            key: yaml.safe_load(value) if isinstance(value, str) else value for key, value in curation.items()
        }


def effective(config: dict[str, Any]) -> dict[str, Any]:
    """The PRESET_KEYS values after applying the preset."""
    presets = config.get("presets") or {}
    name = config.get("preset")
    if name not in presets:
        raise ConfigError(f"preset: unknown preset {name!r}; choose one of {', '.join(sorted(presets))}")
    preset = presets[name] or {}
    values = {}
    for key, default in PRESET_KEYS.items():
        value = config.get(key)
        if value is None:
            value = preset.get(key)
        values[key] = default if value is None else value
    return values


def resolve(config: dict[str, Any]) -> RunSettings:
    values = effective(config)
    check_finite(values)
    frame_index = values["frame_index"]
    length = values["sequence_length"]
    if isinstance(frame_index, int) and not -length <= frame_index < length:
        raise ConfigError(
            f"frame_index: {frame_index} is outside a clip of sequence_length {length} "
            f"(use 0..{length - 1}, a negative index from the end, 'peak' or 'best')"
        )
    generation = GenerationSettings(
        sequence_length=values["sequence_length"],
        time_steps=values["time_steps"],
        cfg=float(values["cfg"]),
        batch_size=values["batch_size"],
        variation=float(values["variation"]),
    )
    return RunSettings(
        generation=generation,
        frame_index=frame_index,
        shard_size=values["shard_size"],
        poses_per_job=values["poses_per_job"],
        backend=config["backend"],
        backend_options=dict(config.get("backend_options") or {}),
        seed=int(config["seed"]),
        samples_per_prompt=int(values["samples_per_prompt"]),
        keep_clips=bool(config.get("bvh_clip", False)),
    )


def digest(value: Any) -> str:
    """A short stable hash of JSON-serialisable data (rerun triggers, cache keys)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_layout(
    folders: dict[str, str], prompts: str | os.PathLike, workdir: str | os.PathLike, repository: str | os.PathLike
) -> None:
    """Refuse, naming the key, a folder layout in which one step would damage another's
    files or the user's: ``folders`` (output_dir, temp_dir, report_dir) must be
    disjoint, none of them the filesystem root, the home folder, the working
    directory or the repository, nor contain one of those; the prompt file must not
    lie in one of them; names must not hold Snakemake's wildcard braces; a folder that
    is a symbolic link must point at something.
    """
    resolved = {}
    for key, folder in folders.items():
        text = str(folder)
        if "{" in text or "}" in text:
            raise ConfigError(f"{key}: {text!r} contains '{{' or '}}', which Snakemake reads as wildcards; rename the folder")
        path = Path(os.path.expanduser(text))
        if path.is_symlink() and not path.exists():
            raise ConfigError(f"{key}: {text} is a symbolic link to {os.readlink(path)}, which does not exist")
        resolved[key] = Path(os.path.abspath(workdir)).joinpath(path).resolve()
    protected = {
        "the filesystem root": Path("/").resolve(),
        "your home folder": Path.home().resolve(),
        "the working directory": Path(workdir).resolve(),
        "the workflow's repository": Path(repository).resolve(),
    }
    for key, path in resolved.items():
        for what, place in protected.items():
            if _inside(place, path):
                where = "is" if path == place else "contains"
                raise ConfigError(
                    f"{key}: {folders[key]} {where} {what} ({place}); use a folder of its own, such as results/SinglePose"
                )
    keys = list(resolved)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            pa, pb = resolved[a], resolved[b]
            if pa == pb:
                raise ConfigError(f"{a} and {b} are the same folder ({pa}); give each a folder of its own")
            for inner, outer in ((a, b), (b, a)):
                if _inside(resolved[inner], resolved[outer]):
                    raise ConfigError(
                        f"{inner}: {folders[inner]} lies inside {outer} ({folders[outer]}); "
                        "the two must not overlap (deleting or checking one would touch the other)"
                    )
    prompt_path = Path(os.path.abspath(workdir)).joinpath(os.path.expanduser(str(prompts))).resolve()
    for key, path in resolved.items():
        if _inside(prompt_path, path):
            raise ConfigError(f"prompts: {prompts} lies inside {key} ({folders[key]}); keep the prompt file outside the run's folders")


def check_finite(values: dict[str, Any]) -> None:
    """Refuse NaN or infinite numbers (a JSON schema's ranges let NaN through), naming the key."""
    for key, value in values.items():
        if isinstance(value, float) and not math.isfinite(value):
            raise ConfigError(f"{key}: {value} is not a finite number")


def check_writable(**folders: str) -> None:
    """Refuse, naming the key, a folder that cannot be created or written (checked before any job starts)."""
    for key, folder in folders.items():
        path = Path(folder).absolute()
        existing = path
        while not existing.exists() and existing != existing.parent:
            existing = existing.parent
        if not existing.is_dir():
            raise ConfigError(f"{key}: cannot write to {folder}: {existing} is not a folder")
        if not os.access(existing, os.W_OK | os.X_OK):
            raise ConfigError(f"{key}: cannot write to {folder}: no permission to write in {existing}")
