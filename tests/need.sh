#!/bin/sh
# need.sh TOOL PACKAGE WHY: make sure TOOL is on PATH. When it is not, install
# the Debian PACKAGE (saying so and why) if we are root with apt-get, or fail
# with a message naming the package. Never skips silently.
tool=$1 pkg=$2 why=$3
command -v "$tool" >/dev/null 2>&1 && exit 0
sh "$(dirname "$0")/apt_install.sh" "$pkg" "$tool: $why" || exit 1
command -v "$tool" >/dev/null 2>&1 && exit 0
echo "need.sh: '$tool' is still missing after installing '$pkg'" >&2
exit 1
