"""English event words and cues (linter.extract.events)."""

# Trigger word → event kind. Written in the past, a trigger tells that the event has happened,
# unless a future marker says otherwise.
COMPLETED_TRIGGERS = {
    "signed": "signature", "ratified": "ratification", "acceded": "accession",
    "accepted": "acceptance", "approved": "approval", "joined": "accession",
    "became a party to": "accession", "became party to": "accession", "became a State party to": "accession",
    "deposited its instrument of ratification": "ratification", "deposited its instrument of accession": "accession",
    "deposited its instrument of acceptance": "acceptance", "deposited its instrument of approval": "approval",
    "entered into force": "entry-into-force", "came into force": "entry-into-force",
    # for one State party, a day of its own: "entered into force for Japan on 8 June 1976"
    "entered into force for": "entry-into-force-for-state", "came into force for": "entry-into-force-for-state",
    "opened for signature": "opening-for-signature", "open for signature": "opening-for-signature",
    "adopted": "adoption", "held": "meeting", "convened": "meeting", "took place": "meeting",
    "submitted": "submission", "visited": "visit", "hosted": "hosting",
    "established": "establishment", "set up": "establishment", "launched": "launch", "concluded": "conclusion",
    "took effect": "entry-into-effect", "came into effect": "entry-into-effect", "enacted": "adoption", "amended": "amendment",
    "published": "publication", "issued": "publication", "released": "publication", "organized": "organization",
    "organised": "organization", "completed": "completion", "conducted": "action", "carried out": "action",
    "delivered a statement": "speech", "addressed": "speech",
}
TRIGGERS = {
    **COMPLETED_TRIGGERS,
    "signature": "signature", "signing": "signature", "ratification": "ratification", "accession": "accession",
    "acceptance": "acceptance",
    "entry into force": "entry-into-force", "entry into force for": "entry-into-force-for-state",
    "opening for signature": "opening-for-signature", "adoption": "adoption", "submission": "submission",
}
# Where an event's date is written, and how far from its trigger: after it ("signed … on 12 March
# 1998"), else before it ("On 12 March 1998, … signed").
DATE_REACH = (("after", 60), ("before", 30))
# Right before a date after its trigger, what makes it the event's: "signed … on 12 March 1998",
# "held in August 2022", "from 21 to 23 June"; not "adopted the Action Plan … 2014–2021".
DATE_WORDS_AFTER = ("on", "in", "at", "from", "between", "during", "since", "of", "dated", "until", "as at", "as of")
# "signed by the Grand Duke" promulgates a law; "signed into law" too.
NOT_TRIGGER_AFTER = (" by the", " into law")
# Instrument words: a title ending in one names an instrument; one alone ("the Treaty") names none.
GENERIC_TITLES = ("Treaty", "Convention", "Covenant", "Protocol", "Agreement", "Amendment", "Charter", "Statute")
_INSTRUMENTS = "|".join(("Act", *GENERIC_TITLES, "Law"))
# An instrument named again by its instrument word alone ("the Convention, which Japan joined in
# 1996"): it stands for the last full title before it of that kind (linter.extract.mentions). Not
# the start of a full title ("the Treaty on the Non-Proliferation …").
GENERIC_MENTION = (
    rf"(?<![A-Za-z])(?:[Tt]he|[Tt]his|[Tt]hat|said|[Ii]ts) (?P<head>{'|'.join(GENERIC_TITLES)})"
    r"(?![\w-]| (?:on|of|for|against|to|between|concerning|relating|banning|[A-Z]))"
)
# A short form defined right after a full title: "… Treaty (CTBT)", "(hereinafter "the NPT")".
ACRONYM = r"[ \u00a0]*\((?:hereinafter[ \u00a0](?:referred to as[ \u00a0])?)?[\"“]?(?:the )?(?P<short>[A-Z][A-Za-z0-9-]{1,11})[\"”]?\)"
# What kind of instrument a title names (regex fragments) ("Act on …", "… Convention"): the group that matches.
INSTRUMENT_KIND = (rf"^(?:the )?({_INSTRUMENTS})\b|\b({_INSTRUMENTS})$",)
# An instrument named without quotes, its instrument word last, first or between: "the
# Comprehensive Nuclear-Test-Ban Treaty", "the Convention on Nuclear Safety", "the UN Convention on
# the Rights of Persons with Disabilities", ending at a capitalized word. Bounded (the longest title
# in the corpus has 18 words); each word followed by exactly one space or line break (PDF text wraps
# inside titles: "the\nIstanbul Convention"), so that "the AAAA…" cannot be cut into words in 2^n ways.
_CONNECTIVES = "on|of|for|against|to|between|concerning|relating|banning|with|the|and|or|in|an?"
_CAPITALIZED = r"(?:\s[A-Z][\w-]{0,39}){1,7}"
INSTRUMENT_TITLE = (
    rf"\b[Tt]he\s(?P<title>(?:(?:[A-Z][\w-]{{0,39}}|of|on|the|and)\s){{0,24}}(?:{'|'.join(GENERIC_TITLES)})(?![\w-])"
    rf"(?:(?:\s(?:{_CONNECTIVES})){{1,3}}{_CAPITALIZED}(?:,{_CAPITALIZED})*){{0,8}})"
)
# Names of the NPT in a conference title.
NPT_NAMES = ("Non-Proliferation", "NPT")
# A meeting named by its ordinal, its kind and the body or series it belongs to: "the Ninth
# Ministerial Meeting", "the ninth Review Conference of the Parties to the Treaty on the
# Non-Proliferation of Nuclear Weapons", "the twenty-seventh session of the Conference of the
# Parties", "The nineteenth meeting of the Task Force", "the 24th Summit".
_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_TEENS = "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ORDINAL = rf"(?i:(?:{_TENS})[-\u2011](?:{_UNITS})|{_TEENS}|{_UNITS}|(?:twentie|thirtie|fortie|fiftie|sixtie|seventie|eightie|ninetie)th|\d+(?:st|nd|rd|th))"
_NAME_WORD = r"[A-Z][\w\u2011-]*"
_CONNECTIVE = r"(?:of|on|the|for|to|and|or|in)"
MEETING = (
    rf"(?<![\w-]){_ORDINAL}(?: {_NAME_WORD}| of| on| the| for| to){{0,8}} (?i:meeting|conference|summit|session|forum)(?![\w-])"
    rf"(?: (?:of|to|for|on) (?:the )?{_NAME_WORD}(?:(?: {_CONNECTIVE})* {_NAME_WORD}){{0,14}})?"
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
    "per day": "per-unit", "a day": "per-unit", "per month": "per-unit", "a month": "per-unit", "per hour": "per-unit",
    "per tonne": "per-unit", "per ton": "per-unit", "per household": "per-unit", "per child": "per-unit", "per head": "per-unit",
    "per unit": "per-unit", "per dose": "per-unit", "price of": "per-unit", "priced at": "per-unit", "costs": "per-unit",
}
# Right before a trigger: the event is an aim, dated by no day ("promote the early entry into force").
GOAL_BEFORE = (
    "promote", "promotes", "promoting", "promotion of", "early", "earliest", "importance of", "towards", "toward",
    "pending", "facilitate", "facilitating", "achieve", "achieving", "bring about", "universal", "universalization of",
    "calls for", "called for", "urge", "urged", "urges", "encourage", "encouraged", "encourages",
)
FUTURE = ("will be", "will", "shall", "to be", "scheduled", "planned", "expected to", "due to",
          "decided to", "decides to", "decision to", "agreed to", "agree to", "proposed to", "proposal to", "proposes to")
COMPLETED = ("has been", "have been", "had been", "was", "were", "has", "have")
# Right before a date: it is a deadline ("submitted by 30 June 2026"), not the day of the event.
DEADLINE_BEFORE = ("by", "before", "until")
