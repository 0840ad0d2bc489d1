"""Language data for finding damaged and foreign text (linter.damage): the phrases of licence
and publisher notices, the words that make a run of spaced digits a figure, page labels, the
shapes of UN printing job numbers and the fragments a Word binary leaves in text.

Tables are keyed by language; every table is searched whatever the document's language,
because a Chinese report may carry an English notice and the reverse.
"""
from __future__ import annotations

# Phrases that only occur in licence, copyright, reproduction-rights and recycling notices, as
# publishers and scrapers append them, in their usual case (the first letter may be either).
# Phrases that body text also uses ("Creative Commons licences", "reproductive rights", 著作权法)
# are left out on purpose.
NOTICE_PHRASES: dict[str, tuple[str, ...]] = {
    "*": ("creativecommons.org/licenses/", "creativecommons.org/publicdomain/"),
    "en": (
        "licensed under a Creative Commons",
        "licensed under the Creative Commons",
        "available under a Creative Commons",
        "available under the Creative Commons",
        "Creative Commons license created for intergovernmental organizations",
        "Creative Commons Attribution",
        "Licence: CC BY",
        "License: CC BY",
        "This publication may be reproduced",
        "This work is in the public domain",
        "All rights reserved",
        "ALL RIGHTS RESERVED",
        "Please recycle",
    ),
    "zh": (
        "本作品不适用于该法",  # Wikisource's notice for PRC official documents (著作权法 第五条)
        "本作品在中国大陆和其他地区属于公有领域",
        "本作品在全世界都属于公有领域",
        "采用知识共享",
        "知识共享署名",
        "版权所有，翻印必究",
        "版权所有，不得转载",
    ),
}
# Words right after a run of spaced single digits that make it a figure a converter spread
# out ("7 4 7 7 2 亿元", "2 0 2 0 年", "4 5 per cent"); currencies and scale words come from
# linter.extract.lang, these are the others.
FIGURE_WORDS_AFTER: dict[str, tuple[str, ...]] = {
    "*": ("%", "％"),
    "en": ("per cent", "percent"),
    "zh": ("年", "月", "日"),
}

# Page labels around a page number in running headers and footers ("Page 2", "第 2 页").
PAGE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("Page", "page", "p."),
    "zh": ("第",),
}
PAGE_WORDS_AFTER: dict[str, tuple[str, ...]] = {
    "zh": ("页",),
}

# UN printing job numbers and their barcodes (regular expressions): GE.14-23930 (E),
# GE.25-02819 (E) 210325 210325, 19-08178 (E) 280519 *1908178*, 17-23341* (E) 150118 281217,
# V.19-01234 (E); a Geneva footer without the language letter (GE.12-17781); the barcode
# line *1413493*; OPCW's CS-2019-1234(E) distributed 12/03/2019 and *CS-2019-1234.E*.
JOB_NUMBERS: tuple[str, ...] = (
    r"(?:(?:GE|V|N)\.)?\d{2}-\d{5}\*?[ \t]*\([A-Z]\)(?:[ \t]+\d{6}){0,2}(?:[ \t]+\*\d{7}\*)?",
    r"(?:GE|V)\.\d{2}-\d{5}\*?",
    r"\*\d{7}\*",
    r"CS-\d{4}-\d{4,5}\([A-Z]\)(?:[ \t]+(?:distributed|distribuido|distribué)[ \t]+\d{2}/\d{2}/\d{4})?",
    r"\*CS-\d{4}-\d{4,5}\.[A-Z]\*",
)

# Fragments of a Word 97–2003 binary (OLE stream names, the file magic read as Windows-1252,
# template and format names) that show up where a .doc was saved or converted as text.
WORD_BINARY_MARKERS: tuple[str, ...] = (
    "bjbj", "ÐÏà¡±á", "Root Entry", "WordDocument", "SummaryInformation", "DocumentSummaryInformation",
    "CompObj", "MSWordDoc", "Word.Document.8", "Normal.dot", "Microsoft Word 97",
)


def merged(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every language's entries of a table, longest first (for regex alternation)."""
    return tuple(sorted({w for words in table.values() for w in words}, key=len, reverse=True))
