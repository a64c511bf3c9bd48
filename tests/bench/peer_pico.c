/* picohttpparser, as exported by Debian's libh2o-evloop0.13 (no header
   is shipped, so the prototype is declared here as h2o declares it). */
#include "peers.h"

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
