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

static int on_message_complete(http_parser *p)
{
    bench_head *h = (bench_head *)p->data;
    h->count = 0; /* the next message's fields start afresh */
    return 0;
}

static size_t run(enum http_parser_type type, int pipeline, const char *buf, size_t len,
                  bench_head *h)
{
    static http_parser_settings settings[2];
    static int ready;
    http_parser p;
    size_t n;
    if (!ready) {
        int k;
        for (k = 0; k < 2; k++) {
            http_parser_settings_init(&settings[k]);
            settings[k].on_url = on_url;
            settings[k].on_header_field = on_field;
            settings[k].on_header_value = on_value;
        }
        settings[1].on_message_complete = on_message_complete;
        ready = 1;
    }
    http_parser_init(&p, type);
    p.data = h;
    h->count = 0;
    n = http_parser_execute(&p, &settings[pipeline], buf, len);
    return HTTP_PARSER_ERRNO(&p) == HPE_OK ? n : 0;
}

size_t bench_http_parser_request(const char *buf, size_t len, bench_head *h)
{
    return run(HTTP_REQUEST, 0, buf, len, h);
}
size_t bench_http_parser_response(const char *buf, size_t len, bench_head *h)
{
    return run(HTTP_RESPONSE, 0, buf, len, h);
}
size_t bench_http_parser_pipeline(const char *buf, size_t len, bench_head *h)
{
    return run(HTTP_REQUEST, 1, buf, len, h);
}
