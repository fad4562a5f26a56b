"""The record in a terminal (rich): what the reports disagree on first, and who says what.

Order: conflicts, other facts (or the figures, when there is nothing to compare), entities with
their variant spellings, hedges, then a one-line summary. Text from articles is always passed to
rich as plain ``Text``, never as markup, so brackets in an article print as written; colours are
dropped by rich itself when the output is not a terminal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from corroborate.read.figure_times import describe_time
from corroborate.record import Article, Attribution, Claim, Claimer, EventRecord, Fact, Figure
from corroborate.store import StoredRecord
from corroborate.store.rows import record_title
from corroborate.store.sqlite import ArticleMatch

__all__ = ["print_article_matches", "print_record", "print_record_list"]

T = TypeVar("T")

VERDICT_STYLES = {
    "conflict": "bold red",
    "agreed": "green",
    "compatible": "cyan",
    "hedged": "magenta",
    "single_source": "yellow",
}

_QUOTE_LENGTH = 70
_NARROW = 100
"""Consoles narrower than this get two columns instead of three."""
_OTHER_NAMES = 25
"""How many entities with one spelling are named in the line after the entity table."""
_QUOTE_MARKS = "\"'“”‘’«» "
"""Stripped from the ends of a quote before it is put between “ and ”."""


def print_record(record: EventRecord, console: Console) -> None:
    """Print a record: conflicts, other facts, entities, hedges and a summary line."""
    console.rule(Text(f"record {record.id} · {_record_title(record)}", style="bold"))
    conflicts = [fact for fact in record.facts if fact.verdict.status == "conflict"]
    others = [fact for fact in record.facts if fact.verdict.status != "conflict"]
    narrow = console.width < _NARROW
    parts = _Parts(record)
    if conflicts:
        console.print(_conflict_table(parts, conflicts, narrow=narrow))
    elif record.facts and len(record.articles) > 1:
        console.print(Text("The reports do not contradict each other on any fact.", style="green"))
    if others:
        console.print(_fact_table(parts, others, narrow=narrow))
    if not record.facts:
        console.print(Text(_no_facts_reason(record), style="italic"))
        if record.figures:
            console.print(_figure_table(parts, record.figures))
    if record.entities:
        console.print(*_entity_parts(record))
    if record.hedges:
        console.print(_hedge_lines(parts))
    console.print(_summary(parts))


class _Parts:
    """A record with its parts indexed by id (the record's own lookups scan its tuples)."""

    def __init__(self, record: EventRecord) -> None:
        self.record = record
        self._figures = {figure.id: figure for figure in record.figures}
        self._claims = {claim.id: claim for claim in record.claims}
        self._attributions = {item.id: item for item in record.attributions}
        self._articles = {article.id: article for article in record.articles}

    def figure(self, figure_id: str) -> Figure:
        return self._figures[figure_id]

    def claim(self, claim_id: str) -> Claim:
        return self._claims[claim_id]

    def attribution(self, attribution_id: str) -> Attribution:
        return self._attributions[attribution_id]

    def article(self, article_id: str) -> Article:
        return self._articles[article_id]


def print_record_list(records: Sequence[StoredRecord], console: Console) -> None:
    """Print the stored records as a table, newest first (as given)."""
    if not records:
        console.print("No records stored yet: `corroborate compare FILES...` makes one.")
        return
    table = Table(title="Stored records", box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("id (stored)", no_wrap=True)
    table.add_column("record (outlets)", ratio=1, min_width=20)
    table.add_column("articles", justify="right", no_wrap=True)
    table.add_column("facts", justify="right", no_wrap=True)
    table.add_column("conflicts", justify="right", no_wrap=True)
    for stored in records:
        ident = Text(stored.id, style="bold")
        ident.append("\n" + stored.created.replace("T", " ")[:16], style="dim")
        label = Text(stored.title, style="bold")
        if stored.outlets:
            label.append("\n" + ", ".join(stored.outlets), style="dim")
        table.add_row(
            ident,
            label,
            str(stored.article_count),
            str(stored.fact_count),
            Text(str(stored.conflict_count), style="bold red" if stored.conflict_count else ""),
        )
    console.print(table)
    console.print(
        f"{len(records)} record{'s' if len(records) != 1 else ''}; "
        "`corroborate show ID` prints one (an id prefix is enough).",
        markup=False,
    )


def print_article_matches(matches: Sequence[ArticleMatch], console: Console) -> None:
    """Print the articles a full-text search found, with the words around each match."""
    if not matches:
        console.print("No stored article matches.")
        return
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("article", no_wrap=True)
    table.add_column("outlet · headline", ratio=1, min_width=20)
    table.add_column("match", ratio=2, min_width=20)
    for match in matches:
        heading = Text(match.outlet or "—", style="bold")
        if match.title:
            heading.append("\n" + match.title, style="dim")
        table.add_row(Text(match.article_id), heading, Text(match.snippet))
    console.print(table)


def _conflict_table(parts: _Parts, facts: Iterable[Fact], *, narrow: bool) -> Table:
    table = Table(
        title="Where the reports disagree",
        box=box.HEAVY_HEAD,
        title_justify="left",
        title_style="bold red",
        show_lines=True,
    )
    _add_fact_rows(table, parts, facts, narrow=narrow)
    return table


def _fact_table(parts: _Parts, facts: Iterable[Fact], *, narrow: bool) -> Table:
    table = Table(
        title="Other facts",
        box=box.SIMPLE_HEAD,
        title_justify="left",
        title_style="bold",
        show_lines=narrow,
    )
    _add_fact_rows(table, parts, facts, narrow=narrow)
    return table


def _add_fact_rows(table: Table, parts: _Parts, facts: Iterable[Fact], *, narrow: bool) -> None:
    """Fact, who says what, why; on a narrow console the why goes under the fact."""
    table.add_column("fact", ratio=2)
    table.add_column("who says what", ratio=4)
    if not narrow:
        table.add_column("why", ratio=3)
    for fact in facts:
        reason = Text(fact.verdict.reason, style="italic")
        if narrow:
            table.add_row(Text("\n").join([_fact_cell(fact), reason]), _values_cell(parts, fact))
        else:
            table.add_row(_fact_cell(fact), _values_cell(parts, fact), reason)


def _figure_table(parts: _Parts, figures: Iterable[Figure]) -> Table:
    table = Table(title="Figures", box=box.SIMPLE_HEAD, title_justify="left", title_style="bold")
    table.add_column("counts", ratio=1)
    table.add_column("who says what", ratio=3)
    table.add_column("quote", ratio=4)
    for figure in figures:
        counts = figure.category + (f" ({figure.population})" if figure.population else "")
        table.add_row(
            Text(counts), _figure_line(parts, figure), Text(_shorten(figure.sentence.text))
        )
    return table


def _entity_parts(record: EventRecord) -> list[Table | Text]:
    """A table of the entities written more than one way, then one line naming the rest."""
    spelled = [entity for entity in record.entities if len(entity.variants) > 1]
    others = [entity for entity in record.entities if len(entity.variants) <= 1]
    parts: list[Table | Text] = []
    if spelled:
        table = Table(
            title="Entities written more than one way",
            box=box.SIMPLE_HEAD,
            title_justify="left",
            title_style="bold",
        )
        table.add_column("name")
        table.add_column("type")
        table.add_column("also written")
        table.add_column("mentions", justify="right")
        for entity in sorted(spelled, key=lambda entity: -len(entity.mentions)):
            table.add_row(
                Text(entity.name, style="bold"),
                Text(entity.type),
                Text(", ".join(v for v in entity.variants if v != entity.name), style="yellow"),
                str(len(entity.mentions)),
            )
        parts.append(table)
    if others:
        names = [entity.name for entity in sorted(others, key=lambda entity: -len(entity.mentions))]
        shown = names[:_OTHER_NAMES]
        line = Text("Also named: " if spelled else "Entities: ", style="bold")
        line.append(", ".join(shown))
        if len(names) > len(shown):
            line.append(f" and {len(names) - len(shown)} more", style="dim")
        parts.append(line)
    return parts


def _hedge_lines(parts: _Parts) -> Text:
    lines = Text("Hedges\n", style="bold")
    for hedge in parts.record.hedges:
        lines.append("  • ")
        lines.append(_outlet(parts, hedge.article_id), style="bold")
        lines.append(": ")
        lines.append(hedge.cue.text, style="magenta")
        lines.append(f" — {_shorten(hedge.scope.text)}\n")
    lines.rstrip()
    return lines


def _summary(parts: _Parts) -> Text:
    outlets = list(dict.fromkeys(_outlet(parts, article.id) for article in parts.record.articles))
    conflicts = sum(1 for fact in parts.record.facts if fact.verdict.status == "conflict")
    outlet_part = _count(len(outlets), "outlet")
    if len(outlets) <= 4:
        outlet_part += f" ({', '.join(outlets)})"
    pieces = [
        _count(len(parts.record.articles), "article"),
        outlet_part,
        _count(len(parts.record.facts), "fact"),
        f"{conflicts} in conflict",
        _count(len(parts.record.problems), "problem"),
    ]
    return Text(" · ".join(pieces), style="bold")


def _fact_cell(fact: Fact) -> Text:
    cell = Text(fact.label, style="bold")
    verdict = fact.verdict.status.replace("_", " ")
    if fact.verdict.conflict:
        verdict += f": {fact.verdict.conflict.replace('_', ' ')}"
    cell.append(f"\n{verdict}", style=VERDICT_STYLES.get(fact.verdict.status, ""))
    return cell


def _values_cell(parts: _Parts, fact: Fact) -> Text:
    lines = [_figure_line(parts, figure) for figure in _found(parts.figure, fact.figure_ids)]
    claims = list(_found(parts.claim, fact.claim_ids))
    lines += [
        _quote_line(
            parts,
            claim.text.text,
            claim.claimer,
            claim.article_id,
            denied=_is_denial(parts, claim.attribution_id),
        )
        for claim in claims
    ]
    if len(lines) > 1:
        lines = [Text("• ").append_text(line) for line in lines]
    return Text("\n").join(lines) if lines else Text("—", style="dim")


def _figure_line(parts: _Parts, figure: Figure) -> Text:
    if figure.polarity == "denied":
        line = Text("denial: ", style="red")
        line.append(f"“{_shorten(figure.span.text)}”", style="bold")
    else:
        line = Text(figure.span.text, style="bold")
    counted_at = describe_time(figure.as_of)
    if counted_at is not None:
        line.append(f" ({counted_at})", style="cyan")
    line.append(f" — {_claimer_and_outlet(parts, figure.claimer, figure.article_id)}")
    if figure.hedged:
        line.append(" · hedged", style="magenta")
    return line


def _quote_line(
    parts: _Parts, quote: str, claimer: Claimer | None, article_id: str, *, denied: bool
) -> Text:
    line = Text("denial: ", style="red") if denied else Text()
    line.append(f"“{_shorten(quote.strip(_QUOTE_MARKS))}”")
    line.append(f" — {_claimer_and_outlet(parts, claimer, article_id)}")
    return line


def _is_denial(parts: _Parts, attribution_id: str | None) -> bool:
    """Whether the claim is the content of a denial ("denied that anyone was killed")."""
    attributions = list(_found(parts.attribution, [attribution_id] if attribution_id else []))
    return any(attribution.kind in ("denial", "dispute") for attribution in attributions)


def _found(lookup: Callable[[str], T], ids: Iterable[str]) -> Iterator[T]:
    """The items with these ids, skipping ids the record lacks (a report never fails on them)."""
    for item_id in ids:
        try:
            yield lookup(item_id)
        except KeyError:
            continue


def _claimer_and_outlet(parts: _Parts, claimer: Claimer | None, article_id: str) -> str:
    outlet = _outlet(parts, article_id)
    if claimer is None or claimer.kind == "outlet":
        return f"{outlet} (own reporting)"
    return f"{claimer.name} ({outlet})"


def _outlet(parts: _Parts, article_id: str) -> str:
    try:
        article = parts.article(article_id)
    except KeyError:
        return article_id
    return article.outlet or article.source


def _record_title(record: EventRecord) -> str:
    return _shorten(record_title(record))


def _no_facts_reason(record: EventRecord) -> str:
    found = "Its figures are listed below." if record.figures else "No figures were found in it."
    if len(record.articles) < 2:
        return f"Nothing to compare: one article. {found}"
    if record.figures:
        return "The figures were not grouped into facts; they are listed below."
    return "No figures or facts were found in these articles."


def _shorten(text: str, length: int = _QUOTE_LENGTH) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
