"""Documentation completeness: the CLI reference is generated and current, every command and
option appears in it, and the README's two set-up commands exist."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import click

from corroborate.cli import main as cli

REPO = Path(__file__).resolve().parents[1]


def _cli_docs():
    spec = importlib.util.spec_from_file_location("cli_docs", REPO / "scripts" / "cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_cli_reference_is_current():
    rendered = _cli_docs().render()
    written = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert written == rendered, "docs/cli.md is stale: run .venv/bin/python scripts/cli_docs.py"


def test_every_command_and_option_documented():
    written = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert isinstance(cli, click.Group)
    for name, command in cli.commands.items():
        assert f"## corroborate {name}" in written
        for param in command.params:
            for option in getattr(param, "opts", []):
                if option.startswith("-"):
                    assert option in written, f"{name} {option} not documented"


def test_readme_names_the_two_setup_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "scripts/demo" in readme and "scripts/test" in readme
    assert (REPO / ".ci" / "run").read_text(encoding="utf-8").count("scripts/test") == 1
