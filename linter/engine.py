"""Orchestration: read → Document → facts → rules → findings, for one document or many paths.

One bad file never hides the others' findings: read errors become per-file results, and a rule
that crashes on a document becomes an `INT001` finding naming it.
"""
from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from linter.config import Config, find_config, load_config, select_rules, severity_for, with_overrides
from linter import damage, readers, suppressions, waivers
from linter.document import Document, ReadError
from linter.extract import extract_facts
from linter.rule import Context, Finding, Rule, Severity



@dataclass
class FileResult:
    path: str
    document: Document | None = None
    findings: list[Finding] = field(default_factory=list)
    error: ReadError | None = None
    config: Config = field(default_factory=Config)
    skipped: str | None = None  # why a file found in a directory was not checked


def lint_document(document: Document, rules: Sequence[Rule], config: Config | None = None) -> list[Finding]:
    """Run `rules` over one document; the configuration sets options, severities and per-file ignores."""
    config = config or Config()
    # no facts from code blocks, nor from damaged or foreign text (the INP rules report that)
    ctx = Context(document, extract_facts(document.text, document.ignored + damage.excluded_spans(document)), config.rules, config.message_language)
    findings: list[Finding] = []
    for rule in rules:
        try:
            findings.extend(rule.check(ctx))
        except Exception as exc:  # a broken rule must not hide the other rules' findings
            findings.append(Finding("INT001", "internal-error", Severity.ERROR, 0, 0, f"rule {rule.code} ({rule.name}) crashed: {type(exc).__name__}: {exc}"))
    if document.ignored:  # Markdown code blocks are not linted
        findings = [f for f in findings if not document.in_ignored(f.start, max(f.end, f.start + 1))]
    marks = suppressions.parse(document)
    findings = suppressions.apply(document, findings, marks)
    unused = next((r for r in rules if r.code == "SUP001"), None)
    if unused is not None:
        findings.extend(_unused_suppressions(ctx, unused, marks, rules))
    ignored = config.ignored_codes(document.path) if document.path else set()
    findings = [f._replace(severity=severity_for(config, f.code, f.severity)) for f in findings if f.code not in ignored]
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    own = ctx.own_symbol
    document.summary = {"symbol": own.canonical if own else None,
                        "issue_date": ctx.issue_date.isoformat() if ctx.issue_date else None}
    return findings


def _unused_suppressions(ctx: Context, rule: Rule, marks, rules: Sequence[Rule]):
    """Suppressions that silenced nothing, among those naming a rule that ran."""
    ran = [r for r in rules if r.code != rule.code]
    for mark in marks:
        named = [r for r in ran if not mark.selectors or any(r.code.startswith(s.upper()) or s.lower() == r.name for s in mark.selectors)]
        if named and not mark.used:
            what = ", ".join(mark.selectors) if mark.selectors else rule.say(ctx, "every")
            yield rule.finding(mark.start, mark.end, rule.say(ctx, "unused", what=what), rule.say(ctx, "remove"))


def lint_text(text: str, rules: Sequence[Rule], *, path: str | None = None, language: str | None = None) -> list[Finding]:
    return lint_document(Document(text, path, language=language), rules)


MAX_BYTES = 64 * 1024 * 1024  # no national report is this large; a file that is, is not one


def read_bytes(path: str) -> bytes:
    """A file's bytes: a local path, '-' for stdin, or an fsspec URL (memory://, s3://, …)."""
    try:
        if path == "-":
            return sys.stdin.buffer.read()
        if "://" not in path and os.path.getsize(path) > MAX_BYTES:
            size = os.path.getsize(path) / 1024 / 1024
            raise ReadError("E009", f"too large to be a report: {size:.0f} MB (the limit is {MAX_BYTES // 1024 // 1024} MB)")
        if "://" in path:
            import fsspec  # object stores, where their filesystem package is installed

            with fsspec.open(path, "rb") as handle:
                return handle.read()
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise ReadError("E001", f"cannot read: {exc.strerror or exc}") from None
    except ImportError as exc:
        raise ReadError("E001", f"cannot read {path}: {exc}") from None


def read_document(path: str, *, language: str | None = None, data: bytes | None = None) -> Document:
    """Read a file (or '-' for stdin) into a Document; ReadError says why it cannot be."""
    data = read_bytes(path) if data is None else data
    if not data.strip():
        raise ReadError("E004", "empty file: nothing to check")
    return readers.read_bytes(data, "<stdin>" if path == "-" else path, language=language)


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


def check_file(path: str, config: Config, cache_dir: str | None = None) -> FileResult:
    """Read and lint one file: the unit of work, in this process or in a worker."""
    display = "<stdin>" if path == "-" else path
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
        document = read_document(path, language=config.language, data=data)
        document.source_digest = hashlib.sha256(data).hexdigest()
    except ReadError as error:
        return FileResult(display, error=error, config=config)
    findings = lint_document(document, select_rules(config), config)
    if store is not None:
        store.put(key, document, findings)
    return FileResult(document.path or display, document, findings, config=config)


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
        return with_overrides(load_config(found) if found else Config(), **self.overrides)

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
               progress=None) -> Iterator[FileResult]:
    """Check every file under `paths`, in order, `jobs` at a time; waivers are applied here, in
    one process, because they record what they waived."""
    configs = configs or Configs()
    tasks: list[tuple[str, Config] | FileResult] = []
    for path, named in expand_paths(paths):
        config = configs.for_path(path)
        if not named and config.excluded(path):
            continue
        if not named and not path.lower().endswith(readers.KNOWN):
            tasks.append(FileResult(path, config=config, skipped=f"not a report format treatylint reads ({os.path.splitext(path)[1] or 'no extension'})"))
            continue
        tasks.append((path, config))
    work = [t for t in tasks if not isinstance(t, FileResult)]
    if progress is not None:
        progress.start(len(work))
    checked = iter(_run(work, jobs, cache_dir))
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
    yield from _unused_waivers(configs)


def _run(work: list[tuple[str, Config]], jobs: int, cache_dir: str | None) -> Iterator[FileResult]:
    if jobs <= 1 or len(work) <= 1 or any(path == "-" for path, _ in work):
        for path, config in work:
            yield check_file(path, config, cache_dir)
        return
    # Cache hits are answered here: sending their text to a worker and back would cost more.
    hits = [cached_result(path, config, cache_dir) for path, config in work]
    misses = [task for task, hit in zip(work, hits) if hit is None]
    computed = iter(_in_pool(misses, jobs, cache_dir)) if misses else iter(())
    for hit in hits:
        yield hit if hit is not None else next(computed)


def _in_pool(work: list[tuple[str, Config]], jobs: int, cache_dir: str | None) -> Iterator[FileResult]:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # small chunks: file sizes vary a lot (a PDF costs a hundred text files), and order is kept anyway
        yield from pool.map(check_file, [p for p, _ in work], [c for _, c in work], [cache_dir] * len(work),
                            chunksize=max(1, len(work) // (jobs * 64)))


def _unused_waivers(configs: Configs) -> Iterator[FileResult]:
    """SUP002 for waiver entries that matched a checked file but none of its findings."""
    by_source: dict[str, list[waivers.Waiver]] = {}
    for waiver in waivers.unused(configs.all_waivers()):
        by_source.setdefault(waiver.source, []).append(waiver)
    for source, entries in by_source.items():
        config = configs.for_path(source)
        rule = next((r for r in select_rules(config) if r.code == "SUP002"), None)
        if rule is None:
            continue
        display = os.path.relpath(source) if not os.path.relpath(source).startswith("..") else source
        document = Document(open(source, encoding="utf-8").read(), display)
        ctx = Context(document, extract_facts(""), language=config.message_language)
        findings = []
        for waiver in entries:
            at = document.text.find(waiver.match)
            start = max(at, 0)
            message = rule.say(ctx, "unused", code=waiver.code, match=waiver.match, file=waiver.file)
            findings.append(rule.finding(start, start + (len(waiver.match) if at >= 0 else 0), message, rule.say(ctx, "remove")))
        yield FileResult(display, document, findings, config=config)
