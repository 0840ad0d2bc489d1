"""The layers stay as the data flow draws them: engine → rules, never backwards; click only in the CLI."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imports(path: Path) -> list[tuple[str, bool]]:
    """(module, at module level?) for every import in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = set(map(id, tree.body))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in top) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, id(node) in top))
    return found


def test_engine_never_imports_rules_at_module_level():
    for path in (ROOT / "linter").rglob("*.py"):
        for module, top_level in imports(path):
            assert not (module == "rules" or module.startswith("rules.")) or not top_level, f"{path} imports {module}"


def test_click_only_in_cli():
    for path in list((ROOT / "linter").rglob("*.py")) + list((ROOT / "rules").rglob("*.py")):
        if path.name != "cli.py":
            assert all(not m.startswith("click") for m, _ in imports(path)), path


def test_heavy_imports_are_lazy():
    """pint (0.4 s), charset-normalizer and jieba load only when a document needs them."""
    for path in list((ROOT / "linter").rglob("*.py")) + list((ROOT / "rules").rglob("*.py")):
        for module, top_level in imports(path):
            if module.split(".")[0] in ("pint", "charset_normalizer", "jieba"):
                assert not top_level, f"{path} imports {module} at module level"


def test_rules_import_only_linter_api():
    """A rule reaches the engine through linter.api alone, so the engine can change under it."""
    for path in (ROOT / "rules").rglob("*.py"):
        for module, _ in imports(path):
            if module == "linter" or module.startswith("linter."):
                assert module == "linter.api", f"{path} imports {module}"


def test_the_engine_finds_no_rule_by_its_code():
    """Rules run through their hooks (check, check_findings, check_run); the engine's only code is its own INT001."""
    source = (ROOT / "linter" / "engine.py").read_text(encoding="utf-8")
    assert set(re.findall(r"[A-Z]{3}\d{3}", source)) == {"INT001"}


def _code_strings(path: Path):
    """The string constants of a module that are code: not its docstrings, nor a rule's summary
    or bad/good examples (documentation, written in the languages the rule reads)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    documentation = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            documentation.add(id(body[0].value))
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in ("bad", "good", "summary") for t in node.targets):
            documentation |= {id(n) for n in ast.walk(node.value)}
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in documentation]


def test_rules_match_no_words():
    """A rule reads facts, and the packs' words through its Context: no regex alternation of
    words ("held|convened", "Treaty|Convention") in rules/ — those live in linter/lang/."""
    words = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}\|[A-Za-z]{2,}(?![A-Za-z])")
    for path in (ROOT / "rules").rglob("*.py"):
        assert not [s for s in _code_strings(path) if words.search(s)], path


def test_only_the_configuration_reads_the_clock():
    """Facts and findings are functions of the text, the packs and the configured day: extractors
    and rules never ask the wall clock (linter.config reads it once per run)."""
    clocks = {"date.today", "dt.date.today", "datetime.date.today", "datetime.now", "dt.datetime.now", "datetime.datetime.now",
              "datetime.utcnow", "dt.datetime.utcnow", "datetime.datetime.utcnow", "time.time", "time.localtime"}
    for path in [*(ROOT / "linter" / "extract").rglob("*.py"), *(ROOT / "linter" / "lang").rglob("*.py"), *(ROOT / "rules").rglob("*.py"),
                 ROOT / "linter" / "rule.py", ROOT / "linter" / "structure.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            assert not (isinstance(node, ast.Call) and ast.unparse(node.func) in clocks), f"{path} reads the clock: {ast.unparse(node)}"
