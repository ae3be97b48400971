#!/bin/sh
# Builds the libFuzzer target over the whole pipeline and runs it.
#   scripts/fuzz.sh [seconds] [extra libFuzzer flags...]   (default: 900 s)
# Corpus: Tests/FuzzCorpus (kept small; new interesting inputs go to .build-fuzz/corpus, merge the small
# ones by hand). Crashes are written as .build-fuzz/crash-* and can be replayed with a plain build:
#   swift build --product newsgraph-fuzz && .build/debug/newsgraph-fuzz .build-fuzz/crash-...
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-900}"
[ $# -gt 0 ] && shift
swift build -c debug --build-path .build-fuzz --product newsgraph-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
mkdir -p .build-fuzz/corpus .build-fuzz/artifacts
export NEWSGRAPH_LEXICONS="$PWD/Lexicons"
# Leaks are checked after each input; not at exit, where lazily built globals (Vocabulary.context) would be
# reported although they live as long as the process.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:leak_check_at_exit=0}"
exec .build-fuzz/debug/newsgraph-fuzz .build-fuzz/corpus Tests/FuzzCorpus \
    -max_total_time="$seconds" -max_len=4096 -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1 "$@"
