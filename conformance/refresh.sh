#!/usr/bin/env bash
# Re-copies the conformance data from a vectors folder laid out like the CI's shared/vectors
# (jcs, wycheproof, oms, cyclonedx, spdx3, sigstore, merkle, oci, hf-model-cards) and a reference
# folder holding the NIST id lists (default: SRC_DIR/../reference).
#
#   conformance/refresh.sh SRC_DIR [REFERENCE_DIR]
#
# Files added here (SOURCES.md, the upstream LICENSE files the source lacked, README.md, this script)
# are kept; files left out for licence reasons (see hf-model-cards/SOURCES.md) stay out. Afterwards,
# review `git status conformance`, update the SOURCES.md files (commit, date) and run the tests.
set -euo pipefail

if [ "$#" -lt 1 ] || [ "$#" -gt 2 ]; then
  echo "usage: $0 SRC_DIR [REFERENCE_DIR]" >&2
  exit 2
fi
src="$(cd "$1" && pwd)"
ref="$(cd "${2:-$src/../reference}" && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"

folders=(jcs wycheproof oms cyclonedx spdx3 sigstore merkle oci hf-model-cards)

# added in this repository, not present in SRC_DIR
keep=(
  jcs/cyberphone/LICENSE
  wycheproof/LICENSE
  oms/model-signing-spec/LICENSE
  oms/model-transparency/LICENSE
  cyclonedx/schema/LICENSE
  cyclonedx/examples-1.6/LICENSE
)

# in SRC_DIR, left out: their licence does not allow redistribution (hf-model-cards/SOURCES.md)
leave_out=(
  hf-model-cards/cards/cohere-configurations/Augmental-Unholy-13B.README.md
  hf-model-cards/cards/cohere-configurations/toxicqa-Llama2-7B.README.md
  hf-model-cards/cards/cohere-configurations/Dr_Samantha-7B.README.md
  hf-model-cards/cards/cohere-configurations/gemma-2b.README.md
  hf-model-cards/cards/cohere-configurations/deepseek-coder-6.7B-instruct.README.md
  hf-model-cards/cards/youri-lalain-1PARAMMYL-8B-ModelStock
)

for f in "${folders[@]}"; do
  if [ ! -d "$src/$f" ]; then
    echo "refresh: $src/$f is missing" >&2
    exit 1
  fi
done
for f in nist-ai-rmf-1.0-subcategories.tsv nist-ai-600-1-provenance-actions.tsv; do
  if [ ! -f "$ref/$f" ]; then
    echo "refresh: $ref/$f is missing" >&2
    exit 1
  fi
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for k in "${keep[@]}"; do
  mkdir -p "$tmp/$(dirname "$k")"
  cp -p "$here/$k" "$tmp/$k"
done

for f in "${folders[@]}"; do
  # everything but SOURCES.md is replaced by the source's copy
  find "$here/$f" -type f ! -path "$here/$f/SOURCES.md" -delete
  find "$here/$f" -mindepth 1 -type d -empty -delete
  cp -R "$src/$f/." "$here/$f/"
done
for k in "${keep[@]}"; do
  cp -p "$tmp/$k" "$here/$k"
done
for l in "${leave_out[@]}"; do
  rm -rf "${here:?}/$l"
done
find "$here/nist" -type f ! -name SOURCES.md -delete
cp "$ref/nist-ai-rmf-1.0-subcategories.tsv" "$ref/nist-ai-600-1-provenance-actions.tsv" "$here/nist/"
chmod -R u+w "$here"

for f in "${folders[@]}"; do
  diff -r "$src/$f" "$here/$f" | grep -v -e ': SOURCES.md$' -e 'LICENSE$' || true
done
echo "refresh: done; files only in SRC_DIR above are the ones left out. Review: git status -- conformance"
