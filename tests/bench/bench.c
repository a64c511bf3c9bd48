/* bench: httpcodec beside picohttpparser, llhttp and http-parser, on the
   same bytes, in one run (make bench). For each input and parser: ns per
   message, MB/s, and the ratio of time to picohttpparser's. Every parser
   does what a user needs: method, target and every field as spans.

   Timings on shared machines are noisy: `make bench-callgrind` counts
   instructions instead, through `bench --run INPUT PARSER N`, which only
   parses (tests/bench/callgrind.sh subtracts two counts of N, so start-up
   cancels out). */
#define _POSIX_C_SOURCE 199309L
#define HTTPCODEC_IMPLEMENTATION
#include "../../httpcodec.h"
#include "peers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* A desktop browser's GET with cookies, about 700 bytes: the shape of
   picohttpparser's classic benchmark request, written for this bench. */
static const char browser_get[] =
    "GET /wp-content/uploads/2010/03/hello-kitty-darth-vader-pink.jpg HTTP/1.1\r\n"
    "Host: www.kittyhell.com\r\n"
    "User-Agent: Mozilla/5.0 (Macintosh; U; Intel Mac OS X 10.6; ja-JP-mac; rv:1.9.2.3) "
    "Gecko/20100401 Firefox/3.6.3 Pathtraq/0.9\r\n"
    "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
    "Accept-Language: ja,en-us;q=0.7,en;q=0.3\r\n"
    "Accept-Encoding: gzip,deflate\r\n"
    "Accept-Charset: Shift_JIS,utf-8;q=0.7,*;q=0.7\r\n"
    "Keep-Alive: 115\r\n"
    "Connection: keep-alive\r\n"
    "Cookie: wp_ozh_wsa_visits=2; wp_ozh_wsa_visit_lasttime=xxxxxxxxxx; "
    "__utma=xxxxxxxxx.xxxxxxxxxx.xxxxxxxxxx.xxxxxxxxxx.xxxxxxxxxx.x; "
    "__utmz=xxxxxxxxx.xxxxxxxxxx.x.x.utmccn=(referral)|utmcsr=reader.livedoor.com|"
    "utmcct=/reader/|utmcmd=referral\r\n"
    "\r\n";

static const char minimal_get[] = "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n";

typedef size_t (*parse_fn)(const char *buf, size_t len, bench_head *h);

static size_t httpcodec_fast(const char *buf, size_t len, bench_head *h)
{
    hc_parser p;
    hc_field fields[128];
    hc_head head;
    hc_event ev;
    size_t n, k;
    hc_parser_init(&p, HC_ROLE_SERVER, NULL);
    head.fields = fields;
    head.max_fields = 128;
    n = hc_parse_head(&p, buf, len, &head, &ev);
    if (ev.type != HC_EV_HEAD_DONE)
        return 0;
    h->method.ptr = head.method_name.ptr;
    h->method.len = head.method_name.len;
    h->target.ptr = head.target.ptr;
    h->target.len = head.target.len;
    for (k = 0; k < head.field_count; k++) {
        h->names[k].ptr = fields[k].name.ptr;
        h->names[k].len = fields[k].name.len;
        h->values[k].ptr = fields[k].value.ptr;
        h->values[k].len = fields[k].value.len;
    }
    h->count = head.field_count;
    return n;
}

/* The pull API: one call per event. */
static size_t httpcodec_pull(const char *buf, size_t len, bench_head *h)
{
    hc_parser p;
    hc_event ev;
    size_t off = 0;
    hc_parser_init(&p, HC_ROLE_SERVER, NULL);
    h->count = 0;
    for (;;) {
        off += hc_parse(&p, buf + off, len - off, &ev);
        switch (ev.type) {
        case HC_EV_REQUEST:
            h->method.ptr = ev.method_name.ptr;
            h->method.len = ev.method_name.len;
            h->target.ptr = ev.target.ptr;
            h->target.len = ev.target.len;
            break;
        case HC_EV_FIELD:
            h->names[h->count].ptr = ev.name.ptr;
            h->names[h->count].len = ev.name.len;
            h->values[h->count].ptr = ev.value.ptr;
            h->values[h->count].len = ev.value.len;
            if (h->count < 127)
                h->count++;
            break;
        case HC_EV_HEAD_DONE:
            return off;
        default:
            return 0;
        }
    }
}

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

/* ns per message, over enough iterations to take about 0.2 s. */
static double measure(parse_fn fn, const char *buf, size_t len, size_t *fields)
{
    bench_head h;
    double start, elapsed;
    size_t iterations = 1000, i;
    for (;;) {
        start = now_ns();
        for (i = 0; i < iterations; i++)
            if (fn(buf, len, &h) == 0) {
                fprintf(stderr, "bench: a parser refused the input\n");
                exit(1);
            }
        elapsed = now_ns() - start;
        if (elapsed > 2e8)
            break;
        iterations *= 2;
    }
    *fields = h.count;
    return elapsed / (double)iterations;
}

int main(int argc, char **argv)
{
    static const struct {
        const char *name;
        const char *bytes;
        size_t len;
    } inputs[] = {
        {"browser GET (classic)", browser_get, sizeof browser_get - 1},
        {"minimal GET", minimal_get, sizeof minimal_get - 1},
    };
    static const struct {
        const char *name;
        parse_fn fn;
    } parsers[] = {
        {"picohttpparser", bench_pico_request},
        {"httpcodec fast path", httpcodec_fast},
        {"httpcodec pull events", httpcodec_pull},
        {"llhttp", bench_llhttp_request},
        {"http-parser", bench_http_parser_request},
    };
    size_t i, k;
    if (argc == 5 && strcmp(argv[1], "--run") == 0) {
        bench_head h;
        size_t n = strtoul(argv[4], NULL, 10), r;
        i = strtoul(argv[2], NULL, 10);
        k = strtoul(argv[3], NULL, 10);
        if (i >= sizeof inputs / sizeof inputs[0] || k >= sizeof parsers / sizeof parsers[0])
            return 2;
        for (r = 0; r < n; r++)
            if (parsers[k].fn(inputs[i].bytes, inputs[i].len, &h) == 0)
                return 1;
        return 0;
    }
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
            for (k = 0; k < sizeof parsers / sizeof parsers[0]; k++)
                printf("%zu\t%zu\t%s\t%s\n", i, k, inputs[i].name, parsers[k].name);
        return 0;
    }
    printf("%-24s %-24s %10s %10s %8s %7s\n", "input", "parser", "ns/msg", "MB/s", "vs pico",
           "fields");
    for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        double pico = 0;
        for (k = 0; k < sizeof parsers / sizeof parsers[0]; k++) {
            size_t fields;
            double ns = measure(parsers[k].fn, inputs[i].bytes, inputs[i].len, &fields);
            if (k == 0)
                pico = ns;
            printf("%-24s %-24s %10.1f %10.1f %7.2fx %7zu\n", inputs[i].name, parsers[k].name,
                   ns, (double)inputs[i].len / ns * 1e3, ns / pico, fields);
        }
    }
    return 0;
}
