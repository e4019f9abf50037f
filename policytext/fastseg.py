"""pkuseg's segmentation, its per-character features computed for a whole text at once.

spacy-pkuseg spends most of its time building each character's feature list in a loop that
concatenates strings and looks them up in a dictionary of 2.6 million features (about a
hundred lookups per character). :class:`FastSegmenter` computes the same features with array
operations over the whole text: characters, words of the model's lexicon (found with a trie
walked one character step at a time for all positions together) and feature keys become
integers, looked up in hash tables. Node scores are summed feature by feature in pkuseg's own
order, and pkuseg's own Viterbi decoder runs on them, so the words are exactly pkuseg's (the
tests compare them on real documents). The user dictionary and post-processing are pkuseg's.

``policytext.load()`` installs it (``load(fast_segmenter=False)`` does not); by hand::

    from policytext.pipeline import load
    from policytext.fastseg import FastSegmenter

    seg = load(components=(), fast_segmenter=False).tokenizer.pkuseg_seg
    fast = FastSegmenter(seg)
    assert fast.cut("推动产业链高质量发展") == seg.cut("推动产业链高质量发展")
"""

from __future__ import annotations

import itertools
import operator
import os
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["FastSegmenter", "accelerate"]

_NUM = set("0123456789.几二三四五六七八九十千万亿兆零１２３４５６７８９０％")
_LETTER = set(
    "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｇｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ／・－"
)
_RENAME = str.maketrans("-._,|/*:", "&&&&&&&&")
_SPECIAL_NODES = ("**Num", "**Letter")
_WW_SPECIALS = (*_SPECIAL_NODES, "**noWord")
_WORD_MIN, _WORD_MAX = 2, 6
FORMAT = 1  # of the saved tables; bump when their layout changes


def _nodes_of(word: str) -> list[str] | None:
    """A feature's word split into pkuseg's nodes (characters, ``**Num``, ``**Letter``)."""
    out: list[str] = []
    i = 0
    while i < len(word):
        for special in _SPECIAL_NODES:
            if word.startswith(special, i):
                out.append(special)
                i += len(special)
                break
        else:
            if word[i] == "*":
                return None
            out.append(word[i])
            i += 1
    return out


class _Table:
    """An integer-keyed hash table: ``get(keys)`` returns the values, -1 where absent."""

    def __init__(self, keys: Any, values: Any) -> None:
        from pandas._libs.hashtable import Int64HashTable  # pandas' C hash table

        self.keys = np.asarray(keys, dtype=np.int64)
        if len(np.unique(self.keys)) != len(self.keys):
            raise ValueError("fastseg: duplicate keys in a feature table")
        self.table = Int64HashTable(max(len(self.keys), 1))
        self.table.map_locations(self.keys)
        self.values = np.append(np.asarray(values, dtype=np.int64), -1)

    def get(self, keys: np.ndarray) -> np.ndarray:
        pos = self.table.lookup(np.ascontiguousarray(keys, dtype=np.int64))
        return self.values[pos]  # -1 indexes the appended -1


class FastSegmenter:
    """Segment like a ``spacy_pkuseg.pkuseg`` instance, computing features with arrays.

    Parameters
    ----------
    seg
        A loaded ``spacy_pkuseg.pkuseg`` (its model, features, user dictionary and
        post-processor are used as they are).
    """

    node_ids: dict[str, int]
    trie: dict[tuple[int, int], int]

    def __init__(self, seg: Any, tables: dict[str, np.ndarray] | None = None) -> None:
        self.seg = seg
        fe, model = seg.feature_extractor, seg.model
        self.n_tag = int(model.n_tag)
        w = np.asarray(model.w, dtype=np.float64)
        n_feature = int(model.n_feature)
        # feature -> its n_tag weights (a view: the model's 100 MB are not copied)
        self.weights = w[: n_feature * self.n_tag].reshape(n_feature, self.n_tag)
        backoff = n_feature * self.n_tag
        edge = np.ones((self.n_tag, self.n_tag), dtype=np.float64)
        for s in range(self.n_tag):
            for s_pre in range(self.n_tag):
                edge[s_pre, s] += w[backoff + s * self.n_tag + s_pre]
        self.edge = edge
        self.begins = np.array(["B" in seg.idx_to_tag[t] for t in range(self.n_tag)], dtype=bool)
        if tables is None:
            self._build(fe.feature_to_idx, fe.unigram)
        else:
            self._restore(tables)
        self._post = _PostProcessor(seg.postprocesser)

    def tables(self) -> dict[str, np.ndarray]:
        """The lookup tables as plain arrays (saved with ``numpy.savez``, no pickle)."""
        out: dict[str, np.ndarray] = {
            "nodes": np.array(list(self.node_ids), dtype=str),
            "is_word": self.is_word,
            "scalars": np.array([self.noword, self.n_nodes, self.n_words, self.zero_feature]),
            "trie_keys": self.trie_table.keys,
            "trie_values": self.trie_table.values[:-1],
        }
        for name, arr in {**self.unigram_tables, **self.word_tables}.items():
            out[f"array_{name}"] = arr
        for name, table in {
            **self.pair_tables,
            **{f"ww{k}": t for k, t in self.ww_tables.items()},
        }.items():
            out[f"keys_{name}"] = table.keys
            out[f"values_{name}"] = table.values[:-1]
        return out

    def _restore(self, t: dict[str, np.ndarray]) -> None:
        self.node_ids = {str(node): i for i, node in enumerate(t["nodes"].tolist())}
        self.is_word = t["is_word"].astype(bool)
        self.noword, self.n_nodes, self.n_words, self.zero_feature = (int(x) for x in t["scalars"])
        self.trie_table = _Table(t["trie_keys"], t["trie_values"])
        self.unigram_tables = {p: t[f"array_{p}"] for p in ("c", "c-1", "c1", "c-2", "c2")}
        self.word_tables = {p: t[f"array_{p}"] for p in ("w-1", "w1")}
        self.pair_tables = {
            p: _Table(t[f"keys_{p}"], t[f"values_{p}"]) for p in ("c-1c", "cc1", "c-2c-1")
        }
        self.ww_tables = {s: _Table(t[f"keys_ww{s}"], t[f"values_ww{s}"]) for s in ("l", "r")}

    # ------------------------------------------------------------------ tables
    def _node_id(self, node: str) -> int:
        nid = self.node_ids.get(node)
        if nid is None:
            nid = self.node_ids[node] = len(self.node_ids)
        return nid

    def _word_id(self, nodes: list[str]) -> int:
        """The trie node of a node sequence, created as needed (0 is the empty word)."""
        cur = 0
        for node in nodes:
            key = (cur, self._node_id(node))
            nxt = self.trie.get(key)
            if nxt is None:
                nxt = self.trie[key] = len(self.trie) + 1
            cur = nxt
        return cur

    def _build(self, feature_to_idx: dict[str, int], unigram: set[str]) -> None:
        self.node_ids = {}
        self.trie: dict[tuple[int, int], int] = {}
        words: dict[int, None] = {}  # trie nodes that are lexicon words (the empty word too)
        for word in unigram:
            nodes = _nodes_of(word)
            if nodes is not None and len(nodes) <= _WORD_MAX and len(nodes) != 1:
                words[self._word_id(nodes)] = None
        unigram_keys: dict[str, list[tuple[int, int]]] = {
            p: [] for p in ("c", "c-1", "c1", "c-2", "c2")
        }
        pair_keys: dict[str, list[tuple[int, int, int]]] = {
            p: [] for p in ("c-1c", "cc1", "c-2c-1")
        }
        word_keys: dict[str, list[tuple[int, int]]] = {"w-1": [], "w1": []}
        ww_keys: dict[str, list[tuple[int, int, int]]] = {"l": [], "r": []}
        self.noword = self._word_id(["**noWord"])  # the trie node standing for **noWord
        self.zero_feature = feature_to_idx.get("$$", 0)
        for feat, idx in feature_to_idx.items():
            head, _, rest = feat.partition(".")
            if head in unigram_keys:
                unigram_keys[head].append((self._node_id(rest), idx))
            elif head in pair_keys:
                a, sep, b = rest.partition(".")
                if sep:
                    pair_keys[head].append((self._node_id(a), self._node_id(b), idx))
            elif head in word_keys:
                nodes = _nodes_of(rest)
                if nodes is not None and len(nodes) <= _WORD_MAX:
                    word_keys[head].append((self._word_id(nodes), idx))
            elif head == "ww":
                side, _, pair = rest.partition(".")
                parts = self._split_ww(pair)
                if parts is None or side not in ww_keys:
                    continue
                ids = []
                for part in parts:
                    if part == "**noWord":
                        ids.append(self.noword)
                    else:
                        nodes = _nodes_of(part)
                        if nodes is None or len(nodes) > _WORD_MAX:
                            break
                        ids.append(self._word_id(nodes))
                else:
                    ww_keys[side].append((ids[0], ids[1], idx))
        self.n_nodes = len(self.node_ids) + 1
        self.n_words = len(self.trie) + 2
        self.is_word = np.zeros(self.n_words, dtype=bool)
        self.is_word[list(words)] = True
        v = self.n_nodes
        self.unigram_tables = {p: self._array(rows, v) for p, rows in unigram_keys.items()}
        self.pair_tables = {
            p: _Table([a * v + b for a, b, _ in rows], [i for _, _, i in rows])
            for p, rows in pair_keys.items()
        }
        self.word_tables = {p: self._array(rows, self.n_words) for p, rows in word_keys.items()}
        nw = self.n_words
        self.ww_tables = {
            side: _Table([a * nw + b for a, b, _ in rows], [i for _, _, i in rows])
            for side, rows in ww_keys.items()
        }
        self.trie_table = _Table(
            [parent * v + node for parent, node in self.trie], list(self.trie.values())
        )

    @staticmethod
    def _array(rows: list[tuple[int, int]], size: int) -> np.ndarray:
        out = np.full(size + 1, -1, dtype=np.int64)
        for key, idx in rows:
            out[key] = idx
        return out

    @staticmethod
    def _split_ww(pair: str) -> tuple[str, str] | None:
        """``pre*post`` of a word-pair feature (either side may hold ``**Num`` or ``**noWord``)."""
        i = 0
        while i < len(pair):
            special = next((s for s in _WW_SPECIALS if pair.startswith(s, i)), None)
            if special is not None:
                i += len(special)
            elif pair[i] == "*":
                return pair[:i], pair[i + 1 :]
            else:
                i += 1
        return None

    # ------------------------------------------------------------------ features
    def _node_array(self, pieces: list[str]) -> np.ndarray:
        ids = self.node_ids
        unknown = self.n_nodes - 1  # no feature or word contains it
        out: list[int] = []
        for piece in pieces:
            for ch in piece.translate(_RENAME):
                node = "**Num" if ch in _NUM else "**Letter" if ch in _LETTER else ch
                out.append(ids.get(node, unknown))
        return np.asarray(out, dtype=np.int64)

    def _words(self, nodes: np.ndarray, left: np.ndarray) -> dict[int, np.ndarray]:
        """For every start and length 2..6: the lexicon word there (trie node) or noWord; the
        empty word where the slice leaves the piece (pkuseg's ``get_slice_str`` gives "")."""
        n = len(nodes)
        v = self.n_nodes
        cur = np.zeros(n, dtype=np.int64)  # trie node of nodes[i : i + length]
        alive = np.ones(n, dtype=bool)
        out: dict[int, np.ndarray] = {}
        for length in range(1, _WORD_MAX + 1):
            step = np.full(n, -1, dtype=np.int64)
            ok = alive & (left >= length)
            idx = np.nonzero(ok)[0]
            if len(idx):
                step[idx] = self.trie_table.get(cur[idx] * v + nodes[idx + length - 1])
            alive = ok & (step >= 0)
            cur = np.where(alive, step, -1)
            if length >= _WORD_MIN:
                word = np.full(n, self.noword, dtype=np.int64)
                hit = alive & self.is_word[np.where(alive, cur, 0)]
                word[hit] = cur[hit]
                word[left < length] = 0  # out of the piece: the empty word
                out[length] = word
        return out

    def _node_scores(self, pieces: list[str]) -> np.ndarray:
        nodes = self._node_array(pieces)
        n = len(nodes)
        lengths = np.asarray([len(p) for p in pieces], dtype=np.int64)
        starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
        pos = np.arange(n, dtype=np.int64) - starts  # position inside its piece
        left = np.repeat(lengths, lengths) - pos  # nodes from here to the piece's end
        scores = np.zeros((n, self.n_tag), dtype=np.float64)
        weights = self.weights

        def add(feature: np.ndarray) -> None:
            # in pkuseg's order, feature by feature, so the sums are bit-identical; an absent
            # feature adds 0.0, which leaves a sum unchanged
            present = np.flatnonzero(feature >= 0)
            if len(present) == n:
                scores.__iadd__(weights[feature])
            elif len(present):
                # only where the feature is present: adding 0.0 elsewhere would change no sum
                # (scores start at +0.0 and never become -0.0)
                scores[present] += weights[feature[present]]

        def shifted(arr: np.ndarray, by: int, fill: int = 0) -> np.ndarray:
            out = np.full(n, fill, dtype=np.int64)
            if by > 0:
                out[:-by] = arr[by:]
            elif by < 0:
                out[-by:] = arr[:by]
            else:
                out[:] = arr
            return out

        v = self.n_nodes
        un, pr = self.unigram_tables, self.pair_tables
        prev, nxt = shifted(nodes, -1), shifted(nodes, 1)
        prev2, nxt2 = shifted(nodes, -2), shifted(nodes, 2)
        has_prev, has_next = pos > 0, left > 1
        has_prev2, has_next2 = pos > 1, left > 2
        absent = np.full(n, -1, dtype=np.int64)
        add(np.full(n, self.zero_feature, dtype=np.int64))
        add(un["c"][nodes])
        add(np.where(has_prev, un["c-1"][prev], absent))
        add(np.where(has_prev, pr["c-1c"].get(prev * v + nodes), absent))
        add(np.where(has_next, un["c1"][nxt], absent))
        add(np.where(has_next, pr["cc1"].get(nodes * v + nxt), absent))
        add(np.where(has_prev2, un["c-2"][prev2], absent))
        add(np.where(has_prev2, pr["c-2c-1"].get(prev2 * v + prev), absent))
        add(np.where(has_next2, un["c2"][nxt2], absent))

        words = self._words(nodes, left)
        lengths_desc = range(_WORD_MAX, _WORD_MIN - 1, -1)

        # slices as pkuseg takes them: ending here, starting here, ending just before, starting
        # just after; a slice starting before the piece is the empty word
        def word_at(length: int, offset: int) -> np.ndarray:
            start_pos = pos + offset
            inside = (start_pos >= 0) & (start_pos < pos + left)
            w = shifted(words[length], offset)
            return np.where(inside, w, 0)

        pre_in = [word_at(length, -length + 1) for length in lengths_desc]
        post_in = [word_at(length, 0) for length in lengths_desc]
        pre_ex = [word_at(length, -length) for length in lengths_desc]
        post_ex = [word_at(length, 1) for length in lengths_desc]
        wt = self.word_tables
        for w in pre_in:
            add(np.where(w != self.noword, wt["w-1"][w], absent))
        for w in post_in:
            add(np.where(w != self.noword, wt["w1"][w], absent))
        nw = self.n_words
        for side, pres, posts in (("l", pre_ex, post_in), ("r", pre_in, post_ex)):
            table = self.ww_tables[side]
            for pre in pres:
                for post in posts:
                    add(table.get(pre * nw + post))
        return scores

    # ------------------------------------------------------------------ cutting
    def cut_pieces(self, pieces: list[str]) -> list[list[str]]:
        """pkuseg's ``_cut`` for each piece (text without spaces or user-dictionary words)."""
        from spacy_pkuseg.inference import run_viterbi

        if not pieces:
            return []
        scores = self._node_scores([p for p in pieces if p])
        out: list[list[str]] = []
        at = 0
        for piece in pieces:
            if not piece:
                out.append([])
                continue
            _, tags = run_viterbi(scores[at : at + len(piece)], self.edge)
            at += len(piece)
            starts = np.nonzero(self.begins[np.asarray(tags)])[0].tolist()
            bounds = sorted({0, *starts, len(piece)})
            out.append([piece[a:b] for a, b in itertools.pairwise(bounds)])
        return out

    def cut(self, txt: str) -> list[str]:
        """Words of ``txt``, exactly as ``spacy_pkuseg.pkuseg.cut`` returns them."""
        seg = self.seg
        txt = txt.strip()
        if not txt:
            return []
        plan: list[tuple[bool, str]] = []  # (is a user-dictionary word, text)
        for w0 in txt.split():
            lst, isword, _tags = seg.preprocesser.solve(w0)
            plan.extend(zip(isword, lst, strict=True))
        cut = iter(self.cut_pieces([w for isw, w in plan if not isw]))
        ret: list[str] = []
        for isw, w in plan:
            if isw:
                ret.append(w)
            else:
                ret.extend(self._post(next(cut)))
        return ret


class _PostProcessor:
    """pkuseg's user-dictionary merge (``Postprocesser.post_process`` with
    ``check_seperated=True``): the same merges in the same order, but a window size is
    skipped when no run of words there can form a dictionary word. A run of three or more
    words can only when its first two words form the beginning of one (a set of those
    beginnings is kept), so most pieces cost one pass over their word pairs."""

    def __init__(self, post: Any) -> None:
        self.post = post
        self.active = bool(getattr(post, "do_process", False))
        self.common: set[str] = post.common_words if self.active else set()
        self.other: set[str] = post.other_words if self.active else set()
        self.beginnings = {w[:k] for w in (*self.common, *self.other) for k in range(2, len(w))}

    def __call__(self, sent: list[str]) -> list[str]:
        if not self.active:
            return sent
        common, other = self.common, self.other
        pairs: list[str] | None = None
        for m in range(7, 1, -1):  # pkuseg's window sizes, longest first
            n = len(sent)
            if n < m:
                continue
            if pairs is None:
                pairs = list(map(operator.add, sent, sent[1:]))
            if m == 2:
                hit = any(map(common.__contains__, pairs)) or any(map(other.__contains__, pairs))
            else:
                hit = any(
                    "".join(sent[i : i + m]) in common or "".join(sent[i : i + m]) in other
                    for i in itertools.compress(
                        range(n - m + 1), map(self.beginnings.__contains__, pairs)
                    )
                )
            if not hit:
                continue  # pkuseg's pass would merge nothing
            # pkuseg's pass for this size, as it is written
            end = n - m
            i = 0
            while i < end + 1:
                merged = "".join(sent[i : i + m])
                if merged in common:
                    do_seg = True
                elif merged in other:
                    do_seg = not all((w in common) or (w in other) for w in sent[i : i + m])
                else:
                    do_seg = False
                if do_seg:
                    sent[i : i + m] = [merged]
                    end = len(sent) - m
                    pairs = None  # the words changed
                i += 1
        return sent


def accelerate(seg: Any, model_dir: str | os.PathLike[str] | None = None) -> FastSegmenter:
    """Make ``seg.cut`` the array-based :meth:`FastSegmenter.cut` (same words, faster).

    The lookup tables are derived from the model's features once (about 6 s) and kept as a
    ``.npz`` file under :func:`policytext.models.cache_dir` ``/fastseg``, named by the hash
    of ``model_dir``'s ``features.msgpack``, so later loads read them in under a second. The
    file holds plain integer and string arrays and is read with ``allow_pickle=False``.
    """
    fast = getattr(seg, "_policytext_fast", None)
    if fast is not None:
        return fast
    path = _tables_path(Path(model_dir)) if model_dir is not None else None
    tables = None
    if path is not None and path.is_file():
        try:
            with np.load(path, allow_pickle=False) as data:
                tables = {k: data[k] for k in data.files}
        except (OSError, ValueError, zipfile.BadZipFile):  # damaged: derive them again
            tables = None
    fast = None
    if tables is not None:
        try:
            fast = FastSegmenter(seg, tables)
        except (KeyError, ValueError):  # a damaged table file: derive the tables again
            tables = None
    if fast is None:
        fast = FastSegmenter(seg)
    if tables is None and path is not None:
        tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp.npz")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(tmp, **fast.tables())  # type: ignore[arg-type]
            os.replace(tmp, path)  # atomic: a parallel worker never reads half a file
        except OSError:  # an unwritable cache: keep the tables in memory only
            tmp.unlink(missing_ok=True)
    seg._policytext_fast = fast
    seg.cut = fast.cut
    return fast


def _tables_path(model_dir: Path) -> Path | None:
    """Where the tables of this model's features are kept (None: no features file)."""
    import json

    from .models import cache_dir, sha256_file

    try:
        info = json.loads((model_dir / "policytext-model.json").read_text(encoding="utf-8"))
        key = str(info["files_sha256"]["features.msgpack"])
    except (OSError, ValueError, KeyError, TypeError):
        features = model_dir / "features.msgpack"
        if not features.is_file():
            return None
        key = sha256_file(features)
    return cache_dir() / "fastseg" / f"fastseg-{FORMAT}-{key[:16]}.npz"
