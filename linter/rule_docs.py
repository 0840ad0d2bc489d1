"""Where a rule's page lives on the published documentation site.

The site is built from the rule pages (`docs/rules/CODE.md`, MkDocs, directory URLs), so rule
CODE is at `<docs-url>/rules/CODE/`. treatylint has no hosted site of its own: the address is
configured (`docs-url`), and with none configured there is no web link (the page is still
available offline as `treatylint rule CODE`).
"""
from __future__ import annotations


def rule_url(code: str, base_url: str | None) -> str | None:
    """The web address of rule `code`'s page under `base_url`, or None without a base URL."""
    if not base_url:
        return None
    return f"{base_url.rstrip('/')}/rules/{code}/"
