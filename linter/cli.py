"""The `treatylint` command line (click is imported here only)."""
from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator

import click

from linter import lang, registry, waivers
from linter.cache import ResultCache
from linter.anchors import anchor
from linter.config import ConfigError, document_languages, message_languages
from linter.engine import INTERNAL_ERROR, Configs, analyse, expand_paths, internal_error, lint_paths, read_document
from linter.document import ReadError
from linter.results import FileResult
from linter.rule import Severity

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_UNCHECKED = 0, 1, 2, 3
FORMATS = ["text", "concise", "json", "sarif", "github", "junit", "gitlab", "html"]


class _Installed(click.Choice):
    """A click.Choice of installed language packs, listed only when an option is given or its help
    shown, so that `treatylint --help` does not import every pack."""

    def __init__(self, listing):
        self.listing, self.case_sensitive = listing, True

    @property
    def choices(self) -> tuple[str, ...]:
        return self.listing()


def _split(values: tuple[str, ...]) -> list[str]:
    return [v for value in values for v in value.split(",") if v.strip()]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="treatylint")
def main() -> None:
    """treatylint: a data-consistency linter for treaty reports."""


class Progress:
    """Files done, MB/s and time left, on one line of a terminal's standard error."""

    def start(self, total: int) -> None:
        self.total, self.done, self.bytes, self.began = total, 0, 0, time.monotonic()

    def update(self, result: FileResult) -> None:
        self.done += 1
        self.bytes += len(result.document.text.encode("utf-8", "surrogatepass")) if result.document else 0
        elapsed = max(time.monotonic() - self.began, 1e-6)
        left = (self.total - self.done) * elapsed / self.done
        sys.stderr.write(f"\r{self.done}/{self.total} files  {self.bytes / 1e6 / elapsed:.1f} MB/s  ETA {left:4.0f} s ")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.total:
            sys.stderr.write("\r" + " " * 60 + "\r")


def _apply_fixes(results: list[FileResult], *, write: bool, fixed: dict[str, list]) -> bool:
    """Apply (or, with write=False, print as a diff) the safe fixes; True when a diff was printed.
    `fixed` receives, per file, the findings whose fixes were written."""
    from linter import fixes

    printed = False
    for result in results:
        if result.document is None or result.document.kind not in fixes.FIXABLE_KINDS or (write and result.from_stdin):
            continue
        new_text, applied = fixes.fixed_text(result.document.text, result.findings)
        if not applied:
            continue
        if not write:
            click.echo(fixes.diff(result.document, new_text), nl=False)
            printed = True
            continue
        problem = fixes.write(result.document, [f.fix for f in applied])
        if problem:
            click.echo(f"{result.path}: not fixed: {problem}", err=True)
            continue
        click.echo(f"{result.path}: fixed {len(applied)} finding{'s' if len(applied) != 1 else ''}", err=True)
        fixed[result.path] = applied
        done = set(applied)
        result.findings = [f for f in result.findings if f not in done]
    return printed


def _render(results: list[FileResult], fmt: str, statistics: bool, show_source: bool, quiet: bool, colour: bool,
            show_fixes: bool, fixed: dict[str, list] | None) -> Iterator[str]:
    """The report in pieces (the large machine formats are streamed, so memory stays that of one
    result); with --fix and --show-fixes, what was fixed comes first."""
    from linter.report import ci, json_report, sarif, text

    if fixed is not None and show_fixes:
        yield text.fixed_summary(fixed)
    if statistics:
        yield text.statistics(results)
    elif fmt == "json":
        yield from json_report.stream(results)
    elif fmt == "sarif":
        yield from sarif.stream(results, _version(), docs_url=next((r.config.docs_url for r in results if r.config.docs_url), None))
    elif fmt == "gitlab":
        yield from ci.gitlab_stream(results)
    elif fmt == "html":
        from linter.report import html

        yield html.render(results)
    elif fmt in ("github", "junit"):
        yield getattr(ci, fmt)(results)
    elif fmt == "concise":
        yield text.concise(results, quiet=quiet, show_fixes=show_fixes and fixed is None)
    else:
        yield from text.stream(results, colour=colour, show_source=show_source, quiet=quiet, show_fixes=show_fixes and fixed is None)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("treatylint")
    except PackageNotFoundError:
        return "0+unknown"


def _configs(config_file, isolated, select=(), ignore=(), extend_select=(), fail_on=None, language=None, message_language=None,
             extend_exclude=()) -> Configs:
    overrides = {"select": tuple(_split(select)), "ignore": tuple(_split(ignore)), "extend_select": tuple(_split(extend_select)),
                 "fail_on": fail_on, "language": language, "message_language": message_language,
                 "extend_exclude": tuple(_split(extend_exclude))}
    _all_rules()  # the plugins load here, in this process, before any worker needs them
    unknown = [s for s in (*overrides["select"], *overrides["ignore"], *overrides["extend_select"]) if registry.find_matching(s) == []]
    if unknown:
        raise click.UsageError(f"unknown rule code, prefix or name: {', '.join(unknown)} (see `treatylint rules`)")
    return Configs(config_file, isolated, **overrides)


def config_options(function):
    function = click.option("--isolated", is_flag=True, help="Ignore every configuration file.")(function)
    return click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Use this configuration file instead of discovering one.")(function)


EXIT_CODES = """\b
Exit codes:
  0  no finding at or above the fail level (or --exit-zero)
  1  findings at or above the fail level (--fail-on, default warning)
  2  usage or configuration error, or no file to check
  3  some input could not be checked: a read error (E0xx) or an internal error (INT001);
     the other files were checked and their findings reported"""


@main.command(epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "--output-format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Report format: text, concise (one line per finding), JSON, SARIF 2.1.0, GitHub workflow commands, JUnit XML, GitLab Code Quality or the HTML review page.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of the findings.")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report here instead of standard output.")
@click.option("--select", multiple=True, help="Rule codes, prefixes or names to run (comma-separated); replaces the configured list.")
@click.option("--extend-select", multiple=True, help="Rule codes, prefixes or names to run in addition.")
@click.option("--ignore", multiple=True, help="Rule codes, prefixes or names to skip (comma-separated).")
@click.option("--extend-exclude", multiple=True, help="Globs of files to skip, in addition to the configured `exclude` (comma-separated).")
@click.option("--force-exclude", is_flag=True, help="Apply the excludes to files named on the command line too (as pre-commit names every file).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Exit 1 when a finding at or above this severity is reported [default: warning].")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported (input that could not be checked still exits 3).")
@click.option("--language", type=_Installed(document_languages), default=None, help="Force the document language [default: auto].")
@click.option("--message-language", type=_Installed(message_languages), default=None,
              help="The language of messages and suggestions, whatever the document's [default: en].")
@click.option("--stdin-filename", default=None, metavar="PATH",
              help="The name of the report read from standard input: for configuration, excludes, the format and the output.")
@click.option("--show-source/--no-show-source", default=True, show_default=True, help="Show the source line under each finding (text format).")
@click.option("--show-fixes", is_flag=True, help="List the fixes applied (with --fix) or mark the fixable findings [*] and count them.")
@click.option("--color", "colour", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour the text report: auto = on a terminal, unless NO_COLOR is set.")
@click.option("--quiet", "-q", is_flag=True, help="Findings only, no summary line.")
@click.option("--verbose", "-v", is_flag=True, help="Print the traceback of every internal error to standard error.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Check this many files at a time [default: all cores].")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=".treatylint_cache", show_default=True, help="Where results are cached.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--fix", is_flag=True, help="Apply the safe fixes to plain-text and Markdown files, and report what is left.")
@click.option("--diff", "show_diff", is_flag=True, help="Print the safe fixes as a unified diff; change nothing.")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record the current findings in this baseline file and exit 0.")
@click.option("--show-stale", is_flag=True, help="With --baseline: list baseline entries whose finding has gone.")
@click.option("--watch", is_flag=True, help="Check again whenever a checked file or a configuration file changes (Ctrl-C stops).")
@config_options
def check(paths, watch, **options):
    """Lint reports (files, directories, or - for stdin)."""
    if not options["no_cache"] and (refused := ResultCache(options["cache_dir"]).refused):
        click.echo(f"treatylint: not using the cache: {refused}", err=True)  # once, also with --watch
        options["no_cache"] = True
    if not watch:
        sys.exit(_check_once(paths, **options))
    if "-" in paths:
        raise click.UsageError("--watch cannot watch standard input")
    _watch(paths, options)


def _watch(paths, options) -> None:
    """Run the check, then again after every change below `paths`, until interrupted."""
    from watchfiles import watch

    folders = sorted({p if os.path.isdir(p) else os.path.dirname(os.path.abspath(p)) for p in paths})
    try:
        _check_once(paths, **options)
        for changes in watch(*folders, debounce=300, raise_interrupt=False, rust_timeout=0):
            changed = sorted({os.path.relpath(path) for _, path in changes})
            click.echo(f"\n[{time.strftime('%H:%M:%S')}] changed: {', '.join(changed)}", err=True)
            _check_once(paths, **options)
    except KeyboardInterrupt:
        pass


def _check_once(paths, fmt, statistics, output_file, select, extend_select, ignore, extend_exclude, force_exclude, fail_on, exit_zero,
                language, message_language, stdin_filename, show_source, show_fixes, colour, quiet, verbose, jobs, cache_dir, no_cache,
                fix, show_diff, baseline, write_baseline, show_stale, config_file, isolated) -> int:
    """One check of `paths`; returns the exit status."""
    configs = _configs(config_file, isolated, select, ignore, extend_select, fail_on, language, message_language, extend_exclude)
    try:
        progress = Progress() if sys.stderr.isatty() and not quiet else None
        results: list[FileResult] = list(lint_paths(paths, configs, jobs=jobs or os.cpu_count() or 1, cache_dir=None if no_cache else cache_dir,
                                                    progress=progress, force_exclude=force_exclude, stdin_filename=stdin_filename))
        if progress is not None:
            progress.finish()
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    if not results or all(r.skipped for r in results):
        for result in results:
            click.echo(f"{result.path}: note: skipped: {result.skipped}", err=True)
        click.echo("treatylint: no files to check", err=True)
        return EXIT_USAGE
    if verbose:
        for result in results:
            if result.error is not None and result.error.detail:
                click.echo(f"{result.path}: {result.error.code}\n{result.error.detail}", err=True)
    fixed: dict[str, list] = {}
    if fix or show_diff:
        printed = _apply_fixes(results, write=fix and not show_diff, fixed=fixed)
        if show_diff:
            return EXIT_FINDINGS if printed else EXIT_CLEAN  # exit 1 when there is something to fix, as ruff does
    if write_baseline:
        count = waivers.write_baseline(write_baseline, results)
        click.echo(f"treatylint: recorded {count} finding{'s' if count != 1 else ''} in {write_baseline}", err=True)
        return EXIT_CLEAN
    stale = []
    if baseline:
        try:
            stale = waivers.apply_baseline(results, waivers.read_baseline(baseline))
        except ConfigError as exc:
            raise click.UsageError(str(exc)) from None
    stream = open(output_file, "w", encoding="utf-8") if output_file else sys.stdout
    try:
        use_colour = colour == "always" or (colour == "auto" and _is_terminal(stream))
        stream.writelines(_render(results, fmt, statistics, show_source, quiet, use_colour, show_fixes, fixed if fix else None))
    finally:
        if output_file:
            stream.close()
    if show_stale and stale:
        for entry in stale:
            click.echo(f"stale baseline entry: {entry['path']}:{entry['line']}: {entry['code']} {entry['message']}", err=True)
    return exit_status(results, exit_zero)


def _is_terminal(stream) -> bool:
    return hasattr(stream, "isatty") and stream.isatty() and "NO_COLOR" not in os.environ


def exit_status(results: list[FileResult], exit_zero: bool = False) -> int:
    """3 when some input could not be checked, else 1 for findings at or above the fail level
    (0 with --exit-zero), else 0."""
    if any(r.error is not None or any(f.code == INTERNAL_ERROR for f in r.findings) for r in results):
        return EXIT_UNCHECKED
    failing = any(f.severity >= Severity.parse(r.config.fail_on) for r in results for f in r.findings)
    return EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--language", type=_Installed(document_languages), default=None, help="Force the document language [default: auto].")
@click.option("--type", "kinds", multiple=True, help="Only these fact types (money, date, daterange, symbol, url, count, percentage, quantity).")
@click.option("--events", "as_events", is_flag=True, help="Print each document's table of entities (instruments, meetings, documents) and the events told of them, instead of JSON Lines.")
def facts(paths, language, kinds, as_events):
    """Print the facts extracted from reports as JSON Lines."""
    status = EXIT_CLEAN
    for path, _ in expand_paths(paths):
        try:
            analysis = analyse(read_document(path, language=None if language == "auto" else language))
            # the facts the rules see (none in code blocks; from the packs the document's language
            # chose), and, marked "skipped", those of damaged or foreign text the rules do not see
            found = [(fact, None) for fact in analysis.facts] + analysis.skipped_facts
            found.sort(key=lambda pair: pair[0].start)
            records = [_fact_record(analysis, fact, skipped) for fact, skipped in found if not kinds or fact.kind in kinds]
            if as_events:
                records = [_event_table(analysis)]
        except ReadError as error:
            click.echo(f"{path}: {error.code} {error.message}", err=True)
            status = EXIT_UNCHECKED
            continue
        except Exception as exc:  # one document's failure never hides the others' facts
            click.echo(f"{path}: {internal_error(exc)}", err=True)
            status = EXIT_UNCHECKED
            continue
        for record in records:
            click.echo(record if as_events else json.dumps(record, ensure_ascii=False))
    sys.exit(status)


def _event_table(analysis) -> str:
    """The document's entities, each with its events: kind, date as written, line:column, tense."""
    from linter.entities import table
    from linter.facts import Event

    doc = analysis.document
    lines = [f"{doc.path}"]
    for entity in table(analysis.facts.of(Event)):
        lines.append(f"  {entity.name}  [{entity.about}]")
        for event in entity.events:
            line, column = doc.line_column(event.start)
            date = " ".join(doc.text[slice(*event.date_span)].split()) if event.date_span else "—"
            lines.append(f"    {line}:{column}  {event.event:<26} {date:<28} {event.tense or ''}".rstrip())
    return "\n".join(lines)


def _fact_record(analysis, fact, skipped: str | None = None) -> dict:
    doc = analysis.document
    line, column = doc.line_column(fact.start)
    record = {"path": doc.path, "type": fact.kind, "text": fact.text, "value": fact.value(), "start": fact.start,
              "end": fact.end, "line": line, "column": column, "lang": fact.lang, "key": fact.key(), "anchor": anchor(analysis, fact.start)}
    if skipped:
        record["skipped"] = skipped  # the kind of damaged or foreign region: the rules do not see it
    return record


def _all_rules() -> list:
    """Every rule, the plugins' included: a plugin that cannot be used is a configuration error."""
    try:
        return registry.all_rules()
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None


@main.command(name="rules")
def list_rules():
    """List the rules and where each comes from (built-in, or a plugin's distribution and version)."""
    for rule in _all_rules():
        click.echo(f"{rule.code}  {rule.name:<28} {str(rule.severity):<8} {rule.summary}  [{registry.origin(rule)}]")


@main.command(name="rule")
@click.argument("code")
def explain_rule(code):
    """Explain one rule, with a bad and a good example."""
    _all_rules()
    rule = registry.find_rule(code)
    if rule is None:
        raise click.UsageError(f"unknown rule {code!r} (see `treatylint rules`)")
    click.echo(rule.page())


@main.command()
@click.option("--language-id", "language_ids", multiple=True, metavar="ID",
              help="Editor language ids to lint (repeatable; default plaintext, markdown, text).")
def lsp(language_ids):
    """Run the language server over standard input and output."""
    from linter.lsp import LANGUAGE_IDS, make_server

    make_server(_version(), tuple(language_ids) or LANGUAGE_IDS).start_io()


@main.command(name="config")
@click.argument("path", default=".")
@config_options
def show_config(path, config_file, isolated):
    """Print the effective configuration for PATH and where each value comes from."""
    try:
        config = _configs(config_file, isolated).for_path(path)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"# configuration for {path}: {config.path or 'defaults (no configuration file found)'}")
    rows = {
        "select": list(config.select) or "all rules", "extend-select": list(config.extend_select), "ignore": list(config.ignore),
        "fail-on": config.fail_on, "language": config.language or "auto",
        "language-fallback": {code: list(packs) for code, packs in (config.language_fallback or lang.DEFAULT_FALLBACK.items())},
        "message-language": config.message_language,
        "exclude": list(config.exclude), "severity": config.severity, "per-file-ignores": {k: list(v) for k, v in config.per_file_ignores.items()},
        "rules": {code: {k: str(v) if not isinstance(v, (int, float, list, dict)) else v for k, v in opts.items()} for code, opts in config.rules.items()},
        "waivers": len(config.waivers), "today": config.current_date().isoformat(),
    }
    for key, value in rows.items():
        click.echo(f"{key} = {json.dumps(value, ensure_ascii=False)}  # {config.sources.get(key, 'default')}")


@main.command()
@click.argument("archive", nargs=-1)
@click.option("--db", type=click.Path(dir_okay=False), help="The SQLite database that receives the results.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Check this many documents at a time [default: all cores].")
@click.option("--dask", "dask_address", default=None, help="Run on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'.")
@click.option("--report", "report_db", type=click.Path(exists=True, dir_okay=False), default=None, help="Summarise this results database.")
@click.option("--export", "export_format", type=click.Choice(["csv", "jsonl"]), default=None, help="With --report: export every finding instead.")
@click.option("--quiet", "-q", is_flag=True, help="No progress line and no summary.")
@config_options
def batch(archive, db, jobs, dask_address, report_db, export_format, quiet, config_file, isolated):
    """Check an archive into a SQLite database (resumable), or report on one."""
    from linter import batch as archive_batch

    if report_db:
        try:
            output = archive_batch.export(report_db, export_format) if export_format else archive_batch.report(report_db)
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None
        click.echo(output, nl=False)
        return
    if not archive or not db:
        raise click.UsageError("give the ARCHIVE to check and --db, or --report DB")
    try:
        config = _configs(config_file, isolated).for_path(archive[0] if "://" not in archive[0] else ".")
        progress = Progress() if sys.stderr.isatty() and not quiet else None
        checked, failed = archive_batch.run(archive, db, config, jobs=jobs or os.cpu_count() or 1, dask=dask_address, progress=progress)
        if progress is not None:
            progress.finish()
    except (ConfigError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None
    if not quiet:
        click.echo(f"Recorded {checked} document{'s' if checked != 1 else ''} in {db}" + (f"; {failed} could not be read." if failed else "."), err=True)
    sys.exit(EXIT_UNCHECKED if failed else EXIT_CLEAN)
