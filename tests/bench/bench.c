/* bench: httpcodec beside picohttpparser, llhttp and http-parser, on the
   same bytes, in one run (make bench). For each input and parser: ns per
   message, MB/s, and the ratio of time to a reference: the FASTER of the
   two picohttpparser builds on that input, measured in the same run, where
   picohttpparser can do the input; else httpcodec's pull API; memcpy of the
   same bytes for the serializer rows, which are httpcodec's alone.

   picohttpparser is compiled from Debian's h2o source package twice
   (peer_pico.c): with -msse4.2, its PCMPESTRI scanner, when this CPU has
   SSE4.2 (else that row says so and is skipped), and without, its scalar
   code. llhttp is compiled from node-llhttp's sources, with -msse4.2 when
   this CPU has it (its header-value scan uses PCMPESTRI then). The peers'
   build flags are printed with the machine.

   Heads: every parser does what a user needs: method, target and every
   field as spans. The 100 pipelined requests are 100 copies of the
   minimal GET in one buffer, parsed one after the other; their row is per
   request (the time of all 100 over 100). Bodies (1 MiB, chunked in
   16-byte chunks or with a Content-Length): one message is the whole
   request, head and body, and the user's work is to copy every decoded
   body byte to one contiguous destination; picohttpparser has no framing
   of its own, so for it the head is phr_parse_request and the body
   phr_decode_chunked, which decodes in place (and has nothing for a
   Content-Length body: n/a). Every parser's result is checked once
   against the expected one before it is timed (spans against a naive
   split of the head, the body byte for byte, the serializer's output byte
   for byte, a head's check alone by the size it finds); a wrong result
   stops the bench.

   A time is the best of 5 batches of at least 40 ms each. Timings on
   shared machines are noisy: `make bench-callgrind` counts instructions
   instead, through `bench --list` and `bench --run INPUT PARSER N`,
   which checks that one row once and then runs it N times
   (tests/bench/callgrind.sh subtracts two counts, so start-up and the
   check cancel out). `bench --tsv` is the timed run as tab-separated rows
   (tests/bench/readme.sh), `bench --check` checks every row's result and
   times nothing (make test). */
#define _POSIX_C_SOURCE 200112L /* clock_gettime, snprintf */
#define HTTPCODEC_IMPLEMENTATION
#include "../../httpcodec.h"
#include "peers.h"

#include <stdint.h>
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

/* An API server's response head: 10 fields, the Content-Length last,
   where httpcodec's writer puts the framing field it adds. */
static const char api_response[] =
    "HTTP/1.1 200 OK\r\n"
    "Date: Mon, 23 Nov 2026 16:00:00 GMT\r\n"
    "Content-Type: application/json; charset=utf-8\r\n"
    "Connection: keep-alive\r\n"
    "Cache-Control: private, no-store\r\n"
    "ETag: W/\"598-kQ1ZmXr0c3eHjF2p\"\r\n"
    "Vary: Accept-Encoding, Authorization\r\n"
    "X-Request-Id: 4bf92f3577b34da6a3ce929d0e0e4736\r\n"
    "Strict-Transport-Security: max-age=63072000; includeSubDomains\r\n"
    "X-RateLimit-Remaining: 4987\r\n"
    "Content-Length: 1432\r\n"
    "\r\n";

/* 100 minimal GETs pipelined in one buffer, built at start-up; the spans
   a parser leaves are those of the last one. */
#define PIPELINED 100
static char pipeline[PIPELINED * (sizeof minimal_get - 1)];
static size_t pipeline_len, pipeline_last;

static void build_pipeline(void)
{
    int i;
    for (i = 0; i < PIPELINED; i++) {
        pipeline_last = pipeline_len;
        memcpy(pipeline + pipeline_len, minimal_get, sizeof minimal_get - 1);
        pipeline_len += sizeof minimal_get - 1;
    }
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

/* ------------------------------------------------------------- bodies */

/* Every body input carries the same 1 MiB of bytes (any byte value may be
   body), so every parser's output is checked against this. */
#define BODY_LEN ((size_t)1 << 20)
#define CHUNKED_HEAD "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
#define LENGTH_HEAD "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1048576\r\n\r\n"
/* 16-byte chunks: "10" CRLF, the data, CRLF; then "0" CRLF CRLF. */
#define CHUNKED16_LEN (BODY_LEN / 16 * (2 + 2 + 16 + 2) + 5)
#define CHUNKED4K_LEN (BODY_LEN / 4096 * (4 + 2 + 4096 + 2) + 5)

static char body[BODY_LEN];
static char chunked_request[sizeof CHUNKED_HEAD - 1 + CHUNKED16_LEN];
static char length_request[sizeof LENGTH_HEAD - 1 + BODY_LEN];
/* The chunked input is decoded from here, restored before every message. */
static char work[sizeof chunked_request];
/* Where every parser but picohttpparser copies the decoded body. */
static char dest[BODY_LEN];
/* The body in 4 KiB chunks: what the 4 KiB chunk writer must produce. */
static char chunked4k[CHUNKED4K_LEN];

/* data in chunks of `chunk` bytes (the last may be shorter), lowercase
   hex sizes, then the last chunk and an empty trailer section. */
static size_t chunk_encode(char *out, const char *data, size_t len, size_t chunk)
{
    static const char hex[] = "0123456789abcdef";
    size_t off, pos = 0;
    for (off = 0; off < len; off += chunk) {
        char size[16];
        size_t n = len - off < chunk ? len - off : chunk, digits = 0;
        do
            size[digits++] = hex[n % 16];
        while ((n /= 16) != 0);
        while (digits)
            out[pos++] = size[--digits];
        n = len - off < chunk ? len - off : chunk;
        memcpy(out + pos, "\r\n", 2);
        memcpy(out + pos + 2, data + off, n);
        memcpy(out + pos + 2 + n, "\r\n", 2);
        pos += n + 4;
    }
    memcpy(out + pos, "0\r\n\r\n", 5);
    return pos + 5;
}

static void build_bodies(void)
{
    uint32_t x = 2463534242u;
    size_t i, n;
    for (i = 0; i < BODY_LEN; i++) { /* xorshift32: every byte value */
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        body[i] = (char)(unsigned char)(x >> 24);
    }
    memcpy(chunked_request, CHUNKED_HEAD, sizeof CHUNKED_HEAD - 1);
    n = chunk_encode(chunked_request + sizeof CHUNKED_HEAD - 1, body, BODY_LEN, 16);
    memcpy(length_request, LENGTH_HEAD, sizeof LENGTH_HEAD - 1);
    memcpy(length_request + sizeof LENGTH_HEAD - 1, body, BODY_LEN);
    if (n != CHUNKED16_LEN || chunk_encode(chunked4k, body, BODY_LEN, 4096) != CHUNKED4K_LEN) {
        fprintf(stderr, "bench: chunked inputs are not the size expected\n");
        exit(1);
    }
}

typedef size_t (*body_fn)(char *buf, size_t len, bench_body *b);

/* The head by head_fn, then the body to the message's end into b->dest:
   with hc_parse_body (bulk, the fast path), or with hc_parse, every BODY
   event's bytes copied there. */
static size_t body_of(head_fn head, int bulk, char *buf, size_t len, bench_body *b)
{
    hc_parser p;
    hc_event ev;
    bench_head h;
    size_t off;
    hc_parser_init(&p, HC_ROLE_SERVER, NULL);
    b->len = 0;
    b->complete = 0;
    if ((off = head(&p, buf, len, &h)) == 0)
        return 0;
    for (;;) {
        char *to = b->dest + b->len;
        if (bulk)
            off += hc_parse_body(&p, buf + off, len - off, to, b->cap - b->len, &ev);
        else
            off += hc_parse(&p, buf + off, len - off, &ev);
        if (ev.type == HC_EV_BODY) {
            if (ev.data.len > b->cap - b->len)
                return 0;
            if (!bulk)
                memcpy(to, ev.data.ptr, ev.data.len);
            b->len += ev.data.len;
        } else if (ev.type == HC_EV_MESSAGE_DONE) {
            b->complete = 1;
            b->out = b->dest;
            return off;
        } else {
            return 0;
        }
    }
}

/* The fast paths: hc_parse_head, then hc_parse_body decoding the whole
   body into b->dest in as few calls as it takes (one, here). */
static size_t httpcodec_fast_body(char *buf, size_t len, bench_body *b)
{
    return body_of(fast_head, 1, buf, len, b);
}
static size_t httpcodec_pull_body(char *buf, size_t len, bench_body *b)
{
    return body_of(pull_head, 0, buf, len, b);
}

/* --------------------------------------------------------- serializer */

/* What a serializer row produced: bytes written, *out where they are. */
typedef size_t (*op_fn)(const char **out);

#define SPAN(s) {s, sizeof s - 1}
/* api_response as an hc_message: hc_write_head must give its bytes. Its
   framing is stated in the message (body LENGTH 1432), and the writer
   adds the tenth field, "Content-Length: 1432", after these nine. */
static const hc_field api_fields[] = {
    {SPAN("Date"), SPAN("Mon, 23 Nov 2026 16:00:00 GMT")},
    {SPAN("Content-Type"), SPAN("application/json; charset=utf-8")},
    {SPAN("Connection"), SPAN("keep-alive")},
    {SPAN("Cache-Control"), SPAN("private, no-store")},
    {SPAN("ETag"), SPAN("W/\"598-kQ1ZmXr0c3eHjF2p\"")},
    {SPAN("Vary"), SPAN("Accept-Encoding, Authorization")},
    {SPAN("X-Request-Id"), SPAN("4bf92f3577b34da6a3ce929d0e0e4736")},
    {SPAN("Strict-Transport-Security"), SPAN("max-age=63072000; includeSubDomains")},
    {SPAN("X-RateLimit-Remaining"), SPAN("4987")},
};
/* Chunked (body CHUNKED): the writer adds "Transfer-Encoding: chunked". */
static const hc_field chunked_fields[] = {
    {SPAN("Date"), SPAN("Mon, 23 Nov 2026 16:00:00 GMT")},
    {SPAN("Content-Type"), SPAN("application/octet-stream")},
};
static hc_message api_message, chunked_message;
/* Not a constant, so that memcpy is the library call a writer makes. */
static size_t api_len;
/* Where the serializer rows write: room for the 16-byte chunked body. */
static char wout[CHUNKED16_LEN];

static void build_messages(void)
{
    hc_message m;
    memset(&m, 0, sizeof m);
    m.is_response = 1;
    m.version_minor = 1;
    m.status = 200;
    m.reason.ptr = "OK";
    m.reason.len = 2;
    m.answers = HC_METHOD_GET;
    m.fields = api_fields;
    m.field_count = sizeof api_fields / sizeof api_fields[0];
    m.body = HC_BODY_LENGTH;
    m.content_length = 1432;
    api_message = m;
    m.fields = chunked_fields;
    m.field_count = sizeof chunked_fields / sizeof chunked_fields[0];
    m.body = HC_BODY_CHUNKED;
    m.content_length = 0;
    chunked_message = m;
    api_len = strlen(api_response);
    if (hc_check_head(&api_message, NULL, NULL) != HC_OK ||
        hc_check_head(&chunked_message, NULL, NULL) != HC_OK) {
        fprintf(stderr, "bench: hc_check_head refuses a serializer message\n");
        exit(1);
    }
}

static size_t memcpy_head(const char **out)
{
    memcpy(wout, api_response, api_len);
    *out = wout;
    return api_len;
}

/* Every writer row writes one head as a writer does: one hc_check_head
   into an hc_head_writer, then the emitter calls, which check nothing
   again. The check alone, the same call: the head's size is what it
   gives, to be checked (no byte is written). The writer rows less this
   one are the emission. */
static size_t head_check_only(const char **out)
{
    hc_head_writer hw;
    if (hc_check_head(&api_message, &hw, NULL) != HC_OK)
        return 0;
    *out = NULL;
    return hc_head_size(&hw);
}

/* One call into a buffer big enough for the head. */
static size_t write_head(const char **out)
{
    hc_head_writer hw;
    if (hc_check_head(&api_message, &hw, NULL) != HC_OK)
        return 0;
    *out = wout;
    return hc_write_head(&hw, 0, wout, sizeof wout);
}

/* A writer with a 64-byte buffer: fill it from the offset reached, flush
   it (copy out), until a call fills less than the buffer. */
static size_t write_head_64(const char **out)
{
    hc_head_writer hw;
    char buf[64];
    size_t off = 0, n;
    if (hc_check_head(&api_message, &hw, NULL) != HC_OK)
        return 0;
    do {
        n = hc_write_head(&hw, off, buf, sizeof buf);
        memcpy(wout + off, buf, n);
        off += n;
    } while (n == sizeof buf);
    *out = wout;
    return off;
}

/* What the piece rows do with the pieces: hand them over as writev
   would, to the kernel, which copies them. So a piece row's cost is the
   pieces' making alone; only when its output is verified (before the
   row is timed) are they copied out, to wout[pos..), to be compared. */
static int copy_pieces_out;

static void hand_over(const hc_span *pieces, size_t n, size_t pos)
{
    size_t k;
    for (k = 0; copy_pieces_out && k < n; k++) {
        memcpy(wout + pos, pieces[k].ptr, pieces[k].len);
        pos += pieces[k].len;
    }
}

/* The zero-copy form, 16 pieces a call (an iovec array of 16), resumed
   from the offset reached. */
static size_t head_pieces(const char **out)
{
    hc_head_writer hw;
    hc_span pieces[16];
    size_t off = 0, end, n;
    if (hc_check_head(&api_message, &hw, NULL) != HC_OK)
        return 0;
    do {
        n = hc_head_pieces(&hw, off, pieces, 16, &end);
        hand_over(pieces, n, off);
        off = end;
    } while (n == 16);
    *out = wout;
    return off;
}

static size_t memcpy_body(const char **out)
{
    memcpy(wout, body, BODY_LEN);
    *out = wout;
    return BODY_LEN;
}

/* The whole 1 MiB body of chunked_message in chunks of `chunk` bytes:
   its head checked (hc_check_head, as a writer does before the body
   writer is set up from it), hc_body_data for each chunk's head, then the
   chunk written whole by hc_write_chunk (copy form) or gathered by
   hc_chunk_pieces and copied out; then the last chunk (hc_body_end,
   hc_write_body_end). */
static size_t write_chunks(size_t chunk, int as_pieces, const char **out)
{
    hc_head_writer hw;
    hc_body_writer w;
    hc_chunk_head head;
    size_t off, pos = 0;
    if (hc_check_head(&chunked_message, &hw, NULL) != HC_OK ||
        hc_body_writer_init(&w, &hw) != HC_OK)
        return 0;
    for (off = 0; off < BODY_LEN; off += chunk) {
        if (hc_body_data(&w, chunk, &head) != HC_OK)
            return 0;
        if (as_pieces) {
            hc_span pieces[3];
            size_t end, n = hc_chunk_pieces(&head, body + off, chunk, 0, pieces, 3, &end);
            hand_over(pieces, n, pos);
            pos += end;
        } else {
            pos += hc_write_chunk(&head, body + off, chunk, 0, wout + pos, sizeof wout - pos);
        }
    }
    if (hc_body_end(&w, NULL, 0, NULL) != HC_OK)
        return 0;
    pos += hc_write_body_end(&w, NULL, 0, 0, wout + pos, sizeof wout - pos);
    *out = wout;
    return pos;
}

static size_t chunks_16(const char **out) { return write_chunks(16, 0, out); }
/* The same bytes by hand: hex sizes and memcpy, no framing kept (the
   reference for a chunk's cost). */
static size_t chunks_16_by_hand(const char **out)
{
    *out = wout;
    return chunk_encode(wout, body, BODY_LEN, 16);
}
static size_t chunks_16_pieces(const char **out) { return write_chunks(16, 1, out); }
static size_t chunks_4k(const char **out) { return write_chunks(4096, 0, out); }
static size_t chunks_4k_pieces(const char **out) { return write_chunks(4096, 1, out); }

/* The restore copy every chunked-input row does first, alone. */
static size_t restore_copy(const char **out)
{
    memcpy(work, chunked_request, sizeof chunked_request);
    *out = work;
    return sizeof chunked_request;
}

/* -------------------------------------------------------------- table */

enum { HEAD, BODY, WRITE };
#define SLOTS 6

/* The builds compiled with -msse4.2 (the Makefile builds them only when
   this CPU has SSE4.2): the second picohttpparser, and llhttp. Their rows
   run only on a CPU with SSE4.2 (cpu_sse42, from main). */
#ifdef BENCH_PICO_SSE42
#define PICO_SSE42(fn) fn
#define PICO_SSE42_BUILT 1
#else
#define PICO_SSE42(fn) NULL /* not built: n/a */
#define PICO_SSE42_BUILT 2
#endif
#ifndef BENCH_LLHTTP_SSE42
#define BENCH_LLHTTP_SSE42 0
#endif
static int cpu_sse42;

/* One way to do an input: a parser, or a serializer call. No function:
   the parser cannot do this input (n/a). */
typedef struct bench_slot {
    const char *name;
    parse_fn head; /* HEAD inputs */
    body_fn body;  /* BODY inputs */
    op_fn op;      /* WRITE inputs */
    const char *expect; /* WRITE: the bytes it must produce (NULL: writes
                           none, only the count, expect_len, is checked) */
    size_t expect_len;
    const char *tag; /* its short name as a reference; NULL: the name */
    int sse42;       /* 1: built with -msse4.2, runs only on a CPU with it;
                        2: would be, but not built (no SSE4.2 here) */
} bench_slot;

typedef struct bench_input {
    const char *section; /* printed when it changes */
    const char *name;
    int kind;
    const char *bytes; /* HEAD, BODY: the input; WRITE: what MB/s counts */
    size_t len;
    char *buf;      /* BODY: the writable bytes parsed */
    int restore;    /* BODY: bytes copied to buf before every message */
    int request;    /* HEAD: check the target too */
    size_t ref;     /* the slot ratios are to ... */
    size_t alt;     /* ... or this one where it is faster (same as ref: none) */
    size_t calls;   /* runs of the input per callgrind count */
    size_t per;     /* messages in one run of the input; 0: one */
    bench_slot slot[SLOTS];
} bench_input;

/* The two picohttpparser builds (bench_pico_sse42_P and
   bench_pico_scalar_P), each ratio to the faster of them; then httpcodec
   and the other peers. */
#define PICO_REFS .ref = 0, .alt = 1
#define PICO_SLOTS(field, p) \
    {"picohttpparser -msse4.2", field = PICO_SSE42(bench_pico_sse42_##p), .tag = "pico sse4.2", \
     .sse42 = PICO_SSE42_BUILT}, \
    {"picohttpparser scalar", field = bench_pico_scalar_##p, .tag = "pico scalar"}
#define PEER_SLOTS(field, b, c, d, e) \
    {"httpcodec fast path", field = b, .tag = "hc fast"}, \
    {"httpcodec pull events", field = c, .tag = "hc pull"}, \
    {"llhttp", field = d, .tag = "llhttp", .sse42 = BENCH_LLHTTP_SSE42}, \
    {"http-parser", field = e, .tag = "http-parser"}
#define HEADS(p, b, c, d, e) {PICO_SLOTS(.head, p), PEER_SLOTS(.head, b, c, d, e)}
#define BODIES(p, b, c, d, e) {PICO_SLOTS(.body, p), PEER_SLOTS(.body, b, c, d, e)}
/* picohttpparser has no framing for this input */
#define BODIES_NO_PICO(b, c, d, e) \
    {{"picohttpparser -msse4.2", .tag = "pico sse4.2"}, \
     {"picohttpparser scalar", .tag = "pico scalar"}, PEER_SLOTS(.body, b, c, d, e)}

static const char heads_section[] =
    "heads: one message is one head (100 pipelined: per request, the run of 100 over 100);\n"
    "ratio to the faster picohttpparser build on that input in this run (to: which)";
static const char bodies_section[] =
    "bodies: one message is a whole request, head and 1 MiB body copied out (MB/s of input).\n"
    "Chunked rows restore the input from a pristine copy first, every parser alike, since\n"
    "phr_decode_chunked decodes in place: the restore copy alone is the last row; ratio to the\n"
    "faster picohttpparser build. picohttpparser has no Content-Length framing (n/a): that\n"
    "input's ratios are to httpcodec pull events";
static const char writes_section[] =
    "serializer, httpcodec only: one op writes the whole head or body (MB/s of head or body\n"
    "bytes); pieces are handed over as to writev, not copied (the kernel copies them); ratio\n"
    "to memcpy of the same bytes. A head is checked once\n"
    "(hc_check_head) and then emitted: every writer row includes that check, and\n"
    "hc_check_head alone is the check by itself (its result is the head's size)";

static const bench_input inputs[] = {
    {.section = heads_section, .name = "browser GET (classic)", .kind = HEAD,
     .bytes = browser_get, .len = sizeof browser_get - 1, .request = 1, PICO_REFS, .calls = 2000,
     .slot = HEADS(request, httpcodec_fast, httpcodec_pull,
                   bench_llhttp_request, bench_http_parser_request)},
    {.section = heads_section, .name = "minimal GET", .kind = HEAD, .bytes = minimal_get,
     .len = sizeof minimal_get - 1, .request = 1, PICO_REFS, .calls = 2000,
     .slot = HEADS(request, httpcodec_fast, httpcodec_pull,
                   bench_llhttp_request, bench_http_parser_request)},
    {.section = heads_section, .name = "browser, 15 fields", .kind = HEAD,
     .bytes = browser_request, .len = sizeof browser_request - 1, .request = 1, PICO_REFS,
     .calls = 2000,
     .slot = HEADS(request, httpcodec_fast, httpcodec_pull,
                   bench_llhttp_request, bench_http_parser_request)},
    {.section = heads_section, .name = "API response, 10 fields", .kind = HEAD,
     .bytes = api_response, .len = sizeof api_response - 1, PICO_REFS, .calls = 2000,
     .slot = HEADS(response, httpcodec_fast_response, httpcodec_pull_response,
                   bench_llhttp_response, bench_http_parser_response)},
    {.section = heads_section, .name = "100 pipelined, per request", .kind = HEAD,
     .bytes = pipeline, .len = sizeof pipeline, .request = 1, PICO_REFS, .calls = 200,
     .per = PIPELINED,
     .slot = HEADS(pipeline, httpcodec_fast_pipeline, httpcodec_pull_pipeline,
                   bench_llhttp_pipeline, bench_http_parser_pipeline)},
    {.section = bodies_section, .name = "chunked 1 MiB, 16 B chunks", .kind = BODY,
     .bytes = chunked_request, .len = sizeof chunked_request, .buf = work, .restore = 1,
     PICO_REFS, .calls = 2,
     .slot = BODIES(chunked, httpcodec_fast_body, httpcodec_pull_body,
                    bench_llhttp_body, bench_http_parser_body)},
    {.section = bodies_section, .name = "Content-Length 1 MiB", .kind = BODY,
     .bytes = length_request, .len = sizeof length_request, .buf = length_request, .ref = 3,
     .alt = 3, .calls = 2,
     .slot = BODIES_NO_PICO(httpcodec_fast_body, httpcodec_pull_body, bench_llhttp_body,
                            bench_http_parser_body)},
    {.section = bodies_section, .name = "chunked 1 MiB, 16 B chunks", .kind = WRITE,
     .bytes = chunked_request, .len = sizeof chunked_request, .calls = 2,
     .slot = {{"restore copy alone", 0, 0, restore_copy, chunked_request,
               sizeof chunked_request, "memcpy", 0}}},
    {.section = writes_section, .name = "API response head", .kind = WRITE,
     .bytes = api_response, .len = sizeof api_response - 1, .calls = 2000,
     .slot = {{"memcpy", 0, 0, memcpy_head, api_response, sizeof api_response - 1, 0, 0},
              {"hc_check_head alone", 0, 0, head_check_only, NULL, sizeof api_response - 1, 0, 0},
              {"hc_write_head, one call", 0, 0, write_head, api_response,
               sizeof api_response - 1, 0, 0},
              {"hc_write_head, 64 B buffer", 0, 0, write_head_64, api_response,
               sizeof api_response - 1, 0, 0},
              {"hc_head_pieces, 16 a call", 0, 0, head_pieces, api_response,
               sizeof api_response - 1, 0, 0}}},
    {.section = writes_section, .name = "chunked body 1 MiB", .kind = WRITE, .bytes = body,
     .len = BODY_LEN, .calls = 2,
     .slot = {{"memcpy", 0, 0, memcpy_body, body, BODY_LEN, 0, 0},
              {"16 B chunks, hex + memcpy by hand", 0, 0, chunks_16_by_hand,
               chunked_request + sizeof CHUNKED_HEAD - 1, CHUNKED16_LEN, 0, 0},
              {"16 B chunks, hc_write_chunk", 0, 0, chunks_16,
               chunked_request + sizeof CHUNKED_HEAD - 1, CHUNKED16_LEN, 0, 0},
              {"16 B chunks, hc_chunk_pieces", 0, 0, chunks_16_pieces,
               chunked_request + sizeof CHUNKED_HEAD - 1, CHUNKED16_LEN, 0, 0},
              {"4 KiB chunks, hc_write_chunk", 0, 0, chunks_4k, chunked4k, CHUNKED4K_LEN, 0, 0},
              {"4 KiB chunks, hc_chunk_pieces", 0, 0, chunks_4k_pieces, chunked4k,
               CHUNKED4K_LEN, 0, 0}}},
};
#define INPUTS (sizeof inputs / sizeof inputs[0])

static size_t input_len(const bench_input *in)
{
    return in->len;
}
/* The head whose spans a parser leaves: the pipeline's last. */
static const char *checked_head(const bench_input *in)
{
    return in->bytes == pipeline ? pipeline + pipeline_last : in->bytes;
}
static size_t messages(const bench_input *in)
{
    return in->per ? in->per : 1;
}
static const char *tag(const bench_input *in, size_t k)
{
    return in->slot[k].tag ? in->slot[k].tag : in->slot[k].name;
}

/* Whether this CPU runs the builds compiled with -msse4.2. */
static int have_sse42(void)
{
#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
    __builtin_cpu_init();
    return __builtin_cpu_supports("sse4.2") != 0;
#else
    return 0;
#endif
}

/* A build with -msse4.2 on a CPU without SSE4.2, or not built for want
   of it: its rows are n/a. */
static int blocked(const bench_input *in, size_t k)
{
    return in->slot[k].sse42 == 2 || (in->slot[k].sse42 && !cpu_sse42);
}

static int runs(const bench_input *in, size_t k)
{
    const bench_slot *s = &in->slot[k];
    return (s->head || s->body || s->op) && !blocked(in, k);
}

typedef struct bench_result {
    bench_head h;
    bench_body b;
    const char *out; /* WRITE */
} bench_result;

/* One message; 0 when the parser refused it. */
static size_t run(const bench_input *in, size_t k, bench_result *r)
{
    const bench_slot *s = &in->slot[k];
    size_t len = input_len(in);
    switch (in->kind) {
    case HEAD:
        return s->head(in->bytes, len, &r->h);
    case BODY:
        if (in->restore)
            memcpy(in->buf, in->bytes, len);
        r->b.dest = dest;
        r->b.cap = sizeof dest;
        return s->body(in->buf, len, &r->b);
    default:
        return s->op(&r->out);
    }
}

static int span_is(bench_span s, const char *from, const char *to)
{
    return s.len == (size_t)(to - from) && memcmp(s.ptr, from, s.len) == 0;
}

/* The head at s against the spans in h: its target (requests), then each
   field's name and value (SP and HTAB trimmed), in order, and no other.
   The inputs are well-formed, so a naive split by CRLF and the first
   colon is an exact oracle. NULL when all agree, else what is wrong. */
static const char *check_head(const char *s, int request, const bench_head *h)
{
    const char *eol = strstr(s, "\r\n");
    size_t n = 0;
    if (request) {
        const char *target = strchr(s, ' ') + 1;
        if (!span_is(h->target, target, strchr(target, ' ')))
            return "wrong target";
    }
    for (s = eol + 2; strncmp(s, "\r\n", 2) != 0; s = eol + 2, n++) {
        const char *colon, *value, *end;
        eol = strstr(s, "\r\n");
        colon = strchr(s, ':');
        for (value = colon + 1; *value == ' ' || *value == '\t'; value++)
            ;
        for (end = eol; end > value && (end[-1] == ' ' || end[-1] == '\t'); end--)
            ;
        if (n >= h->count || !span_is(h->names[n], s, colon) || !span_is(h->values[n], value, end))
            return "wrong field";
    }
    return n == h->count ? NULL : "wrong field count";
}

/* One message, its result checked; what the result column shows. */
static size_t verify(const bench_input *in, size_t k)
{
    static bench_result r; /* static: 4 KiB of spans */
    const bench_slot *s = &in->slot[k];
    size_t len = input_len(in), n, shown = 0;
    const char *wrong = NULL;
    copy_pieces_out = 1;
    n = run(in, k, &r);
    copy_pieces_out = 0;
    if (n == 0) {
        wrong = "refused the input";
    } else if (in->kind == HEAD) {
        if (n != len)
            wrong = "wrong length parsed";
        else
            wrong = check_head(checked_head(in), in->request, &r.h);
        shown = r.h.count;
    } else if (in->kind == BODY) {
        if (n != len || !r.b.complete)
            wrong = "no message end, or not at the input's end";
        else if (r.b.len != BODY_LEN || memcmp(r.b.out, body, BODY_LEN) != 0)
            wrong = "wrong body";
        shown = r.b.len;
    } else {
        if (n != s->expect_len || (s->expect && memcmp(r.out, s->expect, n) != 0))
            wrong = s->expect ? "wrong bytes written" : "wrong size";
        shown = n;
    }
    if (wrong) {
        fprintf(stderr, "bench: %s on %s: %s\n", s->name, in->name, wrong);
        exit(1);
    }
    return shown;
}

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

/* Every message's size is added here, so no call can be left out. */
static volatile size_t sink;

static double batch(const bench_input *in, size_t k, size_t iterations)
{
    bench_result r;
    size_t i, total = 0, n;
    double start = now_ns();
    for (i = 0; i < iterations; i++) {
        if ((n = run(in, k, &r)) == 0) {
            fprintf(stderr, "bench: %s refused %s\n", in->slot[k].name, in->name);
            exit(1);
        }
        total += n;
    }
    sink = total;
    return now_ns() - start;
}

/* ns per message: the best of 5 batches of at least 40 ms each. */
static double measure(const bench_input *in, size_t k)
{
    size_t iterations = 1, rep;
    double best;
    while ((best = batch(in, k, iterations)) < 4e7)
        iterations *= 2;
    for (rep = 1; rep < 5; rep++) {
        double t = batch(in, k, iterations);
        if (t < best)
            best = t;
    }
    return best / (double)iterations;
}

/* The machine, the compiler and httpcodec's scanning path. */
static void about(void)
{
    char line[512], cpu[256] = "unknown CPU";
    const char *scanner;
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (f) {
        while (fgets(line, sizeof line, f)) {
            char *colon = strchr(line, ':');
            if (colon && (strncmp(line, "model name", 10) == 0 ||
                          strncmp(line, "Model", 5) == 0)) {
                size_t n;
                for (colon++; *colon == ' ' || *colon == '\t'; colon++)
                    ;
                n = strcspn(colon, "\n");
                if (n >= sizeof cpu)
                    n = sizeof cpu - 1;
                memcpy(cpu, colon, n);
                cpu[n] = 0;
                break;
            }
        }
        fclose(f);
    }
#ifdef HTTPCODEC_HAS_SCANNER
    scanner = hc_scanner();
#else
    scanner = "(no hc_scanner() in this httpcodec.h)";
#endif
#if defined(__clang__)
#define BENCH_CC "" /* __VERSION__ names clang */
#elif defined(__GNUC__)
#define BENCH_CC "gcc "
#else
#define BENCH_CC ""
#endif
#ifdef __VERSION__
#define BENCH_CC_VERSION BENCH_CC __VERSION__
#else
#define BENCH_CC_VERSION BENCH_CC "(version unknown)"
#endif
    printf("machine: %s; compiler: %s; httpcodec %s, scanner: %s\n", cpu, BENCH_CC_VERSION,
           HTTPCODEC_VERSION_STRING, scanner);
#ifndef BENCH_PICO_SOURCE
#define BENCH_PICO_SOURCE "(source unknown)"
#endif
#ifndef BENCH_PICO_FLAGS_SCALAR
#define BENCH_PICO_FLAGS_SCALAR "(flags unknown)"
#endif
#ifndef BENCH_PICO_FLAGS_SSE42
#define BENCH_PICO_FLAGS_SSE42 "(flags unknown)"
#endif
#ifndef BENCH_LLHTTP_FLAGS
#define BENCH_LLHTTP_FLAGS "(flags unknown)"
#endif
#ifdef BENCH_PICO_SSE42
    printf("peers: picohttpparser from %s, built %s (scalar) and %s (sse4.2)%s; "
           "llhttp built %s; http-parser from libhttp-parser\n",
           BENCH_PICO_SOURCE, BENCH_PICO_FLAGS_SCALAR, BENCH_PICO_FLAGS_SSE42,
           cpu_sse42 ? "" : ", but this CPU has no SSE4.2: that build's rows are n/a",
           BENCH_LLHTTP_FLAGS);
#else
    printf("peers: picohttpparser from %s, built %s (scalar) only: this CPU has no SSE4.2, so "
           "the -msse4.2 build's rows are n/a; llhttp built %s; http-parser from libhttp-parser\n",
           BENCH_PICO_SOURCE, BENCH_PICO_FLAGS_SCALAR, BENCH_LLHTTP_FLAGS);
#endif
    if (BENCH_LLHTTP_SSE42 && !cpu_sse42)
        printf("llhttp was built with -msse4.2, but this CPU has no SSE4.2: its rows are n/a\n");
}

/* The slot an input's ratios are to: the faster of its references that
   run (ns per run), or SLOTS when none runs. */
static size_t reference(const bench_input *in, const double *ns)
{
    size_t best = SLOTS;
    if (runs(in, in->ref))
        best = in->ref;
    if (in->alt != in->ref && runs(in, in->alt) && (best == SLOTS || ns[in->alt] < ns[best]))
        best = in->alt;
    return best;
}

/* The timed run, as a table (tsv = 0) or as tab-separated rows: input,
   parser or op, ns per message, MB/s, ratio, to, result. */
static void timed(int tsv)
{
    static size_t shown[INPUTS][SLOTS];
    const char *section = NULL;
    size_t i, k;
    if (!tsv) {
        about();
        printf("times: best of 5 batches of at least 40 ms each\n");
        fflush(stdout);
    }
    /* Every result is checked before anything is timed. */
    for (i = 0; i < INPUTS; i++)
        for (k = 0; k < SLOTS && inputs[i].slot[k].name; k++)
            if (runs(&inputs[i], k))
                shown[i][k] = verify(&inputs[i], k);
    for (i = 0; i < INPUTS; i++) {
        const bench_input *in = &inputs[i];
        double ns[SLOTS] = {0}; /* per run of the input */
        size_t ref;
        if (!tsv && in->section != section) {
            section = in->section;
            printf("\n%s\n%-28s %-29s %10s %9s %9s %-11s %8s\n", section, "input",
                   in->kind == WRITE ? "op" : "parser", in->kind == WRITE ? "ns/op" : "ns/msg",
                   "MB/s", "ratio", "to", "result");
        }
        /* The references first, so that every row can show its ratio. */
        if (runs(in, in->ref))
            ns[in->ref] = measure(in, in->ref);
        if (in->alt != in->ref && runs(in, in->alt))
            ns[in->alt] = measure(in, in->alt);
        ref = reference(in, ns);
        for (k = 0; k < SLOTS && in->slot[k].name; k++) {
            double per_msg;
            char ratio[32];
            if (!runs(in, k)) {
                const char *why = blocked(in, k) ? "no SSE4.2" : "";
                if (tsv)
                    printf("%s\t%s\tn/a\tn/a\tn/a\t%s\t-\n", in->name, in->slot[k].name, why);
                else
                    printf("%-28s %-29s %10s %9s %9s %-11s %8s\n", in->name, in->slot[k].name,
                           "n/a", "n/a", "n/a", why, "-");
                continue;
            }
            if (k != in->ref && k != in->alt)
                ns[k] = measure(in, k);
            per_msg = ns[k] / (double)messages(in);
            if (ref == SLOTS)
                snprintf(ratio, sizeof ratio, "n/a");
            else
                snprintf(ratio, sizeof ratio, "%.2fx", ns[k] / ns[ref]);
            printf(tsv ? "%s\t%s\t%.1f\t%.1f\t%s\t%s\t%zu\n"
                       : "%-28s %-29s %10.1f %9.1f %9s %-11s %8zu\n",
                   in->name, in->slot[k].name, per_msg, (double)input_len(in) / ns[k] * 1e3,
                   ratio, ref == SLOTS ? "" : tag(in, ref), shown[i][k]);
        }
        fflush(stdout);
    }
    if (!tsv)
        printf("\nresult: fields of the (last) head, body bytes decoded, bytes written (the check\n"
               "alone: the head's size it found)\n");
}

int main(int argc, char **argv)
{
    size_t i, k;
    cpu_sse42 = have_sse42();
    build_pipeline();
    build_bodies();
    build_messages();
    if (argc == 5 && strcmp(argv[1], "--run") == 0) {
        bench_result r;
        size_t n = strtoul(argv[4], NULL, 10), m;
        i = strtoul(argv[2], NULL, 10);
        k = strtoul(argv[3], NULL, 10);
        if (i >= INPUTS || k >= SLOTS || !runs(&inputs[i], k))
            return 2;
        verify(&inputs[i], k);
        for (m = 0; m < n; m++)
            if (run(&inputs[i], k, &r) == 0)
                return 1;
        return 0;
    }
    /* One row a line, tab-separated: INPUT PARSER input-name parser-name
       REFS ref-names RUNS MESSAGES. REFS: the slots the ratio may be to,
       comma-separated (the one with the fewest instructions counted, or
       the least time, is taken), and ref-names their short names; RUNS:
       runs of the input per callgrind count, 0 where the parser cannot do
       the input (or this CPU cannot run its build); MESSAGES: messages in
       one run (100 for the pipeline). */
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (i = 0; i < INPUTS; i++) {
            const bench_input *in = &inputs[i];
            for (k = 0; k < SLOTS && in->slot[k].name; k++) {
                printf("%zu\t%zu\t%s\t%s\t%zu", i, k, in->name, in->slot[k].name, in->ref);
                if (in->alt != in->ref)
                    printf(",%zu", in->alt);
                printf("\t%s", tag(in, in->ref));
                if (in->alt != in->ref)
                    printf(",%s", tag(in, in->alt));
                printf("\t%zu\t%zu\n", runs(in, k) ? in->calls : 0, messages(in));
            }
        }
        return 0;
    }
    if (argc == 2 && strcmp(argv[1], "--about") == 0) {
        about();
        return 0;
    }
    /* Every row's result checked once, nothing timed (make test runs it). */
    if (argc == 2 && strcmp(argv[1], "--check") == 0) {
        size_t rows = 0, skipped = 0;
        for (i = 0; i < INPUTS; i++)
            for (k = 0; k < SLOTS && inputs[i].slot[k].name; k++)
                if (runs(&inputs[i], k)) {
                    verify(&inputs[i], k);
                    rows++;
                } else if (blocked(&inputs[i], k)) {
                    skipped++;
                }
        printf("bench --check: %zu rows, every result right", rows);
        if (skipped)
            printf("; %zu rows of -msse4.2 builds not run: this CPU has no SSE4.2", skipped);
        printf("\n");
        return 0;
    }
    if (argc == 2 && strcmp(argv[1], "--tsv") == 0) {
        timed(1);
        return 0;
    }
    if (argc != 1) {
        fprintf(stderr,
                "usage: bench [--about | --list | --check | --tsv | --run INPUT PARSER N]\n");
        return 2;
    }
    timed(0);
    return 0;
}
