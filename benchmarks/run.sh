#!/usr/bin/env bash
# Builds the benchmarks, runs every JMH benchmark in one invocation (so that every ratio comes from one run), runs the
# heap harness, and writes the results under benchmarks/target/results:
#   jmh.json      JMH's results (-rf json), with -prof gc
#   jmh.log       JMH's output
#   heap.csv      the least -Xmx of each reader (HeapHarness)
#   results.md    the ratio tables of docs/benchmarks.md (Report)
#   ratios.csv    every ratio against its target
# About 25 minutes on a 2-core machine; run it on an idle one.
#
# Environment:
#   SMOKE=1         short iterations and 5 cold-start forks, to check that everything runs (a few minutes)
#   PROFILE=1       also profile the model's build and decode paths with JFR (-prof jfr) and write hot-methods.md
#   UPDATE_DOC=1    copy results.md into docs/benchmarks.md, between its results markers
#   SKIP_BUILD=1    use the jar as it is
#   HEAP_RECORDS=N  organisations for the heap harness (1000000)
#   EXTRA_CP=PATH   classes put before the jar, for JMH's forks and the harness's children too
#   JAVA=PATH       the java to run (java on the PATH)
#   JMH_INCLUDE=RE  run only the JMH benchmarks matching RE (cold start excepted: SMOKE=1 always runs it apart)
set -euo pipefail
cd "$(dirname "$0")/.."

SMOKE=${SMOKE:-0}
PROFILE=${PROFILE:-0}
UPDATE_DOC=${UPDATE_DOC:-0}
SKIP_BUILD=${SKIP_BUILD:-0}
HEAP_RECORDS=${HEAP_RECORDS:-1000000}
EXTRA_CP=${EXTRA_CP:-}
JAVA=${JAVA:-java}
OUT=benchmarks/target/results
JAR=benchmarks/target/benchmarks.jar
CP="${EXTRA_CP:+$EXTRA_CP:}$JAR"
START=$(date +%s)
COMMAND=benchmarks/run.sh
[ "$PROFILE" = 1 ] && COMMAND="PROFILE=1 $COMMAND"
[ "$SMOKE" = 1 ] && COMMAND="SMOKE=1 $COMMAND"

step() {
    printf '\n=== %s (%ds)\n' "$1" $(( $(date +%s) - START ))
}

if [ "$SKIP_BUILD" != 1 ]; then
    step "build"
    if ! ./mvnw -q -pl benchmarks -am -DskipTests package; then
        echo "The build with -am failed (a module it builds for its tests may not compile);" \
             "building core, json and benchmarks alone, tests skipped." >&2
        ./mvnw -q -pl core,json,benchmarks -Dmaven.test.skip=true package
    fi
fi
mkdir -p "$OUT"

JMH=("$JAVA" -cp "$CP" org.openjdk.jmh.Main)
BENCHMARKS=('\.BuildBenchmark\.' '\.ColdStartBenchmark\.' '\.JsonBenchmark\.' '\.NdjsonBenchmark\.')
WARM=('\.BuildBenchmark\.' '\.JsonBenchmark\.' '\.NdjsonBenchmark\.')
if [ -n "${JMH_INCLUDE:-}" ]; then
    BENCHMARKS=("$JMH_INCLUDE")
    WARM=("$JMH_INCLUDE")
fi
if [ "$SMOKE" = 1 ]; then
    step "JMH, smoke: three warm-ups and three measurements of a second, five cold-start forks"
    "${JMH[@]}" "${WARM[@]}" -e '\.ColdStartBenchmark\.' -wi 3 -w 1s -i 3 -r 1s -prof gc \
        -rf json -rff "$OUT/jmh.json" 2>&1 | tee "$OUT/jmh.log"
    "${JMH[@]}" '\.ColdStartBenchmark\.' -f 5 -rf json -rff "$OUT/jmh-coldstart.json" 2>&1 | tee -a "$OUT/jmh.log"
    JMH_RESULTS=(--jmh "$OUT/jmh.json" --jmh "$OUT/jmh-coldstart.json")
else
    step "JMH, every benchmark in one run, with -prof gc"
    "${JMH[@]}" "${BENCHMARKS[@]}" -prof gc -rf json -rff "$OUT/jmh.json" 2>&1 | tee "$OUT/jmh.log"
    JMH_RESULTS=(--jmh "$OUT/jmh.json")
fi

step "heap harness, $HEAP_RECORDS organisations"
"$JAVA" -cp "$CP" org.uhcmodel.benchmarks.HeapHarness --records "$HEAP_RECORDS" --dir benchmarks/target/heap \
    --out "$OUT/heap.csv"

if [ "$PROFILE" = 1 ]; then
    step "JFR profile of the model's build and decode paths"
    rm -rf "$OUT/jfr"
    "${JMH[@]}" '\.BuildBenchmark\.(organization|agreement|programme)_model' '\.JsonBenchmark\.decode_model' \
        -p organizations=10000 -wi 3 -w 2s -i 3 -r 5s -f 1 -prof "jfr:dir=$OUT/jfr" 2>&1 | tee "$OUT/jfr.log"
    "$JAVA" -cp "$CP" org.uhcmodel.benchmarks.HotMethods --top 10 "$OUT/jfr" > "$OUT/hot-methods.md"
    echo "Written $OUT/hot-methods.md"
fi

step "report"
"$JAVA" -cp "$CP" org.uhcmodel.benchmarks.Report "${JMH_RESULTS[@]}" --heap "$OUT/heap.csv" --command "$COMMAND" \
    --out "$OUT/results.md" --csv "$OUT/ratios.csv"

if [ "$UPDATE_DOC" = 1 ]; then
    DOC=docs/benchmarks.md
    awk -v results="$OUT/results.md" '
        /<!-- results:begin -->/ { print; while ((getline line < results) > 0) print line; skip = 1; next }
        /<!-- results:end -->/ { skip = 0 }
        !skip { print }' "$DOC" > "$DOC.tmp" && mv "$DOC.tmp" "$DOC"
    echo "Updated $DOC"
fi
step "done"
cat "$OUT/results.md"
