"""Write docs/cli.md from the command's own --help, so the reference cannot drift.

.venv/bin/python scripts/cli_docs.py          # rewrite docs/cli.md
.venv/bin/python scripts/cli_docs.py --check  # exit 1 when docs/cli.md is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

from corroborate.cli import main as cli

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def render() -> str:
    """The CLI reference as Markdown."""
    runner = CliRunner()
    parts = [
        "# Command-line reference",
        "",
        "Generated from `--help` by `scripts/cli_docs.py`; `tests/test_docs.py` checks it is current.",
        "",
        "## corroborate",
        "",
        "```",
        runner.invoke(cli, ["--help"], terminal_width=100, prog_name="corroborate").output.rstrip(),
        "```",
    ]
    assert isinstance(cli, click.Group)
    for name in sorted(cli.commands):
        help_text = runner.invoke(
            cli, [name, "--help"], terminal_width=100, prog_name="corroborate"
        ).output.rstrip()
        parts += ["", f"## corroborate {name}", "", "```", help_text, "```"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if DOC.exists() and DOC.read_text(encoding="utf-8") == text else 1)
    DOC.write_text(text, encoding="utf-8")
