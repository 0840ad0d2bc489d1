"""English numbers: scale words, separators and the words that make a figure approximate."""

# scale word as written → (pint name, factor); a whole word, after the figure ("1.2 million").
SCALE_WORDS: dict[str, tuple[str, int]] = {
    "trillion": ("trillion", 10**12),
    "billion": ("billion", 10**9),
    "bn": ("billion", 10**9),
    "million": ("million", 10**6),
    "mn": ("million", 10**6),
    "thousand": ("thousand", 10**3),
}

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
