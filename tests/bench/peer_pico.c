/* picohttpparser, compiled from Debian's h2o source package
   (deps/picohttpparser, fetched by tests/fetch_source.sh, never kept in
   the repository) twice into the one bench binary: with -msse4.2 (its
   PCMPESTRI scanner) and without (its scalar code, as Debian's own
   libh2o builds for baseline x86-64). Both objects would export the same
   phr_* names, so the Makefile renames each object's to phr_BUILD_* and
   this file is compiled once per build, with PICO_BUILD naming it
   (sse42 or scalar): its bench_pico_BUILD_* functions call that build's
   phr_BUILD_* through picohttpparser.h's own declarations, renamed by the
   macros below. */
#define _POSIX_C_SOURCE 200809L /* ssize_t */
#include "peers.h"
#include <string.h>

#ifndef PICO_BUILD
#error "PICO_BUILD: sse42 or scalar, the picohttpparser object this is linked with"
#endif
#define PICO_CAT(a, b, c) a##b##c
#define PICO_NAME(a, b, c) PICO_CAT(a, b, c)

/* picohttpparser's names in this build's object */
#define phr_parse_request PICO_NAME(phr_, PICO_BUILD, _parse_request)
#define phr_parse_response PICO_NAME(phr_, PICO_BUILD, _parse_response)
#define phr_parse_headers PICO_NAME(phr_, PICO_BUILD, _parse_headers)
#define phr_decode_chunked PICO_NAME(phr_, PICO_BUILD, _decode_chunked)
#define phr_decode_chunked_is_in_data PICO_NAME(phr_, PICO_BUILD, _decode_chunked_is_in_data)
#include "picohttpparser.h"

/* this file's names, as peers.h declares them for each build */
#define bench_pico_request PICO_NAME(bench_pico_, PICO_BUILD, _request)
#define bench_pico_response PICO_NAME(bench_pico_, PICO_BUILD, _response)
#define bench_pico_pipeline PICO_NAME(bench_pico_, PICO_BUILD, _pipeline)
#define bench_pico_chunked PICO_NAME(bench_pico_, PICO_BUILD, _chunked)

static void copy_headers(bench_head *h, const struct phr_header *headers, size_t count)
{
    size_t k;
    for (k = 0; k < count; k++) {
        h->names[k].ptr = headers[k].name;
        h->names[k].len = headers[k].name_len;
        h->values[k].ptr = headers[k].value;
        h->values[k].len = headers[k].value_len;
    }
    h->count = count;
}

size_t bench_pico_request(const char *buf, size_t len, bench_head *h)
{
    struct phr_header headers[128];
    size_t count = 128;
    int minor, r;
    r = phr_parse_request(buf, len, &h->method.ptr, &h->method.len, &h->target.ptr,
                          &h->target.len, &minor, headers, &count, 0);
    if (r <= 0)
        return 0;
    copy_headers(h, headers, count);
    return (size_t)r;
}

size_t bench_pico_response(const char *buf, size_t len, bench_head *h)
{
    struct phr_header headers[128];
    size_t count = 128;
    int minor, status, r;
    r = phr_parse_response(buf, len, &minor, &status, &h->target.ptr, &h->target.len, headers,
                           &count, 0);
    if (r <= 0)
        return 0;
    copy_headers(h, headers, count);
    return (size_t)r;
}

/* phr_parse_request over each request of the stream in turn. */
size_t bench_pico_pipeline(const char *buf, size_t len, bench_head *h)
{
    size_t off = 0, n;
    while (off < len) {
        if ((n = bench_pico_request(buf + off, len - off, h)) == 0)
            return 0;
        off += n;
    }
    return off;
}

size_t bench_pico_chunked(char *buf, size_t len, bench_body *b)
{
    struct phr_chunked_decoder decoder;
    bench_head h;
    size_t head = bench_pico_request(buf, len, &h), size;
    if (head == 0)
        return 0;
    memset(&decoder, 0, sizeof decoder); /* as picohttpparser.h asks */
    decoder.consume_trailer = 1; /* the empty trailer section too: 0 left */
    size = len - head;
    if (phr_decode_chunked(&decoder, buf + head, &size) != 0)
        return 0;
    b->out = buf + head;
    b->len = size;
    b->complete = 1;
    return len;
}
