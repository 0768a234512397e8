"""The mardm backend against a stand-in MARDM checkout (tests/standins/mardm; the real model needs weights and CUDA).

The stand-in has the module paths, names and signatures the adapter uses, logs
every call, and decodes to known numbers, so these tests check what the adapter
does with MARDM: which checkpoint keys it loads, what it passes to generate,
the un-normalisation, cropping, recover_from_ric, orientation, frame choice and
out-of-memory handling. They say nothing about the real model's output.
"""

import contextlib
import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import torch

from posegen import backends
from posegen.backends import BackendError, GenerationFailed, GenerationSettings
from posegen.backends.mardm import MardmGenerator, preflight
from posegen.backends.model_checkout import face_plus_z
from posegen.generation import generate_batch
from posegen.skeleton import JOINT, PARENTS, REST_DIRECTIONS
from tests.conftest import EXAMPLE, copy_standin, snakemake, standin_call_log

COMMIT = "0123456789abcdef0123456789abcdef01234567"
CLIP_BYTES = b"stand-in weights"
CLIP_SHA256 = hashlib.sha256(CLIP_BYTES).hexdigest()


def standin_rest_data(yaw=np.pi / 2, root_xz=(1.5, -2.0)):
    """A 67-vector (0, root xyz, 21 joints xyz) of a rest skeleton turned by ``yaw`` (facing +x at pi/2)."""
    joints = np.zeros((22, 3))
    joints[0] = [0.0, 0.95, 0.0]
    for j in range(1, 22):
        joints[j] = joints[PARENTS[j]] + REST_DIRECTIONS[j] * 0.15
    x, z = joints[:, 0].copy(), joints[:, 2].copy()
    joints[:, 0] = x * np.cos(yaw) + z * np.sin(yaw) + root_xz[0]
    joints[:, 2] = -x * np.sin(yaw) + z * np.cos(yaw) + root_xz[1]
    return np.concatenate([[0.0], joints.reshape(-1)]).astype(np.float32)


MEAN = standin_rest_data()
STD = (0.01 + 0.0001 * np.arange(67)).astype(np.float32)  # per channel, so "* std" is checked channel-wise


def standin_decoded(noise, frames):
    """What the stand-in AE decodes for a sample whose generate noise is ``noise`` (see models/AE.py)."""
    frame = np.arange(frames, dtype=np.float32)
    bump = np.minimum(frame, 5) - np.maximum(frame - 5, 0)
    return noise + bump[:, None] * (np.arange(67, dtype=np.float32) / 67.0)[None, :]


def make_checkout(root: Path) -> tuple[Path, Path]:
    """A stand-in checkout with checkpoints, 67-dim statistics and a .git, and a CLIP cache beside it."""
    checkout = root / "MARDM"
    copy_standin("mardm", checkout)
    checkpoints = checkout / "checkpoints" / "t2m"
    (checkpoints / "AE" / "model").mkdir(parents=True)
    torch.save({"ae": {"offset": torch.tensor(0.25)}, "ep": 50}, checkpoints / "AE" / "model" / "latest.tar")
    (checkpoints / "MARDM_SiT_XL" / "model").mkdir(parents=True)
    torch.save(
        {"ema_mardm": {"mask_latent": torch.zeros(1, 1, 4)}, "mardm": {}, "ep": 500},
        checkpoints / "MARDM_SiT_XL" / "model" / "latest.tar",
    )
    statistics = checkout / "utils" / "eval_mean_std" / "t2m"
    statistics.mkdir(parents=True)
    np.save(statistics / "eval_mean.npy", MEAN)
    np.save(statistics / "eval_std.npy", STD)
    (checkout / ".git" / "refs" / "heads").mkdir(parents=True)
    (checkout / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (checkout / ".git" / "refs" / "heads" / "main").write_text(COMMIT + "\n")
    clip_cache = root / "clip_cache"
    clip_cache.mkdir()
    (clip_cache / "ViT-B-32.pt").write_bytes(CLIP_BYTES)
    return checkout, clip_cache


@pytest.fixture(scope="module")
def standin(tmp_path_factory):
    return make_checkout(tmp_path_factory.mktemp("mardm"))


@pytest.fixture(autouse=True)
def fresh_imports(fresh_standin_imports):
    yield


@pytest.fixture
def calls(standin):
    return standin_call_log(standin[0])


def settings(**changes):
    values = dict(sequence_length=8, time_steps=7, cfg=3.5, batch_size=4, device="cpu")
    return GenerationSettings(**{**values, **changes})


def options(standin, **changes):
    checkout, clip_cache = standin
    return {
        "checkout": str(checkout),
        "clip_cache": str(clip_cache),
        "clip_sha256": CLIP_SHA256,
        "allow_cpu": "true",
        **changes,
    }


def make(standin, settings_changes=None, **option_changes):
    return MardmGenerator(settings(**(settings_changes or {})), options(standin, **option_changes))


# ----------------------------------------------------------------------------- loading


def test_registered_and_importable_without_mardm():
    assert backends.resolve("mardm") is MardmGenerator
    assert "models.MARDM" not in sys.modules  # nothing of MARDM is imported until a generator is built


def test_loads_the_checkpoints_and_clip_as_sample_py_does(standin, calls):
    generator = make(standin)
    [ae_load] = calls("ae.load_state_dict")
    assert ae_load == {"event": "ae.load_state_dict", "keys": ["offset"], "offset": 0.25, "strict": True}
    [init] = calls("MARDM.__init__")
    assert init["ae_dim"] == 4 and init["cond_mode"] == "text"  # ae_dim = ae.output_emb_width
    [clip_load] = calls("clip.load")
    # The checked file itself, so that clip.load neither checks a checksum nor downloads.
    assert clip_load["name"] == str(standin[1] / "ViT-B-32.pt")
    [model_load] = calls("MARDM.load_state_dict")
    assert model_load["keys"] == ["mask_latent"] and model_load["strict"] is False  # the ema_mardm entry
    assert model_load["missing"] == ["clip_model.weight", "clip_model.bias"]
    assert generator.describe() == {
        "backend": "mardm",
        "model": "MARDM-SiT-XL",
        "model_name": "MARDM_SiT_XL",
        "ae_name": "AE",
        "model_checkpoint": "checkpoints/t2m/MARDM_SiT_XL/model/latest.tar",
        "ae_checkpoint": "checkpoints/t2m/AE/model/latest.tar",
        "mean": "utils/eval_mean_std/t2m/eval_mean.npy",
        "std": "utils/eval_mean_std/t2m/eval_std.npy",
        "clip": "ViT-B/32",
        "commit": COMMIT,
        "temperature": 1.0,
        "independent_samples": False,
        "tf32": False,  # only on CUDA
    }
    assert torch.cuda.is_available() is False  # the CPU pass of MARDM's CUDA assertion ended with the build


def test_a_checkpoint_missing_more_than_clip_weights_is_refused(tmp_path):
    checkout, clip_cache = make_checkout(tmp_path)
    path = checkout / "checkpoints" / "t2m" / "MARDM_SiT_XL" / "model" / "latest.tar"
    torch.save({"ema_mardm": {}}, path)
    with pytest.raises(BackendError, match=r"missing \['mask_latent'\]"):
        make((checkout, clip_cache))


# ----------------------------------------------------------------------------- generation


def test_generate_passes_settings_and_token_lengths_and_unnormalises(standin, calls):
    generator = make(standin, temperature="0.5")
    batch = generator.generate(["a person waves", "a person sits", "a person bows"], [1, 2, 3], [8, 12, 5])

    [call] = calls("MARDM.generate")
    assert call["conds"] == ["a person waves", "a person sits", "a person bows"]
    assert call["m_lens"] == [2, 3, 1]  # frames // 4; 5 frames go down to 4 as in sample.py
    assert (call["timesteps"], call["cond_scale"], call["temperature"]) == (7, 3.5, 0.5)
    assert calls("ae.decode")[0]["shape"] == [3, 4, 3]  # (B, ae_dim, tokens)
    [noise] = [entry["noise"] for entry in calls("MARDM.noise")]
    recovered = calls("recover_from_ric")
    assert [len(r["data"]) for r in recovered] == [8, 12, 4]  # each sample cropped to its own length
    for sample, (entry, frames) in enumerate(zip(recovered, [8, 12, 4])):
        expected = standin_decoded(noise[sample], frames) * STD + MEAN  # exactly "* std + mean"
        assert entry["joints_num"] == 22
        np.testing.assert_allclose(entry["data"], expected, rtol=1e-6, atol=1e-6)

    assert batch.motions.shape == (3, 12, 22, 3) and batch.motions.dtype == np.float32
    assert [i["frames"] for i in batch.info] == [8, 12, 4]
    padding = batch.motions[2, 4:]
    assert np.array_equal(padding, np.repeat(batch.motions[2, 3:4], 8, axis=0))  # sample 2's last frame repeated


def test_clips_are_turned_to_face_plus_z_without_changing_their_shape(standin, calls):
    batch = make(standin).generate(["a person waves", "a person sits"], [1, 2], [8, 8])
    first = batch.motions[:, 0]
    across = first[:, JOINT["left_hip"]] - first[:, JOINT["right_hip"]]
    assert np.allclose(across[:, 2], 0, atol=1e-6) and (across[:, 0] > 0).all()  # left is +x, so facing +z
    assert np.allclose(first[:, 0, [0, 2]], 0, atol=1e-6)  # first pelvis at x = z = 0
    for entry, motion in zip(calls("recover_from_ric"), batch.motions):
        data = np.array(entry["data"])
        original = np.concatenate([data[:, None, 1:4], data[:, 4:].reshape(-1, 21, 3)], axis=1)
        distances = np.linalg.norm(original[:, :, None] - original[:, None], axis=-1)
        assert np.allclose(np.linalg.norm(motion[:, :, None] - motion[:, None], axis=-1), distances, atol=1e-5)
        assert np.allclose(motion[:, :, 1], original[:, :, 1], atol=1e-6)  # a yaw: heights unchanged


def test_face_plus_z_turns_any_heading():
    rest = standin_rest_data(yaw=0.0, root_xz=(0, 0))[1:].reshape(1, 1, 22, 3)
    for yaw in np.linspace(-np.pi, np.pi, 9):
        turned = face_plus_z(standin_rest_data(yaw=yaw, root_xz=(0.3, 0.7))[1:].reshape(1, 1, 22, 3))
        np.testing.assert_allclose(turned, rest, atol=1e-6)


def rows_of(captions, lengths):
    return pd.DataFrame({"caption": captions, "seed": range(len(captions)), "length": lengths})


@pytest.mark.parametrize("frame_index, expected", [("peak", [5, 5]), (2, [2, 2]), (-1, [7, 11])])
def test_frame_choice_and_conventions_through_generate_batch(standin, calls, frame_index, expected):
    rows = rows_of(["a person waves", "a person sits"], [8, 12])
    result = generate_batch(make(standin), rows, frame_index)
    assert result["frames"].tolist() == expected  # the stand-in's motion is farthest from frame 0 at frame 5
    poses = result["poses"]
    assert np.allclose(poses[:, :, 1].min(axis=1), 0) and np.allclose(poses[:, 0, [0, 2]], 0)
    across = poses[:, JOINT["left_hip"]] - poses[:, JOINT["right_hip"]]
    # The first frame's heading, up to the stand-in's own motion of the hips (under 1 cm).
    assert np.allclose(across[:, 2], 0, atol=0.01) and (across[:, 0] > 0.1).all()


def test_frame_from_the_end_of_a_length_that_is_not_a_multiple_of_4(standin, calls):
    result = generate_batch(make(standin), rows_of(["a person waves"], [10]), -1)
    assert result["frames"].tolist() == [9]  # 8 frames generated, padded with the last one up to 10
    assert len(calls("recover_from_ric")[0]["data"]) == 8


# ----------------------------------------------------------------------------- out of memory and seeds


@pytest.mark.parametrize("error", ["OutOfMemoryError", "RuntimeError"])
def test_out_of_memory_halves_the_batch_until_it_fits(standin, calls, error):
    (standin[0] / "standin.json").write_text(json.dumps({"oom_above": 2, "oom_error": error}))
    generator = make(standin, {"batch_size": 8})
    captions = [f"pose {i}" for i in range(5)]
    batch = generator.generate(captions, list(range(5)), [8] * 5)
    assert [c["conds"] for c in calls("MARDM.generate")] == [
        captions, captions[:3], captions[:2], captions[2:3], captions[3:],
    ]
    assert batch.motions.shape == (5, 8, 22, 3) and [i["batch"] for i in batch.info] == [2, 2, 1, 2, 2]
    generator.generate(captions, list(range(5)), [8] * 5)  # later batches start at the size that fitted
    assert [len(c["conds"]) for c in calls("MARDM.generate")[5:]] == [2, 2, 1]


def test_out_of_memory_at_batch_size_1_fails_the_batch(standin, calls):
    (standin[0] / "standin.json").write_text(json.dumps({"oom_above": 0}))
    generator = make(standin)
    with pytest.raises(GenerationFailed, match=r"out of GPU memory on 'pose 0' \(8 frames\) even at batch size 1"):
        generator.generate(["pose 0", "pose 1"], [0, 1], [8, 8])
    assert [len(c["conds"]) for c in calls("MARDM.generate")] == [2, 1]


def test_independent_samples_do_not_depend_on_the_batch(standin, calls):
    generator = make(standin, independent_samples="true")
    together = generator.generate(["a person waves", "a person sits"], [11, 12], [8, 8])
    alone = generator.generate(["a person sits"], [12], [8])
    assert np.array_equal(together.motions[1], alone.motions[0])
    assert together.info[1]["rng_seed"] == 12


def test_a_batch_reproduces_itself(standin, calls):
    generator = make(standin)
    first = generator.generate(["a person waves", "a person sits"], [11, 12], [8, 8])
    again = generator.generate(["a person waves", "a person sits"], [11, 12], [8, 8])
    assert np.array_equal(first.motions, again.motions)


# ----------------------------------------------------------------------------- preflight and CUDA


def damage(name):
    """A function that breaks one thing of a stand-in checkout and returns the text the error must contain."""

    def run(checkout, clip_cache, opts):
        if name == "no checkout option":
            del opts["checkout"]
            return "backend_options.checkout is required"
        if name == "no checkout":
            shutil.rmtree(checkout)
            return f"checkout {checkout} does not exist"
        if name == "no model checkpoint":
            path = checkout / "checkpoints/t2m/MARDM_SiT_XL/model/latest.tar"
            path.unlink()
            return f"model checkpoint {path} is missing"
        if name == "no AE checkpoint":
            path = checkout / "checkpoints/t2m/AE/model/latest.tar"
            path.unlink()
            return f"AE checkpoint {path} is missing"
        if name in ("no mean", "no std"):
            key = name.split()[1]
            path = checkout / f"utils/eval_mean_std/t2m/eval_{key}.npy"
            path.unlink()
            return f"{key} file {path} is missing"
        if name == "263-dim mean":
            path = checkout / "utils/eval_mean_std/t2m/eval_mean.npy"
            np.save(path, np.zeros(263, dtype=np.float32))
            return f"mean: {path} holds shape (263,); MARDM works on 67-dim data"
        if name == "no CLIP weights":
            (clip_cache / "ViT-B-32.pt").unlink()
            return f"CLIP ViT-B/32 weights {clip_cache / 'ViT-B-32.pt'} are missing"
        if name == "truncated CLIP weights":
            path = clip_cache / "ViT-B-32.pt"
            path.write_bytes(CLIP_BYTES[:-3])
            found = hashlib.sha256(CLIP_BYTES[:-3]).hexdigest()
            return f"{path} do not have the expected SHA-256 (found {found}, expected {CLIP_SHA256})"
        if name == "OpenAI's checksum":
            del opts["clip_sha256"]  # the default: the released file's checksum, which the stand-in lacks
            return "expected 40d365715913c9da98579312b702a82c18be219cc2a73407c4526f58eba950af"
        raise AssertionError(name)

    return run


@pytest.mark.parametrize(
    "name",
    ["no checkout option", "no checkout", "no model checkpoint", "no AE checkpoint", "no mean", "no std",
     "263-dim mean", "no CLIP weights", "truncated CLIP weights", "OpenAI's checksum"],
)
def test_preflight_names_what_is_missing(tmp_path, name):
    checkout, clip_cache = make_checkout(tmp_path)
    opts = options((checkout, clip_cache))
    preflight(settings(), dict(opts))  # the intact stand-in passes
    pattern = damage(name)(checkout, clip_cache, opts)
    with pytest.raises(BackendError, match=re.escape(pattern)):
        backends.preflight("mardm", settings(), opts)


def test_preflight_refuses_a_sequence_length_that_is_not_a_multiple_of_4(standin):
    with pytest.raises(BackendError, match=r"sequence_length: 10 is not a multiple of 4.*use 8"):
        preflight(settings(sequence_length=10), options(standin))


def test_preflight_refuses_unknown_options(standin):
    with pytest.raises(BackendError, match=r"unknown option\(s\) \['checkpoint'\]"):
        preflight(settings(), options(standin, checkpoint="x"))


@pytest.mark.parametrize("allow_cpu", [None, False, "false"])
def test_without_cuda_the_factory_says_mardm_needs_a_gpu(standin, allow_cpu):
    opts = options(standin)
    opts.pop("allow_cpu")
    if allow_cpu is not None:
        opts["allow_cpu"] = allow_cpu
    with pytest.raises(BackendError, match="MARDM needs a CUDA GPU; this job got device 'cpu'.*allow_cpu: true"):
        MardmGenerator(settings(), opts)
    assert "models.MARDM" not in sys.modules  # refused before anything of MARDM is loaded


def test_an_assertion_inside_mardm_becomes_an_error_that_says_where(standin, calls):
    generator = make(standin)
    (standin[0] / "standin.json").write_text(json.dumps({"assert_in_generate": True}))
    with pytest.raises(BackendError, match=r"MARDM's code failed an assertion while generating 2 samples \(MARDM.py:\d+"):
        generator.generate(["a", "b"], [1, 2], [8, 8])


def test_an_assertion_while_building_becomes_an_error(standin, monkeypatch):
    from posegen.backends import mardm

    monkeypatch.setattr(mardm, "cuda_check_passed", lambda on_cpu: contextlib.nullcontext())
    with pytest.raises(BackendError, match=r"failed an assertion while building MARDM-SiT-XL \(MARDM.py:\d+ `assert torch"):
        make(standin)


def test_option_values_are_checked(standin):
    with pytest.raises(BackendError, match="allow_cpu: expected true or false, got 'maybe'"):
        make(standin, allow_cpu="maybe")
    with pytest.raises(BackendError, match="temperature: expected a number, got 'warm'"):
        make(standin, temperature="warm")


# ----------------------------------------------------------------------------- whole workflow


@pytest.mark.slow
def test_whole_workflow_through_backend_mardm(tmp_path):
    checkout, clip_cache = make_checkout(tmp_path)
    workdir = tmp_path / "run"
    workdir.mkdir()
    snakemake(
        workdir, "--config", "preset=test", f"prompts={EXAMPLE}", "backend=mardm",
        f"backend_options={{checkout: {checkout}, allow_cpu: true, clip_cache: {clip_cache}, "
        f"clip_sha256: {CLIP_SHA256}}}",
    )
    report = json.loads((workdir / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"], report["problems"]
    out = workdir / "results" / "SinglePose"
    manifest = pd.read_csv(out / "manifest.csv", keep_default_na=False)
    assert len(manifest) == 28
    for name in manifest["name"]:
        record = json.loads((out / f"{name}.json").read_text())
        assert record["backend"]["backend"] == "mardm" and record["backend"]["commit"] == COMMIT
        assert record["backend"]["model_checkpoint"] == "checkpoints/t2m/MARDM_SiT_XL/model/latest.tar"
        assert record["backend"]["ae_checkpoint"] == "checkpoints/t2m/AE/model/latest.tar"
        assert record["frame_index"] == 7 and record["generator"]["frames"] == 8
    generated = [json.loads(line) for path in checkout.glob("calls-*.jsonl") for line in path.open()]
    generate_calls = [e for e in generated if e["event"] == "MARDM.generate"]
    assert sum(len(e["conds"]) for e in generate_calls) == 28
    assert all(e["timesteps"] == 4 and e["cond_scale"] == 4.5 and set(e["m_lens"]) == {2} for e in generate_calls)
