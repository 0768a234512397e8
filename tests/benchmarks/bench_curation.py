"""Curation benchmark: precision and recall of every flag on labelled caption/pose pairs.

The pairs come from curation_pairs.py (hand-written captions in eight styles, poses
from joint-rotation specs with varied bodies and from the built-in generator,
mismatches and planted implausibilities). They are split into a development set
(used to tune the caption reader and thresholds) and a held-out set of other
captions and base poses, written apart from the checker and only reported. Targets: disagreement flagged on >= 90 % of mismatched
pairs and on <= 5 % of correct pairs; every planted implausibility flagged; every
planted duplicate grouped.

Usage: python tests/benchmarks/bench_curation.py [--seed N] [--split dev|heldout|both] [--show N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "workflow" / "scripts"))
sys.path.insert(0, str(HERE))

import curation_pairs  # noqa: E402
from posegen.curation import curate_poses, decide  # noqa: E402
from posegen.pose_curation import CurationSettings  # noqa: E402
from posegen.duplicates import normalised  # noqa: E402

PLANTED = ("bone_length", "knee_hyperextended", "elbow_hyperextended", "interpenetration")


def rate(hits: int, total: int) -> str:
    return f"{hits}/{total} = {100.0 * hits / total:5.1f} %" if total else "  n/a"


def evaluate(pairs, show: int = 0) -> dict[str, float]:
    settings = CurationSettings()
    started = time.perf_counter()
    poses = np.stack([p.joints for p in pairs])
    table = curate_poses(poses, [p.caption for p in pairs], settings)
    table["name"] = [f"pair{i}" for i in range(len(pairs))]
    table = decide(table, normalised(poses), settings)
    elapsed = time.perf_counter() - started
    agreement = table["agreement"].astype("Float64")
    flagged = (agreement < 1.0).fillna(False).to_numpy(dtype=bool)
    checkable = agreement.notna().to_numpy(dtype=bool)
    mismatched = np.array([p.mismatched for p in pairs])
    correct = np.array([p.kind in ("correct", "duplicate") for p in pairs])
    results: dict[str, float] = {}

    print(f"{len(pairs)} pairs curated in {elapsed:.2f} s")
    print("\nCaption disagreement (a pose violating at least one of its caption's constraints):")
    print(f"  recall on mismatched pairs       {rate(int((flagged & mismatched).sum()), int(mismatched.sum()))}")
    for kind in ("swapped", "other_posture"):
        mask = np.array([p.kind == kind for p in pairs])
        print(f"    {kind:28s}   {rate(int((flagged & mask).sum()), int(mask.sum()))}")
    print(f"  false flags on correct pairs     {rate(int((flagged & correct).sum()), int(correct.sum()))}")
    print(f"  precision                        {rate(int((flagged & mismatched).sum()), int(flagged.sum()))}")
    print(f"  captions with no constraints     {rate(int((~checkable).sum()), len(pairs))}")
    results["recall"] = (flagged & mismatched).sum() / max(mismatched.sum(), 1)
    results["false_flags"] = (flagged & correct).sum() / max(correct.sum(), 1)
    clear = flagged & table["clear_disagreement"].astype(bool).to_numpy()
    print("  with `disagreement: clear` (only the posture, two or more constraints, or a side swapped):")
    print(f"    recall on mismatched pairs     {rate(int((clear & mismatched).sum()), int(mismatched.sum()))}")
    print(f"    false flags on correct pairs   {rate(int((clear & correct).sum()), int(correct.sum()))}")
    results["clear_recall"] = (clear & mismatched).sum() / max(mismatched.sum(), 1)
    results["clear_false_flags"] = (clear & correct).sum() / max(correct.sum(), 1)

    by_style = defaultdict(lambda: [0, 0, 0, 0])
    for p, f in zip(pairs, flagged):
        entry = by_style[p.style]
        if p.mismatched:
            entry[0] += int(f)
            entry[1] += 1
        elif p.kind in ("correct", "duplicate"):
            entry[2] += int(f)
            entry[3] += 1
    print("  by style (recall on mismatched | false flags on correct):")
    for style, (hit, total, false, ok_total) in sorted(by_style.items()):
        print(f"    {style:16s} {rate(hit, total):>20s} | {rate(false, ok_total)}")

    print("\nPlausibility (problem codes):")
    problems = [set(filter(None, s.split(";"))) for s in table["problems"]]
    for code in PLANTED:
        planted = np.array([p.planted == code for p in pairs])
        fired = np.array([code in s for s in problems])
        print(f"  {code:22s} recall {rate(int((fired & planted).sum()), int(planted.sum()))}   "
              f"precision {rate(int((fired & planted).sum()), int(fired.sum()))}")
        results[f"recall_{code}"] = (fired & planted).sum() / max(planted.sum(), 1)
    unplanted = np.array([p.planted is None for p in pairs])
    anything = np.array([bool(s) for s in problems])
    print(f"  any problem on unplanted poses   {rate(int((anything & unplanted).sum()), int(unplanted.sum()))}")
    for source in ("spec", "builtin"):
        mask = unplanted & np.array([p.source == source for p in pairs])
        print(f"    source {source:8s}                {rate(int((anything & mask).sum()), int(mask.sum()))}")

    print("\nNear-duplicates (threshold %.0f mm):" % settings.duplicate_threshold_mm)
    groups = defaultdict(list)
    for i, p in enumerate(pairs):
        if p.dup_group is not None:
            groups[p.dup_group].append(i)
    leader_of = {name: (dup or name) for name, dup in zip(table["name"], table["duplicate_of"])}
    names = list(table["name"])
    grouped = sum(1 for members in groups.values() if len({leader_of[names[i]] for i in members}) == 1)
    print(f"  planted groups found whole       {rate(grouped, len(groups))}")
    planted_members = {i for members in groups.values() for i in members}
    extra = sum(1 for i, dup in enumerate(table["duplicate_of"]) if dup and i not in planted_members)
    print(f"  other poses marked duplicate     {extra}")
    results["duplicates"] = grouped / max(len(groups), 1)

    if show:
        print("\nExamples:")
        shown = 0
        for i, p in enumerate(pairs):
            wrong = (p.mismatched and not flagged[i]) or (p.kind in ("correct", "duplicate") and flagged[i])
            if wrong and shown < show:
                shown += 1
                label = "MISSED" if p.mismatched else "FALSE"
                print(f"  {label} [{p.kind}/{p.style}/{p.source}/{p.base}] {p.caption!r} -> "
                      f"{table['disagreements'][i] or '(no violated constraint)'}; posture {table['posture'][i]}")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--split", choices=("dev", "heldout", "both"), default="both")
    parser.add_argument("--show", type=int, default=0, help="print up to N wrong decisions")
    args = parser.parse_args()
    pairs = curation_pairs.build_pairs(args.seed)
    for split in ("dev", "heldout"):
        if args.split in (split, "both"):
            print(f"\n===== {split} set =====")
            evaluate([p for p in pairs if p.split == split], show=args.show)


if __name__ == "__main__":
    main()
