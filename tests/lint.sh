#!/bin/sh
# lint.sh BUILD: clang-tidy and cppcheck over the header in implementation
# mode, for the portable path and the default one. Any finding fails.
# Checks left out, and why:
#   bugprone-easily-swappable-parameters: (pointer, length) and (from, to)
#     pairs are the shape of this API and of its helpers; names say which.
# cppcheck suppressions (tests/cppcheck.supp says why for each).
set -e
build=$1
here=$(dirname "$0")
sh "$here/need.sh" clang-tidy clang-tidy "lints the header"
sh "$here/need.sh" cppcheck cppcheck "lints the header"
printf '#define HTTPCODEC_IMPLEMENTATION\n#include "httpcodec.h"\n' > "$build/lint.c"
checks='-*,clang-analyzer-*,bugprone-*,cert-*,performance-*,portability-*,misc-*,-bugprone-easily-swappable-parameters'
for flags in "" "-DHTTPCODEC_NO_SIMD"; do
    echo "lint: clang-tidy $flags"
    clang-tidy --quiet --header-filter='.*httpcodec\.h' --checks="$checks" \
        --warnings-as-errors='*' "$build/lint.c" -- -std=c99 -I. $flags
done
echo "lint: cppcheck"
cppcheck --quiet --error-exitcode=1 --enable=warning,style,performance,portability \
    --std=c99 -I. -DHTTPCODEC_IMPLEMENTATION -UHTTPCODEC_CONFIG -UHTTPCODEC_STATIC \
    --suppressions-list="$here/cppcheck.supp" "$build/lint.c"
echo "lint: clang-tidy and cppcheck found nothing"
