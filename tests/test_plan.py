import pandas as pd
import pytest

from posegen.plan import build_table, prompt_seed, rows_digest, table_settings


def make_file(tmp_path, lines):
    path = tmp_path / "prompts.md"
    path.write_text("\n".join(f"- {line}" for line in lines) + "\n", encoding="utf-8")
    return path


def test_table_rows_shards_and_batches(tmp_path):
    path = make_file(tmp_path, [f"A person pose number {i}" for i in range(25)])
    table = build_table(path, seed=1, shard_size=10, poses_per_job=4, sequence_length=16)
    assert list(table["index"]) == list(range(25))
    assert table.groupby("shard").size().tolist() == [10, 10, 5]
    assert table[table.shard == "s000"].groupby("batch").size().tolist() == [4, 4, 2]
    assert (table["length"] == 16).all()
    assert table["name"].is_unique


def test_seed_depends_on_name_not_position_or_sharding(tmp_path):
    lines = [f"A person pose number {i}" for i in range(12)]
    a = build_table(make_file(tmp_path, lines), seed=7, shard_size=5, poses_per_job=2, sequence_length=8)
    b = build_table(make_file(tmp_path, ["A person extra first"] + lines), seed=7, shard_size=3, poses_per_job=3, sequence_length=8)
    seeds_a = dict(zip(a.name, a.seed))
    seeds_b = dict(zip(b.name, b.seed))
    assert all(seeds_a[name] == seeds_b[name] for name in seeds_a)
    assert prompt_seed(7, "x") != prompt_seed(8, "x")


def test_a_shards_rows_reach_its_generate_job_as_they_are_planned(tmp_path):
    from posegen.plan import group_digests
    from posegen.rows import WRITTEN_COLUMNS
    from posegen.run_plan import RunPlan

    path = make_file(tmp_path, ['A person "quoted" pose, with comma', "一个人向后弯腰", "NA", "null", "123"] * 3)
    table = build_table(path, seed=1, shard_size=4, poses_per_job=3, sequence_length=16)
    plan = RunPlan(table, "out", "tmp", {"backend": "builtin"}, ["npy", "json"], False, {})
    for shard in plan.shards:
        # The params of the job, as plain values, rebuilt into a table in the job.
        back = pd.DataFrame(plan.shard_records(shard), columns=WRITTEN_COLUMNS)
        rows = table[table["shard"] == shard][WRITTEN_COLUMNS].reset_index(drop=True)
        pd.testing.assert_frame_equal(rows, back, check_dtype=False)
        assert rows_digest(back) == rows_digest(rows) == plan.shard_rows[shard]
    # Digests of groups made in one pass equal those of each group on its own.
    batches = group_digests(table, ["shard", "batch"])
    for (shard, batch), value in batches.items():
        assert value == rows_digest(table[(table["shard"] == shard) & (table["batch"] == batch)])


def test_a_prompt_file_edited_after_planning_stops_the_split_with_a_clear_error(tmp_path):
    from posegen.plan import planned_rows, rows_digest
    from posegen.settings import ConfigError, resolve
    from tests.config_helpers import base_config

    prompts = tmp_path / "prompts.md"
    prompts.write_text("- A person waving\n- A person sitting\n", encoding="utf-8")
    config = base_config(prompts=str(prompts))
    planned = build_table(prompts, **table_settings(config, resolve(config)))
    digest = rows_digest(planned[planned["shard"] == "s000"])
    rows, total = planned_rows(prompts, config, "s000", digest)
    assert total == 2 and list(rows["caption"]) == ["A person waving", "A person sitting"]
    prompts.write_text("- A person waving\n- A person in a yoga tree pose\n", encoding="utf-8")  # edited mid-run
    with pytest.raises(ConfigError, match="changed while the workflow was running"):
        planned_rows(prompts, config, "s000", digest)
