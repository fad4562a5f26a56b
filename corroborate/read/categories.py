"""The lexicons figures are read with: what a count counts, and of whom.

Categories come from the fixed vocabulary in :data:`corroborate.record.CATEGORIES`. Words are
matched lower-cased; multi-word cues are tuples of words. Documented in docs/figures.md.
"""

from __future__ import annotations

PREMISES_NOUNS: frozenset[str] = frozenset(
    {
        "stores", "shops", "banks", "offices", "businesses", "supermarkets", "storefronts",
        "shopfronts", "stations", "churches", "mosques", "synagogues", "restaurants",
    }
)  # fmt: skip
"""Premises a riot, a fire or a storm damages ("setting fire to three banks", "Hundreds of
stores have been smashed", "attack dozens of police stations", "355 damaged shops"): a count of
them is one of the event (``buildings``) only when its sentence damages or attacks something
(:data:`DAMAGE_WORDS`); "the two banks, which sit side by side" counts nothing that happened."""

CATEGORY_NOUNS: dict[str, str] = {
    # nouns that say by themselves what is counted: "15 deaths", "127 buildings"
    "deaths": "killed", "death": "killed", "dead": "killed", "fatalities": "killed",
    "fatality": "killed", "bodies": "killed", "killings": "killed", "lives": "killed",
    "injuries": "injured", "injured": "injured", "wounded": "injured",
    "arrests": "arrested", "detainees": "arrested", "arrested": "arrested",
    "buildings": "buildings", "building": "buildings", "houses": "buildings", "homes": "buildings",
    "structures": "buildings", "dormitories": "buildings", "apartments": "buildings",
    "missing": "missing", "displaced": "displaced", "evacuees": "displaced",
    # premises (counted as buildings only when damaged or attacked)
    **{noun: "buildings" for noun in PREMISES_NOUNS},
}  # fmt: skip

DAMAGE_WORDS: frozenset[str] = frozenset(
    {
        "attack", "attacks", "attacked", "attacking", "smashed", "smashing", "looted", "looting",
        "torched", "torching", "burned", "burnt", "burning", "damaged", "damaging", "destroyed",
        "destroying", "fire", "ablaze", "alight", "firebombed", "targeted", "targeting",
        "vandalised", "vandalized", "ransacked", "wrecked", "gutted", "razed", "flattened",
        "collapsed", "bombed", "petrol", "molotov", "stormed", "hit",
    }
)  # fmt: skip
"""Words that say premises were damaged or attacked."""

CATEGORY_CUES: dict[tuple[str, ...], str] = {
    # verbs and phrases near a number that say what happened to what it counts
    ("killed",): "killed", ("died",): "killed", ("dead",): "killed", ("die",): "killed",
    ("dies",): "killed", ("kills",): "killed", ("killing",): "killed", ("kill",): "killed", ("murdered",): "killed",
    ("slain",): "killed", ("perished",): "killed", ("fatally",): "killed",
    ("lost", "their", "lives"): "killed", ("shot", "dead"): "killed", ("deceased",): "killed",
    ("shot", "to", "death"): "killed", ("shot", "and", "killed"): "killed",
    ("pronounced", "dead"): "killed", ("suffocated",): "killed", ("drowned",): "killed",
    ("burned", "to", "death"): "killed", ("took", "the", "lives", "of"): "killed",
    ("gunned", "down"): "killed", ("gunning", "down"): "killed", ("gun", "down"): "killed",
    ("guns", "down"): "killed", ("to", "their", "deaths"): "killed",
    ("to", "their", "death"): "killed", ("to", "his", "death"): "killed",
    ("to", "her", "death"): "killed",
    ("took", "the", "life", "of"): "killed", ("claimed", "the", "lives", "of"): "killed",
    ("injured",): "injured", ("wounded",): "injured", ("hurt",): "injured",
    ("injuring",): "injured", ("injures",): "injured",
    ("wounding",): "injured", ("suffered", "injuries"): "injured", ("grazed",): "injured",
    ("treated", "for"): "injured", ("sustained",): "injured",
    ("hospitalised",): "hospitalised", ("hospitalized",): "hospitalised",
    ("hospital", "treatment"): "hospitalised", ("taken", "to", "hospital"): "hospitalised",
    ("taken", "to", "the", "hospital"): "hospitalised",
    ("treated", "in", "hospital"): "hospitalised",
    ("admitted", "to", "hospital"): "hospitalised", ("hospital", "care"): "hospitalised",
    ("admitted", "to"): "hospitalised", ("in", "hospital"): "hospitalised",
    ("in", "the", "hospital"): "hospitalised", ("remained", "in", "hospital"): "hospitalised",
    ("underwent", "surgery"): "hospitalised",
    ("pistol", "-", "whipped"): "injured", ("pistol", "whipped"): "injured",
    **{  # "Three people were airlifted to hospital", "About 60 were taken to local hospitals"
        (verb, "to", *where): "hospitalised"
        for verb in ("airlifted", "flown", "taken", "transported", "transferred")
        for where in (("hospital",), ("a", "hospital"), ("the", "hospital"), ("hospitals",),
                      ("local", "hospitals"), ("area", "hospitals"), ("nearby", "hospitals"),
                      ("several", "hospitals"))
    },
    ("arrested",): "arrested", ("detained",): "arrested", ("arresting",): "arrested",
    ("taken", "into", "custody"): "arrested", ("apprehended",): "arrested", ("arrest",): "arrested",
    ("apprehending",): "arrested", ("apprehend",): "arrested", ("nabbed",): "arrested",
    ("nabs",): "arrested", ("nab",): "arrested", ("captured",): "arrested",
    ("captures",): "arrested", ("capturing",): "arrested", ("capture",): "arrested",
    ("arrests",): "arrested", ("rounded", "up"): "arrested", ("bust", "of"): "arrested",
    ("arrest", "of"): "arrested", ("detention", "of"): "arrested", ("roundup", "of"): "arrested",
    # "A 52-year-old man surrendered to police", "took 14 into custody"
    ("surrendered",): "arrested", ("into", "custody"): "arrested",
    ("missing",): "missing", ("unaccounted",): "missing",
    ("displaced",): "displaced", ("evacuated",): "displaced", ("fled",): "displaced",
    ("homeless",): "displaced", ("rescued",): "displaced", ("ushered",): "displaced",
    ("housed", "temporarily"): "displaced", ("temporarily", "housed"): "displaced",
    ("waiting", "to", "be", "housed"): "displaced", ("needed", "accommodation"): "displaced",
    ("need", "shelter"): "displaced", ("needed", "shelter"): "displaced",
    ("in", "tents"): "displaced", ("without", "shelter"): "displaced",
    ("in", "shelters"): "displaced", ("in", "emergency", "shelters"): "displaced",
    ("pulled", "alive"): "displaced", ("pulled", "from", "the", "rubble"): "displaced",
    ("freed",): "displaced", ("trapped",): "displaced", ("from", "their", "homes"): "displaced",
    ("from", "their", "home"): "displaced", ("out", "of", "their", "homes"): "displaced",
    ("leave", "their", "homes"): "displaced", ("left", "their", "homes"): "displaced",
    ("seized",): "seized", ("confiscated",): "seized", ("seizing",): "seized",
    ("confiscating",): "seized", ("seize",): "seized", ("confiscate",): "seized",
    ("seizes",): "seized", ("recovered",): "seized", ("confiscates",): "seized",
    ("impounded",): "seized",
    ("deployed",): "deployed", ("descended", "upon"): "deployed", ("descended", "on"): "deployed",
    ("moved", "in"): "deployed", ("dispatched",): "deployed", ("stormed",): "deployed",
    ("raided",): "deployed", ("took", "part"): "deployed", ("mobilised",): "deployed",
    ("mobilized",): "deployed", ("surrounded",): "deployed", ("deploying",): "deployed",
    ("in", "attendance"): "deployed", ("rushed", "to", "the"): "deployed",
    ("responded", "to", "the"): "deployed", ("rushed", "to", "hospital"): "hospitalised",
    # units sent to an incident: "Three engines were sent to the warehouse", "they called in
    # an additional five engines", "called a further two appliances"
    ("were", "sent", "to"): "deployed", ("was", "sent", "to"): "deployed",
    ("called", "in"): "deployed", ("called", "a", "further"): "deployed",
    ("rushed", "to", "the", "hospital"): "hospitalised", ("rushed", "to", "a", "hospital"): "hospitalised",
    **{
        (verb, "the", fire): "deployed"
        for verb in ("tackled", "tackle", "tackling", "fought", "fight", "fighting", "battled",
                     "battle", "battling")
        for fire in ("blaze", "fire", "flames", "inferno")
    },
    ("home", "to"): "population", ("housed",): "population", ("housing",): "population",
    ("live", "in"): "population", ("lived", "in"): "population", ("living", "in"): "population",
    ("took", "to", "the", "streets"): "population", ("marched",): "population",
    ("marching",): "population", ("rallied",): "population", ("protested",): "population",
    ("demonstrated",): "population", ("gathered",): "population",
    ("reside",): "population", ("residing",): "population", ("resided",): "population",
    ("transferred",): "population", ("sheltered",): "population", ("settled",): "population",
    ("relocated",): "population", ("population", "of"): "population", ("houses",): "population",
    ("hosts",): "population", ("host",): "population",
    ("been", "inside"): "population", ("were", "inside"): "population",
    ("joined",): "population", ("attended",): "population",
    # a crowd acting: "about 100 youths hurled petrol bombs", "a clash with around 30 youths",
    # "Several hundred protesters ... attacked police", "congregations of up to 1,000 people"
    ("hurled",): "population", ("hurling",): "population",
    ("rioted",): "population", ("clashed",): "population",
    ("clash", "with"): "population", ("clashes", "with"): "population",
    ("clashing", "with"): "population", ("attacked", "police"): "population",
    ("attacking", "police"): "population", ("attacked", "the", "police"): "population",
    ("attacked", "riot", "police"): "population", ("accommodates",): "population",
    ("accommodate",): "population", ("accommodated",): "population",
    ("congregations", "of"): "population", ("congregation", "of"): "population",
    ("threw", "stones"): "population", ("threw", "rocks"): "population",
    ("threw", "bottles"): "population", ("threw", "petrol", "bombs"): "population",
    ("threw", "molotov", "cocktails"): "population", ("throwing", "stones"): "population",
    ("throwing", "rocks"): "population", ("pelted", "police"): "population",
    ("dispersed",): "population",
    **{  # "Thousands of people took part in the march" (not a force deployed)
        (verb, "part", "in", *the, event): "population"
        for verb in ("took", "take", "taking", "takes")
        for the in ((), ("the",), ("a",))
        for event in ("march", "marches", "protest", "protests", "rally", "rallies",
                      "demonstration", "demonstrations", "strike", "vigil", "vigils")
    },
    **{  # "a wave of unrest by thousands of students", "protests by 5,000 teachers"
        (noun, "by"): "population"
        for noun in ("unrest", "riots", "rioting", "protests", "protest", "demonstrations",
                     "demonstration", "marches", "march", "rally", "rallies", "strike", "strikes")
    },
    ("crowd", "of"): "population", ("crowds", "of"): "population",
    ("worship",): "population", ("worshipped",): "population", ("worshiped",): "population",
    **{  # the people present: "about 40 guests were at the wedding", "at the party"
        ("at", "the", gathering): "population"
        for gathering in ("party", "wedding", "concert", "celebration", "ceremony", "funeral",
                          "festival", "gathering", "meeting", "reception", "dinner")
    },
    # the people who got out of the place: "Nine other people managed to leave the bank"
    ("managed", "to", "leave"): "population", ("managed", "to", "get", "out"): "population",
}  # fmt: skip
"""Cue words: a cue after the number (in its clause) or just before it decides the category."""

WEAK_CUES: dict[tuple[str, ...], str] = {
    ("shot",): "injured",
    ("stabbed",): "injured",
    ("victims",): "injured",
    ("inside",): "population",
    ("in", "the", "building"): "population",
    ("in", "the", "buildings"): "population",
}
"""Cues used only when no other cue is found ("two men were shot": injured unless killed; "the
100 workers inside were able to get out", "About 100 people were in the building": the people
present, unless a casualty word says more: "two people inside were hurt")."""

BEFORE_ONLY_CUES: dict[tuple[str, ...], str] = {
    ("shooting",): "injured", ("shoots",): "injured", ("shot",): "injured",
    ("wounds",): "injured", ("hurts",): "injured",
    ("death", "of"): "killed", ("deaths", "of"): "killed", ("intercepted",): "seized",
    # killing told by a noun or a gerund before the count: "the bodies of the two women", "in
    # the slayings of two women", "accused of murdering two women"
    **{(noun, "of"): "killed" for noun in (
        "bodies", "body", "remains", "killings", "killing", "slayings", "slaying", "murders",
        "murder", "homicides", "homicide",
    )},
    ("murdering",): "killed", ("slaughtering",): "killed",
    ("tear", "gas"): "population",  # "Police fired tear gas at about 2,000 protesters"
}  # fmt: skip
"""Verbs that say what happened to a number right after them ("shooting three people", "kills
1, wounds 2", "the death of three workers", "intercepted the remaining three boats"), but are nouns too often to be read after a number ("a police shooting case",
"six gunshot wounds")."""

COUNT_ONLY_CUES: frozenset[tuple[str, ...]] = frozenset({("surrendered",)})
"""Cues read only after a number ("Fourteen fighters surrendered": arrested), not after a
described person ("A 52-year-old man surrendered to police" is the suspect, no count)."""

AFTER_ONLY_CUES: frozenset[tuple[str, ...]] = frozenset({("joined",), ("attended",)})
"""Cues read only after the number ("20,000 people joined the march"): before it they take an
object that is not a crowd ("she joined two co-workers")."""

CUE_WINDOW_AFTER = 15
"""How many tokens after the number a cue may be (it never reaches past the next number)."""

POPULATIONS: dict[str, str] = {
    # head noun of what is counted -> population vocabulary
    "residents": "residents", "resident": "residents", "inhabitants": "residents",
    "inhabitant": "residents", "exiles": "residents", "dissidents": "residents",
    "oppositionists": "residents", "refugees": "residents", "occupants": "residents",
    "campers": "residents", "activists": "residents", "villagers": "residents",
    "members": "members", "member": "members", "supporters": "members", "followers": "members",
    "parishioners": "members", "congregants": "members", "worshippers": "members",
    "worshipers": "members",
    "officers": "police officers", "officer": "police officers", "police": "police officers",
    "policemen": "police officers", "policewomen": "police officers", "cops": "police officers",
    "troopers": "police officers", "agents": "police officers", "gendarmes": "police officers",
    "soldiers": "soldiers", "troops": "soldiers", "servicemen": "soldiers",
    "firefighters": "firefighters", "firefighter": "firefighters", "firemen": "firefighters",
    "fireman": "firefighters", "rescuers": "rescuers", "paramedics": "rescuers",
    "lifeguards": "rescuers",
    "guards": "guards", "guard": "guards",
    "suspects": "suspects", "suspect": "suspects", "gunmen": "suspects", "shooters": "suspects",
    "robbers": "suspects", "attackers": "suspects", "assailants": "suspects",
    "pirates": "suspects", "militants": "suspects", "insurgents": "suspects",
    "rebels": "suspects", "fighters": "suspects", "brigands": "suspects", "crew": "suspects",
    "workers": "workers", "worker": "workers", "employees": "workers", "employee": "workers",
    "staff": "workers", "miners": "workers", "unionists": "members",
    "civilians": "civilians", "protesters": "protesters", "demonstrators": "protesters",
    "protestors": "protesters",
    "students": "students", "children": "children", "journalists": "journalists",
    "people": "people", "persons": "people", "person": "people", "individuals": "people",
    "individual": "people", "victims": "people", "victim": "people", "man": "people",
    "men": "people", "woman": "people", "women": "people", "boy": "people", "girl": "people",
    "boys": "people", "girls": "people", "teen": "people", "teens": "people",
    "teenager": "people", "teenagers": "people", "child": "people", "adult": "people",
    "adults": "people", "others": "people", "those": "people",
    "computers": "computers", "laptops": "computers", "devices": "computers",
    "phones": "phones", "buildings": "buildings", "houses": "buildings", "homes": "buildings",
    "shops": "shops", "stores": "shops", "storefronts": "shops", "shopfronts": "shops",
    "guns": "weapons", "weapons": "weapons", "rifles": "weapons", "firearms": "weapons",
    "ak-47s": "weapons", "ak-47": "weapons", "ak": "weapons",
    # a fire service's units, however a report names them: "six engines", "four appliances"
    "engines": "fire engines", "appliances": "fire engines", "tenders": "fire engines",
    # people taking part in a vote or a contest
    "candidates": "candidates", "candidate": "candidates", "contenders": "candidates",
    "voters": "voters", "electors": "voters", "delegates": "delegates",
    "participants": "participants", "contestants": "participants",
}  # fmt: skip
"""Normalised populations: "camp residents"/"inhabitants"/"exiles"/"dissidents" -> residents."""

PARTICIPANT_POPULATIONS: frozenset[str] = frozenset(
    {"candidates", "voters", "delegates", "participants"}
)
"""People taking part (in a vote, a congress, a contest): a count of them that nothing else
places is the event's ``population`` ("288 candidates are running", "2.5 million voters were
eligible"), as the people gathered at a party or a rally are."""

POPULATION_FAMILIES: dict[str, str] = {
    "residents": "civil", "members": "civil", "civilians": "civil", "protesters": "civil",
    "students": "civil", "children": "civil", "journalists": "civil", "suspects": "civil",
    "workers": "civil",
    "police officers": "security", "soldiers": "security", "guards": "security",
    "firefighters": "emergency", "rescuers": "emergency",
    # each its own family: candidates are not the voters
    **{population: population for population in PARTICIPANT_POPULATIONS},
    "people": "any",
}  # fmt: skip
"""Populations that may be the same group. ``any`` (people, unspecified) fits every human group."""

PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "man", "woman", "boy", "girl", "person", "individual", "teen", "teenager", "child",
        "officer", "policeman", "policewoman", "soldier", "victim", "resident", "member",
        "student", "driver", "passenger", "worker", "employee", "guard", "bystander",
        "pedestrian", "customer", "clerk", "dissident", "activist", "protester", "civilian",
        "suspect", "gunman", "toddler", "infant", "baby", "father", "mother", "son",
        "daughter", "husband", "wife", "brother", "sister", "friend", "neighbor", "neighbour",
        "juvenile", "male", "female", "youth", "cashier", "trooper", "deputy", "inmate",
        "fisherman", "farmer", "pilot", "sailor", "herder", "villager", "refugee", "migrant",
        "journalist", "reporter", "doctor", "nurse", "teacher", "pupil", "shopkeeper",
        "vendor", "tourist", "pilgrim", "exile", "rider", "walker", "hiker", "motorist",
        "waitress", "waiter", "homeowner", "owner", "tenant", "landlord", "roommate",
        "girlfriend", "boyfriend", "cousin", "uncle", "aunt", "nephew", "niece", "grandmother",
        "grandfather", "mom", "dad", "bartender", "manager", "firefighter", "paramedic",
        "motorcyclist", "cyclist", "jogger", "pastor", "priest", "veteran", "rapper", "athlete",
        "player", "coach", "cop", "sheriff", "agent", "marine", "robber", "burglar", "intruder",
        "shooter", "attacker", "thief", "carjacker", "occupant", "patron", "stranger",
        "partner", "spouse", "relative", "grandson", "granddaughter", "stepson", "stepfather",
        "newborn", "freshman", "senior", "sophomore", "homeless",
    }
)  # fmt: skip
"""Singular nouns for one person: "a man died" is one killed."""

SINGULAR_CATEGORIES = frozenset({"killed", "injured", "hospitalised", "arrested", "missing"})
"""Categories "a man ..." may count (one person)."""

DENIAL_CUES: frozenset[str] = frozenset(
    {"denied", "denies", "deny", "denying", "rejected", "dismissed", "refuted", "ruled"}
)
"""Words that turn "there were any injuries" into a denied zero."""

ZERO_NOUNS: dict[str, str] = {
    "fatalities": "killed", "deaths": "killed", "casualties": "killed", "dead": "killed",
    "injuries": "injured", "injured": "injured", "wounded": "injured",
    "arrests": "arrested", "detentions": "arrested",
}  # fmt: skip
"""Nouns that a denial or "no" counts as zero ("no injuries", "denied any fatalities")."""

KINSHIP_NOUNS: frozenset[str] = frozenset(
    {
        "children", "sons", "daughters", "grandchildren", "brothers", "sisters", "siblings",
        "kids", "stepchildren", "grandsons", "granddaughters", "nieces", "nephews", "cousins",
    }
)  # fmt: skip
"""Family nouns: "leaves a wife and two children" is not a count of what happened (a count of
children killed or injured has a cue and is kept)."""

JURY_NOUNS: frozenset[str] = frozenset(
    {"jurors", "juror", "jurymen", "jurywomen", "holdouts", "holdout", "alternates"}
)
"""Members of a trial's jury: "Eight of the jurors were black", "the three holdouts refused": a
count of them, with no casualty word, is not a figure of the event (the trial is told, not the
event)."""

HEDGE_ADVERBS: frozenset[str] = frozenset(
    {"reportedly", "allegedly", "apparently", "purportedly", "supposedly", "possibly"}
)
"""Adverbs next to a figure that mark it as unverified ("one allegedly killed")."""


STOP_WORDS: frozenset[str] = frozenset(
    {
        "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "who", "that",
        "which", "whom", "whose", "in", "at", "on", "to", "from", "by", "with", "and", "or",
        "but", "after", "before", "during", "said", "says", "the", "a", "an", "for", "as",
        "than", "into", "out", "up", "over", "under", "about", "around", "while", "when",
        "where", "there", "their", "its", "his", "her", "they", "it", "he", "she", "we", "not",
        "no", "this", "these", "those", "will", "would", "could", "can", "may", "might", "did",
        "do", "does", "also", "then", "still", "each", "all", "more", "most", "some", "per",
        "across", "near", "inside", "outside", "among", "between", "through", "against",
        "because", "since", "until", "if", "so", "yet", "nor", "both", "either", "only",
        "upon", "onto", "toward", "towards", "via", "within", "without", "off", "down", "like",
        "amid", "along", "behind", "beyond", "despite", "except", "including", "such",
    }
)  # fmt: skip
"""Words that end the noun group after a number."""

THING_NOUNS: frozenset[str] = frozenset(
    {
        "computers", "laptops", "devices", "phones", "guns", "handguns", "pistols", "rifles",
        "weapons", "firearms", "shotguns", "vehicles", "cars", "trucks", "buses", "shots",
        "rounds", "bullets", "shells", "casings", "gunshots", "buildings", "houses", "homes",
        "crimes", "incidents", "attacks", "calls", "cases", "charges", "counts", "doors",
        "windows", "dogs", "machine", "blocks", "miles", "streets", "stores", "businesses",
        "wounds", "boats", "skiffs", "vessels", "ships", "dhows", "speedboats", "helicopters",
        "planes", "aircraft", "ambulances", "tents", "villages", "engines", "tenders", "pumps",
        "appliances",
    }
)  # fmt: skip
"""Things: a number of these is never a count of people killed, injured or arrested ("a man
wielding two handguns was shot and killed": two is not killed)."""

KIT_NOUNS: frozenset[str] = frozenset(
    {
        "guns", "handguns", "pistols", "revolvers", "rifles", "weapons", "firearms", "shotguns",
        "shotgun", "rifle", "pistol", "gun", "rounds", "bullets", "shells", "cartridges",
        "magazines", "grenades", "explosives", "ammunition", "knives", "machetes",
        "ak-47s", "ak-47", "ak47s", "ak", "launchers", "carbines",
    }
)  # fmt: skip
"""Weapons and ammunition: a count of these beside a seizure, arrest or find ("nabbed 26 pirates
with six rifles", "officers found a shotgun and three live shells") is a count of what was
seized. Spent casings and shots fired are evidence, not kit, and stay out."""

FINDING_CUES: frozenset[str] = frozenset(
    {"recovered", "seized", "confiscated", "confiscating", "seizing",
     "nabbed", "arrested", "captured", "apprehended", "apprehending", "capturing", "arresting",
     "detained", "impounded", "intercepted", "found",
     "cache", "haul", "stash", "arsenal", "stockpile"}
)  # fmt: skip
"""Verbs before a count of weapons or ammunition that make it a count seized, and nouns for what
was seized ("a cache of weapons including 9 rifles")."""

PASSIVE_FINDING_CUES: frozenset[str] = frozenset(
    {"found", "seized", "recovered", "confiscated", "impounded", "discovered"}
)
"""Participles after a count of weapons that make it seized ("Six rifles and 20 magazines were
found in the car")."""

PLACE_NOUNS: frozenset[str] = frozenset(
    {
        "city", "town", "village", "island", "province", "region", "country", "state",
        "district", "county", "nation", "community", "port", "capital", "metropolis",
        "municipality", "suburb", "neighbourhood", "neighborhood", "area", "camp", "settlement",
    }
)  # fmt: skip
"""Places whose size may be given as "a city of 500,000 people": a population, not a count of
the event."""

RESIDENT_NOUNS: frozenset[str] = frozenset({"residents", "inhabitants", "people", "souls"})
"""Nouns that, after "has" or "with" and with no cue of their own, give a place's size ("the
island, which has about 200,000 residents")."""
