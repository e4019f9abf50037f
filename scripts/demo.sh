#!/usr/bin/env bash
# Quick start, part 1: set everything up and run the main job on the bundled demo corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/policytext demo --corpus corpora/demo --output out/demo
