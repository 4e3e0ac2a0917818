#!/usr/bin/env bash
# Fuzzes each of Parley's Jazzer targets in turn for 10 minutes (maxDuration in the targets), with
# coverage guidance. `mvn verify` only replays their corpora; this is the long run. A finding is
# written beside the target's inputs (src/test/resources/.../<Class>Inputs/<method>/) and replays
# as a regression test from then on: commit it with the fix.
#   tools/dev/fuzz.sh                      # every target
#   tools/dev/fuzz.sh IngestFuzzTest#warc  # one
set -euo pipefail
cd "$(dirname "$0")/../.."
targets=(
  parley-ingest:IngestFuzzTest#cleaner
  parley-ingest:IngestFuzzTest#mainContent
  parley-ingest:IngestFuzzTest#jsonLines
  parley-ingest:IngestFuzzTest#warc
  parley-ingest:IngestFuzzTest#feed
  parley-extract:DatesFuzzTest#resolve
)
mvn -q -B install -DskipTests
found=0
for t in "${targets[@]}"; do
  module="${t%%:*}"; test="${t#*:}"
  if [ $# -gt 0 ] && [ "$1" != "$test" ]; then continue; fi
  echo "== fuzzing $test in $module"
  # Coverage for all of Parley and the parsers it hands untrusted bytes to (HTML, feeds, WARC),
  # not only the test's own package (Jazzer's default). A finding fails the run of that target
  # only; the others still run.
  if ! JAZZER_FUZZ=1 JAZZER_INSTRUMENT='org.parley.**,org.jsoup.**,com.rometools.**,org.netpreserve.**' \
      mvn -B -o surefire:test -pl "$module" -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false -DargLine="-Xmx2g" \
      > "target-fuzz-$test.log" 2>&1; then
    found=1
    echo "   FINDING: see target-fuzz-$test.log and the new file under $module/src/test/resources"
  fi
  grep -E "DONE|Tests run:" "target-fuzz-$test.log" | head -2
done
exit "$found"
