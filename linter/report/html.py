"""The HTML review page (`--format html`): one self-contained file a reviewer opens in a browser.

Each document's text is shown with every finding highlighted at its exact span, beside a panel of
findings grouped by rule (filterable by severity and rule) and a facts panel: the amounts in a
sortable table with USD equivalents, and a timeline of the dates in text order, where an outlier
or a date out of order stands out.

Everything taken from a document is escaped. The page fetches nothing; its Content-Security-Policy
allows no network access and runs only the page's own script (by hash), so even markup that
escaped escaping could not run.
"""
from __future__ import annotations

import base64
import bisect
import datetime as dt
import hashlib
import html
import itertools
import math
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from linter.describe import describe, grouped, symbol_parts
from linter.document import Document
from linter.engine import analyse
from linter.extract import FactIndex
from linter.facts import Date, DateRange, Fact, Money, Symbol
from linter.results import FileResult
from linter.rule import Finding, Severity
from linter.units import usd_equivalent

ASSETS = Path(__file__).with_name("assets")
SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
MAX_TIMELINE_ROWS = 2000  # beyond this a timeline is ink, not information


def e(value) -> str:
    return html.escape(str(value), quote=True)


def render(results: list[FileResult]) -> str:
    script = (ASSETS / "review.js").read_text(encoding="utf-8")
    style = (ASSETS / "review.css").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'"
    documents = [r for r in results if r.document is not None]
    problems = [r for r in results if r.document is None]
    counts = _counts(f for r in documents for f in r.findings)
    body = [f'<header><h1>treatylint review</h1><p class="summary">{len(documents)} document{"s" if len(documents) != 1 else ""}: {counts}</p>']
    if len(documents) > 1:
        body.append("<nav><ol>" + "".join(f'<li><a href="#doc-{i}">{e(r.path)}</a> ({_counts(r.findings)})</li>'
                                          for i, r in enumerate(documents)) + "</ol></nav>")
    body.extend(f'<p class="problem">{e(r.path)}: {e(r.error.message if r.error else r.skipped)}</p>' for r in problems)
    body.append("</header>")
    body.extend(_document(i, r) for i, r in enumerate(documents))
    body.append('<div id="detail" role="status" hidden></div>')
    language = documents[0].document.language if len(documents) == 1 else "und"
    return (f'<!DOCTYPE html>\n<html lang="{e(language)}"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>treatylint review</title><style>{style}</style></head>\n<body>\n"
            + "\n".join(body) + f"\n<script>{script}</script>\n</body></html>\n")


def _counts(findings) -> str:
    by = defaultdict(int)
    for finding in findings:
        by[finding.severity] += 1
    parts = [f"{by[s]} {s}{'s' if by[s] != 1 else ''}" for s in SEVERITY_ORDER if by[s]]
    return ", ".join(parts) if parts else "no findings"


def _document(index: int, result: FileResult) -> str:
    doc = result.document
    facts = [f for f in _facts(result) if isinstance(f, (Money, Date, DateRange, Symbol))]
    ids = {finding: f"f{index}-{n}" for n, finding in enumerate(result.findings)}
    fact_ids = {fact: f"x{index}-{n}" for n, fact in enumerate(facts)}
    about = [doc.language, doc.encoding, doc.kind]
    if doc.summary.get("symbol"):
        about.append(f"symbol {doc.summary['symbol']}")
    if doc.summary.get("issue_date"):
        about.append(f"dated {doc.summary['issue_date']}")
    flagged = _flagged(facts, result.findings)
    return (f'<section class="doc" id="doc-{index}"><h2>{e(result.path)}</h2>'
            f'<p class="about">{e(" · ".join(about))} · {e(_counts(result.findings))}</p>'
            f'<div class="layout"><aside>{_findings_panel(doc, result.findings, ids)}'
            f"{_money_table(doc, facts, fact_ids, flagged)}{_timeline(doc, facts, fact_ids, flagged)}</aside>"
            f'<pre class="text" lang="{e(doc.language)}">{_highlighted(doc.text, result.findings, ids, fact_ids)}</pre>'
            f"</div></section>")


def _facts(result: FileResult) -> FactIndex:
    """The facts the check's rules saw; a result from the cache carries none, and its document
    is analysed again, as the check analyses it."""
    return result.facts if result.facts is not None else analyse(result.document, result.config).facts


def _flagged(facts: list[Fact], findings: list[Finding]) -> set[Fact]:
    """Facts a finding overlaps: shown in red in the facts panel. A fact overlaps some finding
    exactly when the findings starting before its end reach past its start."""
    spans = sorted((f.start, f.end) for f in findings)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))
    flagged = set()
    for fact in facts:
        i = bisect.bisect_left(starts, fact.end)
        if i and reach[i - 1] > fact.start:
            flagged.add(fact)
    return flagged


# ------------------------------------------------------------------ the text
def _highlighted(text: str, findings: list[Finding], ids: dict, fact_ids: dict) -> str:
    """The text cut at every finding and fact boundary; each piece names what covers it, so a
    finding's highlight is the concatenation of its pieces and overlaps need no nesting."""
    opening, closing = defaultdict(list), defaultdict(list)
    points = defaultdict(list)  # zero-length findings (a missing symbol) get a marker of their own
    for item in (*findings, *fact_ids):
        if item.start == item.end:
            points[item.start].append(item)
        else:
            opening[item.start].append(item)
            closing[item.end].append(item)
    cuts = sorted({0, len(text), *opening, *closing, *points})
    active: dict = {}  # insertion-ordered set of what covers the current piece
    out = []
    for a, b in zip(cuts, cuts[1:] + [None]):
        for item in closing.get(a, ()):
            active.pop(item, None)
        for item in opening.get(a, ()):
            active[item] = True
        for finding in points.get(a, ()):
            if finding in ids:
                out.append(f'<mark class="point sev-{finding.severity}" data-f="{ids[finding]}" title="{e(_tooltip(finding))}"></mark>')
        if b is None:
            break
        piece = e(text[a:b])
        covering = [f for f in active if f in ids]
        facts = [x for x in active if x in fact_ids]
        fact_attr = f' data-x="{" ".join(fact_ids[x] for x in facts)}"' if facts else ""
        if covering:
            worst = min(covering, key=lambda f: SEVERITY_ORDER.index(f.severity))
            tip = "\n\n".join(_tooltip(f) for f in covering)
            out.append(f'<mark class="sev-{worst.severity}" data-f="{" ".join(ids[f] for f in covering)}"{fact_attr} '
                       f'title="{e(tip)}">{piece}</mark>')
        elif facts:
            out.append(f'<span class="fact"{fact_attr} title="{e(chr(10).join(_fact_tip(x) for x in facts))}">{piece}</span>')
        else:
            out.append(piece)
    return "".join(out)


def _fact_tip(fact: Fact) -> str:
    lines = [f"{fact.kind}: {describe(fact)}"]
    if isinstance(fact, Symbol):
        lines.extend(symbol_parts(fact))
    return "\n".join(lines)


def _tooltip(finding: Finding) -> str:
    return f"{finding.code} {finding.name}: {finding.message}" + (f"\n→ {finding.suggestion}" if finding.suggestion else "")


# ------------------------------------------------------------------ the panels
def _findings_panel(doc: Document, findings: list[Finding], ids: dict) -> str:
    if not findings:
        return '<h3>Findings</h3><p class="none">No findings.</p>'
    by_rule = defaultdict(list)
    for finding in findings:
        by_rule[(finding.code, finding.name)].append(finding)
    severities = "".join(f'<label><input type="checkbox" class="filter-sev" value="{s}" checked> {s}</label>'
                         for s in SEVERITY_ORDER if any(f.severity == s for f in findings))
    rules = "".join(f'<label><input type="checkbox" class="filter-rule" value="{e(code)}" checked> {e(code)}</label>'
                    for code, _ in sorted(by_rule))
    groups = []
    for (code, name), group in sorted(by_rule.items(), key=lambda kv: (SEVERITY_ORDER.index(kv[1][0].severity), kv[0])):
        items = "".join(
            f'<li class="finding sev-{f.severity}" data-code="{e(code)}" data-sev="{f.severity}" data-target="{ids[f]}" tabindex="0">'
            f'<span class="where">{e(doc.where(f.start))}</span> {e(f.message)}'
            + (f'<span class="suggestion">{e(f.suggestion)}</span>' if f.suggestion else "") + "</li>"
            for f in group)
        groups.append(f'<details open class="rule" data-code="{e(code)}"><summary><span class="badge sev-{group[0].severity}">{group[0].severity}</span> '
                      f"{e(code)} {e(name)} ({len(group)})</summary><ol>{items}</ol></details>")
    return (f'<h3>Findings</h3><div class="filters"><div>{severities}</div><div>{rules}</div></div>' + "".join(groups))


def _money_table(doc: Document, facts: list[Fact], fact_ids: dict, flagged: set) -> str:
    amounts = [f for f in facts if isinstance(f, Money)]
    if not amounts:
        return ""
    rows = []
    for fact in amounts:
        usd = usd_equivalent(fact.amount, fact.currency)
        magnitude = math.log10(usd) if usd and usd > 0 else 0
        usd_text = grouped(Decimal(usd).quantize(Decimal(1))) if usd is not None else "—"
        rows.append(
            f'<tr class="{"flagged" if fact in flagged else ""}" data-target="{fact_ids[fact]}" tabindex="0">'
            f'<td data-sort="{fact.start}">{e(doc.where(fact.start))}</td><td data-sort="{e(fact.text)}">{e(fact.text)}</td>'
            f'<td data-sort="{fact.amount}" class="num">{e(describe(fact))}</td>'
            f'<td data-sort="{usd if usd is not None else -1}" class="num">{e(usd_text)}</td>'
            f'<td data-sort="{magnitude:.3f}"><span class="bar" style="width:{min(magnitude, 15) / 15 * 100:.1f}%"></span></td></tr>')
    return ('<h3>Amounts</h3><table class="money sortable"><thead><tr><th>where</th><th>as written</th><th>value</th>'
            '<th>≈ USD</th><th title="order of magnitude of the USD equivalent">size</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>"
            '<p class="note">USD equivalents use static order-of-magnitude rates: for spotting outliers, not for accounting.</p>')


def _timeline(doc: Document, facts: list[Fact], fact_ids: dict, flagged: set) -> str:
    """Dates in text order (down) against time (across): a range drawn backwards, or a date far
    from its neighbours, is visible without reading."""
    dated = [f for f in facts if isinstance(f, (Date, DateRange)) and f.first and f.last][:MAX_TIMELINE_ROWS]
    if not dated:
        return ""
    lo = min(min(f.first, f.last) for f in dated)
    hi = max(max(f.first, f.last) for f in dated)
    lo, hi = dt.date(lo.year, 1, 1), dt.date(hi.year + 1, 1, 1)
    span = (hi - lo).days
    width, row, left = 300, 8, 4

    def x(day: dt.date) -> float:
        return left + (day - lo).days / span * (width - 2 * left)

    marks = []
    for n, fact in enumerate(dated):
        a, b = x(fact.first), x(fact.last)
        reversed_ = b < a
        cls = "flagged" if fact in flagged or reversed_ else "date"
        title = e(f"{fact.text} → {describe(fact)} ({doc.where(fact.start)})")
        marks.append(f'<rect class="{cls}" data-target="{fact_ids[fact]}" x="{min(a, b):.1f}" y="{n * row + 1}" '
                     f'width="{max(abs(b - a), 2):.1f}" height="{row - 2}"><title>{title}</title></rect>')
    years = sorted({lo.year, hi.year - 1} | {y for y in range(lo.year, hi.year) if (hi.year - lo.year) <= 12 or y % 5 == 0})
    ticks = "".join(f'<text x="{x(dt.date(y, 1, 1)):.1f}" y="{len(dated) * row + 12}">{y}</text>' for y in years)
    height = len(dated) * row + 16
    return (f'<h3>Timeline</h3><svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="dates in the order the text gives them">{"".join(marks)}{ticks}</svg>'
            '<p class="note">One row per date, in text order; red: a date a finding points at or a range that runs backwards.</p>')
