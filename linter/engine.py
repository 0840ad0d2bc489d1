"""Orchestration: read → Document → analysis (structure, facts) → rules → findings, for one document or many paths.

One bad file never hides the others' findings: read errors become per-file results; anything
that goes wrong inside treatylint while one file is checked becomes that file's `INT001`
internal error (a rule that crashes becomes an `INT001` finding, and the other rules still run);
a worker process that dies takes only its own file with it.
"""
from __future__ import annotations

import hashlib
import os
import stat
import sys
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from linter.config import Config, find_config, load_config, select_rules, severity_for, with_overrides
from linter import lang, readers, suppressions, waivers
from linter.analysis import Analysis
from linter.document import Document, ReadError
from linter.results import FileResult
from linter.rule import Context, Finding, Outcome, Rule, Severity

INTERNAL_ERROR, INTERNAL_ERROR_NAME = "INT001", "internal-error"


def analyse(document: Document, config: Config | None = None) -> Analysis:
    """The document's analysis, with the packs of its language (and the configured fallbacks): the
    one way any part of treatylint reads a document's structure and facts."""
    return Analysis(document, lang.chain(document.language, config.language_fallback if config else None))


def lint(analysis: Analysis, rules: Sequence[Rule], config: Config | None = None) -> list[Finding]:
    """Run `rules` over one analysed document; the configuration sets options, severities and per-file ignores."""
    config = config or Config()
    document = analysis.document
    analysis.facts  # noqa: B018 — extracted before any rule runs: an extractor's failure is the file's, not a rule's
    ctx = Context(analysis, config.rules, config.message_language, today=config.current_date())
    findings: list[Finding] = []
    for rule in rules:
        _run_hook(findings, rule, rule.check, ctx)
    if document.ignored:  # Markdown code blocks are not linted
        findings = [f for f in findings if not document.in_ignored(f.start, max(f.end, f.start + 1))]
    marks = suppressions.parse(document)
    findings = suppressions.apply(document, findings, marks)
    outcome = Outcome(tuple(findings), marks, tuple(rules))
    for rule in rules:
        _run_hook(findings, rule, rule.check_findings, ctx, outcome)
    ignored = config.ignored_codes(document.path) if document.path else set()
    findings = [f._replace(severity=severity_for(config, f.code, f.severity)) for f in findings if f.code not in ignored]
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    own = ctx.own_symbol
    document.summary = {"symbol": own.canonical if own else None,
                        "issue_date": ctx.issue_date.isoformat() if ctx.issue_date else None}
    return findings


def lint_document(document: Document, rules: Sequence[Rule], config: Config | None = None) -> list[Finding]:
    """`lint` over the document's own analysis, for a caller that keeps only the findings."""
    return lint(analyse(document, config), rules, config)


def _run_hook(findings: list[Finding], rule: Rule, hook, *args) -> None:
    """Add what `hook(*args)` finds; a rule that crashes is an INT001 finding, and the other rules still run."""
    try:
        findings.extend(hook(*args))
    except Exception as exc:  # a broken rule must not hide the other rules' findings
        findings.append(Finding(INTERNAL_ERROR, INTERNAL_ERROR_NAME, Severity.ERROR, 0, 0, f"rule {rule.code} ({rule.name}) crashed: {type(exc).__name__}: {exc}"))


def lint_text(text: str, rules: Sequence[Rule], *, path: str | None = None, language: str | None = None) -> list[Finding]:
    return lint_document(Document(text, path, language=language), rules)


MAX_BYTES = 64 * 1024 * 1024  # no national report is this large; a file that is, is not one


def _too_large(size: int | None = None) -> ReadError:
    what = f"{size / 1024 / 1024:.0f} MB" if size is not None else f"more than {MAX_BYTES // 1024 // 1024} MB"
    return ReadError("E009", f"too large to be a report: {what} (the limit is {MAX_BYTES // 1024 // 1024} MB)")


def _read_bounded(handle) -> bytes:
    """At most MAX_BYTES from a stream whose size is not known in advance (stdin, a URL)."""
    data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _too_large()
    return data


def special_file(path: str) -> str | None:
    """What a path is when it is not a regular file or a directory ("a FIFO", "a device"…), else None.
    Such files are never opened: reading a FIFO waits for a writer, and a device never ends."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # reading it will say why
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file"


def _read_local(path: str) -> bytes:
    # O_NONBLOCK: if the path became a FIFO since it was looked at, opening it does not wait.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("E010", "not a regular file: FIFOs, devices and sockets are not read")
        if info.st_size > MAX_BYTES:
            raise _too_large(info.st_size)
        return _read_bounded(handle)  # the file may grow while it is read


def read_bytes(path: str) -> bytes:
    """A file's bytes: a local path, '-' for stdin, or an fsspec URL (memory://, s3://, …);
    never more than MAX_BYTES of any of them."""
    try:
        if path == "-":
            return _read_bounded(sys.stdin.buffer)
        if "://" in path:
            import fsspec  # object stores, where their filesystem package is installed

            with fsspec.open(path, "rb") as handle:
                return _read_bounded(handle)
        return _read_local(path)
    except OSError as exc:
        raise ReadError("E001", f"cannot read: {exc.strerror or exc}") from None
    except ImportError as exc:
        raise ReadError("E001", f"cannot read {path}: {exc}") from None


def read_document(path: str, *, language: str | None = None, data: bytes | None = None, name: str | None = None) -> Document:
    """Read a file (or '-' for stdin) into a Document; ReadError says why it cannot be. `name`
    is what the document is called (standard input's --stdin-filename): its suffix picks the reader."""
    data = read_bytes(path) if data is None else data
    if not data.strip():
        raise ReadError("E004", "empty file: nothing to check")
    return readers.read_bytes(data, name or ("<stdin>" if path == "-" else path), language=language)


def cached_result(path: str, config: Config, cache_dir: str | None) -> FileResult | None:
    """The cached result for a file, if its entry is there and sound."""
    if not cache_dir or path == "-":
        return None
    from linter.cache import ResultCache

    try:
        data = read_bytes(path)
    except ReadError:
        return None
    store = ResultCache(cache_dir)
    cached = store.get(store.key(data, path, config), path)
    return FileResult(path, cached[0], cached[1], config=config) if cached else None


def check_file(path: str, config: Config, cache_dir: str | None = None, name: str | None = None) -> FileResult:
    """Read and lint one file: the unit of work, in this process or in a worker. Never raises:
    whatever fails inside treatylint is this file's internal error. `name` names standard input."""
    display = name or ("<stdin>" if path == "-" else path)
    try:
        result = _check_file(path, display, config, cache_dir)
    except Exception as exc:
        result = FileResult(display, error=internal_error(exc), config=config)
    result.from_stdin = path == "-"
    return result


def internal_error(exc: BaseException, doing: str = "while checking this file") -> ReadError:
    detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return ReadError(INTERNAL_ERROR, f"internal error {doing}: {type(exc).__name__}: {exc}", detail)


def _check_file(path: str, display: str, config: Config, cache_dir: str | None) -> FileResult:
    store = key = None
    try:
        data = read_bytes(path)
        if cache_dir and path != "-":
            from linter.cache import ResultCache

            store = ResultCache(cache_dir)
            key = store.key(data, path, config)
            cached = store.get(key, display)
            if cached is not None:
                return FileResult(display, cached[0], cached[1], config=config)
        document = read_document(path, language=config.language, data=data, name=display)
        document.source_digest = hashlib.sha256(data).hexdigest()
    except ReadError as error:
        return FileResult(display, error=error, config=config)
    analysis = analyse(document, config)
    findings = lint(analysis, select_rules(config), config)
    if store is not None:
        store.put(key, document, findings)
    return FileResult(document.path or display, document, findings, config=config, facts=analysis.facts)


def expand_paths(paths: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """(path, named explicitly?): named files are checked whatever their suffix; directories
    yield their text reports, sorted."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    yield os.path.join(root, name), False
        else:
            yield path, True


def why_skipped(path: str, named: bool) -> str | None:
    """Why a path is not checked (None when it is): special files never are; of the files found
    in a directory, only the report formats treatylint reads."""
    special = None if path == "-" or "://" in path else special_file(path)
    if special:
        return f"{special}, not a regular file"
    if not named and not path.lower().endswith(readers.KNOWN):
        return f"not a report format treatylint reads ({os.path.splitext(path)[1] or 'no extension'})"
    return None


class Configs:
    """Finds and caches the configuration and the waivers of each file (nearest file wins, the
    command line overrides it)."""

    def __init__(self, config_file: str | None = None, isolated: bool = False, **overrides):
        self.config_file = config_file
        self.isolated = isolated
        self.overrides = overrides
        self._waivers: dict[str, list[waivers.Waiver]] = {}
        self._found: dict[tuple, str | None] = {}

    def for_path(self, path: str) -> Config:
        found = None if self.isolated else self.config_file or self._nearest(path, find_config)
        overrides = dict(self.overrides)
        extend = overrides.pop("extend_exclude", ())
        config = with_overrides(load_config(found) if found else Config(), **overrides)
        return replace(config, exclude=config.exclude + extend) if extend else config

    def _nearest(self, path: str, finder) -> str | None:
        """`finder` for the file's folder, asked once per folder and run (a batch has thousands of files)."""
        folder = os.getcwd() if path == "-" or "://" in path else os.path.dirname(os.path.abspath(path))
        key = (folder, finder)
        if key not in self._found:
            self._found[key] = finder(os.path.join(folder, "_"))
        return self._found[key]

    def waivers_for(self, path: str, config: Config) -> list[waivers.Waiver]:
        """The waivers of the configuration and of the nearest treatylint-waivers.toml."""
        sources = [] if self.isolated else [s for s in (config.path, self._nearest(path, waivers.find)) if s]
        out = []
        for source in sources:
            if source not in self._waivers:
                self._waivers[source] = list(waivers.load(source)) if source.endswith(waivers.WAIVER_FILE) else [
                    waivers.Waiver(**w, source=source, root=config.root) for w in config.waivers]
            out.extend(self._waivers[source])
        return out

    def all_waivers(self) -> list[waivers.Waiver]:
        return [w for entries in self._waivers.values() for w in entries]


def lint_paths(paths: Iterable[str], configs: Configs | None = None, *, jobs: int = 1, cache_dir: str | None = None,
               progress=None, force_exclude: bool = False, stdin_filename: str | None = None) -> Iterator[FileResult]:
    """Check every file under `paths`, in order, `jobs` at a time; waivers are applied here, in
    one process, because they record what they waived. `force_exclude` applies the configured
    excludes to files named on the command line too (pre-commit names every file)."""
    configs = configs or Configs()
    tasks: list[tuple[str, Config] | FileResult] = []
    for path, named in expand_paths(paths):
        name = stdin_filename if path == "-" and stdin_filename else path
        config = configs.for_path(name)
        if (not named or force_exclude) and config.excluded(name):
            continue
        skipped = why_skipped(path, named)
        if skipped:
            tasks.append(FileResult(path, config=config, skipped=skipped))
            continue
        tasks.append((path, config))
    work = [t for t in tasks if not isinstance(t, FileResult)]
    if progress is not None:
        progress.start(len(work))
    checked = iter(_run(work, jobs, cache_dir, stdin_filename))
    for task in tasks:
        if isinstance(task, FileResult):
            yield task
            continue
        result = next(checked)
        if progress is not None:
            progress.update(result)
        if result.document is not None:
            result.findings = waivers.apply(result.document, result.path, result.findings, configs.waivers_for(task[0], task[1]))
        yield result
    yield from _after_run(configs)


def _run(work: list[tuple[str, Config]], jobs: int, cache_dir: str | None, stdin_filename: str | None) -> Iterator[FileResult]:
    if jobs <= 1 or len(work) <= 1 or any(path == "-" for path, _ in work):
        for path, config in work:
            yield check_file(path, config, cache_dir, stdin_filename if path == "-" else None)
        return
    # Cache hits are answered here: sending their text to a worker and back would cost more.
    hits = [cached_result(path, config, cache_dir) for path, config in work]
    misses = [task for task, hit in zip(work, hits) if hit is None]
    computed = iter(_in_pool(misses, jobs, cache_dir)) if misses else iter(())
    for hit in hits:
        yield hit if hit is not None else next(computed)


def _in_pool(work: list[tuple[str, Config]], jobs: int, cache_dir: str | None) -> Iterator[FileResult]:
    yield from in_pool(check_file, [(path, config, cache_dir) for path, config in work], jobs)


def in_pool(function, tasks: list[tuple], jobs: int) -> Iterator[FileResult]:
    """`function(*task)` for every task on `jobs` worker processes, in order. `function` never
    raises; a worker that dies (killed, out of memory, a crash in a C library) loses only its
    own task, which becomes that file's internal error, and the other tasks go on in a new pool."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # small chunks: file sizes vary a lot (a PDF costs a hundred text files), and order is kept anyway
    size = max(1, len(tasks) // (jobs * 64))
    chunks = [tasks[i : i + size] for i in range(0, len(tasks), size)]
    while chunks:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(_run_chunk, function, chunk) for chunk in chunks]
            for done, future in enumerate(futures):
                try:
                    yield from future.result()
                except BrokenProcessPool as exc:
                    chunk, chunks = chunks[done], chunks[done + 1 :]
                    if len(chunk) > 1:  # find the task that kills its worker: one at a time
                        chunks = [[task] for task in chunk] + chunks
                    else:
                        yield _lost(chunk[0], exc)
                    break
                except Exception as exc:  # the chunk's results could not come back (e.g. not picklable)
                    yield from (_lost(task, exc) for task in chunks[done])
            else:
                chunks = []


def _run_chunk(function, chunk: list[tuple]) -> list[FileResult]:
    return [function(*task) for task in chunk]


def _lost(task: tuple, exc: BaseException) -> FileResult:
    path, config = task[0], task[1]
    return FileResult(path, error=internal_error(exc, "in a worker process"), config=config)


def _after_run(configs: Configs) -> Iterator[FileResult]:
    """Every selected rule's `check_run`, once every file has been checked, over each waivers file
    of the run with its entries: what they find is that file's result."""
    by_source: dict[str, list[waivers.Waiver]] = {}
    for waiver in configs.all_waivers():
        by_source.setdefault(waiver.source, []).append(waiver)
    for source, entries in by_source.items():
        config = configs.for_path(source)
        display = os.path.relpath(source) if not os.path.relpath(source).startswith("..") else source
        document = Document(open(source, encoding="utf-8").read(), display)
        ctx = Context(analyse(document), config.rules, config.message_language)
        findings: list[Finding] = []
        for rule in select_rules(config):
            _run_hook(findings, rule, rule.check_run, ctx, entries)
        if findings:
            yield FileResult(display, document, findings, config=config)
