"""Currency codes and signs, written before the figure in any language (USD 803,571 · € 5)."""

PREFIXES = {
    "USD": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "US $": "USD",
    "$": "USD",
    "EUR": "EUR",
    "€": "EUR",
    "JPY": "JPY",
    "¥": "JPY",
    "CHF": "CHF",
    "GBP": "GBP",
    "£": "GBP",
    "CNY": "CNY",
    "RMB": "CNY",
}
