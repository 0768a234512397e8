"""dataset.parquet: the whole dataset in one file, for training.

One row per pose, in manifest order: every column of manifest.csv (caption, name,
the record's fields, the curation columns, the generation settings; numbers and
true/false typed, see typed_manifest), ``joints`` as
66 float32 (22 joints x xyz, the pose of poses.npy) and, when asked for, ``png_bytes``
(the picture's bytes). Written in row groups of ROWS_PER_GROUP so that a million
poses, pictures included, never sit in memory at once. pandas.read_parquet and
Hugging Face ``datasets.load_dataset("parquet", data_files=...)`` load it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from posegen.io import atomic_path

if TYPE_CHECKING:  # imported where used: verify, run by every render job, needs FILE_NAME only
    import pandas as pd

FILE_NAME = "dataset.parquet"
ROWS_PER_GROUP = 10_000
JOINT_VALUES = 66


# manifest.csv holds text; the dataset file types what is not: whole numbers, the
# agreement share (empty: nothing checkable, null here) and true/false columns.
INTEGER_COLUMNS = ("index", "seed", "line", "length", "frame_index")
FLOAT_COLUMNS = ("agreement",)
BOOLEAN_COLUMNS = ("matched", "plausible", "keep")


def typed_manifest(manifest: pd.DataFrame) -> pd.DataFrame:
    """manifest.csv read as text (dtype=str, no NA parsing) -> typed columns."""
    import pandas as pd

    typed = manifest.copy()
    for column in INTEGER_COLUMNS:
        if column in typed:
            typed[column] = typed[column].astype("int64")
    for column in FLOAT_COLUMNS:
        if column in typed:
            typed[column] = pd.to_numeric(typed[column].replace("", None), errors="coerce").astype("float64")
    for column in BOOLEAN_COLUMNS:
        if column in typed:
            values = typed[column].astype(str).str.lower()
            typed[column] = values.map({"true": True, "false": False}).astype("boolean")
    return typed


def _row_group(manifest: pd.DataFrame, poses: np.ndarray, output_dir: Path | None):
    import pyarrow as pa

    table = pa.Table.from_pandas(typed_manifest(manifest).reset_index(drop=True), preserve_index=False)
    flat = pa.array(np.ascontiguousarray(poses, dtype=np.float32).reshape(-1), pa.float32())
    table = table.append_column("joints", pa.FixedSizeListArray.from_arrays(flat, JOINT_VALUES))
    if output_dir is not None:
        pictures = [(output_dir / name).read_bytes() if name else None for name in manifest["png"]]
        table = table.append_column("png_bytes", pa.array(pictures, pa.binary()))
    return table


def write_parquet(
    path: str | Path,
    manifest: pd.DataFrame,
    poses: np.ndarray,
    output_dir: str | Path | None = None,
    rows_per_group: int = ROWS_PER_GROUP,
) -> None:
    """Write the dataset file; with ``output_dir``, each row's picture (manifest column
    ``png``, relative to it) goes in as bytes."""
    import pyarrow.parquet as pq

    if len(manifest) != len(poses):
        raise ValueError(f"{len(manifest)} manifest rows but {len(poses)} poses")
    folder = Path(output_dir) if output_dir is not None else None
    with atomic_path(path) as tmp:
        writer = None
        try:
            for start in range(0, max(len(manifest), 1), rows_per_group):
                stop = start + rows_per_group
                table = _row_group(manifest.iloc[start:stop], poses[start:stop], folder)
                if writer is None:
                    writer = pq.ParquetWriter(tmp, table.schema, compression="zstd")
                writer.write_table(table)
        finally:
            if writer is not None:
                writer.close()


def check_parquet(path: str | Path, names: list[str], poses: np.ndarray) -> list[str]:
    """Problems of a dataset file against the poses (for verify); empty when it is whole."""
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path, columns=["name", "joints"])
    except Exception as err:  # a cut or foreign file: pyarrow raises several types
        return [f"{Path(path).name}: cannot be read as Parquet ({type(err).__name__}: {err})"]
    if table.column("name").to_pylist() != list(names):
        return [f"{Path(path).name}: names or their order differ from the prompt table"]
    joints = table.column("joints").combine_chunks().flatten().to_numpy()
    if joints.shape != (len(names) * JOINT_VALUES,) or not np.array_equal(joints, poses.reshape(-1)):
        return [f"{Path(path).name}: joints differ from poses.npy"]
    return []
