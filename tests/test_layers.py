"""The layers import one way (STYLE.md): model -> loading and extraction -> comparison -> checks
-> engine -> renderers -> pytest adapter and command line. Only the adapter imports pytest."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "consistency"
ADAPTER = {"plugin", "items", "html", "session", "changedonly"}
# Each layer may import only from the layers before it (and itself).
LAYERS = [
    {"model", "errors", "fingerprint"},
    {"facts", "articles", "factsheet", "extract"},
    {"compare"},
    {"checks"},
    {"engine", "suppress", "baseline", "sidecar", "suggest", "gitchanges", "hooks", "installhook"},
    {"render"},
    {"cli", *ADAPTER},
]


def _layer(name: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if name in layer)


def _modules() -> list[Path]:
    return sorted(
        p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE
    )


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _top(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_one_way_and_only_the_adapter_imports_pytest(path: Path) -> None:
    mine = _top(path)
    for module in _imports(path):
        root = module.split(".")[0]
        if root in ("pytest", "_pytest", "pytest_html", "xdist"):
            assert mine in ADAPTER, f"{path.name} imports {module}: only the adapter may"
        if root == "consistency" and "." in module:
            theirs = module.split(".")[1]
            if theirs in ("__init__",):
                continue
            assert _layer(theirs) <= _layer(mine), f"{path.name} ({mine}) imports {module}"
