import numpy as np
import pytest

from posegen.backends import BackendError, GenerationSettings, MotionBatch
from posegen.generation import run_shard, select_frame
from posegen.shard_file import read_shard_file
from posegen.plan import build_table
from posegen.settings import resolve
from posegen.skeleton import NUM_JOINTS
from tests.config_helpers import base_config


def table_for(tmp_path, captions, **kwargs):
    path = tmp_path / "prompts.txt"
    path.write_text("\n".join(captions) + "\n", encoding="utf-8")
    settings = dict(seed=3, shard_size=1000, poses_per_job=1000, sequence_length=16)
    settings.update(kwargs)
    return build_table(path, **settings)


class SimulatedKill(BaseException):
    """Like SIGKILL for the job: nothing in the job gets to handle it."""


class CountingGenerator:
    """A stand-in backend: a pose that depends on caption and seed, and a call log."""

    calls: list[list[str]] = []
    fail_after: int | None = None

    def __init__(self, settings: GenerationSettings, options):
        self.settings = settings

    def describe(self):
        return {"backend": "counting"}

    def generate(self, captions, seeds, lengths):
        if self.fail_after is not None and len(CountingGenerator.calls) >= self.fail_after:
            raise SimulatedKill()
        CountingGenerator.calls.append(list(captions))
        frames = max(lengths)
        motions = np.zeros((len(captions), frames, NUM_JOINTS, 3), dtype=np.float32)
        for i, (caption, seed) in enumerate(zip(captions, seeds)):
            rng = np.random.default_rng([seed, len(caption)])
            motions[i] = rng.normal(size=(NUM_JOINTS, 3)) * np.linspace(0, 1, frames)[:, None, None]
        return MotionBatch(motions=motions, info=[{"matched": True} for _ in captions])


@pytest.fixture(autouse=True)
def reset_counting():
    CountingGenerator.calls = []
    CountingGenerator.fail_after = None


def record(**overrides):
    config = base_config(**overrides)
    return resolve(config).generation_record()


def test_select_frame():
    motion = np.zeros((10, NUM_JOINTS, 3), dtype=np.float32)
    motion[6, 5] = 3.0  # the frame farthest from the first
    assert select_frame(motion, 10, "peak") == 6
    assert select_frame(motion, 10, -1) == 9
    assert select_frame(motion, 8, -1) == 7  # counts from the sample's own length
    assert select_frame(motion, 4, 7) == 3  # clamped to a short clip
    assert select_frame(motion, 10, 0) == 0
    assert select_frame(motion, 5, "peak") == 0  # peak looks only at valid frames


def test_a_killed_job_resumes_without_generating_finished_batches(tmp_path):
    rows = table_for(tmp_path, [f"A person pose {i}" for i in range(10)])
    kwargs = dict(record=record(backend="counting"), batch_size=3, cache_dir=tmp_path / "cache", make_generator=CountingGenerator, log=lambda m: None)
    CountingGenerator.fail_after = 2
    with pytest.raises(SimulatedKill):
        run_shard(rows, tmp_path / "shard.npz", **kwargs)
    assert not (tmp_path / "shard.npz").exists()
    generated_before = [c for call in CountingGenerator.calls for c in call]
    assert len(generated_before) == 6

    CountingGenerator.fail_after = None
    counts = run_shard(rows, tmp_path / "shard.npz", **kwargs)
    assert counts == {"cached": 6, "generated": 4, "failed": []}
    generated_after = [c for call in CountingGenerator.calls[2:] for c in call]
    assert not set(generated_after) & set(generated_before)

    # A rerun (e.g. after an output was deleted) generates nothing, even with another batch size.
    kwargs["batch_size"] = 4
    assert run_shard(rows, tmp_path / "again.npz", **kwargs) == {"cached": 10, "generated": 0, "failed": []}
    a, b = read_shard_file(tmp_path / "shard.npz"), read_shard_file(tmp_path / "again.npz")
    assert a.keys() == b.keys()
    assert all(np.array_equal(a[k][0], b[k][0]) and a[k][1] == b[k][1] for k in a)


def test_a_job_reads_only_the_cached_batches_of_its_own_poses(tmp_path, monkeypatch):
    """A cache lookup does not grow with the cache: the shard of a re-sharded run reads
    the batches holding its poses, not every batch ever generated."""
    from posegen import generation

    rows = table_for(tmp_path, [f"A person pose {i}" for i in range(40)])
    kwargs = dict(record=record(backend="counting"), cache_dir=tmp_path / "cache", make_generator=CountingGenerator, log=lambda m: None)
    run_shard(rows, tmp_path / "all.npz", batch_size=4, **kwargs)  # 10 batch files
    loaded = []
    real_load = generation.PoseCache._load
    monkeypatch.setattr(generation.PoseCache, "_load", lambda self, path: (loaded.append(path.name), real_load(self, path)))
    part = rows.iloc[8:14].reset_index(drop=True)  # poses of batches 3 and 4
    assert run_shard(part, tmp_path / "part.npz", batch_size=4, **kwargs) == {"cached": 6, "generated": 0, "failed": []}
    assert len(set(loaded)) == 2
    a, b = read_shard_file(tmp_path / "all.npz"), read_shard_file(tmp_path / "part.npz")
    assert all(np.array_equal(a[name][0], b[name][0]) for name in b)


def test_a_cached_batch_file_that_is_gone_or_damaged_is_generated_again(tmp_path):
    rows = table_for(tmp_path, [f"A person pose {i}" for i in range(6)])
    kwargs = dict(record=record(backend="counting"), batch_size=3, cache_dir=tmp_path / "cache", make_generator=CountingGenerator, log=lambda m: None)
    run_shard(rows, tmp_path / "shard.npz", **kwargs)
    batch_files = sorted((tmp_path / "cache").rglob("*.npz"))
    assert len(batch_files) == 2
    batch_files[0].unlink()
    batch_files[1].write_bytes(b"cut")
    assert run_shard(rows, tmp_path / "again.npz", **kwargs) == {"cached": 0, "generated": 6, "failed": []}
    assert run_shard(rows, tmp_path / "third.npz", **kwargs) == {"cached": 6, "generated": 0, "failed": []}


def test_a_run_killed_while_caching_a_batch_leaves_no_batch_file_it_cannot_find(tmp_path, monkeypatch):
    """Killed between a batch's file and its index entries, a rerun would generate that batch
    again although its file is on disk: the entries come first, so every file is found."""
    import os

    from posegen import generation

    cache = generation.PoseCache(tmp_path / "cache")
    keys = ["k1", "k2"]
    result = {"poses": np.zeros((2, NUM_JOINTS, 3)), "frames": np.zeros(2, dtype=int), "info": [{}, {}]}
    calls = []
    real_symlink = os.symlink

    def killed_at_the_second_entry(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the kill lands between the two writes of the batch
        real_symlink(src, dst)

    monkeypatch.setattr(generation.os, "symlink", killed_at_the_second_entry)
    with pytest.raises(KeyboardInterrupt):
        cache.add(keys, result, {})
    monkeypatch.setattr(generation.os, "symlink", real_symlink)
    on_disk = {str(k) for f in (tmp_path / "cache").glob("*.npz") for k in np.load(f)["keys"]}
    again = generation.PoseCache(tmp_path / "cache")
    assert all(again.get(key) is not None for key in on_disk)
    assert again.get("k1") is None  # an entry whose file never landed reads as not generated
    cache.add(keys, result, {})
    again = generation.PoseCache(tmp_path / "cache")
    assert again.get("k1") is not None and again.get("k2") is not None


def test_poses_generated_again_in_other_batches_are_found_there(tmp_path):
    """Index entries of poses generated again point at their new batch files."""
    rows = table_for(tmp_path, [f"A person pose {i}" for i in range(6)])
    kwargs = dict(record=record(backend="counting"), cache_dir=tmp_path / "cache", make_generator=CountingGenerator, log=lambda m: None)
    run_shard(rows, tmp_path / "shard.npz", batch_size=3, **kwargs)
    for batch_file in (tmp_path / "cache").rglob("*.npz"):
        batch_file.unlink()
    assert run_shard(rows, tmp_path / "again.npz", batch_size=2, **kwargs)["generated"] == 6
    assert run_shard(rows, tmp_path / "third.npz", batch_size=3, **kwargs) == {"cached": 6, "generated": 0, "failed": []}
    assert not list((tmp_path / "cache").rglob("*.tmp"))


def test_shard_file_records_follow_the_conventions(tmp_path):
    rows = table_for(tmp_path, ["A person waving", "A person sitting"])
    run_shard(rows, tmp_path / "s.npz", record(backend="counting"), 8, tmp_path / "c", make_generator=CountingGenerator, log=lambda m: None)
    poses = read_shard_file(tmp_path / "s.npz")
    for name, (pose, rec) in poses.items():
        assert pose.shape == (NUM_JOINTS, 3) and pose.dtype == np.float32
        assert pose[:, 1].min() == pytest.approx(0, abs=1e-6)
        assert pose[0, 0] == pytest.approx(0, abs=1e-6) and pose[0, 2] == pytest.approx(0, abs=1e-6)
        assert np.allclose(rec["joints"], pose, atol=1e-6)
        assert rec["name"] == name and rec["num_joints"] == 22 and len(rec["joint_names"]) == 22
        assert rec["backend"] == {"backend": "counting"} and rec["generator"] == {"matched": True}
        assert rec["frame_index"] == 15 and rec["settings"]["sequence_length"] == 16


def test_builtin_poses_do_not_depend_on_batch_size_or_sharding(tmp_path):
    captions = ["A person raising both arms", "Someone kneeling on the left knee", "A person sitting on a chair", "a woman waving"] * 3
    rows = table_for(tmp_path, captions)
    outputs = []
    for batch_size in (1, 5, 12):
        path = tmp_path / f"s{batch_size}.npz"
        run_shard(rows, path, record(), batch_size, tmp_path / f"cache{batch_size}", log=lambda m: None)
        outputs.append(read_shard_file(path))
    for other in outputs[1:]:
        for name in outputs[0]:
            assert np.array_equal(outputs[0][name][0], other[name][0]), name
    # Half the rows in another shard: same poses.
    half = rows.iloc[6:]
    run_shard(half, tmp_path / "half.npz", record(), 2, tmp_path / "cache_half", log=lambda m: None)
    for name, (pose, _) in read_shard_file(tmp_path / "half.npz").items():
        assert np.array_equal(pose, outputs[0][name][0])


def test_backend_returning_a_wrong_shape_is_a_clear_error(tmp_path):
    class Broken(CountingGenerator):
        def generate(self, captions, seeds, lengths):
            return MotionBatch(motions=np.zeros((len(captions), 4, 21, 3)), info=[])

    rows = table_for(tmp_path, ["A person waving"])
    with pytest.raises(BackendError, match=r"expected \(1, T, 22, 3\)"):
        from posegen.generation import generate_batch

        generate_batch(Broken(None, {}), rows, -1)
    result = run_shard(rows, tmp_path / "s.npz", record(backend="broken"), 8, tmp_path / "c", make_generator=Broken, log=lambda m: None)
    assert "expected (1, T, 22, 3)" in result["failed"][0]["reason"]


class FailsOnBadCaptions(CountingGenerator):
    """Fails a whole batch when any caption in it contains 'bad' (like a NaN or an OOM)."""

    broken = True

    def generate(self, captions, seeds, lengths):
        if self.broken and any("bad" in c for c in captions):
            return MotionBatch(motions=np.full((len(captions), 4, 22, 3), np.nan), info=[])
        return super().generate(captions, seeds, lengths)


def test_failing_captions_are_recorded_and_the_shard_goes_on(tmp_path):
    captions = [f"A person pose {i}" for i in range(10)]
    captions[3] = "A bad pose"
    captions[8] = "Another bad pose"
    rows = table_for(tmp_path, captions)
    kwargs = dict(record=record(backend="flaky"), batch_size=4, cache_dir=tmp_path / "cache", make_generator=FailsOnBadCaptions, log=lambda m: None)
    result = run_shard(rows, tmp_path / "s.npz", **kwargs)
    assert [f["caption"] for f in result["failed"]] == ["A bad pose", "Another bad pose"]
    assert all("non-finite" in f["reason"] for f in result["failed"])
    assert result["generated"] == 8
    poses = read_shard_file(tmp_path / "s.npz")
    failed_pose, failed_record = poses[rows.iloc[3]["name"]]
    assert failed_record["status"] == "failed" and "non-finite" in failed_record["error"]
    assert not failed_pose.any()
    assert poses[rows.iloc[0]["name"]][1]["status"] == "ok"

    # The rerun retries exactly the failed captions.
    FailsOnBadCaptions.broken = False
    CountingGenerator.calls = []
    try:
        again = run_shard(rows, tmp_path / "s.npz", **kwargs)
    finally:
        FailsOnBadCaptions.broken = True
    assert again == {"cached": 8, "generated": 2, "failed": []}
    assert sorted(c for call in CountingGenerator.calls for c in call) == ["A bad pose", "Another bad pose"]


def test_a_new_backend_version_misses_the_cache(tmp_path):
    rows = table_for(tmp_path, ["A person waving", "A person sitting"])
    kwargs = dict(record=record(backend="counting"), batch_size=8, cache_dir=tmp_path / "cache", log=lambda m: None)

    class V1(CountingGenerator):
        VERSION = "1"

    class V2(CountingGenerator):
        VERSION = "2"

    assert run_shard(rows, tmp_path / "a.npz", make_generator=V1, **kwargs)["generated"] == 2
    assert run_shard(rows, tmp_path / "b.npz", make_generator=V1, **kwargs)["generated"] == 0
    assert run_shard(rows, tmp_path / "c.npz", make_generator=V2, **kwargs)["generated"] == 2


def test_a_backend_may_ask_for_calls_larger_than_batch_size(tmp_path):
    rows = table_for(tmp_path, [f"A person waving, variant {i}" for i in range(7)])

    class LargeCalls(CountingGenerator):
        MIN_CALL_SIZE = 5

    run_shard(rows, tmp_path / "a.npz", record(backend="counting"), 2, tmp_path / "cache", make_generator=LargeCalls,
              log=lambda m: None)
    assert [len(call) for call in CountingGenerator.calls] == [5, 2]
    CountingGenerator.calls = []
    run_shard(rows, tmp_path / "b.npz", record(backend="counting"), 2, tmp_path / "other", make_generator=CountingGenerator,
              log=lambda m: None)
    assert [len(call) for call in CountingGenerator.calls] == [2, 2, 2, 1]


def test_builtin_generator_version_keys_the_cache():
    from posegen.backends import resolve
    from posegen.builtin import VERSION

    assert resolve("builtin").VERSION == VERSION


@pytest.mark.parametrize("frame_index", [-1, 3, "peak"])
def test_kept_clips_hold_the_pose_at_its_frame_and_survive_the_cache(tmp_path, frame_index):
    from posegen.shard_file import read_shard_clips

    rows = table_for(tmp_path, ["a person waves", "a person bows", "a person sits"], sequence_length=8)
    settings = record(bvh_clip=True, frame_index=frame_index, sequence_length=8)
    assert settings["keep_clips"] is True and "keep_clips" not in record()
    for attempt in range(2):  # generated, then served from the cache
        run_shard(rows, tmp_path / "shard.npz", settings, 2, tmp_path / "cache", make_generator=CountingGenerator)
        poses, clips = read_shard_file(tmp_path / "shard.npz"), read_shard_clips(tmp_path / "shard.npz")
        for name, (pose, pose_record) in poses.items():
            clip = clips[name]
            assert clip.shape == (8, NUM_JOINTS, 3)
            np.testing.assert_allclose(clip[pose_record["frame_index"]], pose, atol=1e-6)
    assert len(CountingGenerator.calls) == 2  # the second run generated nothing
    # Without bvh_clip the shard file holds no clips.
    run_shard(rows, tmp_path / "plain.npz", record(sequence_length=8), 2, tmp_path / "cache", make_generator=CountingGenerator)
    assert read_shard_clips(tmp_path / "plain.npz") == {}


def test_builtin_shards_reuse_poses_other_shards_solved_and_get_the_same_poses(tmp_path, monkeypatch):
    from posegen.builtin import generator as builtin_generator, solved_store

    captions = ["A person raising both arms", "Someone kneeling on the left knee", "A person sitting on a chair", "a woman waving"]
    rows = table_for(tmp_path, captions * 3)
    first, second = rows.iloc[:6], rows.iloc[6:]  # two shards, asking for the same four poses
    solved = []
    real_solve = builtin_generator.solve

    def counting_solve(plans, *args):
        solved.append(len(plans))
        return real_solve(plans, *args)

    monkeypatch.setattr(builtin_generator, "solve", counting_solve)
    builtin_generator.read.cache_clear()
    run_shard(first, tmp_path / "a.npz", record(), 8, tmp_path / "cache", log=lambda m: None)
    assert sum(solved) == 4
    run_shard(second, tmp_path / "b.npz", record(), 8, tmp_path / "cache", log=lambda m: None)
    assert sum(solved) == 4  # the second shard solved nothing: the first one's poses were there
    # The same poses as a shard that solved everything itself.
    run_shard(second, tmp_path / "alone.npz", record(), 8, tmp_path / "other_cache", log=lambda m: None)
    assert sum(solved) == 8
    shared, alone = read_shard_file(tmp_path / "b.npz"), read_shard_file(tmp_path / "alone.npz")
    for name in alone:
        assert np.array_equal(shared[name][0], alone[name][0]), name
        assert shared[name][1]["generator"] == alone[name][1]["generator"], name
    # A damaged store file costs solves, never a wrong pose or a failure.
    for path in (tmp_path / "cache").rglob("solved-*/*.npz"):
        path.write_bytes(b"PK\x03\x04 cut")
    assert solved_store.load(next((tmp_path / "cache").rglob("solved-*"))) == {}


def test_solved_poses_of_other_generator_code_are_not_reused(tmp_path, monkeypatch):
    from posegen.builtin import solved_store

    before = solved_store.store_folder(tmp_path)
    monkeypatch.setattr(solved_store, "source_hash", lambda: "0" * 16)
    assert solved_store.store_folder(tmp_path) != before


def test_builtin_shard_leaves_its_caption_readings_and_curation_uses_them(tmp_path, monkeypatch):
    from posegen import caption_reader, reading_store
    from posegen.pose_curation import CurationSettings, curate_shard

    captions = ["A person raising both arms", "Someone kneeling on the left knee", "a woman waving", "A person raising both arms"]
    rows = table_for(tmp_path, captions)
    run_shard(rows, tmp_path / "s000_k.npz", record(), 8, tmp_path / "cache", log=lambda m: None)
    left = reading_store.shard_readings_path(tmp_path / "cache", tmp_path / "s000_k.npz")
    assert set(reading_store.load(left)) == set(captions)
    # Curating with them gives the fields of curating without, reads no caption, and uses the file up.
    caption_reader._READINGS.clear()
    plain = curate_shard(tmp_path / "s000_k.npz", tmp_path / "plain.npz", CurationSettings())
    caption_reader._READINGS.clear()

    def no_reading(caption):
        raise AssertionError(f"read again: {caption}")

    monkeypatch.setattr(caption_reader, "_read_caption", no_reading)
    assert curate_shard(tmp_path / "s000_k.npz", tmp_path / "reused.npz", CurationSettings(), left) == plain
    assert not left.exists()


def test_caption_readings_round_trip_and_damaged_files_read_as_none(tmp_path):
    from posegen import reading_store
    from posegen.caption_reader import read_caption

    captions = ["Raise your left hand above your head.", "Standing without raising the arms", "a person sitting on a chair, leaning forward",
                "arms raised 90 degrees to the sides"]
    readings = {caption: read_caption(caption) for caption in captions}
    assert any(c.negated for r in readings.values() for c in r.constraints)
    assert any(c.side is None for r in readings.values() for c in r.constraints)
    path = reading_store.save(tmp_path / "r" / "s000.json", readings)
    assert reading_store.load(path) == readings
    path.write_text(path.read_text()[:40])
    assert reading_store.load(path) == {}
    assert reading_store.load(tmp_path / "missing.json") == {}
    assert reading_store.save(tmp_path / "none.json", {}) is None
