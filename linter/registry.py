"""The rule registry: the built-in rules, and selection by code, prefix or name."""
from __future__ import annotations

from collections.abc import Sequence

from linter.rule import Rule


def all_rules() -> list[Rule]:
    from rules import BUILTIN  # the engine never imports the rules package at module level

    return [cls() for cls in BUILTIN]


def find_rule(code_or_name: str) -> Rule | None:
    key = code_or_name.strip()
    for rule in all_rules():
        if key.upper() == rule.code or key.lower() == rule.name:
            return rule
    return None


def matches(rule: Rule, selector: str) -> bool:
    selector = selector.strip()
    return rule.code.startswith(selector.upper()) or selector.lower() == rule.name or selector.upper() == "ALL"


def select_rules(select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[Rule]:
    """Rules matching any `select` entry (all when empty) and no `ignore` entry."""
    unknown = [s for s in (*select, *ignore) if not any(matches(r, s) for r in all_rules())]
    if unknown:
        raise ValueError(f"unknown rule code, prefix or name: {', '.join(unknown)} (see `treatylint rules`)")
    chosen = [r for r in all_rules() if not select or any(matches(r, s) for s in select)]
    return [r for r in chosen if not any(matches(r, s) for s in ignore)]
