"""Curate an existing folder of poses (e.g. made by an older batch script) without changing it.

    python workflow/scripts/curate_folder.py SinglePose/                     # report in SinglePose_curation/
    python workflow/scripts/curate_folder.py SinglePose/ --report-dir out/   # elsewhere
    python workflow/scripts/curate_folder.py SinglePose/ --set duplicate_threshold_mm=30

Reads <name>.npy (22 x 3 joints, metres, y up) and the caption of <name>.json; writes
curation.csv (a row per pose with posture, plausible, problems, agreement,
disagreements, duplicate_of, keep), curated.csv (the rows kept) and the curation
report to the report folder. The curation settings are the config's ``curation``
block (config/config.yaml, or --configfile) with --set overrides.
"""

import argparse
import sys
from dataclasses import fields
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from posegen.curate_folder import CurateFolderError, curate_folder  # noqa: E402
from posegen.pose_curation import CurationSettings  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="folder of <name>.npy (+ <name>.json) poses; never changed")
    parser.add_argument("--report-dir", type=Path, default=None, help="where to write (default: <folder>_curation)")
    parser.add_argument("--configfile", type=Path, default=REPO / "config" / "config.yaml")
    parser.add_argument("--set", nargs="*", default=[], metavar="KEY=VALUE", help="curation settings to override")
    args = parser.parse_args()
    try:
        block = dict((yaml.safe_load(args.configfile.read_text(encoding="utf-8")) or {}).get("curation") or {})
    except (OSError, yaml.YAMLError) as err:
        raise SystemExit(f"curate_folder: cannot read {args.configfile}: {err}")
    known = {f.name for f in fields(CurationSettings)}
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep or key not in known:
            raise SystemExit(f"curate_folder: --set expects one of {', '.join(sorted(known))} as key=value, got {item!r}")
        block[key] = yaml.safe_load(value)
    try:
        curate_folder(args.folder, args.report_dir, CurationSettings.from_config(block), log=print)
    except (CurateFolderError, TypeError, ValueError) as err:
        raise SystemExit(f"curate_folder: {err}")


if __name__ == "__main__":
    main()
