from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policytext.offsets import OffsetMap, OffsetMapBuilder


def test_runs_merge_and_lookup():
    m = OffsetMap.from_runs([(0, 0, 2), (2, 2, 3), (5, 9, 2)])
    assert m.runs == ((0, 0, 5), (5, 9, 2))
    assert [m.to_source(i) for i in range(8)] == [0, 1, 2, 3, 4, 9, 10, None]
    assert m.span_to_source(3, 7) == [(3, 5), (9, 11)]


def test_overlapping_runs_are_rejected():
    with pytest.raises(ValueError, match="overlap"):
        OffsetMap.from_runs([(0, 0, 3), (2, 5, 2)])


def test_inserted_characters_have_no_source():
    b = OffsetMapBuilder("甲乙")
    b.copy(0, 1)
    b.emit("\n", None)
    b.copy(1, 2)
    text, m = b.build()
    assert text == "甲\n乙"
    assert [m.to_source(i) for i in range(3)] == [0, None, 1]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(1, 6)), min_size=1, max_size=12))
def test_compose_equals_pointwise_lookup(gaps):
    # inner: middle -> source, dropping `gap` source chars before each kept run
    inner_runs, outer_runs, mid, src = [], [], 0, 0
    for gap, length in gaps:
        src += gap
        inner_runs.append((mid, src, length))
        mid += length
        src += length
    inner = OffsetMap.from_runs(inner_runs)
    # outer: text -> middle, reversing the order of the middle's runs (like a block move)
    t = 0
    for mt, _, n in reversed(inner_runs):
        outer_runs.append((t, mt, n))
        t += n
    outer = OffsetMap.from_runs(outer_runs)
    both = outer.compose(inner)
    for i in range(t):
        assert both.to_source(i) == inner.to_source(outer.to_source(i))
