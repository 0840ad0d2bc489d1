"""`treatylint lsp`: findings where editors and translators type (Language Server Protocol, stdio).

The server lints the editor's text on open, on save and, debounced, on change, with the same
configuration discovery, rules, suppressions and waivers as `check`. Linting runs on one worker
thread, so the event loop keeps answering hovers and code actions while a long report is linted;
a result for text that has changed since is dropped. Positions are converted in
the encoding negotiated with the client (UTF-16 unless it offers UTF-8 or UTF-32); lines end at
LF, CRLF or CR only, as the protocol says. Documents are synchronised in full: pygls' incremental
edits split lines with str.splitlines, which also breaks at form feeds and U+2028 — characters
that text extracted from PDFs does contain — and would shift every position after them.

A document whose lint fails (reading, extracting or a rule) gets one INT001 diagnostic naming the
error in place of its findings, and the server goes on with the others.
"""
from __future__ import annotations

import asyncio
import bisect
import glob
import json
import os
import re
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from linter import readers, waivers
from linter.config import CONFIG_NAMES, ConfigError, select_rules
from linter.describe import describe, symbol_parts
from linter.document import Document
from linter.engine import INTERNAL_ERROR, INTERNAL_ERROR_NAME, Configs, analyse, lint
from linter.extract import FactIndex
from linter.facts import Symbol
from linter.rule import Finding, Severity
from linter.rule_docs import markdown_page, rule_url

DEBOUNCE_SECONDS = 0.3
WAIVER_REASON = "TODO: why this is not an error"
LANGUAGE_IDS = ("plaintext", "markdown", "text")
SEVERITIES = {Severity.ERROR: types.DiagnosticSeverity.Error, Severity.WARNING: types.DiagnosticSeverity.Warning,
              Severity.INFO: types.DiagnosticSeverity.Information}


# ------------------------------------------------------------------ positions
class Lines:
    """Offsets ↔ LSP positions for one document, in one position encoding (its lines end at LF,
    CRLF or CR, as the protocol's do)."""

    def __init__(self, document: Document, encoding: str):
        self.text = document.text
        self.encoding = str(encoding)
        self.starts = document.line_starts

    def _units(self, chars: str) -> int:
        if self.encoding == types.PositionEncodingKind.Utf8:
            return len(chars.encode("utf-8"))
        if self.encoding == types.PositionEncodingKind.Utf32:
            return len(chars)
        return len(chars) + sum(1 for c in chars if ord(c) > 0xFFFF)

    def position(self, offset: int) -> types.Position:
        line = bisect.bisect_right(self.starts, offset) - 1
        return types.Position(line, self._units(self.text[self.starts[line]:offset]))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(self.position(start), self.position(end))

    def offset(self, position: types.Position) -> int:
        """The code-point offset of a client position (clamped to its line, as the protocol asks)."""
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[position.line]
        end = self.starts[position.line + 1] if position.line + 1 < len(self.starts) else len(self.text)
        line = self.text[start:end].rstrip("\r\n")
        units = 0
        for i, char in enumerate(line):
            if units >= position.character:
                return start + i
            units += self._units(char)
        return start + len(line)


class Linted(NamedTuple):
    """The last lint of one open document."""

    document: Document
    lines: Lines
    findings: list[Finding]
    facts: FactIndex  # the facts its rules saw: what a hover shows
    docs_url: str | None  # its configuration's `docs-url`


# ------------------------------------------------------------------ the server
class TreatylintServer(LanguageServer):
    def __init__(self, version: str, language_ids: tuple[str, ...] = LANGUAGE_IDS):
        super().__init__("treatylint", version, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.language_ids = set(language_ids)
        self.configs = Configs()
        self.state: dict[str, Linted] = {}  # uri → last lint
        self.pending: dict[str, asyncio.TimerHandle] = {}
        self.config_error: str | None = None  # the last configuration error shown
        self.linter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="treatylint-lint")  # one lint at a time, in order
        cache = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
        self.docs_folder = os.path.join(cache, "treatylint", "rules", version)  # per version: pages change with rules
        self.pages: dict[str, types.CodeDescription | None] = {}  # rule code → its local page's link

    def lint(self, uri: str) -> None:
        """Lint the editor's text of `uri` and publish its diagnostics."""
        self.pending.pop(uri, None)
        text_document = self.workspace.get_text_document(uri)
        if text_document.language_id not in self.language_ids and not _path(uri).lower().endswith(readers.TEXT + readers.MARKDOWN):
            return
        path = _path(uri)
        try:
            config = self.configs.for_path(path)
            waived = self.configs.waivers_for(path, config)
        except ConfigError as error:  # say why once, and show no stale findings until it is fixed
            if self.config_error != str(error):
                self.config_error = str(error)
                self.window_show_message(types.ShowMessageParams(types.MessageType.Error, f"treatylint: {error}"))
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, [], text_document.version))
            return
        self.config_error = None
        work = (text_document.source, path, text_document.language_id, config, waived)
        loop = asyncio.get_running_loop()
        future = self.linter.submit(_lint, *work, str(self.workspace.position_encoding))
        future.add_done_callback(lambda done: loop.call_soon_threadsafe(self.publish, uri, text_document.version, done))

    def publish(self, uri: str, version: int | None, done) -> None:
        """Publish a finished lint, unless the text changed meanwhile (a newer lint is coming). A
        lint that failed replaces the document's findings with one diagnostic that says so: stale
        findings would point at text that has changed."""
        current = self.workspace.text_documents.get(uri)
        if current is None or current.version != version:
            return
        if (error := done.exception()) is not None:
            self.state.pop(uri, None)
            self.window_log_message(types.LogMessageParams(types.MessageType.Error, f"treatylint: linting {uri} failed:\n"
                                                           + "".join(traceback.format_exception(error))))
            diagnostics = [_internal_error(error)]
        else:
            linted = self.state[uri] = done.result()
            diagnostics = [self.diagnostic(f, linted, uri) for f in linted.findings]
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, diagnostics, version))

    def lint_later(self, uri: str) -> None:
        if (handle := self.pending.pop(uri, None)) is not None:
            handle.cancel()
        self.pending[uri] = asyncio.get_running_loop().call_later(DEBOUNCE_SECONDS, self.lint, uri)

    def diagnostic(self, finding: Finding, linted: Linted, uri: str) -> types.Diagnostic:
        lines = linted.lines
        message = finding.message + (f"\n{finding.suggestion}" if finding.suggestion else "")
        related = [types.DiagnosticRelatedInformation(types.Location(uri, lines.range(r.start, r.end)), r.note)
                   for r in finding.related]
        return types.Diagnostic(lines.range(finding.start, finding.end), message, severity=SEVERITIES[finding.severity],
                                code=finding.code, code_description=self.rule_page(finding.code, linted.docs_url),
                                source="treatylint", related_information=related or None, data={"name": finding.name})

    def rule_page(self, code: str, docs_url: str | None) -> types.CodeDescription | None:
        """A link to the rule's documentation. With a `docs-url` configured, its published page,
        which every editor can open, a remote one too. Without one there is no web page to link
        to, so the page is written once per version into the cache folder as a local file: it
        opens offline in an editor on the same machine, which is where most editors run."""
        from linter.registry import find_rule

        rule = find_rule(code)
        if rule is None:  # INT001 has no page
            return None
        if docs_url:
            return types.CodeDescription(rule_url(code, docs_url))
        if code not in self.pages:
            self.pages[code] = self._write_page(rule)
        return self.pages[code]

    def _write_page(self, rule) -> types.CodeDescription | None:
        path = Path(self.docs_folder, f"{rule.code}.md")
        page = markdown_page(rule)
        try:
            if not path.is_file() or path.read_text(encoding="utf-8") != page:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(page, encoding="utf-8")
        except (OSError, UnicodeDecodeError):  # a read-only home: the diagnostics matter more than the link
            return None
        return types.CodeDescription(path.as_uri())

    def reload_configuration(self) -> None:
        self.configs = Configs()
        for uri in list(self.workspace.text_documents):
            self.lint(uri)


def _lint(text: str, path: str, language_id: str, config, waived, encoding: str) -> Linted:
    """The work of one lint, on the linting thread: the event loop stays free to answer hovers."""
    analysis = analyse(_document(text, path, language_id, config.language), config)
    document = analysis.document
    findings = waivers.apply(document, path, lint(analysis, select_rules(config), config), waived)
    return Linted(document, Lines(document, encoding), findings, analysis.facts, config.docs_url)


def _internal_error(error: BaseException) -> types.Diagnostic:
    """The one diagnostic of a document that could not be linted, at its start."""
    start = types.Position(0, 0)
    return types.Diagnostic(types.Range(start, start), f"treatylint could not lint this document: {type(error).__name__}: {error}",
                            severity=types.DiagnosticSeverity.Error, code=INTERNAL_ERROR, source="treatylint", data={"name": INTERNAL_ERROR_NAME})


def _path(uri: str) -> str:
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


def _document(text: str, path: str, language_id: str, language: str | None) -> Document:
    """The Document `check` would build from the same text (Markdown code blocks left out)."""
    if language_id == "markdown" or path.lower().endswith(readers.MARKDOWN):
        from linter.readers import markdown

        return markdown.from_text(text, path, language=language)
    return Document(text, path, language=language)


# ------------------------------------------------------------------ code actions and hover
def code_actions(server: TreatylintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    if uri not in server.state:
        return []
    linted = server.state[uri]
    document, lines = linted.document, linted.lines
    start, end = lines.offset(params.range.start), lines.offset(params.range.end)
    actions = []
    for finding in linted.findings:
        if not (finding.start <= end and start <= finding.end):
            continue
        diagnostic = server.diagnostic(finding, linted, uri)
        if finding.fix is not None:
            fix = finding.fix
            title = f"{finding.code}: replace “{document.text[fix.start:fix.end]}” with “{fix.replacement}”" if fix.replacement \
                else f"{finding.code}: remove “{document.text[fix.start:fix.end]}”"
            actions.append(types.CodeAction(title, kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                                            is_preferred=fix.safe, edit=_edit(uri, lines.range(fix.start, fix.end), fix.replacement)))
        # Markdown has comments; plain text has none (a `#` line would become part of the report).
        accept = _disable(uri, document, lines, finding) if document.kind == "markdown" else _waive(server, uri, document, finding)
        if accept is not None:
            actions.append(types.CodeAction(accept[0], kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic], edit=accept[1]))
    return actions


def _edit(uri: str, where: types.Range, text: str) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(changes={uri: [types.TextEdit(where, text)]})


def _disable(uri: str, document: Document, lines: Lines, finding: Finding) -> tuple[str, types.WorkspaceEdit]:
    """A suppression comment on its own line above the finding's line, indented like it (Markdown)."""
    line = document.line_of(finding.start) + 1
    line_start = document.line_starts[line - 1]
    indent = re.match(r"[ \t]*", document.text[line_start:]).group()
    following = document.line_starts[line] if line < len(document.line_starts) else None
    ending = document.text[document.line_span(line)[1]:following] if following is not None else "\n"  # the line's own
    comment = f"<!-- treatylint: disable-next-line {finding.code} -->"
    return f"{finding.code}: disable for this line", _edit(uri, lines.range(line_start, line_start), f"{indent}{comment}{ending}")


def _waive(server: TreatylintServer, uri: str, document: Document, finding: Finding) -> tuple[str, types.WorkspaceEdit] | None:
    """A [[waiver]] entry for the finding, for documents that cannot carry comments. It goes into
    the nearest treatylint-waivers.toml upwards (only the nearest one is read, so a new file
    nearer the document would hide it), or a new one next to the document. None when there is
    no file to write to or no text to match."""
    path = _path(uri)
    match = document.text[finding.start:finding.end]
    if not os.path.isabs(path) or not match.strip():
        return None
    existing = waivers.find(path)
    target = existing or os.path.join(os.path.dirname(path), waivers.WAIVER_FILE)
    relative = Path(os.path.relpath(path, os.path.dirname(target))).as_posix()
    fields = {"file": glob.escape(relative), "code": finding.code, "match": match, "reason": WAIVER_REASON}
    entry = ["[[waiver]]"] + [f"{key} = {toml_string(value)}" for key, value in fields.items()]
    edit = _append(server, target, entry) if existing else _create(server, target, entry)
    return edit and (f"{finding.code}: waive this finding in {os.path.relpath(target, os.path.dirname(path))}", edit)


def _create(server: TreatylintServer, path: str, lines: list[str]) -> types.WorkspaceEdit | None:
    """A new file holding `lines`, if the client can create files."""
    workspace = server.client_capabilities.workspace
    edits = workspace.workspace_edit if workspace else None
    if not (edits and edits.document_changes and types.ResourceOperationKind.Create in (edits.resource_operations or ())):
        return None
    uri, start = Path(path).as_uri(), types.Position(0, 0)
    return types.WorkspaceEdit(document_changes=[
        types.CreateFile(uri, options=types.CreateFileOptions(overwrite=False, ignore_if_exists=True)),
        types.TextDocumentEdit(types.OptionalVersionedTextDocumentIdentifier(uri, None),
                               [types.TextEdit(types.Range(start, start), "\n".join(lines) + "\n")])])


def _append(server: TreatylintServer, path: str, lines: list[str]) -> types.WorkspaceEdit | None:
    """`lines` at the end of a file (its text in the editor when open there), after a blank line,
    in the file's own line ending; None when it cannot be read."""
    uri = Path(path).as_uri()
    if (open_document := server.workspace.text_documents.get(uri)) is not None:
        text = open_document.source
    else:
        try:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                text = handle.read()
        except (OSError, UnicodeDecodeError):
            return None
    newline = "\r\n" if "\r\n" in text else "\n"
    before = "" if not text.strip() else (newline if text.endswith(("\n", "\r")) else newline * 2)
    end = Lines(Document(text), str(server.workspace.position_encoding)).position(len(text))
    return _edit(uri, types.Range(end, end), before + newline.join(lines) + newline)


def toml_string(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, and TOML also forbids a raw DEL."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def hover(server: TreatylintServer, params: types.HoverParams) -> types.Hover | None:
    uri = params.text_document.uri
    if uri not in server.state:
        return None
    linted = server.state[uri]
    document, lines = linted.document, linted.lines
    offset = lines.offset(params.position)
    start, end = document.line_span(document.line_of(offset) + 1)
    facts = [f for f in linted.facts.within(start, end) if f.start <= offset < f.end]
    if not facts:
        return None
    fact = min(facts, key=lambda f: f.end - f.start)  # the innermost fact under the cursor
    text = f"**{fact.kind}** `{describe(fact)}`"
    if isinstance(fact, Symbol):
        text += "\n\n" + "\n".join(f"- {line}" for line in symbol_parts(fact))
    return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, text), lines.range(fact.start, fact.end))


def make_server(version: str, language_ids: tuple[str, ...] = LANGUAGE_IDS) -> TreatylintServer:
    server = TreatylintServer(version, language_ids)

    @server.feature(types.INITIALIZE)
    def initialize(ls: TreatylintServer, params: types.InitializeParams):
        options = params.initialization_options or {}
        if isinstance(options, dict) and options.get("languageIds"):
            ls.language_ids = set(options["languageIds"])

    @server.feature(types.INITIALIZED)
    def initialized(ls: TreatylintServer, params):
        watching = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
        if watching and watching.dynamic_registration:
            watchers = [types.FileSystemWatcher(f"**/{name}") for name in (*CONFIG_NAMES, waivers.WAIVER_FILE)]
            ls.client_register_capability(types.RegistrationParams([types.Registration(
                "treatylint-config", types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                types.DidChangeWatchedFilesRegistrationOptions(watchers))]))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: TreatylintServer, params: types.DidOpenTextDocumentParams):
        ls.lint(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: TreatylintServer, params: types.DidChangeTextDocumentParams):
        ls.lint_later(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: TreatylintServer, params: types.DidSaveTextDocumentParams):
        if os.path.basename(_path(params.text_document.uri)) in (*CONFIG_NAMES, waivers.WAIVER_FILE):
            ls.reload_configuration()
        else:
            ls.lint(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: TreatylintServer, params: types.DidCloseTextDocumentParams):
        uri = params.text_document.uri
        if (handle := ls.pending.pop(uri, None)) is not None:
            handle.cancel()
        if ls.state.pop(uri, None) is not None:
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files_changed(ls: TreatylintServer, params: types.DidChangeWatchedFilesParams):
        ls.reload_configuration()

    server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                   types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))(code_actions)
    server.feature(types.TEXT_DOCUMENT_HOVER)(hover)
    return server
