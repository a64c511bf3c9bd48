/* The peers the benchmark measures, each in its own translation unit
   (llhttp.h and http_parser.h declare the same names). Every peer does
   the work a user of httpcodec's fast path gets: the method, target and
   every field name and value as spans. Each returns the bytes of the
   head it parsed, or 0 on failure. */
#ifndef BENCH_PEERS_H
#define BENCH_PEERS_H
#include <stddef.h>

typedef struct bench_span {
    const char *ptr;
    size_t len;
} bench_span;

typedef struct bench_head {
    bench_span method, target;
    bench_span names[128], values[128];
    size_t count;
} bench_head;

/* picohttpparser comes in two builds (peer_pico.c): scalar, and sse42
   (-msse4.2), which the bench links only when the Makefile built it. */
size_t bench_pico_scalar_request(const char *buf, size_t len, bench_head *h);
size_t bench_pico_sse42_request(const char *buf, size_t len, bench_head *h);
size_t bench_llhttp_request(const char *buf, size_t len, bench_head *h);
size_t bench_http_parser_request(const char *buf, size_t len, bench_head *h);

/* A response head (to GET). */
size_t bench_pico_scalar_response(const char *buf, size_t len, bench_head *h);
size_t bench_pico_sse42_response(const char *buf, size_t len, bench_head *h);
size_t bench_llhttp_response(const char *buf, size_t len, bench_head *h);
size_t bench_http_parser_response(const char *buf, size_t len, bench_head *h);

/* A stream of pipelined bodiless requests, every one parsed; h holds the
   last. Returns len when all were parsed. */
size_t bench_pico_scalar_pipeline(const char *buf, size_t len, bench_head *h);
size_t bench_pico_sse42_pipeline(const char *buf, size_t len, bench_head *h);
size_t bench_llhttp_pipeline(const char *buf, size_t len, bench_head *h);
size_t bench_http_parser_pipeline(const char *buf, size_t len, bench_head *h);

/* A request with a body (Content-Length or chunked): the head is parsed
   as above (spans recorded, then dropped), and every decoded body byte is
   the user's: copied to dest, in order, as a contiguous body. */
typedef struct bench_body {
    char *dest;       /* in: where the body goes */
    size_t cap;       /* in: room at dest */
    const char *out;  /* out: the decoded body (dest, or in place for pico) */
    size_t len;       /* out: its length */
    int complete;     /* out: the parser saw the message end */
} bench_body;

/* picohttpparser has no body framing of its own: phr_parse_request for
   the head, then phr_decode_chunked, which decodes IN PLACE (buf is
   overwritten; out points into it). Returns len when the whole input was
   one complete chunked request. */
size_t bench_pico_scalar_chunked(char *buf, size_t len, bench_body *b);
size_t bench_pico_sse42_chunked(char *buf, size_t len, bench_body *b);
/* Any body the parser frames (Content-Length, chunked): on_body copies. */
size_t bench_llhttp_body(char *buf, size_t len, bench_body *b);
size_t bench_http_parser_body(char *buf, size_t len, bench_body *b);

#endif
