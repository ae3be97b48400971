#!/usr/bin/env bash
# Every test: the Swift suites, then checks of the real output with an independent JSON-LD processor.
set -euo pipefail
cd "$(dirname "$0")/.."
export SWIFT_BACKTRACE=enable=no

bash scripts/setup.sh

echo "== swift test"
swift test 2>&1 | tee /tmp/newsgraph-swift-test.log | grep -E "✘|error:|passed after|failed after|Test run with" | tail -n 60
grep -q "Test run with .* passed" /tmp/newsgraph-swift-test.log || { echo "swift test failed"; exit 1; }

echo "== output/ is what the pipeline makes for seeds/ (and the same twice)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
.build/release/newsgraph run seeds --out "$tmp/a"
.build/release/newsgraph run seeds --out "$tmp/b"
diff -r "$tmp/a" "$tmp/b" >/dev/null || { echo "two runs differ"; exit 1; }
diff -r --exclude='.*' output "$tmp/a" >/dev/null || { echo "output/ is stale: run bash scripts/run.sh and commit"; exit 1; }

echo "== rdflib reads the output; every anchor matches its text"
python3 scripts/check_jsonld.py output

if [ -d ../shared/eval/gold ]; then
    echo "== scores on the seed gold (information, not a gate)"
    python3 ../shared/eval/score.py output --gold ../shared/eval/gold
fi
echo "all checks passed"
