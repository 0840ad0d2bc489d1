"""Damaged and foreign text that no language owns (linter.damage): licence addresses, the
shapes of UN printing job numbers and the fragments a Word binary leaves in text."""

# Phrases that only occur in licence notices, whatever the language around them.
NOTICE_PHRASES = ("creativecommons.org/licenses/", "creativecommons.org/publicdomain/")

# Right after a run of spaced single digits, these make it a figure ("4 5 %").
FIGURE_WORDS_AFTER = ("%", "％")

# The bullets and numbers of the list a notice introduces with a colon ("(a)", "（1）", "- ").
LIST_MARKERS = (r"[（(][0-9a-z]{1,3}[）)]", r"[-•·*][ \t]")

# UN printing job numbers and their barcodes (regular expressions): GE.14-23930 (E),
# GE.25-02819 (E) 210325 210325, 19-08178 (E) 280519 *1908178*, 17-23341* (E) 150118 281217,
# V.19-01234 (E); a Geneva footer without the language letter (GE.12-17781); the barcode
# line *1413493*; OPCW's CS-2019-1234(E) distributed 12/03/2019 and *CS-2019-1234.E*, its
# "distributed" in the footer's language.
JOB_NUMBERS = (
    r"(?:(?:GE|V|N)\.)?\d{2}-\d{5}\*?[ \t]*\([A-Z]\)(?:[ \t]+\d{6}){0,2}(?:[ \t]+\*\d{7}\*)?",
    r"(?:GE|V)\.\d{2}-\d{5}\*?",
    r"\*\d{7}\*",
    r"CS-\d{4}-\d{4,5}\([A-Z]\)(?:[ \t]+(?:distributed|distribuido|distribué)[ \t]+\d{2}/\d{2}/\d{4})?",
    r"\*CS-\d{4}-\d{4,5}\.[A-Z]\*",
)

# Fragments of a Word 97–2003 binary (OLE stream names, the file magic read as Windows-1252,
# template and format names) that show up where a .doc was saved or converted as text.
WORD_BINARY_MARKERS = (
    "bjbj", "ÐÏà¡±á", "Root Entry", "WordDocument", "SummaryInformation", "DocumentSummaryInformation",
    "CompObj", "MSWordDoc", "Word.Document.8", "Normal.dot", "Microsoft Word 97",
)
