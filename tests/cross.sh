#!/bin/sh
# cross.sh BUILD: the codec's own tests on other machines. Installs what each
# needs from Debian, saying so (tests/need.sh); fails on any failure.
#   armhf   32-bit ARM Linux, little-endian: the full runner (test_main.c),
#           arm-linux-gnueabihf-gcc -static with UBSan, under qemu-arm
#   mips    32-bit MIPS Linux, big-endian: the full runner, mips-linux-gnu-gcc
#           -static with UBSan in trap mode (Debian has no libubsan for
#           mips, so a fault is an illegal instruction, not a message),
#           under qemu-mips
#   the freestanding subset (tests/embedded/runner.c: every transcript case
#   at every split, writer and hc_conn checks, no libc), built
#     - for the host first, with ASan and UBSan (a fault of the harness),
#     - for the host again with __GNUC__ undefined, so that the header's
#       portable fallbacks run (ASan and UBSan too),
#     - for Cortex-M4 (mps2-an386) and Cortex-M0 (microbit: 256 KiB flash,
#       16 KiB RAM; every case fits) with arm-none-eabi-gcc -nostdlib, run
#       under qemu-system-arm with semihosting, whose exit status is the
#       result; the M4 once as gcc builds it and once with unaligned
#       accesses trapping (CCR.UNALIGN_TRP, -mno-unaligned-access). -Os
#       selects HTTPCODEC_SMALL: the M0 and M4 images run that form, the
#       trapping M4 and the AVR images the word-at-a-time code
#       (HTTPCODEC_SMALL=0),
#     - for AVR (atmega2560: 16-bit int and size_t) with avr-gcc and
#       avr-libc's start-up, run under simavr, whose exit status says
#       nothing: the result line printed on the UART is what counts.
#   Each board also runs a build with one expectation broken on purpose,
#   which must be reported as a failure (so a pass means something).
# The CLI checks of the full runner cannot start a host shell under
# qemu-user: HCDUMP=none, as in scanners.sh, and they say they were not run.
set -e
build=$1
[ -n "$build" ] || { echo "usage: tests/cross.sh BUILD" >&2; exit 2; }
here=$(dirname "$0")
emb=$here/embedded
need="sh $here/need.sh"
out=$build/cross
mkdir -p "$out"
warn="-Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror"
src="$here/test_main.c $here/cases_request.c $here/cases_response.c"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

# need_file FILE PACKAGE WHY: a file a Debian package provides (no tool to look for)
need_file() {
    [ -e "$1" ] || sh "$here/apt_install.sh" "$2" "$3" || exit 1
    [ -e "$1" ] || { echo "cross.sh: '$1' is still missing after installing '$2'" >&2; exit 1; }
}

# result LOG: the last "N passed, M failed" line of LOG (ANSI colours and
# simavr's trailing '.' removed), or nothing
result() {
    sed -e 's/\x1b\[[0-9;]*m//g' -e 's/\.$//' "$1" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -n 1
}

# linux NAME COMMAND...: the full runner under qemu-user, like scanners.sh
linux() {
    name=$1; shift
    t=$(now)
    if ! HCDUMP=none "$@" > "$out/$name.log" 2>&1; then
        cat "$out/$name.log"; echo "cross.sh: $name failed" >&2; exit 1
    fi
    grep -q '^scanner: swar$' "$out/$name.log" || {
        echo "cross.sh: the $name build did not use the swar scanner" >&2; exit 1; }
    echo "scanner: swar"
    echo "$(tail -n 1 "$out/$name.log")   ($(since "$t"))"
}

# board NAME EXPECT COMMAND...: a freestanding build run; EXPECT is pass
# (exit 0 if the command's status counts, "N passed, 0 failed") or fail
# (a non-zero exit if it counts, "N passed, 1 failed")
board() {
    name=$1 expect=$2 status_counts=$3; shift 3
    t=$(now)
    rc=0
    timeout 900 "$@" > "$out/$name.log" 2>&1 || rc=$?
    line=$(result "$out/$name.log")
    if [ "$expect" = pass ]; then
        sed -e 's/\x1b\[[0-9;]*m//g' -e 's/\.$//' "$out/$name.log" | grep -E '^(scanner|cases|sizeof|stack):' || true
        case "$line" in *" passed, 0 failed") ;; *) line= ;; esac
        if [ -z "$line" ] || { [ "$status_counts" = yes ] && [ $rc != 0 ]; }; then
            cat "$out/$name.log"; echo "cross.sh: $name failed (exit status $rc)" >&2; exit 1
        fi
        echo "$line   (exit status $rc, $(since "$t"))"
    else
        case "$line" in *" passed, 1 failed") ;; *) line= ;; esac
        if [ -z "$line" ] || { [ "$status_counts" = yes ] && [ $rc = 0 ]; }; then
            cat "$out/$name.log"
            echo "cross.sh: $name: a broken expectation was not reported as one failure" >&2; exit 1
        fi
        echo "broken on purpose: $line, exit status $rc: the failure is seen   ($(since "$t"))"
    fi
}

# ---------------------------------------------------------------- qemu-user
echo "== armhf (32-bit ARM, little-endian), the full runner: static, UBSan, under qemu-arm"
$need arm-linux-gnueabihf-gcc gcc-arm-linux-gnueabihf "builds the tests for 32-bit ARM Linux"
need_file /usr/arm-linux-gnueabihf/lib/libc.a libc6-dev-armhf-cross "the C library to link the 32-bit ARM tests statically"
$need qemu-arm qemu-user "runs the 32-bit ARM tests"
t=$(now)
arm-linux-gnueabihf-gcc -std=c99 -O1 -g $warn -fsanitize=undefined -fno-sanitize-recover=all \
    -static -o "$out/test_armhf" $src
echo "built in $(since "$t")"
linux armhf qemu-arm "$out/test_armhf"

echo "== mips (32-bit MIPS, big-endian), the full runner: static, UBSan in trap mode, under qemu-mips"
$need mips-linux-gnu-gcc gcc-mips-linux-gnu "builds the tests for big-endian 32-bit MIPS Linux"
need_file /usr/mips-linux-gnu/lib/libc.a libc6-dev-mips-cross "the C library to link the MIPS tests statically"
$need qemu-mips qemu-user "runs the big-endian MIPS tests"
t=$(now)
mips-linux-gnu-gcc -std=c99 -O1 -g $warn -fsanitize=undefined -fsanitize-undefined-trap-on-error \
    -static -o "$out/test_mips" $src
echo "built in $(since "$t")"
linux mips qemu-mips "$out/test_mips"

# ------------------------------------------------------ the freestanding subset
echo "== the freestanding subset (tests/embedded) on the host first: ASan+UBSan"
t=$(now)
gcc -std=c99 -O1 -g $warn -o "$out/gen_cases" "$emb/gen_cases.c" $here/cases_request.c $here/cases_response.c
"$out/gen_cases" "$out/cases_all.c"
"$out/gen_cases" "$out/cases_broken.c" --break 2>/dev/null
gcc -std=c99 -O1 -g $warn -fsanitize=address,undefined -fno-sanitize-recover=all -DHTTPCODEC_NO_SIMD \
    -I"$emb" -o "$out/emb_host" "$emb/runner.c" "$emb/host_main.c" "$out/cases_all.c"
echo "built in $(since "$t")"
board emb_host pass yes "$out/emb_host"

# The header as a compiler without gcc's extensions sees it: no builtins,
# no always_inline or noinline, the byte-loop copy and the portable
# count of trailing zeros (the word scanners, HTTPCODEC_SMALL=0). Only
# compiled by `make compile-check`; run here. The codec and the cases are
# built without __GNUC__, the host's stdio part with it (glibc's headers
# need it).
echo "== the freestanding subset on the host, the header built without __GNUC__"
t=$(now)
for f in "$emb/runner.c" "$out/cases_all.c"; do
    gcc -std=c99 -O1 -g $warn -U__GNUC__ -DHTTPCODEC_NO_SIMD -DHTTPCODEC_SMALL=0 \
        -fsanitize=address,undefined -fno-sanitize-recover=all -I"$emb" \
        -c "$f" -o "$out/nognu_$(basename "$f" .c).o"
done
gcc -std=c99 -O1 -g $warn -fsanitize=address,undefined -fno-sanitize-recover=all -I"$emb" \
    -o "$out/emb_nognu" "$emb/host_main.c" "$out/nognu_runner.o" "$out/nognu_cases_all.o"
echo "built in $(since "$t")"
board emb_nognu pass yes "$out/emb_nognu"

echo "== Cortex-M4 (qemu-system-arm -M mps2-an386): no libc, semihosting"
$need arm-none-eabi-gcc gcc-arm-none-eabi "builds the freestanding tests for Cortex-M"
$need qemu-system-arm qemu-system-arm "runs the Cortex-M tests (mps2-an386, microbit)"
# cortexm NAME BOARD CPU CASES FLAGS...: a Cortex-M build of the subset
cortexm() {
    name=$1 machine=$2 cpu=$3 cases=$4; shift 4
    arm-none-eabi-gcc -std=c99 -Os -g $warn -mcpu="$cpu" -mthumb "$@" -ffreestanding -nostdlib \
        -fno-tree-loop-distribute-patterns -ffunction-sections -fdata-sections -I"$emb" \
        -T "$emb/$machine.ld" -Wl,--gc-sections -o "$out/$name.elf" \
        "$emb/arm_start.c" "$emb/mem.c" "$emb/runner.c" "$cases" -lgcc
}
qemu_m="qemu-system-arm -nographic -monitor none -serial none -semihosting-config enable=on,target=native"
t=$(now)
cortexm m4 mps2-an386 cortex-m4 "$out/cases_all.c"
# -Os makes HTTPCODEC_SMALL the default (bytes only): this image takes the
# word-at-a-time code instead, where unaligned word loads would fault
cortexm m4_trap mps2-an386 cortex-m4 "$out/cases_all.c" -mno-unaligned-access -DEMB_UNALIGN_TRAP \
    -DHTTPCODEC_SMALL=0
cortexm m0 microbit cortex-m0 "$out/cases_all.c"
cortexm m4_broken mps2-an386 cortex-m4 "$out/cases_broken.c"
cortexm m0_broken microbit cortex-m0 "$out/cases_broken.c"
echo "5 images built in $(since "$t"); the Cortex-M0 one takes $(arm-none-eabi-size "$out/m0.elf" | awk 'NR == 2 { printf "%d bytes of flash, %d of RAM (.data+.bss)", $1 + $2, $2 + $3 }')"
board m4 pass yes $qemu_m -M mps2-an386 -kernel "$out/m4.elf"
board m4_broken fail yes $qemu_m -M mps2-an386 -kernel "$out/m4_broken.elf"
echo "== Cortex-M4 (mps2-an386), unaligned accesses trapping (CCR.UNALIGN_TRP, -mno-unaligned-access)"
board m4_trap pass yes $qemu_m -M mps2-an386 -kernel "$out/m4_trap.elf"
echo "== Cortex-M0 (qemu-system-arm -M microbit, nRF51: 256 KiB flash, 16 KiB RAM): no libc, semihosting"
board m0 pass yes $qemu_m -M microbit -kernel "$out/m0.elf"
board m0_broken fail yes $qemu_m -M microbit -kernel "$out/m0_broken.elf"

# ---------------------------------------------------------------------- AVR
echo "== AVR (simavr -m atmega2560: 16-bit int and size_t, 256 KiB flash, 8 KiB RAM), avr-libc start-up only"
$need avr-gcc gcc-avr "builds the freestanding tests for AVR (16-bit int)"
need_file /usr/lib/avr/include/avr/io.h avr-libc "AVR start-up code and register definitions"
$need simavr simavr "runs the AVR tests"
# avr NAME CASES FLAGS...: an atmega2560 build of the subset; bodies and
# inputs of the cases fit in 640 bytes (the longest input is 595), so the
# body buffer gives test_main.c's splits, and 8 KiB of RAM keep a margin
avr() {
    name=$1 cases=$2; shift 2
    avr-gcc -std=gnu99 -Os -g $warn -mmcu=atmega2560 -DEMB_BODY_BUFFER=640 -DEMB_INPUT_MAX=640 \
        "$@" -ffunction-sections -fdata-sections -Wl,--gc-sections -I"$emb" -o "$out/$name.elf" \
        "$emb/avr_main.c" "$emb/runner.c" "$cases"
}
t=$(now)
# the Cortex-M0 and M4 images run HTTPCODEC_SMALL (the -Os default); this
# one runs the word-at-a-time code with 16-bit int and size_t
avr avr "$out/cases_all.c" -DHTTPCODEC_SMALL=0
avr avr_broken "$out/cases_broken.c"
echo "2 images built in $(since "$t"); the full one takes $(avr-size "$out/avr.elf" | awk 'NR == 2 { printf "%d bytes of flash, %d of RAM (.data+.bss)", $1 + $2, $2 + $3 }')"
board avr pass no simavr -m atmega2560 -f 16000000 "$out/avr.elf"
board avr_broken fail no simavr -m atmega2560 -f 16000000 "$out/avr_broken.elf"
