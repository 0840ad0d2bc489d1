"""Everything a rule may use, in one module: rules (built-in and plugins) import only from here.

The engine's modules can then move and change without breaking a rule; what a rule needs from
the engine is named here, and tests/test_layering.py keeps rules from reaching past it.
"""
from __future__ import annotations

from linter import damage, lexicon
from linter.describe import grouped, scientific
from linter.extract import FactIndex
from linter.extract.symbols import corrected, encoded_years, implied_period
from linter.facts import Count, Cue, Date, DateRange, Day, Event, Fact, Money, Percentage, Quantity, Symbol, Url
from linter.rule import Context, Finding, Fix, Outcome, Related, Rule, Severity, dated, visible
from linter.units import USD_PER_UNIT, scale_factor, usd_equivalent

__all__ = [
    # what a rule is, sees and says
    "Rule", "Context", "Outcome", "Finding", "Related", "Fix", "Severity", "visible", "dated",
    # the facts it reads
    "Fact", "Money", "Date", "DateRange", "Day", "Symbol", "Url", "Count", "Percentage", "Quantity", "Event", "Cue", "FactIndex",
    # how figures read in messages
    "grouped", "scientific",
    # arithmetic on amounts: scale words and order-of-magnitude exchange rates
    "USD_PER_UNIT", "scale_factor", "usd_equivalent",
    # symbols: the corrected form of a malformed symbol, the period a session symbol implies,
    # the years its parts stand for
    "corrected", "implied_period", "encoded_years",
    # damaged input regions (linter.damage) and Chinese word segmentation (linter.lexicon)
    "damage", "lexicon",
]
