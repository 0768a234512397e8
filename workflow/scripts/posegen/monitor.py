"""Progress of a run, read from its files and Snakemake's own state (never guessed).

- generated: a shard's file of the current settings in temp_dir/generated, else the
  last progress line of its log;
- rendered: the poses of the render batches whose record of the current settings
  exists (posegen.batch_records), so a rerun with other picture settings starts at 0;
- curated: the shards' curation files in report_dir/curation; the dataset's curation
  counts from manifest.csv once merged;
- merged / verified: manifest.csv and poses.npy, the verify report;
- failures: the shards' failure records and the errors in Snakemake's latest log;
- Snakemake: "N of M steps" from its latest log, and whether it holds its lock.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from posegen.failures import all_failures
from posegen.run_plan import RunPlan
from posegen.verify import FAILED_REPORT_NAME

_PROGRESS = re.compile(r"batch (\d+)/(\d+): (\d+)/(\d+) generated")
_FROM_CACHE = re.compile(r"(\d+) poses: (\d+) from cache")
_STEPS = re.compile(r"(\d+) of (\d+) steps \((\d+)%\) done")
_ERROR = re.compile(r"^Error in rule (\S+):", re.M)
RATE_WINDOW_SECONDS = 60


@dataclass
class RunPaths:
    workdir: Path
    output_dir: Path
    temp_dir: Path
    report_dir: Path

    @classmethod
    def from_config(cls, workdir: str | Path, config: dict[str, Any]) -> "RunPaths":
        workdir = Path(workdir)
        folders = [workdir / os.path.expanduser(config[key]) for key in ("output_dir", "temp_dir", "report_dir")]
        return cls(workdir, *folders)


def _tail(path: Path, size: int = 8192) -> str:
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - size))
            return handle.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def shard_generated(paths: RunPaths, plan: RunPlan, shard: str, size: int) -> tuple[int, str]:
    """(poses generated, state) of one shard."""
    if (paths.workdir / plan.generated_path(shard)).exists():
        return size, "generated"
    log = paths.workdir / plan.generate_log(shard)
    text = _tail(log)
    if not text:
        return 0, "pending"
    start = max(text.rfind(" poses: "), 0)  # the latest attempt's lines (if still in the tail)
    latest = text[start:]
    cached = _FROM_CACHE.findall(latest)
    progress = _PROGRESS.findall(latest)
    if not cached:
        # A long log: the attempt's first line has left the tail; generated = total - remaining.
        done = size - int(progress[-1][3]) + int(progress[-1][2]) if progress else 0
    else:
        done = int(cached[-1][1]) + (int(progress[-1][2]) if progress else 0)
    # Only job-level errors (written by posegen.joblog) fail a shard; a caption's own
    # failure reason may also contain "error:".
    failed = f"generate {shard}: error: " in latest or "Traceback" in latest
    return min(done, size), "failed" if failed else "generating"


def snakemake_state(workdir: Path) -> dict[str, Any]:
    """Steps done and errors from Snakemake's latest log; whether a Snakemake holds the directory."""
    logs = sorted((workdir / ".snakemake" / "log").glob("*.snakemake.log"), key=lambda p: p.stat().st_mtime)
    state: dict[str, Any] = {"log": None, "steps_done": None, "steps_total": None, "errors": []}
    locks = workdir / ".snakemake" / "locks"
    locked = locks.is_dir() and any(locks.iterdir())
    alive = snakemake_processes(workdir)
    # A lock with no Snakemake process behind it is left over from a killed run.
    state["running"] = locked and alive is not False
    state["stale_lock"] = locked and alive is False
    if logs:
        text = logs[-1].read_text(encoding="utf-8", errors="replace")
        state["log"] = str(logs[-1].relative_to(workdir))
        steps = _STEPS.findall(text)
        if steps:
            state["steps_done"], state["steps_total"] = int(steps[-1][0]), int(steps[-1][1])
        state["errors"] = _ERROR.findall(text)
    return state


def snakemake_processes(workdir: Path) -> bool | None:
    """Whether a Snakemake process works in `workdir` (read from /proc); None where
    processes cannot be listed (not Linux)."""
    proc = Path("/proc")
    if not (proc / "self" / "cmdline").exists():
        return None
    target = workdir.resolve()
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
            if not any(b"snakemake" in part for part in command):
                continue
            if Path(os.readlink(entry / "cwd")).resolve() == target:
                return True
            # snakemake --directory DIR run from elsewhere
            for flag in (b"--directory", b"-d"):
                if flag in command:
                    index = command.index(flag) + 1
                    if index < len(command) and Path(os.readlink(entry / "cwd"), command[index].decode()).resolve() == target:
                        return True
        except (OSError, ValueError):
            continue
    return False


def _verify_summary(paths: RunPaths, entries: dict[str, os.DirEntry]) -> dict[str, Any] | None:
    """The latest verify report, marked out of date when pose or dataset files changed after it."""
    for verify_path in (paths.report_dir / "verify.json", paths.report_dir / FAILED_REPORT_NAME):
        if not verify_path.exists():
            continue
        try:
            report = json.loads(verify_path.read_text(encoding="utf-8"))
            if not isinstance(report, dict):
                raise ValueError("not a JSON object")
        except (OSError, ValueError) as err:
            return {"ok": None, "problems": None, "failed": None, "unreadable": f"{verify_path.name}: {err}"}
        written = verify_path.stat().st_mtime
        newer = [entry.name for entry in entries.values() if not entry.name.startswith(".") and entry.stat().st_mtime > written]
        return {
            "ok": report.get("ok"),
            "problems": report.get("problem_count"),
            "failed": report.get("failed_count"),
            "out_of_date": bool(newer),
        }
    return None


def gpu_usage() -> list[dict[str, Any]]:
    if shutil.which("nvidia-smi") is None:
        return []
    try:
        out = subprocess.run(
            ["nvidia-smi", "--query-gpu=index,utilization.gpu,memory.used,memory.total", "--format=csv,noheader,nounits"],
            capture_output=True, text=True, timeout=10, check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    gpus = []
    for line in out.strip().splitlines():
        index, util, used, total = [part.strip() for part in line.split(",")]
        gpus.append({"index": index, "utilization_percent": float(util), "memory_used_mib": float(used), "memory_total_mib": float(total)})
    return gpus


def collect(plan: RunPlan, paths: RunPaths, now: float | None = None) -> dict[str, Any]:
    """A snapshot of the run as a JSON-serialisable dict."""
    now = time.time() if now is None else now
    table = plan.table
    total = len(table)
    try:
        entries = {entry.name: entry for entry in os.scandir(paths.output_dir)}
    except (FileNotFoundError, NotADirectoryError):
        entries = {}
    done_batches = plan.done_batches()  # the plan's folders as seen from here (see workflow/scripts/monitor.py)
    shards = []
    generated = rendered = curated = 0
    png_times = []  # one entry per pose rendered, at its batch record's time
    for shard, rows in table.groupby("shard", sort=True):
        done, state = shard_generated(paths, plan, shard, len(rows))
        pictures = 0
        for (batch_shard, batch), batch_rows in plan.batches.items():  # pose names
            if batch_shard == shard and (batch_shard, batch) in done_batches:
                pictures += len(batch_rows)
                png_times += [done_batches[(batch_shard, batch)]] * len(batch_rows)
        curated_rows = len(rows) if (paths.report_dir / "curation" / f"{shard}.npz").exists() else 0
        # Done: rendered and curated; "rendering" while either still has work.
        if state == "generated" and pictures == len(rows) and curated_rows == len(rows):
            state = "done"
        elif state == "generated" and (pictures or curated_rows):
            state = "rendering"
        shards.append(
            {"shard": shard, "poses": len(rows), "generated": done, "rendered": pictures, "curated": curated_rows, "state": state}
        )
        curated += curated_rows
        generated += done
        rendered += pictures
    recent = [t for t in png_times if now - t <= RATE_WINDOW_SECONDS]
    # A run younger than the window: rate over the time since its first picture.
    window = max(min(RATE_WINDOW_SECONDS, now - min(png_times)), 1.0) if png_times else RATE_WINDOW_SECONDS
    rate = len(recent) / window if recent else 0.0
    verify = _verify_summary(paths, entries)
    newest = sorted(
        (entry for entry in entries.values() if not entry.name.startswith(".")),
        key=lambda entry: entry.stat().st_mtime,
        reverse=True,
    )[:5]
    return {
        "total": total,
        "generated": generated,
        "rendered": rendered,
        "curated": curated,
        "curation": _curation_counts(paths.output_dir / "manifest.csv"),
        "merged": (paths.output_dir / "manifest.csv").exists() and (paths.output_dir / "poses.npy").exists(),
        "verify": verify,
        "render_rate_per_s": round(rate, 2),
        "eta_s": round((total - rendered) / rate) if rate > 0 and rendered < total else None,
        "shards": shards,
        "failures": all_failures(paths.report_dir, [s["shard"] for s in shards]),
        "newest_files": [entry.name for entry in newest],
        "snakemake": snakemake_state(paths.workdir),
        "gpus": gpu_usage(),
    }


def _curation_counts(manifest_path: Path) -> dict[str, Any] | None:
    """Kept, implausible, duplicates and disagreeing poses from a merged manifest (None before)."""
    try:
        manifest = pd.read_csv(manifest_path, keep_default_na=False, usecols=["plausible", "agreement", "duplicate_of", "keep"])
    except (OSError, ValueError, pd.errors.ParserError):
        return None
    agreement = pd.to_numeric(manifest["agreement"], errors="coerce")
    return {
        "kept": int((manifest["keep"].astype(str).str.lower() == "true").sum()),
        "implausible": int((manifest["plausible"].astype(str).str.lower() == "false").sum()),
        "duplicates": int((manifest["duplicate_of"].astype(str) != "").sum()),
        "disagreeing": int((agreement < 1).sum()),
    }


def _bar(done: int, total: int, width: int = 30) -> str:
    filled = int(width * done / total) if total else width
    percent = 100.0 * done / total if total else 100.0
    return f"[{'#' * filled}{'.' * (width - filled)}] {done:>6}/{total} {percent:5.1f}%"


def format_text(snapshot: dict[str, Any]) -> str:
    total = snapshot["total"]
    sm = snapshot["snakemake"]
    status = "running" if sm["running"] else "not running"
    if sm.get("stale_lock"):
        status = "not running (a killed run left its lock: run snakemake --unlock before the next run)"
    steps = f", {sm['steps_done']} of {sm['steps_total']} steps" if sm["steps_total"] else ""
    lines = [f"Snakemake: {status}{steps}"]
    lines.append(f"generated {_bar(snapshot['generated'], total)}")
    lines.append(f"rendered  {_bar(snapshot['rendered'], total)}")
    lines.append(f"curated   {_bar(snapshot['curated'], total)}")
    merged = "done" if snapshot["merged"] else "pending"
    verify = snapshot["verify"]
    if verify is None:
        verified = "pending"
    elif verify.get("unreadable"):
        verified = f"report unreadable ({verify['unreadable'][:80]})"
    else:
        verified = "OK" if verify["ok"] else f"FAILED ({verify['problems']} problems)"
        if verify.get("out_of_date"):
            verified += ", out of date: files changed since (verify runs again at the end of the run)"
    lines.append(f"merged    {merged}    verify {verified}")
    counts = snapshot.get("curation")
    if counts is not None:
        lines.append(
            f"curation  {counts['kept']} kept, {counts['implausible']} implausible, "
            f"{counts['duplicates']} near-duplicates, {counts['disagreeing']} disagreeing with their caption"
        )
    overall = (snapshot["generated"] + snapshot["rendered"] + (total if snapshot["merged"] else 0)) / 3
    lines.append(f"overall   {_bar(int(overall), total)}")
    rate = snapshot["render_rate_per_s"]
    eta = snapshot["eta_s"]
    eta_text = f", ETA {eta // 3600:d}h{eta % 3600 // 60:02d}m{eta % 60:02d}s" if eta is not None else ""
    lines.append(f"rate      {rate * 3600:.0f} poses/hour over the last minute{eta_text}")
    lines.append("shards:")
    for shard in snapshot["shards"]:
        lines.append(
            f"  {shard['shard']}  {shard['state']:<10} generated {shard['generated']:>5}/{shard['poses']}"
            f"  rendered {shard['rendered']:>5}/{shard['poses']}  curated {shard['curated']:>5}/{shard['poses']}"
        )
    failures = snapshot["failures"]
    lines.append(f"failures: {len(failures)} caption(s), {len(sm['errors'])} failed job(s) in the latest Snakemake log")
    for item in failures[:5]:
        lines.append(f"  #{item['index']} {item['caption'][:60]}: {item['reason'][:80]}")
    for rule in sm["errors"][:5]:
        lines.append(f"  job failed: {rule} (see its log under logs/)")
    if snapshot["newest_files"]:
        lines.append("newest: " + ", ".join(snapshot["newest_files"]))
    for gpu in snapshot["gpus"]:
        lines.append(
            f"GPU {gpu['index']}: {gpu['utilization_percent']:.0f}% busy, "
            f"{gpu['memory_used_mib']:.0f}/{gpu['memory_total_mib']:.0f} MiB"
        )
    return "\n".join(lines)
