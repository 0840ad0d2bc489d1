"""The `treatylint` command line (click is imported here only)."""
from __future__ import annotations

import json
import sys

import click

from linter import registry
from linter.engine import FileResult, expand_paths, lint_paths, read_document
from linter.document import ReadError
from linter.extract import extract_facts
from linter.rule import Severity

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _split(values: tuple[str, ...]) -> list[str]:
    return [v for value in values for v in value.split(",") if v.strip()]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="treatylint")
def main() -> None:
    """treatylint: a data-consistency linter for treaty reports."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--select", multiple=True, help="Rule codes, prefixes or names to run (comma-separated).")
@click.option("--ignore", multiple=True, help="Rule codes, prefixes or names to skip (comma-separated).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="warning", show_default=True,
              help="Exit 1 when a finding at or above this severity is reported.")
@click.option("--language", type=click.Choice(["zh", "en"]), default=None, help="Force the document language.")
@click.option("--show-source/--no-show-source", default=True, show_default=True)
@click.option("--quiet", "-q", is_flag=True, help="Findings only, no summary line.")
def check(paths, fmt, select, ignore, fail_on, language, show_source, quiet):
    """Lint reports (files, directories, or - for stdin)."""
    from linter.report import json_report, text

    try:
        rules = registry.select_rules(_split(select), _split(ignore))
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    results: list[FileResult] = list(lint_paths(paths, rules, language=language))
    if not results:
        click.echo("treatylint: no files to check", err=True)
        sys.exit(EXIT_USAGE)
    if fmt == "json":
        click.echo(json_report.render(results), nl=False)
    else:
        click.echo(text.render(results, colour=text.use_colour(sys.stdout), show_source=show_source, quiet=quiet), nl=False)
    if all(r.error is not None for r in results):
        sys.exit(EXIT_USAGE)
    threshold = Severity.parse(fail_on)
    failing = any(r.error is not None for r in results) or any(f.severity >= threshold for r in results for f in r.findings)
    sys.exit(EXIT_FINDINGS if failing else EXIT_CLEAN)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--language", type=click.Choice(["zh", "en"]), default=None)
@click.option("--type", "kinds", multiple=True, help="Only these fact types (money, date, daterange, symbol, url, count, percentage, quantity).")
def facts(paths, language, kinds):
    """Print the facts extracted from reports as JSON Lines."""
    status = EXIT_CLEAN
    for path in expand_paths(paths):
        try:
            doc = read_document(path, language=language)
        except ReadError as error:
            click.echo(f"{path}: {error.code} {error.message}", err=True)
            status = EXIT_USAGE
            continue
        for fact in extract_facts(doc.text):
            if kinds and fact.kind not in kinds:
                continue
            pos = doc.position(fact.start)
            record = {"path": doc.path, "type": fact.kind, "text": fact.text, "value": fact.value(), "start": fact.start,
                      "end": fact.end, "line": pos.line, "column": pos.column, "lang": fact.lang}
            click.echo(json.dumps(record, ensure_ascii=False))
    sys.exit(status)


@main.command(name="rules")
def list_rules():
    """List the rules."""
    for rule in registry.all_rules():
        click.echo(f"{rule.code}  {rule.name:<28} {str(rule.severity):<8} {rule.summary}")


@main.command(name="rule")
@click.argument("code")
def explain_rule(code):
    """Explain one rule, with a bad and a good example."""
    rule = registry.find_rule(code)
    if rule is None:
        raise click.UsageError(f"unknown rule {code!r} (see `treatylint rules`)")
    click.echo(f"{rule.code} {rule.name} (default severity: {rule.severity})\n")
    click.echo(rule.documentation())
    for label, examples in (("Bad", rule.bad), ("Good", rule.good)):
        click.echo(f"\n{label}:")
        for example in examples:
            click.echo(f"    {example}")
    if rule.options:
        click.echo("\nOptions (defaults):")
        for name, default in rule.options.items():
            click.echo(f"    {name} = {default!r}")
