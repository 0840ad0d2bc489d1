"""Unit symbols and per-cent signs no language owns."""

# physical unit as written → pint unit name
UNITS = {
    "kg": "kilogram",
    "MWe": "megawatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "kW": "kilowatt",
    "kWh": "kilowatt_hour",
    "km2": "square_kilometre",
    "km²": "square_kilometre",
    "km": "kilometre",
    "ha": "hectare",
}
# written after the figure: 100%
PERCENT_AFTER = ("%", "％")
