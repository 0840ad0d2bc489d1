"""English counts: a number or number word, up to two modifiers, a plural noun (12 States ·
five meetings). Not counts: durations (five years), references (paragraph 12 calls)."""
from linter.extract.grammar import ARABIC_NUMBER, GAP, INTEGER, LOOKAHEAD, NOT_AFTER_DIGIT, words
from linter.lang.en.numbers import SCALE_WORDS

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
# Plural nouns that measure time or proportion: "five years" is a duration, not a count of things.
NOT_COUNTED = {
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "times",
    "thirds", "quarters", "halves", "percent", "cent", "dollars", "euros", "yen", "francs", "per",
}
# Words right before a number that make it a reference, not a count: "paragraph 12 calls".
REFERENCE_WORDS = {
    "paragraph", "paragraphs", "para", "paras", "article", "articles", "resolution", "resolutions",
    "section", "chapter", "annex", "page", "pages", "no", "no.", "action", "actions", "rule", "item",
    "items", "decision", "recommendation", "recommendations", "table", "figure", "goal", "target",
    "principle", "protocol", "volume", "session", "meeting", "step", "steps", "box", "part", "level",
}
REFERENCE_WORDS |= {w.capitalize() for w in REFERENCE_WORDS}  # at a sentence start
STOP_WORDS = {
    "of", "the", "and", "to", "in", "for", "on", "at", "by", "from", "with", "per", "a", "an", "or",
    "were", "was", "is", "are", "had", "have", "has", "that", "which", "who", "as", "its", "their",
}


# Plural nouns without the plural s: "seven people".
IRREGULAR_PLURALS = ("people", "children", "women", "men", "persons", "staff", "personnel", "police", "youth", "media")
# Tens and ones joined by a hyphen are one number word: forty-five = forty + five.
COMPOUND_JOINER = "-"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"

_STOP = words(STOP_WORDS)
# A modifier, and modifiers coordinated: "442 new or ongoing humanitarian crises", "61 country,
# regional and headquarters offices".
_MODIFIER = rf"(?!(?i:{_STOP})\b)[A-Za-z][\w-]*,?{GAP}(?:(?:and|or){GAP})?"
# A figure with a scale word counts millions: "39.4 million people", "2 billion children".
_SCALE = rf"[ \u00a0](?P<scale>{words(SCALE_WORDS)})(?![\w-])"
_SCALE_AHEAD = rf"(?=[ \u00a0](?:{words(SCALE_WORDS)})(?![\w-]))"
# An ordinal's suffix, parted from its figure where PDF text spaced it: "the UPR 3 rd cycle".
_ORDINAL_SUFFIX = r"(?![ \u00a0](?:st|nd|rd|th)\b)"
_NUMBER = rf"(?P<n>{ARABIC_NUMBER}{_SCALE_AHEAD}|{INTEGER}|(?i:(?:{_TENS})-(?:{_ONES})|{words(NUMBER_WORDS)}))(?![\w.,]\w){_ORDINAL_SUFFIX}(?:{_SCALE})?"
# A plural noun, and where PDF text glued a footnote mark to it ("ten adult residents33."), its end.
_PLURAL = rf"(?:{words(IRREGULAR_PLURALS)}|(?!(?:{_STOP})\b)[A-Za-z][a-z-]*[^sui\W]s)(?:\b|(?=\d{{1,3}}(?![\w.,]\w)))"
ATOMS = (
    rf"{_NUMBER}{GAP}(?P<noun>(?:{_MODIFIER}){{0,3}}?{_PLURAL})",
    # A part of a counted whole, its noun written after it: "14 of the country teams", "six of the 16";
    # not "one of the lowest", nor the last of a list of numbers ("articles 64 and 11 of the Constitution").
    rf"(?<!\d and )(?<!\d\nand )(?<!\d, and )(?<!\d, )(?<!\d,)(?<!\d to )(?<!\))(?P<n>{INTEGER}|(?i:{words(w for w in NUMBER_WORDS if w != 'one')}))(?![\w.,]\w)(?P<noun>)"
    rf"(?=[ \u00a0]of[ \u00a0](?:the|these|those|them|whom|its|their)\b)",
    # A number whose noun is written elsewhere, after a qualifier: "more than 6,000."
    rf"(?P<n>{ARABIC_NUMBER}{_SCALE_AHEAD}|{INTEGER})(?![\w.,]\w)(?:{_SCALE})?(?=[.,;:)]|[ \u00a0](?:and|or|of them|of whom)\b|\Z)",
    # A number with a scale word whose noun is written elsewhere: "9.7 million were not yet", "(between
    # 33.9 million and 43.8 million) people".
    rf"(?P<n>{ARABIC_NUMBER}){_SCALE}",
)
# A count whose noun is left out because the list it is in gives it: the next item after a count
# ("13,633 boys, 5,242 girls, 290 sex unknown", "198 deployments through X, 70 through Y", "5 States
# signed it and 3 ratified it"), or a number after "of these …" ("Of these children, 17,500 were
# reached"). Matched at a count's end (with no figure between: "3 Amendments to articles 90, 97"
# lists articles), and over the text, each with the figure as group n.
_ELIDED = rf"(?P<n>{INTEGER})(?![\w.,]\w)(?=[ \u00a0]+(?!(?:per|percent|of)\b)[a-z]|[ \u00a0]*[);.(])"
_SP = "[ \u00a0]"
ELIDED_AFTER = (
    rf"[^,;()\n\d]{{0,80}}?(?:,{_SP}+(?:and{_SP}+|(?:up|down){_SP}from{_SP}+|(?:namely|of which|of whom|among them){_SP}+)?|{_SP}and{_SP}+|{_SP}[–—]{_SP}+(?:and{_SP}+)?){_ELIDED}"
)
ELIDED_INTRO = rf"(?<![A-Za-z])(?:[Oo]f|[Aa]mong) (?:these|those|them|whom)(?:[ \u00a0][a-z]+){{0,3}},?[ \u00a0]+{_ELIDED}"
# A footnote number left in the running text by PDF extraction: right after a sentence's end, before
# a capitalized word ("… Act. 4 The Government strives").
# The same mark alone on its line before the footnote's text ("106\nUNESCO, paras. 35 and 36").
FOOTNOTE = r"(?<=[.!?”\"’][ \n])\d{1,3} [A-Z]|(?<![^\n])\d{1,3}\n[A-Z]"
# … or at a line's end right after a name, before the sentence goes on: "… the amended Criminal
# Procedure Act 11\nintroduced new provisions" — when the document defines that footnote ("visited
# 38\nshelters" and "in 33\npreschools" are counts).
FOOTNOTE_AT_LINE_END = r"(?<=[a-z] )(?P<note>\d{1,3})(?=\n[a-z])"
NAME_BEFORE_FOOTNOTE = r"\b[A-Z][a-z]+ \Z"  # the word before the mark is a name's (Act, Convention, Code)
# A digit or a number word starting a word and followed by a Latin word (or, for a number after a
# qualifier, by a clause's end). One leading character class (digits and the number words'
# initials) lets `re` skip ahead; the atoms decide exactly.
_INITIALS = "".join(sorted({w[0] for w in NUMBER_WORDS} | {w[0].upper() for w in NUMBER_WORDS}))
_RESTS = "|".join(sorted({w[1:] for w in NUMBER_WORDS}, key=len, reverse=True))
PREFILTER = (
    rf"[\d{_INITIALS}](?<![\w.,$€£¥/\-][\d{_INITIALS}]){NOT_AFTER_DIGIT}"
    rf"(?:(?<=\d)(?=[\d,. \u00a0\u202f\u2009]{{0,{LOOKAHEAD}}}(?:[ \u00a0\n][A-Za-z]|[.,;:)]|\Z))|(?<=[{_INITIALS}])(?=(?:{_RESTS})[-\w]*[ \u00a0\n][A-Za-z]))"
)
