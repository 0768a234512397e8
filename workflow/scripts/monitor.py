"""Progress of a run: per stage, per shard, rate, ETA, failures, newest files, GPU use.

    python workflow/scripts/monitor.py                      # once, for the run in this directory
    python workflow/scripts/monitor.py --watch              # refresh in place every 5 s
    python workflow/scripts/monitor.py --json               # for scripts
    python workflow/scripts/monitor.py --config prompts=big.md output_dir=out   # same --config as the run

Reads the run's files and Snakemake's own state; safe to run while the workflow runs.
"""

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

import yaml

from posegen.monitor import RunPaths, collect, format_text
from posegen.plan import build_table, table_settings
from posegen.prompts import PromptFileError
from posegen.run_plan import RunPlan
from posegen.settings import ConfigError, normalize_command_line, resolve
from snakemake.exceptions import WorkflowError
from snakemake.utils import validate

REPO = Path(__file__).resolve().parents[2]


def load_config(configfile: Path, overrides: list[str]) -> dict:
    config = yaml.safe_load(configfile.read_text(encoding="utf-8"))
    for item in overrides:
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"monitor: --config expects key=value, got {item!r}")
        config[key] = yaml.safe_load(value)
    return config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--directory", "-d", type=Path, default=Path("."), help="the run's working directory")
    parser.add_argument("--configfile", type=Path, default=REPO / "config" / "config.yaml")
    parser.add_argument("--config", nargs="*", default=[], metavar="KEY=VALUE", help="the run's --config overrides")
    parser.add_argument("--watch", nargs="?", type=float, const=5.0, metavar="SECONDS", help="refresh in place")
    parser.add_argument("--json", action="store_true", help="print one JSON snapshot")
    args = parser.parse_args()

    config = load_config(args.configfile, args.config)
    try:
        # The workflow's own checks, so that the monitor reads the run the workflow would make.
        normalize_command_line(config)
        validate(config, str(REPO / "workflow" / "schemas" / "config.schema.yaml"))
        run = resolve(config)
        prompts = Path(os.path.expanduser(config["prompts"]))
        if not prompts.is_absolute():
            prompts = args.directory / prompts
        table = build_table(prompts, **table_settings(config, run))
        paths = RunPaths.from_config(args.directory, config)
        # The run's files as seen from here: its folders are relative to its directory.
        plan = RunPlan.from_config(
            {**config, "output_dir": str(paths.output_dir), "temp_dir": str(paths.temp_dir)}, table, run
        )
    except (ConfigError, PromptFileError) as err:
        raise SystemExit(f"monitor: {err}") from None
    except WorkflowError as err:  # the schema's verdict: "ValidationError: <why>" and "On instance['<key>']"
        text = str(err)
        why = re.search(r"ValidationError: (.*)", text)
        key = re.search(r"On instance\[(.*?)\]", text)
        where = f"{key.group(1).strip(chr(39))}: " if key else ""
        raise SystemExit(f"monitor: the config is not valid: {where}{why.group(1) if why else text}") from None
    except (OSError, ValueError, KeyError) as err:
        raise SystemExit(f"monitor: cannot read the run: {type(err).__name__}: {err}") from None

    if args.json:
        print(json.dumps(collect(plan, paths), indent=1))
        return
    if args.watch is None:
        print(format_text(collect(plan, paths)))
        return
    try:
        while True:
            text = format_text(collect(plan, paths))
            # Home the cursor and clear the screen, then draw: refreshes in place.
            sys.stdout.write("\x1b[H\x1b[2J" + time.strftime("%H:%M:%S  ") + text + "\n")
            sys.stdout.flush()
            time.sleep(args.watch)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
