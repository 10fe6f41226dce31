#!/usr/bin/env bash
# Runs mlbom's Jazzer fuzz targets in fuzzing mode, one after the other (docs/fuzzing.md).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# SECONDS_PER_TARGET defaults to 300; with no TARGET every target runs. `scripts/fuzz.sh --list`
# prints the targets. A crash is left as a file crash-<sha1> in the target's inputs directory
# (src/test/resources/<package>/<Class>Inputs/<method>/), where the ordinary build then runs it as a
# regression test; the generated corpus stays in <module>/.cifuzz-corpus/ (ignored by git) and is
# reused by the next run. Logs go to <module>/target/fuzz/<target>.log. Runs offline (mvn -o);
# MVN and MVN_ARGS override the Maven command. Jazzer guides by the coverage of mlbom's own classes;
# FUZZ_INSTRUMENT widens that (e.g. FUZZ_INSTRUMENT='dev.mlbom.**:org.bouncycastle.**' for the key
# targets). Exit status: 0 when no target found anything.
set -euo pipefail

# name  module  test class  method
TARGETS="
canonicalizer  json        dev.mlbom.canonical.CanonicalizerFuzzTest   canonicalize
manifest-json  json        dev.mlbom.codec.ManifestCodecFuzzTest       readJson
manifest-yaml  json        dev.mlbom.codec.ManifestCodecFuzzTest       readYaml
envelope       envelope    dev.mlbom.dsse.EnvelopeJsonFuzzTest         read
statement      envelope    dev.mlbom.dsse.StatementCodecFuzzTest       decode
private-key    crypto      dev.mlbom.crypto.KeyFileFuzzTest            privateKeyPem
public-key     crypto      dev.mlbom.crypto.KeyFileFuzzTest            publicKey
certificates   crypto      dev.mlbom.crypto.KeyFileFuzzTest            certificatesPem
policy         provenance  dev.mlbom.verify.PolicyFileFuzzTest         load
document       provenance  dev.mlbom.document.ProvenanceDocumentsFuzzTest read
"

if [[ "${1:-}" == "--list" ]]; then
    echo "$TARGETS" | awk 'NF { printf "%-14s %s#%s (%s)\n", $1, $3, $4, $2 }'
    exit 0
fi

seconds=300
if [[ $# -gt 0 ]]; then
    if [[ ! "$1" =~ ^[0-9]+$ ]] || [[ "$1" -lt 1 ]]; then
        echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (scripts/fuzz.sh --list)" >&2
        exit 2
    fi
    seconds=$1
    shift
fi
wanted=("$@")
if [[ ${#wanted[@]} -eq 0 ]]; then
    mapfile -t wanted < <(echo "$TARGETS" | awk 'NF { print $1 }')
fi

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mvn_cmd=${MVN:-mvn}
read -r -a mvn_args <<< "${MVN_ARGS:--B -o}"
if [[ -n "${FUZZ_INSTRUMENT:-}" ]]; then
    mvn_args+=("-Djazzer.instrumentation_includes=$FUZZ_INSTRUMENT")
fi

findings=0
summary=()
for name in "${wanted[@]}"; do
    line=$(echo "$TARGETS" | awk -v n="$name" '$1 == n')
    if [[ -z "$line" ]]; then
        echo "unknown target '$name'; scripts/fuzz.sh --list shows them" >&2
        exit 2
    fi
    read -r _ module class method <<< "$line"
    inputs="$module/src/test/resources/$(dirname "${class//.//}")/${class##*.}Inputs/$method"
    mkdir -p "$module/target/fuzz" "$inputs"
    log="$module/target/fuzz/$name.log"
    before=$(ls "$inputs" | grep -c '^crash-' || true)
    echo "== $name: $class#$method for ${seconds}s (log $log)"
    start=$(date +%s)
    status=0
    # jazzer.internal.arg.N are the libFuzzer arguments of jazzer-junit; the last -max_total_time wins
    # over the @FuzzTest default. Hooks (Jazzer's bug detectors) are on while fuzzing.
    JAZZER_FUZZ=1 "$mvn_cmd" "${mvn_args[@]}" test -pl "$module" -am \
        -Dtest="$class#$method" -Dsurefire.failIfNoSpecifiedTests=false \
        -Djazzer.hooks=true \
        -Djazzer.internal.arg.0=fuzz \
        -Djazzer.internal.arg.1=-max_total_time="$seconds" \
        > "$log" 2>&1 || status=$?
    end=$(date +%s)
    after=$(ls "$inputs" | grep -c '^crash-' || true)
    runs=$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)
    cov=$(grep -aoE '#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE)[[:space:]]+cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+' || true)
    if [[ $status -ne 0 || $after -gt $before ]]; then
        findings=$((findings + 1))
        result="FINDING (exit $status, new crash files: $((after - before)) in $inputs)"
    else
        result="ok"
    fi
    summary+=("$(printf '%-14s %5ss wall, %s, %s: %s' "$name" "$((end - start))" "${runs:-no libFuzzer summary}" "${cov:-cov ?}" "$result")")
    echo "   ${summary[-1]}"
done

echo
echo "fuzzing summary (${seconds}s per target):"
printf '  %s\n' "${summary[@]}"
[[ $findings -eq 0 ]]
