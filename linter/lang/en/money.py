"""English currency words, written after the figure (803,571 US dollars)."""

CURRENCY_WORDS = {
    "United States dollars": "USD",
    "US dollars": "USD",
    "U.S. dollars": "USD",
    "dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "yen": "JPY",
    "Swiss francs": "CHF",
    "pounds sterling": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
}
