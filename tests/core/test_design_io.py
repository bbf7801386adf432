import json
import os

import pytest

from netbuilder.core.design.design_io import design_from_dict, design_to_dict, load_design, save_design, write_atomic
from netbuilder.core.errors import DesignError
from netbuilder.core.design.presets import preset_names


def test_round_trip_is_identical(xor_dict, tmp_path):
    design = design_from_dict(xor_dict)
    path = tmp_path / "xor.json"
    save_design(design, path)
    again = json.loads(path.read_text())
    assert again == design_to_dict(design)
    assert design_to_dict(load_design(path)) == again
    assert again["nodes"][0]["position"] == [0, 0]
    assert "position" not in again["nodes"][2]


@pytest.mark.parametrize("name", preset_names())
def test_every_preset_loads_and_round_trips(name):
    design = load_design(name)
    data = design_to_dict(design)
    assert design_to_dict(design_from_dict(json.loads(json.dumps(data)))) == data
    assert design.description and design.expected


def mutate(xor_dict, fn):
    fn(xor_dict)
    return xor_dict


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(format="other"), "not a netbuilder design"),
    (lambda d: d.update(version=99), "newer than this netbuilder"),
    (lambda d: d["nodes"][1].update(type="Dense"), "node 'hidden'.*unknown layer type 'Dense'"),
    (lambda d: d["nodes"][1]["params"].update(out_features="four"), "node 'hidden'.*whole number"),
    (lambda d: d["nodes"][1]["params"].update(out_features=0), "node 'hidden'.*at least 1"),
    (lambda d: d["nodes"][1]["params"].update(units=3), "node 'hidden'.*no parameter 'units'"),
    (lambda d: d["nodes"][2].update(id="hidden"), "already exists"),
    (lambda d: d["edges"].append({"source": "x", "target": "ghost"}), "missing node 'ghost'"),
    (lambda d: d["edges"].append({"source": "x", "target": "act"}), "fed twice"),
    (lambda d: d.update(nodes={}), "'nodes' must be a list"),
    (lambda d: d["nodes"][0].update(position="here"), "position"),
    (lambda d: d.update(extra=1), "unknown field"),
])
def test_bad_designs_are_refused_with_a_message_naming_the_field(xor_dict, change, message):
    with pytest.raises(DesignError, match=message):
        design_from_dict(mutate(xor_dict, change), "x.json")


def test_bad_files_name_the_file(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("{not json")
    with pytest.raises(DesignError, match=r"broken.json: not valid JSON \(line 1"):
        load_design(bad)
    with pytest.raises(DesignError, match="no such file or preset"):
        load_design("no_such_preset")
    with pytest.raises(DesignError, match="no such file"):
        load_design(tmp_path / "missing.json")
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(DesignError, match="UTF-8"):
        load_design(binary)


def test_older_version_without_version_field_loads(xor_dict):
    del xor_dict["version"]
    assert design_from_dict(xor_dict).name == "XOR"


def test_atomic_write_keeps_old_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "d.json"
    target.write_text("old")

    def boom(*a):
        raise OSError("disk full")
    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["d.json"]


def test_saved_files_get_normal_permissions_and_keep_existing_ones(xor_dict, tmp_path):
    design = design_from_dict(xor_dict)
    fresh = tmp_path / "fresh.json"
    umask = os.umask(0o022)
    try:
        save_design(design, fresh)
    finally:
        os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o644
    shared = tmp_path / "shared.json"
    shared.write_text("{}")
    shared.chmod(0o664)
    save_design(design, shared)
    assert shared.stat().st_mode & 0o777 == 0o664


@pytest.mark.parametrize("text", ['[NaN, 0]', '[Infinity, 1]'])
def test_non_finite_numbers_are_refused(xor_dict, tmp_path, text):
    path = tmp_path / "nan.json"
    path.write_text(json.dumps(xor_dict).replace('"position": [0, 0]', f'"position": {text}'))
    with pytest.raises(DesignError, match="nan.json: not valid JSON"):
        load_design(path)
    xor_dict["nodes"][0]["position"] = [float("nan"), 0]
    with pytest.raises(DesignError, match="two finite numbers"):
        design_from_dict(xor_dict)
