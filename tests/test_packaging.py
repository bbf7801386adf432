"""The wheel carries presets and resources, and an installed package finds every preset."""
import json
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_installed_wheel_finds_every_preset(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--disable-pip-version-check", "-w", str(wheels), str(REPO)], check=True, cwd=tmp_path,
                   capture_output=True)
    (wheel,) = wheels.glob("netbuilder-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    presets = sorted(p.stem for p in (REPO / "presets").glob("*.json"))
    assert presets and all(f"netbuilder/presets/{p}.json" in names for p in presets)
    pictures = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "resources" / "images").glob("*/*/*.png"))
    assert pictures and all(f"netbuilder/{p}" in names for p in pictures)  # the bundled image folders
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--disable-pip-version-check",
                    "--target", str(site), str(wheel)], check=True, capture_output=True)
    code = ("import json, netbuilder; from netbuilder.core.design.presets import preset_names, presets_dir, resources_dir; "
            "from netbuilder.core.design.design_io import load_design; "
            "print(json.dumps([netbuilder.__file__, str(presets_dir()), str(resources_dir()), "
            "[load_design(n).name and n for n in preset_names()], "
            "__import__('netbuilder.core.datasets.bundled').core.datasets.bundled.resolve('bundled:own_pictures')]))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=tmp_path,
                         env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}).stdout
    module, found_presets, found_resources, names_found, bundled = json.loads(out)
    assert module.startswith(str(site)), module
    assert found_presets.startswith(str(site)) and found_resources.startswith(str(site))
    assert names_found == presets
    assert bundled.startswith(str(site)) and len(list(Path(bundled).glob("*/*.png"))) == 90
