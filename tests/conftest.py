from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests: reproducible (derandomised, no example database) and thorough (>= 200
# examples) in CI and locally; HYPOTHESIS_PROFILE=fuzz runs far more, randomised (see fuzz/).
# Tests that use function-scoped fixtures (tmp_path) inside @given must not: they write to
# tempfile.mkdtemp() instead, so HealthCheck.function_scoped_fixture stays enabled.
settings.register_profile(
    "policytext", derandomize=True, max_examples=200, deadline=None, database=None
)
settings.register_profile("fuzz", max_examples=20_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "policytext"))

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEMO = REPO / "corpora" / "demo"
SEED = SHARED / "seeds" / "000_c93ac4ef4cd0a078.txt"
CORPUS = SHARED / "corpus"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/, skipping the test when the folder is absent (a user's clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/ data not present ({path}); it exists in CI and dev machines")
    return path


def blank_measures_pipeline(**config: object):
    """A blank ``zh`` pipeline with structure, entities and ``policy_measures`` (``config``):
    no segmenter model needed."""
    import spacy

    import policytext.components  # noqa: F401  (registers the factories)

    nlp = spacy.blank("zh")
    for name in ("policy_structure", "policy_entities"):
        nlp.add_pipe(name)
    nlp.add_pipe("policy_measures", config=config)
    return nlp


def corpus_files() -> list[Path]:
    return sorted(shared_path("corpus").glob("*.txt"))


@pytest.fixture(scope="session")
def model_dir() -> Path:
    from policytext.models import ModelError, resolve_model

    try:
        return resolve_model(download=False)
    except ModelError as exc:
        pytest.skip(f"pkuseg model not provisioned ({exc}); run `policytext models download`")


@pytest.fixture(scope="session")
def nlp(model_dir: Path):
    import policytext

    return policytext.load(model=model_dir)
