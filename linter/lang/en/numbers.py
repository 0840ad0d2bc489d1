"""English numbers: scale words, separators and the words that make a figure approximate."""

# scale word as written → (pint name, factor); a whole word, after the figure ("1.2 million").
SCALE_WORDS: dict[str, tuple[str, int]] = {
    "trillion": ("trillion", 10**12),
    "billion": ("billion", 10**9),
    "bn": ("billion", 10**9),
    "million": ("million", 10**6),
    "mn": ("million", 10**6),
    "m": ("million", 10**6),  # US$1.2m, £3m (after a currency sign only: 5 m alone is metres)
    "Mio.": ("million", 10**6),  # EUR 3.5 Mio., as European texts abbreviate it
    "Mio": ("million", 10**6),
    "Mrd.": ("billion", 10**9),
    "thousand": ("thousand", 10**3),
}

# Between the two ends of a range of figures or dates: USD 2–3 million, 2018−2028 (en dash, em dash,
# hyphen, figure dash, minus sign, non-breaking hyphen; "to" for figures).
RANGE_DASHES = ("–", "—", "-", "‒", "−", "‑")
RANGE_CONNECTORS = (*RANGE_DASHES, "to")

# 803,571 · 1.2 (elsewhere a comma is the decimal mark: no pack without these reads them).
GROUP_SEPARATORS = (",",)
DECIMAL_SEPARATORS = (".",)

# Words before an amount or count that make it approximate (looked up right before the span).
QUALIFIERS = {
    "more than": "more_than",
    "over": "more_than",
    "in excess of": "more_than",
    "at least": "at_least",
    "about": "about",
    "approximately": "about",
    "around": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "some": "about",
    "up to": "up_to",
    "less than": "less_than",
}
QUALIFIERS |= {word.capitalize(): kind for word, kind in QUALIFIERS.items()}  # at a sentence's start: "Around 7.9 million"
