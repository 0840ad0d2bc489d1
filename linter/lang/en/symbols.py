"""Resolutions and decisions cited by number in English, the bodies that adopt them, and the
English mark of a corrected reissue."""
from linter.lang.und.symbols import ANY_CITED, CITED_NUMBER, ROMAN_NUMBER, SC_NUMBER

_RESOLUTION = r"(?:[Rr]esolution|RESOLUTION)"  # in a heading, in capitals
_DECISION = r"(?:[Dd]ecision|DECISION)"
_GAP = r"(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*)"  # a space, or a line break where PDF text wraps
ATOMS = (
    rf"{_RESOLUTION}{_GAP}{SC_NUMBER}",  # resolution 1540 (2004)
    rf"{_RESOLUTION}{_GAP}{ROMAN_NUMBER}",  # resolution 2200 A (XXI)
    rf"(?P<word>{_RESOLUTION}|{_DECISION}){_GAP}{CITED_NUMBER}",  # resolution 78/123 · decision 52/492 · Resolution S-10/2
)
PREFILTER = (rf"[RrDd](?<![A-Za-z][RrDd])(?:esolution|ecision|ESOLUTION|ECISION){_GAP}(?={ANY_CITED})",)
# The word of a citation → what it cites (RES or DEC), singular and plural; after a plural each item
# of the list is cited by its number alone: "resolutions 50/70 P of 12 December 1995, 51/45 O … and 79/50".
CITES = {"resolution": "RES", "decision": "DEC"}
LISTS = {"resolutions": "RES", "decisions": "DEC"}
# Between the items of such a list: an optional date ("of 12 December 1995") and subject ("of 2
# December 2008 on the Convention on Cluster Munitions"), then a comma or "and".
LIST_DATE = (r"[ \u00a0\n]+of[ \u00a0\n]+[^,;()\n]{1,30}?(?:[ \u00a0\n]+on[ \u00a0\n]+[^,;()\n]{1,80}?)?",)
LIST_SEPARATOR = (r",[ \u00a0\n]+(?:and[ \u00a0\n]+)?", r"[ \u00a0\n]+and[ \u00a0\n]+")
# The body whose resolution it is: the last body named before the citation in its paragraph that
# numbers so (its series root, und NUMBERING; None for a body whose resolutions have no symbol of
# these forms, or a generic name — "the Council" — that no fuller name before it ends with); none
# named: the General Assembly for "resolution 78/123", the Council for "resolution 2019/12".
# Names are plain words: a space also matches a line break, and each is also read in capitals.
BODIES = (
    (r"Human Rights Council", "A/HRC"),
    (r"Economic and Social Council", "E"),
    (r"Security Council", "S"),
    (r"General Assembly|Assembly", "A"),
    (r"Council|Commission|Committee|Board|Conference of the Parties|Meeting of the Parties", None),
)
CORRECTED = ("Corrected",)
