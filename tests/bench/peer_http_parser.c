/* http-parser from Debian's libhttp-parser-dev, recording spans. */
#include "peers.h"
#include <http_parser.h>
#include <string.h>

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

static int on_message_begin(http_parser *p)
{
    bench_head *h = (bench_head *)p->data;
    h->count = 0; /* each message's fields start afresh; the last stay */
    return 0;
}

/* A request with a body: the head's spans as above, then the body. */
typedef struct body_run {
    bench_head h; /* first: the head callbacks see a bench_head */
    bench_body *b;
} body_run;

static int on_body(http_parser *p, const char *at, size_t n)
{
    bench_body *b = ((body_run *)p->data)->b;
    if (n > b->cap - b->len)
        return -1;
    memcpy(b->dest + b->len, at, n);
    b->len += n;
    return 0;
}
static int on_body_complete(http_parser *p)
{
    ((body_run *)p->data)->b->complete = 1;
    return 0;
}

static void settings_init(http_parser_settings *s)
{
    http_parser_settings_init(s);
    s->on_url = on_url;
    s->on_header_field = on_field;
    s->on_header_value = on_value;
}

static size_t run(enum http_parser_type type, int pipeline, const char *buf, size_t len,
                  bench_head *h)
{
    static http_parser_settings settings[2];
    static int ready;
    http_parser p;
    size_t n;
    if (!ready) {
        settings_init(&settings[0]);
        settings_init(&settings[1]);
        settings[1].on_message_begin = on_message_begin;
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

size_t bench_http_parser_body(char *buf, size_t len, bench_body *b)
{
    static http_parser_settings settings;
    static int ready;
    http_parser p;
    body_run r;
    size_t n;
    if (!ready) {
        settings_init(&settings);
        settings.on_body = on_body;
        settings.on_message_complete = on_body_complete;
        ready = 1;
    }
    http_parser_init(&p, HTTP_REQUEST);
    r.h.count = 0;
    r.b = b;
    b->len = 0;
    b->complete = 0;
    p.data = &r;
    n = http_parser_execute(&p, &settings, buf, len);
    if (HTTP_PARSER_ERRNO(&p) != HPE_OK)
        return 0;
    b->out = b->dest;
    return n;
}
