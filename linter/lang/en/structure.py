"""English structure marks (linter.structure): item words, titles in quotes, the masthead,
conference names, month names that follow a day, abbreviations that do not end a sentence.

Words are plain text, the other tables regular-expression fragments (see und)."""

# A numbered item may be introduced by its word ("Action 12").
ITEM_WORDS = ("Action",)
# What after a line's leading number makes it a day of a date, not an item number ("7 October 2020").
# The month names repeat the dates tables until those live in a dates family.
ITEM_UNITS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",)
# Titles of instruments in curly quotes, one group for the inner text.
TITLES = (r"“([^“”\n]{3,120})”",)
# The masthead's distribution line and original-language label (group: the language). UN
# mastheads print them in English in other languages' reports too (see DEFAULT_FALLBACK).
DISTRIBUTION = (r"Distr\.?[:：]?[ \t]*(?:General|Limited|Restricted)",)
ORIGINAL = (r"Original[:：]",)
CONFERENCE = (r"Review Conference", r"Conference of the (?:States )?Parties", r"Meeting of (?:the )?States Parties")
ABBREVIATIONS = (
    "No", "Nos", "Mr", "Mrs", "Ms", "Dr", "Art", "para", "paras", "e.g", "i.e", "Vol", "Rev", "Add", "Corr", "St",
    "U.S", "U.N", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "approx", "cf", "Distr", "Co", "Inc", "Ltd",
)
