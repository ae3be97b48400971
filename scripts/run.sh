#!/usr/bin/env bash
# The main job for a newcomer: set up, build, and run the pipeline on seeds/ into output/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.build/release/newsgraph run seeds --out output --force
echo "run: wrote $(ls output/*.jsonld | wc -l) files into output/"
if [ -d ../shared/eval/gold ]; then
    python3 ../shared/eval/score.py output --gold ../shared/eval/gold
fi
