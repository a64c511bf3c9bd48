#!/bin/sh
# callgrind.sh BENCH: instructions per message for every input and parser,
# counted by valgrind's callgrind (repeatable on shared, noisy machines).
# Each pair runs N and 2N messages; the difference over N cancels start-up.
# The ratio is to picohttpparser (parser 0) on the same input.
bench=$1 n=2000
count() { # count INPUT PARSER MESSAGES: instructions of the whole run
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" --run "$1" "$2" "$3" 2>&1 |
        sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
printf '%-24s %-24s %12s %8s\n' input parser instr/msg "vs pico"
"$bench" --list | while IFS="$(printf '\t')" read -r i k input parser; do
    a=$(count "$i" "$k" $n) b=$(count "$i" "$k" $((2 * n)))
    per=$(( (b - a) / n ))
    [ "$k" = 0 ] && pico=$per
    printf '%-24s %-24s %12d %7s\n' "$input" "$parser" "$per" \
        "$(awk -v a="$per" -v b="$pico" 'BEGIN { printf "%.2fx", a / b }')"
done
