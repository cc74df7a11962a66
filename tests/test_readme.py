"""Every ```python block of README.md runs as written (in a temporary folder).

The README's example reads ``articles/``: the test puts the demo corpus there.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path

import pytest

from crosswire.demo import corpus_path

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), re.M | re.S)


def test_the_readme_has_python_blocks() -> None:
    assert BLOCKS


def test_the_documented_names_are_the_functions() -> None:
    import crosswire.ingest.readers  # noqa: F401  (the stage's subpackage, imported first)
    from crosswire import dossiers, ingest, open_store
    from crosswire.ingest import read_path

    assert callable(ingest) and ingest.__module__ == "crosswire.api"
    assert dossiers.__module__ == "crosswire.api"
    assert open_store.__module__ == "crosswire.store"
    assert read_path.__module__ == "crosswire.ingest"


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_python_block_runs(
    block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(corpus_path(), tmp_path / "articles")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CROSSWIRE_DB", raising=False)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, str(README), "exec"), {"__name__": "__readme__"})
    printed = out.getvalue()
    assert printed.strip(), "the example printed nothing"
