"""`treatylint lsp` as an editor sees it: a subprocess spoken to in JSON-RPC over its stdio.

The document has CJK text, an emoji (two UTF-16 code units, four UTF-8 bytes) before a finding
and CRLF line endings, so an off-by-one in any position encoding shows as a wrong range. A crash
inside a lint is provoked in a server run in this process (over pipes, the same protocol), where
the test can replace a function; nothing a user can set reaches it.
"""
from __future__ import annotations

import decimal
import importlib
import json
import os
import subprocess
import sys
import threading
import tomllib
import queue
from pathlib import Path
from typing import BinaryIO

import pytest
from hypothesis import example, given, strategies as st

from linter.cli import _version
from linter.lsp import toml_string
from linter.registry import find_rule
from linter.rule_docs import markdown_page
from tests.conftest import SHOWN, printed_facts

TEXT = ("示例国报告\r\n"
        "😀 示例国将专业知知识转让给区域中心。\r\n"
        "示例国于 2021 年、2022 年和 2023 年分别捐助了 598 000 美元、605 500 美元和 240 万亿美元。\r\n"
        "会议于 2022 年 1 月 4 日至 28 日举行，见 A/RES/75/71 号决议。\r\n")
DOUBLED_LINE, AMOUNT_LINE, RANGE_LINE = 1, 2, 3


def units(text: str, encoding: str) -> int:
    return {"utf-8": len(text.encode("utf-8")), "utf-16": len(text.encode("utf-16-le")) // 2, "utf-32": len(text)}[encoding]


def character(line: int, before: str, encoding: str) -> int:
    """Where `before` first occurs on `line`, in `encoding` units."""
    text = TEXT.split("\r\n")[line]
    return units(text[: text.index(before)], encoding)


class Client:
    """A minimal LSP client: Content-Length framing, requests answered by id, notifications queued."""

    def __init__(self, to_server: BinaryIO, from_server: BinaryIO):
        self.to_server, self.from_server = to_server, from_server
        self.next_id = 0
        self.messages: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def finished(self) -> int:
        """The server's exit status once it has gone."""
        raise NotImplementedError

    def abort(self) -> str:
        """Stop the server; what it wrote to its standard error."""
        raise NotImplementedError

    def _read(self):
        stream = self.from_server
        while True:
            headers = {}
            while (line := stream.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            if not headers:
                return
            self.messages.put(json.loads(stream.read(int(headers["content-length"]))))

    def send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}, ensure_ascii=False).encode("utf-8")
        self.to_server.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.to_server.flush()

    def notify(self, method: str, params: dict) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: dict | None):
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        message = self.wait(lambda m: m.get("id") == self.next_id and "method" not in m)
        assert "error" not in message, message
        return message["result"]

    def wait(self, matches, timeout: float = 20):
        """The next message that `matches`; server requests (registrations) are answered on the way."""
        skipped = []
        while True:
            try:
                message = self.messages.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"no answer from the server; messages skipped: {skipped}; stderr:\n" + self.abort()) from None
            if "method" in message and "id" in message:
                self.send({"id": message["id"], "result": None})
            if matches(message):
                return message
            skipped.append(message)

    def diagnostics(self, uri: str) -> list[dict]:
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri)["params"]["diagnostics"]

    def close(self) -> int:
        self.request("shutdown", None)
        self.notify("exit", None)
        return self.finished()


class SpawnedClient(Client):
    """`treatylint lsp` in a subprocess, as an editor starts it."""

    def __init__(self, cwd: Path):
        env = {**os.environ, "XDG_CACHE_HOME": str(cwd / "cache")}
        self.process = subprocess.Popen([sys.executable, "-m", "linter", "lsp"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, env=env)
        super().__init__(self.process.stdin, self.process.stdout)

    def finished(self) -> int:
        return self.process.wait(timeout=10)

    def abort(self) -> str:
        self.process.kill()
        return self.process.stderr.read().decode()


class InProcessClient(Client):
    """The same server on a thread of this process, spoken to over pipes."""

    def __init__(self):
        from linter.lsp import make_server

        server_in, self_out = os.pipe()
        self_in, server_out = os.pipe()
        self.server = make_server("0+test")
        self.thread = threading.Thread(target=self.server.start_io, args=(open(server_in, "rb"), open(server_out, "wb")), daemon=True)
        self.thread.start()
        super().__init__(open(self_out, "wb"), open(self_in, "rb"))

    def finished(self) -> int:
        self.to_server.close()  # the server's reader ends with its input
        self.thread.join(timeout=10)
        return 1 if self.thread.is_alive() else 0

    def abort(self) -> str:
        self.to_server.close()
        return "(the server runs in this process: see the captured log)"


def start_server(tmp_path: Path, encodings: list[str] | None = None, *, watch: bool = False, create_files: bool = False,
                 client: Client | None = None) -> Client:
    client = client or SpawnedClient(tmp_path)
    capabilities: dict = {"textDocument": {"hover": {"contentFormat": ["markdown"]}}, "workspace": {}}
    if encodings:
        capabilities["general"] = {"positionEncodings": encodings}
    if watch:
        capabilities["workspace"]["didChangeWatchedFiles"] = {"dynamicRegistration": True}
    if create_files:
        capabilities["workspace"]["workspaceEdit"] = {"documentChanges": True, "resourceOperations": ["create"]}
    result = client.request("initialize", {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": capabilities})
    client.negotiated = result["capabilities"].get("positionEncoding", "utf-16")
    client.notify("initialized", {})
    return client


def open_document(client: Client, path: Path, text: str = TEXT, language_id: str = "plaintext") -> str:
    uri = path.as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language_id, "version": 1, "text": text}})
    return uri


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8", "utf-32"])
def test_diagnostics_have_exact_ranges_in_the_negotiated_encoding(tmp_path, encoding):
    client = start_server(tmp_path, None if encoding == "utf-16" else [encoding, "utf-16"])
    assert client.negotiated == encoding
    uri = open_document(client, tmp_path / "report.txt")
    diagnostics = client.diagnostics(uri)
    by_code = {d["code"]: d for d in diagnostics}
    assert sorted(by_code) == ["AMT001", "TXT001"]

    doubled = by_code["TXT001"]
    start = character(DOUBLED_LINE, "知知", encoding)
    assert doubled["range"] == {"start": {"line": 1, "character": start}, "end": {"line": 1, "character": start + units("知知", encoding)}}
    assert doubled["severity"] == 2 and doubled["source"] == "treatylint"
    assert doubled["message"] == "知 is doubled in 专业知知识转\nwrite 专业知识转"
    page = tmp_path / "cache" / "treatylint" / "rules" / _version() / "TXT001.md"  # no docs-url: a local page
    assert doubled["codeDescription"] == {"href": page.as_uri()}
    assert page.read_text(encoding="utf-8") == markdown_page(find_rule("TXT001"))

    amount = by_code["AMT001"]
    start = character(AMOUNT_LINE, "240 万亿美元", encoding)
    assert amount["range"]["start"] == {"line": 2, "character": start}
    assert amount["range"]["end"] == {"line": 2, "character": start + units("240 万亿美元", encoding)}
    assert amount["severity"] == 1
    assert client.close() == 0


def test_change_is_debounced_and_relinted(tmp_path):
    client = start_server(tmp_path)
    uri = open_document(client, tmp_path / "report.txt")
    assert len(client.diagnostics(uri)) == 2
    fixed = TEXT.replace("知知", "知")
    for version, text in enumerate((TEXT + "草稿", fixed + "草", fixed), start=2):  # typing: one lint for the last
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]})
    message = client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    assert message["params"]["version"] == 4
    assert [d["code"] for d in message["params"]["diagnostics"]] == ["AMT001"]
    assert client.close() == 0


def test_code_actions_fix_and_disable(tmp_path):
    client = start_server(tmp_path)
    uri = open_document(client, tmp_path / "report.md", language_id="markdown")
    doubled = next(d for d in client.diagnostics(uri) if d["code"] == "TXT001")
    actions = client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": doubled["range"],
                                                         "context": {"diagnostics": [doubled]}})
    titles = [a["title"] for a in actions]
    assert titles == ["TXT001: remove “知”", "TXT001: disable for this line"]
    fix, disable = actions
    assert fix["isPreferred"] is True and fix["kind"] == "quickfix"
    start = character(DOUBLED_LINE, "知知", "utf-16") + 1
    assert fix["edit"]["changes"][uri] == [{"range": {"start": {"line": 1, "character": start}, "end": {"line": 1, "character": start + 1}}, "newText": ""}]
    assert disable["edit"]["changes"][uri] == [{"range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 0}},
                                                "newText": "<!-- treatylint: disable-next-line TXT001 -->\r\n"}]

    assert client.close() == 0


def test_amount_fix_is_offered_but_not_preferred(tmp_path):
    client = start_server(tmp_path)
    uri = open_document(client, tmp_path / "report.txt")
    amount = next(d for d in client.diagnostics(uri) if d["code"] == "AMT001")
    actions = client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": amount["range"],
                                                         "context": {"diagnostics": [amount]}})
    rescale = actions[0]
    assert rescale["title"] == "AMT001: replace “240 万亿美元” with “240 万美元”"
    assert rescale.get("isPreferred") is False
    # Plain text has no comments, and this client cannot create the waivers file: nothing else.
    assert [a["title"] for a in actions] == ["AMT001: replace “240 万亿美元” with “240 万美元”"]
    assert client.close() == 0


@pytest.mark.parametrize("needle, value", [
    ("240 万亿美元", "USD 240 000 000 000 000 (2.4 × 10^14)"),
    ("2022 年 1 月 4 日至 28 日", "2022-01-04 … 2022-01-28"),
    ("A/RES/75/71", "A/RES/75/71"),
])
def test_hover_shows_the_normalized_value(tmp_path, needle, value):
    client = start_server(tmp_path, ["utf-8"])
    uri = open_document(client, tmp_path / "report.txt")
    client.diagnostics(uri)
    line = next(i for i, text in enumerate(TEXT.split("\r\n")) if needle in text)
    start = character(line, needle, "utf-8")
    middle = start + units(needle[: len(needle) // 2], "utf-8")
    hover = client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": line, "character": middle}})
    assert f"`{value}`" in hover["contents"]["value"]
    assert hover["range"] == {"start": {"line": line, "character": start}, "end": {"line": line, "character": start + units(needle, "utf-8")}}
    if needle.startswith("A/RES"):
        assert "- implies General Assembly session 75: 2020–2021" in hover["contents"]["value"]
    assert client.close() == 0


def test_hovers_show_the_facts_treatylint_facts_prints(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(SHOWN, encoding="utf-8")
    printed = printed_facts(path)
    assert any("skipped" in r for r in printed)
    client = start_server(tmp_path, ["utf-8"])
    uri = open_document(client, path, SHOWN, language_id="markdown")
    client.diagnostics(uri)

    def hover(line: int, character: int):
        return client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})

    for record in printed:
        shown = hover(record["line"] - 1, record["column"] - 1)
        if "skipped" in record:  # the rules do not see it, and neither does a hover
            assert shown is None, record
        else:
            start = {"line": record["line"] - 1, "character": record["column"] - 1}
            assert shown["range"] == {"start": start, "end": {"line": start["line"], "character": start["character"] + len(record["text"])}}
            assert shown["contents"]["value"].startswith(f"**{record['type']}**")
    code = SHOWN.split("\n").index("USD 9 on 8 May 2021, A/RES/75/71")
    assert [hover(code, SHOWN.split("\n")[code].index(needle)) for needle in ("USD 9", "8 May", "A/RES")] == [None] * 3
    assert client.close() == 0


def test_configuration_is_honoured_and_reloaded(tmp_path):
    client = start_server(tmp_path, watch=True)
    uri = open_document(client, tmp_path / "report.txt")
    assert len(client.diagnostics(uri)) == 2
    config = tmp_path / "treatylint.toml"
    config.write_text('ignore = ["TXT001"]\n', encoding="utf-8")
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 1}]})
    assert [d["code"] for d in client.diagnostics(uri)] == ["AMT001"]
    config.write_text('[severity]\nAMT001 = "info"\n', encoding="utf-8")
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    diagnostics = client.diagnostics(uri)
    assert [(d["code"], d["severity"]) for d in diagnostics] == [("TXT001", 2), ("AMT001", 3)]
    assert client.close() == 0


def test_stray_markup_quick_fix_in_markdown(tmp_path):
    client = start_server(tmp_path)
    text = "## 三. 和平利用核能**\r\n\r\n示例国支持原子能机构的工作，见 [报告](https://undocs.org/A/57/124)。\r\n"
    uri = open_document(client, tmp_path / "report.md", text, "markdown")
    stray = next(d for d in client.diagnostics(uri) if d["code"] == "TXT002")
    at = text.index("**")  # BMP text: code points are UTF-16 units
    assert stray["range"] == {"start": {"line": 0, "character": at}, "end": {"line": 0, "character": at + 2}}
    actions = client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": stray["range"],
                                                         "context": {"diagnostics": [stray]}})
    assert actions[0]["title"] == "TXT002: remove “**”" and actions[0]["isPreferred"] is True
    assert actions[0]["edit"]["changes"][uri] == [{"range": stray["range"], "newText": ""}]
    assert client.close() == 0


def test_a_broken_configuration_is_reported_and_the_server_goes_on(tmp_path):
    config = tmp_path / "treatylint.toml"
    config.write_text('fail-on = "sometimes"\n', encoding="utf-8")
    client = start_server(tmp_path)
    uri = open_document(client, tmp_path / "report.txt")
    shown = client.wait(lambda m: m.get("method") == "window/showMessage")["params"]
    assert shown["type"] == 1 and shown["message"].startswith("treatylint: ") and "fail-on" in shown["message"]
    assert client.diagnostics(uri) == []
    config.write_text('fail-on = "error"\n', encoding="utf-8")
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    assert sorted(d["code"] for d in client.diagnostics(uri)) == ["AMT001", "TXT001"]
    assert client.close() == 0


def test_hover_is_answered_while_a_long_report_is_linted(tmp_path):
    client = start_server(tmp_path)
    small = open_document(client, tmp_path / "small.txt")
    client.diagnostics(small)
    big = open_document(client, tmp_path / "big.txt", TEXT * (1_000_000 // len(TEXT.encode("utf-8"))))
    line = TEXT.split("\r\n")[AMOUNT_LINE]
    client.next_id += 1
    client.send({"id": client.next_id, "method": "textDocument/hover",
                 "params": {"textDocument": {"uri": small}, "position": {"line": AMOUNT_LINE, "character": line.index("万亿")}}})
    first = client.wait(lambda m: m.get("id") == client.next_id or m.get("method") == "textDocument/publishDiagnostics")
    assert first.get("id") == client.next_id and "USD 240 000 000 000 000" in first["result"]["contents"]["value"]
    assert len(client.diagnostics(big)) > 1000
    assert client.close() == 0


# ---------------------------------------------------------------- rule links with a docs-url
def test_a_configured_docs_url_links_the_published_pages(tmp_path):
    published = tmp_path / "published"
    published.mkdir()
    (published / "treatylint.toml").write_text('docs-url = "https://docs.example.org/treatylint/"\n', encoding="utf-8")
    client = start_server(tmp_path)
    links = {}
    for folder in (published, tmp_path):
        uri = open_document(client, folder / "report.txt")
        links[folder.name] = {d["code"]: d["codeDescription"]["href"] for d in client.diagnostics(uri)}
    assert links["published"] == {"AMT001": "https://docs.example.org/treatylint/rules/AMT001/",
                                  "TXT001": "https://docs.example.org/treatylint/rules/TXT001/"}
    local = tmp_path / "cache" / "treatylint" / "rules" / _version()
    assert links[tmp_path.name] == {"AMT001": (local / "AMT001.md").as_uri(), "TXT001": (local / "TXT001.md").as_uri()}
    assert client.close() == 0


# ---------------------------------------------------------------- waivers for plain text
ENTRY = ('[[waiver]]\nfile = "report.txt"\ncode = "TXT001"\nmatch = "知知"\nreason = "TODO: why this is not an error"\n')


def doubled_actions(client: Client, uri: str) -> list[dict]:
    doubled = next(d for d in client.diagnostics(uri) if d["code"] == "TXT001")
    return client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": doubled["range"],
                                                      "context": {"diagnostics": [doubled]}})


def apply_edits(text: str, edits: list[dict]) -> str:
    """Apply LSP text edits (UTF-16 positions) to `text`, last first."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def offset(position: dict) -> int:
        line = text[starts[position["line"]]:]
        units = 0
        for i, char in enumerate(line):
            if units >= position["character"]:
                return starts[position["line"]] + i
            units += 2 if ord(char) > 0xFFFF else 1
        return len(text)

    for edit in sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]), reverse=True):
        text = text[:offset(edit["range"]["start"])] + edit["newText"] + text[offset(edit["range"]["end"]):]
    return text


def test_plain_text_is_waived_in_a_new_waivers_file_not_commented(tmp_path):
    client = start_server(tmp_path, create_files=True, watch=True)
    uri = open_document(client, tmp_path / "report.txt")
    actions = doubled_actions(client, uri)
    assert [a["title"] for a in actions] == ["TXT001: remove “知”", "TXT001: waive this finding in treatylint-waivers.toml"]
    waive = actions[1]["edit"]
    waivers_uri = (tmp_path / "treatylint-waivers.toml").as_uri()
    assert "changes" not in waive
    assert waive["documentChanges"] == [
        {"kind": "create", "uri": waivers_uri, "options": {"overwrite": False, "ignoreIfExists": True}},
        {"textDocument": {"uri": waivers_uri, "version": None},
         "edits": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "newText": ENTRY}]}]

    (tmp_path / "treatylint-waivers.toml").write_text(ENTRY, encoding="utf-8")  # what the editor does with it
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": waivers_uri, "type": 1}]})
    assert [d["code"] for d in client.diagnostics(uri)] == ["AMT001"]  # the waiver is valid and waives it
    assert client.close() == 0


EXISTING = ['[[waiver]]', 'file = "other.txt"', 'code = "URL001"', 'match = "www.un.org/a"', 'reason = "示例 😀 cited twice on purpose"']


@pytest.mark.parametrize("newline, final", [("\n", ""), ("\r\n", "\r\n")], ids=["LF, no final newline", "CRLF"])
def test_a_waiver_is_appended_to_the_nearest_waivers_file(tmp_path, newline, final):
    existing = newline.join(EXISTING) + final
    waivers_file = tmp_path / "treatylint-waivers.toml"
    waivers_file.write_bytes(existing.encode("utf-8"))
    (tmp_path / "drafts").mkdir()
    client = start_server(tmp_path, watch=True)  # appending needs no file creation
    uri = open_document(client, tmp_path / "drafts" / "report.txt")
    actions = doubled_actions(client, uri)
    assert [a["title"] for a in actions] == ["TXT001: remove “知”", "TXT001: waive this finding in ../treatylint-waivers.toml"]
    # the end of the file: after the last line (the emoji is two UTF-16 units), or on the empty line after it
    end = {"line": 5, "character": 0} if final else {"line": 4, "character": len(EXISTING[-1]) + 1}
    entry = ENTRY.replace('"report.txt"', '"drafts/report.txt"').replace("\n", newline)
    assert actions[1]["edit"]["changes"] == {waivers_file.as_uri(): [
        {"range": {"start": end, "end": end}, "newText": (newline if final else newline * 2) + entry}]}

    waivers_file.write_bytes(apply_edits(existing, actions[1]["edit"]["changes"][waivers_file.as_uri()]).encode("utf-8"))
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": waivers_file.as_uri(), "type": 2}]})
    assert [d["code"] for d in client.diagnostics(uri)] == ["AMT001"]
    assert client.close() == 0


@given(st.text())
@example('say "no" \\ \x7f \x00\n\t\u2028')
def test_toml_string_round_trips(value):
    if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
        return  # a lone surrogate is not text TOML (or a file) can hold
    assert tomllib.loads(f"key = {toml_string(value)}") == {"key": value}


# ---------------------------------------------------------------- a lint that crashes
def crash_on(marker: str, real):
    def crashing(text, *args, **kwargs):
        if marker in text:
            raise decimal.InvalidOperation("amount too long")
        return real(text, *args, **kwargs)
    return crashing


@pytest.mark.parametrize("where", ["linter.analysis.extract_facts", "linter.readers.markdown.from_text"])
def test_a_crashing_lint_replaces_the_diagnostics_and_the_server_goes_on(tmp_path, monkeypatch, where):
    module, name = where.rsplit(".", 1)
    monkeypatch.setattr(module + "." + name, crash_on("99999999999999999999999999999", getattr(importlib.import_module(module), name)))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    client = start_server(tmp_path, client=InProcessClient())
    uri = open_document(client, tmp_path / "report.md", language_id="markdown")
    assert len(client.diagnostics(uri)) == 2
    broken = TEXT + "示例国支付了 99999999999999999999999999999 美元。\r\n"
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": broken}]})
    logged = client.wait(lambda m: m.get("method") == "window/logMessage")["params"]  # the traceback, for a bug report
    assert logged["type"] == 1 and logged["message"].startswith(f"treatylint: linting {uri} failed:\nTraceback")
    assert logged["message"].endswith("decimal.InvalidOperation: amount too long\n")
    assert client.diagnostics(uri) == [{
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "message": "treatylint could not lint this document: InvalidOperation: amount too long",
        "severity": 1, "code": "INT001", "source": "treatylint", "data": {"name": "internal-error"}}]
    assert client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": {
        "start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 9}}, "context": {"diagnostics": []}}) == []

    other = open_document(client, tmp_path / "other.md", language_id="markdown")
    assert sorted(d["code"] for d in client.diagnostics(other)) == ["AMT001", "TXT001"]
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": TEXT}]})
    assert sorted(d["code"] for d in client.diagnostics(uri)) == ["AMT001", "TXT001"]
    assert client.close() == 0
