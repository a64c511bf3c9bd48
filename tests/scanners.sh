#!/bin/sh
# scanners.sh BUILD: the test runner once per scanning path of httpcodec.h
# (its "scanning" section), each held to the same cases as the default
# build. Installs what a path needs, saying so (tests/need.sh).
#   swar  HTTPCODEC_NO_SIMD, the portable reference, gcc with ASan+UBSan
#   avx2  clang -mavx2 with ASan+UBSan; on a CPU without AVX2 a static
#         build runs under qemu-x86_64 -cpu max instead (said so)
#   neon  aarch64-linux-gnu-gcc, static with UBSan, under qemu-aarch64
#   table HTTPCODEC_SMALL (the -Os default): byte by byte, and the other
#         size-over-speed choices; clang -Os with ASan+UBSan
# (sse2, the x86-64 default, is what the main gcc and clang runners use.)
set -e
build=$1
here=$(dirname "$0")
need="sh $here/need.sh"
warn="-Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror"
san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
src="$here/test_main.c $here/cases_request.c $here/cases_response.c"

# run NAME COMMAND...: runs a test runner, shows its last line, fails on failure.
run() {
    name=$1; shift
    echo "== tests with the $name scanner: $*"
    if ! "$@" > "$build/test_$name.log" 2>&1; then
        cat "$build/test_$name.log"; exit 1
    fi
    grep -q "^scanner: $name\$" "$build/test_$name.log" || {
        echo "scanners.sh: the $name build did not use the $name scanner" >&2; exit 1; }
    tail -n 1 "$build/test_$name.log"
}

gcc -std=c99 -O1 -g $warn $san -DHTTPCODEC_NO_SIMD -o "$build/test_swar" $src
HCDUMP=$build/hcdump run swar "$build/test_swar"

clang -std=c99 -Os -g $warn $san -o "$build/test_table" $src
HCDUMP=$build/hcdump run table "$build/test_table"

if grep -qw avx2 /proc/cpuinfo; then
    clang -std=c99 -O1 -g $warn $san -mavx2 -o "$build/test_avx2" $src
    HCDUMP=$build/hcdump run avx2 "$build/test_avx2"
else
    echo "scanners.sh: this CPU has no AVX2: the avx2 build runs under qemu-x86_64 -cpu max"
    $need qemu-x86_64 qemu-user "runs the AVX2 scanner's tests on a CPU without AVX2"
    gcc -std=c99 -O1 -g $warn -mavx2 -static -o "$build/test_avx2" $src
    HCDUMP=$build/hcdump run avx2 qemu-x86_64 -cpu max "$build/test_avx2"
fi

$need aarch64-linux-gnu-gcc gcc-aarch64-linux-gnu "builds the NEON scanner's tests for AArch64"
$need qemu-aarch64 qemu-user "runs the AArch64 (NEON) tests"
aarch64-linux-gnu-gcc -std=c99 -O1 -g $warn -fsanitize=undefined -fno-sanitize-recover=all \
    -static -o "$build/test_neon" $src
HCDUMP=none run neon qemu-aarch64 "$build/test_neon"
