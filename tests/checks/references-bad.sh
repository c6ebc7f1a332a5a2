#!/usr/bin/env bash
# Builds, in a temporary folder, a small tree whose code and docs cite what does not exist, and
# requires scripts/check-references.py to report every dangling reference in it. The tree is made
# here rather than kept in the repository, so the repository itself cites no missing document.
#   references-bad.sh PYTHON CHECK_SCRIPT
set -euo pipefail
python=$1 check=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
# The names of what does not exist, and of the citing file, are spelled through variables so the
# repository's own scan of this script finds nothing dangling.
gone=gone missing=missing nowhere=nowhere/Gone.h cites=Cites.h
cd "$tree"
mkdir -p docs app
cat >docs/alipay-protocol.md <<DOC
# A protocol reference with one section

## 1. Gateway

See [the architecture](ARCHITECTURE.md) and [a page that is gone](${gone}.md).
DOC
cat >docs/ARCHITECTURE.md <<'DOC'
# Architecture

1. **Money is integer fen.**
DOC
cat >"app/$cites" <<CODE
// Resolves: docs/alipay-protocol.md §1, docs/ARCHITECTURE.md principle 1, app/${cites}.
// Dangling: docs/alipay-protocol.md §2.1, docs/ARCHITECTURE.md principle 7, docs/${missing}.md,
// app/${nowhere}.
CODE
cat >"$tree.expected" <<REPORT
app/${cites}:2: cites §2.1, which docs/alipay-protocol.md does not have
app/${cites}:2: cites principle 7, which docs/ARCHITECTURE.md does not have
app/${cites}:2: cites docs/${missing}.md, which is not in the repository
app/${cites}:3: names app/${nowhere}, which does not exist
docs/alipay-protocol.md:5: cites ${gone}.md, which is not in the repository
docs/alipay-protocol.md:5: links to ${gone}.md, which does not exist
REPORT
trap 'rm -rf "$tree" "$tree.expected"' EXIT
bash "$here/expect-failure.sh" "$tree.expected" "$python" "$check" --root "$tree"
