"""Counts of other events a report recalls ("in 2003", "In February", "It killed 612 people")
stay out of the main event's facts. Articles are invented (made-up places and outlets)."""

from __future__ import annotations

from dataclasses import replace

from corroborate.reconcile.align import align_facts, outlet_name
from corroborate.reconcile.background import event_keys
from corroborate.record import Article, Claimer, Figure

MAIN = (
    "A strong quake hit Velmora island on Sunday, killing 12 people.\n"
    "A 6.9 quake killed more than 9,000 people in the old town of Karst in March 2004.\n"
    "The last major quake to hit the region was in February, in the town of Olden.\n"
    "It killed 400 people and injured more than 900.\n"
)
SECOND = (
    "Rescuers said 12 people died when the quake struck Velmora on Sunday.\n"
    "On Saturday, more than 20 people were killed by a quake in Ostland.\n"
    "The union named the dead man, who had worked at the port since 1994.\n"
)


def _article(article_id: str, text: str, outlet: str | None = "Velmora Post") -> Article:
    return Article(id=article_id, text=text, source=f"/tmp/xyz/{article_id}.txt", outlet=outlet)


def _figure(article: Article, written: str, category: str, value: float,
            *, occurrence: int = 0, claimer: str | None = None) -> Figure:  # fmt: skip
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(written, start + 1)
    sentence_start = article.text.rfind("\n", 0, start) + 1
    sentence_end = article.text.index("\n", start)
    return Figure(
        id=f"{article.id}-{written}-{category}",
        article_id=article.id,
        span=article.span(start, start + len(written)),
        low=value,
        high=value,
        best=value,
        category=category,
        sentence=article.span(sentence_start, sentence_end),
        population="people",
        claimer=Claimer(name=claimer, kind="description") if claimer else None,
    )


def test_counts_of_earlier_events_get_their_own_facts() -> None:
    first, second = _article("a1", MAIN), _article("a2", SECOND, outlet="Ostland Daily")
    figures = (
        _figure(first, "12", "killed", 12),
        _figure(first, "more than 9,000", "killed", 9001),
        _figure(first, "400", "killed", 400),
        _figure(first, "more than 900", "injured", 901),
        _figure(second, "12", "killed", 12),
        _figure(second, "more than 20", "killed", 21),
        _figure(second, "the dead man", "killed", 1),
    )
    keys = event_keys(figures, {first.id: first.text, second.id: second.text})
    assert keys[figures[0].id] is None
    assert keys[figures[1].id] == "march 2004"
    assert keys[figures[2].id] == "february"  # "It killed ...": the sentence before says when
    assert keys[figures[5].id] == "saturday"  # not the day most reports give (Sunday)
    assert keys[figures[6].id] is None  # "since 1994" is in a relative clause after the figure
    facts = align_facts((first, second), figures, (), (), ())
    main = next(fact for fact in facts if figures[0].id in fact.figure_ids)
    assert set(main.figure_ids) == {figures[0].id, figures[4].id, figures[6].id}
    assert main.label == "Deaths"
    labels = {fact.label for fact in facts}
    assert "Deaths (March 2004)" in labels and "Deaths (February)" in labels


def test_a_dated_main_event_is_not_split_from_itself() -> None:
    text = (
        "Police said 3 people died in June 2031.\n"
        "Officials said 3 people were killed in June 2031.\n"
        "Rescuers said 3 people were killed.\n"
    )
    article = _article("a1", text)
    figures = tuple(_figure(article, "3", "killed", 3, occurrence=index) for index in range(3))
    figures = tuple(
        Figure(**{**figure.__dict__, "id": f"x{index}"}) for index, figure in enumerate(figures)
    )
    keys = event_keys(figures, {article.id: text})
    assert set(keys.values()) == {None}


def test_the_same_description_in_two_reports_is_two_parties() -> None:
    text = "Officials said 100,000 people live there.\nOfficials said 200,000 people live there.\n"
    first, second = _article("a1", text), _article("a2", text, outlet="Ostland Daily")
    figures = (
        _figure(first, "100,000", "population", 100000, claimer="officials"),
        _figure(second, "200,000", "population", 200000, claimer="officials"),
    )
    (fact,) = align_facts((first, second), figures, (), (), ())
    assert (fact.verdict.status, fact.verdict.conflict) == ("conflict", "numbers")


def test_two_counts_in_one_sentence_are_not_a_self_contradiction() -> None:
    text = "Officials said 1,000 people live in tents and another 2,000 live in a school.\n"
    article = _article("a1", text)
    figures = (
        _figure(article, "1,000", "population", 1000, claimer="officials"),
        _figure(article, "2,000", "population", 2000, claimer="officials"),
    )
    (fact,) = align_facts((article,), figures, (), (), ())
    assert fact.verdict.conflict != "self_contradiction"


def test_a_report_without_outlet_is_named_by_title_or_file_name() -> None:
    bare = Article(id="a1", text="x", source="/tmp/tmpab12/report-7.txt")
    assert outlet_name(bare) == "report-7.txt"
    titled = Article(id="a1", text="x", source="/tmp/tmpab12/report-7.txt", title="Quake hits")
    assert outlet_name(titled) == "Quake hits"


def test_parts_in_one_sentence_are_compared_as_their_total() -> None:
    first = _article("a1", "Police said two women and one man died in the fire.\n")
    second = _article(
        "a2",
        "Rescuers said at least three people, a man and two women, were killed.\n",
        outlet="Ostland Daily",
    )
    third = _article("a3", "Three people died in the fire, one of 40 staff said.\n", outlet="Kest")
    figures = (
        _figure(first, "two", "killed", 2, claimer="police"),
        _figure(first, "one", "killed", 1, claimer="police"),
        _figure(second, "at least three", "killed", 3, claimer="rescuers"),
        _figure(second, "a man", "killed", 1, claimer="rescuers"),
        _figure(second, "two", "killed", 2, claimer="rescuers"),
        _figure(third, "Three", "killed", 3),
    )
    (fact,) = align_facts((first, second, third), figures, (), (), ())
    assert fact.verdict.status == "agreed"
    assert (fact.low, fact.best, fact.high) == (3, 3, 3)


def test_an_unspecified_count_joins_the_group_its_report_counts_nearest() -> None:
    text = (
        "Twelve officers were hurt, police said.\n"
        "Locals put the number of people hurt at around two dozen.\n"
        "The union said nearly 100 of its members were hurt.\n"
    )
    article = _article("a1", text)
    other = _article("a2", "Police said 12 officers and 3 more officers were hurt.\n", "Kest")
    figures = (
        _figure(article, "Twelve", "injured", 12, claimer="police"),
        _figure(article, "around two dozen", "injured", 24, claimer="locals"),
        _figure(article, "nearly 100", "injured", 95, claimer="union"),
        _figure(other, "12", "injured", 12, claimer="police"),
        _figure(other, "3", "injured", 3, claimer="police"),
    )
    figures = (
        replace(figures[0], population="police officers"),
        replace(figures[1], population=None),
        replace(figures[2], population="members"),
        replace(figures[3], population="police officers"),
        replace(figures[4], population="police officers"),
    )
    facts = align_facts((article, other), figures, (), (), ())
    members = next(fact for fact in facts if figures[2].id in fact.figure_ids)
    assert figures[1].id in members.figure_ids


def test_crowds_in_different_cities_are_different_facts() -> None:
    text = (
        "Tens of thousands of dockers rallied outside the ministry.\n"
        "In Orvane, 5,000 people marched to the port.\n"
        "The island, home to 40,000 people in western Kest, was calm.\n"
    )
    article = _article("a1", text)
    other = _article(
        "a2", "Some 30,000 people took to the streets.\nIn Orvane, 6,000 marched.\n", "Kest"
    )
    figures = (
        _figure(article, "Tens of thousands", "population", 30000),
        _figure(article, "5,000", "population", 5000),
        _figure(article, "40,000", "population", 40000),
        _figure(other, "Some 30,000", "population", 30000),
        _figure(other, "6,000", "population", 6000),
    )
    keys = event_keys(figures, {article.id: text, other.id: other.text})
    assert keys[figures[1].id] == keys[figures[4].id] == "in orvane"
    assert keys.get(figures[2].id) is None  # people living somewhere are not a crowd
    facts = align_facts((article, other), figures, (), (), ())
    orvane = next(fact for fact in facts if figures[1].id in fact.figure_ids)
    assert set(orvane.figure_ids) == {figures[1].id, figures[4].id}
    assert orvane.label.endswith("(in Orvane)")


def test_running_totals_are_not_the_operation_counted() -> None:
    text = (
        "During the raid, six rifles were seized.\n"
        "So far, the coast guard has seized 40 rifles from smugglers.\n"
        "In its five operations so far, the crew has seized 40 rifles.\n"
    )
    article = _article("a1", text)
    figures = (
        _figure(article, "six", "seized", 6),
        _figure(article, "40", "seized", 40),
        _figure(article, "40", "seized", 40, occurrence=1),
    )
    figures = tuple(replace(f, id=f"x{i}", population="weapons") for i, f in enumerate(figures))
    keys = event_keys(figures, {article.id: text})
    assert keys["x0"] is None
    assert keys["x1"] == keys["x2"] == "in total"


def test_a_person_described_does_not_contradict_a_count() -> None:
    first = _article("a1", "A blast killed a night guard in Kest.\n")
    second = _article("a2", "Two people were killed in the Kest blast.\n", outlet="Ostland Daily")
    figures = (
        _figure(first, "a night guard", "killed", 1),
        _figure(second, "Two", "killed", 2),
    )
    (fact,) = align_facts((first, second), figures, (), (), ())
    # the guard may be one of the two: the values fit together, but only one report counts
    assert fact.verdict.status == "compatible"
    assert (fact.low, fact.high) == (1, 2)


def test_a_season_of_a_year_dates_another_event() -> None:
    report = _article(
        "s1",
        "A student was killed on Sunday at the Harrow Court flats.\n"
        "A gunman killed four guests there in the summer of 2019.\n",
    )
    figures = (
        _figure(report, "A student", "killed", 1),
        _figure(report, "four", "killed", 4),
    )
    keys = event_keys(figures, {report.id: report.text})
    assert keys[figures[0].id] is None
    assert keys[figures[1].id] == "2019"


def test_a_crowd_in_the_city_of_the_event_is_the_main_events_crowd() -> None:
    text = (
        "A fire at a depot in Varnholm killed two guards.\n"
        "Tens of thousands of dockers rallied outside the ministry.\n"
        "In Orvane, 5,000 people marched to the port.\n"
    )
    article = _article("a1", text)
    other = _article(
        "a2",
        "Two guards died in the fire in Varnholm.\n"
        "As many as 30,000 people took to the streets of Varnholm.\n",
        "Kest",
    )
    figures = (
        _figure(article, "two", "killed", 2),
        _figure(article, "Tens of thousands", "population", 30000),
        _figure(article, "5,000", "population", 5000),
        _figure(other, "Two", "killed", 2),
        _figure(other, "As many as 30,000", "population", 30000),
    )
    keys = event_keys(figures, {article.id: text, other.id: other.text})
    assert keys[figures[4].id] is None  # Varnholm is where the event happened
    assert keys[figures[2].id] == "in orvane"
    facts = align_facts((article, other), figures, (), (), ())
    crowd = next(fact for fact in facts if figures[1].id in fact.figure_ids)
    assert set(crowd.figure_ids) == {figures[1].id, figures[4].id}


def test_a_places_size_is_never_the_events_population() -> None:
    text = (
        "A quake struck Velmora island, home to 90,000 people, killing three.\n"
        "Tremors were felt in Karst Harbour, a port city of 400,000 people.\n"
    )
    article = _article("p1", text)
    other = _article("p2", "Velmora, which is home to 95,000 people, lost power.\n", "Kest")
    figures = (
        _figure(article, "three", "killed", 3),
        _figure(article, "90,000", "population", 90000),
        _figure(article, "400,000", "population", 400000),
        _figure(other, "95,000", "population", 95000),
    )
    keys = event_keys(figures, {article.id: text, other.id: other.text})
    assert keys.get(figures[1].id) is None and keys.get(figures[3].id) is None
    assert keys[figures[2].id] == "in karst harbour"
    facts = align_facts((article, other), figures, (), (), ())
    size = next(fact for fact in facts if figures[2].id in fact.figure_ids)
    assert size.figure_ids == (figures[2].id,)


def test_deaths_dated_in_a_relative_clause_are_another_event() -> None:
    text = (
        "A man was shot dead in Orvel on Sunday.\n"
        "Friends held a vigil for the 120 people who lost their lives to violence in Orvel in 2019.\n"
        "The victim, who had lived in Orvel since 2001, was 34.\n"
    )
    report = _article("r1", text)
    figures = (
        _figure(report, "A man", "killed", 1),
        _figure(report, "120", "killed", 120),
        _figure(report, "The victim", "killed", 1),
    )
    keys = event_keys(figures, {report.id: text})
    assert keys[figures[1].id] == "2019"
    assert keys[figures[0].id] is None and keys[figures[2].id] is None


def test_a_sentence_opening_with_earlier_tells_of_another_incident() -> None:
    text = (
        "Two teenagers were wounded in a shooting in Orvel on Friday night.\n"
        "Earlier, a man was shot and killed outside a store on Dell Street.\n"
        "Earlier, police said three people had been hurt.\n"
    )
    report = _article("e1", text)
    figures = (
        _figure(report, "Two teenagers", "injured", 2),
        _figure(report, "a man", "killed", 1),
        _figure(report, "three", "injured", 3),
    )
    keys = event_keys(figures, {report.id: text})
    assert keys[figures[1].id] == "earlier"
    assert keys[figures[0].id] is None and keys[figures[2].id] is None


def test_a_second_quake_of_another_magnitude_is_another_event() -> None:
    first = _article(
        "a1",
        "A 5.8 magnitude quake hit Velmora island, injuring nine people.\n"
        "Officials said the quake, measuring 6.0 on the Richter scale, damaged 40 homes.\n",
    )
    second = _article(
        "a2",
        "The magnitude-5.8 quake injured nine people on Velmora, medics said.\n",
        outlet="Ostland Daily",
    )
    third = _article(
        "a3",
        "State radio says a magnitude-5.1 quake has injured three people on Velmora.\n"
        "An earlier 5.8 quake jolted the island.\n",
        outlet="Harbour Courier",
    )
    figures = (
        _figure(first, "nine", "injured", 9),
        _figure(second, "nine", "injured", 9),
        _figure(third, "three", "injured", 3),
    )
    keys = event_keys(figures, {a.id: a.text for a in (first, second, third)})
    assert keys == {figures[0].id: None, figures[1].id: None, figures[2].id: "magnitude 5.1"}
    facts = align_facts((first, second, third), figures, (), (), ())
    assert [len(fact.figure_ids) for fact in facts] == [2, 1]
    assert facts[0].verdict.status == "agreed"
    assert facts[1].label.endswith("(Magnitude 5.1)")


def test_one_quake_measured_a_little_differently_is_one_event() -> None:
    first = _article("a1", "A magnitude-5.9 quake hit Velmora, killing 10 people.\n")
    second = _article(
        "a2", "The 6.1-magnitude quake on Velmora killed 10 people.\n", outlet="Ostland Daily"
    )
    figures = (_figure(first, "10", "killed", 10), _figure(second, "10", "killed", 10))
    keys = event_keys(figures, {a.id: a.text for a in (first, second)})
    assert set(keys.values()) == {None}


def test_a_crowd_in_a_city_written_by_its_former_name_is_the_same_crowd() -> None:
    first = _article(
        "a1",
        "Police fired tear gas in the capital Velmora.\n"
        "In Thessaloniki, 20,000 people marched through the centre.\n",
    )
    second = _article(
        "a2",
        "Clashes broke out in Salonika where some 50,000 people marched.\n",
        outlet="Ostland Daily",
    )
    figures = tuple(
        replace(figure, category="population")
        for figure in (
            _figure(first, "20,000", "population", 20_000),
            _figure(second, "some 50,000", "population", 50_000),
        )
    )
    keys = event_keys(figures, {a.id: a.text for a in (first, second)})
    assert keys[figures[0].id] == keys[figures[1].id]  # "in salonika" would be another crowd


def test_a_quake_introduced_in_another_country_is_another_event() -> None:
    first = _article(
        "a1",
        "A quake in the Velmora valley of southern Peru killed 12 people.\n"
        "Hours later, 30 people were killed by a quake in eastern Chile.\n",
    )
    second = _article(
        "a2",
        "The Peru quake killed 12 people in Velmora, officials said.\n",
        outlet="Ostland Daily",
    )
    texts = {a.id: a.text for a in (first, second)}
    figures = (
        _figure(first, "12", "killed", 12),
        _figure(first, "30", "killed", 30),
        _figure(second, "12", "killed", 12),
    )
    keys = event_keys(figures, texts)
    assert keys == {figures[0].id: None, figures[1].id: "in chile", figures[2].id: None}
    # another report naming that country, or one article alone, keys nothing
    named = _article("a3", "Chile sent rescuers after the Peru quake killed 12 people.\n")
    assert set(
        event_keys(
            (*figures, _figure(named, "12", "killed", 12)), {**texts, "a3": named.text}
        ).values()
    ) == {None}
    alone = _article("a4", "A quake in eastern Chile killed 30 people.\n")
    assert event_keys((_figure(alone, "30", "killed", 30),), {"a4": alone.text}) == {
        "a4-30-killed": None
    }
