"""The shipped config/config.yaml as a dict, with overrides, for tests."""

from pathlib import Path

import yaml

CONFIG = Path(__file__).resolve().parents[1] / "config" / "config.yaml"


def base_config(**overrides):
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    config.update(overrides)
    return config


def example_plan(workdir, **overrides):
    """The posegen.run_plan.RunPlan of a run of the example with the test preset in
    ``workdir`` (its folders joined to it, as the monitor sees them)."""
    from posegen.plan import build_table, table_settings
    from posegen.run_plan import RunPlan
    from posegen.settings import resolve

    config = base_config(prompts=str(CONFIG.parent / "prompts_example.md"), preset="test", **overrides)
    run = resolve(config)
    table = build_table(config["prompts"], **table_settings(config, run))
    folders = {key: str(Path(workdir) / config[key]) for key in ("output_dir", "temp_dir")}
    return RunPlan.from_config({**config, **folders}, table, run)
