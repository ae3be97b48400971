#!/usr/bin/env bash
# Instructions each stage spends on one pass over the corpus, counted by callgrind (needs valgrind).
# Counts, unlike seconds, repeat exactly for the same binary and input whatever else the machine runs, so a
# change of a few hundred thousand instructions is visible (hashing is made deterministic for that). Usage: scripts/profile-stages.sh [articles.jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/10kGNAD/articles.jsonl}"
[ -f "$corpus" ] || { echo "profile-stages: no corpus at $corpus (give its path)" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swift build -c release --product newsgraph-bench 2>&1 | tail -n 1
bench=.build/release/newsgraph-bench

# The last stage run once after the others have prepared the documents: every stage's `process` runs once per
# article, and the toggle keeps lexicon loading and set-up out of the count.
SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$out/stages" '--toggle-collect=*5StageAadEP7process*' \
    "$bench" "$corpus" --stage RelationLinker --seconds 0 --passes 1 >/dev/null 2>&1
SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$out/writing" '--toggle-collect=*JSONLDWriter*documentBytes*' \
    "$bench" "$corpus" --only writing --passes 1 >/dev/null 2>&1

callgrind_annotate --inclusive=yes "$out/stages" 2>/dev/null | awk '
    /5StageAadEP7process/ {
        gsub(",", "", $1)
        name = /Segmentation/ ? "segmentation" : /EntityRecognition/ ? "entities" \
            : /QuantityExtraction/ ? "quantities" : /RelationLinking/ ? "relations" : "other"
        printf "  %-16s %8.1fM\n", name, $1 / 1e6
        total += $1
    }
    END { printf "%.0f\n", total > "/dev/stderr" }' 2> "$out/sum"
writing=$(callgrind_annotate "$out/writing" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
printf "  %-16s %8.1fM\n" "JSON-LD writing" "$(echo "$writing / 1000000" | bc -l)"
printf "  %-16s %8.1fM\n" "total" "$(echo "($(cat "$out/sum") + $writing) / 1000000" | bc -l)"
