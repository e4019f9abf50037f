"""Safety: no untrusted pickle, verified downloads, no path escapes from inside files.

Downloaded-artefact hashes and the pkuseg conversion are tested in ``test_models.py``
(``test_sdist_with_wrong_hash_is_refused``, ``test_convert_refuses_anything_but_builtins``,
``test_nothing_from_the_artefact_is_unpickled_at_run_time``); this file checks the rest.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from policytext.io import safe_join

PACKAGE = Path(__file__).resolve().parents[1] / "policytext"

# Ways to run code hidden in a file. The pkuseg conversion's restricted unpickler
# (models._BuiltinsOnlyUnpickler(...).load()) matches none of them.
UNSAFE = re.compile(
    r"\bpickle\.loads?\(|\bjoblib\.load\(|\btorch\.load\(|allow_pickle\s*=\s*True"
    r"|\byaml\.load\(|\bmarshal\.loads?\(|\bdill\.|\bcloudpickle\.|srsly\.pickle_loads"
    r"|(?<![\w.])eval\(|(?<![\w.])exec\("
)


def test_no_code_loads_pickles_or_evaluates_strings() -> None:
    hits = [
        f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if UNSAFE.search(line)
    ]
    assert hits == []


def test_the_only_unpickler_refuses_classes() -> None:
    text = (PACKAGE / "models.py").read_text(encoding="utf-8")
    assert text.count("Unpickler(") == 2  # the class definition and its one use
    assert "def find_class" in text


@pytest.mark.parametrize("name", ["../x.txt", "../../etc/passwd", "/etc/passwd", "a/../../x", ""])
def test_safe_join_refuses_escapes(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match="leaves"):
        safe_join(tmp_path, name)


def test_safe_join_refuses_symlinks_out(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    base = tmp_path / "base"
    base.mkdir()
    (base / "link").symlink_to(outside)
    with pytest.raises(ValueError, match="leaves"):
        safe_join(base, "link/secret.txt")
    assert safe_join(base, "sub/ok.txt") == base / "sub" / "ok.txt"


def _component(tmp_path: Path) -> object:
    from policytext.components._lexicon_files import LexiconFilesMixin

    class Component(LexiconFilesMixin[tuple[Path, ...]]):
        @staticmethod
        def _load_lexicons(*paths: Path) -> tuple[Path, ...]:
            return tuple(paths)

    c = Component()
    c._init_lexicon_files(None)
    return c


@pytest.mark.parametrize("name", ["../escape.txt", "/tmp/policytext-escape.txt", "..", "a\\b"])
def test_saved_pipeline_cannot_write_outside_its_temp_folder(tmp_path: Path, name: str) -> None:
    saved = tmp_path / "pipeline" / "policy_entities"
    saved.mkdir(parents=True)
    (saved / "lexicons.json").write_text(json.dumps({name: "恶意内容"}), encoding="utf-8")
    c = _component(tmp_path)
    with pytest.raises(ValueError, match="not a plain file name"):
        c.from_disk(saved)  # type: ignore[attr-defined]
    assert not Path("/tmp/policytext-escape.txt").exists()


def test_saved_pipeline_lexicons_with_plain_names_load(tmp_path: Path) -> None:
    saved = tmp_path / "p"
    saved.mkdir()
    (saved / "lexicons.json").write_text(json.dumps({"mine.txt": "词"}), encoding="utf-8")
    c = _component(tmp_path)
    c.from_disk(saved)  # type: ignore[attr-defined]
    (path,) = c.lexicons  # type: ignore[attr-defined]
    assert path.name == "mine.txt"


def test_gold_files_cannot_point_outside_the_docs_folders(tmp_path: Path) -> None:
    from policytext.evaluate import find_documents

    gold = tmp_path / "gold"
    docs = tmp_path / "docs"
    gold.mkdir()
    docs.mkdir()
    (tmp_path / "secret.txt").write_text("机密", encoding="utf-8")
    (docs / "ok.txt").write_text("正文", encoding="utf-8")
    (gold / "a.json").write_text(json.dumps({"file": "../secret.txt"}), encoding="utf-8")
    (gold / "b.json").write_text(json.dumps({"file": "ok.txt"}), encoding="utf-8")
    with pytest.raises(FileNotFoundError, match=r"secret\.txt"):
        find_documents(gold, [docs])
    (gold / "a.json").unlink()
    assert find_documents(gold, [docs]) == [docs / "ok.txt"]
