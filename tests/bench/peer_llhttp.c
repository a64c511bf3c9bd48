/* llhttp from Debian's node-llhttp sources: callbacks record the spans
   (a callback may come in pieces only across execute calls; the whole
   head is given at once here). */
#include "peers.h"
#include <llhttp.h>
#include <string.h>

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

static int on_message_begin(llhttp_t *p)
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

static int on_body(llhttp_t *p, const char *at, size_t n)
{
    bench_body *b = ((body_run *)p->data)->b;
    if (n > b->cap - b->len)
        return -1;
    memcpy(b->dest + b->len, at, n);
    b->len += n;
    return 0;
}
static int on_body_complete(llhttp_t *p)
{
    ((body_run *)p->data)->b->complete = 1;
    return 0;
}

static void settings_init(llhttp_settings_t *s)
{
    llhttp_settings_init(s);
    s->on_url = on_url;
    s->on_header_field = on_field;
    s->on_header_value = on_value;
}

static size_t run(llhttp_type_t type, int pipeline, const char *buf, size_t len, bench_head *h)
{
    static llhttp_settings_t settings[2];
    static int ready;
    llhttp_t p;
    if (!ready) {
        settings_init(&settings[1]);
        settings[1].on_message_begin = on_message_begin;
        settings_init(&settings[0]);
        settings[0].on_headers_complete = on_headers_complete;
        ready = 1;
    }
    llhttp_init(&p, type, &settings[pipeline]);
    p.data = h;
    h->count = 0;
    if (llhttp_execute(&p, buf, len) != HPE_OK)
        return 0;
    return len;
}

size_t bench_llhttp_request(const char *buf, size_t len, bench_head *h)
{
    return run(HTTP_REQUEST, 0, buf, len, h);
}
size_t bench_llhttp_response(const char *buf, size_t len, bench_head *h)
{
    return run(HTTP_RESPONSE, 0, buf, len, h);
}
size_t bench_llhttp_pipeline(const char *buf, size_t len, bench_head *h)
{
    return run(HTTP_REQUEST, 1, buf, len, h);
}

size_t bench_llhttp_body(char *buf, size_t len, bench_body *b)
{
    static llhttp_settings_t settings;
    static int ready;
    llhttp_t p;
    body_run r;
    if (!ready) {
        settings_init(&settings);
        settings.on_body = on_body;
        settings.on_message_complete = on_body_complete;
        ready = 1;
    }
    llhttp_init(&p, HTTP_REQUEST, &settings);
    r.h.count = 0;
    r.b = b;
    b->len = 0;
    b->complete = 0;
    p.data = &r;
    if (llhttp_execute(&p, buf, len) != HPE_OK)
        return 0;
    b->out = b->dest;
    return len;
}
