"""Language data as tables: adding a month name is a one-line change here.

Currencies, scale words, numerals, qualifiers and units live in the language packs
(`linter.lang.<code>`: `money`, `numbers`, `measures`).
"""
from __future__ import annotations

# ---------------------------------------------------------------- dates
MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8,
    "Sept.": 9, "Sep.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12,
}
ZH_RANGE_CONNECTORS = ("至", "到", "—", "–", "-", "～", "~", "－")
EN_RANGE_DASHES = ("–", "—", "-", "‒")
SINCE_AFTER_ZH = ("以来", "起")
SINCE_BEFORE_EN = ("since",)
AS_OF_BEFORE = ("截至", "截止", "截止到", "as of", "as at", "As of", "As at")
# Phrases before a date that make it a plan, not a completed event.
FUTURE_MARKERS_ZH = ("将于", "将在", "将", "拟于", "拟", "计划于", "计划", "预计", "定于", "之前", "前")
FUTURE_MARKERS_EN = ("will", "to be held", "scheduled", "planned", "expected", "due", "by", "until", "before", "upcoming", "next")

# ---------------------------------------------------------------- counts
ZH_CLASSIFIERS = ("名", "个", "次", "批", "份", "项", "类", "位", "家", "座", "届", "支", "场", "個", "項", "類", "屆", "場")
# Words that end the counted noun: 17 名专家组成 → 专家 (Traditional forms included).
ZH_NOUN_STOPS = ("组成", "參加", "参加", "前往", "被", "在", "于", "於", "向", "和", "及", "与", "與", "或", "、", "已", "将", "將", "組成")
EN_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
# Plural nouns that measure time or proportion: "five years" is a duration, not a count of things.
EN_NOT_COUNTED = {
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "times",
    "thirds", "quarters", "halves", "percent", "cent", "dollars", "euros", "yen", "francs", "per",
}
# Words right before a number that make it a reference, not a count: "paragraph 12 calls".
EN_REFERENCE_WORDS = {
    "paragraph", "paragraphs", "para", "paras", "article", "articles", "resolution", "resolutions",
    "section", "chapter", "annex", "page", "pages", "no", "no.", "action", "actions", "rule", "item",
    "items", "decision", "recommendation", "recommendations", "table", "figure", "goal", "target",
    "principle", "protocol", "volume", "session", "meeting", "step", "steps", "box", "part", "level",
}
EN_STOP_WORDS = {
    "of", "the", "and", "to", "in", "for", "on", "at", "by", "from", "with", "per", "a", "an", "or",
    "were", "was", "is", "are", "had", "have", "has", "that", "which", "who", "as", "its", "their",
}
