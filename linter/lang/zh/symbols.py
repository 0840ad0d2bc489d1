"""Resolutions and decisions cited by number in Chinese, the bodies that adopt them, and the
Chinese mark of a corrected reissue."""
from linter.lang.und.symbols import ANY_CITED, CITED_NUMBER, ROMAN_NUMBER, SC_NUMBER


def _list_end(words: str) -> str:
    """号 ending a citation whose word (决议, 决定) may come after a list of others:
    第822(1993)号、第853(1993)号和第884(1993)号决议."""
    return rf"号(?=(?:(?:、|和|及|以及)第[ \u00a0]?{ANY_CITED}[ \u00a0]?号)*(?P<word>{words}))"


_INSIDE = r"A-Za-z0-9/.\-(（第"  # before a citation's number when it is part of a longer figure or symbol
_NOT_IN_FIGURE = rf"(?<![{_INSIDE}])"
ATOMS = (
    rf"第[ \u00a0]?{SC_NUMBER}[ \u00a0]?{_list_end('决议')}",  # 第 1540(2004)号决议 (a 决定 so numbered is no Council's)
    rf"第[ \u00a0]?{ROMAN_NUMBER}[ \u00a0]?{_list_end('决议')}",  # 第2200 A (XXI)号决议
    rf"第[ \u00a0]?{CITED_NUMBER}[ \u00a0]?{_list_end('决议|决定')}",  # 第 78/123 号决议 · 第 52/492 号决定
    # … and without its 第: 大会S-24/2号决议, 第1540(2004)号 written 1540(2004)号决议.
    rf"{_NOT_IN_FIGURE}{SC_NUMBER}[ \u00a0]?号(?=(?P<word>决议))",
    rf"{_NOT_IN_FIGURE}{CITED_NUMBER}[ \u00a0]?号(?=(?P<word>决议|决定))",
)
PREFILTER = (
    rf"第(?=[ \u00a0]?{ANY_CITED}[ \u00a0]?号)",
    rf"[\dES](?<![{_INSIDE}][\dES])(?={ANY_CITED}[ \u00a0]?号决[议定])",
)
CITES = {"决议": "RES", "决定": "DEC"}
# The body whose resolution it is (see en): the last one named before the citation in its paragraph.
BODIES = (
    (r"人权理事会", "A/HRC"),
    (r"经济及社会理事会|经社理事会", "E"),
    (r"安全理事会|安理会", "S"),
    (r"缔约方大会|缔约国大会|缔约国会议", None),
    (r"大会", "A"),
    (r"理事会|委员会", None),
)
CORRECTED = ("更正本",)
