"""Evaluation harness: score analysed records against gold annotations.

Scoring follows the project's annotation guidelines (``GUIDELINES.md`` section 6, the scoring
contract): per document and label, the multiset of predicted entity surfaces (whitespace
removed, NFKC-normalised) is compared with the gold multiset; TP is the multiset intersection,
precision = TP / predicted, recall = TP / gold, micro-averaged over documents. Partial credit —
a predicted surface containing or contained in a gold surface of the same label — is reported
beside the exact scores, never instead of them. Gold is matched to a record by file name, so a
record on repaired text (the seed's pages are out of order) is scored against gold on the raw
file: surfaces, not offsets, are compared.

Examples
--------
>>> import json, tempfile, pathlib
>>> gold = pathlib.Path(tempfile.mkdtemp())
>>> _ = (gold / "a.json").write_text(json.dumps({"file": "a.txt", "entities": [
...     [0, 3, "ORG", "省委"], [3, 6, "GPE", "河南省"]]}), encoding="utf-8")
>>> rec = {"id": "a", "source": "a.txt", "entities": [
...     {"label": "ORG", "text": "省委"}, {"label": "GPE", "text": "河南"}]}
>>> df = score_entities([rec], gold).set_index("label")
>>> df.loc[["ORG", "GPE", "ALL"], ["tp", "f1", "partial_f1"]].to_dict("index")
{'ORG': {'tp': 1, 'f1': 1.0, 'partial_f1': 1.0}, 'GPE': {'tp': 0, 'f1': 0.0, 'partial_f1': 1.0}, 'ALL': {'tp': 1, 'f1': 0.5, 'partial_f1': 1.0}}
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .entities import ENTITY_LABELS

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language

__all__ = [
    "SPLITS",
    "evaluate_entities",
    "gold_files",
    "normalize_surface",
    "score_entities",
]

PathLike = str | os.PathLike[str]

# The development/test split of the shared gold set (GUIDELINES.md §6 "Split": tune on the
# seed, 01, 06 and 10; keep 09, 11 and 12 as the test split and never look at their errors).
# Entries are file-stem prefixes. Other gold folders (e.g. corpora/demo/gold) use "all".
SPLITS: dict[str, tuple[str, ...]] = {
    "dev": ("000_c93ac4ef4cd0a078", "01_", "06_", "10_"),
    "test": ("09_", "11_", "12_"),
}

_COLUMNS = [
    "label",
    "tp",
    "predicted",
    "gold",
    "precision",
    "recall",
    "f1",
    "partial_precision",
    "partial_recall",
    "partial_f1",
]


def normalize_surface(text: str) -> str:
    """NFKC-normalise and remove all whitespace (the scoring contract's surface form).

    >>> normalize_surface("第 1320477 号（２０２４）")
    '第1320477号(2024)'
    """
    return "".join(unicodedata.normalize("NFKC", text).split())


def _in_split(stem: str, split: str) -> bool:
    if split == "all":
        return True
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: choose dev, test or all")
    return stem.startswith(SPLITS[split])


def gold_files(gold_dir: PathLike, split: str = "all") -> list[Path]:
    """The gold ``*.json`` files of ``gold_dir`` in ``split`` (``dev``, ``test`` or ``all``)."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise FileNotFoundError(f"gold folder not found: {folder}")
    return [p for p in sorted(folder.glob("*.json")) if _in_split(p.stem, split)]


def _gold_key(data: Mapping[str, Any], path: Path) -> str:
    return Path(str(data.get("file") or path.name)).stem


def _record_keys(rec: Any) -> list[str]:
    get = rec.get if isinstance(rec, Mapping) else lambda k, d=None: getattr(rec, k, d)
    keys = []
    for value in (get("source"), get("id")):
        if value:
            keys.append(Path(str(value).split("#", 1)[0]).stem)
    return keys


def _record_entities(rec: Any) -> list[Mapping[str, Any]]:
    ents = rec.get("entities") if isinstance(rec, Mapping) else getattr(rec, "entities", None)
    return list(ents or [])


def _surfaces(items: Iterable[tuple[str, str]], labels: Sequence[str]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {lab: Counter() for lab in labels}
    for label, text in items:
        if label in out:
            out[label][normalize_surface(text)] += 1
    return out


def _partial_hits(a: Counter[str], b: Counter[str]) -> int:
    """How many items of multiset ``a`` contain or are contained in some item of ``b``."""
    return sum(n for s, n in a.items() if any(s in g or g in s for g in b))


def _counts(pred: Counter[str], gold: Counter[str]) -> dict[str, int]:
    return {
        "tp": sum((pred & gold).values()),
        "predicted": sum(pred.values()),
        "gold": sum(gold.values()),
        "ptp_pred": _partial_hits(pred, gold),
        "ptp_gold": _partial_hits(gold, pred),
    }


def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def _row(label: str, c: Mapping[str, int]) -> dict[str, Any]:
    p, r, f = _prf(c["tp"], c["predicted"], c["gold"])
    pp = c["ptp_pred"] / c["predicted"] if c["predicted"] else 0.0
    pr = c["ptp_gold"] / c["gold"] if c["gold"] else 0.0
    pf = 2 * pp * pr / (pp + pr) if pp + pr else 0.0
    return {
        "label": label,
        "tp": c["tp"],
        "predicted": c["predicted"],
        "gold": c["gold"],
        "precision": p,
        "recall": r,
        "f1": f,
        "partial_precision": round(pp, 4),
        "partial_recall": round(pr, 4),
        "partial_f1": round(pf, 4),
    }


def score_entities(
    records: Iterable[Any],
    gold_dir: PathLike,
    *,
    split: str = "all",
    by_doc: bool = False,
    labels: Sequence[str] = ENTITY_LABELS,
) -> pd.DataFrame:
    """Score the entities of analysed records against the gold files in ``gold_dir``.

    Parameters
    ----------
    records
        :class:`policytext.Record` objects or their dicts (``read_records`` output works);
        a record matches a gold file when the stem of its ``source`` (or ``id``) equals the
        stem of the gold file's ``file``.
    gold_dir
        A folder of gold ``*.json`` files (``{"file", "entities": [[s, e, LABEL, surface]…]}``).
    split
        ``dev``, ``test`` (see :data:`SPLITS`) or ``all``.
    by_doc
        Add a ``doc`` column with one block of rows per document (totals under ``ALL``).
    labels
        The labels to score, in row order; an ``ALL`` row micro-averages over them.

    Returns
    -------
    pandas.DataFrame
        One row per label (and document): ``tp predicted gold precision recall f1`` and the
        ``partial_*`` scores beside them. Gold files without a record are not scored.
    """
    import pandas as pd

    by_key: dict[str, Any] = {}
    for rec in records:
        for k in _record_keys(rec):
            by_key.setdefault(k, rec)
    totals = {lab: Counter[str]() for lab in labels}
    rows: list[dict[str, Any]] = []
    for path in gold_files(gold_dir, split):
        data = json.loads(path.read_text(encoding="utf-8"))
        key = _gold_key(data, path)
        rec = by_key.get(key)
        if rec is None:
            continue
        gold = _surfaces(((e[2], e[3]) for e in data.get("entities", [])), labels)
        pred = _surfaces(((e["label"], e["text"]) for e in _record_entities(rec)), labels)
        doc_total: Counter[str] = Counter()
        for lab in labels:
            c = _counts(pred[lab], gold[lab])
            totals[lab].update(c)
            doc_total.update(c)
            if by_doc:
                rows.append({"doc": key, **_row(lab, c)})
        if by_doc:
            rows.append({"doc": key, **_row("ALL", doc_total)})
    all_total: Counter[str] = Counter()
    for lab in labels:
        all_total.update(totals[lab])
        row = _row(lab, _full(totals[lab]))
        rows.append({"doc": "ALL", **row} if by_doc else row)
    row = _row("ALL", _full(all_total))
    rows.append({"doc": "ALL", **row} if by_doc else row)
    columns = (["doc"] if by_doc else []) + _COLUMNS
    return pd.DataFrame(rows, columns=columns)


def _full(c: Counter[str]) -> dict[str, int]:
    return {k: c.get(k, 0) for k in ("tp", "predicted", "gold", "ptp_pred", "ptp_gold")}


def find_documents(
    gold_dir: PathLike, docs_dirs: Sequence[PathLike], split: str = "all"
) -> list[Path]:
    """The document of every gold file (by file name) in the ``docs_dirs`` folders.

    Raises ``FileNotFoundError`` naming the gold files whose document is in none of them.
    """
    folders = [Path(d) for d in docs_dirs]
    found: list[Path] = []
    missing: list[str] = []
    for path in gold_files(gold_dir, split):
        data = json.loads(path.read_text(encoding="utf-8"))
        name = Path(str(data.get("file") or path.with_suffix(".txt").name)).name
        hit = next((f / name for f in folders if (f / name).is_file()), None)
        if hit is None:
            missing.append(name)
        else:
            found.append(hit)
    if missing:
        where = ", ".join(str(f) for f in folders) or "(no --docs folder given)"
        raise FileNotFoundError(
            f"no document for gold file(s) {', '.join(missing)} in {where}; pass the folder(s)"
            " holding them with --docs DIR (repeatable)"
        )
    return found


def evaluate_entities(
    gold_dir: PathLike,
    docs_dirs: PathLike | Sequence[PathLike],
    *,
    nlp: Language | None = None,
    split: str = "all",
    by_doc: bool = False,
) -> pd.DataFrame:
    """Analyse the documents of the gold files (found by file name) and score their entities.

    ``docs_dirs`` is one folder or several; the documents go through the full
    :func:`policytext.analyze` pipeline (``nlp`` defaults to :func:`policytext.load`).
    """
    from .analyze import analyze

    if isinstance(docs_dirs, str | os.PathLike):
        docs_dirs = [docs_dirs]
    paths = find_documents(gold_dir, docs_dirs, split)
    result = analyze(paths, nlp=nlp, progress=False)
    return score_entities(result.records, gold_dir, split=split, by_doc=by_doc)
