"""Writing Python source for the exported script: literals, quoted strings, calls and docstrings wrapped the way
black wraps them, and netbuilder's own definitions copied by source (:func:`copy_definitions` follows their
imports into other netbuilder modules). The three parts of the exporter (``codegen``: the model and the file;
``codegen_data``: ``load_data``; ``codegen_train``: ``main``) write with these.
"""
from __future__ import annotations

import ast
import inspect
import math
import numbers
import textwrap

from ..errors import DesignError

WIDTH = 100  # line length of the generated code


def literal(value) -> str:
    """Python source for a constructor argument (repr, but valid for inf/nan and numpy scalars)."""
    if isinstance(value, str):
        return quote(value)
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, numbers.Integral):
        return repr(int(value))
    if isinstance(value, numbers.Real):
        value = float(value)
        if math.isnan(value):
            return 'float("nan")'
        if math.isinf(value):
            return 'float("inf")' if value > 0 else '-float("inf")'
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(literal(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    raise DesignError(f"cannot write {value!r} ({type(value).__name__}) as Python source")



def quote(text: str) -> str:
    """A string literal in double quotes where repr would not need to escape them (black's style)."""
    r = repr(text)
    return '"' + r[1:-1] + '"' if r.startswith("'") and '"' not in text else r



def call(head: str, args: list[str], indent: int, width: int = WIDTH) -> str:
    """``head(args)`` at ``indent`` spaces, wrapped the way black wraps a call that is too long."""
    pad = " " * indent
    one = f"{pad}{head}({', '.join(args)})"
    if len(one) <= width:
        return one
    inner = pad + "    " + ", ".join(args)
    if len(inner) <= width:
        return f"{pad}{head}(\n{inner}\n{pad})"
    return f"{pad}{head}(\n" + "".join(f"{pad}    {a},\n" for a in args) + f"{pad})"



def copy_sources(pairs: list[tuple[object, set[str]]],
                 done: dict[str, set[str]] | None = None) -> tuple[str, dict[str, str], set[str]]:
    """:func:`copy_definitions` of several (module, names) pairs at once, each definition copied once. ``done``
    (module name -> names) holds what an earlier part of the file copied already: it is not copied again, and
    what this call copies is added to it (the model's helpers and the training code both need DataError, say)."""
    done = {} if done is None else done
    wanted: dict[str, set[str]] = {name: set(names) for name, names in done.items()}
    order: list = []
    import_lines: dict[str, str] = {}
    for module, names in pairs:
        _collect(module, set(names), wanted, order, import_lines)
    source, defined = _emit(wanted, order, done)
    for name, names in wanted.items():
        done.setdefault(name, set()).update(names)
    return source, import_lines, defined



def copy_definitions(module, names: set[str]) -> tuple[str, dict[str, str], set[str]]:
    """Source of the top-level definitions ``names`` of ``module`` and of all they use from it (in file order),
    the imports they need (bound name -> import line), and every name that source defines. A name the copied code
    imports from another netbuilder module is copied from there too, before the code that uses it, so that a rule
    can live where it belongs (e.g. ``higher_is_better`` in the torch-free train_config) and still be copied."""
    return copy_sources([(module, names)])



def _emit(wanted: dict[str, set[str]], order: list, done: dict[str, set[str]]) -> tuple[str, set[str]]:
    chunks: list[str] = []
    defined: set[str] = set()
    for mod in order:
        text, defs, _ = _parsed(mod)
        lines = text.splitlines()
        copied = {id(defs[n]) for n in done.get(mod.__name__, ())}
        stmts = sorted({id(defs[n]): defs[n] for n in wanted[mod.__name__] if id(defs[n]) not in copied}.values(),
                       key=lambda st: st.lineno)
        for stmt in stmts:
            start = min([stmt.lineno] + [d.lineno for d in getattr(stmt, "decorator_list", [])])
            chunks.append("\n".join(lines[start - 1:stmt.end_lineno]))
        defined |= {n for n, stmt in defs.items() if stmt in stmts}
    return "\n\n\n".join(chunks), defined



def _parsed(module) -> tuple[str, dict[str, ast.stmt], dict[str, ast.stmt]]:
    """``module``'s source, its top-level definitions by name and its imports by bound name."""
    text = inspect.getsource(module)
    defs: dict[str, ast.stmt] = {}
    imports: dict[str, ast.stmt] = {}
    for stmt in ast.parse(text).body:
        if isinstance(stmt, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            defs[stmt.name] = stmt
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for n in (n for t in targets for n in ast.walk(t)):
                if isinstance(n, ast.Name):
                    defs[n.id] = stmt
        elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
            for alias in stmt.names:
                imports[(alias.asname or alias.name).split(".")[0]] = stmt
    return text, defs, imports



def _collect(module, names: set[str], wanted: dict, order: list, import_lines: dict) -> None:
    """Add ``names`` of ``module`` and everything they use to ``wanted``; modules go to ``order`` after the modules
    they take names from."""
    import importlib

    text, defs, imports = _parsed(module)
    missing = sorted(n for n in names if n not in defs)
    if missing:
        raise DesignError(f"cannot export: {module.__name__} has no {', '.join(missing)}")
    have = wanted.setdefault(module.__name__, set())
    new: set[str] = set()
    stack = list(names)
    while stack:
        name = stack.pop()
        if name not in have and name not in new and name in defs:
            new.add(name)
            stack.extend(n.id for n in ast.walk(defs[name]) if isinstance(n, ast.Name))
    have |= new
    used = {n.id for name in new for n in ast.walk(defs[name]) if isinstance(n, ast.Name)}
    for name in sorted(used & set(imports)):
        stmt = imports[name]
        if isinstance(stmt, ast.ImportFrom) and (stmt.level or (stmt.module or "").startswith("netbuilder")):
            alias = next(a for a in stmt.names if (a.asname or a.name) == name)
            if alias.asname:
                raise DesignError(f"cannot export: {module.__name__} code uses {name} from netbuilder under "
                                  "another name")
            source = importlib.import_module("." * stmt.level + (stmt.module or ""),
                                             module.__package__ if stmt.level else None)
            if source.__name__ == "netbuilder.core.text":  # a script's messages stay English: a plain msg
                source = importlib.import_module("netbuilder.core.exchange.script_text")
            _collect(source, {alias.name}, wanted, order, import_lines)
        else:
            import_lines[name] = ast.get_source_segment(text, stmt)
    if module not in order:
        order.append(module)



def docstring(text: str, indent: int) -> str:
    """``text`` as a docstring at ``indent``, wrapped to WIDTH."""
    pad = " " * indent
    text = doc_text(text)
    if len(pad) + len(text) + 6 <= WIDTH:
        return f'{pad}"""{text}"""'
    lines = textwrap.wrap(text, WIDTH - indent - 6)
    return f'{pad}"""' + f"\n{pad}".join(lines) + '"""'



def doc_text(text: str) -> str:
    """Text that is safe inside a triple-quoted docstring: backslashes and quotes escaped, and every character
    that is not printable (a NUL, which Python source cannot hold; a lone surrogate, which UTF-8 cannot) as its
    escape sequence."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
