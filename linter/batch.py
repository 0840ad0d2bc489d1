"""Archive-scale checking into SQLite: one row per document, one per finding, resumable.

Every document is written in one transaction (its row and all its findings, or nothing), in the
order of the sorted input, by this single process: a run killed at any moment and then resumed
leaves exactly the rows an uninterrupted run leaves. A document already recorded with the same
content hash is skipped.

Schema (version 1):
    meta(key, value)                      schema_version, tool
    documents(id, path, hash, format, language, symbol, issue_date, size, status, error, findings)
        status is "ok" or "error"; error is "E00x message"; findings is the number of findings
    findings(document_id, seq, code, name, severity, line, column, end_line, end_column,
             location, message, suggestion)
"""
from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator

from linter.config import Config
from linter.engine import check_file, expand_paths, in_pool
from linter.readers import KNOWN
from linter.results import FileResult

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL,
    format TEXT,
    language TEXT,
    symbol TEXT,
    issue_date TEXT,
    size INTEGER NOT NULL,
    status TEXT NOT NULL,
    error TEXT,
    findings INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS findings (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    severity TEXT NOT NULL,
    line INTEGER NOT NULL,
    "column" INTEGER NOT NULL,
    end_line INTEGER NOT NULL,
    end_column INTEGER NOT NULL,
    location TEXT NOT NULL,
    message TEXT NOT NULL,
    suggestion TEXT,
    PRIMARY KEY (document_id, seq)
);
"""


SQLITE_HEADER = b"SQLite format 3\x00"


def connect(db: str, *, create: bool = True) -> sqlite3.Connection:
    """The results database `db`, created when absent (and `create`). A file that is not SQLite,
    or the SQLite database of another application, is refused (ValueError): treatylint never
    writes its tables into somebody else's data."""
    with contextlib.suppress(OSError), open(db, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            raise ValueError(f"{db}: not a SQLite database, so not a treatylint results database")
    connection = sqlite3.connect(db, timeout=30, isolation_level=None)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        tool = connection.execute("SELECT value FROM meta WHERE key = 'tool'").fetchone() if "meta" in tables else None
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise ValueError(f"{db}: not a usable SQLite database: {exc}") from None
    if (tables or not create) and tool != ("treatylint",):
        connection.close()
        what = f"the database of another application (tables: {', '.join(sorted(tables))})" if tables else "an empty database"
        raise ValueError(f"{db}: {what}, not a treatylint results database")
    connection.executescript(SCHEMA)
    version = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if version is None:
        connection.execute("INSERT INTO meta VALUES ('schema_version', ?), ('tool', 'treatylint')", (str(SCHEMA_VERSION),))
    elif version[0] != str(SCHEMA_VERSION):
        connection.close()
        raise ValueError(f"{db}: schema version {version[0]}, this treatylint writes version {SCHEMA_VERSION}")
    return connection


def list_archive(inputs: Iterable[str]) -> list[str]:
    """The documents of an archive: local folders and files, or fsspec URLs (memory://, s3://…)."""
    found = []
    for item in inputs:
        if "://" in item:
            import fsspec

            fs, root = fsspec.core.url_to_fs(item)
            names = fs.find(root) if fs.isdir(root) else [root]
            protocol = item.split("://", 1)[0]
            found.extend(f"{protocol}://{name.lstrip('/')}" if not name.startswith(f"{protocol}://") else name for name in names)
        else:
            found.extend(path for path, _ in expand_paths([item]))
    return sorted(p for p in found if p.lower().endswith(KNOWN))


def content_hash(path: str) -> tuple[str, int] | None:
    from linter.engine import read_bytes
    from linter.document import ReadError

    try:
        data = read_bytes(path)
    except ReadError:
        return None
    return hashlib.sha256(data).hexdigest(), len(data)


def pending(connection: sqlite3.Connection, paths: list[str]) -> Iterator[tuple[str, str, int]]:
    """(path, hash, size) of the documents not yet recorded with their current content."""
    recorded = dict(connection.execute("SELECT path, hash FROM documents"))
    for path in paths:
        identity = content_hash(path) or ("unreadable", 0)
        if recorded.get(path) != identity[0]:
            yield path, identity[0], identity[1]


def record(connection: sqlite3.Connection, result: FileResult, digest: str, size: int) -> None:
    """One document and its findings, in one transaction."""
    doc = result.document
    summary = doc.summary if doc else {}
    rows = []
    for seq, f in enumerate(result.findings):
        rows.append((seq, f.code, f.name, str(f.severity), *doc.line_column(f.start), *doc.line_column(f.end), doc.where(f.start),
                     f.message, f.suggestion))
    connection.execute("BEGIN IMMEDIATE")
    try:
        old = connection.execute("SELECT id FROM documents WHERE path = ?", (result.path,)).fetchone()
        if old:
            connection.execute("DELETE FROM findings WHERE document_id = ?", old)
            connection.execute("DELETE FROM documents WHERE id = ?", old)
        cursor = connection.execute(
            "INSERT INTO documents (path, hash, format, language, symbol, issue_date, size, status, error, findings) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (result.path, digest, doc.kind if doc else os.path.splitext(result.path)[1].lstrip(".").lower(),
             doc.language if doc else None, summary.get("symbol"), summary.get("issue_date"), size,
             "error" if result.error else "ok", str(result.error) if result.error else None, len(rows)))
        connection.executemany(
            'INSERT INTO findings (document_id, seq, code, name, severity, line, "column", end_line, end_column, location, message, suggestion)'
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [(cursor.lastrowid, *row) for row in rows])
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def run(inputs: Iterable[str], db: str, config: Config, *, jobs: int = 1, dask: str | None = None, progress=None) -> tuple[int, int]:
    """Check what is not yet recorded; return (documents checked now, documents that failed)."""
    connection = connect(db)
    todo = list(pending(connection, list_archive(inputs)))
    if progress is not None:
        progress.start(len(todo))
    failed = 0
    for (path, digest, size), result in zip(todo, _results([p for p, _, _ in todo], config, jobs, dask)):
        record(connection, result, digest, size)
        failed += result.error is not None
        if progress is not None:
            progress.update(result)
    connection.close()
    return len(todo), failed


def _results(paths: list[str], config: Config, jobs: int, dask: str | None) -> Iterator[FileResult]:
    if dask:
        from linter.distributed import results_on_dask

        yield from results_on_dask(paths, config, dask)
    elif jobs > 1 and len(paths) > 1:
        yield from in_pool(check_file, [(path, config) for path in paths], jobs)
    else:
        for path in paths:
            yield check_file(path, config)


# ---------------------------------------------------------------- reading a results database
def report(db: str) -> str:
    connection = connect(db, create=False)
    lines = []
    total, failed, count = connection.execute(
        "SELECT COUNT(*), SUM(status = 'error'), COALESCE(SUM(findings), 0) FROM documents").fetchone()
    lines.append(f"{total} documents, {failed or 0} could not be read, {count} findings")
    sections = [
        ("Findings per rule", "SELECT code || ' ' || name, COUNT(*) FROM findings GROUP BY code ORDER BY COUNT(*) DESC, code"),
        ("Findings per year of issue", "SELECT COALESCE(substr(d.issue_date, 1, 4), 'unknown'), COUNT(*) FROM findings f "
                                       "JOIN documents d ON d.id = f.document_id GROUP BY 1 ORDER BY 1"),
        ("Findings per symbol series", "SELECT COALESCE(CASE WHEN instr(d.symbol, '/') > 0 THEN substr(d.symbol, 1, instr(d.symbol, '/') - 1) "
                                       "ELSE d.symbol END, 'no symbol'), COUNT(*) FROM findings f JOIN documents d ON d.id = f.document_id "
                                       "GROUP BY 1 ORDER BY COUNT(*) DESC, 1"),
        ("Most affected documents", "SELECT path, findings FROM documents WHERE findings > 0 ORDER BY findings DESC, path LIMIT 10"),
        ("Documents that could not be read", "SELECT path, error FROM documents WHERE status = 'error' ORDER BY path"),
    ]
    for title, query in sections:
        rows = connection.execute(query).fetchall()
        if rows:
            lines.append(f"\n{title}:")
            lines.extend(f"  {count:>6}  {label}" if isinstance(count, int) else f"  {label}: {count}" for label, count in rows)
    connection.close()
    return "\n".join(lines) + "\n"


EXPORT_COLUMNS = ("path", "code", "name", "severity", "line", "column", "end_line", "end_column", "location", "message", "suggestion")


def export(db: str, fmt: str) -> str:
    connection = connect(db, create=False)
    rows = connection.execute(
        'SELECT d.path, f.code, f.name, f.severity, f.line, f."column", f.end_line, f.end_column, f.location, f.message, f.suggestion '
        "FROM findings f JOIN documents d ON d.id = f.document_id ORDER BY d.path, f.seq").fetchall()
    connection.close()
    if fmt == "jsonl":
        return "".join(json.dumps(dict(zip(EXPORT_COLUMNS, row)), ensure_ascii=False) + "\n" for row in rows)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    writer.writerows(rows)
    return out.getvalue()
