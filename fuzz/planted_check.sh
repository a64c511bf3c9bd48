#!/bin/sh
# planted_check.sh BUILD LLHTTP_INC SAN: proof that fuzz_llhttp still finds
# differences. Each plant is a one-line change to a copy of httpcodec.h
# that makes httpcodec disagree with llhttp on a short input: it accepts
# what llhttp refuses, frames a body by a wrong length, or reports a field
# value that is not the one sent. The replay harness is built against each planted
# copy (with the llhttp objects of BUILD/fuzz/replay/llhttp) and must abort
# on the input with a finding, while the replay of the real header passes
# it. Part of make fuzz-replay; a few seconds. The sanitizer flags SAN are
# the ones the llhttp objects were built with.
set -eu
build=$1 llhttp_inc=$2 san=$3
obj=$build/fuzz/replay/llhttp.obj
work=$build/fuzz/planted
rm -rf "$work" && mkdir -p "$work"

# plant NAME FROM TO INPUT: FROM is a whole line of httpcodec.h, found once.
plant() {
    name=$1 from=$2 to=$3 input=$4
    dir=$work/$name
    mkdir -p "$dir/fuzz"
    cp fuzz/fuzz.h fuzz/fuzz_llhttp.c "$dir/fuzz/"
    count=$(grep -cxF "$from" httpcodec.h || true)
    if [ "$count" != 1 ]; then
        echo "planted_check: $name: the line to plant is in httpcodec.h $count times, not once:" >&2
        echo "  $from" >&2
        exit 1
    fi
    awk -v from="$from" -v to="$to" '$0 == from { print to; next } { print }' \
        httpcodec.h > "$dir/httpcodec.h"
    printf '%b' "$input" > "$dir/input"
    if ! "$build/fuzz/replay/llhttp" "$dir/input" > /dev/null 2>&1; then
        echo "planted_check: $name: the real header already fails on its input" >&2
        exit 1
    fi
    # shellcheck disable=SC2086 # $san is a list of flags
    clang -std=c99 -g -O0 $san -DLLHTTP_STRICT_MODE=1 -I"$llhttp_inc" \
        -o "$dir/replay" "$dir/fuzz/fuzz_llhttp.c" "$obj/llhttp.o" "$obj/api.o" "$obj/http.o"
    if "$dir/replay" "$dir/input" > "$dir/log" 2>&1 ||
        ! grep -q "fuzz_llhttp:.*invariant broken" "$dir/log"; then
        echo "planted_check: $name: the harness did not find the planted difference" >&2
        cat "$dir/log" >&2
        exit 1
    fi
    echo "planted_check: $name: found ($(grep -o 'invariant broken: .*' "$dir/log"))"
}

plant accepts-te-with-cl \
    '    if ((p->flags_ & HC__F_TE) && !hc__fields_frame_nothing(p))' \
    '    if (0)' \
    '\000POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n'
plant content-length-one-more \
    '        value = eight + (value << 1) + d;' \
    '        value = eight + (value << 1) + d + 1;' \
    '\000POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhelloGET / HTTP/1.1\r\nHost: a\r\n\r\n'
plant value-one-byte-short \
    '        out[k].value.len = end - v;' \
    '        out[k].value.len = end - v - (end > v);' \
    '\000GET / HTTP/1.0\r\nAccept: text/html\r\n\r\n'
