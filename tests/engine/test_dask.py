from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

import claimcheck
from tests.engine.corpus import write_corpus

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, per_story=8)
    return folder


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    cluster = distributed.LocalCluster(
        processes=True,
        n_workers=2,
        threads_per_worker=1,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    with cluster:
        yield cluster.scheduler_address


def test_dask_cluster_gives_the_local_claims_and_findings(corpus: Path, scheduler: str) -> None:
    local = claimcheck.check([corpus], story_by="folder", jobs=1)
    remote = claimcheck.check([corpus], story_by="folder", engine="dask", scheduler=scheduler)
    assert local.claims.equals(remote.claims)
    assert local.finding_list == remote.finding_list
    assert local.to_json() == remote.to_json()
    assert {f.story for f in remote.finding_list} == {"bridge", "flood", "strike"}


def test_dask_engine_without_a_scheduler_uses_local_processes(corpus: Path) -> None:
    local = claimcheck.claims([corpus / "flood"])
    dask_run = claimcheck.claims([corpus / "flood"], engine="dask")
    assert local.equals(dask_run)


def test_an_unreachable_scheduler_is_a_usage_error() -> None:
    with pytest.raises(claimcheck.UsageError, match="cannot reach the Dask scheduler"):
        claimcheck.check(["Crews saved 40 homes."], engine="dask", scheduler="tcp://127.0.0.1:9")


def test_cli_dask_writes_the_local_claims_dataset(
    corpus: Path, scheduler: str, tmp_path: Path
) -> None:
    import pandas as pd

    from claimcheck.table import apply_schema
    from tests.conftest import run_cli

    local = run_cli("claims", str(corpus), "-o", f"{tmp_path / 'local'}/", "--jobs", "1")
    remote = run_cli(
        "claims", str(corpus), "-o", f"{tmp_path / 'dask'}/", "--engine", "dask",
        "--scheduler", scheduler,
    )  # fmt: skip
    assert local.returncode == remote.returncode == 0, remote.stderr
    assert apply_schema(pd.read_parquet(tmp_path / "dask")).equals(
        apply_schema(pd.read_parquet(tmp_path / "local"))
    )
