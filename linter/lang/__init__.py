"""Language packs: everything treatylint knows about a language, as data.

A pack is a package `linter.lang.<code>` whose submodules are *families* of data: `numbers`, `money`,
`dates`, `counts`, `structure`, `damage`, `events`, `vocabulary`, and a `messages.toml`
catalogue. Each engine (an extractor, the structure parser, a rule) reads the families it needs
from the packs chosen for the document and merges them; an engine never names a language.

`und` (undetermined) holds what no language owns: document symbols, URLs, ISO dates, currency
codes and signs, physical units. It is always chosen, last.
"""
from __future__ import annotations

import importlib
import tomllib
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Iterable

NEUTRAL = "und"
# The packs a document in a language also runs, before `und`: a Chinese report carries an
# English masthead ("Distr.: General", "7 October 2020") and English names of bodies.
DEFAULT_FALLBACK: dict[str, tuple[str, ...]] = {"zh": ("en",)}


@dataclass(frozen=True)
class LanguagePack:
    code: str  # BCP 47 primary tag: zh, en, fr …; "und" for the neutral pack
    package: str  # the module the families live under
    _families: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def family(self, name: str) -> ModuleType | None:
        """The pack's data module `name`, or None when the pack has none."""
        if name not in self._families:
            try:
                self._families[name] = importlib.import_module(f"{self.package}.{name}")
            except ModuleNotFoundError as exc:
                if exc.name != f"{self.package}.{name}":
                    raise  # the family exists but imports something missing: a real error
                self._families[name] = None
        return self._families[name]

    def get(self, family: str, name: str, default=None):
        """One table of a family (`pack.get("money", "CURRENCY_WORDS", {})`)."""
        module = self.family(family)
        return getattr(module, name, default) if module is not None else default

    @property
    def messages(self) -> dict[str, dict[str, str]]:
        """The message catalogue: rule code → message id → template."""
        return _catalogue(self.package)


@cache
def _catalogue(package: str) -> dict[str, dict[str, str]]:
    from importlib.resources import files

    resource = files(package).joinpath("messages.toml")
    return tomllib.loads(resource.read_text(encoding="utf-8")) if resource.is_file() else {}


@cache
def installed() -> dict[str, LanguagePack]:
    """Every pack: the packages in this folder, `und` last. A directory listing, not the
    entry-point metadata: packs are needed at start-up (the number grammar is built from them)."""
    import pkgutil

    codes = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.ispkg and m.name != NEUTRAL)
    return {code: LanguagePack(code, f"{__name__}.{code}") for code in (*codes, NEUTRAL)}


def everything() -> tuple[LanguagePack, ...]:
    """All installed packs, `und` last: what runs when no language is known (tests, `lint_text`)."""
    return tuple(installed().values())


def pack(code: str) -> LanguagePack:
    return installed()[code]


@cache
def chain(language: str, fallback: tuple[tuple[str, tuple[str, ...]], ...] | None = None) -> tuple[LanguagePack, ...]:
    """The packs a document in `language` runs, most specific first, `und` always last.

    A language without a pack runs `und` alone: no English grammar reads a French report (it
    took "résolution 1990 (2011)" for the year 1990)."""
    table = dict(fallback) if fallback is not None else DEFAULT_FALLBACK
    codes = [language, *table.get(language, ()), NEUTRAL]
    packs = installed()
    return tuple(packs[c] for c in dict.fromkeys(codes) if c in packs)


def merged(packs: Iterable[LanguagePack], family: str, name: str) -> dict | tuple:
    """One table merged over `packs`: dicts are united (the first pack wins a key), sequences
    concatenated without repeats. Engines build their patterns from this."""
    tables = [t for p in packs if (t := p.get(family, name)) is not None]
    if not tables:
        return ()
    if isinstance(tables[0], dict):
        out: dict = {}
        for table in tables:
            for key, value in table.items():
                out.setdefault(key, value)
        return out
    return tuple(dict.fromkeys(item for table in tables for item in table))
