#!/usr/bin/env bash
# Prints the path of an nginx binary. When nginx is missing, installs Debian's nginx-light first if
# that is possible here (root and apt-get); otherwise exits 1 with the reason on stderr.
# stdout carries only the path: apt-get's chatter goes to stderr.
set -u

find_nginx() {
  command -v nginx 2>/dev/null && return 0
  for p in /usr/sbin/nginx /usr/local/sbin/nginx /usr/local/nginx/sbin/nginx; do
    if [ -x "$p" ]; then
      echo "$p"
      return 0
    fi
  done
  return 1
}

if find_nginx; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "nginx is not installed, and installing it needs root (apt-get install -y nginx-light)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "nginx is not installed, and this machine has no apt-get to install it with" >&2
  exit 1
fi
echo "nginx is not installed: installing nginx-light with apt-get…" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { timeout 300 apt-get update -qq && timeout 300 apt-get install -y -qq nginx-light; } >&2; then
  echo "apt-get could not install nginx-light" >&2
  exit 1
fi
if find_nginx; then exit 0; fi
echo "nginx is still missing after installing nginx-light" >&2
exit 1
