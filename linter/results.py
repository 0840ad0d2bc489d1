"""What checking one file gives: its document, its findings and the facts its rules saw.

Results travel from worker processes and are reported in every format; the reports that show
facts (the HTML page) show these, the facts of the check. A result from the cache carries none:
the cache keeps findings, and such a report analyses the document again (`engine.analyse`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from linter.config import Config
from linter.document import Document, ReadError
from linter.extract import FactIndex
from linter.rule import Finding


@dataclass
class FileResult:
    path: str
    document: Document | None = None
    findings: list[Finding] = field(default_factory=list)
    error: ReadError | None = None
    config: Config = field(default_factory=Config)
    skipped: str | None = None  # why a file found in a directory was not checked
    from_stdin: bool = False  # read from standard input: never fixed in place, whatever it is called
    facts: FactIndex | None = None  # the facts the rules saw; None for a result from the cache

    def __post_init__(self):
        if self.error is not None:  # only the error's own strings travel between processes, not
            self.error.__traceback__ = self.error.__context__ = self.error.__cause__ = None  # what it was raised from
