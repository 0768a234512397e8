"""One generation job: a shard's prompts through a backend, in batches, to per-pose NPY + JSON.

Finished batches are cached in the scratch folder under a key made of the
settings and the batch's rows, so a job killed half-way or rerun because one
output was deleted generates only what is missing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from posegen import backends
from posegen.io import atomic_path
from posegen.rows import column, row_records
from posegen.settings import digest, from_generation_record
from posegen.shard_file import json_default, padded_clips, unpad_clips, write_shard_file
from posegen.skeleton import JOINT_NAMES, NUM_JOINTS, to_conventions

JSON_DECIMALS = 6


def frame_agreement(clip: np.ndarray, caption: str) -> np.ndarray:
    """(T,) share of the caption's constraints each frame of a clip satisfies (NaN: nothing checkable)."""
    from posegen.caption_reader import read_caption
    from posegen.agreement import agreement_matrix
    from posegen.posecodes import read_poses

    clip = to_conventions(clip)
    if not np.isfinite(clip).all():
        return np.full(len(clip), np.nan)
    return agreement_matrix(read_caption(caption).constraints, read_poses(clip))


def stillness(clip: np.ndarray) -> np.ndarray:
    """(T,) mean joint speed at each frame (metres per frame; lower is stiller)."""
    if len(clip) < 2:
        return np.zeros(len(clip))
    step = np.linalg.norm(np.diff(clip, axis=0), axis=-1).mean(axis=-1)
    return np.concatenate([[step[0]], (step[:-1] + step[1:]) / 2, [step[-1]]])


def select_frame(motion: np.ndarray, length: int, frame_index: int | str, caption: str = "") -> int:
    """Index of the static frame in a clip whose first ``length`` frames are valid.

    An int counts from the start (negative: from the end) and is clamped to the
    clip; "peak" is the frame whose pelvis-relative joints are farthest (mean
    distance) from the first frame's, i.e. the most expressive one; "best" is the
    frame that agrees best with the caption (posegen.constraints), ties broken by
    the stillest frame, then the latest.
    """
    length = max(1, min(int(length), motion.shape[0]))
    if frame_index == "best":
        clip = motion[:length]
        score = np.nan_to_num(frame_agreement(clip, caption), nan=0.0)
        speed = stillness(clip)
        # lexsort: last key first; the latest frame wins remaining ties (clips settle into the pose).
        return int(np.lexsort((-np.arange(length), speed, -score))[0])
    if frame_index == "peak":
        clip = motion[:length] - motion[:length, :1]
        distance = np.linalg.norm(clip - clip[:1], axis=-1).mean(axis=-1)
        return int(np.argmax(distance))
    index = int(frame_index)
    if index < 0:
        index += length
    return min(max(index, 0), length - 1)


def pose_record(row: dict[str, Any], joints: np.ndarray, frame: int, extra: dict[str, Any]) -> dict[str, Any]:
    """The JSON record of one pose; ``joints`` is the (22, 3) float32 array written to the NPY."""
    return {
        "caption": row["caption"],
        "name": row["name"],
        "index": int(row["index"]),
        "line": int(row["line"]),
        "shard": row["shard"],
        "seed": int(row["seed"]),
        "length": int(row["length"]),
        "frame_index": int(frame),
        "num_joints": NUM_JOINTS,
        "joint_names": list(JOINT_NAMES),
        "joints": [[round(float(v), JSON_DECIMALS) for v in joint] for joint in joints],
        "units": "metres; y up; facing +z; left is +x; floor at y = 0; pelvis at x = z = 0",
        **extra,
    }


def pose_key(record: dict[str, Any], version: Any, caption: str, seed: int, length: int) -> str:
    """Cache key of one pose: everything its joints depend on."""
    return digest([record, version, caption, int(seed), int(length)])


class PoseCache:
    """Finished poses of one setting, one ``.npz`` per generated batch, looked up per pose.

    Per-pose lookup makes a rerun independent of how the work is batched and
    sharded (a new batch_size, shard_size or a prompt inserted at the top of the file
    finds every pose generated before). Each pose has an index entry
    ``index/<key[:2]>/<key>``, a symbolic link to its batch file, so that a job
    reads only the batches that hold its own poses: a lookup costs the same in a
    cache of a million poses as in one of ten.
    """

    def __init__(self, directory: str | Path):
        self.directory = Path(directory)
        self.entries: dict[str, tuple[np.ndarray, int, dict, dict]] = {}
        self._clips: dict[str, np.ndarray] = {}  # the clip of each pose, where kept
        self._read: set[str] = set()  # batch files read
        self._folders: set[str] = set()  # index folders made

    def _index_entry(self, key: str) -> str:
        return os.path.join(self.directory, "index", key[:2], key)

    def _find(self, key: str) -> None:
        if key in self.entries:
            return
        try:
            batch_file = Path(os.readlink(self._index_entry(key))).name
        except OSError:
            return  # never generated (or its entry was lost): generated again
        if batch_file not in self._read:
            self._read.add(batch_file)
            self._load(self.directory / batch_file)

    def _load(self, path: Path) -> None:
        try:
            with np.load(path, allow_pickle=False) as data:
                keys = [str(k) for k in data["keys"]]
                poses = data["poses"]
                frames = data["frames"]
                info = json.loads(str(data["info"]))
                describe = json.loads(str(data["describe"]))
                clips = unpad_clips(data["clips"], data["clip_lengths"]) if "clips" in data else None
        except Exception:  # truncated (BadZipFile, EOFError), unreadable or an older format
            return  # those poses are generated again
        if poses.shape != (len(keys), NUM_JOINTS, 3) or len(frames) != len(keys) or len(info) != len(keys):
            return
        for key, pose, frame, sample_info in zip(keys, poses, frames, info):
            self.entries[key] = (pose, int(frame), sample_info, describe)
        if clips is not None and len(clips) == len(keys):
            self._clips.update(zip(keys, clips))

    def get(self, key: str):
        """(pose, frame, info, describe) of a cached pose, or None."""
        self._find(key)
        return self.entries.get(key)

    def clip(self, key: str) -> np.ndarray | None:
        """The whole generated motion of a cached pose, where it was kept."""
        self._find(key)
        return self._clips.get(key)

    def add(self, keys: Sequence[str], result: dict[str, Any], describe: dict[str, Any]) -> None:
        """Store a generated batch durably (atomic file), then make it available."""
        path = self.directory / f"{digest(list(keys))}.npz"
        # Index entries before the batch file: a batch file on disk is always found again, so a
        # run killed between the two redoes nothing it had finished. An entry whose file has not
        # landed points at nothing and reads as not generated. A new entry is one symlink call
        # (creating it is atomic); an entry of a pose generated again is replaced through a
        # temporary name.
        target = f"../../{path.name}"
        for key in keys:
            entry = self._index_entry(key)
            folder = os.path.dirname(entry)
            if folder not in self._folders:
                os.makedirs(folder, exist_ok=True)
                self._folders.add(folder)
            try:
                os.symlink(target, entry)
            except FileExistsError:
                temporary = os.path.join(folder, f".{key}.{os.getpid()}.tmp")
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(temporary)
                os.symlink(target, temporary)
                os.replace(temporary, entry)
        with atomic_path(path) as tmp:
            with open(tmp, "wb") as handle:
                np.savez(
                    handle,
                    keys=np.array(keys),
                    poses=result["poses"],
                    frames=result["frames"],
                    info=json.dumps(result["info"], default=json_default),
                    describe=json.dumps(describe, default=json_default),
                    **padded_clips(result.get("clips")),
                )
        self._load(path)  # records read back the same way whether cached or fresh
        self._read.add(path.name)


def sample_seed(seed: int, sample: int) -> int:
    """Seed of a caption's extra sample (sample 0 is the caption's own seed)."""
    if sample == 0:
        return int(seed)
    return int.from_bytes(hashlib.blake2b(f"{int(seed)}\x00{sample}".encode(), digest_size=4).digest(), "little")


def clip_in_conventions(motion: np.ndarray, length: int, frame: int) -> np.ndarray:
    """The first ``length`` frames of a motion, moved as its kept frame is moved into
    the project's conventions (posegen.skeleton.to_conventions): that frame of the
    clip is then exactly the pose."""
    clip = np.asarray(motion[: max(1, min(int(length), len(motion)))], dtype=np.float32)
    kept = clip[frame]
    shift = np.array([kept[0, 0], kept[:, 1].min(), kept[0, 2]], dtype=np.float32)
    return clip - shift


def generate_batch(
    generator, rows: Any, frame_index: int | str, samples: int = 1, keep_clips: bool = False
) -> dict[str, Any]:
    """Static poses, chosen frames and per-sample info for a batch of rows, and with
    ``keep_clips`` the clip each pose was taken from (a list of (T, 22, 3) arrays).

    With ``samples`` > 1 each caption is generated with that many seeds and the
    sample whose kept frame agrees best with the caption is kept (ties: the first);
    its info lists every sample's seed, frame and agreement.
    """
    rows = row_records(rows)
    count = len(rows)
    lengths = [int(v) for v in column(rows, "length")] * samples
    captions = column(rows, "caption") * samples
    seeds = [sample_seed(seed, k) for k in range(samples) for seed in column(rows, "seed")]
    batch = generator.generate(captions, seeds, lengths)
    motions = np.asarray(batch.motions, dtype=np.float32)
    if motions.ndim != 4 or motions.shape[0] != len(captions) or motions.shape[2:] != (NUM_JOINTS, 3):
        raise backends.BackendError(
            f"backend returned motions of shape {motions.shape}; expected ({len(captions)}, T, {NUM_JOINTS}, 3)"
        )
    frames = np.array(
        [select_frame(m, n, frame_index, c) for m, n, c in zip(motions, lengths, captions)], dtype=np.int64
    )
    poses = to_conventions(motions[np.arange(len(captions)), frames])
    if not np.isfinite(poses).all():
        raise backends.BackendError("backend returned non-finite joint positions")
    info = list(batch.info) if batch.info else [{} for _ in range(len(captions))]

    def clips(chosen: list[int]) -> dict[str, Any]:
        if not keep_clips:
            return {}
        return {"clips": [clip_in_conventions(motions[j], lengths[j], int(frames[j])) for j in chosen]}

    if samples == 1:
        return {"poses": poses, "frames": frames, "info": info, **clips(list(range(count)))}
    chosen = []
    for i in range(count):
        members = [k * count + i for k in range(samples)]
        # One reading of the caption's samples together (the same caption for all of them).
        scores = [None if np.isnan(v) else round(float(v), 4) for v in frame_agreement(poses[members], captions[i])]
        best = max(range(samples), key=lambda k: (-1.0 if scores[k] is None else scores[k], -k))
        j = members[best]
        info[j] = {
            **info[j],
            "sample": best,
            "samples": [
                {"seed": seeds[m], "frame_index": int(frames[m]), "agreement": scores[k]} for k, m in enumerate(members)
            ],
        }
        chosen.append(j)
    return {"poses": poses[chosen], "frames": frames[chosen], "info": [info[j] for j in chosen], **clips(chosen)}


def _generate_or_split(
    generator, rows: list[dict[str, Any]], frame_index, log, samples: int = 1, keep_clips: bool = False
) -> list[tuple[list[int], Any]]:
    """Generate a batch; when it fails, halve it until the failing captions stand alone.

    Returns (row positions, result dict) pairs for what succeeded and
    (row positions, reason str) pairs for single captions that failed.
    """
    try:
        return [(list(range(len(rows))), generate_batch(generator, rows, frame_index, samples, keep_clips))]
    except Exception as err:  # a caption must not take its shard down with it
        reason = f"{type(err).__name__}: {err}".strip()
        if len(rows) == 1:
            return [([0], reason)]
        log(f"batch of {len(rows)} failed ({reason[:200]}); retrying in halves")
        middle = len(rows) // 2
        first = _generate_or_split(generator, rows[:middle], frame_index, log, samples, keep_clips)
        second = _generate_or_split(generator, rows[middle:], frame_index, log, samples, keep_clips)
        return first + [([middle + i for i in positions], outcome) for positions, outcome in second]


def run_shard(
    rows: Any,
    shard_path: str | Path,
    record: dict[str, Any],
    batch_size: int,
    cache_dir: str | Path,
    *,
    device: str = "cpu",
    make_generator: Callable[..., Any] | None = None,
    log: Callable[[str], None] = print,
    shard_key: str = "",
) -> dict[str, Any]:
    """Generate a shard's poses (reusing cached ones) and write them as one shard file.

    ``rows``: the shard's rows of the prompt table (a DataFrame, dicts, or lists of
    values in posegen.rows.WRITTEN_COLUMNS order). ``record`` is
    ``RunSettings.generation_record()``: the settings that decide the joints.
    A caption whose generation fails gets a placeholder (all joints at the origin,
    ``status: failed`` and the reason in its record) and is listed in the result;
    failures are never cached, so the next run tries them again.
    """
    rows = row_records(rows)
    factory = make_generator or backends.resolve(record["backend"])
    generation, options = from_generation_record(record, batch_size)
    generation = replace(generation, device=device)
    version = backends.declared_version(factory)
    # One folder per settings: a job loads only the poses it can use, and poses of
    # earlier settings never slow it down.
    cache = PoseCache(Path(cache_dir) / digest([record, version]))
    keys = [
        pose_key(record, version, caption, seed, length)
        for caption, seed, length in zip(column(rows, "caption"), column(rows, "seed"), column(rows, "length"))
    ]
    keep_clips = bool(record.get("keep_clips", False))
    missing = [i for i, key in enumerate(keys) if cache.get(key) is None or (keep_clips and cache.clip(key) is None)]
    cached = len(rows) - len(missing)
    # A backend whose samples do not depend on their batch-mates may ask for larger calls.
    batch_size = max(int(batch_size), int(getattr(factory, "MIN_CALL_SIZE", 1)))
    log(f"{len(rows)} poses: {cached} from cache, {len(missing)} to generate in batches of {batch_size}")
    generator = None
    describe: dict[str, Any] = {"backend": record["backend"]}
    failed: dict[int, str] = {}
    started = time.monotonic()
    batches = [missing[start : start + batch_size] for start in range(0, len(missing), batch_size)]
    for number, batch in enumerate(batches, start=1):
        if generator is None:
            generator = factory(generation, options)
            describe = dict(generator.describe())
            log(f"backend {json.dumps(describe)} on {device}")
            if hasattr(generator, "share_solved"):  # optional: work the run's jobs can share
                generator.share_solved(cache.directory)
        samples = int(record.get("samples_per_prompt", 1))
        for positions, outcome in _generate_or_split(
            generator, [rows[i] for i in batch], record["frame_index"], log, samples, keep_clips
        ):
            members = [batch[p] for p in positions]
            if isinstance(outcome, str):
                failed[members[0]] = outcome
                log(f"generation failed for #{rows[members[0]]['index']}: {outcome[:300]}")
            else:
                cache.add([keys[i] for i in members], outcome, describe)
        done = sum(len(b) for b in batches[:number])
        elapsed = time.monotonic() - started
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (len(missing) - done) / rate if rate > 0 else 0.0
        log(
            f"batch {number}/{len(batches)}: {done}/{len(missing)} generated, {len(failed)} failed, "
            f"{rate:.1f} poses/s, ETA {eta:.0f} s"
        )

    if generator is not None and hasattr(generator, "save_solved"):
        generator.save_solved()
    poses, records, clips = [], [], []
    for i, (row, key) in enumerate(zip(rows, keys)):
        clip = cache.clip(key)
        clips.append(np.zeros((1, NUM_JOINTS, 3), dtype=np.float32) if clip is None else clip)
        if i in failed:
            pose = np.zeros((NUM_JOINTS, 3), dtype=np.float32)
            extra = {"status": "failed", "error": failed[i], "backend": describe, "settings": record, "generator": {}}
            records.append(pose_record(row, pose, 0, extra))
        else:
            pose, frame, info, pose_describe = cache.get(key)
            extra = {"status": "ok", "backend": pose_describe, "settings": record, "generator": info}
            records.append(pose_record(row, pose, frame, extra))
        poses.append(pose)
    write_shard_file(shard_path, column(rows, "name"), np.array(poses), records, clips if keep_clips else None, shard_key)
    reader = sys.modules.get("posegen.caption_reader")
    if reader is not None:  # the backend read captions (the built-in one does): its curation job need not again
        from posegen import reading_store

        readings = reader.known_readings(dict.fromkeys(column(rows, "caption")))
        reading_store.save(reading_store.shard_readings_path(cache_dir, shard_path), readings)
    failures = [
        {"index": int(rows[i]["index"]), "name": rows[i]["name"], "caption": rows[i]["caption"], "reason": reason}
        for i, reason in sorted(failed.items())
    ]
    return {"cached": cached, "generated": len(missing) - len(failed), "failed": failures}
