"""Structure marks no language owns (linter.structure): Markdown, bullets, the Roman numerals and
capital letters of UN section headings, sentence ends.

Tables are merged over the document's packs (linter.lang.merged). Marks (separators, bullets,
sentence ends) and words are plain text; the other tables are regular-expression fragments."""

# Whole heading lines: a Markdown heading.
HEADING_LINES = (r"#{1,6}[ \t]+.*",)
# The numbers of numbered headings ("II. Recommendations", "A. Background") and what follows them.
HEADING_NUMBERS = (r"[IVXL]+", r"[A-H]")
HEADING_SEPARATORS = (".",)
# Markdown bullets that may stand before a heading or a numbered item.
MARKDOWN_BULLETS = ("-", "*")
# List items: a bullet, or a letter or number in parentheses ("(a)", "(12)").
LIST_BULLETS = ("-", "*", "•", "·", "→")
LIST_NUMBERS = (r"\([a-z0-9]{1,3}\)",)
# What after a line's leading number makes it a percentage, not an item number ("5 % of …").
ITEM_UNITS = ("[%％]",)
# Titles of instruments in Markdown emphasis: *…* and _…_, one group each for the inner text.
TITLES = (
    r"\*(?<![*\w]\*)([^*\n]{3,120})\*(?![*\w])",
    r"_(?<![_\w]_)([^_\n]{3,120})_(?![_\w])",
)
# Sentence ends, of every script: a Chinese sentence quoted in an English report still ends at
# 。. A full stop ends a sentence only before a space or the end, and not after an abbreviation
# or an initial.
SENTENCE_ENDS = ("。", "！", "？", "!", "?")
FULL_STOPS = (".",)

# A footnote's definition: "[^1]: …" in Markdown, "1 United Nations …" at a line start in PDF text,
# or the number alone on its line right above its note ("12\nUr.l.RS No. 90/2013."; a page number
# has a blank line after it). Numbers glued to a year or left at a line's end are footnote marks
# only when the document defines that footnote (linter.extract.context.defined_footnotes).
FOOTNOTE_DEFINITIONS = (r"^(?:\[\^(\d{1,3})\]:|(\d{1,3})(?:[ \t]+|[ \t]*\n)(?=[A-Z]))",)  # each at a line's start
