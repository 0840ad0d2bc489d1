"""Unit symbols and per-cent signs no language owns."""

# physical unit as written → pint unit name
UNITS = {
    "kg": "kilogram",
    "MWe": "megawatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "kW": "kilowatt",
}
# written after the figure: 100%
PERCENT_AFTER = ("%", "％")
