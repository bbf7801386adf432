"""`netbuilder import` on hostile input (issue 19, point 8): a huge --input-shape is refused by the core's memory
check before the traced run's input is allocated (10000,10000,1000 asked for 800 GB), and an exception whose
``__str__`` raises is still reported in one line (errors.one_line)."""
from __future__ import annotations

import resource
import subprocess
import sys
import textwrap

import pytest

from netbuilder.cli import main
from netbuilder.core.errors import one_line

AS_LIMIT = 4 << 30  # the subprocess's address space: an allocation of the input would fail, never exhaust memory


def model_file(tmp_path, source: str):
    path = tmp_path / "model.py"
    path.write_text("import torch.nn as nn\n\n" + textwrap.dedent(source), encoding="utf-8")
    return path


FLAT = """
    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.flat = nn.Flatten()

        def forward(self, x):
            return self.flat(x)
"""


def limited_import(tmp_path, shape: str) -> subprocess.CompletedProcess:
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (AS_LIMIT, AS_LIMIT))
    return subprocess.run([sys.executable, "-m", "netbuilder", "import", f"{model_file(tmp_path, FLAT)}:Net",
                           "--input-shape", shape, "--to", str(tmp_path / "out.json")],
                          preexec_fn=limit, capture_output=True, text=True, timeout=120, cwd=tmp_path)


@pytest.mark.timeout(150)
def test_a_huge_input_shape_is_refused_before_it_is_allocated(tmp_path):
    done = limited_import(tmp_path, "10000,10000,1000")
    assert done.returncode == 2 and done.stdout == "", done.stderr
    assert done.stderr.startswith("error: cannot import Net: the traced run's input, 2 samples of shape "
                                  "[10000, 10000, 1000], needs about 2.2 TB"), done.stderr
    assert done.stderr.count("\n") == 1 and "--input-shape" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out.json").exists()


@pytest.mark.timeout(150)
def test_an_input_the_process_limit_cannot_hold_is_refused_in_one_line(tmp_path):
    done = limited_import(tmp_path, "20000,20000")  # 3.2 GB of float32: beyond the limit, maybe not the free memory
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
    assert "--input-shape" in done.stderr and not (tmp_path / "out.json").exists()


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no message for you")


def test_one_line_survives_an_exception_whose_str_raises():
    assert one_line(Unprintable()) == "Unprintable (its message cannot be shown)"
    assert one_line(ValueError("a\n\nWhile executing x"), first_paragraph=True) == "a"
    assert one_line(ValueError("a\n\nb")) == "a b"


def test_a_model_raising_an_unprintable_exception_is_reported_in_one_line(tmp_path, capsys):
    path = model_file(tmp_path, """
        class Bad(Exception):
            def __str__(self):
                raise RuntimeError("no message for you")


        class Net(nn.Module):
            def __init__(self):
                raise Bad()
    """)
    assert main(["import", f"{path}:Net", "--input-shape", "4", "--to", str(tmp_path / "out.json")]) == 2
    err = capsys.readouterr().err
    assert err == "error: creating Net() failed: Bad: Bad (its message cannot be shown)\n", err
