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

/* A current browser's navigation request: 15 fields. */
static const char browser_request[] =
    "GET /articles/2026/11/http-parsing-at-scale?ref=home&utm_source=feed HTTP/1.1\r\n"
    "Host: news.example.org\r\n"
    "Connection: keep-alive\r\n"
    "Cache-Control: max-age=0\r\n"
    "sec-ch-ua: \"Chromium\";v=\"131\", \"Not_A Brand\";v=\"24\"\r\n"
    "sec-ch-ua-mobile: ?0\r\n"
    "sec-ch-ua-platform: \"Linux\"\r\n"
    "Upgrade-Insecure-Requests: 1\r\n"
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36\r\n"
    "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
    "*/*;q=0.8\r\n"
    "Sec-Fetch-Site: same-origin\r\n"
    "Sec-Fetch-Mode: navigate\r\n"
    "Sec-Fetch-Dest: document\r\n"
    "Referer: https://news.example.org/\r\n"
    "Accept-Encoding: gzip, deflate, br, zstd\r\n"
    "Accept-Language: en-GB,en;q=0.9,fr;q=0.8\r\n"
    "\r\n";

/* An API server's response head: 10 fields. */
static const char api_response[] =
    "HTTP/1.1 200 OK\r\n"
    "Date: Mon, 23 Nov 2026 16:00:00 GMT\r\n"
    "Content-Type: application/json; charset=utf-8\r\n"
    "Content-Length: 1432\r\n"
    "Connection: keep-alive\r\n"
    "Cache-Control: private, no-store\r\n"
    "ETag: W/\"598-kQ1ZmXr0c3eHjF2p\"\r\n"
    "Vary: Accept-Encoding, Authorization\r\n"
    "X-Request-Id: 4bf92f3577b34da6a3ce929d0e0e4736\r\n"
    "Strict-Transport-Security: max-age=63072000; includeSubDomains\r\n"
    "X-RateLimit-Remaining: 4987\r\n"
    "\r\n";

/* 100 small pipelined requests, built at start-up. */
static char pipeline[100 * 64];
static size_t pipeline_len;

static void build_pipeline(void)
{
    int i;
    for (i = 0; i < 100; i++)
        pipeline_len += (size_t)sprintf(pipeline + pipeline_len,
                                        "GET /item/%d HTTP/1.1\r\nHost: example.com\r\n\r\n", i);
}

typedef size_t (*parse_fn)(const char *buf, size_t len, bench_head *h);

/* One head through the fast path of a parser set up by the caller. */
static size_t fast_head(hc_parser *p, const char *buf, size_t len, bench_head *h)
{
    hc_field fields[128];
    hc_head head;
    hc_event ev;
    size_t n, k;
    head.fields = fields;
    head.max_fields = 128;
    n = hc_parse_head(p, buf, len, &head, &ev);
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

static size_t httpcodec_fast(const char *buf, size_t len, bench_head *h)
{
    hc_parser p;
    hc_parser_init(&p, HC_ROLE_SERVER, NULL);
    return fast_head(&p, buf, len, h);
}

typedef size_t (*head_fn)(hc_parser *p, const char *buf, size_t len, bench_head *h);

/* Every request of the stream: the head by head_fn, then the message's
   end (no body) by one hc_parse call. */
static size_t pipeline_of(head_fn head, const char *buf, size_t len, bench_head *h)
{
    hc_parser p;
    hc_event ev;
    size_t off = 0, n;
    hc_parser_init(&p, HC_ROLE_SERVER, NULL);
    while (off < len) {
        if ((n = head(&p, buf + off, len - off, h)) == 0)
            return 0;
        off += n;
        off += hc_parse(&p, buf + off, len - off, &ev);
        if (ev.type != HC_EV_MESSAGE_DONE)
            return 0;
    }
    return off;
}

/* A response head to GET by head_fn. */
static size_t response_of(head_fn head, const char *buf, size_t len, bench_head *h)
{
    hc_parser p;
    hc_parser_init(&p, HC_ROLE_CLIENT, NULL);
    hc_parser_expect_response(&p, HC_METHOD_GET);
    return head(&p, buf, len, h);
}

/* The pull API: one call per event, up to the end of the head. */
static size_t pull_head(hc_parser *p, const char *buf, size_t len, bench_head *h)
{
    hc_event ev;
    size_t off = 0;
    h->count = 0;
    for (;;) {
        off += hc_parse(p, buf + off, len - off, &ev);
        switch (ev.type) {
        case HC_EV_RESPONSE:
            h->target.ptr = ev.reason.ptr;
            h->target.len = ev.reason.len;
            break;
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

static size_t httpcodec_pull(const char *buf, size_t len, bench_head *h)
{
    hc_parser p;
    hc_parser_init(&p, HC_ROLE_SERVER, NULL);
    return pull_head(&p, buf, len, h);
}

static size_t httpcodec_fast_response(const char *buf, size_t len, bench_head *h)
{
    return response_of(fast_head, buf, len, h);
}
static size_t httpcodec_pull_response(const char *buf, size_t len, bench_head *h)
{
    return response_of(pull_head, buf, len, h);
}
static size_t httpcodec_fast_pipeline(const char *buf, size_t len, bench_head *h)
{
    return pipeline_of(fast_head, buf, len, h);
}
static size_t httpcodec_pull_pipeline(const char *buf, size_t len, bench_head *h)
{
    return pipeline_of(pull_head, buf, len, h);
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
    /* One row per input: the name, the bytes, and each parser's function
       for that kind of input, in the order of parser_names. */
    static const char *const parser_names[] = {"picohttpparser", "httpcodec fast path",
                                               "httpcodec pull events", "llhttp", "http-parser"};
    struct {
        const char *name;
        const char *bytes;
        size_t len;
        parse_fn fn[5];
    } inputs[] = {
        {"browser GET (classic)", browser_get, sizeof browser_get - 1,
         {bench_pico_request, httpcodec_fast, httpcodec_pull, bench_llhttp_request,
          bench_http_parser_request}},
        {"minimal GET", minimal_get, sizeof minimal_get - 1,
         {bench_pico_request, httpcodec_fast, httpcodec_pull, bench_llhttp_request,
          bench_http_parser_request}},
        {"browser, 15 fields", browser_request, sizeof browser_request - 1,
         {bench_pico_request, httpcodec_fast, httpcodec_pull, bench_llhttp_request,
          bench_http_parser_request}},
        {"API response, 10 fields", api_response, sizeof api_response - 1,
         {bench_pico_response, httpcodec_fast_response, httpcodec_pull_response,
          bench_llhttp_response, bench_http_parser_response}},
        {"100 pipelined (per 100)", pipeline, 0,
         {bench_pico_pipeline, httpcodec_fast_pipeline, httpcodec_pull_pipeline,
          bench_llhttp_pipeline, bench_http_parser_pipeline}},
    };
    const size_t parser_count = sizeof parser_names / sizeof parser_names[0];
    size_t i, k;
    build_pipeline();
    inputs[4].len = pipeline_len;
    if (argc == 5 && strcmp(argv[1], "--run") == 0) {
        bench_head h;
        size_t n = strtoul(argv[4], NULL, 10), r;
        i = strtoul(argv[2], NULL, 10);
        k = strtoul(argv[3], NULL, 10);
        if (i >= sizeof inputs / sizeof inputs[0] || k >= parser_count)
            return 2;
        for (r = 0; r < n; r++)
            if (inputs[i].fn[k](inputs[i].bytes, inputs[i].len, &h) == 0)
                return 1;
        return 0;
    }
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
            for (k = 0; k < parser_count; k++)
                printf("%zu\t%zu\t%s\t%s\n", i, k, inputs[i].name, parser_names[k]);
        return 0;
    }
    printf("%-24s %-24s %10s %10s %8s %7s\n", "input", "parser", "ns/msg", "MB/s", "vs pico",
           "fields");
    for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        double pico = 0;
        for (k = 0; k < parser_count; k++) {
            size_t fields;
            double ns = measure(inputs[i].fn[k], inputs[i].bytes, inputs[i].len, &fields);
            if (k == 0)
                pico = ns;
            printf("%-24s %-24s %10.1f %10.1f %7.2fx %7zu\n", inputs[i].name, parser_names[k],
                   ns, (double)inputs[i].len / ns * 1e3, ns / pico, fields);
        }
    }
    return 0;
}
