"""The ``corroborate`` command: a thin shell over the library, one function per verb."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import Progress

from corroborate._version import __version__
from corroborate.compare import compare, compare_events
from corroborate.errors import CorroborateError
from corroborate.record import EventRecord

DEFAULT_DB = "corroborate.db"


def _console() -> Console:
    return Console(highlight=False)


def _fail(message: str) -> None:
    Console(stderr=True, highlight=False).print(f"[bold red]error:[/] {message}", markup=True)


def _compare_and_output(
    sources: list[str],
    *,
    db: str,
    json_path: str | None,
    html_path: str | None,
    csv_path: str | None,
    timeout: float,
    by_event: bool = False,
) -> tuple[EventRecord, ...]:
    from corroborate.report.csv import write_csv
    from corroborate.report.html import write_html
    from corroborate.report.json import write_json
    from corroborate.report.terminal import print_record
    from corroborate.store import open_store

    console = _console()
    with Progress(console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("reading articles", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        if by_event:
            records = compare_events(sources, timeout=timeout, progress=advance)
        else:
            records = (compare(sources, timeout=timeout, progress=advance),)
    for problem in records[0].problems:
        _fail(problem.message)
    with open_store(db) as store:
        for record in records:
            store.save(record)
    for number, record in enumerate(records, start=1):
        if len(records) > 1:
            console.rule(f"event {number} of {len(records)}")
        print_record(record, console)
        outputs = [
            (_numbered(path, number, len(records)), write)
            for path, write in (
                (json_path, write_json),
                (html_path, write_html),
                (csv_path, write_csv),
            )
            if path
        ]
        for path, write in outputs:
            write(record, path)
        written = [path for path, _ in outputs]
        console.print(
            f"record {record.id} stored in {db}"
            + (f"; wrote {', '.join(written)}" if written else "")
        )
    if len(records) > 1:
        from corroborate.report.terminal import print_record_list

        ids = {record.id for record in records}
        with open_store(db) as store:
            print_record_list([r for r in store.records() if r.id in ids], console)
    return records


def _numbered(path: str, number: int, total: int) -> str:
    """``report.html`` for one record; ``report-1.html``, ``report-2.html`` ... for several."""
    if total == 1:
        return path
    written = Path(path)
    return str(written.with_name(f"{written.stem}-{number}{written.suffix}"))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="corroborate")
def main() -> None:
    """Compare news reports of one event into a source-attributed event record."""


@main.command("compare")
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--db", default=DEFAULT_DB, show_default=True, help="SQLite file to store the record in."
)
@click.option("--json", "json_path", metavar="FILE", help="Write the record as JSON.")
@click.option("--html", "html_path", metavar="FILE", help="Write a self-contained HTML report.")
@click.option("--csv", "csv_path", metavar="FILE", help="Write one CSV row per fact value.")
@click.option("--timeout", default=20.0, show_default=True, help="Seconds to wait for each URL.")
@click.option(
    "--by-event",
    is_flag=True,
    help="The sources report several events: group them by event and compare each group "
    "(one record per event; output files get -1, -2 ... before their extension).",
)
def compare_command(
    sources: tuple[str, ...],
    db: str,
    json_path: str | None,
    html_path: str | None,
    csv_path: str | None,
    timeout: float,
    by_event: bool,
) -> None:
    """Compare SOURCES (text files, HTML files, URLs, JSON-lines files) of one event, or of
    several with --by-event."""
    try:
        _compare_and_output(
            list(sources),
            db=db,
            json_path=json_path,
            html_path=html_path,
            csv_path=csv_path,
            timeout=timeout,
            by_event=by_event,
        )
    except CorroborateError as error:
        _fail(str(error))
        sys.exit(1)


@main.command("demo")
@click.option(
    "--db", default=DEFAULT_DB, show_default=True, help="SQLite file to store the record in."
)
@click.option("--json", "json_path", metavar="FILE", help="Write the record as JSON.")
@click.option("--html", "html_path", metavar="FILE", help="Write a self-contained HTML report.")
@click.option("--csv", "csv_path", metavar="FILE", help="Write one CSV row per fact value.")
def demo_command(
    db: str, json_path: str | None, html_path: str | None, csv_path: str | None
) -> None:
    """Compare the bundled demo articles (three invented outlets, one invented event)."""
    from corroborate.demo import demo_sources

    try:
        _compare_and_output(
            [str(path) for path in demo_sources()],
            db=db,
            json_path=json_path,
            html_path=html_path,
            csv_path=csv_path,
            timeout=20.0,
        )
    except CorroborateError as error:
        _fail(str(error))
        sys.exit(1)


@main.command("show")
@click.argument("record_id", required=False)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite file to read from.")
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON instead.")
def show_command(record_id: str | None, db: str, as_json: bool) -> None:
    """List stored records, or print the record RECORD_ID again."""
    from corroborate.report.terminal import print_record, print_record_list
    from corroborate.store import open_store

    console = _console()
    try:
        if not Path(db).exists():
            raise CorroborateError(f"{db}: no such database (run `corroborate compare` first)")
        with open_store(db) as store:
            if record_id is None:
                print_record_list(store.records(), console)
                return
            record = store.load(record_id)
    except CorroborateError as error:
        _fail(str(error))
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=2))
    else:
        print_record(record, console)


@main.command("search")
@click.argument("query")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite file to search.")
@click.option("--limit", default=20, show_default=True, help="Most articles to list.")
def search_command(query: str, db: str, limit: int) -> None:
    """Full-text search over stored articles (SQLite FTS5 syntax: words, "phrases", OR, NOT)."""
    from corroborate.report.terminal import print_article_matches
    from corroborate.store import open_store

    try:
        if not Path(db).exists():
            raise CorroborateError(f"{db}: no such database (run `corroborate compare` first)")
        with open_store(db) as store:
            matches = store.search_articles(query, limit=limit)
    except CorroborateError as error:
        _fail(str(error))
        sys.exit(1)
    print_article_matches(matches, _console())


def _attribution_line(item: dict[str, Any]) -> str:
    """One attribution as a line: claimer (as written), cue, content, and the source it cites."""
    claimer = item.get("claimer") or {}
    written = (item.get("source") or {}).get("text")
    who = claimer.get("name") or "(no source)"
    if written and written != who:
        who += f" [{written}]"
    cue = (item.get("cue") or {}).get("text", "—")
    line = f"{who} · {cue} · {item.get('kind')}: {(item.get('content') or {}).get('text', '')}"
    if item.get("via"):
        line += f"  (first reported by {item['via']['text']})"
    return line


@main.command("attributions")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (a list per file).")
def attributions_command(files: tuple[str, ...], as_json: bool) -> None:
    """Print who-said-what in FILES: source, cue and content with character offsets."""
    from corroborate.read.attribution import attributions_of_file

    console = _console()
    results: dict[str, list[dict[str, object]]] = {}
    failed = 0
    for path in files:
        try:
            results[path] = attributions_of_file(path)
        except CorroborateError as error:
            _fail(str(error))
            failed += 1
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for path, items in results.items():
            console.rule(path)
            for item in items:
                console.print(_attribution_line(item), markup=False)
    if failed == len(files):
        sys.exit(1)
