/* The freestanding test subset: what tests/test_main.c checks that needs no
   malloc, no stdio and no host, for boards without a C library (Cortex-M
   under qemu-system-arm, AVR under simavr; tests/cross.sh runs them).

   - Every transcript case of tests/cases_*.c that the generated table holds
     (tests/embedded/gen_cases.c): hcdump's driver and event lines, written
     again here without malloc or printf, each line compared byte by byte
     with the case's expectation as it is produced (nothing is buffered but
     the line being compared). The splits are test_main.c's: whole, 1-byte
     and 7-byte pieces, cut at every offset, and bodies through
     hc_parse_body into buffers of 1, 3, 4096 (EMB_BODY_BUFFER) and
     1 + k % 7 bytes.
   - The writer: exact bytes of heads, chunks and body ends, emission
     resumed at every cap and offset, refusals of bad heads, the body
     writer's counting, a head parsed back, one hc_conn exchange.

   emb_run() prints "scanner: NAME", "cases: ...", "sizeof: ..." (the
   codec's structures on this target) and a line per failure
   through emb_puts(); the start-up code may add checks of its own
   (emb_check), then emb_summary() prints "N passed, N failed" and returns
   the number of failures. */
#define HTTPCODEC_IMPLEMENTATION
#include "../../httpcodec.h"
#include "../writer_cases.h" /* the writer fixtures test_writer.c checks too */
#include "emb.h"

/* Bodies no case has reach this size, so a smaller buffer than
   test_main.c's 4096 gives the same splits; AVR builds use 1024. */
#ifndef EMB_BODY_BUFFER
#define EMB_BODY_BUFFER 4096
#endif
#ifndef EMB_INPUT_MAX
#define EMB_INPUT_MAX 1024 /* the longest input of the cases is 595 bytes */
#endif
#ifndef EMB_LINE_MAX
#define EMB_LINE_MAX 160 /* a failure shows this much of the line */
#endif

static unsigned passed, failed;
static char input[EMB_INPUT_MAX];
static char decoded[EMB_BODY_BUFFER];

/* ------------------------------------------------------------ console */

static size_t emb_strlen(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

static int emb_memeq(const char *a, const char *b, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

static void put_u(unsigned long v)
{
    char b[12];
    size_t i = sizeof b - 1;
    b[i] = '\0';
    do {
        b[--i] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    emb_puts(b + i);
}

/* n bytes of s (or up to its NUL), printable ASCII as is, the rest as
   \xHH (so CR LF show); s may be in flash (EMB_ROM). */
static void put_shown(const EMB_ROM char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    char b[40];
    size_t i, k = 0;
    for (i = 0; i < n && s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7F) {
            b[k++] = (char)c;
        } else {
            b[k++] = '\\';
            b[k++] = 'x';
            b[k++] = hex[c >> 4];
            b[k++] = hex[c & 15];
        }
        if (k > sizeof b - 6) {
            b[k] = '\0';
            emb_puts(b);
            k = 0;
        }
    }
    b[k] = '\0';
    emb_puts(b);
}

void emb_check(int ok, const char *name)
{
    if (ok) {
        passed++;
    } else {
        failed++;
        emb_puts("FAIL ");
        emb_puts(name);
        emb_puts("\n");
    }
}

/* ------------------------------------------- output compared as it comes */

static struct {
    const EMB_ROM char *at;   /* the next expected byte (NUL: no more) */
    const EMB_ROM char *line; /* start of the expected line at hand */
    char got[EMB_LINE_MAX];   /* the output line at hand */
    size_t got_len;
    int bad;       /* output and expectation differ */
    int line_done; /* ... and the differing output line is complete */
} cmp;

static void out(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n && !cmp.line_done; i++) {
        char c = s[i];
        if (cmp.got_len < sizeof cmp.got)
            cmp.got[cmp.got_len++] = c;
        if (!cmp.bad) {
            if (*cmp.at == '\0' || *cmp.at != c)
                cmp.bad = 1;
            else
                cmp.at++;
        }
        if (c == '\n') {
            if (cmp.bad) {
                cmp.line_done = 1;
            } else {
                cmp.line = cmp.at;
                cmp.got_len = 0;
            }
        }
    }
}

static void out_str(const char *s) { out(s, emb_strlen(s)); }

static void out_u64(uint64_t v)
{
    char b[21];
    size_t i = sizeof b;
    do {
        b[--i] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    out(b + i, sizeof b - i);
}

/* hcdump's text_json_string without the quotes: printable ASCII as is
   (with \" and \\), every other byte as \u00XX. */
static void out_json_bytes(const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            char esc[2];
            esc[0] = '\\';
            esc[1] = (char)c;
            out(esc, 2);
        } else if (c >= 0x20 && c < 0x7F) {
            out((const char *)&c, 1);
        } else {
            char esc[6];
            esc[0] = '\\';
            esc[1] = 'u';
            esc[2] = '0';
            esc[3] = '0';
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            out(esc, 6);
        }
    }
}

static void out_key_string(const char *key, hc_span v)
{
    out_str(",\"");
    out_str(key);
    out_str("\":\"");
    out_json_bytes(v.ptr, v.len);
    out_str("\"");
}

static void out_key_bool(const char *key, int v)
{
    out_str(",\"");
    out_str(key);
    out_str(v ? "\":true" : "\":false");
}

static void out_version(const hc_event *ev)
{
    out_str(",\"version\":\"");
    out_u64(ev->version_major);
    out_str(".");
    out_u64(ev->version_minor);
    out_str("\"");
}

/* examples/hcdump.c's print_event, line for line. */
static void print_event(const hc_event *ev)
{
    out_str("{\"ev\":\"");
    out_str(hc_event_name(ev->type));
    out_str("\"");
    switch (ev->type) {
    case HC_EV_REQUEST:
        out_key_string("method", ev->method_name);
        out_key_string("target", ev->target);
        out_version(ev);
        break;
    case HC_EV_RESPONSE:
        out_str(",\"status\":");
        out_u64(ev->status);
        out_key_string("reason", ev->reason);
        out_version(ev);
        break;
    case HC_EV_FIELD:
    case HC_EV_TRAILER:
        out_key_string("name", ev->name);
        out_key_string("value", ev->value);
        break;
    case HC_EV_HEAD_DONE:
        out_str(",\"body\":\"");
        out_str(hc_body_name(ev->body));
        out_str("\"");
        if (ev->body == HC_BODY_LENGTH) {
            out_str(",\"length\":");
            out_u64(ev->content_length);
        }
        out_key_bool("keep_alive", ev->keep_alive);
        out_key_bool("upgrade", ev->upgrade);
        out_key_bool("expect_continue", ev->expect_continue);
        break;
    case HC_EV_ERROR:
        out_str(",\"code\":\"");
        out_str(hc_error_name(ev->error.code));
        out_str("\",\"offset\":");
        out_u64(ev->error.offset);
        out_str(",\"status\":");
        out_u64(ev->error.status);
        break;
    default:
        break;
    }
    out_str("}\n");
}

/* ------------------------------------------------- hcdump's driver */

static hc_method method_at(const emb_case *c, size_t k)
{
    if (c->method_count == 0)
        return HC_METHOD_GET;
    return (hc_method)c->methods[k < c->method_count ? k : c->method_count - 1u];
}

typedef struct mode {
    size_t split, at, body_buffer;
    int has_at;
} mode;

static size_t next_feed(const mode *m, size_t fed, size_t len)
{
    if (m->split > 0)
        return fed + m->split < len ? fed + m->split : len;
    if (m->has_at && fed < m->at && m->at < len)
        return m->at;
    return len;
}

/* hcdump_run with consecutive body events merged on the fly: the body
   line is opened at the first body byte and closed by the next event that
   is not BODY or NEED_MORE, exactly where hcdump prints its merged line. */
static int run_mode(const emb_case *c, const mode *m)
{
    hc_parser p;
    hc_event ev;
    hc_limits limits;
    size_t len = c->input_len, off = 0, fed, responses = 0, steps = 0;
    unsigned last_status = 0;
    int done = 0, eof_told = 0, in_body = 0;
    cmp.at = cmp.line = c->expect;
    cmp.got_len = 0;
    cmp.bad = cmp.line_done = 0;
    limits.max_start_line = c->max_start_line;
    limits.max_field_line = c->max_field_line;
    limits.max_header_count = c->max_header_count;
    limits.max_trailer_count = c->max_trailer_count;
    limits.max_chunk_ext = c->max_chunk_ext;
    hc_parser_init(&p, (hc_role)c->role, &limits);
    if (c->role == HC_ROLE_CLIENT)
        hc_parser_expect_response(&p, method_at(c, responses));
    fed = next_feed(m, 0, len);
    while (!done && !cmp.line_done) {
        if (++steps > 16 * (size_t)len + 256) { /* the parser makes progress */
            out_str("(the runner stopped: too many events)\n");
            break;
        }
        if (m->body_buffer)
            off += hc_parse_body(&p, input + off, fed - off, decoded, m->body_buffer, &ev);
        else
            off += hc_parse(&p, input + off, fed - off, &ev);
        if (ev.type != HC_EV_BODY && ev.type != HC_EV_NEED_MORE && in_body) {
            out_str("\"}\n");
            in_body = 0;
        }
        switch (ev.type) {
        case HC_EV_NEED_MORE:
            if (fed < len) {
                fed = next_feed(m, fed, len);
            } else if (!eof_told) {
                hc_parser_eof(&p);
                eof_told = 1;
            } else {
                out_str("(NEED_MORE after the end of the input)\n");
                done = 1;
            }
            break;
        case HC_EV_BODY:
            if (ev.data.len > 0 && !in_body) {
                out_str("{\"ev\":\"body\",\"data\":\"");
                in_body = 1;
            }
            out_json_bytes(ev.data.ptr, ev.data.len);
            break;
        case HC_EV_RESPONSE:
            last_status = ev.status;
            print_event(&ev);
            break;
        case HC_EV_MESSAGE_DONE:
            print_event(&ev);
            if (c->role == HC_ROLE_CLIENT && (last_status >= 200 || last_status == 101))
                hc_parser_expect_response(&p, method_at(c, ++responses));
            break;
        case HC_EV_PAUSED:
            print_event(&ev);
            if (c->accept_upgrade)
                hc_parser_accept_upgrade(&p);
            else
                hc_parser_decline_upgrade(&p);
            break;
        case HC_EV_SWITCHED:
        case HC_EV_CLOSED:
            if (ev.type == HC_EV_SWITCHED)
                print_event(&ev);
            out_str("{\"ev\":\"end\",\"rest\":\"");
            out_json_bytes(input + off, len - off);
            out_str("\"}\n");
            done = 1;
            break;
        case HC_EV_ERROR:
            print_event(&ev);
            done = 1;
            break;
        default:
            print_event(&ev);
            break;
        }
    }
    if (!cmp.bad && *cmp.at != '\0') { /* the output ended early */
        cmp.bad = 1;
        cmp.got_len = 0;
    }
    if (cmp.bad) {
        size_t n = 0;
        emb_puts("--- ");
        put_shown(c->name, 200);
        emb_puts(" (");
        if (m->split) {
            emb_puts("split ");
            put_u((unsigned long)m->split);
        } else if (m->has_at) {
            emb_puts("at ");
            put_u((unsigned long)m->at);
        } else {
            emb_puts("whole");
        }
        if (m->body_buffer) {
            emb_puts(", body buffer ");
            put_u((unsigned long)m->body_buffer);
        }
        emb_puts("): expected line\n");
        while (cmp.line[n] != '\0' && cmp.line[n] != '\n')
            n++;
        put_shown(cmp.line, n);
        emb_puts("\n--- got\n");
        cmp.got[cmp.got_len ? cmp.got_len - 1 : 0] = '\0';
        if (cmp.got_len == sizeof cmp.got)
            cmp.got[sizeof cmp.got - 1] = '\0';
        put_shown(cmp.got, sizeof cmp.got);
        emb_puts(cmp.got_len ? "\n" : "(end of output)\n");
    }
    return !cmp.bad;
}

/* test_main.c's run_case modes: whole and in 1- and 7-byte pieces, with
   bodies through hc_parse (body_buffer 0) or hc_parse_body into buffers
   of 1, 3 and all of `decoded` (-1); then cut at every offset. */
static const struct {
    size_t split, body_buffer;
} case_modes[] = {{0, 0}, {1, 0}, {7, 0}, {0, 1}, {1, 3}, {7, (size_t)-1}};

/* The input cut in two at every offset; with_body: bodies through
   hc_parse_body into 1 + k % 7 bytes. */
static int run_cuts(const emb_case *c, int with_body)
{
    mode m;
    size_t k;
    int ok = 1;
    m.split = 0;
    m.has_at = 1;
    for (k = 0; ok && k <= c->input_len; k++) {
        m.at = k;
        m.body_buffer = with_body ? 1 + k % 7 : 0;
        ok = run_mode(c, &m);
    }
    return ok;
}

static void run_case(const EMB_ROM emb_case *rc)
{
    emb_case c = *rc;
    mode m;
    size_t k;
    int ok = 1;
    if (c.input_len > sizeof input) {
        emb_check(0, "a case longer than EMB_INPUT_MAX");
        return;
    }
    for (k = 0; k < c.input_len; k++)
        input[k] = c.input[k];
    for (k = 0; ok && k < sizeof case_modes / sizeof case_modes[0]; k++) {
        m.split = case_modes[k].split;
        m.body_buffer = case_modes[k].body_buffer == (size_t)-1 ? sizeof decoded
                                                                 : case_modes[k].body_buffer;
        m.at = 0;
        m.has_at = 0;
        ok = run_mode(&c, &m);
    }
    if (ok)
        ok = run_cuts(&c, 0);
    if (ok)
        ok = run_cuts(&c, 1);
    if (ok) {
        passed++;
    } else {
        failed++;
        emb_puts("FAIL ");
        put_shown(c.name, 200);
        emb_puts(": transcript differs (see above)\n");
    }
}

/* ------------------------------------------------------------ writer */

static hc_span sp(const char *s)
{
    hc_span r;
    r.ptr = s;
    r.len = emb_strlen(s);
    return r;
}

static int bytes_are(const char *got, size_t n, const char *want)
{
    return n == emb_strlen(want) && emb_memeq(got, want, n);
}

static void message(hc_message *m, int response)
{
    hc_message zero = {0};
    *m = zero;
    m->is_response = (unsigned char)response;
    m->version_minor = 1;
    m->body = HC_BODY_NONE;
    m->answers = HC_METHOD_GET;
}

static char whole[512], part[512];

/* The head of m, checked, written whole into `whole`; 0 if refused. */
static size_t write_whole(const hc_message *m)
{
    hc_head_writer hw;
    if (hc_check_head(m, &hw, NULL) != HC_OK)
        return 0;
    return hc_write_head(&hw, 0, whole, sizeof whole);
}

/* Every cap from 1 up, resumed from the offset reached, gives the bytes
   written in one go; so do the pieces from every offset, 1..3 at a time.
   One check, one hc_head_writer for every call, as a writer has. */
static int head_resumable(const hc_message *m)
{
    hc_head_writer hw;
    size_t size, cap, off, k;
    if (hc_check_head(m, &hw, NULL) != HC_OK)
        return 0;
    size = hc_head_size(&hw);
    if (size == 0 || size > sizeof whole || hc_write_head(&hw, 0, whole, sizeof whole) != size)
        return 0;
    for (cap = 1; cap <= size; cap++) {
        size_t got = 0, w;
        while (got < size && (w = hc_write_head(&hw, got, part + got, cap)) > 0)
            got += w;
        if (got != size || !emb_memeq(part, whole, size))
            return 0;
    }
    for (off = 0; off <= size; off++) {
        size_t max;
        for (max = 1; max <= 3; max++) {
            hc_span pieces[3];
            size_t at = off, end = 0, got = 0, count;
            while ((count = hc_head_pieces(&hw, at, pieces, max, &end)) > 0) {
                for (k = 0; k < count; k++) {
                    if (pieces[k].len == 0 || got + pieces[k].len > size - off)
                        return 0;
                    HTTPCODEC_MEMCPY(part + got, pieces[k].ptr, pieces[k].len);
                    got += pieces[k].len;
                }
                at = end;
            }
            if (got != size - off || !emb_memeq(part, whole + off, got))
                return 0;
        }
    }
    return 1;
}

/* Whether a parser framed the head as m promised: the body sent (none for
   an answer to HEAD or a 304), and for a response with none that could
   have one, the "Content-Length: 0" the writer adds. */
static int framed_as_promised(const hc_message *m, const hc_event *ev)
{
    hc_body sent = m->is_response && (m->answers == HC_METHOD_HEAD || m->status == 304)
                       ? HC_BODY_NONE
                       : m->body;
    if (sent == HC_BODY_NONE && ev->body == HC_BODY_LENGTH)
        return ev->content_length == 0;
    return ev->body == sent && (sent != HC_BODY_LENGTH || ev->content_length == m->content_length);
}

/* Whether a field is the framing field the writer adds after m's. */
static int is_framing_field(hc_span name)
{
    return (name.len == 14 && emb_memeq(name.ptr, "Content-Length", 14)) ||
           (name.len == 17 && emb_memeq(name.ptr, "Transfer-Encoding", 17));
}

/* The head written, parsed back: the same start line, fields, framing;
   after m's fields at most the one framing field the writer adds. */
static int parses_back(const hc_message *m)
{
    hc_parser p;
    hc_event ev;
    size_t len = write_whole(m), off = 0, field = 0;
    hc_parser_init(&p, m->is_response ? HC_ROLE_CLIENT : HC_ROLE_SERVER, NULL);
    if (m->is_response)
        hc_parser_expect_response(&p, m->answers);
    for (;;) {
        off += hc_parse(&p, whole + off, len - off, &ev);
        switch (ev.type) {
        case HC_EV_REQUEST:
            if (m->is_response || ev.method_name.len != m->method.len ||
                !emb_memeq(ev.method_name.ptr, m->method.ptr, m->method.len) ||
                ev.target.len != m->target.len ||
                !emb_memeq(ev.target.ptr, m->target.ptr, m->target.len) ||
                ev.version_minor != m->version_minor)
                return 0;
            break;
        case HC_EV_RESPONSE:
            if (!m->is_response || ev.status != m->status || ev.reason.len != m->reason.len ||
                !emb_memeq(ev.reason.ptr, m->reason.ptr, m->reason.len))
                return 0;
            break;
        case HC_EV_FIELD:
            if (field < m->field_count
                    ? ev.name.len != m->fields[field].name.len ||
                          !emb_memeq(ev.name.ptr, m->fields[field].name.ptr, ev.name.len) ||
                          ev.value.len != m->fields[field].value.len ||
                          !emb_memeq(ev.value.ptr, m->fields[field].value.ptr, ev.value.len)
                    : field > m->field_count || !is_framing_field(ev.name))
                return 0;
            field++;
            break;
        case HC_EV_HEAD_DONE:
            return field >= m->field_count && off == len && framed_as_promised(m, &ev);
        default:
            return 0;
        }
    }
}

/* A head refused with this error at this place, and nothing emitted,
   even from a writer that held a valid head before; no body writer. */
static void refused(const hc_message *m, hc_error_code code, size_t where, const char *name)
{
    hc_head_writer hw;
    hc_body_writer w;
    hc_span pieces[2];
    size_t at = 12345, end = 0, k;
    int untouched = 1;
    for (k = 0; k < 64; k++)
        part[k] = 'Z';
    emb_check(hc_check_head(&wc_request, &hw, NULL) == HC_OK && hc_head_size(&hw) > 0, name);
    emb_check(hc_check_head(m, &hw, &at) == code && at == where && hc_head_size(&hw) == 0 &&
              hc_write_head(&hw, 0, part, 64) == 0 &&
              hc_head_pieces(&hw, 0, pieces, 2, &end) == 0 &&
              hc_body_writer_init(&w, &hw) == HC_ERR_INVALID_STATE,
          name);
    for (k = 0; k < 64; k++)
        untouched &= part[k] == 'Z';
    emb_check(untouched, name);
}

static void writer_tests(void)
{
    static const hc_field big[] = {{{"Content-Length", 14}, {"1099511627776", 13}}};
    static hc_field f[2];
    const size_t line = HC_WHERE_START_LINE;
    hc_message m = wc_request;
    hc_head_writer hw;
    hc_body_writer w;
    hc_chunk_head ch;
    size_t n, where = 0, cap;

    emb_check(hc_check_head(&m, &hw, NULL) == HC_OK, "writer_request_valid");
    n = hc_write_head(&hw, 0, whole, sizeof whole);
    emb_check(n == hc_head_size(&hw) && bytes_are(whole, n, wc_request_bytes),
          "writer_request_bytes");
    emb_check(head_resumable(&m), "writer_request_resumable");
    emb_check(parses_back(&m), "writer_request_parses_back");

    m = wc_response;
    n = write_whole(&m);
    emb_check(bytes_are(whole, n, wc_response_bytes), "writer_response_bytes");
    emb_check(head_resumable(&m), "writer_response_resumable");
    emb_check(parses_back(&m), "writer_response_parses_back");

    message(&m, 1);
    m.status = 103;
    m.fields = wc_response_fields; /* Server only */
    m.field_count = 1;
    emb_check(hc_check_head(&m, NULL, NULL) == HC_OK && head_resumable(&m) && parses_back(&m),
          "writer_interim");

    /* The answer to HEAD is described as the GET's: the writer says its
       Content-Length (no framing field among the fields), and its body
       writer takes no byte. */
    m = wc_length_response;
    m.answers = HC_METHOD_HEAD;
    n = write_whole(&m);
    emb_check(bytes_are(whole, n, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n") &&
                  parses_back(&m),
              "writer_head_answer");
    emb_check(hc_check_head(&m, &hw, NULL) == HC_OK && hc_body_writer_init(&w, &hw) == HC_OK &&
                  hc_body_data(&w, 1, &ch) == HC_ERR_BODY_NOT_ALLOWED,
              "writer_head_answer_no_body");

    /* A Content-Length past 32 bits, whatever size_t is, in decimal by
       the writer. */
    message(&m, 1);
    m.status = 200;
    m.reason = sp("OK");
    m.body = HC_BODY_LENGTH;
    m.content_length = (uint64_t)1 << 40;
    n = write_whole(&m);
    emb_check(bytes_are(whole, n, "HTTP/1.1 200 OK\r\nContent-Length: 1099511627776\r\n\r\n") &&
              parses_back(&m),
          "writer_64bit_length");

    /* Refusals: the error, where, and nothing written. */
    message(&m, 0);
    m.method = sp("GET");
    m.target = sp("/");
    m.fields = f;
    m.field_count = 1;
    f[0].name = sp("Host");
    f[0].value = sp("a\r\nX-Injected: 1");
    refused(&m, HC_ERR_BAD_FIELD_VALUE, 0, "writer_injection_value");
    f[0].value.ptr = "a\0b";
    f[0].value.len = 3;
    refused(&m, HC_ERR_BAD_FIELD_VALUE, 0, "writer_nul_value");
    f[0].value = sp("a");
    f[0].name = sp("Ho st");
    refused(&m, HC_ERR_BAD_FIELD_NAME, 0, "writer_bad_name");
    f[0].name = sp("Host");
    m.method = sp("GE T");
    refused(&m, HC_ERR_BAD_METHOD, line, "writer_bad_method");
    m.method = sp("GET");
    m.target = sp("/a\r\nHost: evil");
    refused(&m, HC_ERR_BAD_TARGET, line, "writer_injection_target");
    m.target = sp("/");
    m.field_count = 0;
    refused(&m, HC_ERR_MISSING_HOST, line, "writer_missing_host");
    /* The framing is said once, in m.body: the writer adds its field,
       and refuses one among the fields. */
    m.field_count = 2;
    f[1] = big[0]; /* Content-Length */
    m.body = HC_BODY_LENGTH;
    m.content_length = (uint64_t)1 << 40;
    refused(&m, HC_ERR_FRAMING_FIELD_GIVEN, 1, "writer_cl_given");
    m.field_count = 1;
    m.body = HC_BODY_CHUNKED;
    m.version_minor = 0;
    refused(&m, HC_ERR_NOT_FOR_HTTP10, line, "writer_chunked_http10");
    message(&m, 1);
    m.status = 600;
    refused(&m, HC_ERR_BAD_STATUS, line, "writer_status_600");
    m.status = 200;
    m.reason = sp("OK\r\nSet-Cookie: x");
    refused(&m, HC_ERR_BAD_REASON, line, "writer_injection_reason");
    m.reason = sp("No Content");
    m.status = 204;
    m.body = HC_BODY_LENGTH;
    refused(&m, HC_ERR_FRAMING_FIELD_NOT_ALLOWED, line, "writer_204_length");

    /* The body writer, chunked: chunk heads in hex, the last chunk with
       trailers, resumable at every cap; nothing after the end. */
    m = wc_chunked_request;
    emb_check(hc_check_head(&m, &hw, NULL) == HC_OK && hc_body_writer_init(&w, &hw) == HC_OK &&
              hc_body_data(&w, 5, &ch) == HC_OK && bytes_are(ch.bytes, ch.len, "5\r\n"),
          "body_first_chunk");
    n = hc_write_chunk(&ch, "hello", 5, 0, whole, sizeof whole);
    emb_check(n == hc_chunk_size(&ch, 5) && bytes_are(whole, n, "5\r\nhello\r\n"), "body_chunk_bytes");
    emb_check(hc_body_data(&w, 0x1a2b, &ch) == HC_OK && bytes_are(ch.bytes, ch.len, "1a2b\r\n"),
          "body_next_chunk");
    emb_check(hc_body_data(&w, (size_t)-1, &ch) == HC_OK && ch.len >= 6 &&
              ch.bytes[0] == 'f' && ch.bytes[ch.len - 3] == 'f',
          "body_largest_chunk");
    emb_check(hc_body_end(&w, wc_trailers, 2, NULL) == HC_OK, "body_end");
    n = hc_write_body_end(&w, wc_trailers, 2, 0, whole, sizeof whole);
    emb_check(n == hc_body_end_size(&w, wc_trailers, 2) && bytes_are(whole, n, wc_body_end_bytes),
          "body_end_bytes");
    {
        int same = 1;
        for (cap = 1; cap <= n; cap++) {
            size_t at = 0, k;
            while (at < n && (k = hc_write_body_end(&w, wc_trailers, 2, at, part + at, cap)) > 0)
                at += k;
            same &= at == n && emb_memeq(part, whole, n);
        }
        emb_check(same, "body_end_resumable");
    }
    emb_check(hc_body_data(&w, 1, &ch) == HC_ERR_INVALID_STATE, "body_after_end");
    emb_check(hc_body_writer_init(&w, &hw) == HC_OK &&
              hc_body_end(&w, big, 1, &where) == HC_ERR_FORBIDDEN_TRAILER && where == 0,
          "body_trailer_cl");

    /* Content-Length: counted. */
    m = wc_length_response;
    emb_check(hc_check_head(&m, &hw, NULL) == HC_OK && hc_body_writer_init(&w, &hw) == HC_OK &&
              hc_body_data(&w, 3, &ch) == HC_OK && ch.len == 0 &&
              hc_body_data(&w, 3, &ch) == HC_ERR_BODY_TOO_LONG,
          "body_too_long");
    emb_check(hc_body_end(&w, NULL, 0, NULL) == HC_ERR_BODY_INCOMPLETE, "body_incomplete");
    emb_check(hc_body_data(&w, 2, &ch) == HC_OK && hc_body_end(&w, NULL, 0, NULL) == HC_OK &&
              hc_body_end_size(&w, NULL, 0) == 0,
          "body_cl_exact");
    /* A 304 states the length a 200 would have, and has no body. */
    m.status = 304;
    emb_check(hc_check_head(&m, &hw, NULL) == HC_OK && hc_body_writer_init(&w, &hw) == HC_OK &&
              hc_body_data(&w, 1, &ch) == HC_ERR_BODY_NOT_ALLOWED &&
              hc_body_end(&w, NULL, 0, NULL) == HC_OK,
          "body_304_refused");
}

/* ------------------------------------------------ hc_parse_head, hc_conn */

static void api_tests(void)
{
    static const char req[] = "GET /a HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n\r\nrest";
    hc_parser p;
    hc_head head;
    hc_field fields[4];
    hc_event ev;
    hc_conn c;
    hc_message m;
    hc_head_writer hw;
    hc_body_writer ended;
    size_t n, off = 0;

    hc_parser_init(&p, HC_ROLE_SERVER, NULL);
    head.fields = fields;
    head.max_fields = 4;
    n = hc_parse_head(&p, req, sizeof req - 1, &head, &ev);
    emb_check(n == sizeof req - 5 && ev.type == HC_EV_HEAD_DONE && head.method == HC_METHOD_GET &&
              head.field_count == 2 && bytes_are(head.target.ptr, head.target.len, "/a") &&
              bytes_are(fields[1].value.ptr, fields[1].value.len, "1"),
          "parse_head");
    head.max_fields = 1;
    hc_parser_init(&p, HC_ROLE_SERVER, NULL);
    n = hc_parse_head(&p, req, sizeof req - 1, &head, &ev);
    emb_check(n == sizeof "GET /a HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n" - 1 && ev.type == HC_EV_FIELD &&
                  head.field_count == 1 && bytes_are(ev.name.ptr, ev.name.len, "X-A"),
              "parse_head_full");

    /* One exchange on a server connection: the request read, a response
       with a Content-Length written and counted, then the next request
       may be read. */
    hc_conn_init(&c, HC_ROLE_SERVER, NULL);
    do
        off += hc_conn_read(&c, req + off, sizeof req - 5 - off, &ev);
    while (ev.type != HC_EV_HEAD_DONE && ev.type != HC_EV_ERROR && ev.type != HC_EV_NEED_MORE);
    emb_check(ev.type == HC_EV_HEAD_DONE && hc_conn_writing(&c) == HC_CONN_SEND, "conn_head_read");
    message(&m, 1);
    m.status = 200;
    m.reason = sp("OK");
    m.body = HC_BODY_LENGTH; /* the codec writes the Content-Length */
    m.content_length = 2;
    emb_check(hc_conn_start(&c, &m, &hw, NULL) == HC_OK &&
                  hc_write_head(&hw, 0, whole, sizeof whole) == hc_head_size(&hw) &&
                  bytes_are(whole, hc_head_size(&hw),
                            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n"),
              "conn_start");
    emb_check(hc_conn_body(&c, 2, &(hc_chunk_head){{0}, 0}) == HC_OK &&
              hc_conn_end(&c, NULL, 0, &ended, NULL) == HC_OK &&
              hc_body_end_size(&ended, NULL, 0) == 0 && hc_conn_keep_alive(&c),
          "conn_end");
    off += hc_conn_read(&c, req + off, sizeof req - 5 - off, &ev);
    emb_check(ev.type == HC_EV_MESSAGE_DONE && hc_conn_outstanding(&c) == 0, "conn_message_done");
}

void emb_run(void)
{
    uint16_t i;
    emb_puts("scanner: ");
    emb_puts(hc_scanner());
    emb_puts("\ncases: ");
    emb_puts(emb_case_set);
    emb_puts(" (");
    put_u(emb_case_count);
    emb_puts(" transcripts)\nsizeof: hc_parser ");
    put_u(sizeof(hc_parser));
    emb_puts(", hc_conn ");
    put_u(sizeof(hc_conn));
    emb_puts(", hc_event ");
    put_u(sizeof(hc_event));
    emb_puts("\n");
    for (i = 0; i < emb_case_count; i++)
        run_case(&emb_cases[i]);
    writer_tests();
    api_tests();
}

int emb_summary(void)
{
    put_u(passed);
    emb_puts(" passed, ");
    put_u(failed);
    emb_puts(" failed\n");
    return (int)failed;
}

void emb_put_u(unsigned long v) { put_u(v); }
