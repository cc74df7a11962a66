"""crosswire installs whole with the pip that ships with Python (no pip upgrade first).

pip before 23.3 does not match justext's ``lxml[html_clean]`` to lxml's
``html-clean`` extra, so ``lxml_html_clean`` is declared directly; the slow
test resolves an install of this checkout with the stock pip of a fresh venv.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RESOLVE_TIMEOUT_S = 150


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0]).lower()


def test_html_cleaning_is_a_direct_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "lxml-html-clean" in {_name(r) for r in project["dependencies"]}


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        pytest.skip(f"{' '.join(args[:3])} took longer than {timeout:.0f} s")


@pytest.mark.slow
def test_stock_pip_of_a_fresh_venv_installs_the_html_cleaner(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    made = _run([sys.executable, "-m", "venv", str(venv)], 120)
    if made.returncode != 0:
        pytest.skip(f"cannot create a venv with pip (ensurepip): {made.stderr.strip()[-200:]}")
    pip = [str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check"]
    version = _run([*pip, "--version"], 60).stdout.split()[1]
    probe = _run([*pip, "install", "--dry-run", "--quiet", "--no-deps", "lxml_html_clean"], 60)
    if probe.returncode != 0:
        pytest.skip(f"no package index reachable: {probe.stderr.strip()[-200:]}")
    report = tmp_path / "report.json"
    resolved = _run(
        [*pip, "install", "--dry-run", "--quiet", "--report", str(report), str(ROOT)],
        RESOLVE_TIMEOUT_S,
    )
    assert resolved.returncode == 0, resolved.stderr[-2000:]
    names = {_name(i["metadata"]["name"]) for i in json.loads(report.read_text())["install"]}
    assert "crosswire" in names
    assert "lxml-html-clean" in names, f"pip {version} would install crosswire without it"
