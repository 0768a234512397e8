import pytest
from snakemake.utils import validate

from posegen.settings import ConfigError, effective, resolve
from tests.config_helpers import base_config

SCHEMA = "workflow/schemas/config.schema.yaml"


@pytest.mark.parametrize(
    "preset, expected",
    [
        ("fast", dict(sequence_length=8, time_steps=10, batch_size=16)),
        ("balanced", dict(sequence_length=16, time_steps=18, cfg=4.5, batch_size=8)),
        ("quality", dict(sequence_length=32, time_steps=50, cfg=5.0, batch_size=8)),
    ],
)
def test_presets(preset, expected):
    values = effective(base_config(preset=preset))
    assert {key: values[key] for key in expected} == expected


def test_explicit_values_beat_the_preset():
    values = effective(base_config(preset="quality", batch_size=2, frame_index="peak"))
    assert values["batch_size"] == 2 and values["frame_index"] == "peak" and values["time_steps"] == 50


def test_unknown_preset_names_the_key():
    with pytest.raises(ConfigError, match="preset: unknown preset 'turbo'"):
        resolve(base_config(preset="turbo"))


def test_frame_index_outside_the_clip_names_the_key():
    with pytest.raises(ConfigError, match="frame_index: 40 is outside"):
        resolve(base_config(preset="balanced", frame_index=40))


def test_batch_size_does_not_change_the_generation_record():
    a = resolve(base_config(batch_size=2)).generation_record()
    b = resolve(base_config(batch_size=64)).generation_record()
    assert a == b and "batch_size" not in a


@pytest.mark.parametrize(
    "key, value",
    [("batch_size", -1), ("batch_size", 0), ("sequence_length", 0), ("gpus", [-1]), ("gpus", "all"), ("seed", -5), ("frame_index", "middle")],
)
def test_schema_refuses_out_of_range_values_naming_the_key(key, value):
    with pytest.raises(Exception) as info:
        validate(base_config(**{key: value}), SCHEMA)
    assert key in str(info.value)


def test_schema_knows_the_disagreement_rules():
    validate(base_config(curation={"disagreement": "clear"}), SCHEMA)
    with pytest.raises(Exception, match="disagreement"):
        validate(base_config(curation={"disagreement": "strict"}), SCHEMA)
    from posegen.pose_curation import CurationSettings

    with pytest.raises(ValueError, match="disagreement"):
        CurationSettings.from_config({"disagreement": "strict"})  # curate_folder.py --set reads no schema


def test_shipped_config_is_valid():
    validate(base_config(), SCHEMA)
