/* picohttpparser, as exported by Debian's libh2o-evloop0.13 (no header
   is shipped, so the prototypes are declared here as h2o declares them). */
#define _POSIX_C_SOURCE 200809L /* ssize_t */
#include "peers.h"
#include <string.h>
#include <sys/types.h>

struct phr_header {
    const char *name;
    size_t name_len;
    const char *value;
    size_t value_len;
};
int phr_parse_request(const char *buf, size_t len, const char **method, size_t *method_len,
                      const char **path, size_t *path_len, int *minor_version,
                      struct phr_header *headers, size_t *num_headers, size_t last_len);
int phr_parse_response(const char *buf, size_t len, int *minor_version, int *status,
                       const char **msg, size_t *msg_len, struct phr_header *headers,
                       size_t *num_headers, size_t last_len);

/* As in h2o 2.2's deps/picohttpparser/picohttpparser.h (libh2o-evloop0.13
   is h2o 2.2.5): the size_t at offset 0, then consume_trailer, _hex_count
   and _state at offsets 8, 9 and 10, which is what the library's
   phr_decode_chunked reads and writes (checked in its x86-64 code).
   Later picohttpparser releases append _total_read and _total_overhead;
   this library predates them. Must be zeroed before the first call. */
struct phr_chunked_decoder {
    size_t bytes_left_in_chunk;
    char consume_trailer;
    char _hex_count;
    char _state;
};
/* Decodes buf[0..*bufsz) in place: the data moves to the front and *bufsz
   becomes its length. Returns -2 for more input, -1 on error, else the
   bytes left after the chunked body (its trailers too when
   consume_trailer is set). */
ssize_t phr_decode_chunked(struct phr_chunked_decoder *decoder, char *buf, size_t *bufsz);

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
    memset(&decoder, 0, sizeof decoder);
    decoder.consume_trailer = 1; /* the empty trailer section too: 0 left */
    size = len - head;
    if (phr_decode_chunked(&decoder, buf + head, &size) != 0)
        return 0;
    b->out = buf + head;
    b->len = size;
    b->complete = 1;
    return len;
}
