#!/usr/bin/env bash
# npm run test:kill — three instances of the server behind nginx on 127.0.0.1; about a third into a
# bounded run of load, one instance is SIGKILLed. Exits non-zero if any request failed or the
# instance did not die. Options go to scripts/kill-test/main.ts (--duration S, --connections N).
# Everything it starts (instances, nginx) and its temp dir are removed on exit, even on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! nginx_bin=$(bash scripts/kill-test/ensure-nginx.sh); then
  echo "SKIPPED: the kill test needs nginx, which is not installed and could not be installed here." >&2
  exit 0
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/kill-test.XXXXXX")
cleanup() {
  trap - EXIT INT TERM
  # main.ts records every process group it starts here; it cleans up itself, this is the safety net.
  if [ -f "$dir/pgids" ]; then
    while read -r pgid; do
      [ -n "$pgid" ] && kill -KILL -- "-$pgid" 2>/dev/null || true
    done <"$dir/pgids"
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

node --import tsx scripts/kill-test/main.ts --nginx "$nginx_bin" --dir "$dir" "$@"
