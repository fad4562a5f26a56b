"""What a count counts, told by the lemma of the verb that governs it.

A reviewed lexicon of verb lemmas (one lemma covers every inflection: "surrender", "surrendered",
"surrendering", "surrenders"), read from the parse by :mod:`corroborate.read.governing_verbs`.
The candidates were mined from the UD English EWT and GUM train treebanks (CC BY-SA 4.0) and
ranked by MiniLM similarity to a few seed lemmas per category
(``training/categories/mine_lemmas.py``); each lemma here was reviewed by hand and kept only when
its sense next to a count of people or things says the category (docs/figures.md, "Sixth
session: categories from lemmas and a mined lexicon").

Two tables, because the count's role decides: "Police arrested five men" and "Five men were
arrested" (the count undergoes the verb: object or passive subject) are arrests, while "Five
officers arrested the man" is not; "Five men surrendered", "2,000 people marched" (the count
does the verb: active subject, or the agent of a passive) need a verb of the other table.
"""

from __future__ import annotations

UNDERGOING_LEMMAS: dict[str, str] = {
    # killed: "gunmen killed 12 people", "three were slain"
    "kill": "killed", "murder": "killed", "slay": "killed", "assassinate": "killed",
    "execute": "killed", "behead": "killed", "massacre": "killed", "slaughter": "killed",
    "lynch": "killed", "strangle": "killed", "electrocute": "killed", "decapitate": "killed",
    "exterminate": "killed",
    # injured: "the blast injured 40", "two were maimed"
    "injure": "injured", "wound": "injured", "hurt": "injured", "maim": "injured",
    "trample": "injured", "scald": "injured", "harm": "injured", "mutilate": "injured",
    # hospitalised: "12 were hospitalised"
    "hospitalize": "hospitalised", "hospitalise": "hospitalised", "airlift": "hospitalised",
    "admit": "hospitalised",
    # arrested: "took 14 into custody" is read as a phrase elsewhere
    "arrest": "arrested", "detain": "arrested", "apprehend": "arrested", "capture": "arrested",
    "nab": "arrested", "jail": "arrested", "imprison": "arrested", "handcuff": "arrested",
    "incarcerate": "arrested", "intern": "arrested", "remand": "arrested", "bust": "arrested",
    "catch": "arrested",
    # displaced: "some 400 passengers were evacuated", "rescued 30 villagers"
    "evacuate": "displaced", "displace": "displaced", "rescue": "displaced",
    "uproot": "displaced", "strand": "displaced", "trap": "displaced", "free": "displaced",
    "pluck": "displaced", "winch": "displaced",
    # seized: "seized 40 rifles" (people seized are arrested: figures.py)
    "seize": "seized", "confiscate": "seized", "impound": "seized", "recover": "seized",
    "intercept": "seized", "retrieve": "seized",
    # deployed: "three engines were sent", "the army mobilised 5,000 troops"
    "deploy": "deployed", "dispatch": "deployed", "send": "deployed", "mobilize": "deployed",
    "mobilise": "deployed", "station": "deployed", "scramble": "deployed",
    "despatch": "deployed", "redeploy": "deployed", "assign": "deployed",
    # verbs with a particle, written "lemma particle": "called in six engines", "rounded up 40"
    "call in": "deployed", "call out": "deployed", "send in": "deployed", "bring in": "deployed",
    "fly in": "deployed", "draft in": "deployed", "ship in": "deployed",
    "round up": "arrested", "lock up": "arrested",
    # population: "the camp houses 3,000 exiles", "the rally drew 20,000"
    "house": "population", "accommodate": "population", "shelter": "population",
    "draw": "population", "attract": "population",
}  # fmt: skip
"""Verb lemmas that say what happened to a count that is their object or passive subject."""

DOING_LEMMAS: dict[str, str] = {
    # killed: "three climbers died", "40 perished"
    "die": "killed", "perish": "killed", "drown": "killed", "succumb": "killed",
    "suffocate": "killed",
    # arrested: "Twenty-three fighters surrendered"
    "surrender": "arrested",
    # displaced: "300 residents fled", "families evacuated"
    "flee": "displaced", "evacuate": "displaced",
    # deployed: "12 engines responded", "40 firefighters battled the blaze" (a force only:
    # figures.py turns a crowd that "fought" into people present or nothing)
    "respond": "deployed", "battle": "deployed", "tackle": "deployed", "patrol": "deployed",
    "raid": "deployed", "arrive": "deployed",
    # population: people present or acting together
    "live": "population", "reside": "population", "gather": "population",
    "march": "population", "rally": "population", "protest": "population",
    "demonstrate": "population", "riot": "population", "attend": "population",
    "join": "population", "congregate": "population", "assemble": "population",
    "throng": "population", "flock": "population", "picket": "population",
    "worship": "population", "converge": "population", "participate": "population",
    "inhabit": "population", "chant": "population", "clash": "population",
    "occupy": "population", "crowd": "population", "settle": "population",
    # a crowd acting: "about 100 youths hurled petrol bombs"
    "hurl": "population", "pelt": "population", "loot": "population", "rampage": "population",
    "besiege": "population", "blockade": "population", "barricade": "population",
    "storm": "population",
    "turn out": "population",
}  # fmt: skip
"""Verb lemmas that say what a count that is their active subject (or a passive's agent,
"attended by 500 people") is: the people who did it."""

IRREGULAR_PAST: dict[str, str] = {
    "fled": "flee", "slain": "slay", "slew": "slay", "flown": "fly", "flew": "fly",
    "sent": "send", "caught": "catch", "drew": "draw", "drawn": "draw", "fought": "fight",
    "brought": "bring", "held": "hold", "kept": "keep", "took": "take", "taken": "take",
    "threw": "throw", "thrown": "throw", "drove": "drive", "driven": "drive", "hurt": "hurt",
    "put": "put", "bust": "bust", "busted": "bust", "freed": "free", "stood": "stand",
    "lay": "lie", "ran": "run", "ridden": "ride",
}  # fmt: skip
"""Past forms the lemmatizer may miss ("fled" read as "flead"): the lemma they are looked up
by. Regular forms are undone by rule (:func:`corroborate.read.governing_verbs.lemmas_of`)."""

NOMINAL_LEMMAS: dict[str, str] = {
    "death": "killed", "killing": "killed", "murder": "killed", "slaying": "killed",
    "body": "killed", "execution": "killed", "massacre": "killed",
    "arrest": "arrested", "detention": "arrested", "capture": "arrested",
    "evacuation": "displaced", "rescue": "displaced", "displacement": "displaced",
    "deployment": "deployed", "dispatch": "deployed",
    "seizure": "seized", "confiscation": "seized",
    "hospitalization": "hospitalised", "hospitalisation": "hospitalised",
}  # fmt: skip
"""Nouns for what happened, whose "of" phrase is what it happened to: "the evacuation of 300
residents", "the arrest of 12 men", "the deployment of 500 troops"."""

CLASH_LEMMAS: frozenset[str] = frozenset(
    {"clash", "confrontation", "skirmish", "scuffle", "standoff", "stand-off", "brawl", "melee"}
)
"""Nouns for a fight whose "with" phrase is a crowd: "a clash with around 30 youths" counts the
people present (``population``)."""

DESTINATIONS: dict[str, str] = {
    "hospital": "hospitalised", "hospitals": "hospitalised", "custody": "arrested",
    "jail": "arrested", "prison": "arrested", "detention": "arrested", "shelter": "displaced",
    "shelters": "displaced", "safety": "displaced",
}  # fmt: skip
"""Where a count is taken or stays, said by a noun after "to", "into" or "in": "took 23 into
custody", "Four were rushed to hospital", "12 remain in hospital"."""

MOVING_LEMMAS: frozenset[str] = frozenset(
    {
        "take", "send", "rush", "fly", "airlift", "transport", "transfer", "ferry", "carry",
        "bring", "admit", "move", "put", "place", "throw", "remand", "evacuate", "drive",
        "helicopter", "remain", "stay", "hold", "keep", "lie", "be", "lead", "guide", "pull",
        "help", "get",
    }
)  # fmt: skip
"""Verbs that take a count to a place or keep it there; with a destination
(:data:`DESTINATIONS`) they say the category."""

PRESENCE_PREPOSITIONS: frozenset[str] = frozenset({"at", "in", "inside", "on", "aboard"})
"""Prepositions of where people are: a count that is at, in, inside, on or aboard a place is
the people present ("a dozen people were at the party", "Five women were inside the church",
"There were a dozen other people on the scene")."""

STATE_NOUNS: frozenset[str] = frozenset(
    {
        "condition", "hospital", "custody", "care", "danger", "shock", "coma", "state",
        "trial", "strike", "jail", "prison", "detention", "hiding", "mourning", "tears",
        "line", "fire", "alert", "leave", "way", "charge", "need", "trouble", "debt", "favor",
        "favour", "support", "contact", "touch", "control", "power", "office", "time",
        "position", "total", "all", "addition", "order", "fact", "part", "case", "turn",
        "average", "critical", "serious", "stable", "surgery", "treatment", "intensive",
        "icu", "pain", "tact", "force", "duty", "patrol", "standby", "board",
        "list", "court", "question", "response", "agreement", "session", "progress",
        "common", "particular", "public", "private", "general", "person",
    }
)  # fmt: skip
"""Nouns after those prepositions that tell a state, a sum or a manner, not a place ("in
critical condition", "in custody", "on trial", "in all", "in total", "on duty")."""

FINDING_LEMMAS: frozenset[str] = frozenset(
    {"seize", "confiscate", "recover", "find", "discover", "impound", "uncover", "intercept"}
)
"""Verbs of a find: things listed in the next sentence ("Seven rifles were found in the boats.
There were also three outboard motors") were found too."""

LISTING_LEMMAS: frozenset[str] = frozenset({"include", "contain", "hold", "comprise"})
"""Verbs that list what a find held ("The cache held 7 rifles and 3 pistols")."""

INTENT_LEMMAS: frozenset[str] = frozenset(
    {
        "intend", "try", "attempt", "plan", "threaten", "want", "mean", "vow", "seek", "plot",
        "conspire", "aim", "hope", "fail", "refuse", "decline", "promise", "prepare",
    }
)  # fmt: skip
"""Verbs whose "to" clause tells what did not (or not yet) happen ("threatened to kill two
hostages"): no category from the verb inside it."""
