"""The rule registry: the built-in rules, those of installed plugins, and selection by code, prefix or name.

A plugin is a distribution with an entry point in the group `treatylint.rules` that names a Rule
subclass, or a callable returning an iterable of them (docs/plugins.md). Entry points are read the
first time rules are needed, never at start-up: `treatylint --help` does not pay for them.
"""
from __future__ import annotations

import re
from functools import cache

from linter.config import ConfigError
from linter.rule import Rule

GROUP = "treatylint.rules"
BUILT_IN = "built-in"
_CODE = re.compile(r"[A-Z]+[0-9]+")  # selectors are upper-cased prefixes: another code could never be selected
_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # selectors are lower-cased names


class PluginError(ConfigError):
    """A rule plugin that cannot be used: it fails to load, names no rule, or takes a code already taken."""


@cache
def _registered() -> tuple[tuple[Rule, str], ...]:
    """(rule, origin) for every rule, sorted by code; rules keep no state, so one instance each serves every run."""
    from rules import BUILTIN  # the engine never imports the rules package at module level

    entries = [(cls, BUILT_IN) for cls in BUILTIN] + _plugin_rules()
    taken: dict[str, tuple[type[Rule], str]] = {}
    for cls, origin in entries:
        for key in (cls.code, cls.name):  # a name selects a rule as a code does
            if key in taken:
                other, other_origin = taken[key]
                raise PluginError(f"rule {cls.code} {cls.name} ({origin}) clashes with rule {other.code} {other.name} ({other_origin}): "
                                  f"both are {key!r}; a plugin's rules need codes and names of their own")
            taken[key] = cls, origin
    return tuple(sorted(((cls(), origin) for cls, origin in entries), key=lambda pair: pair[0].code))


def _plugin_rules() -> list[tuple[type[Rule], str]]:
    """The rule classes of the installed plugins, with their origin: "distribution version"."""
    from importlib.metadata import entry_points

    found = []
    for entry in entry_points(group=GROUP):
        origin = f"{entry.dist.name} {entry.dist.version}" if entry.dist is not None else entry.value
        try:
            loaded = entry.load()
            classes = [loaded] if isinstance(loaded, type) else list(loaded())
        except Exception as exc:  # a broken plugin is reported as one, whatever it raised
            raise PluginError(f"rule plugin {entry.name} = {entry.value} ({origin}) cannot be loaded: {type(exc).__name__}: {exc}") from None
        for cls in classes:
            problem = _unusable(cls)
            if problem:
                raise PluginError(f"rule plugin {entry.name} = {entry.value} ({origin}): {problem}")
            found.append((cls, origin))
    return found


def _unusable(cls) -> str | None:
    """Why `cls` cannot be registered, or None."""
    if not (isinstance(cls, type) and issubclass(cls, Rule)):
        return f"{cls!r} is not a subclass of linter.rule.Rule"
    missing = [a for a in ("code", "name", "severity", "summary") if not hasattr(cls, a)]
    if missing:
        return f"{cls.__name__} does not define {', '.join(missing)}"
    if not isinstance(cls.code, str) or not _CODE.fullmatch(cls.code):
        return f"{cls.__name__}.code {cls.code!r} is not capital letters then digits (EXA001)"
    if not isinstance(cls.name, str) or not _NAME.fullmatch(cls.name):
        return f"{cls.__name__}.name {cls.name!r} is not lower-case words joined by hyphens (example-todo-marker)"
    return None


def all_rules() -> list[Rule]:
    return [rule for rule, _ in _registered()]


def origin(rule: Rule) -> str:
    """Where a rule comes from: "built-in", or its plugin's "distribution version"."""
    return next(o for r, o in _registered() if r is rule)


@cache
def plugins() -> tuple[str, ...]:
    """The plugins that contribute rules, as "distribution version", sorted: results depend on them."""
    return tuple(sorted({o for _, o in _registered() if o != BUILT_IN}))


def find_rule(code_or_name: str) -> Rule | None:
    key = code_or_name.strip()
    for rule in all_rules():
        if key.upper() == rule.code or key.lower() == rule.name:
            return rule
    return None


def matches(rule: Rule, selector: str) -> bool:
    selector = selector.strip()
    return rule.code.startswith(selector.upper()) or selector.lower() == rule.name or selector.upper() == "ALL"


def find_matching(selector: str) -> list[Rule]:
    """The rules a code, prefix or name selects."""
    return [r for r in all_rules() if matches(r, selector)]
