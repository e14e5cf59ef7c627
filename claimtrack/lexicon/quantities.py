"""Counted things, sides and roles: the generic quantity vocabulary.

A figure's counted noun maps to a canonical thing (``THINGS``); nationality
words before it give its side (``SIDES``). Story-specific sides and things
(the seeds' beat) come from the domain lexicon and are merged over these.
Plain Python data: loaded with the package, no parsing in worker processes.
"""

from __future__ import annotations

#: nationality or side word before a counted noun -> side
SIDES = {
    "egyptian": "egyptian", "egyptians": "egyptian", "foreign": "foreign", "foreigners": "foreign",
    "american": "american", "americans": "american", "thai": "thai", "thais": "thai", "lebanese": "lebanese",
    "syrian": "syrian", "syrians": "syrian", "jordanian": "jordanian", "british": "british",
    "filipino": "filipino", "filipinos": "filipino", "nepalese": "nepalese", "french": "french",
    "german": "german", "germans": "german", "russian": "russian", "russians": "russian",
    "ukrainian": "ukrainian", "ukrainians": "ukrainian", "chinese": "chinese", "indian": "indian",
    "indians": "indian", "italian": "italian", "italians": "italian", "canadian": "canadian",
    "canadians": "canadian", "australian": "australian", "australians": "australian",
}

#: counted noun (lower case) -> canonical thing; every value here is a kind of people
THINGS = {
    "hostage": "hostage", "hostages": "hostage", "captive": "hostage", "captives": "hostage",
    "abductee": "hostage", "abductees": "hostage", "kidnapped": "hostage",
    "prisoner": "prisoner", "prisoners": "prisoner", "detainee": "prisoner", "detainees": "prisoner",
    "people": "people", "persons": "people", "person": "people", "individuals": "people", "dead": "people",
    "killed": "people", "injured": "people", "wounded": "people", "casualties": "people", "victims": "people",
    "deaths": "people", "injuries": "people", "lives": "people", "bodies": "body", "body": "body", "fatalities": "people", "residents": "people",
    "egyptians": "people", "syrians": "people", "americans": "people", "others": "people",
    "nationals": "people", "citizens": "people", "thais": "people", "filipinos": "people", "nepalese": "people",
    "germans": "people", "russians": "people", "ukrainians": "people", "indians": "people", "italians": "people",
    "canadians": "people", "australians": "people",
    "soldier": "soldier", "soldiers": "soldier", "troops": "soldier", "servicemen": "soldier",
    "civilian": "civilian", "civilians": "civilian",
    "child": "child", "children": "child", "minors": "child", "kids": "child",
    "woman": "woman", "women": "woman", "foreigners": "foreigner", "foreign": "foreigner",
    "journalist": "journalist", "journalists": "journalist", "reporters": "journalist",
    "fighter": "fighter", "fighters": "fighter", "militants": "fighter", "gunmen": "fighter",
    "worker": "worker", "workers": "worker", "doctors": "medic", "medics": "medic", "nurses": "medic",
    "firefighter": "firefighter", "firefighters": "firefighter",
    # people counted by what they were doing when it happened (accidents and disasters)
    "miner": "miner", "miners": "miner", "passenger": "passenger", "passengers": "passenger",
    "pilgrim": "pilgrim", "pilgrims": "pilgrim", "student": "student", "students": "student",
    "pupils": "student", "patient": "patient", "patients": "patient", "tourist": "tourist", "tourists": "tourist",
    "migrant": "migrant", "migrants": "migrant", "climber": "climber", "climbers": "climber",
    "sailor": "sailor", "sailors": "sailor", "fishermen": "fisherman", "fisherman": "fisherman",
    "villager": "villager", "villagers": "villager", "spectator": "spectator", "spectators": "spectator",
    "protester": "protester", "protesters": "protester", "demonstrators": "protester",
}

#: nouns that count remains, not people: "88 bodies have been identified",
#: "10 dead bodies": a tally of bodies (found, identified, handed over) is a
#: part of a toll, never the toll itself, so it is its own thing even when an
#: adjective before it ("dead") names people
BODY_NOUNS = ("body", "bodies")

#: how a comparison names a thing and a role in a conflict's summary
THING_LABELS = {
    "hostage": "Hostages", "prisoner": "Prisoners",
    "people": "People", "soldier": "Soldiers", "civilian": "Civilians", "child": "Children",
    "woman": "Women", "foreigner": "Foreigners", "journalist": "Journalists", "fighter": "Fighters",
    "worker": "Workers", "medic": "Medics", "firefighter": "Firefighters", "body": "Bodies",
    "miner": "Miners", "passenger": "Passengers", "pilgrim": "Pilgrims", "student": "Students",
    "patient": "Patients", "tourist": "Tourists", "migrant": "Migrants", "climber": "Climbers",
    "sailor": "Sailors", "fisherman": "Fishermen", "villager": "Villagers", "spectator": "Spectators",
    "protester": "Protesters",
}
ROLE_LABELS = {
    "killed": "killed", "injured": "injured", "kidnapped": "kidnapped", "held": "still held",
    "released": "freed", "to be released": "to be freed", "demanded": "demanded",
    "missing": "missing", "aboard": "aboard",
}

#: "when" of a release of a named group (by nationality) with no day stated:
#: compared between reports of the same or the next day
WITHIN_A_DAY = "within a day"

#: compass points as people write where an epicentre lies ("72 km southwest of <city>"): degrees from north
COMPASS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225,
           "west": 270, "northwest": 315}
#: a measure that says in which direction from a place the quake's epicentre lies
BEARING = "bearing"
