"""treatylint as CI and pre-commit run it: the installed command on a repository of drafts."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DRAFT = """不扩散核武器条约缔约国 2026 年审议大会
NPT/CONF.2026/PC.III/21

- 1 示例国于 2021 年、2022 年和 2023 年分别捐助了 598 000 美元、605 500 美元和 240 万亿美元。
<!-- treatylint: disable-next-line TXT001 -->
- 示例国将专业知知识转让给区域中心。
- 见 www.un.org/a。
- 见 www.un.org/a。
"""


def treatylint() -> list[str]:
    installed = shutil.which("treatylint")
    return [installed] if installed else [sys.executable, "-m", "linter"]


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([*treatylint(), *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def drafts(tmp_path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "draft.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.treatylint]\nfail-on = "info"\nmessage-language = "en"\n[tool.treatylint.severity]\nURL001 = "warning"\n', encoding="utf-8")
    return tmp_path


def test_installed_command_with_config_suppression_and_baseline(drafts):
    first = run(["check", "--no-show-source", "reports"], drafts)
    assert first.returncode == 1
    assert first.stdout.splitlines() == [
        "reports/draft.md:4:60: AMT001 error 240 万亿美元 is USD 240 000 000 000 000 (2.4 × 10^14): more than world GDP (about USD 1.1 × 10^14),"
        " and 4.0 × 10^8 times the other amounts listed with it (598 000 美元, 605 500 美元)",
        "    = note: 4:37: listed with 598 000 美元",
        "    = note: 4:48: listed with 605 500 美元",
        "    = help: did you mean 240 万美元 (USD 2 400 000), in line with the amounts listed with it?",
        "reports/draft.md:8:5: URL001 warning www.un.org/a is cited again (first on line 7)",
        "    = note: 7:5: first cited here",
        "    = help: cite it once and refer back, or check whether another document was meant here",
        "Checked 1 file: 2 findings (1 error, 1 warning).",
    ]
    assert run(["check", "--write-baseline", "baseline.json", "reports"], drafts).returncode == 0
    report = drafts / "reports" / "draft.md"
    report.write_text("新增的第一段。\n\n" + DRAFT, encoding="utf-8")
    again = run(["check", "--no-show-source", "--baseline", "baseline.json", "reports"], drafts)
    assert (again.returncode, again.stdout) == (0, "Checked 1 file: no findings.\n")


@pytest.mark.skipif(shutil.which("pre-commit") is None, reason="pre-commit is not installed")
@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="pre-commit try-repo needs treatylint as a git repository")
def test_pre_commit_try_repo(tmp_path):
    repo = tmp_path / "drafts"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    (repo / "draft.md").write_text(DRAFT, encoding="utf-8")
    (repo / "archive").mkdir()
    (repo / "archive" / "old.md").write_text(DRAFT, encoding="utf-8")
    (repo / "treatylint.toml").write_text('exclude = ["archive/*"]\n', encoding="utf-8")
    subprocess.run(["git", "add", "draft.md", "archive/old.md", "treatylint.toml"], cwd=repo, check=True)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    result = subprocess.run(["pre-commit", "try-repo", str(ROOT), "treatylint", "--all-files"], cwd=repo, env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "draft.md:4:60: AMT001 error 240 万亿美元" in result.stdout
    assert "old.md" not in result.stdout  # pre-commit names it, and the hook's --force-exclude excludes it
