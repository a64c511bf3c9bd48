/* fuzz_chunked: chunked body decoding on its own.

   Input: 3 bytes of setup (parse_setup_read), a role byte (bit 0: a
   request, else a response to GET), then the body bytes, which follow a
   fixed head that says Transfer-Encoding: chunked. Checked:
     - every invariant of parse_check.h on head + body;
     - when the message completes, the decoded body and the trailers equal
       what a naive scan of the same bytes finds. The scan trusts the
       grammar (the parser accepted it) and only locates: hex size, the
       line's CRLF (chunk extensions hold no CR or LF), the data, its CRLF,
       then trailer lines up to the empty one (RFC 9112 section 7.1). */
#define FUZZ_NAME "fuzz_chunked"
#include "parse_check.h"

static const char request_head[] =
    "POST /upload HTTP/1.1\r\nHost: example.com\r\nTransfer-Encoding: chunked\r\n\r\n";
static const char response_head[] = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";

static int hex_value(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Offset of the first CRLF at or after pos, or len. */
static size_t find_crlf(const uint8_t *b, size_t len, size_t pos)
{
    while (pos + 1 < len && !(b[pos] == '\r' && b[pos + 1] == '\n'))
        pos++;
    return pos + 1 < len ? pos : len;
}

/* The naive decode of an accepted chunked body: its data and its trailer
   line count. Returns 0 if the bytes do not even have the shape. */
static int naive_decode(const uint8_t *b, size_t len, fuzz_log *data, size_t *trailers)
{
    size_t pos = 0;
    for (;;) {
        uint64_t size = 0;
        size_t eol;
        int digits = 0;
        while (pos < len && hex_value(b[pos]) >= 0) {
            size = size * 16u + (uint64_t)hex_value(b[pos++]);
            digits++;
        }
        eol = find_crlf(b, len, pos);
        if (digits == 0 || eol >= len)
            return 0;
        pos = eol + 2;
        if (size == 0)
            break;
        if (size > len - pos || len - pos - size < 2 || b[pos + size] != '\r' ||
            b[pos + size + 1] != '\n')
            return 0;
        fuzz_log_put(data, b + pos, (size_t)size);
        pos += (size_t)size + 2;
    }
    *trailers = 0;
    for (;;) {
        size_t eol = find_crlf(b, len, pos);
        if (eol >= len)
            return 0;
        if (eol == pos)
            return 1;
        ++*trailers;
        pos = eol + 2;
    }
}

/* Parses head + body whole and, if the first message completes, compares
   its body and trailer count with the naive decode. */
static void check_decoded(const parse_setup *s, const char *stream, size_t len,
                          size_t head_len)
{
    hc_parser p;
    hc_event ev;
    fuzz_log body = {NULL, 0, 0}, naive = {NULL, 0, 0};
    size_t off = 0, trailers = 0, naive_trailers = 0, calls = 0;
    int eof_told = 0;
    hc_parser_init(&p, s->role, &s->limits);
    if (s->role == HC_ROLE_CLIENT)
        hc_parser_expect_response(&p, HC_METHOD_GET);
    for (;;) {
        FUZZ_CHECK(++calls <= 4 * len + 64, "no end");
        off += hc_parse(&p, stream + off, len - off, &ev);
        if (ev.type == HC_EV_NEED_MORE && !eof_told) {
            hc_parser_eof(&p);
            eof_told = 1;
            continue;
        }
        if (ev.type == HC_EV_BODY)
            fuzz_log_put(&body, ev.data.ptr, ev.data.len);
        else if (ev.type == HC_EV_TRAILER)
            trailers++;
        else if (ev.type == HC_EV_HEAD_DONE)
            FUZZ_CHECK(ev.body == HC_BODY_CHUNKED, "head not chunked");
        else if (ev.type == HC_EV_MESSAGE_DONE || ev.type == HC_EV_ERROR ||
                 ev.type == HC_EV_NEED_MORE)
            break;
    }
    if (ev.type == HC_EV_MESSAGE_DONE) {
        const uint8_t *b = (const uint8_t *)stream + head_len;
        FUZZ_CHECK(naive_decode(b, off - head_len, &naive, &naive_trailers),
                   "accepted a body the naive scan cannot follow");
        FUZZ_CHECK(naive.len == body.len &&
                       (body.len == 0 || memcmp(naive.data, body.data, body.len) == 0),
                   "decoded %zu bytes, the naive scan %zu", body.len, naive.len);
        FUZZ_CHECK(trailers == naive_trailers, "%zu trailers, naive %zu", trailers,
                   naive_trailers);
    }
    fuzz_log_free(&body);
    fuzz_log_free(&naive);
}

static void fuzz_one(const uint8_t *data, size_t len)
{
    fuzz_input in = {data, len, 0};
    parse_setup s;
    const char *head;
    size_t head_len, body_len;
    char *stream;
    int request;
    parse_setup_read(&s, HC_ROLE_SERVER, &in);
    request = (int)(fuzz_byte(&in) & 1u);
    if (!request) {
        s.role = HC_ROLE_CLIENT;
        s.methods[0] = HC_METHOD_GET;
        s.method_count = 1;
    }
    head = request ? request_head : response_head;
    head_len = request ? sizeof request_head - 1 : sizeof response_head - 1;
    /* The small limits would refuse the fixed head itself. */
    if (s.limits.max_header_count < 4)
        s.limits.max_header_count = 4;
    if (s.limits.max_start_line < 48)
        s.limits.max_start_line = 48;
    body_len = len - in.pos;
    stream = (char *)malloc(head_len + body_len);
    if (!stream)
        abort();
    memcpy(stream, head, head_len);
    if (body_len)
        memcpy(stream + head_len, data + in.pos, body_len);
    parse_check(&s, (const uint8_t *)stream, head_len + body_len);
    check_decoded(&s, stream, head_len + body_len, head_len);
    free(stream);
}
