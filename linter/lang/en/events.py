"""English event words and cues (linter.extract.events)."""

TRIGGERS = {
    "signed": "signature", "signature": "signature", "signing": "signature",
    "ratified": "ratification", "ratification": "ratification",
    "acceded": "accession", "accession": "accession",
    "entered into force": "entry-into-force", "entry into force": "entry-into-force",
    "adopted": "adoption", "adoption": "adoption",
    "held": "meeting", "convened": "meeting", "took place": "meeting",
    "submitted": "submission", "submission": "submission",
    "visited": "visit",
    "hosted": "hosting",
    "delivered a statement": "speech", "addressed": "speech",
}
# "signed by the Grand Duke" promulgates a law; "signed into law" too.
NOT_TRIGGER_AFTER = (" by the", " into law")
MEETING = (
    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|"
    r"Fifteenth|Twentieth|\d+(?:st|nd|rd|th))(?: [A-Z][\w-]*| of| on| the| for| to){1,8} (?:Meeting|Conference|Summit|Session|Forum)"
)
CUES = {
    "of which": "composition", "of whom": "composition", "including": "composition",
    "respectively": "enumeration",
    "per capita": "per-unit", "per person": "per-unit", "per year": "per-unit", "per annum": "per-unit",
}
FUTURE = ("will be", "will", "shall", "is to be", "are to be", "scheduled", "planned", "expected to", "due to")
COMPLETED = ("has been", "have been", "had been", "was", "were", "has", "have")
