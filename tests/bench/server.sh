#!/bin/sh
# tests/bench/server.sh BUILD: the example server's requests per second
# beside nginx-light's (one worker), both serving the same page to wrk
# (256 keep-alive connections, 2 threads, BENCH_SECONDS each, default 5),
# in one run: example, nginx, example, nginx, then the ratio of the best
# of each. Both log nothing; nginx keeps its connections for as many
# requests as wrk sends (keepalive_requests). Not part of make test: it
# times, and the machine must be otherwise idle (`make bench-server`).
set -eu
build=$1
seconds=${BENCH_SECONDS:-5}
here=$(cd "$(dirname "$0")" && pwd)
need="sh $here/../need.sh"
$need wrk wrk "the load generator of make bench-server"
$need nginx nginx-light "the peer of make bench-server"
$need curl curl "fetches the page both serve"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/httpcodec-bench-server.XXXXXX")
pids=""
cleanup() {
    for p in $pids; do kill "$p" 2>/dev/null || true; done
    [ "${KEEP_TMP:-0}" = 1 ] || rm -rf "$tmp"
}
trap cleanup EXIT
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -ge 4096 ] || ulimit -n 4096 2>/dev/null || true

"$build/server" -a 127.0.0.1 -p 0 > "$tmp/server.out" 2>&1 &
pids="$pids $!"
i=0
while [ $i -lt 50 ] && [ ! -s "$tmp/server.out" ]; do sleep 0.1; i=$((i + 1)); done
port=$(sed -n '1s#^httpcodec example server listening on http://127\.0\.0\.1:\([0-9]*\)/$#\1#p' "$tmp/server.out")
[ -n "$port" ] || { echo "bench-server: the server did not start: $(cat "$tmp/server.out")" >&2; exit 1; }
curl -sS -o "$tmp/page" "http://127.0.0.1:$port/"
grep -q '[$"\\]' "$tmp/page" && { echo "bench-server: the page has a character nginx's string would need escaped" >&2; exit 1; }

nport=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$tmp/nginx/logs"
user=""
[ "$(id -u)" = 0 ] && user="user $(id -un);"
cat > "$tmp/nginx/nginx.conf" <<EOF
$user
worker_processes 1;
daemon off;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 100000000;
    client_body_temp_path $tmp/nginx/client_body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    server {
        listen 127.0.0.1:$nport;
        location / {
            default_type text/plain;
            return 200 "$(cat "$tmp/page")\n"; # $(...) drops the last newline
        }
    }
}
EOF
nginx -p "$tmp/nginx" -e "$tmp/nginx/logs/error.log" -c "$tmp/nginx/nginx.conf" > "$tmp/nginx/stdout" 2>&1 &
pids="$pids $!"
i=0
until curl -s -o "$tmp/npage" "http://127.0.0.1:$nport/" 2>/dev/null; do
    i=$((i + 1))
    [ $i -lt 50 ] || { echo "bench-server: nginx did not start: $(cat "$tmp/nginx/logs/error.log")" >&2; exit 1; }
    sleep 0.1
done
cmp -s "$tmp/page" "$tmp/npage" || { echo "bench-server: nginx's page differs from the server's" >&2; exit 1; }

# rate URL: requests per second, as wrk prints it; fails on any socket
# error or non-2xx answer.
rate() {
    wrk -t 2 -c 256 -d "${seconds}s" --timeout 5s "$1" > "$tmp/wrk" 2>&1
    if grep -q 'Socket errors\|Non-2xx' "$tmp/wrk"; then
        echo "bench-server: $1: $(grep 'Socket errors\|Non-2xx' "$tmp/wrk")" >&2
        exit 1
    fi
    awk '/^Requests\/sec:/ { print int($2) }' "$tmp/wrk"
}

best_server=0 best_nginx=0
for round in 1 2; do
    s=$(rate "http://127.0.0.1:$port/")
    n=$(rate "http://127.0.0.1:$nport/")
    echo "round $round: example server $s requests/s, nginx-light (1 worker) $n requests/s"
    [ "$s" -gt "$best_server" ] && best_server=$s
    [ "$n" -gt "$best_nginx" ] && best_nginx=$n
done
awk -v s="$best_server" -v n="$best_nginx" 'BEGIN {
    printf "best: example server %d, nginx-light %d requests/s: %.2fx nginx\n", s, n, s / n }'
