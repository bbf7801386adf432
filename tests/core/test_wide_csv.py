"""A wide CSV file (issue 19, point 7): each column is found by name in constant time, so reading grows linearly
with the width. Before, each feature was looked up in the header list: 30,000 columns added 9 s, 100,000 over a
minute (a ratio of about 140 between 100,000 and 10,000 columns)."""
from __future__ import annotations

import time

import pytest

from netbuilder.core.datasets.tabular import read_csv
from netbuilder.core.errors import DataError

ROWS = 20


def wide(path, columns: int):
    path.write_text(",".join(f"f{i}" for i in range(columns)) + ",y\n"
                    + "".join(",".join(["1"] * columns) + f",{r % 2}\n" for r in range(ROWS)))
    return path


def best_time(path, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        task, x, y, names, _, features = read_csv({"path": str(path), "target": "y"}, path.parent)
        times.append(time.perf_counter() - start)
    assert task == "classification" and tuple(x.shape) == (ROWS, int(path.stem)) and names == ["0", "1"]
    assert features == [f"f{i}" for i in range(int(path.stem))]  # the names come with the columns: one reading
    return min(times)


@pytest.mark.timeout(60)
def test_reading_grows_linearly_with_the_number_of_columns(tmp_path):
    narrow, broad = wide(tmp_path / "10000.csv", 10_000), wide(tmp_path / "100000.csv", 100_000)
    ratio = best_time(broad, 3) / best_time(narrow, 5)
    assert ratio < 40, f"100,000 columns took {ratio:.0f}x the time of 10,000 (linear: about 10-20x)"


def test_a_missing_column_names_a_few_of_many(tmp_path):
    path = wide(tmp_path / "30000.csv", 30_000)
    with pytest.raises(DataError) as caught:
        read_csv({"path": str(path), "target": "label"}, tmp_path)
    message = str(caught.value)
    assert "target column 'label' is not in the file" in message and "f19, ... (30,001 in all)" in message
    assert len(message) < 400 and "\n" not in message
    with pytest.raises(DataError, match="feature column 'f30000' is not in the file"):
        read_csv({"path": str(path), "target": "y", "features": ["f0", "f30000"]}, tmp_path)
