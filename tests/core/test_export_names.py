"""A design's name and description reach the exported script only as safe text (issue 19, point 12): a NUL made
the script fail to compile (Python source cannot hold one), a lone surrogate could not be written as UTF-8."""
from __future__ import annotations

import py_compile

import pytest

from netbuilder.core.exchange.codegen import export_design, write_script
from netbuilder.core.design.design_io import load_design
from netbuilder.core.design.presets import preset_path


@pytest.mark.parametrize("name", ["a\x00b", "\x00", "x\ud800y", 'q"""z\\', "tab\there\nnew\rline\x0b\x1b", "é ü 中"])
def test_any_name_gives_a_script_that_compiles(name, tmp_path):
    design = load_design(str(preset_path("xor")))
    design.name = name
    design.description = f"about {name} and \x00 more"
    source = export_design(design)
    compile(source, "exported.py", "exec")
    source.encode("utf-8")
    assert "\x00" not in source
    target = tmp_path / "script.py"
    write_script(design, target)
    py_compile.compile(str(target), doraise=True)
    namespace: dict = {}
    exec(compile(export_design(design, training=False), "model.py", "exec"), namespace)  # the model alone runs
    assert any(isinstance(v, type) and v.__doc__ for v in namespace.values())
