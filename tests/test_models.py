from __future__ import annotations

import io
import json
import os
import pickle
import subprocess
import sys
import tarfile
from pathlib import Path

import numpy as np
import pytest
import srsly

from policytext import models
from policytext.cli import main as cli_main


def _fake_features() -> dict:
    return {
        "unigram": {"产业", "链"},
        "bigram": {"产业.链"},
        "feature_to_idx": {"c.产": 0, "c.链": 1},
        "tag_to_idx": {"B": 0, "I": 1},
    }


def test_convert_features_writes_msgpack(tmp_path):
    out = models.convert_features(pickle.dumps(_fake_features(), protocol=2), tmp_path)
    data = srsly.read_msgpack(out)
    assert data["unigram"] == ["产业", "链"]
    assert data["tag_to_idx"] == {"B": 0, "I": 1}


class _Evil:
    def __reduce__(self):
        return (os.system, ("echo pwned > /tmp/policytext-pwned",))


@pytest.mark.parametrize("payload", [_Evil(), {"unigram": _Evil()}, Path("/tmp")])
def test_convert_refuses_anything_but_builtins(tmp_path, payload):
    with pytest.raises(pickle.UnpicklingError, match="refusing to load"):
        models.convert_features(pickle.dumps(payload), tmp_path)
    assert not (tmp_path / "features.msgpack").exists()


def test_convert_rejects_unexpected_structure(tmp_path):
    with pytest.raises(models.ModelError, match="does not look like"):
        models.convert_features(pickle.dumps({"weights": [1, 2]}), tmp_path)


def _fake_sdist(path: Path, features: bytes) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        buf = io.BytesIO()
        np.savez(buf, sizes=np.array([2, 2]), w=np.zeros(8))
        for name, data in (
            ("pkuseg-0.0.25/pkuseg/models/default/features.pkl", features),
            ("pkuseg-0.0.25/pkuseg/models/default/weights.npz", buf.getvalue()),
            ("pkuseg-0.0.25/setup.py", b"raise SystemExit"),
        ):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_extract_sdist_model(tmp_path):
    sdist = _fake_sdist(tmp_path / "pkuseg-0.0.25.tar.gz", pickle.dumps(_fake_features()))
    models.extract_sdist_model(sdist, tmp_path / "model")
    assert models.is_model_dir(tmp_path / "model")
    assert not list((tmp_path / "model").glob("*.pkl"))


def test_sdist_with_wrong_hash_is_refused(tmp_path, monkeypatch):
    sdist = _fake_sdist(tmp_path / "pkuseg-0.0.25.tar.gz", pickle.dumps(_fake_features()))
    with pytest.raises(models.ModelError, match="expected dd012bf9"):
        models.provision_from_sdist(sdist)
    # the same check guards the package-index path: serve the fake from a file:// index
    index = tmp_path / "simple"
    (index / "pkuseg").mkdir(parents=True)
    (index / "pkuseg" / "index.html").write_text(
        f'<a href="{sdist.as_uri()}#sha256=00">pkuseg-0.0.25.tar.gz</a>', encoding="utf-8"
    )
    monkeypatch.setattr(models, "_find_sdist_url", lambda idx: sdist.as_uri())
    with pytest.raises(models.ModelError, match="has sha256"):
        models.fetch_from_index(tmp_path / "target", index=index.as_uri(), progress=False)
    assert not (tmp_path / "target").exists()


def test_index_page_is_parsed_like_pip(tmp_path):
    index = tmp_path / "simple"
    (index / "pkuseg").mkdir(parents=True)
    (index / "pkuseg" / "index.html").write_text(
        '<a href="../../files/pkuseg-0.0.24.tar.gz">old</a>'
        '<a href="../../files/pkuseg-0.0.25.tar.gz#sha256=dd01">pkuseg-0.0.25.tar.gz</a>',
        encoding="utf-8",
    )
    url = models._find_sdist_url(index.as_uri() + "/pkuseg/index.html#")  # file:// has no dir index
    assert url.endswith("files/pkuseg-0.0.25.tar.gz#sha256=dd01")


def test_explicit_path_errors(tmp_path):
    with pytest.raises(models.ModelError, match=r"needs features\.msgpack, weights\.npz"):
        models.resolve_model(tmp_path)
    (tmp_path / "features.pkl").write_bytes(b"x")
    (tmp_path / "weights.npz").write_bytes(b"x")
    with pytest.raises(models.ModelError, match="will not unpickle"):
        models.resolve_model(tmp_path)


def test_env_variable_and_cache_order(tmp_path, monkeypatch, model_dir):
    monkeypatch.setenv(models.ENV_CACHE, str(tmp_path / "empty-cache"))
    monkeypatch.delenv(models.ENV_MODEL, raising=False)
    with pytest.raises(models.ModelError, match="policytext models download"):
        models.resolve_model(download=False)
    monkeypatch.setenv(models.ENV_MODEL, str(model_dir))
    assert models.resolve_model(download=False) == Path(model_dir)
    monkeypatch.setenv(models.ENV_MODEL, str(tmp_path))
    with pytest.raises(models.ModelError, match="POLICYTEXT_PKUSEG_MODEL"):
        models.resolve_model()


def test_every_step_failing_gives_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv(models.ENV_CACHE, str(tmp_path / "cache"))
    monkeypatch.delenv(models.ENV_MODEL, raising=False)
    monkeypatch.setattr(models, "package_indexes", lambda: [(tmp_path / "nowhere").as_uri()])
    with pytest.raises(models.ModelError) as err:
        models.resolve_model(online=False, progress=False)
    msg = str(err.value)
    assert "package index" in msg and "--from-sdist" in msg and models.ENV_MODEL in msg


def test_models_info_cli(capsys, model_dir):
    assert cli_main(["models", "info", "--path", str(model_dir), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["files_sha256"]["weights.npz"] == models.sha256_file(
        Path(model_dir) / "weights.npz"
    )
    assert "research use" in info["licence"]
    assert cli_main(["models", "info", "--path", str(model_dir)]) == 0
    text = capsys.readouterr().out
    assert "origin:" in text and "licence:" in text


def test_cached_model_came_from_the_index_and_holds_no_pickle(model_dir):
    info = models.load_info(model_dir)
    if info.origin == "package-index":
        assert info.artefact_sha256 == models.SDIST_SHA256
    assert not list(Path(model_dir).glob("*.pkl"))


_NO_PICKLE_PROBE = r"""
import json, pickle, sys
opened = []
_load, _loads = pickle.load, pickle.loads
def load(f, *a, **k):
    opened.append(getattr(f, "name", repr(f)))
    return _load(f, *a, **k)
def loads(b, *a, **k):
    opened.append("<bytes>")
    return _loads(b, *a, **k)
pickle.load, pickle.loads = load, loads
import spacy, policytext
nlp = policytext.load(model=sys.argv[1], components=())
words = [t.text for t in nlp("成立工作专班，实行链长制。")]
nlp.to_disk(sys.argv[2])
again = spacy.load(sys.argv[2])
words2 = [t.text for t in again("成立工作专班，实行链长制。")]
print(json.dumps({"opened": opened, "words": words, "words2": words2}, ensure_ascii=False))
"""


def test_nothing_from_the_artefact_is_unpickled_at_run_time(model_dir, tmp_path):
    out = subprocess.run(
        [sys.executable, "-c", _NO_PICKLE_PROBE, str(model_dir), str(tmp_path / "nlp")],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["words"] == result["words2"] and "链长制" in result["words"]
    opened = {Path(p).as_posix() for p in result["opened"]}
    # spacy-pkuseg's own dictionary inside its wheel is the one pickle its loader opens
    assert opened and all(p.endswith("spacy_pkuseg/dicts/default.pkl") for p in opened), opened
    assert not list((tmp_path / "nlp").rglob("*.pkl"))


def test_online_download_is_converted_the_same_way(tmp_path, monkeypatch):
    """spacy-pkuseg's GitHub path (offline here): the archive is converted, never kept as pickle."""
    import zipfile

    import spacy_pkuseg.download

    def fake_download(url, dst, hash_prefix, progress):
        assert url.endswith("mixed.zip") and hash_prefix
        buf = io.BytesIO()
        np.savez(buf, sizes=np.array([2, 2]), w=np.zeros(8))
        with zipfile.ZipFile(dst, "w") as zf:
            zf.writestr("mixed/features.pkl", pickle.dumps(_fake_features()))
            zf.writestr("mixed/weights.npz", buf.getvalue())

    monkeypatch.setattr(spacy_pkuseg.download, "_download_url_to_file", fake_download)
    info = models.fetch_online(tmp_path / "model", progress=False)
    assert info.origin == "online" and info.source_url.endswith("mixed.zip")
    assert models.is_model_dir(tmp_path / "model")
    assert not list((tmp_path / "model").glob("*.pkl"))


def test_convert_command_makes_a_legacy_model_safe(tmp_path, capsys):
    legacy = tmp_path / "legacy"
    legacy.mkdir()
    (legacy / "features.pkl").write_bytes(pickle.dumps(_fake_features()))
    np.savez(legacy / "weights.npz", sizes=np.array([2, 2]), w=np.zeros(8))
    assert cli_main(["models", "convert", str(legacy), str(tmp_path / "safe")]) == 0
    assert models.resolve_model(tmp_path / "safe") == tmp_path / "safe"
    assert "no pickle" in capsys.readouterr().out


def test_models_info_without_a_model_says_what_to_do(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(models.ENV_CACHE, str(tmp_path))
    monkeypatch.delenv(models.ENV_MODEL, raising=False)
    assert cli_main(["models", "info"]) == 2
    assert "policytext models download" in capsys.readouterr().err
