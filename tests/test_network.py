"""The organisation–measure network: building, views, metrics, exports, CLI, lead edges."""

from __future__ import annotations

import json
import re

import matplotlib

matplotlib.use("Agg")

import networkx as nx
import pandas as pd
import pytest
from conftest import DEMO, SEED, shared_path

from policytext.evaluate import normalize_surface, score_network
from policytext.network import (
    actor_instrument_matrix,
    actor_matrix,
    actor_projection,
    actor_table,
    add_actor_metrics,
    build_network,
    communities,
    export_network,
    exportable,
    governance_roles,
    joint_issuing_network,
    read_network,
    write_csv,
    write_gexf,
    write_graphml,
    write_json,
)


# --------------------------------------------------------------------------- hand-made records
def _actor(text, canonical, ent, label, role, start, end, implied=False):
    return {
        "text": text,
        "canonical": canonical,
        "id": ent,
        "label": label,
        "role": role,
        "start": start,
        "end": end,
        "implied": implied,
    }


def _record(doc, text, measures, *, issuers=(), date=None, entities=()):
    return {
        "id": doc,
        "source": f"{doc}.txt",
        "text": text,
        "meta": {"issuers": list(issuers), "date": date, "title": f"{doc}标题"},
        "entities": list(entities),
        "measures": measures,
    }


T1 = "省科技厅牵头，支持骨干企业建设平台。航空港区将推进园区建设。培育了甲公司、乙公司等省级专精特新企业5家。"
T2 = "省科技厅负责人才引进，省财政厅配合。"


def _m(text, sub, actors, *, inst="supply", subtype="科技支持", theme=None, programs=()):
    s = text.index(sub)
    return {
        "start": s,
        "end": s + len(sub),
        "text": sub,
        "path": "",
        "status": "planned",
        "verbs": ["支持"],
        "instrument": {"type": inst, "subtype": subtype},
        "actors": actors,
        "programs": list(programs),
        "theme": theme,
    }


@pytest.fixture()
def records():
    kjt = ("省科技厅", "河南省科学技术厅", "ORG:kjt", "ORG")
    r1 = _record(
        "d1",
        T1,
        [
            _m(
                T1,
                "省科技厅牵头，支持骨干企业建设平台。",
                [
                    _actor(*kjt, "lead", 0, 4),
                    _actor("骨干企业", "骨干企业", "ACTOR_GROUP:g", "ACTOR_GROUP", "target", 9, 13),
                ],
                theme=3,
            ),
            _m(
                T1,
                "航空港区将推进园区建设。",
                [_actor("航空港区", "郑州航空港经济综合实验区", "GPE:z", "GPE", "lead", 18, 22)],
                inst="environment",
                subtype="目标规划",
                theme=5,
            ),
            _m(
                T1,
                "培育了甲公司、乙公司等省级专精特新企业5家。",
                [
                    _actor("甲公司", "甲公司", "FIRM:a", "FIRM", "participate", 33, 36),
                    _actor("乙公司", "乙公司", "FIRM:b", "FIRM", "participate", 37, 40),
                    _actor(
                        "郑州航空港经济综合实验区管理委员会",
                        "郑州航空港经济综合实验区管理委员会",
                        "ORG:zgw",
                        "ORG",
                        "lead",
                        None,
                        None,
                        implied=True,
                    ),
                ],
                theme=4,
                programs=[
                    {"text": "专精特新", "canonical": "专精特新", "id": "PROGRAM:z", "start": 43}
                ],
            ),
        ],
        issuers=["郑州航空港经济综合实验区管理委员会"],
        date="2024-03-01",
    )
    r1["measures"][2]["programs"][0]["end"] = 47
    r2 = _record(
        "d2",
        T2,
        [
            _m(
                T2,
                T2,
                [
                    _actor(*kjt, "lead", 0, 4),
                    _actor("省财政厅", "河南省财政厅", "ORG:czt", "ORG", "participate", 11, 15),
                ],
                inst="supply",
                subtype="人才培养",
                theme=7,
            )
        ],
        issuers=["河南省科学技术厅", "河南省财政厅"],
        date="2025-01-02",
    )
    assert T1[43:47] == "专精特新" and T1[33:36] == "甲公司"
    return [r1, r2]


@pytest.fixture()
def graph(records):
    return build_network(records)


def test_node_types_and_stable_ids(graph):
    types = nx.get_node_attributes(graph, "node_type")
    assert set(types.values()) == {"actor", "measure", "program", "document"}
    assert types["measure:d1:0-18"] == "measure"
    assert types["document:d1"] == "document"
    assert types["program:PROGRAM:z"] == "program"
    assert all(n.startswith(f"{t}:") for n, t in types.items()), (
        "node ids are prefixed by their type"
    )
    m = graph.nodes["measure:d1:0-18"]
    assert (m["document"], m["char_start"], m["char_end"]) == ("d1", 0, 18)
    assert (m["instrument"], m["subtype"], m["theme"], m["date"]) == (
        "supply",
        "科技支持",
        "3",
        "2024-03-01",
    )


def test_canonical_entities_merge_across_documents(graph):
    kjt = graph.nodes["actor:ORG:kjt"]
    assert kjt["label"] == "河南省科学技术厅"
    assert kjt["short_label"] == "省科技厅"
    assert kjt["level"] == "provincial" and kjt["region"] == "河南省"
    assert sorted(kjt["documents"]) == ["d1", "d2"]
    leads = [
        v for _, v, d in graph.out_edges("actor:ORG:kjt", data=True) if d.get("role") == "lead"
    ]
    assert sorted(leads) == ["measure:d1:0-18", "measure:d2:0-18"]


def test_edges_roles_provenance_and_relations(graph):
    e = graph.edges["actor:ORG:kjt", "measure:d1:0-18"]
    assert e["relation"] == "involves" and e["role"] == "lead" and not e["implied"]
    assert e["offsets"] == [["d1", 0, 4]] and e["documents"] == ["d1"]
    assert graph.edges["actor:ACTOR_GROUP:g", "measure:d1:0-18"]["role"] == "target"
    assert graph.edges["measure:d1:0-18", "document:d1"]["relation"] == "in"
    assert graph.edges["measure:d1:30-52", "program:PROGRAM:z"]["relation"] == "implements"


def test_place_acting_as_government_merges_into_issuer(graph):
    issuer = "actor:ORG:zgw"
    e = graph.edges[issuer, "measure:d1:18-30"]
    assert e["role"] == "lead" and not e["implied"] and e["mentions"] == ["航空港区"]
    assert "actor:GPE:z" not in graph
    assert graph.edges[issuer, "document:d1"]["relation"] == "issued"
    # the issuer standing in for an unnamed actor is kept, flagged
    assert graph.edges[issuer, "measure:d1:30-52"]["implied"] is True


def test_place_without_its_government_is_a_government_actor(records):
    records[0]["meta"]["issuers"] = ["河南省人民政府"]
    G = build_network(records)
    assert G.nodes["actor:GPE:z"]["kind"] == "government"


def test_implied_leads_can_be_left_out(records):
    G = build_network(records, implied=False)
    assert not any(d.get("implied") for *_, d in G.edges(data=True))


def test_firms_of_a_designation_list_are_targets(graph):
    for firm in ("actor:FIRM:a", "actor:FIRM:b"):
        e = graph.edges[firm, "measure:d1:30-52"]
        assert e["role"] == "target"
        assert (e["role_source"], e["extracted_role"]) == ("designation", "participate")
        assert graph.edges[firm, "program:PROGRAM:z"]["relation"] == "designated"


def test_governance_roles_people_offices_bodies():
    text = (
        "成立由省人大常委会副主任何金平任链长，省住建厅厅长高义任常务副链长，"
        "省工信厅分管负责同志任副链长的工作专班。由市长担任链长。"
        "（牵头单位：市工业和信息化局；责任单位：市发展改革委、市科技局）"
    )

    def ent(surface, label, canonical=None, nth=0):
        s = [m.start() for m in re.finditer(re.escape(surface), text)][nth]
        return {
            "start": s,
            "end": s + len(surface),
            "label": label,
            "text": surface,
            "canonical": canonical or surface,
            "id": f"{label}:{surface}",
        }

    ents = [
        ent("省人大常委会", "ORG", "河南省人民代表大会常务委员会"),
        ent("何金平", "PERSON"),
        ent("省住建厅", "ORG", "河南省住房和城乡建设厅"),
        ent("高义", "PERSON"),
        ent("省工信厅", "ORG", "河南省工业和信息化厅"),
        ent("市工业和信息化局", "ORG"),
        ent("市发展改革委", "ORG"),
        ent("市科技局", "ORG"),
    ]
    found = [
        (g["role"], g["holder"], g["kind"])
        for g in governance_roles({"text": text, "entities": ents})
    ]
    assert found == [
        ("链长", "何金平", "person"),
        ("常务副链长", "高义", "person"),
        ("副链长", "省工信厅", "body"),
        ("链长", "市长", "office"),
        ("牵头单位", "市工业和信息化局", "body"),
        ("责任单位", "市发展改革委", "body"),
        ("责任单位", "市科技局", "body"),
    ]
    first = text[: text.index("。") + 1]
    rec = _record("g", text, [_m(text, first, [])], entities=ents)
    rec["meta"]["issuers"] = ["示例市人民政府"]
    G = build_network([rec])
    m = f"measure:g:0-{len(first)}"
    he = G.nodes["actor:PERSON:何金平"]
    assert (
        he["governance_roles"] == ["链长"] and he["affiliation"] == "河南省人民代表大会常务委员会"
    )
    assert G.nodes["actor:ORG:省人大常委会"]["governance_roles"] == ["链长"]
    assert G.edges["actor:PERSON:何金平", "actor:ORG:省人大常委会"]["relation"] == "affiliation"
    assert G.edges["actor:PERSON:何金平", m]["role"] == "lead"
    assert G.edges["actor:PERSON:高义", m]["role"] == "participate"
    assert G.nodes["actor:OFFICE:示例市市长"]["governance_roles"] == ["链长"]
    assert G.nodes["actor:ORG:市科技局"]["governance_roles"] == ["责任单位"]


# --------------------------------------------------------------------------- views and metrics
def test_actor_projection_weights_and_role_pairs(graph):
    P = actor_projection(graph)
    e = P.edges["actor:ORG:kjt", "actor:ORG:czt"]
    assert e["weight"] == 1 and e["role_pairs"] == {"lead–participate": 1}
    assert P.edges["actor:ORG:kjt", "actor:ACTOR_GROUP:g"]["role_pairs"] == {"lead–target": 1}
    # implied leads are left out by default
    assert not P.has_edge("actor:ORG:zgw", "actor:FIRM:a")
    assert actor_projection(graph, implied=True).has_edge("actor:ORG:zgw", "actor:FIRM:a")


def test_actor_theme_and_instrument_matrices(graph):
    inst = actor_instrument_matrix(graph)
    assert inst.loc["河南省科学技术厅", "supply"] == 2
    sub = actor_instrument_matrix(graph, subtype=True)
    assert sub.loc["河南省科学技术厅", "人才培养"] == 1
    themes = actor_matrix(graph, "theme", role="target")
    assert themes.loc["甲公司", "4"] == 1 and "河南省科学技术厅" not in themes.index


def test_joint_issuing_network(graph):
    J = joint_issuing_network(graph)
    assert J.edges["actor:ORG:kjt", "actor:ORG:czt"]["documents"] == ["document:d2"]
    assert J.number_of_edges() == 1


def test_actor_table(graph):
    t = actor_table(graph).set_index("label")
    kjt = t.loc["河南省科学技术厅"]
    assert (kjt["measures"], kjt["lead"], kjt["participate"], kjt["target"]) == (2, 2, 0, 0)
    assert (kjt["first_date"], kjt["last_date"]) == ("2024-03-01", "2025-01-02")
    assert kjt["documents"] == "d1; d2" and kjt["instruments"] == "supply"
    assert kjt["degree"] == 2 and kjt["betweenness"] > 0
    zgw = t.loc["郑州航空港经济综合实验区管理委员会"]
    assert (zgw["lead"], zgw["implied_lead"]) == (1, 1)
    assert t["eigenvector"].between(0, 1).all()
    assert (t["community"] >= 0).all()


def test_communities_are_seeded(graph):
    assert communities(graph, seed=3) == communities(graph, seed=3)
    members = {n for c in communities(graph) for n in c}
    assert "actor:ORG:kjt" in members


def test_themes_from_a_sequence(records):
    G = build_network(records, themes=["a", "b", "c", "d"])
    assert G.nodes["measure:d2:0-18"]["theme"] == "d"
    with pytest.raises(ValueError, match="4 measures"):
        build_network(records, themes=["a"])


# --------------------------------------------------------------------------- exports
def _same(G, H):
    assert set(G.nodes) == set(H.nodes)
    assert set(G.edges) == set(H.edges)
    for n, d in G.nodes(data=True):
        assert H.nodes[n] == d, n
    for u, v, d in G.edges(data=True):
        assert H.edges[u, v] == d, (u, v)


@pytest.mark.parametrize("write", [write_gexf, write_graphml, write_json])
def test_export_round_trip(graph, tmp_path, write):
    add_actor_metrics(graph)
    suffix = {write_gexf: "gexf", write_graphml: "graphml", write_json: "json"}[write]
    path = tmp_path / f"g.{suffix}"
    write(graph, path)
    assert "河南省科学技术厅" in path.read_text(encoding="utf-8")
    H = read_network(path)
    assert H.is_directed()
    _same(graph, H)


def test_exportable_has_no_lists_or_none(graph):
    H = exportable(graph)
    for _, d in H.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in d.values())
    for *_, d in H.edges(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in d.values())


def test_csv_export_and_export_network(graph, tmp_path):
    write_csv(graph, tmp_path / "n.csv", tmp_path / "e.csv")
    nodes = pd.read_csv(tmp_path / "n.csv", encoding="utf-8-sig")
    edges = pd.read_csv(tmp_path / "e.csv", encoding="utf-8-sig")
    assert len(nodes) == graph.number_of_nodes() and len(edges) == graph.number_of_edges()
    row = nodes.set_index("node").loc["actor:ORG:kjt"]
    assert json.loads(row["mentions"]) == ["省科技厅", "河南省科学技术厅"]
    paths = export_network(graph, tmp_path / "out")
    assert sorted(p.name for p in paths.values()) == [
        "actors.csv",
        "edges.csv",
        "graph.gexf",
        "graph.graphml",
        "graph.json",
        "nodes.csv",
    ]


def test_read_network_rejects_unknown_format(tmp_path):
    with pytest.raises(ValueError, match="gexf"):
        read_network(tmp_path / "g.txt")


# --------------------------------------------------------------------------- the seed
@pytest.fixture(scope="module")
def seed_records(nlp):
    from policytext.analysis import analyze

    return analyze([shared_path("seeds", SEED.name)], nlp=nlp, progress=False).records


@pytest.fixture(scope="module")
def seed_graph(seed_records):
    return build_network(seed_records)


def _actor_by_mention(G, mention):
    found = [
        n
        for n, d in G.nodes(data=True)
        if d.get("node_type") == "actor" and mention in d.get("mentions", [])
    ]
    assert found, f"no actor mentioned as {mention}"
    return found[0]


def _measure_with(G, doc, fragment):
    found = [
        n
        for n, d in G.nodes(data=True)
        if d.get("node_type") == "measure" and d["document"] == doc and fragment in d["text"]
    ]
    assert found, fragment
    return found[0]


@pytest.mark.model
@pytest.mark.shared
def test_seed_issuer_leads_the_next_step_measures(seed_graph, seed_records):
    G, rec = seed_graph, seed_records[0]
    issuer = "actor:" + next(
        e["id"] for e in rec.entities if e.get("canonical") == "郑州航空港经济综合实验区管理委员会"
    )
    assert G.nodes[issuer]["label"] == "郑州航空港经济综合实验区管理委员会"
    assert G.edges[issuer, f"document:{rec.id}"]["relation"] == "issued"
    nxt = [
        n
        for n, d in G.nodes(data=True)
        if d.get("node_type") == "measure" and d["path"].startswith("下一步")
    ]
    assert len(nxt) >= 15
    led = [m for m in nxt if G.has_edge(issuer, m) and G.edges[issuer, m]["role"] == "lead"]
    explicit = [m for m in led if not G.edges[issuer, m]["implied"]]
    # 航空港区将… (the zone acting as its government) is the issuer, not a separate place
    assert len(explicit) >= 8
    for fragment in ("认真研究绿色建材产业园落地的可能性", "简化审批流程", "招商引资"):
        m = _measure_with(G, rec.id, fragment)
        assert G.edges[issuer, m]["role"] == "lead" and not G.edges[issuer, m]["implied"]
        assert "航空港区" in G.edges[issuer, m]["mentions"]


@pytest.mark.model
@pytest.mark.shared
def test_seed_provincial_departments_canonical_and_leading(seed_graph, seed_records):
    G, doc = seed_graph, seed_records[0].id
    m = _measure_with(G, doc, "省工信厅、省住建厅高度重视")
    for short, full in (
        ("省工信厅", "河南省工业和信息化厅"),
        ("省住建厅", "河南省住房和城乡建设厅"),
    ):
        node = _actor_by_mention(G, short)
        assert G.nodes[node]["label"] == full
        assert G.nodes[node]["level"] == "provincial"
        assert G.edges[node, m]["role"] == "lead"
    # 住建厅 and 省住建厅 are one node
    assert _actor_by_mention(G, "住建厅") == _actor_by_mention(G, "省住建厅")


@pytest.mark.model
@pytest.mark.shared
def test_seed_listed_firms_are_targets(seed_graph, seed_records):
    G, doc = seed_graph, seed_records[0].id
    m = _measure_with(G, doc, "制造业头雁企业")
    for firm in ("洛阳玻璃", "天瑞水泥", "北方玻璃", "北新建材"):
        node = _actor_by_mention(G, firm)
        assert G.nodes[node]["kind"] == "firm"
        assert G.edges[node, m]["role"] == "target", firm
    m = _measure_with(G, doc, "熔金高温")
    for firm in ("熔金高温", "锦信水泥", "中联玻璃"):
        assert G.edges[_actor_by_mention(G, firm), m]["role"] == "target"


@pytest.mark.model
@pytest.mark.shared
def test_seed_chain_leader_roles(seed_graph, seed_records):
    G, doc = seed_graph, seed_records[0].id
    m = _measure_with(G, doc, "任链长")
    he = _actor_by_mention(G, "何金平")
    assert G.nodes[he]["kind"] == "person"
    assert G.nodes[he]["governance_roles"] == ["链长"]
    assert G.nodes[he]["affiliation"] == "河南省人民代表大会常务委员会"
    assert G.edges[he, m]["role"] == "lead"
    gao = _actor_by_mention(G, "高义")
    assert G.nodes[gao]["governance_roles"] == ["常务副链长"]
    assert G.nodes[gao]["affiliation"] == "河南省住房和城乡建设厅"
    assert "副链长" in G.nodes[_actor_by_mention(G, "省工信厅")]["governance_roles"]
    assert G.nodes[_actor_by_mention(G, "省人大常委会")]["governance_roles"] == ["链长"]
    table = actor_table(G).set_index("label")
    assert table.loc["何金平", "governance_roles"] == "链长"


# --------------------------------------------------------------------------- the demo action plan
@pytest.fixture(scope="module")
def plan_record(nlp):
    from policytext.analysis import analyze

    path = DEMO / "nev_chain_action_plan.docx"
    if not path.exists():
        pytest.skip(f"demo corpus missing: {path}")
    return analyze([path], nlp=nlp, progress=False).records[0]


_NOTE = re.compile(r"（牵头单位：([^；）]+)；责任单位：([^）]+)）")


@pytest.mark.model
def test_action_plan_task_leads_and_participants(plan_record):
    rec = plan_record
    G = build_network([rec])
    notes = list(_NOTE.finditer(rec.text))
    assert len(notes) >= 10, "the demo plan has tasks with 牵头单位/责任单位 notes"
    level2 = [s for s in rec.sections if s["level"] == 2]
    checked = 0
    for note in notes:
        section = next(s for s in level2 if s["start"] <= note.start() < s["end"])
        lead = note.group(1).strip()
        parts = [p.strip() for p in note.group(2).split("、")]
        task = [
            n
            for n, d in G.nodes(data=True)
            if d.get("node_type") == "measure"
            and d["document"] == rec.id
            and section["start"] <= d["char_start"] < section["end"]
        ]
        assert task, section["heading"]
        for m in task:
            roles = {
                normalize_surface(x): G.edges[u, m]["role"]
                for u, _, _ in G.in_edges(m, data=True)
                if G.nodes[u].get("node_type") == "actor"
                for x in G.edges[u, m].get("mentions", [])
            }
            assert roles.get(normalize_surface(lead)) == "lead", (section["heading"], lead)
            for p in parts:
                assert roles.get(normalize_surface(p)) == "participate", (section["heading"], p)
            checked += 1
    assert checked >= 25


@pytest.mark.model
def test_action_plan_chain_leader_system(plan_record):
    G = build_network([plan_record])
    mayor = next(n for n, d in G.nodes(data=True) if d.get("kind") == "office")
    assert G.nodes[mayor]["governance_roles"] == ["链长"]
    members = [
        d["label"] for _, d in G.nodes(data=True) if "成员单位" in d.get("governance_roles", [])
    ]
    assert "示例市财政局" in members and len(members) >= 5


# --------------------------------------------------------------------------- lead edges vs gold
@pytest.fixture(scope="module")
def plan_records(nlp):
    from policytext.analysis import analyze

    corpus = shared_path("corpus")
    files = [next(corpus.glob(f"{p}_*.txt")) for p in ("01", "06")]
    return analyze(files, nlp=nlp, progress=False).records


@pytest.mark.model
@pytest.mark.shared
def test_lead_edges_on_real_action_plans(plan_records):
    scores = score_network(plan_records, shared_path("gold"), split="dev", by_doc=True)
    scores = scores.set_index("doc")
    for doc in scores.index:
        if doc == "ALL":
            continue
        assert scores.loc[doc, "detected"] > 50
        assert scores.loc[doc, "f1"] >= 0.9, scores.loc[doc].to_dict()


def test_score_network_counts_implied_and_unmatched_leads(tmp_path):
    text = "市财政局负责。甲局推进。"
    (tmp_path / "a.json").write_text(
        json.dumps(
            {
                "file": "a.txt",
                "measures": [
                    {"start": 0, "end": 7, "actors": [{"text": "市财政局", "role": "lead"}]},
                    {"start": 7, "end": 12, "actors": []},
                ],
            }
        ),
        encoding="utf-8",
    )
    rec = _record(
        "a",
        text,
        [
            _m(
                text,
                "市财政局负责。",
                [_actor("财政局", "示例市财政局", "ORG:f", "ORG", "lead", 1, 4)],
            ),
            _m(
                text,
                "甲局推进。",
                [
                    _actor("甲局", "甲局", "ORG:j", "ORG", "lead", 7, 9),
                    _actor(
                        "示例市人民政府", "示例市人民政府", "ORG:g", "ORG", "lead", None, None, True
                    ),
                ],
            ),
        ],
    )
    row = score_network([rec], tmp_path).iloc[-1]
    # 财政局 is contained in 市财政局: a hit; 甲局 has no gold lead; the implied lead is not scored
    assert (row["tp"], row["predicted"], row["gold"], row["detected"]) == (1, 2, 1, 2)


# --------------------------------------------------------------------------- CLI
@pytest.mark.model
@pytest.mark.shared
def test_cli_graph_writes_every_file(seed_records, tmp_path):
    from policytext.cli import main
    from policytext.document import write_records

    src = tmp_path / "seed.jsonl"
    write_records(seed_records, src)
    out = tmp_path / "graph"
    assert main(["graph", str(src), "-o", str(out), "--n-themes", "6"]) == 0
    for name in (
        "graph.gexf",
        "graph.graphml",
        "nodes.csv",
        "edges.csv",
        "actors.csv",
        "graph.png",
    ):
        assert (out / name).stat().st_size > 100, name
    manifest = [json.loads(x) for x in (out / "records.manifest.jsonl").read_text().splitlines()]
    assert [m["status"] for m in manifest] == ["processed"]
    G = read_network(out / "graph.gexf")
    themes = {d["theme"] for _, d in G.nodes(data=True) if d.get("node_type") == "measure"}
    assert len(themes) == 6
    actors = pd.read_csv(out / "actors.csv", encoding="utf-8-sig")
    assert "郑州航空港经济综合实验区管理委员会" in set(actors["label"])


def test_cli_graph_reports_unreadable_records(tmp_path, capsys):
    from policytext.cli import main

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"schema_version": "9.0", "id": "x"}\n', encoding="utf-8")
    assert main(["graph", str(bad), "-o", str(tmp_path / "o")]) == 2
    manifest = (tmp_path / "o" / "records.manifest.jsonl").read_text(encoding="utf-8")
    assert '"failed"' in manifest and "schema_version" in manifest
