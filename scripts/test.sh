#!/usr/bin/env bash
# Quick start, part 2: set everything up and run the whole test suite (what CI runs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev,docs
echo "==> lint"
.venv/bin/ruff check policytext tests scripts benchmarks
.venv/bin/ruff format --check policytext tests scripts benchmarks
.venv/bin/mypy policytext
.venv/bin/python -W error -c "import policytext, policytext.analysis, policytext.cli"
echo "==> docs (mkdocs build --strict: any warning fails)"
.venv/bin/mkdocs build --strict --quiet --site-dir "$(mktemp -d)"
echo "==> tests"
.venv/bin/python -m pytest -q --doctest-modules policytext tests "$@"
