"""Currency codes and signs, written before the figure in any language (USD 803,571 · € 5 ·
INR 500 · ₩ 1,000): the forms reports use, then CLDR's signs and the codes of every currency in use."""
from linter.lang.und.currencies import SIGNS

_USAGE = {
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
PREFIXES = {**SIGNS, **_USAGE}
