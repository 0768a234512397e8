"""Curation summaries for people: counts, histograms, the worst-agreeing poses with what
they violate, and sample near-duplicate groups (shown by ``snakemake --report``)."""

from __future__ import annotations

import html
import math
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pandas as pd
from PIL import Image, ImageDraw

from posegen.io import atomic_path, write_text
from posegen.posecodes import POSTURES

AGREEMENT_BINS = (0.0, 0.25, 0.5, 0.75, 0.999, 1.0)


def _truthy(column: pd.Series) -> pd.Series:
    return column.astype(str).str.lower().isin(["true", "1"])


def curation_counts(manifest: pd.DataFrame) -> dict[str, Any]:
    """Counts per posture, per problem, duplicate groups and the agreement distribution."""
    agreement = pd.to_numeric(manifest["agreement"], errors="coerce")
    problems = Counter(p for cell in manifest["problems"].astype(str) for p in cell.split(";") if p)
    duplicates = manifest["duplicate_of"].astype(str)
    groups = duplicates[duplicates != ""].value_counts()
    checkable = agreement.dropna()
    return {
        "poses": len(manifest),
        "kept": int(_truthy(manifest["keep"]).sum()),
        "postures": {p: int((manifest["posture"] == p).sum()) for p in POSTURES},
        "implausible": int((~_truthy(manifest["plausible"])).sum()),
        "problems": dict(problems.most_common()),
        "duplicate_groups": int(len(groups)),
        "duplicates": int(groups.sum()),
        "largest_duplicate_group": int(groups.max() + 1) if len(groups) else 0,
        "checkable_captions": int(len(checkable)),
        "agreement_mean": round(float(checkable.mean()), 4) if len(checkable) else None,
        "agreement_full": int((checkable >= 0.999).sum()),
        "agreement_below_half": int((checkable < 0.5).sum()),
        "agreement_quartiles": [round(float(q), 3) for q in checkable.quantile([0.25, 0.5, 0.75])] if len(checkable) else [],
    }


def format_counts(counts: dict[str, Any]) -> str:
    """The counts as lines for a log."""
    lines = [
        f"curation: {counts['poses']} poses, {counts['kept']} kept",
        "postures: " + ", ".join(f"{k} {v}" for k, v in counts["postures"].items()),
        f"implausible: {counts['implausible']} ("
        + (", ".join(f"{k} {v}" for k, v in counts["problems"].items()) or "none") + ")",
        f"near-duplicates: {counts['duplicates']} poses in {counts['duplicate_groups']} groups "
        f"(largest {counts['largest_duplicate_group']})",
        f"captions with checkable constraints: {counts['checkable_captions']}; agreement mean "
        f"{counts['agreement_mean']}, quartiles {counts['agreement_quartiles']}, all satisfied "
        f"{counts['agreement_full']}, under 0.5 {counts['agreement_below_half']}",
    ]
    return "\n".join(lines)


def write_curation_plots(manifest: pd.DataFrame, postures_path, agreement_path, problems_path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def save(fig, path):
        with atomic_path(path) as tmp:
            fig.savefig(tmp, format="png", dpi=100, bbox_inches="tight")
        plt.close(fig)

    counts = curation_counts(manifest)
    fig, ax = plt.subplots(figsize=(6, 3))
    names = list(counts["postures"])
    ax.bar(names, [counts["postures"][n] for n in names], color="#555555")
    ax.set(ylabel="poses", title="Posture classes (read from the joints)")
    ax.tick_params(axis="x", labelrotation=30)
    save(fig, postures_path)

    agreement = pd.to_numeric(manifest["agreement"], errors="coerce").dropna()
    fig, ax = plt.subplots(figsize=(6, 3))
    ax.hist(agreement, bins=np.linspace(0, 1, 21), color="#2ca02c")
    ax.set(
        xlabel="share of the caption's constraints the pose satisfies",
        ylabel="poses",
        title=f"Caption agreement ({len(agreement)} captions with checkable constraints, "
        f"{len(manifest) - len(agreement)} without)",
    )
    save(fig, agreement_path)

    problems = counts["problems"]
    fig, ax = plt.subplots(figsize=(6, 2.5))
    labels = list(problems) or ["none"]
    values = [problems[k] for k in problems] or [0]
    ax.barh(labels, values, color="#d62728")
    for y, value in enumerate(values):
        ax.text(value, y, f" {value}", va="center")
    ax.invert_yaxis()
    ax.set(xlabel="poses", title=f"Plausibility problems ({counts['implausible']} implausible poses)")
    save(fig, problems_path)


def annotated_sheet(
    items: Sequence[tuple[np.ndarray | None, str, str]],
    path,
    columns: int = 4,
    thumb_size: int = 360,
    empty: str = "every checkable caption is fully satisfied",
) -> None:
    """Contact sheet whose pictures each have a note written under them (what the pose violates)."""
    from posegen.render import PoseRenderer, RenderSettings

    renderer = PoseRenderer(RenderSettings(width=thumb_size, height=thumb_size, dpi=100, show_labels=False))
    font = renderer.caption_font
    line = sum(font.getmetrics()) + 2
    note_lines = 4
    cell_height = thumb_size + line * note_lines + 8
    count = max(len(items), 1)
    columns = max(1, min(columns, count))
    rows = math.ceil(count / columns)
    sheet = Image.new("RGB", (columns * thumb_size, rows * cell_height), "white")
    draw = ImageDraw.Draw(sheet)
    from posegen.render import wrap_caption

    for index, (joints, caption, note) in enumerate(items):
        row, column = divmod(index, columns)
        x, y = column * thumb_size, row * cell_height
        if joints is None:
            continue
        sheet.paste(renderer.draw(joints, caption).convert("RGB"), (x, y))
        for k, text in enumerate(wrap_caption(note, font, thumb_size - 12, note_lines)[:note_lines]):
            draw.text((x + 6, y + thumb_size + 4 + k * line), text, fill=(200, 30, 30), font=font)
    for column in range(1, columns):
        draw.line([(column * thumb_size, 0), (column * thumb_size, sheet.height)], fill=(60, 60, 60))
    for row in range(1, rows):
        draw.line([(0, row * cell_height), (sheet.width, row * cell_height)], fill=(60, 60, 60))
    if not items:
        draw.text((10, 10), empty, fill=(0, 0, 0), font=font)
    with atomic_path(path) as tmp:
        sheet.save(tmp, format="PNG")


def worst_agreement(poses: np.ndarray, manifest: pd.DataFrame, path, count: int = 24) -> None:
    """The poses that agree least with their captions, each with its violated constraints."""
    agreement = pd.to_numeric(manifest["agreement"], errors="coerce")
    order = agreement[agreement < 1.0].sort_values(kind="stable").index[:count]
    items = [
        (poses[i], manifest["caption"][i], "violates: " + manifest["disagreements"][i].replace(";", "; "))
        for i in order
    ]
    annotated_sheet(items, path)


def duplicate_groups(poses: np.ndarray, manifest: pd.DataFrame, path, groups: int = 6, members: int = 4) -> None:
    """Sample near-duplicate groups (the largest): a row per group, the kept pose first."""
    duplicates = manifest["duplicate_of"].astype(str)
    position = {name: i for i, name in enumerate(manifest["name"])}
    items: list[tuple[np.ndarray | None, str, str]] = []
    for leader in duplicates[duplicates != ""].value_counts().index[:groups]:
        others = list(np.flatnonzero((duplicates == leader).to_numpy()))[: members - 1]
        group = [position[leader]] + others
        items += [(poses[i], manifest["caption"][i], "kept" if k == 0 else f"duplicate of {leader}") for k, i in enumerate(group)]
        items += [(None, "", "")] * (members - len(group))
    annotated_sheet(items, path, columns=members, empty="no near-duplicates")


def curation_html(counts: dict[str, Any]) -> str:
    rows = [
        ("poses", counts["poses"]),
        ("kept (curated.csv)", counts["kept"]),
        *[(f"posture: {k}", v) for k, v in counts["postures"].items()],
        ("implausible", counts["implausible"]),
        *[(f"problem: {k}", v) for k, v in counts["problems"].items()],
        ("near-duplicate groups", counts["duplicate_groups"]),
        ("poses marked duplicate", counts["duplicates"]),
        ("captions with checkable constraints", counts["checkable_captions"]),
        ("agreement mean", counts["agreement_mean"]),
        ("agreement quartiles", counts["agreement_quartiles"]),
        ("all constraints satisfied", counts["agreement_full"]),
        ("agreement under 0.5", counts["agreement_below_half"]),
    ]
    table = "".join(f"<tr><th>{html.escape(str(k))}</th><td>{html.escape(str(v))}</td></tr>" for k, v in rows)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Curation</title></head><body>"
        f"<h2>Curation</h2><table>{table}</table></body></html>\n"
    )


def write_curation_summary(poses: np.ndarray, manifest: pd.DataFrame, outputs: dict[str, str | Path]) -> dict[str, Any]:
    counts = curation_counts(manifest)
    write_curation_plots(manifest, outputs["postures"], outputs["agreement"], outputs["problems"])
    worst_agreement(poses, manifest, outputs["worst"])
    duplicate_groups(poses, manifest, outputs["duplicates"])
    write_text(outputs["html"], curation_html(counts))
    return counts
