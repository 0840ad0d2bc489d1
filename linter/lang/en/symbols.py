"""Resolutions cited by number in English, and the English mark of a corrected reissue."""
from linter.lang.und.symbols import SESSION, YEAR

ATOMS = (
    rf"[Rr]esolution[ \u00a0]+(?P<res_number>\d{{1,4}})[ \u00a0]?\((?P<res_year>{YEAR})\)",  # resolution 1540 (2004)
    rf"[Rr]esolution[ \u00a0]+(?P<session>{SESSION})/(?P<res_number>\d{{1,4}})(?!\d)",  # resolution 78/123
)
PREFILTER = (r"[Rr](?<![A-Za-z][Rr])esolution (?=\d)",)
CORRECTED = ("Corrected",)
# Text right before "resolution 78/123" that attributes it to the General Assembly.
GENERAL_ASSEMBLY_BEFORE = (r"General Assembly(?:'s)?(?: in its)?\s*",)
