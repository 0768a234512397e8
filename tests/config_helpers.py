"""The shipped config/config.yaml as a dict, with overrides, for tests."""

from pathlib import Path

import yaml

CONFIG = Path(__file__).resolve().parents[1] / "config" / "config.yaml"


def base_config(**overrides):
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    config.update(overrides)
    return config
