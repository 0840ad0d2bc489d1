"""Dates no language owns: ISO 8601 calendar dates (2020-10-07), and the atoms every pack's date
grammar is written with. Group names, shared by every pack: y (year), m (month number), mname
(month name, looked up in MONTHS), d (day)."""
from linter.extract.grammar import GROUP_SPACE

SP = f"{GROUP_SPACE}?"  # optional inline space inside a date: "2020 年" and "2020年"
YEAR = r"(?:1[89]|20)\d\d(?!\d)"

POINTS = (rf"(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)",)
# Where an ISO date may start: a year's first digit not inside a word, a path or a figure.
PREFILTER = r"[12](?<![\w./\-][12])(?=\d{3}-[01]\d-[0-3]\d(?!\d))"
FORMS = ("point",)
