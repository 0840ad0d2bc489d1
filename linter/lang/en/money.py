"""English currency words, written after the figure (803,571 US dollars): the words UN reports
use, then CLDR's name of every currency in use (Indian rupees, South Korean won …)."""
from linter.lang.en.currencies import NAMES

_USAGE = {
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
    "roubles": "RUB",
    "rubles": "RUB",
}
CURRENCY_WORDS = {**NAMES, **_USAGE}
