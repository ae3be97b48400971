#!/usr/bin/env bash
# Installs what a fresh machine lacks (ICU headers, rdflib for the output checks) and builds NewsGraph.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! [ -f /usr/include/unicode/ubrk.h ]; then
    echo "setup: installing libicu-dev" >&2
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq libicu-dev >/dev/null
    else sudo apt-get update -qq && sudo apt-get install -y -qq libicu-dev >/dev/null; fi
fi
if ! python3 -c "import rdflib" 2>/dev/null; then
    echo "setup: installing rdflib" >&2
    python3 -m pip install -q -r scripts/requirements-test.txt
fi
swift build -c release --product newsgraph 2>&1 | tail -n 3
