"""Hand-built event records for the store and report tests (invented outlets, people and event).

Two reports of a police raid on the (invented) Kestrel Ridge commune in the (invented) province of
Veloria. They disagree on deaths (one killed vs. a denial), injuries (more than 100 vs. around
30) and tear gas (used vs. not used), agree on nothing else, and spell the minister's name two
ways.
"""

from __future__ import annotations

import hashlib

from corroborate.record import (
    Article,
    Attribution,
    Block,
    Claim,
    Claimer,
    Entity,
    EventRecord,
    Fact,
    Figure,
    Hedge,
    Problem,
    Span,
    Verdict,
    Versions,
)

COURIER_TEXT = (
    "Police raid on Kestrel Ridge commune leaves one dead\n"
    "\n"
    "Police in the province of Veloria raided the Kestrel Ridge commune on Tuesday. "
    "The Brightwater Fellowship said more than 100 of its members were injured and one "
    "resident was killed. Interior Minister Anna Dorsey said 12 officers were hurt. "
    '"We acted within the law," Dorsey told reporters. '
    "The Harbour Courier could not independently verify the claims. "
    "Residents said police used tear gas.\n"
    "\n"
    "SIGN UP FOR OUR NEWSLETTER\n"
)

NORTHFIELD_TEXT = (
    "Veloria police deny deaths in commune raid\n"
    "\n"
    "Officers entered the Kestrel Ridge camp early on Tuesday. "
    "Minister Ana Dorsey denied that anyone was killed. "
    "According to local reporting, around 30 residents were injured. "
    "The fellowship, which says about 3,000 people live at the site, called the raid "
    '"an outrage". Police seized 150 computers. Officers said no tear gas was used.\n'
)


def article_id(text: str) -> str:
    """The content-hash id the ingest stage gives an article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def record_id(articles: tuple[Article, ...]) -> str:
    """The record id compare() gives these articles."""
    joined = ",".join(sorted(article.id for article in articles))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:12]


def span_of(article: Article, phrase: str, occurrence: int = 0) -> Span:
    """The span of the n-th occurrence of ``phrase`` in the article."""
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(phrase, start + 1)
    return article.span(start, start + len(phrase))


def sentence_of(article: Article, span: Span) -> Span:
    """The sentence around a span (ends at '. ' or a line break), good enough for fixtures."""
    text = article.text
    starts = [text.rfind(". ", 0, span.start), text.rfind("\n", 0, span.start)]
    start = max(starts)
    start = 0 if start < 0 else start + (2 if text[start] == "." else 1)
    ends = [index for index in (text.find(". ", span.end), text.find("\n", span.end)) if index >= 0]
    end = min(ends) + 1 if ends else len(text)
    if text[end - 1] == "\n":
        end -= 1
    return article.span(start, end)


def _article(text: str, *, outlet: str, title: str, source: str, **extra: str) -> Article:
    title_end = text.index("\n")
    blocks = [Block("title", 0, title_end), Block("body", title_end + 2, len(text))]
    promo = text.find("SIGN UP")
    if promo >= 0:
        blocks = [
            Block("title", 0, title_end),
            Block("body", title_end + 2, promo - 2),
            Block("promo", promo, len(text)),
        ]
    return Article(
        id=article_id(text),
        text=text,
        source=source,
        outlet=outlet,
        title=title,
        blocks=tuple(blocks),
        **extra,
    )


def _figure(
    figure_id: str,
    article: Article,
    phrase: str,
    *,
    value: tuple[float | None, float | None, float | None],
    category: str,
    claimer: Claimer | None,
    occurrence: int = 0,
    **extra: object,
) -> Figure:
    span = span_of(article, phrase, occurrence)
    low, high, best = value
    return Figure(
        id=figure_id,
        article_id=article.id,
        span=span,
        low=low,
        high=high,
        best=best,
        category=category,
        sentence=sentence_of(article, span),
        claimer=claimer,
        **extra,  # type: ignore[arg-type]
    )


def two_report_record() -> EventRecord:
    """Two invented reports that disagree on deaths and injuries."""
    courier = _article(
        COURIER_TEXT,
        outlet="The Harbour Courier",
        title="Police raid on Kestrel Ridge commune leaves one dead",
        source="courier.txt",
        published="2031-05-06",
        url="https://courier.example/raid",
    )
    northfield = _article(
        NORTHFIELD_TEXT,
        outlet="Northfield Daily",
        title="Veloria police deny deaths in commune raid",
        source="northfield.txt",
    )
    articles = (courier, northfield)

    fellowship_a = Claimer(
        "Brightwater Fellowship",
        "entity",
        span_of(courier, "Brightwater Fellowship"),
        entity_id="e2",
    )
    dorsey_a = Claimer("Anna Dorsey", "entity", span_of(courier, "Anna Dorsey"), entity_id="e1")
    dorsey_b = Claimer("Anna Dorsey", "entity", span_of(northfield, "Ana Dorsey"), entity_id="e1")
    local = Claimer("local reporting", "description", span_of(northfield, "local reporting"))
    residents = Claimer("Residents", "description", span_of(courier, "Residents"))
    officers = Claimer("Officers", "description", span_of(northfield, "Officers", 1))
    fellowship_b = Claimer(
        "Brightwater Fellowship",
        "pronoun",
        span_of(northfield, "The fellowship"),
        antecedent=None,
        entity_id="e2",
    )
    northfield_voice = Claimer("Northfield Daily", "outlet")

    attributions = (
        Attribution(
            f"{courier.id}-a1",
            courier.id,
            "indirect",
            content=span_of(
                courier, "more than 100 of its members were injured and one resident was killed"
            ),
            cue=span_of(courier, "said"),
            claimer=fellowship_a,
        ),
        Attribution(
            f"{courier.id}-a2",
            courier.id,
            "indirect",
            content=span_of(courier, "12 officers were hurt"),
            cue=span_of(courier, "said", 1),
            claimer=dorsey_a,
        ),
        Attribution(
            f"{courier.id}-a3",
            courier.id,
            "direct",
            content=span_of(courier, "We acted within the law,"),
            cue=span_of(courier, "told"),
            claimer=Claimer("Anna Dorsey", "entity", span_of(courier, "Dorsey", 1), entity_id="e1"),
        ),
        Attribution(
            f"{northfield.id}-a1",
            northfield.id,
            "denial",
            content=span_of(northfield, "anyone was killed"),
            cue=span_of(northfield, "denied"),
            claimer=dorsey_b,
        ),
        Attribution(
            f"{northfield.id}-a2",
            northfield.id,
            "according_to",
            content=span_of(northfield, "around 30 residents were injured"),
            cue=span_of(northfield, "According to"),
            claimer=local,
        ),
        Attribution(
            f"{northfield.id}-a3",
            northfield.id,
            "mixed",
            content=span_of(northfield, 'the raid "an outrage"'),
            cue=span_of(northfield, "called"),
            claimer=fellowship_b,
        ),
        Attribution(
            f"{courier.id}-a4",
            courier.id,
            "indirect",
            content=span_of(courier, "police used tear gas"),
            cue=span_of(courier, "said", 2),
            claimer=residents,
        ),
        Attribution(
            f"{northfield.id}-a4",
            northfield.id,
            "indirect",
            content=span_of(northfield, "no tear gas was used"),
            cue=span_of(northfield, "said"),
            claimer=officers,
        ),
    )
    claims = (
        Claim(
            "c1",
            northfield.id,
            span_of(northfield, 'the raid "an outrage"'),
            claimer=fellowship_b,
            attribution_id=attributions[5].id,
        ),
        Claim(
            "c2",
            courier.id,
            span_of(courier, "police used tear gas"),
            claimer=residents,
            attribution_id=attributions[6].id,
        ),
        Claim(
            "c3",
            northfield.id,
            span_of(northfield, "no tear gas was used"),
            claimer=officers,
            attribution_id=attributions[7].id,
            negated=True,
        ),
    )
    hedges = (
        Hedge(
            "h1",
            courier.id,
            "could_not_verify",
            cue=span_of(courier, "could not independently verify"),
            scope=span_of(
                courier, "The Harbour Courier could not independently verify the claims."
            ),
        ),
    )
    figures = (
        _figure(
            "g1",
            courier,
            "more than 100",
            value=(101, None, 101),
            category="injured",
            claimer=fellowship_a,
            qualifier="more than",
            population="camp residents",
            attribution_id=attributions[0].id,
            hedged=True,
        ),
        _figure(
            "g2",
            courier,
            "one",
            value=(1, 1, 1),
            category="killed",
            claimer=fellowship_a,
            occurrence=1,
            population="camp residents",
            attribution_id=attributions[0].id,
            hedged=True,
        ),
        _figure(
            "g3",
            courier,
            "12",
            value=(12, 12, 12),
            category="injured",
            claimer=dorsey_a,
            population="police officers",
            attribution_id=attributions[1].id,
        ),
        _figure(
            "g4",
            northfield,
            "denied that anyone was killed",
            value=(0, 0, 0),
            category="killed",
            claimer=dorsey_b,
            polarity="denied",
            population="camp residents",
            attribution_id=attributions[3].id,
        ),
        _figure(
            "g5",
            northfield,
            "around 30",
            value=(25, 35, 30),
            category="injured",
            claimer=local,
            qualifier="around",
            population="camp residents",
            attribution_id=attributions[4].id,
        ),
        _figure(
            "g6",
            northfield,
            "about 3,000",
            value=(2700, 3300, 3000),
            category="population",
            claimer=fellowship_b,
            qualifier="about",
            population="camp residents",
        ),
        _figure(
            "g7",
            northfield,
            "150",
            value=(150, 150, 150),
            category="seized",
            claimer=northfield_voice,
            population="computers",
        ),
    )
    facts = (
        Fact(
            "f1",
            "killed",
            "Camp residents killed",
            Verdict(
                "conflict",
                "The Harbour Courier reports one killed (Brightwater Fellowship); Anna Dorsey "
                "denies any deaths (Northfield Daily).",
                "denial",
            ),
            population="camp residents",
            figure_ids=("g2", "g4"),
            low=0,
            best=None,
            high=1,
        ),
        Fact(
            "f2",
            "injured",
            "Camp residents injured",
            Verdict(
                "conflict",
                "more than 100 and around 30 cannot both be right.",
                "numbers",
            ),
            population="camp residents",
            figure_ids=("g1", "g5"),
            low=25,
            best=30,
            high=None,
        ),
        Fact(
            "f3",
            "injured",
            "Police officers injured",
            Verdict("single_source", "Only Anna Dorsey gives this figure."),
            population="police officers",
            figure_ids=("g3",),
            low=12,
            best=12,
            high=12,
        ),
        Fact(
            "f4",
            "population",
            "Camp residents",
            Verdict("single_source", "Only the Brightwater Fellowship gives this figure."),
            population="camp residents",
            figure_ids=("g6",),
            low=2700,
            best=3000,
            high=3300,
        ),
        Fact(
            "f5",
            "seized",
            "Computers seized",
            Verdict("single_source", "Only Northfield Daily reports this."),
            population="computers",
            figure_ids=("g7",),
            low=150,
            best=150,
            high=150,
        ),
        Fact(
            "f6",
            "claim",
            "The raid was an outrage",
            Verdict("single_source", "Only the Brightwater Fellowship says so."),
            claim_ids=("c1",),
        ),
        Fact(
            "f7",
            "claim",
            "Police used tear gas",
            Verdict(
                "conflict", "Residents say tear gas was used; officers say it was not.", "denial"
            ),
            claim_ids=("c2", "c3"),
        ),
    )
    entities = (
        Entity(
            "e1",
            "PERSON",
            "Anna Dorsey",
            ("Anna Dorsey", "Ana Dorsey", "Dorsey"),
            (
                span_of(courier, "Anna Dorsey"),
                span_of(courier, "Dorsey", 1),
                span_of(northfield, "Ana Dorsey"),
            ),
        ),
        Entity(
            "e2",
            "ORG",
            "Brightwater Fellowship",
            ("Brightwater Fellowship", "The fellowship"),
            (span_of(courier, "Brightwater Fellowship"), span_of(northfield, "The fellowship")),
        ),
        Entity(
            "e3",
            "FAC",
            "Kestrel Ridge",
            ("Kestrel Ridge",),
            (span_of(courier, "Kestrel Ridge", 1), span_of(northfield, "Kestrel Ridge")),
        ),
        Entity(
            "e4",
            "GPE",
            "Veloria",
            ("Veloria",),
            (span_of(courier, "Veloria"), span_of(northfield, "Veloria")),
        ),
    )
    return EventRecord(
        id=record_id(articles),
        articles=articles,
        versions=Versions(tool="0.1.0", models={"nlp": "test-fixture"}),
        entities=entities,
        attributions=attributions,
        figures=figures,
        hedges=hedges,
        facts=facts,
        claims=claims,
        problems=(Problem("missing.txt", "missing.txt: no such file"),),
    )


def single_article_record() -> EventRecord:
    """One report: nothing to compare, but one figure and one attribution."""
    text = "Flood closes Marrow Bridge\n\nThe river authority said 40 homes were flooded.\n"
    article = Article(
        id=article_id(text),
        text=text,
        source="marrow.txt",
        outlet="Marrow Gazette",
        blocks=(Block("title", 0, 26), Block("body", 28, len(text))),
    )
    claimer = Claimer("The river authority", "description", span_of(article, "The river authority"))
    attribution = Attribution(
        f"{article.id}-a1",
        article.id,
        "indirect",
        content=span_of(article, "40 homes were flooded"),
        cue=span_of(article, "said"),
        claimer=claimer,
    )
    figure = _figure(
        "g1",
        article,
        "40",
        value=(40, 40, 40),
        category="buildings",
        claimer=claimer,
        population="homes",
        attribution_id=attribution.id,
    )
    return EventRecord(
        id=record_id((article,)),
        articles=(article,),
        versions=Versions(tool="0.1.0"),
        figures=(figure,),
        attributions=(attribution,),
    )


HOSTILE_TEXT = (
    'Blast at <script>alert("x")</script> depot\n'
    "\n"
    "Smith & Sons said 5 <b>workers</b> died at the [bold]depot[/bold].\n"
)


def hostile_record() -> EventRecord:
    """An article whose text, outlet and names carry HTML, markup and ampersands."""
    article = Article(
        id=article_id(HOSTILE_TEXT),
        text=HOSTILE_TEXT,
        source="<img src=x onerror=alert(1)>.txt",
        outlet="Evil & <i>Co</i>",
        title='Blast at <script>alert("x")</script> depot',
        url="javascript:alert(1)",
    )
    claimer = Claimer("Smith & Sons", "entity", span_of(article, "Smith & Sons"), entity_id="e1")
    figure = _figure(
        "g1",
        article,
        "5",
        value=(5, 5, 5),
        category="killed",
        claimer=claimer,
        population="<b>workers</b>",
    )
    return EventRecord(
        id=record_id((article,)),
        articles=(article,),
        versions=Versions(tool="0.1.0"),
        entities=(
            Entity(
                "e1",
                "ORG",
                "Smith & Sons",
                ("Smith & Sons", "<script>x</script>"),
                (span_of(article, "Smith & Sons"),),
            ),
        ),
        figures=(figure,),
        facts=(
            Fact(
                "f1",
                "killed",
                "Workers <script>killed</script> & more",
                Verdict("single_source", "Only Smith & Sons <says> so [/red]."),
                figure_ids=("g1",),
                low=5,
                best=5,
                high=5,
            ),
        ),
    )
