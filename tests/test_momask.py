"""The momask backend against a stand-in MoMask checkout (tests/standins/momask).

The stand-in has the module paths, names and signatures the adapter uses, logs
every call and decodes to known numbers, so these tests check what the adapter
does with MoMask (which opt.txt and checkpoint keys it reads, what it passes to
the two transformers and the decoder, un-normalisation, cropping, seeding,
errors). tests/integration/momask_real.py runs it against the real code.
"""

import hashlib
import json
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import torch

from posegen import backends
from posegen.backends import BackendError, GenerationFailed, GenerationSettings
from posegen.backends.momask import MomaskGenerator, preflight
from tests.conftest import EXAMPLE, copy_standin, snakemake, standin_call_log
from tests.test_mardm import standin_rest_data

COMMIT = "89abcdef0123456789abcdef0123456789abcdef"
CLIP_BYTES = b"stand-in weights"
CLIP_SHA256 = hashlib.sha256(CLIP_BYTES).hexdigest()
NAME, RES_NAME, VQ_NAME = "t2m_nlayer8_nhead6_ld384_ff1024_cdp0.1_rvq6ns", "tres_nlayer8_ld384_ff1024_rvq6ns_cdp0.2_sw", "rvq6"
MEAN = np.concatenate([standin_rest_data(), np.zeros(263 - 67, dtype=np.float32)])
STD = (0.01 + 0.0001 * np.arange(263)).astype(np.float32)


def write_opt(folder: Path, **values) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["------------ Options -------------", *(f"{k}: {v}" for k, v in values.items()), "-------------- End ----------------"]
    (folder / "opt.txt").write_text("\n".join(lines) + "\n")


def make_checkout(root: Path) -> tuple[Path, Path]:
    """A stand-in checkout with the three models' opt.txt and checkpoints, 263-dim statistics, a .git and CLIP."""
    checkout = copy_standin("momask", root / "momask-codes")
    t2m = checkout / "checkpoints" / "t2m"
    write_opt(t2m / VQ_NAME, dataset_name="t2m", name=VQ_NAME, nb_code=512, code_dim=512, output_emb_width=512,
              down_t=2, stride_t=2, width=512, depth=3, dilation_growth_rate=3, vq_act="relu", vq_norm="None",
              num_quantizers=6, shared_codebook=False, quantize_dropout_prob=0.2)
    common = dict(dataset_name="t2m", vq_name=VQ_NAME, latent_dim=384, n_heads=6, n_layers=8, ff_size=1024, dropout=0.2)
    write_opt(t2m / NAME, name=NAME, cond_drop_prob=0.1, **common)
    write_opt(t2m / RES_NAME, name=RES_NAME, cond_drop_prob=0.2, share_weight=True, **common)
    for folder, file, entry in ((VQ_NAME, "net_best_fid.tar", {"vq_model": {"offset": torch.tensor(0.0)}}),
                                (NAME, "latest.tar", {"t2m_transformer": {"token_emb": torch.zeros(2)}}),
                                (RES_NAME, "net_best_fid.tar", {"res_transformer": {"token_emb": torch.zeros(2)}})):
        (t2m / folder / "model").mkdir(parents=True, exist_ok=True)
        torch.save({**entry, "ep": 3}, t2m / folder / "model" / file)
    (t2m / VQ_NAME / "meta").mkdir()
    np.save(t2m / VQ_NAME / "meta" / "mean.npy", MEAN)
    np.save(t2m / VQ_NAME / "meta" / "std.npy", STD)
    (checkout / ".git" / "refs" / "heads").mkdir(parents=True)
    (checkout / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (checkout / ".git" / "refs" / "heads" / "main").write_text(COMMIT + "\n")
    clip_cache = root / "clip_cache"
    clip_cache.mkdir()
    (clip_cache / "ViT-B-32.pt").write_bytes(CLIP_BYTES)
    return checkout, clip_cache


@pytest.fixture(scope="module")
def standin(tmp_path_factory):
    return make_checkout(tmp_path_factory.mktemp("momask"))


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
    return {"checkout": str(checkout), "clip_cache": str(clip_cache), "clip_sha256": CLIP_SHA256,
            "allow_cpu": "true", **changes}


def make(standin, settings_changes=None, **option_changes):
    return MomaskGenerator(settings(**(settings_changes or {})), options(standin, **option_changes))


# ----------------------------------------------------------------------------- loading


def test_registered_and_importable_without_momask():
    assert backends.resolve("momask") is MomaskGenerator
    assert "models.mask_transformer" not in sys.modules


def test_loads_the_three_models_as_gen_t2m_does(standin, calls):
    generator = make(standin)
    t2m = standin[0] / "checkpoints" / "t2m"
    assert [c["path"] for c in calls("get_opt")] == [str(t2m / f / "opt.txt") for f in (VQ_NAME, NAME, RES_NAME)]
    [vq] = calls("RVQVAE.__init__")
    assert vq == {"event": "RVQVAE.__init__", "input_width": 263, "nb_code": 512, "code_dim": 512,
                  "num_quantizers": 6, "activation": "relu", "norm": "None"}
    assert calls("RVQVAE.load_state_dict") == [{"event": "RVQVAE.load_state_dict", "keys": ["offset"], "strict": True}]
    [trans] = calls("MaskTransformer.__init__")
    # num_tokens, num_quantizers and code_dim come from the VQ model, as gen_t2m.py sets them.
    assert (trans["num_tokens"], trans["num_quantizers"], trans["code_dim"]) == (512, 6, 512)
    assert (trans["latent_dim"], trans["num_layers"], trans["num_heads"], trans["cond_drop_prob"]) == (384, 8, 6, 0.1)
    [res] = calls("ResidualTransformer.__init__")
    assert (res["cond_drop_prob"], res["share_weight"], res["shared_codebook"]) == (0.2, True, False)
    assert trans["device"] == res["device"] == "cpu"  # MoMask skips CLIP's float16 conversion on the CPU
    for kind in ("MaskTransformer", "ResidualTransformer"):
        [load] = calls(f"{kind}.load_state_dict")
        assert load["keys"] == ["token_emb"] and load["strict"] is False
        assert load["missing"] == ["clip_model.weight", "clip_model.bias"]
    assert [c["name"] for c in calls("clip.load")] == [str(standin[1] / "ViT-B-32.pt")] * 2  # never by name
    assert "float" not in np.__dict__  # the alias MoMask's modules import with is gone again
    assert generator.describe() == {
        "backend": "momask", "name": NAME, "res_name": RES_NAME, "vq_name": VQ_NAME,
        "transformer_checkpoint": f"checkpoints/t2m/{NAME}/model/latest.tar",
        "residual_checkpoint": f"checkpoints/t2m/{RES_NAME}/model/net_best_fid.tar",
        "vq_checkpoint": f"checkpoints/t2m/{VQ_NAME}/model/net_best_fid.tar",
        "clip": "ViT-B/32", "commit": COMMIT, "temperature": 1.0, "topkr": 0.9, "gumbel_sample": False,
        "res_cond_scale": 5.0, "independent_samples": False, "tf32": False,
    }


def test_older_checkpoint_keys_are_read(tmp_path, calls):
    checkout, clip_cache = make_checkout(tmp_path)
    t2m = checkout / "checkpoints" / "t2m"
    torch.save({"net": {"offset": torch.tensor(0.0)}}, t2m / VQ_NAME / "model" / "net_best_fid.tar")
    torch.save({"trans": {"token_emb": torch.zeros(2)}}, t2m / NAME / "model" / "latest.tar")
    MomaskGenerator(settings(), options((checkout, clip_cache)))
    torch.save({"model": {}}, t2m / RES_NAME / "model" / "net_best_fid.tar")
    with pytest.raises(BackendError, match=r"has no 'res_transformer' entry \(found \['model'\]\)"):
        MomaskGenerator(settings(), options((checkout, clip_cache)))


# ----------------------------------------------------------------------------- generation


def test_generate_passes_settings_and_token_lengths_and_unnormalises(standin, calls):
    generator = make(standin, temperature="0.5", topkr="0.8", gumbel_sample="true", res_cond_scale="4")
    batch = generator.generate(["a person waves", "a person sits", "a person bows"], [1, 2, 3], [8, 12, 5])

    [call] = calls("MaskTransformer.generate")
    assert call["conds"] == ["a person waves", "a person sits", "a person bows"]
    assert call["m_lens"] == [2, 3, 1]  # frames // 4; 5 frames go down to 4 as in gen_t2m.py
    assert (call["timesteps"], call["cond_scale"], call["temperature"]) == (7, 3.5, 0.5)
    assert (call["topk_filter_thres"], call["gsample"]) == (0.8, True)
    [ids] = [entry["ids"] for entry in calls("MaskTransformer.ids")]
    [res] = calls("ResidualTransformer.generate")
    assert res["ids"] == ids and res["m_lens"] == [2, 3, 1] and (res["temperature"], res["cond_scale"]) == (1, 4.0)
    assert calls("RVQVAE.forward_decoder")[0]["shape"] == [3, 3, 6]  # (B, tokens, quantizers)
    recovered = calls("recover_from_ric")
    assert [len(r["data"]) for r in recovered] == [8, 12, 4]  # each sample cropped to its own length
    frame = np.arange(12, dtype=np.float32)
    bump = np.minimum(frame, 5) - np.maximum(frame - 5, 0)
    for sample, (entry, frames) in enumerate(zip(recovered, [8, 12, 4])):
        per_frame = np.repeat(np.array(ids[sample], dtype=np.float32) / 512, 4)[:frames]
        decoded = per_frame[:, None] + bump[:frames, None] * (np.arange(263) / 263.0)[None, :]
        np.testing.assert_allclose(entry["data"], decoded * STD + MEAN, rtol=1e-5, atol=1e-5)  # "* std + mean"
        assert entry["joints_num"] == 22
    assert batch.motions.shape == (3, 12, 22, 3) and batch.motions.dtype == np.float32
    assert [i["frames"] for i in batch.info] == [8, 12, 4]
    first = batch.motions[:, 0]
    assert np.allclose(first[:, 0, [0, 2]], 0, atol=1e-6)  # facing +z with the first pelvis at x = z = 0


def test_out_of_memory_halves_the_batch_and_fails_alone(standin, calls):
    (standin[0] / "standin.json").write_text(json.dumps({"oom_above": 2}))
    generator = make(standin, {"batch_size": 8})
    captions = [f"pose {i}" for i in range(5)]
    batch = generator.generate(captions, list(range(5)), [8] * 5)
    assert [len(c["conds"]) for c in calls("MaskTransformer.generate")] == [5, 3, 2, 1, 2]
    assert batch.motions.shape == (5, 8, 22, 3) and generator.max_batch == 2
    (standin[0] / "standin.json").write_text(json.dumps({"oom_above": 0}))
    with pytest.raises(GenerationFailed, match=r"MoMask ran out of GPU memory on 'pose 0' \(8 frames\) even at batch size 1"):
        generator.generate(captions[:1], [0], [8])


def test_an_assertion_inside_momask_becomes_an_error_that_says_where(standin, calls):
    generator = make(standin)
    (standin[0] / "standin.json").write_text(json.dumps({"assert_in_generate": True}))
    with pytest.raises(BackendError, match=r"MoMask's code failed an assertion while generating 1 samples \(transformer.py:\d+"):
        generator.generate(["a"], [1], [8])


def test_seeding_independent_samples_do_not_depend_on_the_batch(standin, calls):
    generator = make(standin, independent_samples="true")
    together = generator.generate(["a person waves", "a person sits"], [11, 12], [8, 8])
    alone = generator.generate(["a person sits"], [12], [8])
    assert np.array_equal(together.motions[1], alone.motions[0]) and together.info[1]["rng_seed"] == 12


def test_seeding_a_batch_reproduces_itself_and_depends_on_its_seeds(standin, calls):
    generator = make(standin)
    first = generator.generate(["a person waves", "a person sits"], [11, 12], [8, 8])
    again = generator.generate(["a person waves", "a person sits"], [11, 12], [8, 8])
    other = generator.generate(["a person waves", "a person sits"], [11, 13], [8, 8])
    assert np.array_equal(first.motions, again.motions)
    assert not np.array_equal(first.motions, other.motions)  # batch mode: one seed from all the batch's seeds
    assert first.info[0]["rng_seed"] == first.info[1]["rng_seed"] != other.info[0]["rng_seed"]


# ----------------------------------------------------------------------------- preflight and CUDA


def damage(name, checkout, clip_cache, opts):
    """Break one thing of a stand-in checkout; the text the error must contain."""
    t2m = checkout / "checkpoints" / "t2m"
    if name == "no checkout option":
        del opts["checkout"]
        return "backend_options.checkout is required for backend momask"
    if name == "no masked transformer opt.txt":
        (t2m / NAME / "opt.txt").unlink()
        return f"MoMask masked transformer settings {t2m / NAME / 'opt.txt'} are missing (see backend_options.name"
    if name == "no residual opt.txt":
        (t2m / RES_NAME / "opt.txt").unlink()
        return f"MoMask residual transformer settings {t2m / RES_NAME / 'opt.txt'} are missing"
    if name == "models of different VQ models":
        text = (t2m / RES_NAME / "opt.txt").read_text().replace(f"vq_name: {VQ_NAME}", "vq_name: rvq_other")
        (t2m / RES_NAME / "opt.txt").write_text(text)
        return f"trained on VQ model 'rvq_other', the masked transformer {NAME} on '{VQ_NAME}'"
    if name == "no VQ checkpoint":
        (t2m / VQ_NAME / "model" / "net_best_fid.tar").unlink()
        return f"MoMask VQ model checkpoint {t2m / VQ_NAME / 'model' / 'net_best_fid.tar'} is missing"
    if name == "no transformer epoch":
        opts["which_epoch"] = "net_best_fid"
        return f"masked transformer checkpoint {t2m / NAME / 'model' / 'net_best_fid.tar'} is missing"
    if name == "no std":
        (t2m / VQ_NAME / "meta" / "std.npy").unlink()
        return f"MoMask std {t2m / VQ_NAME / 'meta' / 'std.npy'} is missing"
    if name == "KIT statistics":
        np.save(t2m / VQ_NAME / "meta" / "mean.npy", np.zeros(251, dtype=np.float32))
        return "holds shape (251,); MoMask's HumanML3D models work on 263-dim features"
    if name == "truncated CLIP weights":
        (clip_cache / "ViT-B-32.pt").write_bytes(CLIP_BYTES[:5])
        return f"do not have the expected SHA-256 (found {hashlib.sha256(CLIP_BYTES[:5]).hexdigest()}"
    if name == "no VQ opt.txt":
        (t2m / VQ_NAME / "opt.txt").unlink()
        return f"MoMask VQ model settings file {t2m / VQ_NAME / 'opt.txt'} is missing"
    if name == "no vq_name":
        text = (t2m / NAME / "opt.txt").read_text().replace(f"vq_name: {VQ_NAME}\n", "")
        (t2m / NAME / "opt.txt").write_text(text)
        return f"{t2m / NAME / 'opt.txt'} names no vq_name"
    if name == "no mean":
        (t2m / VQ_NAME / "meta" / "mean.npy").unlink()
        return f"MoMask mean {t2m / VQ_NAME / 'meta' / 'mean.npy'} is missing"
    if name == "unknown option":
        opts["cond_scale"] = 4
        return "unknown option(s) ['cond_scale'] for momask"
    raise AssertionError(name)


@pytest.mark.parametrize("name", ["no checkout option", "no masked transformer opt.txt", "no residual opt.txt",
                                  "models of different VQ models", "no VQ checkpoint", "no transformer epoch",
                                  "no std", "KIT statistics", "truncated CLIP weights", "unknown option",
                                  "no VQ opt.txt", "no vq_name", "no mean"])
def test_preflight_names_what_is_wrong(tmp_path, name):
    checkout, clip_cache = make_checkout(tmp_path)
    opts = options((checkout, clip_cache))
    preflight(settings(), dict(opts))  # the intact stand-in passes
    pattern = damage(name, checkout, clip_cache, opts)
    with pytest.raises(BackendError, match=re.escape(pattern)):
        backends.preflight("momask", settings(), opts)


@pytest.mark.parametrize("frames, message", [(10, "sequence_length: 10 is not a multiple of 4"),
                                             (200, "sequence_length: 200 frames is more than MoMask's 196")])
def test_preflight_refuses_lengths_momask_cannot_make(standin, frames, message):
    with pytest.raises(BackendError, match=re.escape(message)):
        preflight(settings(sequence_length=frames), options(standin))


def test_without_cuda_the_factory_asks_for_a_gpu_or_allow_cpu(standin):
    opts = options(standin)
    opts.pop("allow_cpu")
    with pytest.raises(BackendError, match="MoMask is run on a CUDA GPU here; this job got device 'cpu'.*allow_cpu: true"):
        MomaskGenerator(settings(), opts)
    assert "models.mask_transformer" not in sys.modules


def test_a_checkout_module_that_fails_to_import_is_named(tmp_path):
    checkout, clip_cache = make_checkout(tmp_path)
    (checkout / "utils" / "motion_process.py").write_text("raise AttributeError(\"module 'numpy' has no attribute 'x'\")\n")
    with pytest.raises(BackendError, match=re.escape(
        f"importing utils.motion_process from the MoMask checkout {checkout} failed: AttributeError: "
        "module 'numpy' has no attribute 'x' (see envs/momask.yaml")):
        MomaskGenerator(settings(), options((checkout, clip_cache)))


# ----------------------------------------------------------------------------- whole workflow


@pytest.mark.slow
def test_whole_workflow_through_backend_momask(tmp_path):
    checkout, clip_cache = make_checkout(tmp_path)
    workdir = tmp_path / "run"
    workdir.mkdir()
    snakemake(
        workdir, "--config", "preset=test", f"prompts={EXAMPLE}", "backend=momask",
        f"backend_options={{checkout: {checkout}, allow_cpu: true, clip_cache: {clip_cache}, clip_sha256: {CLIP_SHA256}}}",
    )
    report = json.loads((workdir / "results" / "SinglePose_report" / "verify.json").read_text())
    assert report["ok"], report["problems"]
    out = workdir / "results" / "SinglePose"
    manifest = pd.read_csv(out / "manifest.csv", keep_default_na=False)
    assert len(manifest) == 28
    record = json.loads((out / f"{manifest['name'][0]}.json").read_text())
    assert record["backend"]["backend"] == "momask" and record["backend"]["commit"] == COMMIT
    assert record["backend"]["vq_name"] == VQ_NAME and record["generator"]["frames"] == 8
    generated = [json.loads(line) for path in checkout.glob("calls-*.jsonl") for line in path.open()]
    calls = [e for e in generated if e["event"] == "MaskTransformer.generate"]
    assert sum(len(e["conds"]) for e in calls) == 28
    assert all(e["timesteps"] == 4 and e["cond_scale"] == 4.5 and set(e["m_lens"]) == {2} for e in calls)
