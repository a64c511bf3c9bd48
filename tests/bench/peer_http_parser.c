/* http-parser from Debian's libhttp-parser-dev, recording spans. */
#include "peers.h"
#include <http_parser.h>

static int on_url(http_parser *p, const char *at, size_t n)
{
    bench_head *h = (bench_head *)p->data;
    h->target.ptr = at;
    h->target.len = n;
    return 0;
}
static int on_field(http_parser *p, const char *at, size_t n)
{
    bench_head *h = (bench_head *)p->data;
    h->names[h->count].ptr = at;
    h->names[h->count].len = n;
    return 0;
}
static int on_value(http_parser *p, const char *at, size_t n)
{
    bench_head *h = (bench_head *)p->data;
    h->values[h->count].ptr = at;
    h->values[h->count].len = n;
    if (h->count < 127)
        h->count++;
    return 0;
}

size_t bench_http_parser_request(const char *buf, size_t len, bench_head *h)
{
    static http_parser_settings settings;
    static int ready;
    http_parser p;
    size_t n;
    if (!ready) {
        http_parser_settings_init(&settings);
        settings.on_url = on_url;
        settings.on_header_field = on_field;
        settings.on_header_value = on_value;
        ready = 1;
    }
    http_parser_init(&p, HTTP_REQUEST);
    p.data = h;
    h->count = 0;
    n = http_parser_execute(&p, &settings, buf, len);
    return p.http_errno == HPE_OK ? n : 0;
}
