/* fuzz_llhttp.c - differential fuzzing: httpcodec against llhttp.

   Both parsers read the same byte stream; what each one makes of it is
   recorded message by message and compared. Every disagreement must be
   explained by a named predicate below, each tied to one rule of RFC 9110,
   RFC 9112 or the header's STRICTNESS section on which httpcodec is right; anything else aborts.
   fuzz/README.md lists the predicates and how to build this harness.

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
#include "fuzz.h"

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
    size_t begin;      /* httpcodec: stream offset of its start line */
    size_t head_end;   /* httpcodec: just past its head, 0 before */
    size_t end;        /* httpcodec: stream offset just past it */
    unsigned status;   /* responses */
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
        m->status = ev->status;
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
            run_last(r)->head_end = off;
            break;
        case HC_EV_MESSAGE_DONE:
            run_last(r)->complete = 1;
            run_last(r)->end = off;
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
    fuzz_log_put(&ctx_of(p)->method, at, n);
    return 0;
}

static int ll_on_url(llhttp_t *p, const char *at, size_t n)
{
    fuzz_log_put(&ctx_of(p)->url, at, n);
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
        m->status = p->status_code;
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

static int same_log(const fuzz_log *a, const fuzz_log *b)
{
    return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

/* ====================================================== reading the input

   The predicates look at the bytes themselves, independently of either
   parser, to confirm that the construct they name is really there. Lines
   are cut at LF; a CR before it is not part of the line's content. */

static int at_byte(const diff *d, size_t i) { return i < d->len ? d->s[i] : -1; }

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_hex(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Is c one of the bytes of set? (strchr would also find the NUL.) */
static int in_set(int c, const char *set) { return c > 0 && strchr(set, c) != NULL; }

/* tchar (RFC 9110 section 5.6.2). */
static int is_tchar(int c)
{
    return is_alpha(c) || is_digit(c) || in_set(c, "!#$%&'*+-.^_`|~");
}

/* Where the line holding byte i starts, and the LF (or end) ending it. */
static size_t line_start(const diff *d, size_t i)
{
    while (i > 0 && d->s[i - 1] != '\n')
        i--;
    return i;
}

static size_t line_lf(const diff *d, size_t i)
{
    while (i < d->len && d->s[i] != '\n')
        i++;
    return i;
}

/* The end of a line's content: its LF, less a CR right before it. */
static size_t line_content_end(const diff *d, size_t i)
{
    size_t e = line_lf(d, i);
    return e > i && d->s[e - 1] == '\r' ? e - 1 : e;
}

static size_t next_line(const diff *d, size_t i)
{
    size_t e = line_lf(d, i);
    return e < d->len ? e + 1 : d->len;
}

/* Does s[i..n) equal the lowercase text, ignoring case? */
static int iequal(const uint8_t *s, size_t n, const char *text)
{
    size_t i;
    if (strlen(text) != n)
        return 0;
    for (i = 0; i < n; i++)
        if (lower(s[i]) != text[i])
            return 0;
    return 1;
}

/* Where message i starts, as httpcodec reads the stream: where it saw
   the start line, else right after the message before it (past empty
   lines for requests). llhttp's spans do not say: its first span of a
   response is the version after "HTTP/". */
static size_t message_begin(const diff *d, size_t i)
{
    size_t b = 0;
    if (i < d->hc->count)
        return d->hc->msgs[i].begin;
    if (i > 0 && i - 1 < d->hc->count && d->hc->msgs[i - 1].complete)
        b = d->hc->msgs[i - 1].end;
    while (!d->su->client && at_byte(d, b) == '\r' && at_byte(d, b + 1) == '\n')
        b += 2;
    return b;
}

/* The parts of a start line, found by its SP separators. */
typedef struct sline {
    size_t begin, end;          /* the line's content */
    size_t method, method_len;  /* request */
    size_t target, target_len;  /* request */
    int major, minor;           /* -1 when not DIGIT.DIGIT */
    unsigned status;            /* response */
} sline;

static void read_version(const diff *d, size_t v, sline *l)
{
    l->major = l->minor = -1;
    if (v + 8 <= l->end && memcmp(d->s + v, "HTTP/", 5) == 0 && is_digit(d->s[v + 5]) &&
        d->s[v + 6] == '.' && is_digit(d->s[v + 7])) {
        l->major = d->s[v + 5] - '0';
        l->minor = d->s[v + 7] - '0';
    }
}

static void start_line(const diff *d, size_t i, sline *l)
{
    size_t sp1, sp2;
    memset(l, 0, sizeof *l);
    l->begin = message_begin(d, i);
    l->end = line_content_end(d, l->begin);
    if (d->su->client) {
        read_version(d, l->begin, l);
        if (l->begin + 12 <= l->end && is_digit(d->s[l->begin + 9]) &&
            is_digit(d->s[l->begin + 10]) && is_digit(d->s[l->begin + 11]))
            l->status = (unsigned)((d->s[l->begin + 9] - '0') * 100 +
                                   (d->s[l->begin + 10] - '0') * 10 +
                                   (d->s[l->begin + 11] - '0'));
        return;
    }
    for (sp1 = l->begin; sp1 < l->end && d->s[sp1] != ' '; sp1++)
        ;
    for (sp2 = sp1 + 1; sp2 < l->end && d->s[sp2] != ' '; sp2++)
        ;
    l->method = l->begin;
    l->method_len = sp1 - l->begin;
    l->target = sp1 < l->end ? sp1 + 1 : l->end;
    l->target_len = sp2 < l->end ? sp2 - l->target : 0;
    read_version(d, sp2 < l->end ? sp2 + 1 : l->end, l);
}

static int method_is(const diff *d, const sline *l, const char *name)
{
    return l->method_len == strlen(name) && memcmp(d->s + l->method, name, l->method_len) == 0;
}

/* The field lines of message i's head: first_field() and next_line() walk
   them, up to the empty line (or the end of the input). */
static size_t first_field(const diff *d, size_t i)
{
    return next_line(d, message_begin(d, i));
}

static int is_empty_line(const diff *d, size_t at)
{
    return at >= d->len || d->s[at] == '\n' || (d->s[at] == '\r' && at_byte(d, at + 1) == '\n');
}

/* The field at line `at`, if its name is `name` (lowercase): its value,
   OWS trimmed, in [*vb, *ve). */
static int field_named(const diff *d, size_t at, const char *name, size_t *vb, size_t *ve)
{
    size_t n = strlen(name), e = line_content_end(d, at), b;
    if (at + n >= e || d->s[at + n] != ':' || !iequal(d->s + at, n, name))
        return 0;
    b = at + n + 1;
    while (b < e && is_ows(d->s[b]))
        b++;
    while (e > b && is_ows(d->s[e - 1]))
        e--;
    *vb = b;
    *ve = e;
    return 1;
}

/* How many `name` fields the head of message i holds. */
static size_t count_fields(const diff *d, size_t i, const char *name)
{
    size_t at, vb, ve, n = 0;
    for (at = first_field(d, i); !is_empty_line(d, at); at = next_line(d, at))
        n += (size_t)field_named(d, at, name, &vb, &ve);
    return n;
}

/* A walk over the elements of a comma-separated list (RFC 9110 section
   5.6.1), OWS trimmed, over every `name` field of message i's head; empty
   elements count too. No quoted strings: the lists read with it
   (Connection, Upgrade, Transfer-Encoding without parameters) are tokens.
   Each element is found from where the last one ended, so a walk is
   linear in the head (a head of 16 KB of commas once took the harness a
   second per split under ASan, which AFL++ reported as a hang). */
typedef struct list_walk {
    const diff *d;
    const char *name;
    size_t at;     /* the next field line to look at */
    size_t b, ve;  /* inside a field: the next element begins at b, the value ends at ve */
    int in_field;
} list_walk;

static void list_start(list_walk *w, const diff *d, size_t i, const char *name)
{
    w->d = d;
    w->name = name;
    w->at = first_field(d, i);
    w->b = w->ve = 0;
    w->in_field = 0;
}

/* The next element in [*eb, *ee); 0 past the last one. */
static int list_next(list_walk *w, size_t *eb, size_t *ee)
{
    const diff *d = w->d;
    size_t e;
    while (!w->in_field) {
        if (is_empty_line(d, w->at))
            return 0;
        w->in_field = field_named(d, w->at, w->name, &w->b, &w->ve);
        w->at = next_line(d, w->at);
    }
    for (e = w->b; e < w->ve && d->s[e] != ','; e++)
        ;
    *eb = w->b;
    *ee = e;
    while (*eb < *ee && is_ows(d->s[*eb]))
        (*eb)++;
    while (*ee > *eb && is_ows(d->s[*ee - 1]))
        (*ee)--;
    if (e >= w->ve)
        w->in_field = 0;
    else
        w->b = e + 1;
    return 1;
}

/* Does a `name` list of message i hold the token `value`? */
static int list_has(const diff *d, size_t i, const char *name, const char *value)
{
    list_walk w;
    size_t eb, ee;
    for (list_start(&w, d, i, name); list_next(&w, &eb, &ee);)
        if (iequal(d->s + eb, ee - eb, value))
            return 1;
    return 0;
}

/* quoted-string at s[*i] == '"' (RFC 9110 section 5.6.4): qdtext and
   quoted-pair up to the closing quote; *i moves past it. */
static int skip_quoted(const uint8_t *s, size_t n, size_t *i)
{
    size_t k = *i + 1;
    while (k < n) {
        uint8_t c = s[k];
        if (c == '"') {
            *i = k + 1;
            return 1;
        }
        if (c == '\\' && k + 1 < n && (s[k + 1] == '\t' || s[k + 1] >= 0x20) && s[k + 1] != 0x7F)
            k += 2;
        else if (c == '\t' || (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F))
            k++;
        else
            return 0;
    }
    return 0;
}

/* *( BWS ";" BWS token [ BWS "=" BWS ( token / quoted-string ) ] ) over
   s[i..n): chunk extensions (RFC 9112 section 7.1.1) when the value is
   optional, transfer-coding parameters (RFC 9110 section 5.6.6, RFC 9112
   section 7) when it is required. */
static int params_valid(const uint8_t *s, size_t i, size_t n, int value_required)
{
    while (i < n) {
        size_t t;
        while (i < n && is_ows(s[i]))
            i++;
        if (i >= n || s[i++] != ';')
            return 0;
        while (i < n && is_ows(s[i]))
            i++;
        for (t = i; i < n && is_tchar(s[i]); i++)
            ;
        if (i == t)
            return 0;
        t = i;
        while (t < n && is_ows(s[t]))
            t++;
        if (t >= n || s[t] != '=') {
            if (value_required)
                return 0;
            continue;
        }
        for (i = t + 1; i < n && is_ows(s[i]); i++)
            ;
        if (i < n && s[i] == '"') {
            if (!skip_quoted(s, n, &i))
                return 0;
        } else {
            for (t = i; i < n && is_tchar(s[i]); i++)
                ;
            if (i == t)
                return 0;
        }
    }
    return 1;
}

/* A Transfer-Encoding value by RFC 9112 sections 6.1 and 7 with
   the header's strict choices: a list of transfer-codings, empty elements
   ignored, "chunked" at most once (*chunked_seen carries it from line to
   line) and without parameters. A list with no coding is not invalid
   here: see httpcodec_rejects_te_line_without_coding. */
static int te_value_valid(const uint8_t *s, size_t n, int *chunked_seen)
{
    size_t i = 0;
    while (i <= n) {
        size_t b = i, e, t;
        while (i < n && s[i] != ',') {
            if (s[i] == '"' && !skip_quoted(s, n, &i))
                return 0;
            if (i < n && s[i] != ',' && s[i] != '"')
                i++;
        }
        e = i;
        while (b < e && is_ows(s[b]))
            b++;
        while (e > b && is_ows(s[e - 1]))
            e--;
        if (b < e) {
            for (t = b; t < e && is_tchar(s[t]); t++)
                ;
            if (t == b || !params_valid(s, t, e, 1))
                return 0;
            if (iequal(s + b, t - b, "chunked")) {
                if (*chunked_seen || t != e)
                    return 0;
                *chunked_seen = 1;
            }
        }
        i++;
    }
    return 1;
}

/* ------------------------------------------- who stopped, and on what */

/* httpcodec failed with `code` on the message where the runs part, and
   llhttp read past it: it completed that message, or took the rest of
   the input as nothing (CR and LF between messages). */
static int hc_failed(const diff *d, hc_error_code code)
{
    return !d->content && d->hc->end == END_ERROR && d->hc->code == (int)code &&
           d->hc->complete == d->index &&
           (d->ll->complete > d->index || d->ll->end == END_EOF);
}

/* llhttp failed with `code` on the message where the runs part, and
   httpcodec read past it. */
static int ll_failed(const diff *d, llhttp_errno_t code)
{
    return !d->content && d->ll->end == END_ERROR && d->ll->code == (int)code &&
           d->ll->complete == d->index &&
           (d->hc->complete > d->index || d->hc->end == END_EOF);
}

/* The byte llhttp failed on satisfies `is`. llhttp's error position is
   that byte, or the one after it where it consumed the byte first. */
static int ll_failed_on(const diff *d, int (*is)(int c))
{
    size_t at = d->ll->at;
    return (at < d->len && is(d->s[at])) || (at > 0 && at - 1 < d->len && is(d->s[at - 1]));
}

static int is_ows_byte(int c) { return c == ' ' || c == '\t'; }
static int is_backslash(int c) { return c == '\\'; }

/* Both parsers read the whole head of the message where they part, and
   agree on it: the disagreement is about its body or what follows. */
static int both_heads_done(const diff *d)
{
    const msg *h, *l;
    if (d->index >= d->hc->count || d->index >= d->ll->count)
        return 0;
    h = &d->hc->msgs[d->index];
    l = &d->ll->msgs[d->index];
    return h->head_end != 0 && l->start.len != 0 &&
           (!d->content || (same_log(&h->start, &l->start) && same_log(&h->fields, &l->fields)));
}

static int ll_reason_is(const diff *d, const char *reason)
{
    return d->ll->reason && strcmp(d->ll->reason, reason) == 0;
}

/* ======================================= predicates: httpcodec is stricter */

/* RFC 9112 section 2.2: a recipient MAY accept a bare LF as a line
   terminator; httpcodec chooses not to, everywhere. */
static int httpcodec_rejects_bare_lf(const diff *d)
{
    size_t at = d->hc->at;
    /* A CR just before belongs to another line when it ended the previous
       message's body. */
    return hc_failed(d, HC_ERR_BARE_LF) && at_byte(d, at) == '\n' &&
           (at == 0 || d->s[at - 1] != '\r' || at == message_begin(d, d->index));
}

/* RFC 9112 section 2.2: a bare CR MUST be treated as invalid (or replaced
   by SP); llhttp skips one before a request line. */
static int httpcodec_rejects_bare_cr(const diff *d)
{
    size_t at = d->hc->at;
    return hc_failed(d, HC_ERR_BARE_CR) && at_byte(d, at) == '\r' &&
           at_byte(d, at + 1) != '\n';
}

/* A lone CR at the very end of the input, where a message could begin:
   not a line (RFC 9112 section 2.2), so the input ends inside one.
   llhttp skips it. Nothing but CR and LF may follow the last message. */
static int httpcodec_rejects_cr_at_eof(const diff *d)
{
    size_t b = d->index > 0 ? d->hc->msgs[d->index - 1].end : 0, i;
    if (!hc_failed(d, HC_ERR_UNEXPECTED_EOF) || d->hc->count != d->index ||
        d->hc->at != d->len || d->len == 0 || d->s[d->len - 1] != '\r')
        return 0;
    for (i = b; i < d->len; i++)
        if (d->s[i] != '\r' && d->s[i] != '\n')
            return 0;
    return 1;
}

/* RFC 9112 section 5.2: obs-fold is deprecated; a recipient MAY reject it
   (STRICTNESS: error in both roles). llhttp unfolds it. */
static int httpcodec_rejects_obs_fold(const diff *d)
{
    size_t at = d->hc->at;
    return hc_failed(d, HC_ERR_OBS_FOLD) && at >= 2 && is_ows(d->s[at]) &&
           d->s[at - 1] == '\n' && d->s[at - 2] == '\r';
}

/* The same, seen one line earlier: httpcodec judges a field line when it
   is complete, so a value that is only valid once folded with the next
   line (empty "Content-Length:" then " 1") fails before the fold is
   reached. The fold would be refused anyway. */
static int httpcodec_judges_field_before_obs_fold(const diff *d)
{
    size_t b = line_start(d, d->hc->at), next = next_line(d, b);
    return d->hc->end == END_ERROR && d->hc->complete == d->index && !d->content &&
           d->hc->count > d->index && d->hc->msgs[d->index].head_end == 0 &&
           b > message_begin(d, d->index) && next < d->len && is_ows(d->s[next]) &&
           d->s[next - 1] == '\n' && next >= 2 && d->s[next - 2] == '\r' &&
           (d->ll->complete > d->index || d->ll->end == END_EOF || d->ll->at > next);
}

/* RFC 9112 section 2.2 lets a server skip empty lines before a request
   line; nothing allows them before a status line (STRICTNESS: nothing may
   precede one). llhttp skips them in responses too. */
static int httpcodec_rejects_empty_line_before_status_line(const diff *d)
{
    size_t at = d->hc->at;
    return d->su->client && hc_failed(d, HC_ERR_BAD_STATUS_LINE) &&
           at == message_begin(d, d->index) && at_byte(d, at) == '\r' &&
           at_byte(d, at + 1) == '\n';
}

/* RFC 9112 section 3: request-line = method SP request-target SP
   HTTP-version; STRICTNESS: no HTTP/0.9, whose request line has no
   version. llhttp reads "GET /" and even "CONNECT " as HTTP/0.9. */
static int httpcodec_rejects_request_line_without_version(const diff *d)
{
    sline l;
    if (d->su->client || !hc_failed(d, HC_ERR_BAD_REQUEST_LINE))
        return 0;
    start_line(d, d->index, &l);
    return l.method_len > 0 && l.target_len == 0 && d->hc->at == l.end &&
           memchr(d->s + l.target, ' ', l.end - l.target) == NULL;
}

/* RFC 9112 section 2.3: HTTP-version = HTTP-name "/" DIGIT "." DIGIT and
   HTTP-name is "HTTP", case-sensitive. llhttp also takes "RTSP/1.x" and,
   with SOURCE, "ICE/1.x". */
static int httpcodec_rejects_protocol_other_than_http(const diff *d)
{
    sline l;
    size_t v;
    if (d->su->client || !hc_failed(d, HC_ERR_BAD_VERSION))
        return 0;
    start_line(d, d->index, &l);
    v = l.target + l.target_len + 1; /* after the second SP */
    return l.target_len > 0 && d->hc->at >= v && d->hc->at < v + 5 && v + 5 <= l.end &&
           memcmp(d->s + v, "HTTP/", 5) != 0;
}

/* RFC 9112 sections 3 and 4: the start line's parts are separated by a
   single SP (a recipient MAY split on other whitespace; httpcodec does
   not). llhttp takes a run of spaces. */
static int httpcodec_requires_single_sp_in_start_line(const diff *d)
{
    size_t at = d->hc->at;
    if (!hc_failed(d, HC_ERR_BAD_REQUEST_LINE) && !hc_failed(d, HC_ERR_BAD_STATUS_LINE))
        return 0;
    return at > 0 && is_ows((uint8_t)at_byte(d, at)) &&
           (is_ows(d->s[at - 1]) || d->s[at] == '\t');
}

/* RFC 9112 section 4: status-line = HTTP-version SP status-code SP
   [ reason-phrase ]; the second SP is required even with no reason.
   llhttp takes "HTTP/1.1 200" CRLF. */
static int httpcodec_requires_sp_after_status_code(const diff *d)
{
    size_t at = d->hc->at;
    return d->su->client && hc_failed(d, HC_ERR_BAD_STATUS_LINE) &&
           at == message_begin(d, d->index) + 12 && at_byte(d, at) == '\r';
}

/* RFC 9110 section 15: status-code = 3DIGIT, 100 to 599. llhttp takes
   other digit counts and values, even none at all. */
static int httpcodec_rejects_status_outside_100_599(const diff *d)
{
    size_t b = message_begin(d, d->index) + 9, i = b;
    unsigned v = 0;
    if (!d->su->client || !(hc_failed(d, HC_ERR_BAD_STATUS) ||
                            (hc_failed(d, HC_ERR_BAD_STATUS_LINE) && d->hc->at == b)))
        return 0;
    while (i < d->len && is_digit(d->s[i]) && i - b < 6)
        v = v * 10u + (unsigned)(d->s[i++] - '0');
    return i - b != 3 || v < 100 || v > 599;
}

/* RFC 9112 section 4: reason-phrase = 1*( HTAB / SP / VCHAR / obs-text ):
   no other CTL, no DEL. llhttp takes them. */
static int httpcodec_rejects_ctl_in_reason(const diff *d)
{
    int c = at_byte(d, d->hc->at);
    return d->su->client && hc_failed(d, HC_ERR_BAD_REASON) &&
           ((c >= 0 && c < 0x20 && c != '\t') || c == 0x7F);
}

/* RFC 9112 section 2.3, RFC 9110 section 2.5: this is HTTP/1 syntax; a
   major version other than 1 is not (STRICTNESS: HTTP/0.9 and HTTP/2.0 are
   errors, 505). llhttp takes HTTP/0.9 and HTTP/2.0 lines. */
static int httpcodec_rejects_major_version_not_1(const diff *d)
{
    sline l;
    if (!hc_failed(d, HC_ERR_UNSUPPORTED_VERSION))
        return 0;
    start_line(d, d->index, &l);
    return l.major >= 0 && l.major != 1;
}

/* RFC 9112 section 3.2: a server MUST answer 400 to an HTTP/1.1 request
   without Host. llhttp does not check. */
static int httpcodec_rejects_missing_host(const diff *d)
{
    sline l;
    if (d->su->client || !hc_failed(d, HC_ERR_MISSING_HOST))
        return 0;
    start_line(d, d->index, &l);
    return l.major == 1 && l.minor >= 1 && count_fields(d, d->index, "host") == 0;
}

/* RFC 9112 section 3.2: ... and to any request with more than one Host
   field line. */
static int httpcodec_rejects_duplicate_host(const diff *d)
{
    return !d->su->client && hc_failed(d, HC_ERR_DUPLICATE_HOST) &&
           count_fields(d, d->index, "host") >= 2;
}

/* The bytes RFC 3986 allows in a URI: unreserved, reserved and '%'. */
static int is_uri_byte(int c)
{
    return c > 0x20 && c < 0x7F && !in_set(c, "\"<>\\^`{|}");
}

/* RFC 9112 section 3.2: request-target is made of URI components (RFC
   3986): no CTL, SP, DEL, raw non-ASCII or " < > \ ^ ` { | }, and no
   fragment ('#', RFC 9112 section 3.2: the forms have none). llhttp
   takes many of these. */
static int httpcodec_rejects_target_byte_outside_rfc3986(const diff *d)
{
    int c = at_byte(d, d->hc->at);
    return !d->su->client && hc_failed(d, HC_ERR_BAD_TARGET) && c >= 0 &&
           (c == '#' || (!is_uri_byte(c) && c != ' ' && c != '\t' && c != '\r' && c != '\n'));
}

/* RFC 3986 section 2.1: pct-encoded = "%" HEXDIG HEXDIG. llhttp takes a
   '%' followed by anything. */
static int httpcodec_rejects_bad_percent_encoding(const diff *d)
{
    size_t at = d->hc->at;
    return !d->su->client && hc_failed(d, HC_ERR_BAD_TARGET) && at_byte(d, at) == '%' &&
           !(is_hex(at_byte(d, at + 1)) && is_hex(at_byte(d, at + 2)));
}

/* dec-octet "." dec-octet "." dec-octet "." dec-octet (RFC 3986 section
   3.2.2), the whole of s[0..n). */
static int ipv4_valid(const uint8_t *s, size_t n)
{
    size_t i = 0, k;
    for (k = 0; k < 4; k++) {
        size_t b = i;
        unsigned v = 0;
        if (k > 0 && (i >= n || s[i++] != '.'))
            return 0;
        for (b = i; i < n && is_digit(s[i]) && i - b < 3; i++)
            v = v * 10u + (unsigned)(s[i] - '0');
        if (i == b || v > 255 || (i - b > 1 && s[b] == '0'))
            return 0;
    }
    return i == n;
}

/* IPv6address (RFC 3986 section 3.2.2): eight h16 groups, or fewer with
   one "::", the last two possibly an IPv4 address. */
static int ipv6_valid(const uint8_t *s, size_t n)
{
    size_t i = 0, groups = 0;
    int gap = 0;
    if (n >= 2 && s[0] == ':' && s[1] == ':') {
        gap = 1;
        i = 2;
    } else if (n == 0 || s[0] == ':') {
        return 0;
    }
    while (i < n) {
        size_t b = i;
        while (i < n && is_hex(s[i]) && i - b < 4)
            i++;
        if (i < n && s[i] == '.') { /* the IPv4 tail */
            if (!ipv4_valid(s + b, n - b))
                return 0;
            groups += 2;
            break;
        }
        if (i == b || (i < n && s[i] != ':'))
            return 0;
        groups++;
        if (i == n)
            break;
        if (++i < n && s[i] == ':') {
            if (gap)
                return 0;
            gap = 1;
            i++;
        } else if (i == n) {
            return 0; /* a single ':' at the end */
        }
    }
    return gap ? groups <= 7 : groups == 8;
}

/* IP-literal = "[" ( IPv6address / IPvFuture ) "]", with IPvFuture =
   "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" ); s[0..n) is what
   lies between the brackets. */
static int ip_literal_valid(const uint8_t *s, size_t n)
{
    size_t i = 1, b;
    if (n == 0 || (s[0] != 'v' && s[0] != 'V'))
        return ipv6_valid(s, n);
    while (i < n && is_hex(s[i]))
        i++;
    if (i == 1 || i >= n || s[i] != '.')
        return 0;
    for (b = ++i; i < n; i++)
        if (!is_alpha(s[i]) && !is_digit(s[i]) && !in_set(s[i], "-._~!$&'()*+,;=:"))
            return 0;
    return i > b;
}

/* authority = host [ ":" port ] (RFC 3986 section 3.2) with no userinfo:
   a non-empty reg-name or IPv4, or an IP-literal, and a port of at most
   65535 (required for CONNECT, RFC 9110 section 9.3.6). */
static int authority_valid(const uint8_t *s, size_t n, int port_required)
{
    size_t i = 0, p;
    unsigned long port = 0;
    if (n > 0 && s[0] == '[') {
        const uint8_t *close = (const uint8_t *)memchr(s, ']', n);
        if (!close || !ip_literal_valid(s + 1, (size_t)(close - s) - 1))
            return 0;
        i = (size_t)(close - s) + 1;
    } else {
        for (; i < n && (is_alpha(s[i]) || is_digit(s[i]) ||
                         in_set(s[i], "-._~!$&'()*+,;=%")); i++)
            if (s[i] == '%' && !(i + 2 < n && is_hex(s[i + 1]) && is_hex(s[i + 2])))
                return 0;
    }
    if (i == 0)
        return 0;
    if (i == n)
        return !port_required;
    if (s[i] != ':')
        return 0;
    for (p = ++i; i < n && is_digit(s[i]) && port <= 65535ul; i++)
        port = port * 10ul + (unsigned long)(s[i] - '0');
    return i == n && port <= 65535ul && !(port_required && p == n);
}

/* absolute-form (RFC 9112 section 3.2.2) as httpcodec's header documents
   it: scheme "://" authority, a non-empty host and no userinfo (RFC 9110
   section 4.2.4: userinfo in a target is an error), then path and query. */
static int absolute_form_valid(const uint8_t *s, size_t n)
{
    size_t i = 1, a;
    if (n == 0 || !is_alpha(s[0]))
        return 0;
    while (i < n && (is_alpha(s[i]) || is_digit(s[i]) || in_set(s[i], "+-.")))
        i++;
    if (n - i < 3 || s[i] != ':' || s[i + 1] != '/' || s[i + 2] != '/')
        return 0;
    for (a = i += 3; i < n && s[i] != '/' && s[i] != '?'; i++)
        ;
    return authority_valid(s + a, i - a, 0);
}

/* RFC 9112 section 3.2: ... or with a Host whose value is invalid: Host =
   uri-host [ ":" port ] (RFC 9110 section 7.2), with no userinfo, and
   empty only beside an absolute-form target (an "http" URI may not have
   an empty host, RFC 9110 section 4.2.1). httpcodec checks the value,
   llhttp does not. Confirmed by re-checking the value of the Host line. */
static int httpcodec_rejects_invalid_host(const diff *d)
{
    sline l;
    size_t vb, ve;
    if (d->su->client || !hc_failed(d, HC_ERR_BAD_HOST) ||
        !field_named(d, line_start(d, d->hc->at), "host", &vb, &ve))
        return 0;
    if (vb == ve) {
        start_line(d, d->index, &l);
        return l.target_len == 0 || !is_alpha(d->s[l.target]) || method_is(d, &l, "CONNECT");
    }
    return !authority_valid(d->s + vb, ve - vb, 0);
}

/* RFC 9112 section 3.2: the target's form must fit the method:
   authority-form host:port for CONNECT only (RFC 9110 section 9.3.6: with
   a port, no userinfo), '*' for OPTIONS only (section 3.2.4),
   origin-form or absolute-form otherwise. llhttp takes any form with any
   method. */
static int httpcodec_rejects_target_form_for_method(const diff *d)
{
    sline l;
    const uint8_t *t;
    if (d->su->client || !hc_failed(d, HC_ERR_BAD_TARGET))
        return 0;
    start_line(d, d->index, &l);
    t = d->s + l.target;
    if (l.target_len == 0)
        return 0;
    if (method_is(d, &l, "CONNECT"))
        return t[0] == '/' || !authority_valid(t, l.target_len, 1);
    if (t[0] == '/')
        return 0; /* origin-form: its bytes are the other predicates' business */
    if (t[0] == '*')
        return l.target_len > 1 || !method_is(d, &l, "OPTIONS");
    return !absolute_form_valid(t, l.target_len);
}

/* RFC 9112 section 6.1: Transfer-Encoding in an HTTP/1.0 message means
   faulty framing (STRICTNESS: an error). llhttp uses it. */
static int httpcodec_rejects_te_in_http10(const diff *d)
{
    sline l;
    size_t vb, ve;
    if (!hc_failed(d, HC_ERR_BAD_TRANSFER_ENCODING))
        return 0;
    start_line(d, d->index, &l);
    return l.major == 1 && l.minor == 0 &&
           field_named(d, line_start(d, d->hc->at), "transfer-encoding", &vb, &ve);
}

/* RFC 9112 section 7: transfer-coding = token *( OWS ";" OWS
   transfer-parameter ), parameter values required; STRICTNESS: chunked at
   most once, without parameters. llhttp only looks for a final
   "chunked". Confirmed by re-parsing the Transfer-Encoding line. */
static int httpcodec_rejects_invalid_transfer_coding(const diff *d)
{
    size_t vb, ve, at;
    int chunked = 0, valid = 1;
    if (!hc_failed(d, HC_ERR_BAD_TRANSFER_ENCODING) ||
        !field_named(d, line_start(d, d->hc->at), "transfer-encoding", &vb, &ve))
        return 0;
    /* The earlier Transfer-Encoding lines of the head count too. */
    for (at = first_field(d, d->index); at <= line_start(d, d->hc->at) && valid;
         at = next_line(d, at))
        if (field_named(d, at, "transfer-encoding", &vb, &ve))
            valid = te_value_valid(d->s + vb, ve - vb, &chunked);
    return !valid;
}

/* RFC 9112 section 6.3 item 4: in a request, a Transfer-Encoding whose
   final coding is not chunked MUST be answered with 400; an empty list
   has none. llhttp takes an empty Transfer-Encoding in a request as no
   body at all. */
static int httpcodec_rejects_request_te_without_chunked(const diff *d)
{
    list_walk w;
    size_t eb, ee, last_b = 0, last_e = 0;
    if (d->su->client || !hc_failed(d, HC_ERR_BAD_TRANSFER_ENCODING) ||
        count_fields(d, d->index, "transfer-encoding") == 0)
        return 0;
    for (list_start(&w, d, d->index, "transfer-encoding"); list_next(&w, &eb, &ee);)
        if (ee > eb) {
            last_b = eb;
            last_e = ee;
        }
    return !iequal(d->s + last_b, last_e - last_b, "chunked");
}

/* Does the `name` field line where httpcodec failed hold a list element
   (split at commas, OWS trimmed) that `valid` refuses? Empty elements are
   ignored (RFC 9110 section 5.6.1). */
static int error_line_has_bad_element(const diff *d, const char *name,
                                      int (*valid)(const uint8_t *s, size_t n))
{
    size_t vb, ve, b, e;
    if (!field_named(d, line_start(d, d->hc->at), name, &vb, &ve))
        return 0;
    for (b = vb; b <= ve; b = e + 1) {
        size_t i, j;
        for (e = b; e < ve && d->s[e] != ','; e++)
            ;
        for (i = b; i < e && is_ows(d->s[i]); i++)
            ;
        for (j = e; j > i && is_ows(d->s[j - 1]); j--)
            ;
        if (j > i && !valid(d->s + i, j - i))
            return 1;
    }
    return 0;
}

/* The length of the token at s[0..n), up to the first non-tchar. */
static size_t token_length(const uint8_t *s, size_t n)
{
    size_t i = 0;
    while (i < n && is_tchar(s[i]))
        i++;
    return i;
}

static int is_token(const uint8_t *s, size_t n) { return token_length(s, n) == n; }

/* protocol = protocol-name ["/" protocol-version], both tokens. */
static int is_protocol(const uint8_t *s, size_t n)
{
    size_t name = token_length(s, n);
    if (name == 0)
        return 0;
    if (name == n)
        return 1;
    return s[name] == '/' && name + 1 < n && is_token(s + name + 1, n - name - 1);
}

/* RFC 9110 section 7.6.1: Connection = #connection-option, and an option
   is a token. llhttp does not check. */
static int httpcodec_rejects_invalid_connection_option(const diff *d)
{
    return hc_failed(d, HC_ERR_BAD_CONNECTION) &&
           error_line_has_bad_element(d, "connection", is_token);
}

/* RFC 9110 section 7.8: Upgrade = #protocol, protocol = protocol-name
   ["/" protocol-version], both tokens. httpcodec refuses a malformed list
   (a quoted string, a space inside an element, an empty name or version):
   whether a switch was offered decides how the bytes after the head are
   read, so a malformed offer is a framing ambiguity. llhttp switches on
   the field's mere presence. Confirmed by re-reading the Upgrade line. */
static int httpcodec_rejects_invalid_upgrade(const diff *d)
{
    return hc_failed(d, HC_ERR_BAD_UPGRADE) &&
           error_line_has_bad_element(d, "upgrade", is_protocol);
}

/* httpcodec's header (STRICTNESS): "Content_Length" and
   "Transfer_Encoding" are refused, because CGI-style gateways map them to
   the same variables as the real framing fields (a smuggling path). A
   valid token to RFC 9110, so this is httpcodec's own hardening. */
static int httpcodec_rejects_cgi_framing_lookalike(const diff *d)
{
    size_t at = line_start(d, d->hc->at), e = line_content_end(d, at), n, i;
    const char *name = NULL;
    if (!hc_failed(d, HC_ERR_BAD_FIELD_NAME) || d->hc->at != at)
        return 0;
    for (n = 0; at + n < e && d->s[at + n] != ':'; n++)
        ;
    name = n == 14 ? "content_length" : n == 17 ? "transfer_encoding" : NULL;
    if (!name || memchr(d->s + at, '_', n) == NULL)
        return 0;
    for (i = 0; i < n; i++)
        if (lower(d->s[at + i]) != name[i] && !(name[i] == '_' && d->s[at + i] == '-'))
            return 0;
    return 1;
}

/* RFC 9110 section 5.1: field-name = token, at least one tchar. llhttp
   takes ": value". */
static int httpcodec_rejects_empty_field_name(const diff *d)
{
    size_t at = d->hc->at;
    return hc_failed(d, HC_ERR_BAD_FIELD_NAME) && at_byte(d, at) == ':' &&
           line_start(d, at) == at;
}

/* RFC 9110 section 9.3.6: a CONNECT request has no content (STRICTNESS:
   Content-Length above 0 or any Transfer-Encoding is an error). llhttp
   ignores both and makes a tunnel of what follows. */
static int httpcodec_rejects_connect_with_body(const diff *d)
{
    sline l;
    size_t at = line_start(d, d->hc->at), vb, ve, i;
    if (d->su->client || !hc_failed(d, HC_ERR_CONNECT_WITH_BODY))
        return 0;
    start_line(d, d->index, &l);
    if (!method_is(d, &l, "CONNECT"))
        return 0;
    if (field_named(d, at, "transfer-encoding", &vb, &ve))
        return 1;
    if (!field_named(d, at, "content-length", &vb, &ve))
        return 0;
    for (i = vb; i < ve; i++)
        if (d->s[i] != '0')
            return 1;
    return 0;
}

/* httpcodec's header (STRICTNESS): a chunk size has at most 16 hex
   digits, which hold any 64-bit size (RFC 9112 section 7.1 asks
   recipients to guard against overflow). llhttp takes leading zeros
   beyond that. */
static int httpcodec_limits_chunk_size_to_16_digits(const diff *d)
{
    size_t at = d->hc->at, b = line_start(d, at), i = b;
    if (!hc_failed(d, HC_ERR_BAD_CHUNK_SIZE) || at != b + 16)
        return 0;
    while (i < d->len && is_hex(d->s[i]))
        i++;
    return i - b > 16;
}

/* RFC 9112 section 7.1.1: chunk-ext = *( BWS ";" BWS chunk-ext-name
   [ BWS "=" BWS chunk-ext-val ] ), a name is a token and a value a token
   or quoted-string, neither empty. llhttp takes "5;=v" and "5;a=".
   Confirmed by re-parsing the chunk line. */
static int httpcodec_rejects_invalid_chunk_ext(const diff *d)
{
    size_t b = line_start(d, d->hc->at), e = line_content_end(d, b), i = b;
    if (!hc_failed(d, HC_ERR_BAD_CHUNK_EXT) && !hc_failed(d, HC_ERR_BAD_CHUNK_SIZE))
        return 0;
    while (i < e && is_hex(d->s[i]))
        i++;
    return i > b && !params_valid(d->s, i, e, 0);
}

/* RFC 9110 section 6.5.1: framing and routing fields cannot be trailers
   (STRICTNESS: Content-Length, Transfer-Encoding and Host in trailers are
   errors). llhttp hands them over like any trailer. */
static int httpcodec_rejects_forbidden_trailer(const diff *d)
{
    size_t at = d->hc->at, vb, ve;
    return hc_failed(d, HC_ERR_FORBIDDEN_TRAILER) && line_start(d, at) == at &&
           (field_named(d, at, "content-length", &vb, &ve) ||
            field_named(d, at, "transfer-encoding", &vb, &ve) ||
            field_named(d, at, "host", &vb, &ve));
}

/* ----------------------------------------------------- httpcodec's limits

   STRICTNESS: the start line, a field line (8192 bytes each, CRLF
   included), the field and trailer counts (100 each) and chunk
   extensions (4096 bytes) are bounded, each with its own error; RFC 9110
   section 5.4 lets a recipient refuse what is larger than it wishes to
   process. llhttp has no such bounds. Each is confirmed by measuring. */

static int httpcodec_limits_start_line(const diff *d)
{
    size_t b, at = d->hc->at;
    if (!hc_failed(d, HC_ERR_START_LINE_TOO_LONG))
        return 0;
    /* Empty lines before a request line count against the same bound. */
    if (!d->su->client && at_byte(d, at) == '\r' && at >= 8192)
        return 1;
    b = message_begin(d, d->index);
    return at == b + 8192 && line_lf(d, b) + 1 - b > 8192;
}

static int httpcodec_limits_field_line(const diff *d)
{
    size_t b = line_start(d, d->hc->at);
    return hc_failed(d, HC_ERR_FIELD_LINE_TOO_LONG) && d->hc->at == b + 8192 &&
           line_lf(d, b) + 1 - b > 8192;
}

static int httpcodec_limits_field_count(const diff *d)
{
    size_t at, n = 0;
    if (!hc_failed(d, HC_ERR_TOO_MANY_FIELDS))
        return 0;
    for (at = first_field(d, d->index); at < d->hc->at; at = next_line(d, at))
        n++;
    return at == d->hc->at && n == 100;
}

static int httpcodec_limits_trailer_count(const diff *d)
{
    size_t at = d->hc->at, n = 0;
    if (!hc_failed(d, HC_ERR_TOO_MANY_TRAILERS) || line_start(d, at) != at)
        return 0;
    /* Back to the last-chunk line, the first one with no colon. */
    while (at > 0) {
        size_t b = line_start(d, at - 1);
        if (!memchr(d->s + b, ':', at - b))
            break;
        n++;
        at = b;
    }
    return n == 100;
}

static int httpcodec_limits_chunk_ext(const diff *d)
{
    size_t b = line_start(d, d->hc->at), i = b;
    if (!hc_failed(d, HC_ERR_CHUNK_EXT_TOO_LONG))
        return 0;
    while (i < d->len && is_hex(d->s[i]))
        i++;
    return d->hc->at == i + 4096 && line_content_end(d, b) - i > 4096;
}

/* ========================================== predicates: llhttp is stricter */

/* llhttp knows a fixed list of methods. */
static int in_llhttp_method_list(const uint8_t *m, size_t n)
{
#define LL_METHOD_NAME(num, name, string) #string,
    static const char *const names[] = {HTTP_METHOD_MAP(LL_METHOD_NAME) NULL};
#undef LL_METHOD_NAME
    size_t k;
    for (k = 0; names[k]; k++)
        if (strlen(names[k]) == n && memcmp(names[k], m, n) == 0)
            return 1;
    return 0;
}

/* RFC 9110 section 9.1: method = token, case-sensitive, and the set is
   extensible (an unknown one is for the application to answer with
   501). llhttp refuses any method outside its list, "get" included, and
   takes PRI only as the start of the HTTP/2 preface. */
static int llhttp_rejects_extension_method(const diff *d)
{
    sline l;
    size_t k;
    if (d->su->client || d->ll->end != END_ERROR || d->ll->complete != d->index ||
        d->hc->complete <= d->index || d->content)
        return 0;
    start_line(d, d->index, &l);
    if (l.method_len == 0 || in_llhttp_method_list(d->s + l.method, l.method_len) ||
        d->ll->at < l.begin || d->ll->at > next_line(d, l.begin))
        return 0;
    for (k = 0; k < l.method_len; k++)
        if (!is_tchar(d->s[l.method + k]))
            return 0;
    return 1;
}

/* RFC 3986 section 3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" /
   "." ). llhttp takes letters only ("ht1p:" is refused). */
static int llhttp_rejects_valid_uri_scheme(const diff *d)
{
    sline l;
    size_t i;
    if (d->su->client || !ll_failed(d, HPE_INVALID_URL) ||
        !ll_reason_is(d, "Unexpected char in url schema"))
        return 0;
    start_line(d, d->index, &l);
    if (l.target_len == 0 || !is_alpha(d->s[l.target]))
        return 0;
    for (i = l.target + 1; i < l.target + l.target_len && d->s[i] != ':'; i++)
        if (!is_alpha(d->s[i]) && !is_digit(d->s[i]) && !in_set(d->s[i], "+-."))
            return 0;
    return d->ll->at > l.target && d->ll->at <= i;
}

/* RFC 9110 section 2.5: a recipient SHOULD process HTTP/1.x with x above
   what it implements as the highest minor version it knows (STRICTNESS:
   as 1.1). llhttp refuses HTTP/1.2 to HTTP/1.9. */
static int llhttp_rejects_http1_minor_above_1(const diff *d)
{
    sline l;
    if (!ll_failed(d, HPE_INVALID_VERSION))
        return 0;
    start_line(d, d->index, &l);
    return l.major == 1 && l.minor > 1;
}

/* RFC 9112 section 7.1.1 allows BWS around ';' and '=' in chunk
   extensions, and RFC 9110 section 5.6.3 says a recipient MUST accept
   it. llhttp refuses SP or HTAB anywhere in a chunk-size line. */
static int llhttp_rejects_bws_in_chunk_ext(const diff *d)
{
    size_t at = d->ll->at;
    if (!ll_failed(d, HPE_INVALID_CHUNK_SIZE) && !ll_failed(d, HPE_STRICT))
        return 0;
    if (!d->ll->reason || !strstr(d->ll->reason, "chunk"))
        return 0;
    return ll_failed_on(d, is_ows_byte) && is_hex(at_byte(d, line_start(d, at)));
}

/* RFC 9112 section 7.1.1: chunk-ext is a list, *( ";" name [ "=" value ] ).
   llhttp fails on the ';' of an extension that follows one with a token
   value ("1;a=b;c"), pointing just after it. */
static int llhttp_rejects_extension_after_token_value(const diff *d)
{
    size_t at = d->ll->at, i;
    if (!ll_failed(d, HPE_INVALID_CHUNK_SIZE) || at < 3 || d->s[at - 1] != ';' ||
        !is_hex(at_byte(d, line_start(d, at))))
        return 0;
    for (i = at - 2; i > 0 && is_tchar(d->s[i]); i--)
        ;
    return i < at - 2 && d->s[i] == '=';
}

/* RFC 9112 section 7.1.1: chunk-ext-val may be a quoted-string, which
   may hold quoted-pairs (RFC 9110 section 5.6.4). llhttp refuses a
   backslash there. */
static int llhttp_rejects_quoted_pair_in_chunk_ext(const diff *d)
{
    return ll_failed(d, HPE_STRICT) &&
           ll_reason_is(d, "Invalid character in chunk extensions quoted value") &&
           ll_failed_on(d, is_backslash);
}

/* RFC 9110 section 8.6: a recipient MAY replace duplicate Content-Length
   values that are the same decimal value with one (STRICTNESS: accepted
   in responses).
   llhttp refuses any second Content-Length. */
static int llhttp_rejects_equal_duplicate_content_length(const diff *d)
{
    size_t at, vb, ve, fb = 0, fe = 0, n = 0;
    if (!d->su->client || !ll_failed(d, HPE_UNEXPECTED_CONTENT_LENGTH) ||
        !ll_reason_is(d, "Duplicate Content-Length"))
        return 0;
    for (at = first_field(d, d->index); !is_empty_line(d, at); at = next_line(d, at)) {
        if (!field_named(d, at, "content-length", &vb, &ve))
            continue;
        /* The same decimal value: leading zeros do not count. */
        while (ve - vb > 1 && d->s[vb] == '0')
            vb++;
        if (n++ == 0) {
            fb = vb;
            fe = ve;
        } else if (ve - vb != fe - fb || memcmp(d->s + vb, d->s + fb, ve - vb) != 0) {
            return 0;
        }
    }
    return n >= 2;
}

/* RFC 9110 section 5.5: OWS (SP or HTAB) around a field value is not part
   of it. llhttp refuses a HTAB after the digits of Content-Length. */
static int llhttp_rejects_htab_around_content_length(const diff *d)
{
    size_t at = d->ll->at, vb, ve, i;
    if (!ll_failed(d, HPE_INVALID_CONTENT_LENGTH) || at_byte(d, at) != '\t' ||
        !field_named(d, line_start(d, at), "content-length", &vb, &ve) || vb == ve)
        return 0;
    for (i = vb; i < ve; i++)
        if (!is_digit(d->s[i]))
            return 0;
    return at >= ve;
}

/* The method the request answered by message i had. */
static unsigned answered_method(const diff *d, size_t i)
{
    size_t k, finals = 0;
    for (k = 0; k < i && k < d->hc->count; k++)
        if (d->hc->msgs[k].status >= 200 || d->hc->msgs[k].status == 101)
            finals++;
    return method_of(d->su, finals);
}

/* RFC 9110 section 9.3.6: a client MUST ignore Content-Length and
   Transfer-Encoding in a 2xx answer to CONNECT; the tunnel starts after
   the head. llhttp still validates them and fails. */
static int llhttp_checks_framing_of_connect_2xx(const diff *d)
{
    sline l;
    if (!d->su->client || d->content || d->ll->end != END_ERROR ||
        d->ll->complete != d->index || d->hc->complete <= d->index)
        return 0;
    start_line(d, d->index, &l);
    return answered_method(d, d->index) == M_CONNECT && l.status >= 200 && l.status < 300 &&
           d->hc->end == END_SWITCHED && d->hc->complete == d->index + 1 &&
           (count_fields(d, d->index, "content-length") > 0 ||
            count_fields(d, d->index, "transfer-encoding") > 0);
}

/* Responses with no body whatever their fields say: answers to HEAD, 1xx
   (101 included) and 304 (RFC 9112 section 6.3 item 1). */
static int bodiless_response(const diff *d, size_t i)
{
    sline l;
    start_line(d, i, &l);
    return answered_method(d, i) == M_HEAD || (l.status >= 100 && l.status < 200) ||
           l.status == 304;
}

/* RFC 9112 section 6.3: item 1 (no body for answers to HEAD, 1xx, 304)
   comes before item 3 (Transfer-Encoding with Content-Length), so in
   those the pair frames nothing (STRICTNESS: accepted there). llhttp
   refuses the pair in any response. */
static int llhttp_rejects_te_with_cl_in_bodiless_response(const diff *d)
{
    return d->su->client && ll_failed(d, HPE_UNEXPECTED_CONTENT_LENGTH) &&
           ll_reason_is(d, "Content-Length can't be present with Transfer-Encoding") &&
           bodiless_response(d, d->index) &&
           count_fields(d, d->index, "content-length") > 0 &&
           count_fields(d, d->index, "transfer-encoding") > 0;
}

/* Message i is a 1xx, 204 or 304 response whose head has Content-Length
   or Transfer-Encoding, and httpcodec read it with no body. */
static int bodiless_status_with_framing(const diff *d, size_t i)
{
    sline l;
    if (i >= d->hc->count || !d->hc->msgs[i].complete || d->hc->msgs[i].body.len != 0 ||
        d->hc->msgs[i].trailers.len != 0)
        return 0;
    start_line(d, i, &l);
    if (!((l.status >= 100 && l.status < 200) || l.status == 204 || l.status == 304))
        return 0;
    return count_fields(d, i, "content-length") > 0 ||
           count_fields(d, i, "transfer-encoding") > 0;
}

/* RFC 9112 section 6.3 item 1: 1xx, 204 and 304 responses end at the
   empty line after the head, whatever their fields say. llhttp leaves
   that to the application (only its HEAD and upgrade logic skip bodies)
   and reads a body by Content-Length or chunked: the message differs,
   never ends, or (an empty chunked body) ends later than httpcodec's,
   which then reads the chunk lines as the next status line. */
static int llhttp_reads_body_of_bodiless_status(const diff *d)
{
    size_t i = d->index;
    if (!d->su->client)
        return 0;
    if (bodiless_status_with_framing(d, i)) {
        if (d->content)
            return both_heads_done(d);
        return d->ll->complete == i;
    }
    return !d->content && i > 0 && bodiless_status_with_framing(d, i - 1) &&
           count_fields(d, i - 1, "transfer-encoding") > 0 && d->hc->end == END_ERROR &&
           d->hc->complete == i && d->hc->count == i;
}

/* llhttp refused a request's Transfer-Encoding while reading it (it
   wants chunked last), with the error inside that field line. */
static int ll_refused_te_line(const diff *d)
{
    size_t vb, ve;
    return !d->su->client && ll_failed(d, HPE_INVALID_TRANSFER_ENCODING) &&
           field_named(d, line_start(d, d->ll->at > 0 ? d->ll->at - 1 : 0), "transfer-encoding",
                       &vb, &ve);
}

/* RFC 9110 section 5.6.1.2: a recipient MUST ignore empty list elements,
   so "chunked ," ends in chunked. llhttp takes the empty element for a
   coding after chunked: a request is refused (in the field line or at
   the end of the head), a response read until close. */
static int llhttp_misreads_te_empty_element(const diff *d)
{
    list_walk w;
    size_t eb, ee, last_b = 0, last_e = 0;
    int found = 0, empty_after = 0;
    for (list_start(&w, d, d->index, "transfer-encoding"); list_next(&w, &eb, &ee);) {
        if (ee > eb) {
            last_b = eb;
            last_e = ee;
            found = 1;
        }
        empty_after = ee == eb;
    }
    if (!found || !empty_after)
        return 0; /* no coding, or no empty element after the last one */
    return iequal(d->s + last_b, last_e - last_b, "chunked") &&
           (both_heads_done(d) || ll_refused_te_line(d));
}

/* RFC 9110 section 5.6.1: list elements are separated by OWS "," OWS,
   and OWS is SP or HTAB (section 5.6.3). llhttp does not recognise
   "chunked" followed by HTAB (SP is fine): a request is refused, a
   response read until close. */
static int llhttp_misreads_chunked_before_htab(const diff *d)
{
    list_walk w;
    size_t eb, ee, last_b = 0, last_e = 0, i;
    int found = 0;
    for (list_start(&w, d, d->index, "transfer-encoding"); list_next(&w, &eb, &ee);)
        if (ee > eb) {
            last_b = eb;
            last_e = ee;
            found = 1;
        }
    if (!found || !iequal(d->s + last_b, last_e - last_b, "chunked") ||
        !(both_heads_done(d) || ll_refused_te_line(d)))
        return 0;
    for (i = last_e; i < d->len && is_ows(d->s[i]); i++)
        if (d->s[i] == '\t')
            return 1;
    return 0;
}

/* Does a Connection field of message i list `option` with HTAB after it
   (before the next ',' or the line end)? */
static int option_before_htab(const diff *d, size_t i, const char *option)
{
    list_walk w;
    size_t eb, ee, j;
    for (list_start(&w, d, i, "connection"); list_next(&w, &eb, &ee);) {
        if (!iequal(d->s + eb, ee - eb, option))
            continue;
        for (j = ee; j < d->len && is_ows(d->s[j]); j++)
            if (d->s[j] == '\t')
                return 1;
    }
    return 0;
}

/* The same HTAB blindness in Connection: llhttp does not see "close",
   "keep-alive" or "upgrade" followed by HTAB, so one parser ends the
   connection (or switches) after message i - 1 and the other reads on.
   RFC 9110 section 7.6.1 (Connection = #connection-option) and section
   5.6.3 (OWS includes HTAB). */
static int llhttp_misreads_connection_option_before_htab(const diff *d)
{
    size_t i = d->index;
    int hc_stopped, ll_stopped;
    if (d->content || i == 0)
        return 0;
    hc_stopped = d->hc->complete == i && (d->hc->end == END_CLOSED || d->hc->end == END_SWITCHED);
    ll_stopped = d->ll->complete == i && (d->ll->end == END_CLOSED || d->ll->end == END_SWITCHED);
    return (hc_stopped || ll_stopped) &&
           (option_before_htab(d, i - 1, "close") || option_before_htab(d, i - 1, "keep-alive") ||
            option_before_htab(d, i - 1, "upgrade"));
}

/* RFC 9112 section 9.3: with the "close" option the connection does not
   persist, whatever else Connection says. For HTTP/1.0 llhttp looks only
   for keep-alive, and goes on reading after "keep-alive, close". */
static int llhttp_keeps_http10_alive_despite_close(const diff *d)
{
    sline l;
    size_t i = d->index;
    if (i == 0 || d->hc->end != END_CLOSED || d->hc->complete != i)
        return 0;
    start_line(d, i - 1, &l);
    return l.major == 1 && l.minor == 0 && list_has(d, i - 1, "connection", "close") &&
           list_has(d, i - 1, "connection", "keep-alive");
}

/* llhttp switched protocols after request i - 1, accepted by the
   application, while httpcodec saw no switch there and read on. */
static int ll_switched_alone(const diff *d)
{
    size_t i = d->index;
    return !d->su->client && i > 0 && d->ll->end == END_SWITCHED && d->ll->complete == i &&
           !(d->hc->end == END_SWITCHED && d->hc->complete == i) && d->hc->complete >= i;
}

/* Do the Upgrade fields of message i name a protocol (a non-empty list
   element, RFC 9110 section 7.8: Upgrade = #protocol)? */
static int offers_protocol(const diff *d, size_t i)
{
    list_walk w;
    size_t eb, ee;
    for (list_start(&w, d, i, "upgrade"); list_next(&w, &eb, &ee);)
        if (ee > eb)
            return 1;
    return 0;
}

/* RFC 9110 section 7.8: Upgrade = #protocol; a list with no protocol in
   it offers nothing to switch to. llhttp switches on the field's mere
   presence ("Upgrade: ," with Connection: upgrade). */
static int llhttp_upgrades_on_empty_upgrade_list(const diff *d)
{
    sline l;
    if (!ll_switched_alone(d) || count_fields(d, d->index - 1, "upgrade") == 0)
        return 0;
    start_line(d, d->index - 1, &l);
    return !method_is(d, &l, "CONNECT") && !offers_protocol(d, d->index - 1);
}

/* RFC 9110 section 7.8: a server MUST ignore Upgrade in an HTTP/1.0
   request. llhttp switches on it. */
static int llhttp_upgrades_http10_request(const diff *d)
{
    sline l;
    if (!ll_switched_alone(d))
        return 0;
    start_line(d, d->index - 1, &l);
    return l.major == 1 && l.minor == 0 && !method_is(d, &l, "CONNECT") &&
           count_fields(d, d->index - 1, "upgrade") > 0;
}

/* Does the field log (name, value pairs as logged) hold a `name` field
   whose value lists `option` (both lowercase)? */
static int log_has_option(const fuzz_log *l, const char *name, const char *option)
{
    size_t i = 0;
    while (i + 8 <= l->len) {
        uint64_t n, v;
        const uint8_t *np, *vp;
        memcpy(&n, l->data + i, 8);
        np = l->data + i + 8;
        i += 8 + (size_t)n;
        memcpy(&v, l->data + i, 8);
        vp = l->data + i + 8;
        i += 8 + (size_t)v;
        if (iequal(np, (size_t)n, name)) {
            size_t b = 0, e;
            while (b <= v) {
                for (e = b; e < v && vp[e] != ','; e++)
                    ;
                {
                    size_t x = b, y = e;
                    while (x < y && is_ows(vp[x]))
                        x++;
                    while (y > x && is_ows(vp[y - 1]))
                        y--;
                    if (iequal(vp + x, y - x, option))
                        return 1;
                }
                b = e + 1;
            }
        }
    }
    return 0;
}

/* RFC 9110 section 6.5.2: a trailer field is not merged into the header
   section unless its definition allows it, and Connection's does not
   (section 6.5.1: fields about the connection must be in the header).
   llhttp applies "Connection: close" from the trailers and ends the
   connection; httpcodec ignores it and reads on. */
static int llhttp_applies_connection_from_trailers(const diff *d)
{
    size_t i = d->index;
    return i > 0 && d->ll->end == END_CLOSED && d->ll->complete == i &&
           d->hc->complete >= i &&
           log_has_option(&d->hc->msgs[i - 1].trailers, "connection", "close") &&
           !log_has_option(&d->hc->msgs[i - 1].fields, "connection", "close");
}

/* RFC 9110 section 15.2: a 1xx response is interim, the final response
   to the same request follows on the connection, so what a 1xx says
   about persistence (HTTP/1.0 without keep-alive, Connection: close)
   can only take effect after the final one. llhttp closes right after
   the 1xx. */
static int llhttp_closes_after_interim_response(const diff *d)
{
    sline l;
    size_t i = d->index;
    if (!d->su->client || i == 0 || d->ll->end != END_CLOSED || d->ll->complete != i ||
        d->hc->complete <= i - 1)
        return 0;
    start_line(d, i - 1, &l);
    return l.status >= 100 && l.status < 200 && l.status != 101;
}

/* RFC 9110 section 15.2.2 and 7.8: after a 101 the connection speaks the
   new protocol from the byte after the empty line. llhttp switches only
   when the 101 names a protocol in Upgrade and has Connection: upgrade,
   and otherwise reads on as if it were an interim response. */
static int llhttp_continues_after_101_without_upgrade(const diff *d)
{
    sline l;
    size_t i = d->index;
    if (!d->su->client || i == 0 || d->hc->end != END_SWITCHED || d->hc->complete != i)
        return 0;
    start_line(d, i - 1, &l);
    return l.status == 101 && !(offers_protocol(d, i - 1) &&
                                list_has(d, i - 1, "connection", "upgrade"));
}

/* ==================== strict choices first found by this harness

   Both were first written up as suspected bugs and then ruled strict
   choices; the header's STRICTNESS section now states them. */

/* A Transfer-Encoding line whose value holds no coding at all ("" or
   ","): RFC 9110 section 5.6.1.2 says empty list elements are ignored,
   and section 5.3 that field lines of one name form one list, so
   "chunked" then an empty line is chunked, and an empty Transfer-Encoding
   in a response is read until close (RFC 9112 section 6.3 item 4).
   httpcodec refuses the line, llhttp reads on. Whether an empty
   Transfer-Encoding counts as present is exactly where implementations
   disagree (absent: Content-Length or no body; present: read until
   close), a framing ambiguity, so httpcodec refuses it (header
   STRICTNESS). After a Content-Length the refusal is CONFLICTING_FRAMING
   (RFC 9112 section 6.3 item 3 is checked first), and llhttp, which
   takes the empty line for no Transfer-Encoding at all, frames by the
   Content-Length. */
static int httpcodec_rejects_te_line_without_coding(const diff *d)
{
    size_t vb, ve, i;
    if (!(hc_failed(d, HC_ERR_BAD_TRANSFER_ENCODING) ||
          hc_failed(d, HC_ERR_CONFLICTING_FRAMING)) ||
        !field_named(d, line_start(d, d->hc->at), "transfer-encoding", &vb, &ve))
        return 0;
    for (i = vb; i < ve; i++)
        if (d->s[i] != ',' && !is_ows(d->s[i]))
            return 0;
    return 1;
}

/* A port written with more than five digits but at most 65535 in value
   ("a:000000008"): RFC 3986 section 3.2.3 has port = *DIGIT, and
   the header bounds the port's value (<= 65535), not its
   digits. httpcodec stops at the sixth digit (hc__check_authority), in
   a CONNECT target, an absolute-form target or Host. llhttp accepts.
   Long digit runs are how integer-overflow confusions in other parsers
   are probed; the header's STRICTNESS section states the limit. */
static int httpcodec_limits_port_to_5_digits(const diff *d)
{
    size_t at = d->hc->at, i, e;
    unsigned long v = 0;
    if ((!hc_failed(d, HC_ERR_BAD_TARGET) && !hc_failed(d, HC_ERR_BAD_HOST)) || at < 6 ||
        d->s[at - 6] != ':')
        return 0;
    for (e = at - 5; e < d->len && is_digit(d->s[e]); e++)
        ;
    if (e - (at - 5) <= 5 || (e < d->len && !in_set(d->s[e], " /?\r\t")))
        return 0;
    for (i = at - 5; i < e; i++)
        if ((v = v * 10ul + (unsigned long)(d->s[i] - '0')) > 65535ul)
            return 0;
    return 1;
}

/* ================================================== the known disagreements */

typedef int (*predicate)(const diff *d);

typedef struct known {
    const char *name;
    predicate fn;
} known;

#define KNOWN(fn) {#fn, fn}

static const known known_disagreements[] = {
    KNOWN(httpcodec_rejects_bare_lf),
    KNOWN(httpcodec_rejects_bare_cr),
    KNOWN(httpcodec_rejects_cr_at_eof),
    KNOWN(httpcodec_rejects_obs_fold),
    KNOWN(httpcodec_judges_field_before_obs_fold),
    KNOWN(httpcodec_rejects_empty_line_before_status_line),
    KNOWN(httpcodec_rejects_request_line_without_version),
    KNOWN(httpcodec_rejects_protocol_other_than_http),
    KNOWN(httpcodec_requires_single_sp_in_start_line),
    KNOWN(httpcodec_requires_sp_after_status_code),
    KNOWN(httpcodec_rejects_status_outside_100_599),
    KNOWN(httpcodec_rejects_ctl_in_reason),
    KNOWN(httpcodec_rejects_major_version_not_1),
    KNOWN(httpcodec_rejects_missing_host),
    KNOWN(httpcodec_rejects_duplicate_host),
    KNOWN(httpcodec_rejects_invalid_host),
    KNOWN(httpcodec_rejects_target_byte_outside_rfc3986),
    KNOWN(httpcodec_rejects_bad_percent_encoding),
    KNOWN(httpcodec_rejects_target_form_for_method),
    KNOWN(httpcodec_rejects_te_in_http10),
    KNOWN(httpcodec_rejects_invalid_transfer_coding),
    KNOWN(httpcodec_rejects_request_te_without_chunked),
    KNOWN(httpcodec_rejects_invalid_connection_option),
    KNOWN(httpcodec_rejects_invalid_upgrade),
    KNOWN(httpcodec_rejects_cgi_framing_lookalike),
    KNOWN(httpcodec_rejects_empty_field_name),
    KNOWN(httpcodec_rejects_connect_with_body),
    KNOWN(httpcodec_limits_chunk_size_to_16_digits),
    KNOWN(httpcodec_rejects_invalid_chunk_ext),
    KNOWN(httpcodec_rejects_forbidden_trailer),
    KNOWN(httpcodec_limits_start_line),
    KNOWN(httpcodec_limits_field_line),
    KNOWN(httpcodec_limits_field_count),
    KNOWN(httpcodec_limits_trailer_count),
    KNOWN(httpcodec_limits_chunk_ext),
    KNOWN(llhttp_rejects_extension_method),
    KNOWN(llhttp_rejects_valid_uri_scheme),
    KNOWN(llhttp_rejects_http1_minor_above_1),
    KNOWN(llhttp_rejects_bws_in_chunk_ext),
    KNOWN(llhttp_rejects_extension_after_token_value),
    KNOWN(llhttp_rejects_quoted_pair_in_chunk_ext),
    KNOWN(llhttp_rejects_equal_duplicate_content_length),
    KNOWN(llhttp_rejects_htab_around_content_length),
    KNOWN(llhttp_checks_framing_of_connect_2xx),
    KNOWN(llhttp_rejects_te_with_cl_in_bodiless_response),
    KNOWN(llhttp_reads_body_of_bodiless_status),
    KNOWN(llhttp_misreads_te_empty_element),
    KNOWN(llhttp_misreads_chunked_before_htab),
    KNOWN(llhttp_misreads_connection_option_before_htab),
    KNOWN(llhttp_keeps_http10_alive_despite_close),
    KNOWN(llhttp_upgrades_on_empty_upgrade_list),
    KNOWN(llhttp_upgrades_http10_request),
    KNOWN(llhttp_applies_connection_from_trailers),
    KNOWN(llhttp_closes_after_interim_response),
    KNOWN(llhttp_continues_after_101_without_upgrade),
    KNOWN(httpcodec_rejects_te_line_without_coding),
    KNOWN(httpcodec_limits_port_to_5_digits),
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
    if (r->end == END_ERROR && hc)
        fprintf(stderr, " %s at %zu", hc_error_name((hc_error_code)r->code), r->at);
    else if (r->end == END_ERROR)
        fprintf(stderr, " %s (%s) at %zu", llhttp_errno_name((llhttp_errno_t)r->code),
                r->reason ? r->reason : "", r->at);
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
   described and fatal. FUZZ_LLHTTP_VERBOSE=1 in the environment shows
   both runs and the predicate for every input. */
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
    if (!verbose())
        describe(d);
    return 0;
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
        FUZZ_CHECK(masked(&d), "message %zu differs in its %s", i, what);
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
        memset(&d, 0, sizeof d);
        d.su = &su;
        d.hc = &hc;
        d.ll = &ll;
        describe(&d);
    }
    compare(&su, &hc, &ll);
    run_free(&hc);
    run_free(&ll);
}
