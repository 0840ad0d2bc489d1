"""English event words and cues (linter.extract.events)."""

# Trigger word → event kind. Written in the past, a trigger tells that the event has happened,
# unless a future marker says otherwise.
COMPLETED_TRIGGERS = {
    "signed": "signature", "ratified": "ratification", "acceded": "accession",
    "entered into force": "entry-into-force", "came into force": "entry-into-force",
    "adopted": "adoption", "held": "meeting", "convened": "meeting", "took place": "meeting",
    "submitted": "submission", "visited": "visit", "hosted": "hosting",
    "delivered a statement": "speech", "addressed": "speech",
}
TRIGGERS = {
    **COMPLETED_TRIGGERS,
    "signature": "signature", "signing": "signature", "ratification": "ratification", "accession": "accession",
    "entry into force": "entry-into-force", "adoption": "adoption", "submission": "submission",
}
# Where an event's date is written, and how far from its trigger: after it ("signed … on 12 March
# 1998"), else before it ("On 12 March 1998, … signed").
DATE_REACH = (("after", 60), ("before", 30))
# "signed by the Grand Duke" promulgates a law; "signed into law" too.
NOT_TRIGGER_AFTER = (" by the", " into law")
# Instrument words: a title ending in one names an instrument; one alone ("the Treaty") names none.
GENERIC_TITLES = ("Treaty", "Convention", "Protocol", "Agreement", "Amendment")
_INSTRUMENTS = "|".join(("Act", *GENERIC_TITLES, "Law"))
# What kind of instrument a title names (regex fragments) ("Act on …", "… Convention"): the group that matches.
INSTRUMENT_KIND = (rf"^(?:the )?({_INSTRUMENTS})\b|\b({_INSTRUMENTS})$",)
# An instrument named without quotes: "the Comprehensive Nuclear-Test-Ban Treaty". Bounded (the
# longest title in the corpus has 18 words); each word followed by exactly one space, so that
# "the AAAA…" cannot be cut into words in 2^n ways.
INSTRUMENT_TITLE = rf"\b[Tt]he (?P<title>(?:(?:[A-Z][\w-]{{0,39}}|of|on|the|and) ){{1,24}}(?:{'|'.join(GENERIC_TITLES)}))"
# Names of the NPT in a conference title.
NPT_NAMES = ("Non-Proliferation", "NPT")
MEETING = (
    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|"
    r"Fifteenth|Twentieth|\d+(?:st|nd|rd|th))(?: [A-Z][\w-]*| of| on| the| for| to){1,8} (?:Meeting|Conference|Summit|Session|Forum)"
)
CUES = {
    "of which": "composition", "including": "composition",
    "respectively": "enumeration",
    # the parts that make up a whole follow ("consisted of 12 experts: 5 … and 7 …"), not some of them
    "consists of": "consists-of", "consist of": "consists-of", "consisting of": "consists-of", "consisted of": "consists-of",
    "composed of": "consists-of", "comprises": "consists-of", "comprising": "consists-of", "comprised": "consists-of",
    "made up of": "consists-of", "of whom": "consists-of",
    # an exhaustive enumeration follows ("three working papers, namely A, B and C")
    "namely": "namely", "as follows:": "namely",
    "per capita": "per-unit", "per person": "per-unit", "per year": "per-unit", "per annum": "per-unit",
}
FUTURE = ("will be", "will", "shall", "to be", "scheduled", "planned", "expected to", "due to")
COMPLETED = ("has been", "have been", "had been", "was", "were", "has", "have")
# Right before a date: it is a deadline ("submitted by 30 June 2026"), not the day of the event.
DEADLINE_BEFORE = ("by", "before", "until")
