"""Writes the packs' tables that CLDR knows better than we do: the names and signs of every
currency in use. `python -m linter.lang.cldr_tables` (needs babel, in the `cldr` extra) writes
`linter/lang/<code>/currencies.py`; the test suite fails when the written tables are stale.

Generated rather than read at run time: a check should not pay for loading CLDR, and the tables
stay reviewable in the diff of a babel upgrade.
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

LANGUAGES = ("en", "zh")
HERE = Path(__file__).parent
# ISO codes that are also English words: written before a figure they are more often the word
# ("ALL 5 States") than the currency, so only the currency's name or sign reads them.
WORD_CODES = {"ALL", "BOB", "CUP", "GEL", "MAD", "MOP", "PEN", "SOS", "TOP", "TRY", "WST"}


def current_currencies() -> list[str]:
    """ISO 4217 codes legal tender in some territory today."""
    from babel.core import get_global

    codes = {code for entries in get_global("territory_currencies").values() for code, _, end, tender in entries if end is None and tender}
    return sorted(codes | {"XDR"})  # the IMF's special drawing rights, in which treaty budgets are set


def names(language: str) -> dict[str, str]:
    """Every written name of the current currencies → ISO code: CLDR's display name and, where
    the language inflects, its plural ("Indian rupees")."""
    import babel.numbers as numbers

    out: dict[str, str] = {}
    for code in current_currencies():
        for count in (None, 5):
            name = numbers.get_currency_name(code, count=count, locale=language)
            if name and name != code:
                out.setdefault(name, code)
    return out


def signs() -> dict[str, str]:
    """Currency signs CLDR gives in English (₹, ₩, CA$, HK$ …) and the ISO codes themselves."""
    import babel.numbers as numbers

    out: dict[str, str] = {}
    for code in current_currencies():
        sign = numbers.get_currency_symbol(code, locale="en")
        if any(unicodedata.category(c) == "Sc" for c in sign):  # a currency sign, not an abbreviation
            out.setdefault(sign, code)
        if code not in WORD_CODES:
            out.setdefault(code, code)
    return out


def _module(doc: str, tables: dict[str, dict[str, str]]) -> str:
    import babel

    lines = [f'"""{doc} Generated from CLDR (babel {babel.__version__}) by `python -m linter.lang.cldr_tables`: do not edit."""', ""]
    for name, table in tables.items():
        lines.append(f"{name} = {{")
        lines += [f"    {key!r}: {value!r}," for key, value in sorted(table.items())]
        lines += ["}", ""]
    return "\n".join(lines)


def render() -> dict[Path, str]:
    """What each generated file should hold."""
    out = {HERE / code / "currencies.py": _module("Names of the currencies in use.", {"NAMES": names(code)}) for code in LANGUAGES}
    out[HERE / "und" / "currencies.py"] = _module("Currency signs and ISO codes.", {"SIGNS": signs()})
    return out


def main() -> int:
    for path, text in render().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
