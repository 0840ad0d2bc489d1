"""Resolutions and decisions cited by number in Chinese, the bodies that adopt them, and the
Chinese mark of a corrected reissue."""
from linter.lang.und.symbols import CITED_NUMBER, YEAR

ATOMS = (
    rf"第[ \u00a0]?(?P<res_number>\d{{1,4}})[ \u00a0]?\((?P<res_year>{YEAR})\)[ \u00a0]?号(?=决议)",  # 第 1540(2004)号决议
    rf"第[ \u00a0]?{CITED_NUMBER}[ \u00a0]?号(?=(?P<word>决议|决定))",  # 第 78/123 号决议 · 第 52/492 号决定
)
PREFILTER = (r"第(?=[ \u00a0]?(?:E?S-)?\d{1,4}[ \u00a0]?(?:\(\d{4}\)|/\d)[^号\n]{0,8}号决[议定])",)
CITES = {"决议": "RES", "决定": "DEC"}
# The body whose resolution it is (see en): the last one named before the citation in its paragraph.
BODIES = (
    (r"人权理事会", "A/HRC"),
    (r"经济及社会理事会|经社理事会", "E"),
    (r"安全理事会|安理会", None),
    (r"缔约方大会|缔约国大会|缔约国会议", None),
    (r"大会", "A"),
    (r"理事会|委员会", None),
)
CORRECTED = ("更正本",)
