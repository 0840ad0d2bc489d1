"""Resolutions cited by number in Chinese, and the Chinese mark of a corrected reissue."""
from linter.lang.und.symbols import SESSION, YEAR

ATOMS = (
    rf"第[ \u00a0]?(?P<res_number>\d{{1,4}})[ \u00a0]?\((?P<res_year>{YEAR})\)[ \u00a0]?号(?=决议)",  # 第 1540(2004)号决议
    rf"第[ \u00a0]?(?P<session>{SESSION})/(?P<res_number>\d{{1,4}})[ \u00a0]?号(?=决议)",  # 第 78/123 号决议 (号决定 is a decision)
)
PREFILTER = (r"第(?=[ \u00a0]?\d{1,4}[ \u00a0]?(?:\(\d{4}\)|/\d)[^号\n]{0,4}号决议)",)
CORRECTED = ("更正本",)
# Text right before "第 78/123 号决议" that attributes it to the General Assembly.
GENERAL_ASSEMBLY_BEFORE = (r"大会[^，。；理事]{0,30}",)
