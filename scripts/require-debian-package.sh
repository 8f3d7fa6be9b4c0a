#!/usr/bin/env bash
# Usage: require-debian-package.sh PATH PACKAGE
# Installs Debian's PACKAGE with apt-get when PATH does not exist yet (CI runs as root on a
# fresh machine). Without root it only says what is missing.
set -euo pipefail
path=$1
package=$2
if [ -e "$path" ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "$path is missing: install Debian's $package (sudo apt-get install -y $package)" >&2
    exit 1
fi
echo "Installing Debian's $package for $path"
export DEBIAN_FRONTEND=noninteractive
# Try the package lists already on the machine first; refresh them only when that fails.
if ! apt-get install -y -q "$package" </dev/null; then
    apt-get update -q </dev/null
    apt-get install -y -q "$package" </dev/null
fi
test -e "$path"
