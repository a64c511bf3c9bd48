/* fuzz_llhttp.c - differential fuzzing: httpcodec against llhttp. Both parse
   the same stream; a disagreement aborts unless known_difference(), the one
   list of known differences, recognises it. Linear in the input: each parser
   reads it once, a disagreement is judged by one pass over the heads at hand.

   INPUT: byte 0, bit 0: requests (server role, 0) or responses (client, 1);
   bit 1: the server accepts (1) or declines (0) a paused Upgrade or CONNECT
   (a client always accepts); bits 2-7: both parsers are fed pieces of this
   many bytes (0: all at once). Byte 1, responses only: the methods of the
   first four requests answered, 2 bits each from the low bits up (0 GET,
   1 HEAD, 2 POST, 3 CONNECT; later ones GET). Then the stream. llhttp is
   Debian's node-llhttp in its strict mode, every lenient flag off. */
#define FUZZ_NAME "fuzz_llhttp"
#include "fuzz.h"

#include <llhttp.h>
#include <regex.h>

#if !LLHTTP_STRICT_MODE /* llhttp.h defaults it to 0 */
#error "build llhttp and this harness with -DLLHTTP_STRICT_MODE=1"
#endif

/* ------------------------------------------------------------ bytes */

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_hex(int c) { return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
static int is_alpha(int c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int is_ows(int c) { return c == ' ' || c == '\t'; }
static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
/* Is c one of the bytes of set? (strchr would also find the NUL.) */
static int in_set(int c, const char *set) { return c > 0 && strchr(set, c) != NULL; }
static int is_tchar(int c) { return is_alpha(c) || is_digit(c) || in_set(c, "!#$%&'*+-.^_`|~"); }
/* the bytes of a URI: unreserved, reserved and '%' (RFC 3986 section 2) */
static int is_uri_byte(int c) { return c > 0x20 && c < 0x7F && !in_set(c, "\"<>\\^`{|}"); }

static size_t skip(const uint8_t *s, size_t n, size_t i, int (*is)(int c))
{
    while (i < n && is(s[i]))
        i++;
    return i;
}

/* Does s[0..n) equal the lowercase text, ignoring case? */
static int iequal(const uint8_t *s, size_t n, const char *text)
{
    size_t i = 0;
    while (i < n && text[i] != '\0' && lower(s[i]) == text[i])
        i++;
    return i == n && text[i] == '\0';
}

static void trim_ows(const uint8_t *s, size_t *b, size_t *e)
{
    while (*b < *e && is_ows(s[*b]))
        (*b)++;
    while (*e > *b && is_ows(s[*e - 1]))
        (*e)--;
}

/* The next element of the list s[*pos..end) (RFC 9110 section 5.6.1), OWS
   trimmed, in [*b, *e), empty ones too. The lists read so hold tokens. */
static int next_element(const uint8_t *s, size_t *pos, size_t end, size_t *b, size_t *e)
{
    if (*pos > end)
        return 0;
    for (*b = *e = *pos; *e < end && s[*e] != ',';)
        (*e)++;
    *pos = *e + 1;
    trim_ows(s, b, e);
    return 1;
}

/* The grammars re-checked, as POSIX extended regular expressions: RFC 9110
   5.6.2 (token), 5.6.4 (quoted-string), 5.6.6 (parameters), 7.8 (protocol);
   RFC 9112 3.2 (target forms), 7 (transfer-coding), 7.1.1 (chunk-ext); RFC
   3986 3.1 (scheme), 3.2 (authority: no userinfo, port <= 65535, IPv6address
   checked leniently, as httpcodec's header says: its alphabet, two colons);
   more lenient where unsure, never calling a valid thing invalid. */
#define TCHAR "[-!#$%&'*+.^_`|~0-9A-Za-z]"
#define OWS "[ \t]*"
#define WORD "(" TCHAR "+|\"([]\t !#-[^-~\x80-\xff]|\\\\[\t -~\x80-\xff])*\")"
#define HOST "(\\[([0-9A-Fa-f.]*:){2}[0-9A-Fa-f:.]*\\]|\\[[vV][0-9A-Fa-f]+\\.[-._~!$&'()*+,;=:" \
             "0-9A-Za-z]+\\]|([-._~!$&'()*+,;=0-9A-Za-z]|%[0-9A-Fa-f]{2})+)"
#define PORT "0*(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|" \
             "[1-9][0-9]{0,3}|0)"
#define SCHEME "[A-Za-z][-+.0-9A-Za-z]*"
static const char token[] = "^" TCHAR "+$", protocol[] = "^" TCHAR "+(/" TCHAR "+)?$";
static const char chunk_ext[] = "^(" OWS ";" OWS TCHAR "+(" OWS "=" OWS WORD ")?)*$";
static const char transfer_coding[] = "^" TCHAR "+(" OWS ";" OWS TCHAR "+" OWS "=" OWS WORD ")*$";
static const char scheme[] = "^" SCHEME;
static const char authority[] = "^" HOST "(:(" PORT ")?)?$";
static const char authority_with_port[] = "^" HOST ":" PORT "$";
static const char absolute_form[] = "^" SCHEME "://" HOST "(:(" PORT ")?)?([/?].*)?$";
static const char token_value_then_semicolon[] = "=" TCHAR "+;$"; /* chunk-ext "1;a=b;" */
static const char line_ends[] = "^[\r\n]*$", zeros[] = "^0*$", no_coding[] = "^[, \t]*$";
static const char lists_close[] = "(^|,)" OWS "[cC][lL][oO][sS][eE]" OWS "(,|$)";

/* Does s[0..n) match `pattern`? A copy ends in NUL: sanitizers strlen it. */
static int matches(const char *pattern, const uint8_t *s, size_t n, regmatch_t *found)
{
    static const char *patterns[16];
    static regex_t compiled[16];
    static fuzz_log copy;
    regmatch_t whole;
    size_t k = 0;
    while (patterns[k] && patterns[k] != pattern)
        k++;
    FUZZ_CHECK(k < 15, "more patterns than room");
    if (!patterns[k]) {
        patterns[k] = pattern;
        FUZZ_CHECK(regcomp(&compiled[k], pattern, REG_EXTENDED) == 0, "bad pattern %s", pattern);
    }
    copy.len = 0;
    fuzz_log_put(&copy, s, n);
    fuzz_log_put(&copy, "", 1);
    found = found ? found : &whole;
    found->rm_so = 0;
    found->rm_eo = (regoff_t)n;
    return regexec(&compiled[k], (const char *)copy.data, 1, found, REG_STARTEND) == 0;
}

/* Does the list s[vb..ve) hold a non-empty element not matching `pattern`? */
static int has_bad_element(const uint8_t *s, size_t vb, size_t ve, const char *pattern)
{
    size_t pos = vb, b, e;
    while (next_element(s, &pos, ve, &b, &e))
        if (b < e && !matches(pattern, s + b, e - b, NULL))
            return 1;
    return 0;
}

/* Past the quote that closes the one at s[i] (a backslash escapes), or 0. */
static size_t quote_end(const uint8_t *s, size_t n, size_t i)
{
    for (i++; i < n && s[i] != '"'; i++)
        i += (size_t)(s[i] == '\\');
    return i < n ? i + 1 : 0;
}

/* A Transfer-Encoding value (RFC 9112 sections 6.1, 7) with the header's
   strict choices: empty elements ignored, chunked at most once (*chunked_seen
   carries it over lines), without parameters. Commas out of quotes split it. */
static int te_value_valid(const uint8_t *s, size_t n, int *chunked_seen)
{
    size_t i = 0, b, e, name;
    while (i <= n) {
        for (b = i; i < n && s[i] != ',';)
            if ((i = s[i] == '"' ? quote_end(s, n, i) : i + 1) == 0)
                return 0;
        e = i++;
        trim_ows(s, &b, &e);
        name = skip(s, e, b, is_tchar);
        if (b < e && (!matches(transfer_coding, s + b, e - b, NULL) ||
                      (iequal(s + b, name - b, "chunked") && (*chunked_seen || name != e))))
            return 0;
        *chunked_seen |= b < e && iequal(s + b, name - b, "chunked");
    }
    return 1;
}

/* ------------------------------------------------------- the two runs */

enum { M_GET, M_HEAD, M_POST, M_CONNECT };
static const hc_method hc_methods[] = {HC_METHOD_GET, HC_METHOD_HEAD, HC_METHOD_POST,
                                       HC_METHOD_CONNECT};

typedef struct setup {
    int client, accept_upgrade;
    size_t piece;     /* feed size, 0: all at once */
    unsigned methods; /* 2 bits per request answered */
    const uint8_t *s; size_t len; /* the stream */
} setup;

/* The method of the request that final response number k answers. */
static unsigned method_of(const setup *su, size_t k)
{
    return k < 4 ? (su->methods >> (2u * k)) & 3u : (unsigned)M_GET;
}

/* A final response: the next request is answered after it. */
static int is_final(unsigned status) { return status >= 200 || status == 101; }
/* What both parsers report alike (not reason phrases nor chunk extensions). */
enum part { START, FIELDS, TRAILERS, BODY, PARTS };
static const char *const part_names[PARTS] = {"start line", "fields", "trailers", "body"};

typedef struct msg {
    fuzz_log part[PARTS];        /* START: method and target, or status; version */
    size_t begin, head_end, end; /* httpcodec: its start, just past its head (0 before) and it */
    unsigned status, answers;    /* httpcodec: the method of the request answered */
    int complete, trailer_close; /* httpcodec: a trailer said Connection: close */
} msg;

typedef enum end_kind { /* the end of a run: the input, a closing message, a switch */
    END_EOF, END_CLOSED, END_SWITCHED, END_ERROR
} end_kind;

typedef struct run {
    msg *msgs;
    size_t count, cap, complete; /* msgs[0..complete) are complete */
    end_kind end;
    int code;                    /* hc_error_code or llhttp_errno_t */
    const char *reason;          /* llhttp's error reason */
    size_t at;                   /* stream offset of the error, or of the end */
} run;

static msg *new_msg(run *r, size_t begin)
{
    if (r->count == r->cap) {
        r->cap = r->cap ? 2 * r->cap : 8;
        if (!(r->msgs = (msg *)realloc(r->msgs, r->cap * sizeof *r->msgs)))
            abort();
    }
    memset(&r->msgs[r->count], 0, sizeof *r->msgs);
    r->msgs[r->count].begin = begin;
    return &r->msgs[r->count++];
}

static msg *last_msg(run *r) { return &r->msgs[r->count - 1]; }

static void log_bytes(fuzz_log *l, const void *p, size_t n)
{
    fuzz_log_u64(l, n);
    fuzz_log_put(l, p, n);
}

static int same_log(const fuzz_log *a, const fuzz_log *b)
{
    return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

static void run_httpcodec(const setup *su, run *r)
{
    size_t len = su->len, piece = su->piece ? su->piece : len;
    size_t off = 0, fed = piece < len ? piece : len, answered = 0;
    int eof = 0;
    hc_parser p;
    hc_event ev;
    msg *m = NULL;
    hc_parser_init(&p, su->client ? HC_ROLE_CLIENT : HC_ROLE_SERVER, NULL);
    if (su->client)
        hc_parser_expect_response(&p, hc_methods[method_of(su, 0)]);
    for (;;) {
        off += hc_parse(&p, (const char *)su->s + off, fed - off, &ev);
        if (ev.type == HC_EV_NEED_MORE) {
            FUZZ_CHECK(!eof, "httpcodec asked for more after EOF");
            if (fed == len)
                hc_parser_eof(&p);
            eof = fed == len;
            fed = len - fed > piece ? fed + piece : len;
        } else if (ev.type == HC_EV_REQUEST) {
            m = new_msg(r, (size_t)((const uint8_t *)ev.method_name.ptr - su->s));
            fuzz_log_span(&m->part[START], ev.method_name);
            fuzz_log_span(&m->part[START], ev.target);
            fuzz_log_u64(&m->part[START], ev.version_major);
            fuzz_log_u64(&m->part[START], ev.version_minor);
        } else if (ev.type == HC_EV_RESPONSE) { /* nothing may precede it: the reason is at 13 */
            m = new_msg(r, (size_t)((const uint8_t *)ev.reason.ptr - su->s) - 13u);
            fuzz_log_u64(&m->part[START], m->status = ev.status);
            fuzz_log_u64(&m->part[START], ev.version_major);
            fuzz_log_u64(&m->part[START], ev.version_minor);
            m->answers = method_of(su, answered);
        } else if (ev.type == HC_EV_FIELD || ev.type == HC_EV_TRAILER) {
            fuzz_log_span(&m->part[ev.type == HC_EV_FIELD ? FIELDS : TRAILERS], ev.name);
            fuzz_log_span(&m->part[ev.type == HC_EV_FIELD ? FIELDS : TRAILERS], ev.value);
            m->trailer_close |=
                ev.type == HC_EV_TRAILER &&
                iequal((const uint8_t *)ev.name.ptr, ev.name.len, "connection") &&
                matches(lists_close, (const uint8_t *)ev.value.ptr, ev.value.len, NULL);
        } else if (ev.type == HC_EV_BODY) {
            fuzz_log_put(&m->part[BODY], ev.data.ptr, ev.data.len);
        } else if (ev.type == HC_EV_HEAD_DONE) {
            m->head_end = off;
        } else if (ev.type == HC_EV_MESSAGE_DONE) {
            m->end = off;
            m->complete = 1;
            r->complete++;
            if (su->client && is_final(m->status))
                hc_parser_expect_response(&p, hc_methods[method_of(su, ++answered)]);
        } else if (ev.type == HC_EV_PAUSED && su->accept_upgrade) {
            hc_parser_accept_upgrade(&p);
        } else if (ev.type == HC_EV_PAUSED) {
            hc_parser_decline_upgrade(&p);
        } else { /* SWITCHED, CLOSED and ERROR end the run */
            r->end = ev.type == HC_EV_ERROR      ? END_ERROR
                     : ev.type == HC_EV_SWITCHED ? END_SWITCHED
                     : eof && off == len         ? END_EOF
                                                 : END_CLOSED;
            r->code = ev.type == HC_EV_ERROR ? (int)ev.error.code : 0;
            r->at = ev.type == HC_EV_ERROR ? (size_t)ev.error.offset : off;
            return;
        }
    }
}

typedef struct ll_ctx {
    const setup *su;
    run *r;
    size_t answered;                   /* final responses completed */
    fuzz_log method, url, name, value; /* spans may arrive in pieces */
} ll_ctx;

static ll_ctx *ctx_of(llhttp_t *p) { return (ll_ctx *)p->data; }
static int ll_on_message_begin(llhttp_t *p)
{
    ll_ctx *c = ctx_of(p);
    new_msg(c->r, (size_t)-1);
    c->method.len = c->url.len = c->name.len = c->value.len = 0;
    return 0;
}

#define LL_SPAN_CALLBACK(callback, log)                        \
    static int callback(llhttp_t *p, const char *at, size_t n) \
    {                                                          \
        fuzz_log_put(&(log), at, n);                           \
        return 0;                                              \
    }
LL_SPAN_CALLBACK(ll_on_method, ctx_of(p)->method)
LL_SPAN_CALLBACK(ll_on_url, ctx_of(p)->url)
LL_SPAN_CALLBACK(ll_on_header_field, ctx_of(p)->name)
LL_SPAN_CALLBACK(ll_on_header_value, ctx_of(p)->value)
LL_SPAN_CALLBACK(ll_on_body, last_msg(ctx_of(p)->r)->part[BODY])

/* The OWS around a value is not part of it (RFC 9110 5.5); llhttp keeps it. */
static int ll_on_header_value_complete(llhttp_t *p)
{
    ll_ctx *c = ctx_of(p);
    msg *m = last_msg(c->r);
    size_t b = 0, e = c->value.len;
    fuzz_log *l = &m->part[m->part[START].len ? TRAILERS : FIELDS]; /* START: head done */
    trim_ows(c->value.data, &b, &e);
    log_bytes(l, c->name.data, c->name.len);
    log_bytes(l, c->value.data ? c->value.data + b : NULL, e - b);
    c->name.len = c->value.len = 0;
    return 0;
}

/* The caller's part of framing, as llhttp's API has it: a 2xx to CONNECT is a
   tunnel (2); no body after HEAD, 1xx, 204, 304 (1; RFC 9112 6.3 item 1). */
static int ll_on_headers_complete(llhttp_t *p)
{
    ll_ctx *c = ctx_of(p);
    msg *m = last_msg(c->r);
    unsigned method = method_of(c->su, c->answered);
    if (p->type == HTTP_REQUEST) {
        log_bytes(&m->part[START], c->method.data, c->method.len);
        log_bytes(&m->part[START], c->url.data, c->url.len);
    } else {
        fuzz_log_u64(&m->part[START], m->status = p->status_code);
    }
    fuzz_log_u64(&m->part[START], p->http_major);
    fuzz_log_u64(&m->part[START], p->http_minor);
    if (p->type == HTTP_REQUEST)
        return 0;
    if (method == M_CONNECT && p->status_code / 100 == 2)
        return 2;
    return method == M_HEAD || p->status_code / 100 == 1 || p->status_code == 204 ||
           p->status_code == 304;
}

static int ll_on_message_complete(llhttp_t *p)
{
    ll_ctx *c = ctx_of(p);
    last_msg(c->r)->complete = 1;
    c->r->complete++;
    c->answered += (size_t)(p->type == HTTP_RESPONSE && is_final(p->status_code));
    return 0;
}

/* llhttp's error, or HPE_OK. A declined upgrade goes on after its message,
   which llhttp finishes only when executed again, even with no bytes left.
   Bytes after a closing message: llhttp refuses, httpcodec hands them back. */
static llhttp_errno_t feed_llhttp(const setup *su, run *r, llhttp_t *p)
{
    size_t len = su->len, piece = su->piece ? su->piece : len, pos = 0;
    int resumed = 0;
    while (pos < len || resumed) {
        size_t end = len - pos > piece ? pos + piece : len;
        llhttp_errno_t err = llhttp_execute(p, (const char *)su->s + pos, end - pos);
        pos = end;
        resumed = err == HPE_PAUSED_UPGRADE && !su->accept_upgrade;
        if (err == HPE_OK)
            continue;
        r->at = pos = (size_t)((const uint8_t *)llhttp_get_error_pos(p) - su->s);
        if (resumed) {
            llhttp_resume_after_upgrade(p);
            continue;
        }
        if (err != HPE_PAUSED_UPGRADE && err != HPE_CLOSED_CONNECTION)
            return err;
        r->end = err == HPE_CLOSED_CONNECTION ? END_CLOSED : END_SWITCHED;
        return HPE_OK;
    }
    r->at = len;
    return llhttp_finish(p);
}

static void run_llhttp(const setup *su, run *r)
{
    static const llhttp_settings_t settings = {
        .on_message_begin = ll_on_message_begin, .on_url = ll_on_url, .on_method = ll_on_method,
        .on_header_field = ll_on_header_field, .on_header_value = ll_on_header_value,
        .on_header_value_complete = ll_on_header_value_complete, .on_body = ll_on_body,
        .on_headers_complete = ll_on_headers_complete,
        .on_message_complete = ll_on_message_complete};
    llhttp_t p;
    ll_ctx c = {su, r, 0, {NULL, 0, 0}, {NULL, 0, 0}, {NULL, 0, 0}, {NULL, 0, 0}};
    llhttp_init(&p, su->client ? HTTP_RESPONSE : HTTP_REQUEST, &settings);
    p.data = &c;
    FUZZ_CHECK(p.lenient_flags == 0, "llhttp starts lenient");
    if ((r->code = (int)feed_llhttp(su, r, &p)) != HPE_OK) {
        r->end = END_ERROR;
        r->reason = llhttp_get_error_reason(&p) ? llhttp_get_error_reason(&p) : "";
    }
    fuzz_log_free(&c.method);
    fuzz_log_free(&c.url);
    fuzz_log_free(&c.name);
    fuzz_log_free(&c.value);
}

/* ---------------------------------------------------- where they part */

typedef enum field_kind { /* the field names the known differences read */
    FIELD_OTHER, FIELD_HOST, FIELD_CONTENT_LENGTH, FIELD_TRANSFER_ENCODING, FIELD_CONNECTION,
    FIELD_UPGRADE, FIELD_KINDS
} field_kind;

enum { OPT_CLOSE = 1, OPT_KEEP_ALIVE = 2, OPT_UPGRADE = 4 }; /* connection options */

/* A message's head as its bytes show it, gathered in one pass. */
typedef struct head {
    size_t begin, end;                     /* the start line's content */
    size_t method_len, target, target_len; /* request */
    int major, minor;                      /* -1 unless "HTTP/" DIGIT "." DIGIT */
    unsigned status;                       /* response */
    size_t fields, field_101;              /* field lines, where the 101st starts */
    size_t count[FIELD_KINDS];             /* field lines of each kind */
    int te_chunked_last;                   /* Transfer-Encoding's last coding is chunked */
    int te_empty_after, te_htab_after;     /* an empty element, a HTAB, after it */
    size_t te_bad_line;                    /* the first invalid Transfer-Encoding line */
    size_t cl_b, cl_e;                     /* the first Content-Length, leading zeros off */
    int cl_equal;                          /* the others have that decimal value too */
    unsigned options, options_before_htab; /* Connection's options, those before a HTAB */
    int offers_protocol;                   /* Upgrade names a protocol */
} head;

typedef struct diff {
    const setup *su;
    const uint8_t *s; /* the stream, of len bytes */
    size_t len;
    const run *hc, *ll;
    size_t index;   /* the message on which they part */
    int content;    /* 1: both completed it, differently; 0: the verdicts differ */
    head cur, prev; /* the heads of messages index and index - 1 */
} diff;

/* Lines end at LF; a CR before it is not part of a line's content. */
static int byte_at(const diff *d, size_t i) { return i < d->len ? d->s[i] : -1; }
static size_t line_start(const diff *d, size_t i)
{
    while (i > 0 && d->s[i - 1] != '\n')
        i--;
    return i;
}

static size_t line_lf(const diff *d, size_t i)
{
    const void *lf = i < d->len ? memchr(d->s + i, '\n', d->len - i) : NULL;
    return lf ? (size_t)((const uint8_t *)lf - d->s) : d->len;
}

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

/* The field line at `at`: its kind, and its value OWS-trimmed in [*vb, *ve). */
static field_kind field_at(const diff *d, size_t at, size_t *vb, size_t *ve)
{
    static const char *const names[FIELD_KINDS] = {"", "host", "content-length",
                                                   "transfer-encoding", "connection", "upgrade"};
    size_t colon = at, k;
    *ve = line_content_end(d, at);
    while (colon < *ve && d->s[colon] != ':')
        colon++;
    *vb = colon < *ve ? colon + 1 : *ve;
    trim_ows(d->s, vb, ve);
    for (k = FIELD_KINDS - 1; colon < *ve && k > FIELD_OTHER; k--)
        if (iequal(d->s + at, colon - at, names[k]))
            return (field_kind)k;
    return FIELD_OTHER;
}

/* Message i starts where httpcodec saw its start line, else after the one
   before, past empty lines before a request. Its parts are split at SP. */
static void read_start_line(const diff *d, size_t i, head *h)
{
    const uint8_t *s = d->s;
    size_t b = i > 0 && d->hc->msgs[i - 1].complete ? d->hc->msgs[i - 1].end : 0, sp1, sp2, v;
    while (!d->su->client && byte_at(d, b) == '\r' && byte_at(d, b + 1) == '\n')
        b += 2;
    v = b = h->begin = i < d->hc->count ? d->hc->msgs[i].begin : b;
    h->end = line_content_end(d, b);
    if (d->su->client && b + 12 <= h->end && skip(s, b + 12, b + 9, is_digit) == b + 12)
        h->status = (unsigned)((s[b + 9] - '0') * 100 + (s[b + 10] - '0') * 10 + s[b + 11] - '0');
    if (!d->su->client) {
        for (sp1 = b; sp1 < h->end && s[sp1] != ' ';)
            sp1++;
        for (sp2 = sp1 + 1; sp2 < h->end && s[sp2] != ' ';)
            sp2++;
        h->method_len = sp1 - b;
        h->target = sp1 < h->end ? sp1 + 1 : h->end;
        h->target_len = sp2 < h->end ? sp2 - h->target : 0;
        v = sp2 < h->end ? sp2 + 1 : h->end;
    }
    h->major = h->minor = -1;
    if (v + 8 <= h->end && memcmp(s + v, "HTTP/", 5) == 0 && is_digit(s[v + 5]) &&
        s[v + 6] == '.' && is_digit(s[v + 7])) {
        h->major = s[v + 5] - '0';
        h->minor = s[v + 7] - '0';
    }
}

/* What the elements of a list field line of kind k say. */
static void read_list(const diff *d, head *h, field_kind k, size_t vb, size_t ve)
{
    size_t pos = vb, b, e;
    while (next_element(d->s, &pos, ve, &b, &e)) {
        int htab = memchr(d->s + e, '\t', skip(d->s, d->len, e, is_ows) - e) != NULL;
        unsigned option = iequal(d->s + b, e - b, "close")        ? OPT_CLOSE
                          : iequal(d->s + b, e - b, "keep-alive") ? OPT_KEEP_ALIVE
                          : iequal(d->s + b, e - b, "upgrade")    ? OPT_UPGRADE
                                                                  : 0u;
        if (k == FIELD_TRANSFER_ENCODING && b < e) {
            h->te_chunked_last = iequal(d->s + b, e - b, "chunked");
            h->te_htab_after = htab;
        }
        h->te_empty_after = k == FIELD_TRANSFER_ENCODING ? b == e : h->te_empty_after;
        h->options |= k == FIELD_CONNECTION ? option : 0u;
        h->options_before_htab |= k == FIELD_CONNECTION && htab ? option : 0u;
        h->offers_protocol |= k == FIELD_UPGRADE && b < e;
    }
}

/* One pass over message i's head, each field line classified once. */
static void read_head(const diff *d, size_t i, head *h)
{
    size_t at, vb, ve;
    int chunked = 0;
    memset(h, 0, sizeof *h);
    h->te_bad_line = SIZE_MAX;
    h->cl_equal = 1;
    read_start_line(d, i, h);
    for (at = next_line(d, h->begin); line_content_end(d, at) > at; at = next_line(d, at)) {
        field_kind k = field_at(d, at, &vb, &ve);
        h->field_101 = ++h->fields == 101 ? at : h->field_101;
        while (k == FIELD_CONTENT_LENGTH && ve - vb > 1 && d->s[vb] == '0')
            vb++; /* one decimal value: 65 is 065 */
        if (k == FIELD_CONTENT_LENGTH && h->count[k] == 0) {
            h->cl_b = vb;
            h->cl_e = ve;
        }
        if (k == FIELD_CONTENT_LENGTH &&
            (ve - vb != h->cl_e - h->cl_b || memcmp(d->s + vb, d->s + h->cl_b, ve - vb) != 0))
            h->cl_equal = 0;
        if (k == FIELD_TRANSFER_ENCODING && !te_value_valid(d->s + vb, ve - vb, &chunked))
            h->te_bad_line = at < h->te_bad_line ? at : h->te_bad_line;
        if (k >= FIELD_TRANSFER_ENCODING)
            read_list(d, h, k, vb, ve);
        h->count[k]++;
    }
}

static int method_is(const diff *d, const head *h, const char *name)
{
    return h->method_len == strlen(name) && memcmp(d->s + h->begin, name, h->method_len) == 0;
}

static int is_http10(const head *h) { return h->major == 1 && h->minor == 0; }
/* httpcodec failed with `code` on message index, and llhttp read past it. */
static int hc_failed(const diff *d, hc_error_code code)
{
    return !d->content && d->hc->end == END_ERROR && d->hc->code == (int)code &&
           d->hc->complete == d->index && (d->ll->complete > d->index || d->ll->end == END_EOF);
}

/* llhttp failed there (`code` unless -1, `reason` unless NULL), not httpcodec. */
static int ll_failed(const diff *d, int code, const char *reason)
{
    return !d->content && d->ll->end == END_ERROR && (code < 0 || d->ll->code == code) &&
           d->ll->complete == d->index && (d->hc->complete > d->index || d->hc->end == END_EOF) &&
           (!reason || strcmp(d->ll->reason, reason) == 0);
}

/* llhttp's error position is the byte it failed on, or the one after it. */
static int ll_failed_on(const diff *d, int c)
{
    return byte_at(d, d->ll->at) == c || (d->ll->at > 0 && byte_at(d, d->ll->at - 1) == c);
}

/* Both read the whole head of the message where they part, and agree on it:
   the disagreement is about its body or what follows. */
static int both_heads_done(const diff *d)
{
    const msg *h = d->index < d->hc->count ? &d->hc->msgs[d->index] : NULL;
    const msg *l = d->index < d->ll->count ? &d->ll->msgs[d->index] : NULL;
    return h && l && h->head_end != 0 && l->part[START].len != 0 &&
           (!d->content || (same_log(&h->part[START], &l->part[START]) &&
                            same_log(&h->part[FIELDS], &l->part[FIELDS])));
}

/* How many lines with a colon come right before `at`. */
static size_t field_lines_before(const diff *d, size_t at)
{
    size_t n = 0;
    for (; at > 0 && memchr(d->s + line_start(d, at - 1), ':', at - line_start(d, at - 1)); n++)
        at = line_start(d, at - 1);
    return n;
}

/* A port whose sixth digit is at `at`, at most 65535, ending the authority. */
static int long_port_at(const diff *d, size_t at)
{
    size_t e = at - 5;
    unsigned long v = 0;
    if (at < 6 || d->s[at - 6] != ':')
        return 0;
    for (; e < d->len && is_digit(d->s[e]) && v <= 65535ul; e++)
        v = v * 10ul + (unsigned long)(d->s[e] - '0');
    return v <= 65535ul && e > at && (e == d->len || in_set(d->s[e], " /?\r\t"));
}

/* "Content_Length" or "Transfer_Encoding" (any case) names the line at b. */
static int cgi_framing_lookalike_at(const diff *d, size_t b)
{
    size_t e = line_content_end(d, b), n = skip(d->s, e, b, is_tchar) - b;
    return (b + n == e || d->s[b + n] == ':') &&
           (iequal(d->s + b, n, "content_length") || iequal(d->s + b, n, "transfer_encoding"));
}

/* llhttp refused a request's Transfer-Encoding inside that field line. */
static int ll_refused_te_line(const diff *d)
{
    size_t at = d->ll->at, vb, ve;
    return !d->su->client && ll_failed(d, HPE_INVALID_TRANSFER_ENCODING, NULL) &&
           field_at(d, line_start(d, at > 0 ? at - 1 : 0), &vb, &ve) == FIELD_TRANSFER_ENCODING;
}

static int in_llhttp_method_list(const uint8_t *m, size_t n)
{
#define LL_METHOD_NAME(num, name, string) #string,
    static const char *const names[] = {HTTP_METHOD_MAP(LL_METHOD_NAME) NULL};
#undef LL_METHOD_NAME
    size_t k = 0;
    while (names[k] && !(strlen(names[k]) == n && memcmp(names[k], m, n) == 0))
        k++;
    return names[k] != NULL;
}

/* ==================================================== the known differences
   Each entry recognises a difference by what both parsers reported, confirms
   it in the bytes, and cites the rule by which httpcodec is right (STRICTNESS
   and LIMITS: httpcodec.h's sections for choices the RFC leaves open). */
#define HC(code) hc_failed(d, HC_ERR_##code)
#define LL(code, reason) ll_failed(d, HPE_##code, reason)
static const char *known_difference(const diff *d)
{
    const head *h = &d->cur, *p = &d->prev;
    const run *hc = d->hc, *ll = d->ll;
    const uint8_t *s = d->s, *t = s + h->target;
    const size_t i = d->index, e = hc->at < d->len ? hc->at : d->len, l = ll->at, *n = h->count;
    const size_t line = line_start(d, e), next = next_line(d, line), lline = line_start(d, l);
    const size_t after = i > 0 ? hc->msgs[i - 1].end : 0; /* the message before */
    size_t vb, ve, lvb, lve, version = h->target + h->target_len + 1; /* after the second SP */
    size_t ext = skip(s, d->len, line, is_hex);                       /* past a chunk size */
    field_kind k = field_at(d, line, &vb, &ve), lk = field_at(d, lline, &lvb, &lve);
    int c = byte_at(d, e), server = !d->su->client;
    unsigned answers = i < hc->count ? hc->msgs[i].answers : M_GET; /* the request answered */
    int form_fits = !server || h->target_len == 0 /* the target's form fits its method */
                    || (method_is(d, h, "CONNECT") ? *t != '/' && matches(authority_with_port, t,
                                                                           h->target_len, NULL)
                        : *t == '*' ? h->target_len == 1 && method_is(d, h, "OPTIONS")
                                    : *t == '/' || matches(absolute_form, t, h->target_len, NULL));
    regmatch_t sch; /* the target's scheme */
    size_t scheme_end = matches(scheme, t, h->target_len, &sch) ? (size_t)sch.rm_eo : 0;

    /* httpcodec is stricter: it refuses what llhttp accepts */
    if (HC(BARE_LF) && c == '\n' && (e == 0 || s[e - 1] != '\r' || e == h->begin))
        return "httpcodec_rejects_bare_lf: RFC 9112 2.2 lets one be accepted; STRICTNESS: never";
    if (HC(BARE_CR) && c == '\r' && byte_at(d, e + 1) != '\n')
        return "httpcodec_rejects_bare_cr: RFC 9112 2.2: a bare CR MUST be treated as invalid";
    if (HC(UNEXPECTED_EOF) && hc->count == i && e == d->len && byte_at(d, e - 1) == '\r' &&
        matches(line_ends, s + after, e - after, NULL))
        return "httpcodec_rejects_cr_at_eof: RFC 9112 2.2: a last CR alone ends no line";
    if (HC(OBS_FOLD) && e >= 2 && is_ows(c) && s[e - 1] == '\n' && s[e - 2] == '\r')
        return "httpcodec_rejects_obs_fold: RFC 9112 5.2: a recipient may reject it; STRICTNESS";
    if (!d->content && hc->end == END_ERROR && hc->complete == i && hc->count > i &&
        hc->msgs[i].head_end == 0 && line > h->begin && next < d->len && is_ows(s[next]) &&
        s[next - 2] == '\r' && (ll->complete > i || ll->end == END_EOF || l > next))
        return "httpcodec_judges_field_before_obs_fold: the same, on the line before the fold";
    if (!server && HC(BAD_STATUS_LINE) && e == h->begin && c == '\r' && byte_at(d, e + 1) == '\n')
        return "httpcodec_rejects_empty_line_before_status_line: RFC 9112 2.2; STRICTNESS";
    if (server && HC(BAD_REQUEST_LINE) && h->method_len > 0 && h->target_len == 0 && e == h->end &&
        !memchr(t, ' ', h->end - h->target))
        return "httpcodec_rejects_request_line_without_version: RFC 9112 3; STRICTNESS: no 0.9";
    if (server && HC(BAD_VERSION) && h->target_len > 0 && e >= version && e < version + 5 &&
        version + 5 <= h->end && memcmp(s + version, "HTTP/", 5) != 0)
        return "httpcodec_rejects_protocol_other_than_http: RFC 9112 2.3: HTTP-name is HTTP";
    if ((HC(BAD_REQUEST_LINE) || HC(BAD_STATUS_LINE)) && e > 0 && is_ows(c) &&
        (is_ows(s[e - 1]) || c == '\t'))
        return "httpcodec_requires_single_sp_in_start_line: RFC 9112 3 and 4; STRICTNESS";
    if (!server && HC(BAD_STATUS_LINE) && e == h->begin + 12 && c == '\r')
        return "httpcodec_requires_sp_after_status_code: RFC 9112 4: SP before the reason";
    if (!server && (HC(BAD_STATUS) || (HC(BAD_STATUS_LINE) && e == h->begin + 9)) &&
        (skip(s, d->len, h->begin + 9, is_digit) != h->begin + 12 || h->status < 100 ||
         h->status > 599))
        return "httpcodec_rejects_status_outside_100_599: RFC 9110 15: 3DIGIT, 100 to 599";
    if (!server && HC(BAD_REASON) && ((c >= 0 && c < 0x20 && c != '\t') || c == 0x7F))
        return "httpcodec_rejects_ctl_in_reason: RFC 9112 4: no CTL but HTAB, no DEL";
    if (HC(UNSUPPORTED_VERSION) && h->major >= 0 && h->major != 1)
        return "httpcodec_rejects_major_version_not_1: RFC 9112 2.3, RFC 9110 2.5; STRICTNESS";
    if (server && HC(MISSING_HOST) && h->major == 1 && h->minor >= 1 && n[FIELD_HOST] == 0)
        return "httpcodec_rejects_missing_host: RFC 9112 3.2: 400 to HTTP/1.1 without Host";
    if (server && HC(DUPLICATE_HOST) && n[FIELD_HOST] >= 2)
        return "httpcodec_rejects_duplicate_host: RFC 9112 3.2: 400 to more than one Host";
    if (server && HC(BAD_HOST) && k == FIELD_HOST &&
        (vb < ve ? !matches(authority, s + vb, ve - vb, NULL)
                 : h->target_len == 0 || !is_alpha(*t) || method_is(d, h, "CONNECT")))
        return "httpcodec_rejects_invalid_host: RFC 9112 3.2, RFC 9110 7.2, 4.2.1, RFC 3986 3.2";
    if (server && HC(BAD_TARGET) &&
        ((c >= 0 && (c == '#' || (!is_uri_byte(c) && !in_set(c, " \t\r\n")))) ||
         (c == '%' && !(is_hex(byte_at(d, e + 1)) && is_hex(byte_at(d, e + 2)))) ||
         !form_fits))
        return "httpcodec_rejects_invalid_target: RFC 9112 3.2, RFC 3986 2.1, RFC 9110 9.3.6, 4.2";
    if (HC(BAD_TRANSFER_ENCODING) &&
        ((k == FIELD_TRANSFER_ENCODING && (is_http10(h) || h->te_bad_line <= line)) ||
         (server && n[FIELD_TRANSFER_ENCODING] && !h->te_chunked_last)))
        return "httpcodec_rejects_invalid_transfer_encoding: RFC 9112 6.1, 6.3, 7; STRICTNESS";
    if (HC(BAD_CONNECTION) && k == FIELD_CONNECTION && has_bad_element(s, vb, ve, token))
        return "httpcodec_rejects_invalid_connection_option: RFC 9110 7.6.1: tokens";
    if (HC(BAD_UPGRADE) && k == FIELD_UPGRADE && has_bad_element(s, vb, ve, protocol))
        return "httpcodec_rejects_invalid_upgrade: RFC 9110 7.8: protocols; STRICTNESS";
    if (HC(BAD_FIELD_NAME) && e == line && (c == ':' || cgi_framing_lookalike_at(d, e)))
        return "httpcodec_rejects_field_name: RFC 9110 5.1; STRICTNESS: no CGI framing look-alike";
    if (server && HC(CONNECT_WITH_BODY) && method_is(d, h, "CONNECT") &&
        (k == FIELD_TRANSFER_ENCODING ||
         (k == FIELD_CONTENT_LENGTH && !matches(zeros, s + vb, ve - vb, NULL))))
        return "httpcodec_rejects_connect_with_body: RFC 9110 9.3.6: no content; STRICTNESS";
    if (HC(BAD_CHUNK_SIZE) && e == line + 16 && ext > e)
        return "httpcodec_limits_chunk_size_to_16_digits: RFC 9112 7.1 (overflow); STRICTNESS";
    if ((HC(BAD_CHUNK_EXT) || HC(BAD_CHUNK_SIZE)) && ext > line &&
        !matches(chunk_ext, s + ext, line_content_end(d, line) - ext, NULL))
        return "httpcodec_rejects_invalid_chunk_ext: RFC 9112 7.1.1";
    if (HC(FORBIDDEN_TRAILER) && e == line &&
        (k == FIELD_CONTENT_LENGTH || k == FIELD_TRANSFER_ENCODING || k == FIELD_HOST))
        return "httpcodec_rejects_forbidden_trailer: RFC 9110 6.5.1; STRICTNESS";
    if ((HC(START_LINE_TOO_LONG) &&
         ((server && c == '\r' && e >= 8192) ||
          (e == h->begin + 8192 && line_lf(d, e) + 1 - h->begin > 8192))) ||
        (HC(FIELD_LINE_TOO_LONG) && e == line + 8192 && line_lf(d, e) + 1 - line > 8192) ||
        (HC(TOO_MANY_FIELDS) && h->fields > 100 && e == h->field_101) ||
        (HC(TOO_MANY_TRAILERS) && e == line && field_lines_before(d, e) == 100) ||
        (HC(CHUNK_EXT_TOO_LONG) && e == ext + 4096 && line_content_end(d, line) - ext > 4096))
        return "httpcodec_limits: LIMITS (lines, fields, trailers, chunk-ext); RFC 9110 5.4";

    /* llhttp is stricter, or frames differently: each is an llhttp bug */
    if (server && ll_failed(d, -1, NULL) && hc->complete > i && l >= h->begin &&
        l <= next_line(d, h->begin) && matches(token, s + h->begin, h->method_len, NULL) &&
        !in_llhttp_method_list(s + h->begin, h->method_len))
        return "llhttp_rejects_extension_method: RFC 9110 9.1: method = token, extensible";
    if (server && LL(INVALID_URL, "Unexpected char in url schema") && l > h->target &&
        l <= h->target + scheme_end && (scheme_end == h->target_len || t[scheme_end] == ':'))
        return "llhttp_rejects_valid_uri_scheme: RFC 3986 3.1: digits, + - . after a letter";
    if (LL(INVALID_VERSION, NULL) && h->major == 1 && h->minor > 1)
        return "llhttp_rejects_http1_minor_above_1: RFC 9110 2.5: read as 1.1; STRICTNESS";
    if (((LL(INVALID_CHUNK_SIZE, NULL) || LL(STRICT, NULL)) && strstr(ll->reason, "chunk") &&
         (ll_failed_on(d, ' ') || ll_failed_on(d, '\t')) && is_hex(byte_at(d, lline))) ||
        (LL(INVALID_CHUNK_SIZE, NULL) && is_hex(byte_at(d, lline)) &&
         matches(token_value_then_semicolon, s + lline, l - lline, NULL)) ||
        (LL(STRICT, "Invalid character in chunk extensions quoted value") && ll_failed_on(d, '\\')))
        return "llhttp_rejects_valid_chunk_ext: RFC 9112 7.1.1; RFC 9110 5.6.3 (MUST accept BWS)";
    if (!server && LL(UNEXPECTED_CONTENT_LENGTH, "Duplicate Content-Length") &&
        n[FIELD_CONTENT_LENGTH] >= 2 && h->cl_equal)
        return "llhttp_rejects_equal_duplicate_content_length: RFC 9110 8.6; STRICTNESS";
    if (LL(INVALID_CONTENT_LENGTH, NULL) && byte_at(d, l) == '\t' && lk == FIELD_CONTENT_LENGTH &&
        lvb < lve && skip(s, lve, lvb, is_digit) == lve && l >= lve)
        return "llhttp_rejects_htab_around_content_length: RFC 9110 5.5: OWS is SP or HTAB";
    if (!server && ll_failed(d, -1, NULL) && hc->complete == i + 1 && hc->end == END_SWITCHED &&
        answers == M_CONNECT && h->status / 100 == 2 &&
        (n[FIELD_CONTENT_LENGTH] > 0 || n[FIELD_TRANSFER_ENCODING] > 0))
        return "llhttp_checks_framing_of_connect_2xx: RFC 9110 9.3.6: a client MUST ignore it";
    if (!server &&
        LL(UNEXPECTED_CONTENT_LENGTH, "Content-Length can't be present with Transfer-Encoding") &&
        (answers == M_HEAD || h->status / 100 == 1 || h->status == 304) &&
        n[FIELD_CONTENT_LENGTH] > 0 && n[FIELD_TRANSFER_ENCODING] > 0)
        return "llhttp_rejects_te_with_cl_in_bodiless_response: RFC 9112 6.3 item 1; STRICTNESS";
    if ((h->te_empty_after || h->te_htab_after) && h->te_chunked_last &&
        (both_heads_done(d) || ll_refused_te_line(d)))
        return "llhttp_misreads_transfer_encoding: RFC 9110 5.6.1.2 (empty elements), 5.6.3";
    if (!d->content && i > 0 && p->options_before_htab != 0 && /* one stopped after i - 1 */
        ((hc->complete == i && (hc->end == END_CLOSED || hc->end == END_SWITCHED)) ||
         (ll->complete == i && (ll->end == END_CLOSED || ll->end == END_SWITCHED))))
        return "llhttp_misreads_connection_option_before_htab: RFC 9110 7.6.1, 5.6.3";
    if (i > 0 && hc->end == END_CLOSED && hc->complete == i && is_http10(p) &&
        (p->options & OPT_CLOSE) && (p->options & OPT_KEEP_ALIVE))
        return "llhttp_keeps_http10_alive_despite_close: RFC 9112 9.3: close ends it";
    if (server && i > 0 && ll->end == END_SWITCHED && ll->complete == i && hc->complete >= i &&
        !(hc->end == END_SWITCHED && hc->complete == i) && p->count[FIELD_UPGRADE] > 0 &&
        !method_is(d, p, "CONNECT") && (!p->offers_protocol || is_http10(p)))
        return "llhttp_upgrades_without_offer: RFC 9110 7.8 (#protocol, ignored in HTTP/1.0)";
    if (i > 0 && ll->end == END_CLOSED && ll->complete == i && hc->complete >= i &&
        hc->msgs[i - 1].trailer_close && !(p->options & OPT_CLOSE))
        return "llhttp_applies_connection_from_trailers: RFC 9110 6.5.1, 6.5.2";
    if (!server && i > 0 && ll->end == END_CLOSED && ll->complete == i && hc->complete >= i &&
        p->status / 100 == 1 && p->status != 101)
        return "llhttp_closes_after_interim_response: RFC 9110 15.2, RFC 9112 9.3";
    if (!server && i > 0 && hc->end == END_SWITCHED && hc->complete == i && p->status == 101 &&
        !(p->offers_protocol && (p->options & OPT_UPGRADE)))
        return "llhttp_continues_after_101_without_upgrade: RFC 9110 15.2.2, 7.8";

    /* strict choices first found by this harness */
    if ((HC(BAD_TRANSFER_ENCODING) || HC(CONFLICTING_FRAMING)) && k == FIELD_TRANSFER_ENCODING &&
        matches(no_coding, s + vb, ve - vb, NULL))
        return "httpcodec_rejects_te_line_without_coding: RFC 9110 5.6.1.2; STRICTNESS: ambiguous";
    if ((HC(BAD_TARGET) || HC(BAD_HOST)) && long_port_at(d, e))
        return "httpcodec_limits_port_to_5_digits: RFC 3986 3.2.3: port = *DIGIT; STRICTNESS";
    return NULL;
}
#undef HC
#undef LL

/* ------------------------------------------------------- comparison */

/* A known difference, or a finding; FUZZ_LLHTTP_VERBOSE=1 shows each one. */
static void judge(const setup *su, const run *hc, const run *ll, size_t index, int content,
                  const char *what)
{
    static const char *const ends[] = {"eof", "closed", "switched", "error"};
    diff d = {su, su->s, su->len, hc, ll, index, content, {0}, {0}};
    const char *known;
    read_head(&d, index, &d.cur);
    if (index > 0)
        read_head(&d, index - 1, &d.prev);
    known = known_difference(&d);
    if (!known || getenv("FUZZ_LLHTTP_VERBOSE"))
        fprintf(stderr, "%s: %s\n  httpcodec: %s %s at %zu\n  llhttp: %s %s (%s) at %zu\n"
                "masked by %s\n", su->client ? "responses" : "requests", what, ends[hc->end],
                hc->end == END_ERROR ? hc_error_name((hc_error_code)hc->code) : "", hc->at,
                ends[ll->end], llhttp_errno_name((llhttp_errno_t)ll->code),
                ll->reason ? ll->reason : "", ll->at, known ? known : "nothing");
    FUZZ_CHECK(known, "%s", what);
}

static void compare(const setup *su, const run *hc, const run *ll)
{
    size_t both = hc->complete < ll->complete ? hc->complete : ll->complete, i, k;
    char what[128];
    for (i = 0; i < both; i++)
        for (k = 0; k < PARTS; k++)
            if (!same_log(&hc->msgs[i].part[k], &ll->msgs[i].part[k])) {
                snprintf(what, sizeof what, "message %zu differs in its %s", i, part_names[k]);
                judge(su, hc, ll, i, 1, what);
                return;
            }
    if (hc->complete == ll->complete && (hc->end == END_ERROR) == (ll->end == END_ERROR))
        return;
    snprintf(what, sizeof what, "httpcodec %s with %zu complete message(s), llhttp %s with %zu",
             hc->end == END_ERROR ? "rejects" : "accepts", hc->complete,
             ll->end == END_ERROR ? "rejects" : "accepts", ll->complete);
    judge(su, hc, ll, both, 0, what);
}

static void run_free(run *r)
{
    size_t i, k;
    for (i = 0; i < r->count; i++)
        for (k = 0; k < PARTS; k++)
            fuzz_log_free(&r->msgs[i].part[k]);
    free(r->msgs);
}

static void fuzz_one(const uint8_t *data, size_t len)
{
    fuzz_input in = {data, len, 0};
    unsigned b = fuzz_byte(&in), methods = b & 1u ? fuzz_byte(&in) : 0u;
    setup su = {(int)(b & 1u), (b & 3u) != 0, b >> 2, methods, data + in.pos, len - in.pos};
    run hc = {0}, ll = {0};
    run_httpcodec(&su, &hc);
    run_llhttp(&su, &ll);
    compare(&su, &hc, &ll);
    run_free(&hc);
    run_free(&ll);
}
