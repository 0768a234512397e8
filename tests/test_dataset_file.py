"""dataset.parquet: written in row groups, loaded by pandas and Hugging Face datasets."""

import numpy as np
import pandas as pd
import pytest

from posegen.dataset_file import check_parquet, write_parquet


def manifest(count):
    return pd.DataFrame(
        {
            "index": [str(i) for i in range(count)],
            "caption": [f"A person, pose {i}" for i in range(count)],
            "name": [f"pose_{i}" for i in range(count)],
            "seed": [str(1000 + i) for i in range(count)],
            "png": [f"pose_{i}.png" for i in range(count)],
            "matched": ["True" if i % 2 else "False" for i in range(count)],
            "agreement": ["" if i % 3 == 0 else "0.5" for i in range(count)],
            "keep": ["true"] * count,
        }
    )


@pytest.fixture
def dataset(tmp_path):
    count = 25
    rows = manifest(count)
    poses = np.random.default_rng(0).normal(size=(count, 22, 3)).astype(np.float32)
    for name in rows["png"]:
        (tmp_path / name).write_bytes(b"\x89PNG fake " + name.encode())
    path = tmp_path / "dataset.parquet"
    write_parquet(path, rows, poses, tmp_path, rows_per_group=10)  # three row groups
    return path, rows, poses


def test_pandas_reads_every_row_with_its_joints_and_typed_columns(dataset):
    path, rows, poses = dataset
    back = pd.read_parquet(path)
    assert list(back["name"]) == list(rows["name"]) and len(back) == 25
    assert np.array_equal(np.stack(back["joints"].to_numpy()).reshape(-1, 22, 3), poses)
    assert back["index"].dtype == "int64" and back["seed"].iloc[3] == 1003
    assert back["agreement"].isna().sum() == 9 and back["agreement"].iloc[1] == 0.5  # empty: nothing checkable
    assert back["matched"].tolist()[:2] == [False, True]
    assert back["png_bytes"].iloc[4] == b"\x89PNG fake pose_4.png"


def test_hugging_face_datasets_loads_it(dataset):
    datasets = pytest.importorskip("datasets")
    path, rows, poses = dataset
    loaded = datasets.load_dataset("parquet", data_files=str(path), split="train")
    assert loaded.num_rows == 25 and loaded[7]["name"] == "pose_7"
    assert np.allclose(np.asarray(loaded[7]["joints"], dtype=np.float32), poses[7].reshape(-1))


def test_check_finds_a_cut_file_and_other_joints(dataset, tmp_path):
    path, rows, poses = dataset
    names = list(rows["name"])
    assert check_parquet(path, names, poses) == []
    assert "joints differ" in check_parquet(path, names, poses + 1)[0]
    assert "names or their order" in check_parquet(path, names[::-1], poses)[0]
    path.write_bytes(path.read_bytes()[:200])
    assert "cannot be read as Parquet" in check_parquet(path, names, poses)[0]


def test_an_empty_dataset_still_writes_a_readable_file(tmp_path):
    path = tmp_path / "dataset.parquet"
    write_parquet(path, manifest(0), np.zeros((0, 22, 3), dtype=np.float32))
    assert len(pd.read_parquet(path)) == 0
