"""Dates no language owns: ISO 8601 calendar dates (2020-10-07), and the atoms every pack's date
grammar is written with. Group names, shared by every pack: y (year), m (month number), mname
(month name, looked up in MONTHS), d (day)."""
from linter.extract.grammar import GROUP_SPACE

SP = rf"(?:{GROUP_SPACE}|\r?\n)?"  # optional space inside a date: "2020 年", "2020年", and a line break where PDF text wraps ("19 December\n2014")
YEAR = r"(?:1[89]|20)\d\d(?!\d)"

POINTS = (rf"(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)",)
# Where an ISO date may start: a year's first digit not inside a word, a path or a figure.
PREFILTER = r"[12](?<![\w./\-][12])(?=\d{3}-[01]\d-[0-3]\d(?!\d))"
FORMS = ("point",)
# A year with a footnote number glued to it by PDF extraction: "… Destruction of 19721 and …" is
# 1972 and footnote 1 — read so only when the document defines that footnote (structure
# FOOTNOTE_DEFINITIONS).
GLUED_FOOTNOTE = rf"(?<![\w.,/\-])(?P<y>(?:1[89]|20)\d\d)\.?(?P<note>[1-9]\d?)(?![\w/\-]|[.,]\d)"  # of 19721, in 2018.29
# Two years whose dash PDF extraction lost: "the Periodic Plan 20242025" is 2024–2025 (the second
# later than the first by at most MAX_GLUED_SPAN years, or it is some other number).
GLUED_RANGE = r"(?<![\w.,/\-])(?P<y>(?:1[89]|20)\d\d)(?P<y2>(?:1[89]|20)\d\d)(?![\w.,/\-])"
MAX_GLUED_SPAN = 10
# … and the end of a range it closes: "2014–\n201815" is 2014–2018 and footnote 15.
GLUED_RANGE_START = r"(?P<y>(?:1[89]|20)\d\d)[ \u00a0]?[–—‒−-][ \u00a0\n]?\Z"
