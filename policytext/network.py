"""The organisation–measure network: who leads, who is mobilised, who is targeted, and how.

:func:`build_network` turns analysed records (``policytext analyze`` output, see
``docs/schema.md``) into a :class:`networkx.DiGraph` with four kinds of node, told apart by the
``node_type`` attribute:

- **actor** (``actor:<entity id>``): every actor of a measure — canonical organisations and
  firms, actor groups (骨干企业, 金融机构 …), people and offices holding governance roles
  (链长 …), places acting as governments (航空港区将… is the zone's government: when the
  document's issuer is that place's 管委会/人民政府 the place is merged into the issuer).
  Attributes: ``kind`` (org firm person office government place group), ``label`` (canonical
  name), ``short_label`` (the most frequent mention), ``entity_label``, ``entity_id``,
  ``level`` (central provincial municipal county district zone, or ``""``), ``region``,
  ``mentions``, ``documents``, ``governance_roles``, ``affiliation``;
- **measure** (``measure:<doc>:<start>-<end>``): ``text``, ``document``, ``char_start``,
  ``char_end``, ``path``, ``status``, ``date``, ``instrument``, ``subtype``, ``theme``,
  ``theme_label``, ``verbs``;
- **program** (``program:<entity id>``): ``label``, ``documents``;
- **document** (``document:<record id>``): ``label`` (title), ``doc_number``, ``date``,
  ``doc_type``, ``issuers``, ``source``.

Edges carry ``relation``: ``involves`` (actor → measure, with ``role`` lead / participate /
target, ``implied`` for an issuing body standing in for an unnamed actor, ``role_source``),
``implements`` (measure → program), ``in`` (measure → document), ``issued`` (issuer →
document), ``designated`` (firm → the designation it was selected into, 专精特新 …) and
``affiliation`` (person or office → body). Every edge keeps ``documents`` and ``offsets``
(``[doc, start, end]`` of the mentions it came from). Offsets are ``str`` indices into the
record's ``text``. Canonical entities merge across a corpus (one node per entity id).

Attribute names avoid ``type``, ``start``, ``end`` and ``id``: GEXF readers treat those as
edge direction, time spells and XML ids. Lists and dicts are Python lists/dicts in memory and
JSON strings in GEXF, GraphML and CSV (see :func:`exportable`, :func:`read_network`).

Examples
--------
>>> rec = {"id": "d1", "text": "省科技厅牵头，支持骨干企业建设平台。", "meta": {"issuers": ["河南省人民政府"]},
...        "measures": [{"start": 0, "end": 18, "text": "省科技厅牵头，支持骨干企业建设平台。",
...                      "status": "planned", "instrument": {"type": "supply", "subtype": "科技支持"},
...                      "actors": [
...          {"text": "省科技厅", "canonical": "河南省科学技术厅", "id": "ORG:1", "label": "ORG",
...           "role": "lead", "start": 0, "end": 4, "implied": False},
...          {"text": "骨干企业", "canonical": "骨干企业", "id": "ACTOR_GROUP:2",
...           "label": "ACTOR_GROUP", "role": "target", "start": 9, "end": 13, "implied": False}]}]}
>>> G = build_network([rec])
>>> sorted(n for n, t in G.nodes(data="node_type") if t == "actor")
['actor:ACTOR_GROUP:2', 'actor:ORG:1', 'actor:ORG:1267f5428a']
>>> G.edges["actor:ORG:1", "measure:d1:0-18"]["role"]
'lead'
>>> G.nodes["actor:ORG:1"]["level"], G.nodes["actor:ORG:1"]["region"]
('provincial', '河南省')
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

__all__ = [
    "GOVERNANCE_ROLES",
    "LIST_ATTRS",
    "ROLES",
    "actor_instrument_matrix",
    "actor_matrix",
    "actor_projection",
    "actor_table",
    "actor_theme_matrix",
    "add_actor_metrics",
    "build_network",
    "communities",
    "export_network",
    "exportable",
    "governance_roles",
    "joint_issuing_network",
    "read_network",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_json",
]

PathLike = str | os.PathLike[str]

ROLES = ("lead", "participate", "target")
_ROLE_RANK = {r: i for i, r in enumerate(ROLES)}

# Roles of the chain-leader (链长制) and leading-group systems, most senior first.
GOVERNANCE_ROLES = (
    "总链长",
    "链长",
    "常务副链长",
    "副链长",
    "链主企业",
    "组长",
    "常务副组长",
    "副组长",
    "召集人",
    "牵头单位",
    "责任单位",
    "成员单位",
)

# Attributes that hold lists or dicts (JSON strings in GEXF / GraphML / CSV).
LIST_ATTRS = frozenset(
    {
        "mentions",
        "documents",
        "governance_roles",
        "governance",
        "issuers",
        "verbs",
        "offsets",
        "roles",
        "role_pairs",
        "themes",
        "instruments",
        "measures",
    }
)

_KIND_OF_LABEL = {
    "ORG": "org",
    "FIRM": "firm",
    "PERSON": "person",
    "GPE": "place",
    "ACTOR_GROUP": "group",
    "SELF": "org",
}

_GOVERNMENT_SUFFIXES = ("管理委员会", "管委会", "人民政府", "政府")
# self and addressee references (我市, 本局, 你省): never an actor's display name
_REFERENCE = re.compile(r"^(?:我|本|你|贵|该)[\u4e00-\u9fff]{1,2}$")


# --------------------------------------------------------------------------- helpers


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    return getattr(obj, key, default)


def measure_node(doc: str, start: int, end: int) -> str:
    """The node id of a measure: ``measure:<doc>:<start>-<end>``.

    >>> measure_node("d1", 3, 20)
    'measure:d1:3-20'
    """
    return f"measure:{doc}:{start}-{end}"


def _entity_id(label: str, canonical: str) -> str:
    from .aliases import entity_id

    return entity_id(label, canonical)


def _actor_key(actor: Mapping[str, Any]) -> str:
    label = str(actor.get("label") or "ORG")
    ent = actor.get("id")
    if not ent:
        ent = _entity_id(label, str(actor.get("canonical") or actor.get("text") or ""))
    return f"actor:{ent}"


_LEVEL_OF_PLACE = {
    "province": "provincial",
    "prefecture": "municipal",
    "county": "county",
    "zone": "zone",
    "region": "region",
}


def place_level(name: str) -> tuple[str, str]:
    """``(level, region)`` of a body or place from its canonical name (``""`` when unknown).

    Central bodies (gazetteer) are ``central``; otherwise the place the name starts with sets
    the level: a province ``provincial``, a prefecture ``municipal``, a county-level division
    ``county`` (``district`` for a 区), a development zone ``zone``.

    >>> place_level("河南省住房和城乡建设厅")
    ('provincial', '河南省')
    >>> place_level("工业和信息化部")
    ('central', '')
    >>> place_level("骨干企业")
    ('', '')
    """
    from .gazetteer import load_gazetteer

    if not name:
        return "", ""
    name = re.sub(r"^中共|^中国共产党", "", name)
    gaz = load_gazetteer()
    if gaz.body(name) is not None or name.startswith(("国家", "中共中央", "全国", "中央")):
        return "central", ""
    hits = [h for h in gaz.places_in(name) if h[0] == 0]
    if hits:
        _, _, place = max(hits, key=lambda h: h[1])
        level = _LEVEL_OF_PLACE.get(place.level, place.level)
        if place.is_municipality:
            level = "provincial"
        elif level == "county" and place.name.endswith("区"):
            level = "district"
        return level, place.name
    m = re.match(r"^([\u4e00-\u9fff]{2,8}?(?:省|自治区|市|县|区))", name)
    if m and len(m.group(1)) < len(name):
        suffix = m.group(1)[-1]
        level = {"省": "provincial", "市": "municipal", "县": "county", "区": "district"}[
            "省" if m.group(1).endswith("自治区") else suffix
        ]
        return level, m.group(1)
    return "", ""


def _government_of(place: str, issuers: Sequence[str]) -> str | None:
    """The issuer that is ``place``'s government (管委会 / 人民政府), if any."""
    for issuer in issuers:
        rest = issuer[len(place) :] if place and issuer.startswith(place) else None
        if rest in _GOVERNMENT_SUFFIXES:
            return issuer
    return None


# --------------------------------------------------------------------------- governance
_HOLDS = re.compile(
    r"(?:担任|出任|任|为|作为)(?P<unit>工作专班|专班|领导小组|工作组)?"
    r"(?P<role>总链长|常务副链长|副链长|链长|链主企业|常务副组长|副组长|组长|召集人|成员单位|牵头单位)"
)
_LISTED = re.compile(r"(?P<role>成员单位|牵头单位|责任单位|配合单位)(?:包括|为|有|：|:)")
_TITLES = re.compile(
    r"(?:省长|副省长|市长|副市长|区长|副区长|县长|副县长|主任|副主任|书记|副书记|厅长|副厅长|"
    r"局长|副局长|主要负责同志|分管负责同志|负责同志|主要负责人|负责人)$"
)


def governance_roles(record: Any) -> list[dict[str, Any]]:
    """Governance roles a document assigns: 链长, 副链长, 组长, 召集人, 牵头单位, 成员单位 ….

    Finds ``X任/担任/为 <role>`` (由省人大常委会副主任何金平任链长; 由市长担任链长;
    12家厅（局、委）为成员单位) and ``<role>包括/：<list>`` (成员单位包括市发展改革委、…;
    （牵头单位：市工业和信息化局；责任单位：…）). The holder is a person (with the body they
    belong to as ``affiliation``), a body (an entity), an office (市长) or a group.

    Returns
    -------
    list of dict
        ``role``, ``holder`` (text), ``kind`` (person body office group), ``entity`` (the
        holder's entity dict or None), ``affiliation`` (entity dict or None), ``title``,
        ``start``, ``end`` (the holder's span in ``record.text``).

    Examples
    --------
    >>> text = "成立由省人大常委会副主任何金平任链长，12家厅（局、委）为成员单位的工作专班。"
    >>> ents = [{"start": 3, "end": 9, "label": "ORG", "text": "省人大常委会", "canonical": "河南省人民代表大会常务委员会",
    ...          "id": "ORG:1"}, {"start": 12, "end": 15, "label": "PERSON", "text": "何金平",
    ...          "canonical": "何金平", "id": "PERSON:2"}]
    >>> [(g["role"], g["holder"], g["kind"], g["title"])
    ...  for g in governance_roles({"text": text, "entities": ents})]
    [('链长', '何金平', 'person', '副主任'), ('成员单位', '12家厅（局、委）', 'group', '')]
    """
    text = str(_get(record, "text") or "")
    ents = sorted(
        (e for e in _get(record, "entities", []) or [] if e.get("start") is not None),
        key=lambda e: int(e["start"]),
    )
    out: list[dict[str, Any]] = []
    for m in _HOLDS.finditer(text):
        a = m.start()
        lo = max(
            [text.rfind(ch, 0, a) + 1 for ch in "，,；;。：:\n"] + [max(0, a - 40)],
        )
        stretch_start = lo
        k = text.rfind("由", lo, a)
        if k >= 0:
            stretch_start = k + 1
        inside = [e for e in ents if int(e["start"]) >= stretch_start and int(e["end"]) <= a]
        role = m.group("role")
        people = [e for e in inside if e.get("label") == "PERSON"]
        bodies = [e for e in inside if e.get("label") in ("ORG", "FIRM")]
        if people:
            person = people[-1]
            before = [b for b in bodies if int(b["end"]) <= int(person["start"])]
            aff = before[-1] if before else None
            title = text[int(aff["end"]) if aff else stretch_start : int(person["start"])]
            out.append(_gov(role, person, "person", aff, title.strip("，, ")))
        elif bodies:
            title = text[int(bodies[-1]["end"]) : a]
            for b in bodies:
                out.append(_gov(role, b, "body", None, title if _TITLES.search(title) else ""))
        else:
            holder = text[stretch_start:a].strip()
            if not holder or len(holder) > 20:
                continue
            kind = "office" if _TITLES.search(holder) else "group"
            out.append(
                {
                    "role": role,
                    "holder": holder,
                    "kind": kind,
                    "entity": None,
                    "affiliation": None,
                    "title": holder if kind == "office" else "",
                    "start": stretch_start,
                    "end": a,
                }
            )
    for m in _LISTED.finditer(text):
        stop = re.search(r"[。；;）)\n]", text[m.end() :])
        end = m.end() + (stop.start() if stop else len(text) - m.end())
        role = m.group("role")
        listed = [
            e
            for e in ents
            if int(e["start"]) >= m.end() and int(e["end"]) <= end and e["label"] in ("ORG", "FIRM")
        ]
        for i, e in enumerate(listed):
            r = role
            if role == "责任单位":
                r = (
                    "牵头单位"
                    if i == 0 and "牵头单位" not in text[max(0, m.start() - 40) : m.start()]
                    else role
                )
            if role == "配合单位":
                r = "成员单位"
            out.append(_gov(r, e, "body", None, ""))
    out.sort(key=lambda g: (g["start"], GOVERNANCE_ROLES.index(g["role"])))
    return out


def _gov(
    role: str, ent: Mapping[str, Any], kind: str, aff: Mapping[str, Any] | None, title: str
) -> dict[str, Any]:
    return {
        "role": role,
        "holder": ent.get("text"),
        "kind": kind,
        "entity": dict(ent),
        "affiliation": dict(aff) if aff else None,
        "title": title,
        "start": int(ent["start"]),
        "end": int(ent["end"]),
    }


# --------------------------------------------------------------------------- themes
def _theme_labels(records: Sequence[Any], themes: Any) -> tuple[list[Any] | None, dict[Any, str]]:
    """Per-measure themes (records order) and theme names from a fitted model or a sequence."""
    if themes is None:
        return None, {}
    n = sum(len(_get(r, "measures", []) or []) for r in records)
    if hasattr(themes, "labels_"):
        labels = list(themes.labels_)
        if len(labels) != n:
            labels = list(themes.predict(records))
        names = dict(getattr(themes, "theme_labels_", {}) or {})
        return [int(x) for x in labels], {int(k): str(v) for k, v in names.items()}
    labels = list(themes)
    if len(labels) != n:
        raise ValueError(f"themes has {len(labels)} labels but the records hold {n} measures")
    return labels, {}


# --------------------------------------------------------------------------- building
def build_network(
    records: Iterable[Any],
    *,
    themes: Any = None,
    implied: bool = True,
    designations: bool = True,
    governance: bool = True,
) -> nx.DiGraph:
    """The organisation–measure network of analysed records.

    Parameters
    ----------
    records
        :class:`policytext.Record` objects or their dicts (``read_records`` output).
    themes
        ``None`` (use each measure's ``theme`` field), a fitted
        :class:`~policytext.themes.ThemeModel` (its ``labels_`` when fitted on these records,
        else its predictions) or a sequence of one theme per measure (records order).
    implied
        Keep the issuing body's implied leads (edges flagged ``implied=True``).
    designations
        A firm named in a designation list (洛阳玻璃、天瑞水泥等制造业头雁企业5家) is a
        ``target`` of the measure and gets a ``designated`` edge to the designation
        (``role_source="designation"``; ``extracted_role`` keeps the measure's role).
    governance
        Add people and offices holding 链长 / 组长 / 召集人 roles as actors (an ``involves``
        edge to the measure stating it, ``role_source="governance"``) and list every node's
        roles in ``governance_roles`` (:func:`governance_roles`).

    Returns
    -------
    networkx.DiGraph
        Nodes and edges as described in the module docstring.

    Examples
    --------
    >>> rec = {"id": "d", "text": "市财政局负责。", "meta": {"issuers": ["示例市人民政府"],
    ...        "date": "2025-01-02"}, "measures": [{"start": 0, "end": 7, "text": "市财政局负责。",
    ...        "actors": [{"text": "市财政局", "canonical": "示例市财政局", "id": "ORG:f",
    ...                    "label": "ORG", "role": "lead", "start": 0, "end": 4}]}]}
    >>> G = build_network([rec])
    >>> sorted(d["relation"] for _, _, d in G.edges(data=True))
    ['in', 'involves', 'issued']
    >>> G.nodes["measure:d:0-7"]["date"], G.nodes["actor:ORG:f"]["level"]
    ('2025-01-02', 'municipal')
    """
    import networkx as nx

    records = list(records)
    labels, theme_names = _theme_labels(records, themes)
    label_iter = iter(labels) if labels is not None else None
    G = nx.DiGraph()
    G.graph["name"] = "policytext organisation–measure network"
    mention_counts: dict[str, Counter[str]] = defaultdict(Counter)

    for rec in records:
        doc = str(_get(rec, "id"))
        meta = _get(rec, "meta", {}) or {}
        issuers = [
            str(x) for x in meta.get("issuers") or ([meta["issuer"]] if meta.get("issuer") else [])
        ]
        date = str(meta.get("date") or "")
        dnode = f"document:{doc}"
        G.add_node(
            dnode,
            node_type="document",
            label=str(meta.get("title") or doc),
            doc_number=str(meta.get("doc_number") or ""),
            date=date,
            doc_type=str(meta.get("doc_type") or ""),
            issuers=issuers,
            source=str(_get(rec, "source") or ""),
        )
        ent_by_name = {
            str(e.get("canonical") or e.get("text")): e
            for e in [
                *(_get(rec, "entities", []) or []),
                *(a for m in _get(rec, "measures", []) or [] for a in m.get("actors") or []),
            ]
            if e.get("label") == "ORG" and e.get("id")
        }
        issuer_nodes: dict[str, str] = {}
        for name in issuers:
            ent = ent_by_name.get(name)
            ent_id = (ent or {}).get("id") or _entity_id("ORG", name)
            node = f"actor:{ent_id}"
            issuer_nodes[name] = node
            _add_actor(G, node, "ORG", name, ent_id)
            _add_edge(G, node, dnode, "issued", doc, None, None)
            mention_counts[node][name] += 1
        text = str(_get(rec, "text") or "")
        measure_nodes: list[tuple[int, int, str]] = []
        for m in _get(rec, "measures", []) or []:
            s, e = int(m["start"]), int(m["end"])
            mnode = measure_node(doc, s, e)
            measure_nodes.append((s, e, mnode))
            inst = m.get("instrument") or {}
            theme = next(label_iter) if label_iter is not None else m.get("theme")
            G.add_node(
                mnode,
                node_type="measure",
                label=str(m.get("text") or text[s:e])[:40],
                text=str(m.get("text") or text[s:e]),
                document=doc,
                char_start=s,
                char_end=e,
                path=str(m.get("path") or ""),
                status=str(m.get("status") or ""),
                date=date,
                instrument=str(inst.get("type") or ""),
                subtype=str(inst.get("subtype") or ""),
                theme="" if theme is None else str(theme),
                theme_label=theme_names.get(theme, "") if theme is not None else "",
                verbs=list(m.get("verbs") or []),
            )
            _add_edge(G, mnode, dnode, "in", doc, s, e)
            for p in m.get("programs") or []:
                pid = p.get("id") or _entity_id("PROGRAM", str(p.get("canonical") or p["text"]))
                pnode = f"program:{pid}"
                if pnode not in G:
                    G.add_node(
                        pnode,
                        node_type="program",
                        label=str(p.get("canonical") or p.get("text")),
                        entity_id=str(pid),
                        documents=[],
                    )
                _append(G.nodes[pnode], "documents", doc)
                _add_edge(G, mnode, pnode, "implements", doc, p.get("start"), p.get("end"))
            for a in m.get("actors") or []:
                if a.get("implied") and not implied:
                    continue
                role = str(a.get("role") or "participate")
                label = str(a.get("label") or "ORG")
                canonical = str(a.get("canonical") or a.get("text") or "")
                node = _actor_key(a)
                kind = None
                if label == "GPE" and role in ("lead", "participate"):
                    gov = _government_of(canonical, issuers)
                    if gov is not None:
                        node = issuer_nodes[gov]
                    else:
                        kind = "government"
                if node not in G:
                    _add_actor(G, node, label, canonical, str(a.get("id") or node[6:]))
                if kind:
                    G.nodes[node]["kind"] = kind
                mention_counts[node][str(a.get("text") or canonical)] += 1
                extra: dict[str, Any] = {}
                if designations and label == "FIRM" and role != "lead":
                    prog = _designation(text, a, m.get("programs") or [])
                    if prog is not None:
                        extra = {"role_source": "designation", "extracted_role": role}
                        role = "target"
                        pid = prog.get("id") or _entity_id(
                            "PROGRAM", str(prog.get("canonical") or prog["text"])
                        )
                        _add_edge(
                            G,
                            node,
                            f"program:{pid}",
                            "designated",
                            doc,
                            a.get("start"),
                            a.get("end"),
                        )
                _add_involvement(
                    G,
                    node,
                    mnode,
                    role=role,
                    implied=bool(a.get("implied")),
                    doc=doc,
                    start=a.get("start"),
                    end=a.get("end"),
                    mention=str(a.get("text") or canonical),
                    **extra,
                )
                _append(G.nodes[node], "documents", doc)
        if governance:
            _add_governance(G, rec, doc, issuers, measure_nodes, mention_counts)

    for node, counts in mention_counts.items():
        data = G.nodes[node]
        data["mentions"] = [t for t, _ in counts.most_common()]
        # a self or addressee reference (我市, 本局, 你省) names nobody out of its document
        named = Counter({t: c for t, c in counts.items() if not _REFERENCE.match(t)})
        if not named:
            data["short_label"] = data["label"]
            continue
        data["short_label"] = min(
            (t for t, c in named.items() if c == max(named.values())), key=len
        )
    for _, data in G.nodes(data=True):
        if data.get("node_type") == "actor":
            data.setdefault("short_label", data["label"])
            data.setdefault("mentions", [data["label"]])
            data["governance_roles"] = sorted(
                {g["role"] for g in data.get("governance", [])}, key=GOVERNANCE_ROLES.index
            )
    return G


def _ensure_entity_actor(G: nx.DiGraph, ent: Mapping[str, Any]) -> str:
    """The actor node of an entity mention (added when new); returns its id."""
    node = _actor_key(ent)
    if node not in G:
        _add_actor(
            G,
            node,
            str(ent.get("label")),
            str(ent.get("canonical") or ent["text"]),
            str(ent.get("id") or node[6:]),
        )
    return node


def _add_actor(G: nx.DiGraph, node: str, label: str, canonical: str, ent_id: str) -> None:
    if node in G:
        return
    level, region = place_level(canonical) if label in ("ORG", "GPE", "SELF") else ("", "")
    if label == "GPE" and not region:
        region = canonical
    G.add_node(
        node,
        node_type="actor",
        kind=_KIND_OF_LABEL.get(label, "org"),
        label=canonical,
        entity_label=label,
        entity_id=ent_id,
        level=level,
        region=region,
        affiliation="",
        documents=[],
        governance=[],
    )


def _append(data: dict[str, Any], key: str, value: Any) -> None:
    items = data.setdefault(key, [])
    if value not in items:
        items.append(value)


def _add_edge(
    G: nx.DiGraph, u: str, v: str, relation: str, doc: str, start: Any, end: Any, **attrs: Any
) -> None:
    if not G.has_edge(u, v):
        G.add_edge(u, v, relation=relation, documents=[], offsets=[], **attrs)
    data = G.edges[u, v]
    _append(data, "documents", doc)
    if start is not None and end is not None:
        _append(data, "offsets", [doc, int(start), int(end)])


def _add_involvement(
    G: nx.DiGraph,
    node: str,
    mnode: str,
    *,
    role: str,
    implied: bool,
    doc: str,
    start: Any,
    end: Any,
    mention: str,
    **extra: Any,
) -> None:
    if G.has_edge(node, mnode):
        data = G.edges[node, mnode]
        if role not in data["roles"]:
            data["roles"].append(role)
        stronger = _ROLE_RANK.get(role, 9) < _ROLE_RANK.get(data["role"], 9)
        if stronger or (role == data["role"] and data["implied"] and not implied):
            data["role"], data["implied"] = role, implied
            data.update(extra)
    else:
        G.add_edge(
            node,
            mnode,
            relation="involves",
            role=role,
            roles=[role],
            implied=implied,
            role_source=extra.pop("role_source", "measure"),
            extracted_role=extra.pop("extracted_role", role),
            mentions=[],
            documents=[],
            offsets=[],
        )
    data = G.edges[node, mnode]
    _append(data, "mentions", mention)
    _append(data, "documents", doc)
    if start is not None and end is not None:
        _append(data, "offsets", [doc, int(start), int(end)])


_DESIGNATION_GAP = re.compile(
    r"[^，,。；;：:]{0,30}?等(?:[\d一二三四五六七八九十百]+家)?"
    r"(?:国家级|省级|市级|区级|县级|国家|省|市)?"
)


def _designation(
    text: str, actor: Mapping[str, Any], programs: Sequence[Mapping[str, Any]]
) -> Mapping[str, Any] | None:
    """The designation a firm is listed under: X、Y等[省级]<PROGRAM>…"""
    if actor.get("end") is None:
        return None
    end = int(actor["end"])
    for p in sorted(programs, key=lambda p: int(p.get("start") or 0)):
        ps = p.get("start")
        if ps is None or int(ps) < end:
            continue
        if _DESIGNATION_GAP.fullmatch(text[end : int(ps)]):
            return p
        return None
    return None


def _add_governance(
    G: nx.DiGraph,
    rec: Any,
    doc: str,
    issuers: Sequence[str],
    measure_nodes: Sequence[tuple[int, int, str]],
    mention_counts: dict[str, Counter[str]],
) -> None:
    region = next((place_level(i)[1] for i in issuers if place_level(i)[1]), "")
    for g in governance_roles(rec):
        ent = g["entity"]
        if ent is not None:
            node = _ensure_entity_actor(G, ent)
        elif g["kind"] == "office":
            label = f"{region}{g['holder']}" if region else str(g["holder"])
            node = f"actor:OFFICE:{label}"
            if node not in G:
                level, _ = place_level(label)
                G.add_node(
                    node,
                    node_type="actor",
                    kind="office",
                    label=label,
                    entity_label="OFFICE",
                    entity_id="",
                    level=level,
                    region=region,
                    affiliation="",
                    documents=[],
                    governance=[],
                )
        else:
            continue  # unnamed groups (12家厅（局、委）) are no node of their own
        data = G.nodes[node]
        aff = g["affiliation"]
        if aff is not None:
            anode = _ensure_entity_actor(G, aff)
            data["affiliation"] = G.nodes[anode]["label"]
            _add_edge(G, node, anode, "affiliation", doc, aff.get("start"), aff.get("end"))
            _gov_append(G.nodes[anode], g["role"], doc, g, via=str(g["holder"]))
        _gov_append(data, g["role"], doc, g)
        _append(data, "documents", doc)
        mention_counts[node][str(g["holder"])] += 1
        if data["kind"] in ("person", "office"):
            where = next(
                (mn for s, e, mn in measure_nodes if s <= g["start"] < e),
                None,
            )
            if where is not None:
                role = "participate" if g["role"].startswith(("副", "常务副")) else "lead"
                if g["role"] == "成员单位":
                    role = "participate"
                _add_involvement(
                    G,
                    node,
                    where,
                    role=role,
                    implied=False,
                    doc=doc,
                    start=g["start"],
                    end=g["end"],
                    mention=str(g["holder"]),
                    role_source="governance",
                )


def _gov_append(
    data: dict[str, Any], role: str, doc: str, g: Mapping[str, Any], via: str = ""
) -> None:
    item = {"role": role, "document": doc, "start": g["start"], "end": g["end"]}
    if g.get("title"):
        item["title"] = g["title"]
    if via:
        item["via"] = via
    if item not in data.setdefault("governance", []):
        data["governance"].append(item)


# --------------------------------------------------------------------------- views
def _actors(G: nx.DiGraph) -> list[str]:
    return [n for n, t in G.nodes(data="node_type") if t == "actor"]


def _involvements(
    G: nx.DiGraph, *, implied: bool = False
) -> Iterable[tuple[str, str, dict[str, Any]]]:
    for u, v, d in G.edges(data=True):
        if d.get("relation") == "involves" and (implied or not d.get("implied")):
            yield u, v, d


def actor_projection(G: nx.DiGraph, *, implied: bool = False) -> nx.Graph:
    """Actor–actor co-involvement: actors linked when they act in the same measures.

    ``weight`` is the number of shared measures; ``role_pairs`` splits it by role pair
    (``lead–participate``, ``lead–target`` …, roles sorted lead < participate < target);
    ``measures`` lists the shared measure nodes. Implied leads are left out unless
    ``implied=True``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_nodes_from(["actor:a", "actor:b"], node_type="actor")
    >>> G.add_node("measure:d:0-5", node_type="measure")
    >>> G.add_edge("actor:a", "measure:d:0-5", relation="involves", role="lead", implied=False)
    >>> G.add_edge("actor:b", "measure:d:0-5", relation="involves", role="participate",
    ...            implied=False)
    >>> P = actor_projection(G)
    >>> P.edges["actor:a", "actor:b"]["weight"], P.edges["actor:a", "actor:b"]["role_pairs"]
    (1, {'lead–participate': 1})
    """
    import networkx as nx

    P = nx.Graph()
    for n in _actors(G):
        P.add_node(n, **G.nodes[n])
    by_measure: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for u, v, d in _involvements(G, implied=implied):
        by_measure[v].append((u, str(d.get("role"))))
    for mnode, actors in by_measure.items():
        actors = sorted(set(actors))
        for i, (a, ra) in enumerate(actors):
            for b, rb in actors[i + 1 :]:
                if a == b:
                    continue
                pair = "–".join(sorted((ra, rb), key=lambda r: _ROLE_RANK.get(r, 9)))
                if not P.has_edge(a, b):
                    P.add_edge(a, b, weight=0, role_pairs={}, measures=[])
                data = P.edges[a, b]
                if mnode not in data["measures"]:
                    data["measures"].append(mnode)
                    data["weight"] += 1
                data["role_pairs"][pair] = data["role_pairs"].get(pair, 0) + 1
    return P


def actor_matrix(
    G: nx.DiGraph, by: str = "theme", *, role: str | None = None, implied: bool = False
) -> pd.DataFrame:
    """Actors × measure attribute (``theme``, ``instrument``, ``subtype``, ``status`` …) counts.

    Rows are actor labels (canonical names), columns the attribute's values, cells the number
    of measures; ``role`` keeps one role only. ``by="year"`` counts measures per year of their
    document's date (how an actor's involvement changes over time; ``-`` when undated).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_node("actor:a", node_type="actor", label="省科技厅")
    >>> G.add_node("measure:d:0-5", node_type="measure", instrument="supply", theme="T3")
    >>> G.add_edge("actor:a", "measure:d:0-5", relation="involves", role="lead", implied=False)
    >>> actor_matrix(G, "instrument").to_dict()
    {'supply': {'省科技厅': 1}}
    >>> G.nodes["measure:d:0-5"]["date"] = "2024-05-01"
    >>> actor_matrix(G, "year", role="lead").to_dict()
    {'2024': {'省科技厅': 1}}
    """
    import pandas as pd

    def value(m: str) -> str:
        if by == "year":
            return str(G.nodes[m].get("date") or "")[:4] or "-"
        return str(G.nodes[m].get(by) or "-")

    rows = [
        {"actor": G.nodes[u].get("label", u), "value": value(v)}
        for u, v, d in _involvements(G, implied=implied)
        if role is None or d.get("role") == role
    ]
    if not rows:
        return pd.DataFrame(dtype=int)
    frame = pd.DataFrame(rows)
    out = pd.crosstab(frame["actor"], frame["value"])
    out.index.name, out.columns.name = None, None
    return out


def actor_theme_matrix(G: nx.DiGraph, **kwargs: Any) -> pd.DataFrame:
    """:func:`actor_matrix` by ``theme`` (``theme_label`` is used when every theme has one)."""
    themes = {
        d.get("theme_label") for _, d in G.nodes(data=True) if d.get("node_type") == "measure"
    }
    by = "theme_label" if themes and "" not in themes else "theme"
    return actor_matrix(G, by, **kwargs)


def actor_instrument_matrix(G: nx.DiGraph, *, subtype: bool = False, **kwargs: Any) -> pd.DataFrame:
    """:func:`actor_matrix` by policy-instrument ``instrument`` type (or ``subtype``)."""
    return actor_matrix(G, "subtype" if subtype else "instrument", **kwargs)


def joint_issuing_network(G: nx.DiGraph) -> nx.Graph:
    """Issuers linked when they issue documents together (``weight`` = joint documents).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_node("document:d", node_type="document")
    >>> for a in ("actor:x", "actor:y"):
    ...     G.add_node(a, node_type="actor", label=a[-1])
    ...     G.add_edge(a, "document:d", relation="issued")
    >>> J = joint_issuing_network(G)
    >>> J.edges["actor:x", "actor:y"]["weight"], J.edges["actor:x", "actor:y"]["documents"]
    (1, ['document:d'])
    """
    import networkx as nx

    J = nx.Graph()
    for d in (n for n, t in G.nodes(data="node_type") if t == "document"):
        issuers = sorted(u for u, _, r in G.in_edges(d, data="relation") if r == "issued")
        for a in issuers:
            J.add_node(a, **G.nodes[a])
        for i, a in enumerate(issuers):
            for b in issuers[i + 1 :]:
                if not J.has_edge(a, b):
                    J.add_edge(a, b, weight=0, documents=[])
                J.edges[a, b]["weight"] += 1
                J.edges[a, b]["documents"].append(d)
    return J


# --------------------------------------------------------------------------- metrics
def communities(
    G: nx.DiGraph | nx.Graph, *, seed: int = 0, resolution: float = 1.0
) -> list[set[str]]:
    """Louvain communities of the actor co-involvement projection (seeded: same seed, same result).

    ``G`` is a network from :func:`build_network` (projected first) or an actor graph.
    Communities are sorted largest first.

    >>> import networkx as nx
    >>> P = nx.Graph([("a", "b"), ("c", "d")])
    >>> [sorted(c) for c in communities(P)]
    [['a', 'b'], ['c', 'd']]
    """
    import networkx as nx

    P = actor_projection(G) if G.is_directed() else G
    if P.number_of_edges() == 0:
        return [{n} for n in sorted(P)]
    found = nx.community.louvain_communities(P, weight="weight", seed=seed, resolution=resolution)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), sorted(c)))


def _eigenvector(P: nx.Graph) -> dict[str, float]:
    """Weighted eigenvector centrality that is defined on disconnected graphs.

    Each connected component's leading eigenvector (unit norm) is scaled by the ratio of its
    leading eigenvalue to the largest one, so the score of the main component equals
    networkx's and smaller components rank below it in proportion to their density.
    """
    import networkx as nx
    import numpy as np

    out = dict.fromkeys(P, 0.0)
    found: list[tuple[float, list[str], Any]] = []
    for comp in nx.connected_components(P):
        if len(comp) < 2:
            continue
        nodes = sorted(comp)
        A = nx.to_numpy_array(P, nodelist=nodes, weight="weight")
        values, vectors = np.linalg.eigh(A)
        found.append((float(values[-1]), nodes, np.abs(vectors[:, -1])))
    if not found:
        return out
    top = max(v for v, _, _ in found) or 1.0
    for value, nodes, vec in found:
        for n, x in zip(nodes, vec, strict=True):
            out[n] = float(x) * value / top
    return out


# the numeric columns of actor_table, copied onto actor nodes by add_actor_metrics
_METRIC_COLUMNS = (
    "measures",
    "lead",
    "participate",
    "target",
    "implied_lead",
    "degree",
    "weighted_degree",
    "betweenness",
    "eigenvector",
    "community",
)


def actor_table(G: nx.DiGraph, *, seed: int = 0, implied: bool = False) -> pd.DataFrame:
    """One row per actor: who leads, who is mobilised, who is targeted, and how central.

    Columns: ``node``, ``label``, ``short_label``, ``kind``, ``level``, ``region``,
    ``measures`` (distinct measures), ``lead``, ``participate``, ``target``, ``implied_lead``,
    ``degree`` and ``weighted_degree`` (co-involvement projection), ``betweenness`` (weighted,
    distance = 1/weight), ``eigenvector``, ``community`` (Louvain, ``seed``), ``themes``,
    ``instruments``, ``documents`` ('; '-joined), ``first_date``, ``last_date``,
    ``governance_roles``. Sorted by ``measures`` then ``lead``, descending.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_node("actor:a", node_type="actor", label="省科技厅", kind="org")
    >>> G.add_node("actor:b", node_type="actor", label="骨干企业", kind="group")
    >>> G.add_node("measure:d:0-5", node_type="measure", instrument="supply", theme="T3",
    ...            document="d", date="2024-05-01")
    >>> G.add_edge("actor:a", "measure:d:0-5", relation="involves", role="lead", implied=False)
    >>> G.add_edge("actor:b", "measure:d:0-5", relation="involves", role="target", implied=False)
    >>> t = actor_table(G)
    >>> t[["label", "lead", "target", "degree", "first_date"]].values.tolist()
    [['省科技厅', 1, 0, 1, '2024-05-01'], ['骨干企业', 0, 1, 1, '2024-05-01']]
    """
    import networkx as nx
    import pandas as pd

    P = actor_projection(G, implied=implied)
    if P.number_of_edges():
        dist = nx.Graph()
        dist.add_nodes_from(P)
        dist.add_edges_from((a, b, {"d": 1.0 / w}) for a, b, w in P.edges(data="weight"))
        between = nx.betweenness_centrality(dist, weight="d", normalized=True)
        eigen = _eigenvector(P)
    else:
        between = dict.fromkeys(P, 0.0)
        eigen = dict.fromkeys(P, 0.0)
    community = {n: i for i, c in enumerate(communities(P, seed=seed)) for n in c}
    stats: dict[str, dict[str, Any]] = {
        n: {
            "measures": set(),
            "lead": 0,
            "participate": 0,
            "target": 0,
            "implied_lead": 0,
            "themes": Counter(),
            "instruments": Counter(),
            "documents": set(),
            "dates": [],
        }
        for n in _actors(G)
    }
    for u, v, d in _involvements(G, implied=True):
        s = stats[u]
        if d.get("implied"):
            s["implied_lead"] += 1
            if not implied:
                continue
        m = G.nodes[v]
        s["measures"].add(v)
        s[str(d.get("role"))] = s.get(str(d.get("role")), 0) + 1
        for key, field in (("themes", "theme_label"), ("instruments", "instrument")):
            value = m.get(field) or (m.get("theme") if key == "themes" else "")
            if value:
                s[key][value] += 1
        if m.get("document"):
            s["documents"].add(m["document"])
        if m.get("date"):
            s["dates"].append(m["date"])
    rows = []
    for n, s in stats.items():
        data = G.nodes[n]
        rows.append(
            {
                "node": n,
                "label": data.get("label", n),
                "short_label": data.get("short_label", data.get("label", n)),
                "kind": data.get("kind", ""),
                "level": data.get("level", ""),
                "region": data.get("region", ""),
                "measures": len(s["measures"]),
                "lead": s["lead"],
                "participate": s["participate"],
                "target": s["target"],
                "implied_lead": s["implied_lead"],
                "degree": P.degree(n) if n in P else 0,
                "weighted_degree": P.degree(n, weight="weight") if n in P else 0,
                "betweenness": round(float(between.get(n, 0.0)), 6),
                "eigenvector": round(abs(float(eigen.get(n, 0.0))), 6),
                "community": community.get(n, -1),
                "themes": "; ".join(t for t, _ in s["themes"].most_common()),
                "instruments": "; ".join(t for t, _ in s["instruments"].most_common()),
                "documents": "; ".join(sorted(s["documents"])),
                "first_date": min(s["dates"]) if s["dates"] else "",
                "last_date": max(s["dates"]) if s["dates"] else "",
                "governance_roles": "; ".join(data.get("governance_roles") or []),
            }
        )
    columns = [
        "node",
        "label",
        "short_label",
        "kind",
        "level",
        "region",
        *_METRIC_COLUMNS,
        "themes",
        "instruments",
        "documents",
        "first_date",
        "last_date",
        "governance_roles",
    ]
    frame = pd.DataFrame(rows, columns=columns)
    frame = frame.sort_values(["measures", "lead", "label"], ascending=[False, False, True])
    return frame.reset_index(drop=True)


def add_actor_metrics(
    G: nx.DiGraph, table: pd.DataFrame | None = None, **kwargs: Any
) -> nx.DiGraph:
    """Copy the numeric columns of :func:`actor_table` onto the actor nodes (for export, drawing).

    Returns ``G`` (changed in place).
    """
    table = actor_table(G, **kwargs) if table is None else table
    keep = list(_METRIC_COLUMNS)
    for row in table[["node", *keep]].itertuples(index=False):
        data = G.nodes[row[0]]
        for k, v in zip(keep, row[1:], strict=True):
            data[k] = float(v) if k in ("betweenness", "eigenvector") else int(v)
    return G


# --------------------------------------------------------------------------- export
def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple | dict | set):
        if isinstance(value, set):
            value = sorted(value)
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def exportable(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` that GEXF / GraphML can hold: lists and dicts as JSON strings, no None.

    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_node("a", mentions=["省工信厅", "工信厅"], level=None)
    >>> exportable(G).nodes["a"]
    {'mentions': '["省工信厅","工信厅"]'}
    """
    H = G.__class__()
    H.graph.update({k: _flat(v) for k, v in G.graph.items() if v is not None})
    for n, d in G.nodes(data=True):
        H.add_node(n, **{k: _flat(v) for k, v in d.items() if v is not None})
    for u, v, d in G.edges(data=True):
        H.add_edge(u, v, **{k: _flat(x) for k, x in d.items() if x is not None})
    return H


def _restore(G: nx.Graph) -> nx.Graph:
    def fix(data: dict[str, Any]) -> None:
        data.pop("id", None)
        for k, v in list(data.items()):
            if k in LIST_ATTRS and isinstance(v, str):
                try:
                    data[k] = json.loads(v)
                except json.JSONDecodeError:
                    pass

    for _, d in G.nodes(data=True):
        fix(d)
    for *_, d in G.edges(data=True):
        fix(d)
    return G


def write_gexf(G: nx.Graph, path: PathLike) -> None:
    """Write GEXF 1.2 (Gephi); lists/dicts as JSON strings (:func:`exportable`)."""
    import networkx as nx

    nx.write_gexf(exportable(G), path, encoding="utf-8")


def write_graphml(G: nx.Graph, path: PathLike) -> None:
    """Write GraphML; lists/dicts as JSON strings (:func:`exportable`)."""
    import networkx as nx

    nx.write_graphml(exportable(G), path, encoding="utf-8")


def write_json(G: nx.Graph, path: PathLike) -> None:
    """Write node-link JSON (``networkx.node_link_data``, edges under ``"edges"``); lists stay lists."""
    import networkx as nx

    data = nx.node_link_data(G, edges="edges")
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def write_csv(G: nx.Graph, nodes_path: PathLike, edges_path: PathLike) -> None:
    """Write ``nodes.csv`` (``node`` + attributes) and ``edges.csv`` (``source``, ``target`` +
    attributes), UTF-8 with BOM (Excel opens Chinese text correctly); lists as JSON strings."""
    import pandas as pd

    H = exportable(G)
    nodes = pd.DataFrame([{"node": n, **d} for n, d in H.nodes(data=True)])
    edges = pd.DataFrame([{"source": u, "target": v, **d} for u, v, d in H.edges(data=True)])
    nodes.to_csv(nodes_path, index=False, encoding="utf-8-sig")
    edges.to_csv(edges_path, index=False, encoding="utf-8-sig")


def read_network(path: PathLike) -> nx.Graph:
    """Read a network written by :func:`write_gexf`, :func:`write_graphml` or :func:`write_json`
    back, with its list attributes (:data:`LIST_ATTRS`) decoded from JSON.

    Examples
    --------
    >>> import networkx as nx, tempfile, os
    >>> G = nx.DiGraph()
    >>> G.add_node("actor:a", label="省住建厅", mentions=["省住建厅", "住建厅"], node_type="actor")
    >>> G.add_node("measure:d:0-9", label="推进建设。", node_type="measure", char_start=0)
    >>> G.add_edge("actor:a", "measure:d:0-9", role="lead", implied=False, offsets=[["d", 0, 4]])
    >>> path = os.path.join(tempfile.mkdtemp(), "g.gexf")
    >>> write_gexf(G, path)
    >>> H = read_network(path)
    >>> H.nodes["actor:a"]["mentions"], H.edges["actor:a", "measure:d:0-9"]["offsets"]
    (['省住建厅', '住建厅'], [['d', 0, 4]])
    """
    import networkx as nx

    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".gexf":
        G = nx.read_gexf(p, node_type=str)
    elif suffix in (".graphml", ".xml"):
        G = nx.read_graphml(p, node_type=str)
    elif suffix == ".json":
        data = json.loads(p.read_text(encoding="utf-8"))
        return nx.node_link_graph(data, edges="edges")
    else:
        raise ValueError(f"unknown network format {p.suffix!r}: use .gexf, .graphml or .json")
    return _restore(G)


def export_network(
    G: nx.DiGraph,
    out_dir: PathLike,
    *,
    table: pd.DataFrame | None = None,
    formats: Sequence[str] = ("gexf", "graphml", "json", "csv"),
) -> dict[str, Path]:
    """Write ``graph.gexf``, ``graph.graphml``, ``graph.json``, ``nodes.csv``, ``edges.csv`` and
    ``actors.csv`` (:func:`actor_table`) into ``out_dir``; returns the paths written by name."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    if "gexf" in formats:
        paths["gexf"] = out / "graph.gexf"
        write_gexf(G, paths["gexf"])
    if "graphml" in formats:
        paths["graphml"] = out / "graph.graphml"
        write_graphml(G, paths["graphml"])
    if "json" in formats:
        paths["json"] = out / "graph.json"
        write_json(G, paths["json"])
    if "csv" in formats:
        paths["nodes"], paths["edges"] = out / "nodes.csv", out / "edges.csv"
        write_csv(G, paths["nodes"], paths["edges"])
        table = actor_table(G) if table is None else table
        paths["actors"] = out / "actors.csv"
        table.to_csv(paths["actors"], index=False, encoding="utf-8-sig")
    return paths
