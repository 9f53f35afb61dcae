"""The extractor's language knowledge lives in graphbuild/data: no Arabic string in its code
(docstrings and comments may quote the constructions they handle)."""
import ast
import re
from pathlib import Path

import pytest

import graphbuild.extraction

ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
MODULES = sorted(Path(graphbuild.extraction.__file__).parent.rglob("*.py"))


def _strings(tree: ast.AST):
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def test_the_extractor_has_modules():
    assert len(MODULES) >= 10


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_no_arabic_string_literal(module):
    tree = ast.parse(module.read_text(encoding="utf-8"))
    found = [(line, value) for line, value in _strings(tree) if ARABIC.search(value)]
    assert not found, f"{module.name}: {found}"
