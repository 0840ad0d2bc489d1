"""English words the rules read (through `Context.words` and `Context.separator`), by rule family."""

# Messages: how the parts of one message are put together.
SEPARATORS = {"clauses": ", and ", "items": ", ", "problems": "; "}

# Amounts (AMT001): words between the amounts of one list, besides commas and spaces.
LIST_SEPARATORS = ("and", "respectively")
# Amounts: words that make an amount a contribution by one State (context-max-usd).
CONTRIBUTION_WORDS = ("contribution", "contributed", "pledge", "donation", "donated")
# Amounts: what joins the two ends of a change or a range of one figure ("rose from $4.1 million to
# $5.2 million", "$2 million to $3 million"): the two are of one order of magnitude, give or take a few.
CHANGE_JOINERS = ("to", "up to", "down to", "-", "–", "—")
# … and the words that only attach a date to an end ("$4.5 trillion in October 2017 to …").
CHANGE_FILLERS = ("in", "on", "by", "at", ",")
# Amounts: scale words a report would write, in the order tried for a suggestion (none first).
IDIOMATIC_SCALES = ("thousand", "million", "billion", "trillion")

# Counts (CNT001): what joins two parts of a total ("7 Japanese experts and 10 experts from …").
PART_JOINERS = ("and", "plus")
# Counts (CNT002): what separates the items of an enumeration; the joiner before its last item ("A, B and C").
ITEM_SEPARATORS = (", ",)
LAST_ITEM_JOINERS = ("and",)

# Symbols (SYM002, regex fragments): what may stand between a symbol and its date ("of 19 December 2023").
DATE_AFTER_SYMBOL = ("of", "adopted on", "adopted in", "adopted", "dated", "on", "of the")
# Symbols (SYM004): words that make a list of symbols a list of reports (lower case).
REPORT_WORDS = ("report",)

# URLs (URL002): the words that point at a URL and say nothing of what it is: a sentence of these
# alone cites the URL for what the text around it describes ("See also: …", "另见：…").
CITATION_WORDS = (
    "see", "also", "available", "at", "on", "in", "from", "via", "the", "a", "an", "is", "are",
    "can", "be", "found", "accessed", "accessible", "online", "website", "web", "site", "page",
    "webpage", "link", "here", "following", "address", "url", "further", "more", "information",
    "details", "for", "and", "or", "cf", "ibid", "retrieved", "visit", "consulted", "this", "it",
    "of", "to", "as", "below", "above", "http", "https", "www",
)
