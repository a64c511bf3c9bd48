#!/bin/sh
# readme.sh BUILD: the benchmark tables of README.md ("Performance"), in
# Markdown, from the bench binaries `make bench` builds in BUILD/bench:
#   1. instructions per message (callgrind.sh --tsv) of the swar, sse2 and
#      avx2 builds side by side (the peers do not change between builds);
#      the ratio is to the reference with the fewest instructions counted:
#      picohttpparser's scalar build for heads, since valgrind cannot run
#      its -msse4.2 build (n/a);
#   2. ns per message, MB/s and the ratio to the faster picohttpparser build
#      of one timed run (bench --tsv) of the sse2 and swar builds, each
#      beside that build's instructions per message.
# Run by `make bench-readme`; paste its output over the README's tables.
set -e
build=$1
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
paths="swar sse2 avx2"
grep -qw avx2 /proc/cpuinfo || paths="swar sse2"
for path in $paths; do
    sh "$here/callgrind.sh" "$build/bench/bench-$path" --tsv > "$tmp/cg-$path"
done
for path in sse2 swar; do
    "$build/bench/bench-$path" --tsv > "$tmp/time-$path"
done
"$build/bench/bench-sse2" --about | sed -n 's/^machine: //p' | sed 's/^/Machine: /; s/, scanner: .*//'
"$build/bench/bench-sse2" --about | sed -n 's/^peers: /Peers: /p'
echo
echo "Instructions per message (callgrind, \`make bench-callgrind\`), $(date -u '+%H:%M UTC %Y-%m-%d');"
echo "the ratio is to picohttpparser scalar (valgrind cannot run its SSE4.2"
echo "build), to httpcodec's pull API where picohttpparser has no framing"
echo "(Content-Length), and to \`memcpy\` of the same bytes for the writer:"
echo
set --
for path in $paths; do set -- "$@" "$tmp/cg-$path"; done
# Rows keep the bench's order (input and parser name the row); httpcodec's
# figures differ by build. Every file: input, parser or op, then figures.
awk -F'\t' -v paths="$paths" '
    BEGIN { np = split(paths, p, " ") }
    FNR == 1 { file = FILENAME; sub(/.*cg-/, "", file) }
    {
        key = $1 "|" $2
        if (!(key in seen)) { seen[key] = 1; order[++n] = key }
        instr[key, file] = $3
        ratio[key, file] = $4 == "n/a" ? "n/a" : $4 " " $5
    }
    END {
        printf "| input | parser or op |"
        for (i = 1; i <= np; i++) printf " instr/msg %s | ratio %s |", p[i], p[i]
        printf "\n|---|---|"
        for (i = 1; i <= np; i++) printf "---:|---:|"
        printf "\n"
        for (r = 1; r <= n; r++) {
            split(order[r], kp, "|")
            printf "| %s | %s |", kp[1], kp[2]
            for (i = 1; i <= np; i++) printf " %s | %s |", instr[order[r], p[i]], ratio[order[r], p[i]]
            printf "\n"
        }
    }' "$@"
echo
echo "Time of one run of the sse2 and swar builds (\`make bench\`), ns per"
echo "message; the ratio is to the faster picohttpparser build on that input"
echo "in the same run (SSE4.2 or scalar, named in the column), beside each"
echo "row's instructions:"
echo
awk -F'\t' '
    FNR == 1 { file = FILENAME; sub(/.*\/(time|cg)-/, "", file); cg = FILENAME ~ /\/cg-/ }
    cg { instr[$1 "|" $2, file] = $3; next }
    {
        key = $1 "|" $2
        if (!(key in seen)) { seen[key] = 1; order[++n] = key }
        ns[key, file] = $3
        mbs[key, file] = $4
        ratio[key, file] = $5 == "n/a" ? "n/a" : $5 " " $6
    }
    END {
        print "| input | parser or op | ns sse2 | MB/s sse2 | ratio sse2 | instr/msg sse2 | ns swar | ratio swar | instr/msg swar |"
        print "|---|---|---:|---:|---:|---:|---:|---:|---:|"
        for (r = 1; r <= n; r++) {
            split(order[r], kp, "|")
            k = order[r]
            printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", kp[1], kp[2], ns[k, "sse2"],
                   mbs[k, "sse2"], ratio[k, "sse2"], instr[k, "sse2"], ns[k, "swar"],
                   ratio[k, "swar"], instr[k, "swar"]
        }
    }' "$tmp/cg-sse2" "$tmp/cg-swar" "$tmp/time-sse2" "$tmp/time-swar"
