"""Every environment variable the settings read is documented in the README."""

import ast
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[3]
SETTINGS_DIR = BASE_DIR / "config" / "settings"
READERS = {"getenv", "env_bool", "env_list"}


def _is_environ(node: ast.expr) -> bool:
    return ast.unparse(node).split(".")[-1] == "environ"


def _variable_read_by(node: ast.AST) -> str | None:
    """The variable name when node is os.environ.get("X"), os.environ["X"], os.getenv("X"),
    env_bool("X", ...) or env_list("X", ...) with a literal name; None otherwise."""
    if isinstance(node, ast.Subscript) and _is_environ(node.value):
        name = node.slice
    elif isinstance(node, ast.Call) and node.args:
        function = node.func
        called = function.attr if isinstance(function, ast.Attribute) else ast.unparse(function)
        is_environ_get = (
            isinstance(function, ast.Attribute) and called == "get" and _is_environ(function.value)
        )
        if not (is_environ_get or called in READERS):
            return None
        name = node.args[0]
    else:
        return None
    return name.value if isinstance(name, ast.Constant) and isinstance(name.value, str) else None


def environment_variables_read(source: str) -> set[str]:
    return {name for node in ast.walk(ast.parse(source)) if (name := _variable_read_by(node))}


def settings_variables() -> set[str]:
    names: set[str] = set()
    for path in SETTINGS_DIR.glob("*.py"):
        names |= environment_variables_read(path.read_text(encoding="utf-8"))
    return names


def test_reading_finds_each_form_of_access() -> None:
    source = "\n".join(
        [
            "import os",
            'A = os.environ.get("ONE", "default")',
            'B = os.environ["TWO"]',
            'C = env_bool("THREE", default=True)',
            'D = env_list("FOUR", default=[])',
            'E = os.getenv("FIVE")',
            'F = {}.get("NOT_AN_ENVIRONMENT_VARIABLE")',
        ]
    )
    assert environment_variables_read(source) == {"ONE", "TWO", "THREE", "FOUR", "FIVE"}


def test_the_settings_read_the_variables_production_requires() -> None:
    assert {"SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS", "EMAIL_URL"} <= settings_variables()


@pytest.mark.parametrize("name", sorted(settings_variables()))
def test_environment_variable_is_documented(name: str) -> None:
    readme = (BASE_DIR / "README.md").read_text(encoding="utf-8")
    assert f"`{name}`" in readme, f"config/settings reads {name}; document it in README.md"
