"""Run the pipeline on a Dask cluster (``pip install 'policytext[distributed]'``).

The client reads the corpus (with :mod:`policytext.io`), cuts it into partitions of
``batch_size`` documents and submits each partition to the cluster; every worker process
loads the pipeline once (from a picklable :class:`~policytext.streaming.PipelineSpec`) and
keeps it for all the partitions it gets. Records come back in input order and are exactly
those of a single-process run; the cache, the writers and the manifest work as with
:func:`policytext.process`, which this module plugs into (``backend="dask"``).

On one machine::

    from dask.distributed import Client, LocalCluster
    import policytext

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster, \\
            Client(cluster) as client:
        policytext.process("corpus/", "out/records.jsonl", backend="dask", client=client)

On a real cluster, start ``dask scheduler`` on one host and ``dask worker
tcp://SCHEDULER:8786 --nthreads 1 --memory-limit 4GB`` on each worker host (in an
environment with policytext installed and the pkuseg model provisioned: ``policytext
models download``, or ``POLICYTEXT_PKUSEG_MODEL`` pointing at a shared copy), then pass
``Client("tcp://SCHEDULER:8786")``. See ``docs/scale.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .streaming import LOADS, PipelineSpec, analyze_batch

if TYPE_CHECKING:
    from .io import RawDocument

__all__ = ["DaskExecutor", "process_dask", "worker_loads"]


class DaskExecutor:
    """Submit partitions of documents to the workers of a ``dask.distributed`` client."""

    def __init__(self, client: Any, source: PipelineSpec | str, repair: bool = True) -> None:
        self.client = client
        self.source = source
        self.repair = repair

    def submit(self, docs: list[RawDocument]) -> Any:
        """A Dask future of the packed results of ``docs`` (``.result()`` waits for it)."""
        return self.client.submit(analyze_batch, self.source, docs, self.repair, pure=False)

    def close(self) -> None:
        """Nothing to release: the client and its cluster belong to the caller."""


def _loads() -> list[int]:
    return list(LOADS)


def worker_loads(client: Any) -> dict[str, list[int]]:
    """How many times each worker loaded a pipeline: ``{worker address: [pid, ...]}``."""
    result: dict[str, list[int]] = client.run(_loads)
    return result


def process_dask(corpus: Any, output: Any = None, *, client: Any, **kwargs: Any) -> Any:
    """:func:`policytext.process` with ``backend="dask"`` on ``client``."""
    from .streaming import process

    return process(corpus, output, backend="dask", client=client, **kwargs)
