"""The ETL's modules are long lists of small rules; a rule defined twice under one name silently
replaces the first (it happened twice in one session, `_reported` and `_wished`)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).parent.parent / "etl").glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_no_module_defines_a_top_level_name_twice(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):  # constants: `VERDICTS`, `_STAMP` (not a module's working names)
            names.update(t.id for t in node.targets if isinstance(t, ast.Name) and t.id.lstrip("_")[:1].isupper())
    assert [name for name, count in names.items() if count > 1] == []
