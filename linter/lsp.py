"""`treatylint lsp`: findings where editors and translators type (Language Server Protocol, stdio).

The server lints the editor's text on open, on save and, debounced, on change, with the same
configuration discovery, rules, suppressions and waivers as `check`. Linting runs on one worker
thread, so the event loop keeps answering hovers and code actions while a long report is linted;
a result for text that has changed since is dropped. Positions are converted in
the encoding negotiated with the client (UTF-16 unless it offers UTF-8 or UTF-32); lines end at
LF, CRLF or CR only, as the protocol says. Documents are synchronised in full: pygls' incremental
edits split lines with str.splitlines, which also breaks at form feeds and U+2028 — characters
that text extracted from PDFs does contain — and would shift every position after them.
"""
from __future__ import annotations

import asyncio
import bisect
import os
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from linter import readers, waivers
from linter.config import CONFIG_NAMES, ConfigError, select_rules
from linter.describe import describe, symbol_parts
from linter.document import Document
from linter.engine import Configs, lint_document
from linter.extract import extract_facts
from linter.facts import Symbol
from linter.rule import Finding, Severity

DEBOUNCE_SECONDS = 0.3
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


# ------------------------------------------------------------------ the server
class TreatylintServer(LanguageServer):
    def __init__(self, version: str, language_ids: tuple[str, ...] = LANGUAGE_IDS):
        super().__init__("treatylint", version, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.language_ids = set(language_ids)
        self.configs = Configs()
        self.state: dict[str, tuple[Document, Lines, list[Finding]]] = {}  # uri → last lint
        self.pending: dict[str, asyncio.TimerHandle] = {}
        self.config_error: str | None = None  # the last configuration error shown
        self.linter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="treatylint-lint")  # one lint at a time, in order
        cache = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
        self.docs_folder = os.path.join(cache, "treatylint", "rules", version)  # per version: pages change with rules
        self.pages: dict[str, types.CodeDescription | None] = {}  # rule code → its page's link

    def lint(self, uri: str) -> None:
        """Lint the editor's text of `uri` and publish its diagnostics."""
        self.pending.pop(uri, None)
        text_document = self.workspace.get_text_document(uri)
        if text_document.language_id not in self.language_ids and not _path(uri).lower().endswith(readers.TEXT + readers.MARKDOWN):
            return
        path = _path(uri)
        try:
            config = self.configs.for_path(path)
        except ConfigError as error:  # say why once, and show no stale findings until it is fixed
            if self.config_error != str(error):
                self.config_error = str(error)
                self.window_show_message(types.ShowMessageParams(types.MessageType.Error, f"treatylint: {error}"))
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, [], text_document.version))
            return
        self.config_error = None
        work = (text_document.source, path, text_document.language_id, config, self.configs.waivers_for(path, config))
        loop = asyncio.get_running_loop()
        future = self.linter.submit(_lint, *work, str(self.workspace.position_encoding))
        future.add_done_callback(lambda done: loop.call_soon_threadsafe(self.publish, uri, text_document.version, done))

    def publish(self, uri: str, version: int | None, done) -> None:
        """Publish a finished lint, unless the text changed meanwhile (a newer lint is coming)."""
        if done.exception() is not None:
            self.window_log_message(types.LogMessageParams(types.MessageType.Error, f"treatylint: linting {uri} failed: {done.exception()!r}"))
            return
        current = self.workspace.text_documents.get(uri)
        if current is None or current.version != version:
            return
        document, lines, findings = self.state[uri] = done.result()
        diagnostics = [self.diagnostic(f, lines, uri) for f in findings]
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, diagnostics, version))

    def lint_later(self, uri: str) -> None:
        if (handle := self.pending.pop(uri, None)) is not None:
            handle.cancel()
        self.pending[uri] = asyncio.get_running_loop().call_later(DEBOUNCE_SECONDS, self.lint, uri)

    def diagnostic(self, finding: Finding, lines: Lines, uri: str) -> types.Diagnostic:
        message = finding.message + (f"\n{finding.suggestion}" if finding.suggestion else "")
        related = [types.DiagnosticRelatedInformation(types.Location(uri, lines.range(r.start, r.end)), r.note)
                   for r in finding.related]
        return types.Diagnostic(lines.range(finding.start, finding.end), message, severity=SEVERITIES[finding.severity],
                                code=finding.code, code_description=self.rule_page(finding.code), source="treatylint",
                                related_information=related or None, data={"name": finding.name})

    def rule_page(self, code: str) -> types.CodeDescription | None:
        """A link to the rule's documentation: a file written once per version, readable offline."""
        if code not in self.pages:
            self.pages[code] = self._write_page(code)
        return self.pages[code]

    def _write_page(self, code: str) -> types.CodeDescription | None:
        from linter.registry import find_rule

        rule = find_rule(code)
        if rule is None:
            return None
        path = os.path.join(self.docs_folder, f"{code}.md")
        if not os.path.exists(path):
            try:
                os.makedirs(self.docs_folder, exist_ok=True)
                Path(path).write_text(rule.page() + "\n", encoding="utf-8")
            except OSError:  # a read-only home: the diagnostics matter more than the link
                return None
        return types.CodeDescription(Path(path).as_uri())

    def reload_configuration(self) -> None:
        self.configs = Configs()
        for uri in list(self.workspace.text_documents):
            self.lint(uri)


def _lint(text: str, path: str, language_id: str, config, waived, encoding: str) -> tuple[Document, Lines, list[Finding]]:
    """The work of one lint, on the linting thread: the event loop stays free to answer hovers."""
    document = _document(text, path, language_id, config.language)
    findings = waivers.apply(document, path, lint_document(document, select_rules(config), config), waived)
    return document, Lines(document, encoding), findings


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
    document, lines, findings = server.state[uri]
    start, end = lines.offset(params.range.start), lines.offset(params.range.end)
    actions = []
    for finding in findings:
        if not (finding.start <= end and start <= finding.end):
            continue
        diagnostic = server.diagnostic(finding, lines, uri)
        if finding.fix is not None:
            fix = finding.fix
            title = f"{finding.code}: replace “{document.text[fix.start:fix.end]}” with “{fix.replacement}”" if fix.replacement \
                else f"{finding.code}: remove “{document.text[fix.start:fix.end]}”"
            actions.append(types.CodeAction(title, kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                                            is_preferred=fix.safe, edit=_edit(uri, lines.range(fix.start, fix.end), fix.replacement)))
        actions.append(types.CodeAction(f"{finding.code}: disable for this line", kind=types.CodeActionKind.QuickFix,
                                        diagnostics=[diagnostic], edit=_disable(uri, document, lines, finding)))
    return actions


def _edit(uri: str, where: types.Range, text: str) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(changes={uri: [types.TextEdit(where, text)]})


def _disable(uri: str, document: Document, lines: Lines, finding: Finding) -> types.WorkspaceEdit:
    """A suppression comment on its own line above the finding's line, indented like it."""
    line = document.line_of(finding.start) + 1
    line_start = document.line_starts[line - 1]
    indent = re.match(r"[ \t]*", document.text[line_start:]).group()
    following = document.line_starts[line] if line < len(document.line_starts) else None
    ending = document.text[document.line_span(line)[1]:following] if following is not None else "\n"  # the line's own
    comment = f"<!-- treatylint: disable-next-line {finding.code} -->" if document.kind == "markdown" \
        else f"# treatylint: disable-next-line {finding.code}"
    return _edit(uri, lines.range(line_start, line_start), f"{indent}{comment}{ending}")


def hover(server: TreatylintServer, params: types.HoverParams) -> types.Hover | None:
    uri = params.text_document.uri
    if uri not in server.state:
        return None
    document, lines, _ = server.state[uri]
    offset = lines.offset(params.position)
    start, end = document.line_span(document.line_of(offset) + 1)
    facts = [f for f in extract_facts(document.text[start:end]) if f.start <= offset - start < f.end]
    if not facts:
        return None
    fact = min(facts, key=lambda f: f.end - f.start)  # the innermost fact under the cursor
    text = f"**{fact.kind}** `{describe(fact)}`"
    if isinstance(fact, Symbol):
        text += "\n\n" + "\n".join(f"- {line}" for line in symbol_parts(fact))
    return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, text), lines.range(start + fact.start, start + fact.end))


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
