/* llhttp from Debian's node-llhttp sources: callbacks record the spans
   (a callback may come in pieces only across execute calls; the whole
   head is given at once here). */
#include "peers.h"
#include <llhttp.h>

static int on_url(llhttp_t *p, const char *at, size_t n)
{
    bench_head *h = (bench_head *)p->data;
    h->target.ptr = at;
    h->target.len = n;
    return 0;
}
static int on_field(llhttp_t *p, const char *at, size_t n)
{
    bench_head *h = (bench_head *)p->data;
    h->names[h->count].ptr = at;
    h->names[h->count].len = n;
    return 0;
}
static int on_value(llhttp_t *p, const char *at, size_t n)
{
    bench_head *h = (bench_head *)p->data;
    h->values[h->count].ptr = at;
    h->values[h->count].len = n;
    if (h->count < 127)
        h->count++;
    return 0;
}
static int on_headers_complete(llhttp_t *p)
{
    (void)p;
    return 0;
}

size_t bench_llhttp_request(const char *buf, size_t len, bench_head *h)
{
    static llhttp_settings_t settings;
    static int ready;
    llhttp_t p;
    if (!ready) {
        llhttp_settings_init(&settings);
        settings.on_url = on_url;
        settings.on_header_field = on_field;
        settings.on_header_value = on_value;
        settings.on_headers_complete = on_headers_complete;
        ready = 1;
    }
    llhttp_init(&p, HTTP_REQUEST, &settings);
    p.data = h;
    h->count = 0;
    if (llhttp_execute(&p, buf, len) != HPE_OK)
        return 0;
    return len;
}
