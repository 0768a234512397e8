"""Check a finished output folder against the prompt table; report what is wrong.

Problems are collected, not raised one by one, so that one run of verify lists
everything to fix; ``VerifyReport.ok`` decides whether the workflow fails.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from posegen import layout as file_layout
from posegen.dataset_file import FILE_NAME as PARQUET_NAME
from posegen.io import npy_from_bytes
from posegen.ledger import LEDGER_DIR, owned
from posegen.skeleton import JOINT_NAMES, NUM_JOINTS

if TYPE_CHECKING:
    import pandas as pd

DATASET_FILES = ("manifest.csv", "curated.csv", "poses.npy")
POSE_FORMATS = ("npy", "json", "png")  # the default formats
# How a damaged pose file is repaired (said by verify and by merge).
REPAIR = (
    "rerun the same command: the batches that wrote them rewrite exactly those files "
    "(nothing is generated again while temp_dir is there)"
)
REQUIRED_JSON_FIELDS = ("caption", "frame_index", "num_joints", "joints", "joint_names")
MAX_LISTED = 200  # problems and unmatched captions listed in the report
FAILED_REPORT_NAME = "verify_failed.json"  # beside verify.json: the report of a failed verify


@dataclass
class VerifyReport:
    expected: int
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    unmatched: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)
    max_failures: int = 0
    disk_bytes: int = 0
    damaged: list[str] = field(default_factory=list)  # pose files present but unreadable, altered or stale
    damaged_records: list[str] = field(default_factory=list)  # batch records listing them (a rerun repairs these)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "expected_poses": self.expected,
            "counts": self.counts,
            "problem_count": len(self.problems),
            "problems": self.problems[:MAX_LISTED],
            "failed_count": len(self.failed),
            "max_failures": self.max_failures,
            "failed": self.failed[:MAX_LISTED],
            "unmatched_count": len(self.unmatched),
            "unmatched": self.unmatched[:MAX_LISTED],
            "disk_bytes": self.disk_bytes,
            "damaged_count": len(self.damaged),
            "damaged": self.damaged[:MAX_LISTED],
            "damaged_records": self.damaged_records,
        }

    def summary(self) -> str:
        lines = [
            f"verify: {'OK' if self.ok else 'FAILED'} - {self.expected} prompts, "
            + ", ".join(f"{key} {value}" for key, value in self.counts.items()),
            f"disk used: {self.disk_bytes / 1e6:.1f} MB",
            f"captions whose generation failed: {len(self.failed)} (max_failures: {self.max_failures})",
            f"captions the generator did not understand: {len(self.unmatched)}",
        ]
        for item in self.failed[:20]:
            lines.append(f"  failed #{item['index']}: {item['caption'][:80]} - {item['error'][:160]}")
        for item in self.unmatched[:20]:
            lines.append(f"  unmatched #{item['index']}: {item['caption'][:120]}")
        if self.damaged:
            lines.append(
                f"{len(self.damaged)} pose file(s) exist but are damaged, altered or stale "
                f"({', '.join(self.damaged[:5])}{', ...' if len(self.damaged) > 5 else ''}): {REPAIR}"
            )
        if self.problems:
            lines.append(f"{len(self.problems)} problem(s):")
            lines.extend(f"  {problem}" for problem in self.problems[:50])
            if len(self.problems) > 50:
                lines.append(f"  ... and {len(self.problems) - 50} more (see {FAILED_REPORT_NAME} in report_dir)")
        return "\n".join(lines)


def _check_npy(path: Path, raw: bytes | None = None) -> tuple[np.ndarray | None, bytes, list[str]]:
    """``raw``: the file's bytes when already read."""
    try:
        raw = path.read_bytes() if raw is None else raw
        array = npy_from_bytes(raw)
    except Exception as err:  # empty (EOFError), truncated, garbage: NumPy raises many types
        return None, b"", [f"{path.name}: cannot be read as NPY ({type(err).__name__}: {err})"]
    if not isinstance(array, np.ndarray):  # an .npz archive under an .npy name
        return None, b"", [f"{path.name}: not a single NPY array"]
    problems = []
    if array.shape != (NUM_JOINTS, 3):
        problems.append(f"{path.name}: shape {array.shape}, expected ({NUM_JOINTS}, 3)")
    if array.dtype != np.float32:
        problems.append(f"{path.name}: dtype {array.dtype}, expected float32")
    if not np.isfinite(array).all():
        problems.append(f"{path.name}: contains NaN or infinite values")
    elif array.shape == (NUM_JOINTS, 3):
        if abs(float(array[:, 1].min())) > 1e-4:
            problems.append(f"{path.name}: lowest joint at y = {array[:, 1].min():.4f}, expected 0")
        if abs(float(array[0, 0])) > 1e-4 or abs(float(array[0, 2])) > 1e-4:
            problems.append(f"{path.name}: pelvis not at x = z = 0")
    return array, raw, problems


def _check_json(
    path: Path,
    row: dict[str, Any],
    joints: np.ndarray | None,
    generation: dict[str, Any] | None = None,
    raw: bytes | None = None,
) -> tuple[dict | None, list[str]]:
    """``raw``: the file's bytes when already read."""
    try:
        record = json.loads((path.read_bytes() if raw is None else raw).decode("utf-8"))
    except (OSError, ValueError) as err:
        return None, [f"{path.name}: cannot be read as JSON ({err})"]
    if not isinstance(record, dict):
        return None, [f"{path.name}: not a JSON object"]
    missing = [key for key in REQUIRED_JSON_FIELDS if key not in record]
    if missing:
        return record, [f"{path.name}: missing field(s) {', '.join(missing)}"]
    problems = []
    if record["caption"] != row["caption"]:
        problems.append(f"{path.name}: caption differs from the prompt file")
    if generation is not None and record.get("settings") != generation:
        problems.append(
            f"{path.name}: made with other generation settings than the config (stale: written by an earlier "
            "run whose record Snakemake no longer has, or by another checkout)"
        )
    if record["num_joints"] != NUM_JOINTS or list(record["joint_names"]) != list(JOINT_NAMES):
        problems.append(f"{path.name}: num_joints / joint_names are not the 22 HumanML3D joints")
    try:
        listed = np.asarray(record["joints"], dtype=np.float64)
    except (TypeError, ValueError):
        listed = None
    if listed is None or listed.shape != (NUM_JOINTS, 3):
        problems.append(f"{path.name}: joints is not a {NUM_JOINTS} x 3 list")
    # np.allclose(listed, joints, atol=1e-5) written out: a sixth of verify's time otherwise.
    elif joints is not None and joints.shape == listed.shape and not (np.abs(listed - joints) <= 1e-5 * (1 + np.abs(joints))).all():
        problems.append(f"{path.name}: joints disagree with {path.stem}.npy")
    return record, problems


def _check_png(path: Path, width: int, height: int, dpi: int, pose_sha1: str | None, decode: bool = True) -> list[str]:
    """Size, DPI and NPY hash of a picture. decode=False reads its chunks and their CRCs
    only (for pictures the calling job has just encoded); decode=True decodes it whole."""
    from posegen.png_file import read_png_chunks, read_png_info

    try:
        # Either way a truncated or corrupt file fails here.
        info = read_png_info(path) if decode else read_png_chunks(path)
    except Exception as err:  # Pillow raises many types for broken files
        return [f"{path.name}: does not decode as PNG ({err})"]
    problems = []
    if (info["width"], info["height"]) != (width, height):
        problems.append(f"{path.name}: {info['width']}x{info['height']} pixels, expected {width}x{height}")
    # pHYs stores pixels per metre, so 150 dpi reads back as about 150.01.
    if any(not math.isclose(value, dpi, abs_tol=0.5) for value in info["dpi"]):
        problems.append(f"{path.name}: DPI {info['dpi']}, expected {dpi}")
    if pose_sha1 is not None and info["text"].get("pose_sha1") != pose_sha1:
        problems.append(f"{path.name}: picture was not drawn from {path.stem}.npy (stale or foreign picture)")
    return problems


def _check_bvh(path: Path, joints: np.ndarray | None, failed: bool, frame: int = 0, label: str | None = None) -> list[str]:
    """A BVH file parses, has the skeleton's joints, and its frame ``frame`` (the first
    of a pose's file, the kept one of a clip) puts every joint within
    POSITION_TOLERANCE of the NPY (a failed pose's file holds the T-pose)."""
    from posegen.bvh import POSITION_TOLERANCE, BvhError, pose_frames, read_bvh

    label = label or path.name
    try:
        frames = pose_frames(read_bvh(path))
    except BvhError as err:
        return [f"{label}: not a BVH of this skeleton: {err}"]
    if not 0 <= frame < len(frames):
        return [f"{label}: has {len(frames)} frame(s), not the kept frame {frame + 1}"]
    if failed or joints is None or joints.shape != (NUM_JOINTS, 3):
        return []
    error = float(np.linalg.norm(frames[frame] - joints, axis=-1).max())
    if not error <= POSITION_TOLERANCE:
        return [f"{label}: frame {frame + 1} puts a joint {error * 100:.1f} cm from {path.stem}.npy (stale or altered file)"]
    return []


def _check_pose(
    output_dir: Path,
    row: dict[str, Any],
    render: dict[str, Any],
    formats: tuple[str, ...],
    clips: bool,
    generation: dict[str, Any] | None = None,
    decoded: frozenset[str] | set[str] = frozenset(),
    contents: dict[str, bytes] | None = None,
) -> dict[str, Any]:
    """Check one pose's files; pictures in ``decoded`` (checked by their render job,
    unchanged since: see checked_pictures) are not read again. The bytes of the NPY and
    JSON files go into ``contents`` (relative path -> bytes), for the hash check."""
    stem = row["stem"]
    raw = {}
    for ext in ("npy", "json"):
        try:
            with open(os.path.join(output_dir, f"{stem}.{ext}"), "rb") as handle:
                raw[ext] = handle.read()
        except OSError:
            continue  # reported by the check below, which reads it again
        if contents is not None:
            contents[f"{stem}.{ext}"] = raw[ext]
    joints, raw_npy, problems = _check_npy(output_dir / f"{stem}.npy", raw.get("npy"))
    record, json_problems = _check_json(output_dir / f"{stem}.json", row, joints, generation, raw.get("json"))
    problems += json_problems
    sha1 = hashlib.sha1(raw_npy).hexdigest() if raw_npy else None
    if "png" in formats and f"{stem}.png" not in decoded:
        problems += _check_png(output_dir / f"{stem}.png", render["width"], render["height"], render["dpi"], sha1)
    record = record or {}
    failed = record.get("status") == "failed"
    if "bvh" in formats:
        problems += _check_bvh(output_dir / f"{stem}.bvh", joints, failed)
    if clips:
        frame = 0 if failed else int(record.get("frame_index", 0))
        problems += _check_bvh(output_dir / row["clip"], joints, failed, frame, row["clip"])
    matched = record.get("generator", {}).get("matched")
    error = record.get("error") if failed else None
    return {"problems": problems, "joints": joints, "matched": matched, "error": error}


def check_pictures(output_dir: str | Path, names: list[str], render: dict[str, Any]) -> list[str]:
    """Read back each pose's picture as written (every chunk and its CRC) and check its
    size, DPI and NPY hash: run by the render job on the batch it has just written, so
    that verify need not read 10,000 pictures at the end. The pixels are not decoded
    again: the job encoded them a moment before (posegen.png_file), and decoding them
    would cost a third of the job."""
    output_dir = Path(output_dir)
    problems = []
    for name in names:
        raw = (output_dir / f"{name}.npy").read_bytes()
        sha1 = hashlib.sha1(raw).hexdigest()
        problems += _check_png(output_dir / f"{name}.png", render["width"], render["height"], render["dpi"], sha1, decode=False)
    return problems


def checked_pictures(output_dir: Path, records) -> set[str]:
    """Pictures that their render job read back and checked (its record says so) and that
    still have the size and time it recorded; verify hashes them against the record
    (_check_records), so their bytes are the ones that were checked."""
    from posegen.batch_records import read_record_data

    decoded = set()
    for path in records:
        data = read_record_data(path)
        if not data or not data.get("checked_pictures"):
            continue
        for name, (size, mtime_ns, _) in data["files"].items():
            if not name.endswith(".png"):
                continue
            try:
                info = os.stat(output_dir / name)
            except OSError:
                continue
            if info.st_size == size and info.st_mtime_ns == mtime_ns:
                decoded.add(name)
    return decoded


def verify_outputs(
    table: pd.DataFrame,
    output_dir: str | Path,
    render: dict[str, Any],
    *,
    max_failures: int = 0,
    formats: tuple[str, ...] | list[str] = POSE_FORMATS,
    clips: bool = False,
    keep_removed_poses: bool = False,
    generation: dict[str, Any] | None = None,
    records: list[str] | tuple[str, ...] = (),
    parquet: bool = True,
    layout: str = "flat",
) -> VerifyReport:
    """Check every pose's files of the given formats, the dataset files, that the
    folder holds nothing else, and that each file of the batch ``records``
    (posegen.batch_records) still has the content its job wrote."""
    output_dir = Path(output_dir)
    formats = tuple(formats)
    extensions = [f".{f}" for f in formats]
    rows = table.to_dict("records")
    for row in rows:
        # Where the pose's files are, relative to output_dir (posegen.layout).
        row["stem"] = file_layout.pose_folder(layout, row["shard"]) + row["name"]
        row["clip"] = file_layout.clip_file(layout, row["shard"], row["name"])
    report = VerifyReport(expected=len(rows), max_failures=max_failures)
    if not output_dir.is_dir():
        report.problems.append(f"{output_dir}: output folder does not exist")
        return report

    expected = {f"{row['stem']}{ext}" for row in rows for ext in extensions} | set(DATASET_FILES)
    if parquet:
        expected.add(PARQUET_NAME)
    expected_clips = {row["clip"] for row in rows} if clips else set()
    expected |= expected_clips
    # Pose subfolders (clips/, shard folders) are listed file by file (posegen.layout).
    present = file_layout.scan(output_dir, skip=(LEDGER_DIR,))
    if clips:
        report.counts["clip_bvh"] = len(expected_clips & present.keys())
    missing = sorted(expected - present.keys())
    extra = sorted(present.keys() - expected)
    # Files the user adopted (adopt_existing) and, with keep_removed_poses, files of poses
    # whose prompt is gone are kept on purpose: counted, not a problem.
    recorded = owned(output_dir)
    keepable = recorded if keep_removed_poses else recorded - owned(output_dir, adopted=False)
    kept = [name for name in extra if name in keepable]
    if kept:
        extra = [name for name in extra if name not in keepable]
        report.counts["kept_files"] = len(kept)
    report.problems += [f"missing: {name}" for name in missing]
    report.problems += [f"unexpected file in the output folder: {name}" for name in extra]
    report.disk_bytes = sum(entry.stat().st_size for entry in present.values() if entry.is_file())
    for ext in extensions:
        report.counts[ext.lstrip(".")] = sum(1 for row in rows if f"{row['stem']}{ext}" in present)

    checkable = [
        row
        for row in rows
        if all(f"{row['stem']}{ext}" in present for ext in extensions) and (not clips or row["clip"] in present)
    ]
    # The records store the settings as JSON: compare with the config's, as JSON.
    settings = None if generation is None else json.loads(json.dumps(generation))
    decoded = checked_pictures(output_dir, records)
    # One thread: the checks are short and mostly Python, and a thread pool made them
    # slower (measured on 10K poses: 0.5 ms a pose alone, 0.9 ms with four threads).
    contents: dict[str, bytes] = {}  # read once for the checks and the hashes of the batch records
    results = [_check_pose(output_dir, row, render, formats, clips, settings, decoded, contents) for row in checkable]
    for row, result in zip(checkable, results):
        report.problems += result["problems"]
        # Each problem of a pose names its file first ("<file>: what is wrong").
        report.damaged += sorted({problem.split(": ", 1)[0] for problem in result["problems"]})
        entry = {"index": int(row["index"]), "name": row["name"], "caption": row["caption"]}
        if result["error"] is not None:
            report.failed.append({**entry, "error": result["error"]})
        elif result["matched"] is False:
            report.unmatched.append(entry)
    _check_records(report, output_dir, records, contents)
    if len(report.failed) > max_failures:
        report.problems.append(
            f"{len(report.failed)} caption(s) failed to generate, more than max_failures ({max_failures}); "
            "rerun to retry them, or see the reasons above"
        )

    _check_dataset_files(report, output_dir, rows, checkable, results)
    return report


def _check_records(report: VerifyReport, output_dir: Path, records, contents: dict[str, bytes] | None = None) -> None:
    """Files whose content differs from their batch record (altered in place, even with
    the size and time kept) are damaged; the records of damaged files are listed, so
    that the next run repairs their batches (posegen.batch_records)."""
    from posegen.batch_records import read_record

    listed = {Path(path).name: read_record(path) or {} for path in records}
    already = set(report.damaged)
    owner = {}
    for record, files in listed.items():
        for name, (_, _, sha256) in files.items():
            owner[name] = record
            data = (contents or {}).get(name)
            try:
                if data is None:
                    with open(os.path.join(output_dir, name), "rb") as handle:
                        data = handle.read()
            except OSError:
                continue  # a missing file is reported with the pose's checks
            if hashlib.sha256(data).hexdigest() != sha256 and name not in already:
                report.problems.append(f"{name}: altered since it was written (its content differs from its batch record)")
                report.damaged.append(name)
    report.damaged_records = sorted({owner[name] for name in report.damaged if name in owner})


def _check_dataset_files(report, output_dir: Path, rows, checkable, results) -> None:
    manifest_path = output_dir / "manifest.csv"
    if manifest_path.exists():
        import pandas as pd  # here: render jobs import this module and start faster without pandas

        manifest = pd.read_csv(manifest_path, dtype={"name": str}, keep_default_na=False)
        report.counts["manifest_rows"] = len(manifest)
        if list(manifest.get("name", [])) != [row["name"] for row in rows]:
            report.problems.append("manifest.csv: names or their order differ from the prompt table")
        elif list(manifest.get("npy", [])) != [f"{row['stem']}.npy" for row in rows]:
            report.problems.append("manifest.csv: file paths differ from output_layout's")
    poses_path = output_dir / "poses.npy"
    if poses_path.exists():
        try:
            poses = np.load(poses_path, allow_pickle=False)
        except (OSError, ValueError) as err:
            report.problems.append(f"poses.npy: cannot be read ({err})")
            return
        report.counts["stacked_poses"] = int(poses.shape[0]) if poses.ndim else 0
        if poses.shape != (len(rows), NUM_JOINTS, 3) or poses.dtype != np.float32:
            report.problems.append(f"poses.npy: shape {poses.shape} {poses.dtype}, expected ({len(rows)}, 22, 3) float32")
        elif len(checkable) == len(rows):
            for i, result in enumerate(results):
                if result["joints"] is not None and not np.array_equal(poses[i], result["joints"]):
                    report.problems.append(f"poses.npy: row {i} differs from {rows[i]['stem']}.npy")
                    break
        parquet_path = output_dir / PARQUET_NAME
        if parquet_path.exists() and poses.shape == (len(rows), NUM_JOINTS, 3):
            from posegen.dataset_file import check_parquet

            report.problems += check_parquet(parquet_path, [row["name"] for row in rows], poses)
            report.counts["parquet_rows"] = len(rows)
