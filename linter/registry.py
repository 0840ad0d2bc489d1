"""The rule registry: the built-in rules, and selection by code, prefix or name."""
from __future__ import annotations

from functools import cache

from linter.rule import Rule


@cache
def _instances() -> tuple[Rule, ...]:
    from rules import BUILTIN  # the engine never imports the rules package at module level

    return tuple(cls() for cls in BUILTIN)  # rules keep no state, so one instance each serves every run


def all_rules() -> list[Rule]:
    return list(_instances())


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
