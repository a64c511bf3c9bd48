#!/bin/sh
# size.sh BUILD: code size, state sizes and worst-case stack of httpcodec per
# target, as the README's "Size" tables (Markdown). Every figure is
# measured here:
#   - code: the header built with -Os -ffreestanding -ffunction-sections,
#     linked with --gc-sections keeping only the public functions of the
#     parser, of the writer, or of the whole codec, with the compiler's
#     runtime (libgcc: 64-bit multiply, count-trailing-zeros) counted in
#     but the image's memcpy and friends (tests/embedded/mem.c) subtracted;
#     picohttpparser (from Debian's h2o source package), llhttp (Debian's
#     node-llhttp sources) and http-parser (its Debian source package)
#     built and measured the same way where their libc headers exist for
#     the target;
#   - state: sizeof each structure, read from symbol sizes (tests/size/sizes.c);
#   - stack: each public function's own frame plus its deepest chain of
#     callees, from gcc's -fcallgraph-info=su (tests/size/stack.py), or
#     where gcc is too old for that (avr-gcc 5.4), from -fstack-usage and
#     the object's call relocations; "+" where a path ends in a library
#     routine (memcpy/memmove, on AVR also libgcc's), whose frames are not
#     counted.
# Run by `make size`; paste its output over the README's tables.
set -e
build=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
mkdir -p "$build/size"
out=$(cd "$build/size" && pwd) # absolute: apt reads relative paths from /etc/apt
need="sh $here/need.sh"
$need arm-none-eabi-gcc gcc-arm-none-eabi "size figures for Cortex-M0 and Cortex-M4"
$need riscv64-unknown-elf-gcc gcc-riscv64-unknown-elf "size figures for 32-bit RISC-V"
$need avr-gcc gcc-avr "size figures for AVR (16-bit int)"
$need python3 python3 "tests/size/stack.py adds up the call graph"
[ -d /usr/lib/picolibc/riscv64-unknown-elf/include ] ||
    sh "$here/apt_install.sh" picolibc-riscv64-unknown-elf "libc headers to build the peers for RISC-V"

# target NAME CC FLAGS: one row per target
targets='cortex-m0|arm-none-eabi-gcc|-mcpu=cortex-m0 -mthumb
cortex-m4|arm-none-eabi-gcc|-mcpu=cortex-m4 -mthumb
rv32imc|riscv64-unknown-elf-gcc|-march=rv32imc -mabi=ilp32
avr (atmega2560)|avr-gcc|-mmcu=atmega2560
x86-64|gcc|-fno-pic -no-pie -fno-asynchronous-unwind-tables'
common="-Os -ffreestanding -ffunction-sections -fdata-sections -fno-stack-protector"

parser='hc_limits_default hc_parser_init hc_parse hc_parser_eof hc_parser_expect_response
hc_parser_accept_upgrade hc_parser_decline_upgrade hc_parse_head hc_parse_body'
writer='hc_check_head hc_head_size hc_write_head hc_head_pieces hc_body_writer_init
hc_body_data hc_chunk_size hc_write_chunk hc_chunk_pieces hc_body_end hc_body_end_size
hc_write_body_end hc_body_end_pieces'
conn='hc_conn_init hc_conn_read hc_conn_eof hc_conn_start hc_conn_body hc_conn_end
hc_conn_body_writer hc_conn_close hc_conn_reading hc_conn_writing hc_conn_keep_alive
hc_conn_must_close hc_conn_outstanding'
names='hc_error_name hc_error_status hc_body_name hc_event_name hc_method_from_name
hc_scanner hc_conn_state_name'
pico='phr_parse_request phr_parse_response phr_parse_headers phr_decode_chunked'
llhttp='llhttp_init llhttp_settings_init llhttp_execute llhttp_finish'
http_parser='http_parser_init http_parser_settings_init http_parser_execute'

# Peers' sources from Debian's source packages (never kept in the
# repository), fetched by tests/fetch_source.sh through a private deb-src
# list in $out/apt, so the system's stays as it is; the tarballs stay there.
# fetch_source PACKAGE TARBALL_GLOB MEMBER_GLOB: MEMBER_GLOB's files, copied
# into $out.
fetch_source() {
    sh "$here/fetch_source.sh" "$out" "$1" "$2" "$3" "for its size figures"
}
# picohttpparser is part of h2o's sources; http-parser (Node's parser before
# llhttp) is its own package.
[ -f "$out/picohttpparser.c" ] ||
    fetch_source h2o 'h2o_*.orig.tar.xz' '*/deps/picohttpparser/picohttpparser.[ch]'
[ -f "$out/http_parser.c" ] ||
    fetch_source http-parser 'http-parser_*.orig.tar.gz' '*/http_parser.[ch]'
[ -f /usr/share/llhttp/llhttp.c ] || sh "$here/apt_install.sh" node-llhttp "llhttp's sources, for its size figures"

# link_size CC FLAGS OUT SYMBOLS OBJECTS: .text .rodata .data .bss of an
# image keeping SYMBOLS, less the memory helpers of mem.o
link_size() {
    cc=$1 flags=$2 img=$3 syms=$4; shift 4
    keep=""
    for s in $syms; do keep="$keep -Wl,-u,$s"; done
    first=$(echo $syms | awk '{print $1}')
    # shellcheck disable=SC2086
    $cc $flags $common -nostdlib -Wl,--gc-sections -Wl,-e,$first $keep -o "$img" "$@" -lgcc 2>/dev/null ||
        { echo "- - - -"; return 0; }
    helpers=$(nm -S --radix=d --defined-only "$img" 2>/dev/null |
        awk '$4 ~ /^(memcpy|memmove|memset|memcmp|strlen|abort)$/ { s += $2 + 0 } END { print s + 0 }')
    size -A "$img" | awk -v h="$helpers" '
        $1 == ".text" { t += $2 } $1 ~ /^\.rodata/ { r += $2 } $1 == ".data" { d += $2 }
        $1 == ".bss" { b += $2 }
        END { printf "%d %d %d %d\n", t - h, r, d, b }'
}

sizes_md="| target | code | .text | .rodata | .data | .bss |
|---|---|---:|---:|---:|---:|"
state_md="| target | hc_parser | hc_conn | hc_body_writer | hc_event | hc_head | hc_message | hc_chunk_head |
|---|---:|---:|---:|---:|---:|---:|---:|"
stack_rows=""
stack_head="| function |"
stack_rule="|---|"
for fn in hc_parse hc_parse_head hc_parse_body hc_check_head hc_write_head hc_head_pieces hc_body_data hc_write_chunk hc_body_end hc_write_body_end hc_conn_read hc_conn_start hc_conn_end; do
    stack_rows="$stack_rows$fn
"
done
echo "$targets" > "$out/targets"
while IFS='|' read -r name cc flags; do
    tag=$(echo "$name" | tr -c 'a-z0-9\n' '_')
    d=$out/$tag
    mkdir -p "$d"
    printf '#define HTTPCODEC_IMPLEMENTATION\n#include "%s/httpcodec.h"\n' "$root" > "$d/codec.c"
    # gcc before 10 (Debian's avr-gcc is 5.4) has no -fcallgraph-info
    graph=-fcallgraph-info=su
    echo 'int x;' > "$d/probe.c"
    # shellcheck disable=SC2086
    $cc $flags $graph -c "$d/probe.c" -o "$d/probe.o" 2>/dev/null || graph=
    rm -f "$d/codec.ci"
    # shellcheck disable=SC2086
    (cd "$d" && $cc -std=c99 $flags $common -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror -fstack-usage $graph -c codec.c -o codec.o)
    # shellcheck disable=SC2086
    $cc $flags $common -c "$here/embedded/mem.c" -o "$d/mem.o"
    # the peers include libc headers: Debian's RISC-V toolchain has them in picolibc
    peer_inc=
    case $cc in riscv64-unknown-elf-gcc) peer_inc="-isystem /usr/lib/picolibc/riscv64-unknown-elf/include" ;; esac
    for part in parser writer whole; do
        case $part in
        parser) syms=$parser; label="httpcodec parser" ;;
        writer) syms=$writer; label="httpcodec writer" ;;
        whole) syms="$parser $writer $conn $names"; label="httpcodec, all of it" ;;
        esac
        set -- $(link_size "$cc" "$flags" "$d/$part.elf" "$syms" "$d/codec.o" "$d/mem.o")
        sizes_md="$sizes_md
| $name | $label | $1 | $2 | $3 | $4 |"
    done
    # shellcheck disable=SC2086
    if (cd "$d" && $cc $flags $common $peer_inc -w -DNDEBUG -I"$out" -c "$out/picohttpparser.c" -o pico.o 2>/dev/null); then
        set -- $(link_size "$cc" "$flags" "$d/pico.elf" "$pico" "$d/pico.o" "$d/mem.o")
    else
        set -- n/a n/a n/a n/a
    fi
    sizes_md="$sizes_md
| $name | picohttpparser (request, response, chunked) | $1 | $2 | $3 | $4 |"
    ok=1
    for f in llhttp api http; do
        # shellcheck disable=SC2086
        $cc $flags $common $peer_inc -w -DNDEBUG -DLLHTTP_STRICT_MODE=1 -I/usr/share/include/llhttp \
            -c /usr/share/llhttp/$f.c -o "$d/ll_$f.o" 2>/dev/null || ok=0
    done
    if [ $ok = 1 ]; then
        set -- $(link_size "$cc" "$flags" "$d/llhttp.elf" "$llhttp" "$d/ll_llhttp.o" "$d/ll_api.o" "$d/ll_http.o" "$d/mem.o")
    else
        set -- n/a n/a n/a n/a
    fi
    sizes_md="$sizes_md
| $name | llhttp (strict mode) | $1 | $2 | $3 | $4 |"
    # shellcheck disable=SC2086
    if (cd "$d" && $cc $flags $common $peer_inc -w -DNDEBUG -DHTTP_PARSER_STRICT=1 -I"$out" \
        -c "$out/http_parser.c" -o http_parser.o 2>/dev/null); then
        set -- $(link_size "$cc" "$flags" "$d/http_parser.elf" "$http_parser" "$d/http_parser.o" "$d/mem.o")
    else
        set -- n/a n/a n/a n/a
    fi
    sizes_md="$sizes_md
| $name | http-parser (strict mode) | $1 | $2 | $3 | $4 |"
    # shellcheck disable=SC2086
    $cc $flags $common -c "$here/size/sizes.c" -o "$d/sizes.o"
    state=$(nm -S --radix=d "$d/sizes.o" | awk '$4 ~ /^size_/ { v[$4] = $2 + 0 }
        END { printf "%d | %d | %d | %d | %d | %d | %d", v["size_hc_parser"], v["size_hc_conn"],
              v["size_hc_body_writer"], v["size_hc_event"], v["size_hc_head"],
              v["size_hc_message"], v["size_hc_chunk_head"] }')
    state_md="$state_md
| $name | $state |"
    # stack: one column per target
    stack_head="$stack_head $name |"
    stack_rule="$stack_rule---:|"
    if [ -f "$d/codec.ci" ]; then
        # shellcheck disable=SC2086
        python3 "$here/size/stack.py" "$d/codec.ci" $stack_rows > "$d/stack"
    elif [ "$cc" = avr-gcc ] && [ -f "$d/codec.su" ]; then
        # no call graph from this gcc: the calls from the object's relocations
        "$($cc -print-prog-name=objdump)" -dr "$d/codec.o" > "$d/codec.dump"
        # shellcheck disable=SC2086
        python3 "$here/size/stack.py" --su "$d/codec.su" "$d/codec.dump" $stack_rows > "$d/stack"
    else
        echo "$stack_rows" | awk 'NF { print $1, "n/a" }' > "$d/stack"
    fi
    stack_rows=$(awk 'NR == FNR { s[$1] = $2; next } { print $0 " " s[$1] }' "$d/stack" - <<EOF2
$stack_rows
EOF2
)
done < "$out/targets"

echo "Code size in bytes (-Os -ffreestanding, unused functions dropped by the linker):"
echo
echo "$sizes_md"
echo
echo "State sizes in bytes (sizeof):"
echo
echo "$state_md"
echo
echo "Worst-case stack in bytes per call (own frame and deepest callee chain; + : plus a library routine's, memcpy/memmove or, on AVR, libgcc's):"
echo
echo "$stack_head"
echo "$stack_rule"
echo "$stack_rows" | awk 'NF { printf "| %s |", $1; for (i = 2; i <= NF; i++) printf " %s |", $i; printf "\n" }'
