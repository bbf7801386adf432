"""Collect netbuilder's translatable texts into the Qt Linguist sources and compile them.

    python tools/i18n_update.py                 # update resources/i18n/netbuilder_<code>.ts, compile the .qm files
    python tools/i18n_update.py --check         # exit 1 when a language misses a translation or a placeholder
    python tools/i18n_update.py --todo de F     # write German's untranslated sources to F (JSON: source -> "")
    python tools/i18n_update.py --fill de F     # take the translations from F (JSON) into the German .ts

What is collected (``collect()``): the first argument of every ``tr(...)`` and ``msg(...)`` call in the package
(context ``netbuilder``; both are netbuilder's own functions, see ``gui/common/i18n.py`` and ``core/text.py``) and
the bundled lessons' and presets' own texts (titles, texts, questions, descriptions, design names; context
``lessons``). Qt's ``pyside6-lupdate`` is not used to collect: its Python parser gives a bare ``tr()`` the context
of whatever ``QCoreApplication.translate`` call came before it, and it cannot read lesson files. The ``.ts`` files
are written in Linguist's format (open them in ``pyside6-linguist``) and compiled by Qt's ``pyside6-lrelease``.
"""
from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT))
from netbuilder.gui.common.i18n import LANGUAGES as SHIPPED  # noqa: E402  (QtCore only: no window needed)

#: the languages translated into: every one the window ships but its source, English
LANGUAGES = tuple(code for code in SHIPPED if code != "en")
_CALLS = {"tr", "msg"}
_LESSON_KEYS = {"title", "text", "description", "question"}
_PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:[:!][^{}]*)?\}")


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def _from_python() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted((ROOT / "netbuilder").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _CALLS
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str) and node.args[0].value.strip()):
                found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def _lesson_texts(value, out: set[str]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and item.strip() and (
                    key in _LESSON_KEYS or (key == "name" and value.get("format") == "netbuilder-design")):
                out.add(item)
            else:
                _lesson_texts(item, out)
    elif isinstance(value, list):
        for item in value:
            _lesson_texts(item, out)


def _from_lessons() -> dict[str, str]:
    found: dict[str, str] = {}
    for folder in (ROOT / "resources" / "lessons", ROOT / "presets"):
        for path in sorted(folder.glob("*.json")):
            texts: set[str] = set()
            _lesson_texts(json.loads(path.read_text(encoding="utf-8")), texts)
            for text in sorted(texts):
                found.setdefault(text, str(path.relative_to(ROOT)))
    return found


def collect() -> dict[str, dict[str, str]]:
    """Every translatable source text by context, each with where it was first found."""
    return {"netbuilder": _from_python(), "lessons": _from_lessons()}


def ts_path(code: str) -> Path:
    return I18N / f"netbuilder_{code}.ts"


def read_ts(code: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation ("" when unfinished) of a language's .ts file."""
    path = ts_path(code)
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(name, message.findtext("source") or "")] = (translation.text or "") if done else ""
    return out


def write_ts(code: str, sources: dict[str, dict[str, str]], translations: dict[tuple[str, str], str]) -> None:
    root = ET.Element("TS", version="2.1", language=code, sourcelanguage="en")
    for context_name in sorted(sources):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for source in sorted(sources[context_name]):
            message = ET.SubElement(context, "message")
            file, _, line = sources[context_name][source].partition(":")
            ET.SubElement(message, "location", filename=file, line=line or "0")
            ET.SubElement(message, "source").text = source
            done = translations.get((context_name, source), "")
            translation = ET.SubElement(message, "translation")
            if done:
                translation.text = done
            else:
                translation.set("type", "unfinished")
    ET.indent(root)
    path = ts_path(code)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    tmp = path.with_suffix(".ts.tmp")
    tmp.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    tmp.replace(path)


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return found


def compile_qm(code: str, out: Path | None = None) -> Path:
    out = out or ts_path(code).with_suffix(".qm")
    subprocess.run([lrelease(), "-silent", "-nounfinished", str(ts_path(code)),
                    "-qm", str(out)], check=True)
    return out


def problems(code: str, sources=None) -> list[str]:
    """What keeps a language from being complete: missing or unfinished translations, placeholders lost."""
    sources = sources or collect()
    have = read_ts(code)
    out = []
    for context, texts in sources.items():
        for source in texts:
            done = have.get((context, source), "")
            if not done:
                out.append(f"{code}: untranslated [{context}] {source!r}")
            elif placeholders(done) != placeholders(source):
                out.append(f"{code}: placeholders differ [{context}] {source!r} -> {done!r}")
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--todo", nargs=2, metavar=("CODE", "FILE"))
    parser.add_argument("--fill", nargs=2, metavar=("CODE", "FILE"))
    args = parser.parse_args(argv)
    sources = collect()
    if args.check:
        found = [p for code in LANGUAGES for p in problems(code, sources)]
        print("\n".join(found[:200]) or "all translations complete")
        return 1 if found else 0
    if args.todo:
        code, file = args.todo
        have = read_ts(code)
        todo = {f"{context}\t{source}": "" for context, texts in sources.items() for source in texts
                if not have.get((context, source))}
        Path(file).write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(todo)} texts to translate into {code} written to {file}")
        return 0
    for code in LANGUAGES:
        translations = read_ts(code)
        if args.fill and args.fill[0] == code:
            for key, value in json.loads(Path(args.fill[1]).read_text(encoding="utf-8")).items():
                context, _, source = key.partition("\t")
                if value:
                    translations[(context, source)] = value
        write_ts(code, sources, translations)
        compile_qm(code)
    print(f"{sum(map(len, sources.values()))} texts; " + ", ".join(
        f"{code}: {len(problems(code, sources))} to do" for code in LANGUAGES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
