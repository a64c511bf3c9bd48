/* fuzz_llhttp.c - differential fuzzing: httpcodec against llhttp.

   Both parsers read the same byte stream; what each one makes of it is
   recorded message by message and compared. Every disagreement must be
   explained by a named predicate below, each tied to one rule of RFC 9110,
   RFC 9112 or DESIGN.md on which httpcodec is right; anything else aborts.
   fuzz/llhttp.md lists the predicates and how to build this harness.

   INPUT LAYOUT
     byte 0   bit 0     0: requests (server role), 1: responses (client role)
              bit 1     server role: accept (1) or decline (0) a paused
                        Upgrade/CONNECT; the client role always accepts
              bits 2-7  feed the stream in pieces of this many bytes
                        (0: all at once), to both parsers alike
     byte 1   responses only: the methods of the first four requests
              answered, 2 bits each from the low bits up (0 GET, 1 HEAD,
              2 POST, 3 CONNECT); later responses answer GET
     rest     the byte stream

   llhttp is compiled from Debian's node-llhttp sources in its strict mode
   (LLHTTP_STRICT_MODE=1) with every lenient flag off, its default. */
#define FUZZ_NAME "fuzz_llhttp"
/* fuzz.h carries helpers for every harness; this one uses only some. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#include "fuzz.h"
#pragma GCC diagnostic pop

#include <llhttp.h>

/* llhttp.h defaults LLHTTP_STRICT_MODE to 0: insist on the strict build. */
#if !LLHTTP_STRICT_MODE
#error "build llhttp and this harness with -DLLHTTP_STRICT_MODE=1"
#endif

/* ------------------------------------------------------------ the setup */

enum { M_GET, M_HEAD, M_POST, M_CONNECT };

typedef struct setup {
    int client;           /* parse responses */
    int accept_upgrade;   /* server role: accept a paused switch */
    size_t piece;         /* feed size, 0: all at once */
    unsigned methods;     /* 2 bits per request answered */
    const uint8_t *s;     /* the stream */
    size_t len;
} setup;

static void read_setup(setup *su, const uint8_t *data, size_t len)
{
    fuzz_input in = {data, len, 0};
    unsigned b = fuzz_byte(&in);
    su->client = (int)(b & 1u);
    su->accept_upgrade = su->client || (b & 2u) != 0;
    su->piece = b >> 2;
    su->methods = su->client ? fuzz_byte(&in) : 0u;
    su->s = data + in.pos;
    su->len = len - in.pos;
}

/* The method of the request that response number k answers. */
static unsigned method_of(const setup *su, size_t k)
{
    return k < 4 ? (su->methods >> (2u * k)) & 3u : (unsigned)M_GET;
}

static hc_method hc_method_of(unsigned m)
{
    static const hc_method map[] = {HC_METHOD_GET, HC_METHOD_HEAD, HC_METHOD_POST,
                                    HC_METHOD_CONNECT};
    return map[m];
}

/* ------------------------------------------------- what a parser saw */

/* One message as a parser delivered it. Only what both parsers report the
   same way is kept: the reason phrase and chunk extensions are not. */
typedef struct msg {
    fuzz_log start;    /* request: method, target; response: status; version */
    fuzz_log fields;   /* header fields, name and value, in order */
    fuzz_log trailers; /* trailer fields */
    fuzz_log body;     /* decoded body bytes */
    size_t begin;      /* stream offset of the start line */
    int complete;
} msg;

typedef enum end_kind {
    END_EOF,      /* the input ended between messages */
    END_CLOSED,   /* a message closed the connection: the rest is not HTTP */
    END_SWITCHED, /* a switch (Upgrade, CONNECT) was accepted */
    END_ERROR
} end_kind;

typedef struct run {
    msg *msgs;
    size_t count, cap;
    size_t complete;    /* messages[0..complete) are complete */
    end_kind end;
    int code;           /* hc_error_code or llhttp_errno_t */
    const char *reason; /* llhttp's error reason */
    size_t at;          /* stream offset of the error, or where parsing stopped */
} run;

static msg *run_new_msg(run *r, size_t begin)
{
    msg *m;
    if (r->count == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 8;
        r->msgs = (msg *)realloc(r->msgs, r->cap * sizeof *r->msgs);
        if (!r->msgs)
            abort();
    }
    m = &r->msgs[r->count++];
    memset(m, 0, sizeof *m);
    m->begin = begin;
    return m;
}

static msg *run_last(run *r) { return r->count ? &r->msgs[r->count - 1] : NULL; }

static void run_free(run *r)
{
    size_t i;
    for (i = 0; i < r->count; i++) {
        fuzz_log_free(&r->msgs[i].start);
        fuzz_log_free(&r->msgs[i].fields);
        fuzz_log_free(&r->msgs[i].trailers);
        fuzz_log_free(&r->msgs[i].body);
    }
    free(r->msgs);
}

static void log_bytes(fuzz_log *l, const void *p, size_t n)
{
    fuzz_log_u64(l, n);
    fuzz_log_put(l, p, n);
}

static void log_field(fuzz_log *l, const void *name, size_t nlen, const void *value,
                      size_t vlen)
{
    log_bytes(l, name, nlen);
    log_bytes(l, value, vlen);
}

/* ------------------------------------------------------ httpcodec run */

static void hc_on_start(run *r, const setup *su, const hc_event *ev)
{
    msg *m;
    if (ev->type == HC_EV_REQUEST) {
        m = run_new_msg(r, (size_t)((const uint8_t *)ev->method_name.ptr - su->s));
        log_bytes(&m->start, ev->method_name.ptr, ev->method_name.len);
        log_bytes(&m->start, ev->target.ptr, ev->target.len);
    } else {
        /* Nothing may precede a status line: the reason starts at 13. */
        m = run_new_msg(r, (size_t)((const uint8_t *)ev->reason.ptr - su->s) - 13u);
        fuzz_log_u64(&m->start, ev->status);
    }
    fuzz_log_u64(&m->start, ev->version_major);
    fuzz_log_u64(&m->start, ev->version_minor);
}

static void run_httpcodec(const setup *su, run *r)
{
    const char *s = (const char *)su->s;
    size_t len = su->len, piece = su->piece ? su->piece : len;
    size_t off = 0, fed = piece < len ? piece : len, answered = 0;
    unsigned status = 0;
    int eof = 0;
    hc_parser p;
    hc_event ev;
    hc_parser_init(&p, su->client ? HC_ROLE_CLIENT : HC_ROLE_SERVER, NULL);
    if (su->client)
        hc_parser_expect_response(&p, hc_method_of(method_of(su, 0)));
    for (;;) {
        off += hc_parse(&p, s + off, fed - off, &ev);
        switch (ev.type) {
        case HC_EV_NEED_MORE:
            if (fed < len) {
                fed = len - fed > piece ? fed + piece : len;
            } else {
                FUZZ_CHECK(!eof, "httpcodec asked for more after EOF");
                hc_parser_eof(&p);
                eof = 1;
            }
            break;
        case HC_EV_REQUEST:
        case HC_EV_RESPONSE:
            hc_on_start(r, su, &ev);
            status = ev.status;
            break;
        case HC_EV_FIELD:
            log_field(&run_last(r)->fields, ev.name.ptr, ev.name.len, ev.value.ptr,
                      ev.value.len);
            break;
        case HC_EV_TRAILER:
            log_field(&run_last(r)->trailers, ev.name.ptr, ev.name.len, ev.value.ptr,
                      ev.value.len);
            break;
        case HC_EV_BODY:
            fuzz_log_put(&run_last(r)->body, ev.data.ptr, ev.data.len);
            break;
        case HC_EV_HEAD_DONE:
            break;
        case HC_EV_MESSAGE_DONE:
            run_last(r)->complete = 1;
            r->complete++;
            /* The next request is sent once this one has its final answer. */
            if (su->client && (status >= 200 || status == 101))
                hc_parser_expect_response(&p, hc_method_of(method_of(su, ++answered)));
            break;
        case HC_EV_PAUSED:
            if (su->accept_upgrade)
                hc_parser_accept_upgrade(&p);
            else
                hc_parser_decline_upgrade(&p);
            break;
        case HC_EV_SWITCHED:
        case HC_EV_CLOSED:
            r->end = ev.type == HC_EV_SWITCHED ? END_SWITCHED
                     : (eof && off == len)     ? END_EOF
                                               : END_CLOSED;
            r->at = off;
            return;
        case HC_EV_ERROR:
            r->end = END_ERROR;
            r->code = (int)ev.error.code;
            r->at = (size_t)ev.error.offset;
            return;
        }
    }
}

/* --------------------------------------------------------- llhttp run */

typedef struct ll_ctx {
    const setup *su;
    run *r;
    size_t answered;       /* final responses completed */
    int head_done;         /* fields from here on are trailers */
    fuzz_log method, url;  /* spans arrive in pieces */
    fuzz_log name, value;
} ll_ctx;

static ll_ctx *ctx_of(llhttp_t *p) { return (ll_ctx *)p->data; }

/* The first span of a message marks where its start line begins. */
static void ll_mark_begin(ll_ctx *c, const char *at)
{
    msg *m = run_last(c->r);
    if (m && m->begin == (size_t)-1)
        m->begin = (size_t)((const uint8_t *)at - c->su->s);
}

static int ll_on_message_begin(llhttp_t *p)
{
    ll_ctx *c = ctx_of(p);
    run_new_msg(c->r, (size_t)-1);
    c->head_done = 0;
    c->method.len = c->url.len = c->name.len = c->value.len = 0;
    return 0;
}

static int ll_on_method(llhttp_t *p, const char *at, size_t n)
{
    ll_mark_begin(ctx_of(p), at);
    fuzz_log_put(&ctx_of(p)->method, at, n);
    return 0;
}

static int ll_on_url(llhttp_t *p, const char *at, size_t n)
{
    fuzz_log_put(&ctx_of(p)->url, at, n);
    return 0;
}

static int ll_on_version(llhttp_t *p, const char *at, size_t n)
{
    (void)n;
    ll_mark_begin(ctx_of(p), at);
    return 0;
}

static int ll_on_header_field(llhttp_t *p, const char *at, size_t n)
{
    fuzz_log_put(&ctx_of(p)->name, at, n);
    return 0;
}

static int ll_on_header_value(llhttp_t *p, const char *at, size_t n)
{
    fuzz_log_put(&ctx_of(p)->value, at, n);
    return 0;
}

static int is_ows(uint8_t c) { return c == ' ' || c == '\t'; }

/* A field line is complete. llhttp hands over the value as it stands
   between the colon and the line end, minus the leading whitespace; the
   OWS on either side is not part of the field value (RFC 9110 section
   5.5), so only SP and HTAB are trimmed, at both ends, as httpcodec does. */
static int ll_on_header_value_complete(llhttp_t *p)
{
    ll_ctx *c = ctx_of(p);
    msg *m = run_last(c->r);
    const uint8_t *v = c->value.data;
    size_t b = 0, e = c->value.len;
    while (b < e && is_ows(v[b]))
        b++;
    while (e > b && is_ows(v[e - 1]))
        e--;
    log_field(c->head_done ? &m->trailers : &m->fields, c->name.data, c->name.len,
              v ? v + b : v, e - b);
    c->name.len = c->value.len = 0;
    return 0;
}

/* The application's part of framing a response, as llhttp's API defines
   it: an answer to HEAD has no body (return 1); a 2xx answer to CONNECT
   has none either and the connection becomes a tunnel (return 2). */
static int ll_on_headers_complete(llhttp_t *p)
{
    ll_ctx *c = ctx_of(p);
    msg *m = run_last(c->r);
    c->head_done = 1;
    if (p->type == HTTP_REQUEST) {
        log_bytes(&m->start, c->method.data, c->method.len);
        log_bytes(&m->start, c->url.data, c->url.len);
    } else {
        fuzz_log_u64(&m->start, p->status_code);
    }
    fuzz_log_u64(&m->start, p->http_major);
    fuzz_log_u64(&m->start, p->http_minor);
    if (p->type == HTTP_RESPONSE) {
        unsigned method = method_of(c->su, c->answered);
        if (method == M_HEAD)
            return 1;
        if (method == M_CONNECT && p->status_code >= 200 && p->status_code < 300)
            return 2;
    }
    return 0;
}

static int ll_on_body(llhttp_t *p, const char *at, size_t n)
{
    fuzz_log_put(&run_last(ctx_of(p)->r)->body, at, n);
    return 0;
}

static int ll_on_message_complete(llhttp_t *p)
{
    ll_ctx *c = ctx_of(p);
    run_last(c->r)->complete = 1;
    c->r->complete++;
    if (p->type == HTTP_RESPONSE && (p->status_code >= 200 || p->status_code == 101))
        c->answered++;
    return 0;
}

static void run_llhttp(const setup *su, run *r)
{
    llhttp_settings_t settings;
    llhttp_t p;
    ll_ctx c;
    const char *s = (const char *)su->s;
    size_t len = su->len, piece = su->piece ? su->piece : len, pos = 0;
    int resumed = 0;
    llhttp_errno_t err;
    memset(&c, 0, sizeof c);
    c.su = su;
    c.r = r;
    llhttp_settings_init(&settings);
    settings.on_message_begin = ll_on_message_begin;
    settings.on_method = ll_on_method;
    settings.on_url = ll_on_url;
    settings.on_version = ll_on_version;
    settings.on_header_field = ll_on_header_field;
    settings.on_header_value = ll_on_header_value;
    settings.on_header_value_complete = ll_on_header_value_complete;
    settings.on_headers_complete = ll_on_headers_complete;
    settings.on_body = ll_on_body;
    settings.on_message_complete = ll_on_message_complete;
    llhttp_init(&p, su->client ? HTTP_RESPONSE : HTTP_REQUEST, &settings);
    p.data = &c;
    FUZZ_CHECK(p.lenient_flags == 0, "llhttp starts lenient");
    r->end = END_EOF;
    while (pos < len || resumed) {
        size_t end = len - pos > piece ? pos + piece : len;
        resumed = 0;
        err = llhttp_execute(&p, s + pos, end - pos);
        if (err == HPE_OK) {
            pos = end;
            continue;
        }
        r->at = (size_t)(llhttp_get_error_pos(&p) - s);
        if (err == HPE_PAUSED_UPGRADE && su->accept_upgrade) {
            r->end = END_SWITCHED;
        } else if (err == HPE_PAUSED_UPGRADE) {
            /* Declined: HTTP goes on right after the message. llhttp
               finishes the message it paused in (its state for
               llhttp_finish) only when executed again, so it is, even
               with no bytes left. */
            llhttp_resume_after_upgrade(&p);
            pos = r->at;
            resumed = 1;
            continue;
        } else if (err == HPE_CLOSED_CONNECTION) {
            /* Strict mode refuses bytes after a message that closes the
               connection; httpcodec hands them back unparsed. The same
               outcome: no more HTTP on this connection. */
            r->end = END_CLOSED;
        } else {
            r->end = END_ERROR;
            r->code = (int)err;
            r->reason = llhttp_get_error_reason(&p);
        }
        goto done;
    }
    err = llhttp_finish(&p);
    if (err != HPE_OK) {
        r->end = END_ERROR;
        r->code = (int)err;
        r->reason = llhttp_get_error_reason(&p);
        r->at = len;
    } else {
        r->at = len;
    }
done:
    fuzz_log_free(&c.method);
    fuzz_log_free(&c.url);
    fuzz_log_free(&c.name);
    fuzz_log_free(&c.value);
}

/* --------------------------------------------------------- comparison */

/* Where the two runs part. */
typedef struct diff {
    const setup *su;
    const uint8_t *s; /* the stream */
    size_t len;
    const run *hc, *ll;
    size_t index;     /* the message on which they differ */
    int content;      /* 1: both completed it, differently; 0: the verdict */
} diff;

/* ============================================================ predicates

   Each one recognises one known disagreement, narrowly: by what the
   parsers reported and by the construct in the input that causes it. */

typedef int (*predicate)(const diff *d);

typedef struct known {
    const char *name;
    predicate fn;
} known;

#define KNOWN(fn) {#fn, fn}

static const known known_disagreements[] = {
    {NULL, NULL}
};

/* ---------------------------------------------------------- reporting */

static int verbose(void)
{
    static int v = -1;
    if (v < 0)
        v = getenv("FUZZ_LLHTTP_VERBOSE") != NULL;
    return v;
}

static const char *end_name(end_kind e)
{
    static const char *const names[] = {"eof", "closed", "switched", "error"};
    return names[e];
}

static void describe_run(const char *who, const run *r, int hc)
{
    fprintf(stderr, "  %s: %zu message(s), %zu complete, end %s", who, r->count,
            r->complete, end_name(r->end));
    if (r->end == END_ERROR)
        fprintf(stderr, " %s (%s) at %zu",
                hc ? hc_error_name((hc_error_code)r->code)
                   : llhttp_errno_name((llhttp_errno_t)r->code),
                hc ? "" : r->reason, r->at);
    else
        fprintf(stderr, " at %zu", r->at);
    fputc('\n', stderr);
}

static void describe(const diff *d)
{
    fprintf(stderr, "%s role, %s upgrades, pieces of %zu, methods 0x%02x\n",
            d->su->client ? "client" : "server",
            d->su->accept_upgrade ? "accepting" : "declining", d->su->piece,
            d->su->methods);
    describe_run("httpcodec", d->hc, 1);
    describe_run("llhttp   ", d->ll, 0);
}

/* A disagreement: masked by the first predicate that recognises it, else
   fatal. */
static int masked(const diff *d)
{
    size_t k;
    for (k = 0; known_disagreements[k].fn; k++) {
        if (known_disagreements[k].fn(d)) {
            if (verbose())
                fprintf(stderr, "fuzz_llhttp: masked by %s\n", known_disagreements[k].name);
            return 1;
        }
    }
    describe(d);
    return 0;
}

static int same_log(const fuzz_log *a, const fuzz_log *b)
{
    return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

/* Which part of message i differs, or NULL. */
static const char *message_difference(const run *a, const run *b, size_t i)
{
    const msg *x = &a->msgs[i], *y = &b->msgs[i];
    if (!same_log(&x->start, &y->start))
        return "start line (method, target, status or version)";
    if (!same_log(&x->fields, &y->fields))
        return "header fields";
    if (!same_log(&x->trailers, &y->trailers))
        return "trailer fields";
    if (!same_log(&x->body, &y->body))
        return "body";
    return NULL;
}

static void compare(const setup *su, const run *hc, const run *ll)
{
    diff d;
    size_t both = hc->complete < ll->complete ? hc->complete : ll->complete, i;
    d.su = su;
    d.s = su->s;
    d.len = su->len;
    d.hc = hc;
    d.ll = ll;
    for (i = 0; i < both; i++) {
        const char *what = message_difference(hc, ll, i);
        if (!what)
            continue;
        d.index = i;
        d.content = 1;
        FUZZ_CHECK(masked(&d), "message %zu: the %s differ", i, what);
        return;
    }
    if (hc->complete == ll->complete &&
        (hc->end == END_ERROR) == (ll->end == END_ERROR))
        return;
    d.index = both;
    d.content = 0;
    FUZZ_CHECK(masked(&d),
               "httpcodec %s with %zu complete message(s), llhttp %s with %zu",
               hc->end == END_ERROR ? "rejects" : "accepts", hc->complete,
               ll->end == END_ERROR ? "rejects" : "accepts", ll->complete);
}

static void fuzz_one(const uint8_t *data, size_t len)
{
    setup su;
    run hc, ll;
    read_setup(&su, data, len);
    memset(&hc, 0, sizeof hc);
    memset(&ll, 0, sizeof ll);
    run_httpcodec(&su, &hc);
    run_llhttp(&su, &ll);
    if (verbose()) {
        diff d;
        d.su = &su;
        d.hc = &hc;
        d.ll = &ll;
        describe(&d);
    }
    compare(&su, &hc, &ll);
    run_free(&hc);
    run_free(&ll);
}
