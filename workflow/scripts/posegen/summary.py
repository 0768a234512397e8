"""Run summaries for people: dataset-shape plots, a contact sheet, the verify summary as HTML."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pandas as pd

from posegen.io import atomic_path, write_text
from posegen.skeleton import JOINT


def arm_elevation_degrees(poses: np.ndarray) -> np.ndarray:
    """(N, 2) angle of the left and right upper arm from hanging straight down: 0 down, 90 level, 180 up."""
    angles = []
    for shoulder, elbow in (("left_shoulder", "left_elbow"), ("right_shoulder", "right_elbow")):
        upper = poses[:, JOINT[elbow]] - poses[:, JOINT[shoulder]]
        upper = upper / np.maximum(np.linalg.norm(upper, axis=-1, keepdims=True), 1e-9)
        angles.append(np.degrees(np.arccos(np.clip(-upper[:, 1], -1.0, 1.0))))
    return np.stack(angles, axis=1)


def sample_indices(count: int, wanted: int) -> list[int]:
    """Up to ``wanted`` indices spread evenly over ``count`` rows (first and last included)."""
    if count <= wanted:
        return list(range(count))
    return sorted({int(round(i)) for i in np.linspace(0, count - 1, wanted)})


def write_contact_sheet(poses: np.ndarray, captions: Sequence[str], path: str | Path, count: int = 48) -> None:
    from posegen.render import contact_sheet

    items = [(poses[i], captions[i]) for i in sample_indices(len(captions), count)]
    with atomic_path(path) as tmp:
        contact_sheet(items, tmp, columns=8, thumb_size=360)


def write_plots(poses: np.ndarray, manifest: pd.DataFrame, pelvis_path, arms_path, coverage_path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def save(fig, path):
        with atomic_path(path) as tmp:
            fig.savefig(tmp, format="png", dpi=100, bbox_inches="tight")
        plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.hist(poses[:, JOINT["pelvis"], 1], bins=40, color="#555555")
    ax.set(xlabel="pelvis height above the floor (m)", ylabel="poses", title="Pelvis height: lying, sitting, standing")
    save(fig, pelvis_path)

    elevation = arm_elevation_degrees(poses)
    fig, ax = plt.subplots(figsize=(6, 3.5))
    bins = np.linspace(0, 180, 37)
    ax.hist(elevation[:, 0], bins=bins, alpha=0.6, color="#d62728", label="left arm")
    ax.hist(elevation[:, 1], bins=bins, alpha=0.6, color="#1f77b4", label="right arm")
    ax.set(xlabel="upper-arm elevation (degrees: 0 down, 90 level, 180 up)", ylabel="poses", title="Arm elevation")
    ax.legend()
    save(fig, arms_path)

    status = manifest["status"].astype(str) if "status" in manifest else pd.Series(["ok"] * len(manifest))
    matched = manifest["matched"].astype(str).str.lower() if "matched" in manifest else pd.Series([""] * len(manifest))
    counts = {
        "understood": int(((status == "ok") & (matched != "false")).sum()),
        "not understood": int(((status == "ok") & (matched == "false")).sum()),
        "generation failed": int((status == "failed").sum()),
    }
    fig, ax = plt.subplots(figsize=(6, 2.5))
    ax.barh(list(counts), list(counts.values()), color=["#2ca02c", "#ff7f0e", "#d62728"])
    for y, value in enumerate(counts.values()):
        ax.text(value, y, f" {value}", va="center")
    ax.invert_yaxis()
    ax.set(xlabel="captions", title="Captions the generator understood")
    save(fig, coverage_path)


def verify_html(report: dict[str, Any]) -> str:
    """The verify report as a small HTML page for the Snakemake report."""
    rows = [
        ("result", "OK" if report.get("ok") else "FAILED"),
        ("prompts", report.get("expected_poses")),
        *[(key, value) for key, value in report.get("counts", {}).items()],
        ("disk used (MB)", f"{report.get('disk_bytes', 0) / 1e6:.1f}"),
        ("generation failed", report.get("failed_count", 0)),
        ("not understood by the generator", report.get("unmatched_count", 0)),
    ]
    table = "".join(f"<tr><th>{html.escape(str(k))}</th><td>{html.escape(str(v))}</td></tr>" for k, v in rows)
    lists = []
    for title, key, field in (("Generation failed", "failed", "error"), ("Not understood", "unmatched", None), ("Problems", "problems", None)):
        items = report.get(key) or []
        if not items:
            continue
        entries = []
        for item in items:
            if isinstance(item, dict):
                text = f"#{item['index']} {item['caption']}" + (f" — {item[field]}" if field else "")
            else:
                text = str(item)
            entries.append(f"<li>{html.escape(text)}</li>")
        lists.append(f"<h3>{title}</h3><ul>{''.join(entries)}</ul>")
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Verify</title></head><body>"
        f"<h2>Verify</h2><table>{table}</table>{''.join(lists)}</body></html>\n"
    )


def write_verify_html(report_path: str | Path, html_path: str | Path) -> None:
    report = json.loads(Path(report_path).read_text(encoding="utf-8"))
    write_text(html_path, verify_html(report))
