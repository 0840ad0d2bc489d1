"""Document symbols in their own (language-neutral) grammar: series, components, the Security
Council's S/RES form and IAEA safety standards (domain.md §1)."""
import re

# Longer prefixes first; GC(nn), EC-nn, C-nn and WHO's EBnnn (Executive Board) and WHAnn (World Health
# Assembly) carry a session in the series itself.
SERIES = (
    "CTBT-Art.XIV", "CTBT", "INFCIRC", "CEDAW", "CERD", "CRPD", "CCPR", "FCCC", "APLC", "NPT", "CCW", "BWC",
    "ATT", "HRI", "CRC", "CAT", "CED", "GOV", "UNEP", "ISBA", "SPLOS", "ICCD", "CTOC", "CAC", "ECE", "JIU", "UNW",
    "CD", "ST", "TD", "DP", "A", "S", "E",
)
SERIES_PATTERN = r"(?:GC\((?:\d{1,2}|SPL\.\d{1,2})\)|EC-\d{1,3}|C-\d{1,2}|RC-\d|EB\d{2,3}|WHA\d{2}|" + "|".join(re.escape(s) for s in SERIES) + r")"
YEAR = r"(?:19|20)\d\d"
SESSION = r"\d{1,3}"
# A resolution or decision cited by session and number: 78/123, S-10/2 (a special session),
# ES-10/2 (an emergency special session), with a letter when one text adopted several (49/75 E);
# or by year and number, as the Economic and Social Council numbers its own (NUMBERING).
CITED_NUMBER = r"(?P<session>(?:E?S-)?\d{1,3}|(?:19|20)\d\d)/(?P<res_number>\d{1,4})(?!\d)(?:[ \u00a0]?(?P<letter>[A-Z]{1,2})(?![A-Za-z0-9/]))?"
# The Security Council's: number and year, 1540 (2004); Chinese text may write the brackets full
# width, 第1244（1999）号.
SC_NUMBER = rf"(?P<res_number>\d{{1,4}})[ \u00a0]?[(（](?P<res_year>{YEAR})[)）]"
# Before 1976 the General Assembly (and the Economic and Social Council) put the session in Roman
# numerals after a running number: 181 (II), 2200 A (XXI), 3201 (S-VI) of a special session.
ROMAN_NUMBER = r"(?P<res_number>\d{1,4})(?:[ \u00a0]?(?P<letter>[A-Z])(?![A-Za-z]))?[ \u00a0]?[(（](?P<roman>(?:E?S-)?[IVXL]{1,7})[)）]"
# The forms an item of a list of citations takes, tried in this order.
CITED_FORMS = (SC_NUMBER, ROMAN_NUMBER, CITED_NUMBER)
# Any of them, without groups: to look ahead over a list.
ANY_CITED = r"(?:\d{1,4}[ \u00a0]?[(（](?:(?:19|20)\d\d|(?:E?S-)?[IVXL]{1,7})[)）]|\d{1,4}[ \u00a0]?[A-Z][ \u00a0]?[(（](?:E?S-)?[IVXL]{1,7}[)）]|(?:(?:E?S-)?\d{1,4})/\d{1,4}(?:[ \u00a0]?[A-Z]{1,2})?)"
# How each body numbers the resolutions a report cites by number alone: by session (78/123), by
# year (E/RES/2019/12), with a Roman session before 1976 (181 (II)); the Security Council by none
# of these (1540 (2004) is its own form). A body named before a citation numbered otherwise is not
# its body. When none is named, the first body numbering so (NUMBERING order) is.
NUMBERING = {"A": ("session", "roman"), "A/HRC": ("session",), "E": ("year", "roman"), "S": ()}
# Where a clause ends: a body named before it and numbering otherwise is another clause's subject
# ("General Assembly resolution 77/126 of 12 December 2022,\nRecalling also its resolution 2022/22";
# 回顾大会…第77/126号决议，\n又回顾其…第2022/22号决议).
CLAUSE_END = r"[.;。；]|[,，][ \u00a0]*\n"
# A title in quotes: a body named inside it ("the report of the Special Committee on the Charter")
# is not the body whose resolution the text cites.
QUOTED = r"《[^《》\n]*》|“[^“”\n]*”|「[^「」\n]*」"
# Bounds from the symbol grammar (domain.md §1.1, §1.4): a component is a short word or number —
# CONF.2020, PC.III, WP.26, a session (1–3 digits), a year (4), a running number (S/26757) — the
# longest seen being the ATT's "Conf.FinRep.Rev1" (16 characters); the longest symbol has eight
# ("E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1"). A longer piece is no symbol, nor is any part of it.
MAX_COMPONENT_CHARS = 16
MAX_COMPONENTS = 10
COMPONENT = rf"[A-Za-z0-9][A-Za-z0-9.\-]{{0,{MAX_COMPONENT_CHARS - 1}}}(?:\([A-Za-z0-9.]{{1,{MAX_COMPONENT_CHARS}}}\))?"
SYMBOL = rf"(?P<series>{SERIES_PATTERN})(?P<parts>(?:/{COMPONENT}){{1,{MAX_COMPONENTS}}})(?![A-Za-z0-9.\-]|/[A-Za-z0-9])"

# A part or volume of a document issued in several, and its own corrigenda: NPT/CONF.1995/32 (Part I),
# NPT/CONF.1995/32 (Part I)/Corr.2, NPT/CONF.2000/28 (Parts I and II), NPT/CONF.2010/50 (Vol. III).
VOLUME = r"[ \u00a0]?\((?:Parts? [IVX]{1,4}(?: and [IVX]{1,4})?|Vol\. [IVX]{1,4})\)(?:/(?:Corr|Add|Rev)\.\d{1,2})*"

# Citation forms, one regex each with named groups (series/parts, res_number/res_year, session, iaea).
# Tried in order at a position: S/RES/1540 (2004) before the bare symbol S/RES/1540.
ATOMS = (
    rf"S/RES/(?P<res_number>\d{{1,4}})[ \u00a0]?\((?P<res_year>{YEAR})\)",  # S/RES/1540 (2004)
    r"(?P<iaea>(?:SSR|GSR|SSG|GSG)-\d{1,3})(?!\d)",  # SSR-6
    SYMBOL,
    # A resolution's own number heading its title, in any language: "80/24. Nuclear disarmament".
    r"(?<![^\n])(?P<session>\d{1,3})/(?P<res_number>\d{1,4})(?=\.[ \u00a0]\S)",
)
# Where a citation can start (each branch begins with a literal or a class, so `re` skips ahead).
PREFILTER = (
    rf"[A-Z](?<![A-Za-z0-9_/.\-][A-Z])[A-Za-z0-9.\-]{{0,{MAX_COMPONENT_CHARS}}}(?:\([\w.]{{1,{MAX_COMPONENT_CHARS}}}\))?/",
    r"[GS](?<![A-Za-z0-9_-][GS])S[RG]-\d",
    r"\d(?<![^\n]\d)(?=\d{0,2}/\d{1,4}\.[ \u00a0]\S)",
)
