"""The Dask backend: same records as a single-process run, one model load per worker."""

from __future__ import annotations

import os

import pytest
from conftest import DEMO

pytest.importorskip("distributed")


@pytest.mark.model
def test_dask_local_cluster_gives_the_single_process_records(nlp):
    from dask.distributed import Client, LocalCluster

    from policytext.analysis import iter_analyze
    from policytext.distributed import process_dask, worker_loads

    base = [
        (r.to_json() if r else None, e.to_dict())
        for r, e in iter_analyze(DEMO, nlp, progress=False)
    ]
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        result = process_dask(DEMO, client=client, batch_size=1, progress=False, cache=False)
        loads = worker_loads(client)
    got = [r.to_json() for r in result.records]
    assert got == [r for r, _ in base if r is not None]
    assert [e.to_dict() for e in result.manifest] == [e for _, e in base]
    assert len(got) == 5
    # both workers got partitions, and each loaded the model exactly once, in its own process
    assert len(loads) == 2
    assert all(len(pids) == 1 for pids in loads.values())
    assert len({pids[0] for pids in loads.values()} | {os.getpid()}) == 3
