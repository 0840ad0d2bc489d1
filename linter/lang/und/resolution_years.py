"""When the bodies whose resolutions reports cite by number adopted them: the data behind the
periods `linter.extract.symbols.implied_period` gives a resolution or decision (SYM002, SYM003).

Security Council. Resolutions are numbered consecutively since resolution 1 (24 January 1946), so
the number of the first resolution of each year places every resolution in its year (a number
at or after FIRST[y] and before FIRST[y + 1] was adopted in y). Built from public knowledge of the
Council's resolutions (the UN Security Council resolution lists and the Dag Hammarskjöld
Library's "Security Council Voting Data", resolution 1 of 24 January 1946 to resolution 2787 of
17 July 2025, digitallibrary.un.org/record/4055387), and checked against the yearly counts the
Council's round-ups and the US State Department's voting-practices reports give (93 in 1993, 77
in 1994, 57 in 2020 and 2021, 54 in 2022, 50 in 2023), against first resolutions of a year seen in
their own texts (16 of 10 January 1947, 111 of 19 January 1956, 367 of 12 March 1975, 1093 of
14 January 1997, 1147 of 13 January 1998, 1220 of 12 January 1999, 1285 of 13 January 2000, 1387
of 15 January 2002, 1522 in 2004, 1860 of 8 January 2009, 2033 of 12 January 2012, 2398 of 30
January 2018) and against the 736 citations "N (YYYY)" of the corpus, which all agree. After the
last year listed the numbering goes on: a resolution numbered past it is of that year or later.

General Assembly. A regular session N opens in September of 1945 + N and sits, with its resumed
parts, until the next one opens in September of the year after (the first session met in 1946
alone, in London from January and in New York from October). Special sessions (S-n) met in the
year listed; emergency special sessions (ES-n) from the first year listed to the last, and the
tenth (since April 1997) and eleventh (since February 2022) are still resumed, so they have no
end (dates from the Assembly's own list of sessions, un.org/en/ga/sessions).

Economic and Social Council. Resolutions and decisions YYYY/N are those of its YYYY session: the
calendar year until the 2014 session (whose last texts, 2014/37 of 18 November 2014, came after
the 2015 session had opened); from the 2015 session (General Assembly resolution 68/1) a cycle
from late July of the year before to late July, each session opening when the last one closes:
the 2015 session opened on 21 July 2014, the 2019 session on 26 July 2018, the 2020 session on 25
July 2019, the 2021 session on 23 July 2020, the 2022 session ran from 23 July 2021 to 22 July
2022, the 2023 session from 25 July 2022 to 26 July 2023, and the 2024, 2025 and 2026 sessions
opened on 27 July 2023, 25 July 2024 and 31 July 2025 (the Council's list of its Presidents, UN
press releases), so decision 2023/201 B of 7 December 2022 is the 2023 session's and resolution
2022/19 cannot be of 22 July 2021.

Human Rights Council. Session 1 met in June 2006, sessions 2 and 3 in the autumn of 2006; since
2007 the Council holds three regular sessions a year (about March, June and September), so
session n met in 2006 + (n - 1) // 3: sessions 4-6 in 2007, 14 in 2010, 28 in 2015, 43 in 2020
(resumed in June 2020), 59 in 2025 — as the corpus's A/HRC/14, 28, 43 and 59 documents show.
"""

SC_FIRST_OF_YEAR = {
    1946: 1, 1947: 16, 1948: 38, 1949: 67, 1950: 79, 1951: 90, 1952: 97, 1953: 99, 1954: 104, 1955: 106,
    1956: 111, 1957: 122, 1958: 127, 1959: 132, 1960: 133, 1961: 161, 1962: 171, 1963: 178, 1964: 186, 1965: 200,
    1966: 220, 1967: 233, 1968: 245, 1969: 263, 1970: 276, 1971: 292, 1972: 308, 1973: 326, 1974: 345, 1975: 367,
    1976: 385, 1977: 403, 1978: 423, 1979: 444, 1980: 462, 1981: 485, 1982: 500, 1983: 529, 1984: 546, 1985: 560,
    1986: 581, 1987: 594, 1988: 607, 1989: 627, 1990: 647, 1991: 684, 1992: 726, 1993: 800, 1994: 893, 1995: 970,
    1996: 1036, 1997: 1093, 1998: 1147, 1999: 1220, 2000: 1285, 2001: 1335, 2002: 1387, 2003: 1455, 2004: 1522,
    2005: 1581, 2006: 1652, 2007: 1739, 2008: 1795, 2009: 1860, 2010: 1908, 2011: 1967, 2012: 2033, 2013: 2086,
    2014: 2133, 2015: 2196, 2016: 2260, 2017: 2337, 2018: 2398, 2019: 2452, 2020: 2504, 2021: 2561, 2022: 2618,
    2023: 2672, 2024: 2722, 2025: 2768,
}

# A regular session of the General Assembly: (month, day) from which it can adopt texts in its
# opening year, and until which its resumed parts can in the next (sessions open on a Tuesday in
# the first three weeks of September, so the old one may sit until the 20th).
GA_OPENS = (9, 1)
GA_CLOSES = (9, 20)
GA_FIRST_SESSION_YEAR = 1946
# Until its thirtieth session (1975) the Assembly numbered its resolutions consecutively with the
# session in Roman numerals after them, adopting about a hundred a session (181 (II), 377 (V),
# 1514 (XV), 2200 A (XXI), 3379 (XXX)); the Economic and Social Council, whose sessions also ran
# in Roman numerals, about thirty (663 C (XXIV), 1503 (XLVIII)). A number below this many per
# earlier session is no Assembly resolution of that session.
GA_LAST_ROMAN_SESSION = 30
GA_ROMAN_LEAST_A_SESSION = 45

# Special session n → the year it met.
GA_SPECIAL_SESSIONS = {
    1: 1947, 2: 1948, 3: 1961, 4: 1963, 5: 1967, 6: 1974, 7: 1975, 8: 1978, 9: 1978, 10: 1978,
    11: 1980, 12: 1982, 13: 1986, 14: 1986, 15: 1988, 16: 1989, 17: 1990, 18: 1990, 19: 1997, 20: 1998,
    21: 1999, 22: 1999, 23: 2000, 24: 2000, 25: 2001, 26: 2001, 27: 2002, 28: 2005, 29: 2014, 30: 2016,
    31: 2020, 32: 2021,
}

# Emergency special session n → (first year, last year); None: still resumed.
GA_EMERGENCY_SESSIONS = {
    1: (1956, 1956), 2: (1956, 1956), 3: (1958, 1958), 4: (1960, 1960), 5: (1967, 1967), 6: (1980, 1980),
    7: (1980, 1982), 8: (1981, 1981), 9: (1982, 1982), 10: (1997, None), 11: (2022, None),
}

# The Economic and Social Council's session YYYY: from this session on it runs from late July of
# YYYY - 1 to late July of YYYY; the day it opened where known (year, month, day), else it is taken
# to open on ECOSOC_OPENS of YYYY - 1 (the earliest seen) and to close by ECOSOC_CLOSES of YYYY.
ECOSOC_CYCLE_FROM = 2015
ECOSOC_OPENS = (7, 21)
ECOSOC_CLOSES = (7, 31)
ECOSOC_SESSION_OPENED = {
    2015: (2014, 7, 21), 2019: (2018, 7, 26), 2020: (2019, 7, 25), 2021: (2020, 7, 23), 2022: (2021, 7, 23),
    2023: (2022, 7, 25), 2024: (2023, 7, 27), 2025: (2024, 7, 25), 2026: (2025, 7, 31),
}

# The Human Rights Council: the year of its first session, and its regular sessions a year.
HRC_FIRST_YEAR = 2006
HRC_SESSIONS_A_YEAR = 3
