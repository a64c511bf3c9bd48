/* fuzz_conn: a server hc_conn reading requests from the input and
   answering them the way the input says.

   Input: 3 bytes of setup (parse_setup_read), a byte N, then N bytes of
   application decisions, then the stream of requests. The application
   answers at the points the events make possible: at HEAD_DONE (before the
   body: full duplex; or a 100 Continue first), at PAUSED (the response is
   owed), at ERROR (the error response). Each answer takes its status,
   framing (stated once, in m->body: none, a length, chunked or to the
   close; a switch says TUNNEL and 1xx and 204 none, unless the decision
   asks for the wrong one), Connection field, HTTP version, body length,
   and whether it is first offered with a Content-Length or
   Transfer-Encoding among its fields, from the next decision bytes; a
   refused answer is followed by a plain 400 with Connection: close and a
   length of 0 (the same description whatever the request's method, HEAD
   included), which must always be accepted while a response is owed.

   Checked:
     - a refused hc_conn_start leaves the connection unchanged and its
       head writer emitting nothing;
     - a framing field among the fields is refused: when the same answer
       without it is accepted, with it it was refused with
       HC_ERR_FRAMING_FIELD_GIVEN at its index;
     - an accepted head ends with the framing field the writer adds, as
       m->body and the request answered say (Content-Length: N,
       Transfer-Encoding: chunked, Content-Length: 0 for a response with
       no body that could have one, or none);
     - every body and end call on an accepted response succeeds, but body
       bytes to HEAD, after a 304, 1xx, 204 or a switch, or when none is
       stated, are refused with HC_ERR_BODY_NOT_ALLOWED (the end then
       succeeds, empty);
     - everything the connection let the application write parses, as a
       client parser told the methods of the requests answered, into the
       same number of final responses without an error; if the server
       would reuse the connection, the client may too;
     - split invariance: the stream fed whole and in pieces gives the same
       events read and the same bytes written;
     - progress: the run ends within a bound, NEED_MORE never follows EOF,
       and PAUSED never comes while no response is owed. */
#define FUZZ_NAME "fuzz_conn"
#include "parse_check.h"

#define MAX_ANSWERED 256

typedef struct app {
    fuzz_input decisions;
    fuzz_log wrote;                    /* every byte the server wrote */
    hc_method answered[MAX_ANSWERED];  /* methods of the requests answered */
    size_t answered_count, finals;
    int keep_alive_after[MAX_ANSWERED]; /* hc_conn_keep_alive after each */
    hc_method method;                  /* of the request being read */
    hc_field fields[5];
    char length_text[8];
} app;

static void write_head(app *a, hc_head_writer *hw)
{
    char out[1024];
    size_t n = hc_write_head(hw, 0, out, sizeof out);
    FUZZ_CHECK(n > 0 && n == hc_head_size(hw), "head of %zu bytes written as %zu",
               hc_head_size(hw), n);
    fuzz_log_put(&a->wrote, out, n);
}

/* An answer to HEAD or a 304 stands for another message: framed like
   it, with no body (RFC 9110 sections 9.3.2, 15.4.5); 1xx but 101, and
   204, have neither body nor framing field; a 101 or 2xx to CONNECT
   switches. m->answers is the method of the request answered. */
static int stands_for_another(const hc_message *m)
{
    return m->answers == HC_METHOD_HEAD || m->status == 304;
}
static int no_framing_status(const hc_message *m)
{
    return (m->status < 200 && m->status != 101) || m->status == 204;
}
static int switching(const hc_message *m)
{
    return m->status == 101 || (m->answers == HC_METHOD_CONNECT && m->status / 100 == 2);
}

/* The field line the writer adds after the fields, as the header says. */
static const char *framing_line(const hc_message *m, char *buf, size_t cap)
{
    if (m->body == HC_BODY_LENGTH)
        snprintf(buf, cap, "Content-Length: %llu\r\n", (unsigned long long)m->content_length);
    else if (m->body == HC_BODY_CHUNKED)
        snprintf(buf, cap, "Transfer-Encoding: chunked\r\n");
    else if (m->body == HC_BODY_NONE && !no_framing_status(m) && !stands_for_another(m) &&
             !switching(m))
        snprintf(buf, cap, "Content-Length: 0\r\n");
    else
        buf[0] = '\0';
    return buf;
}

/* The body (length bytes of 'x') and the end of a response begun: the
   bytes of a body that is sent, and for one that is not (HEAD, 304, 1xx,
   204, a switch, none stated) a refusal of the first byte. */
static void write_body(app *a, hc_conn *c, const hc_message *m, size_t length)
{
    static const char data[8] = "xxxxxxxx";
    char out[64];
    hc_chunk_head ch;
    hc_body_writer ended;
    size_t n;
    int sent = !stands_for_another(m) && m->body != HC_BODY_NONE && m->body != HC_BODY_TUNNEL;
    if (length > 0 && sent) {
        FUZZ_CHECK(hc_conn_body(c, length, &ch) == HC_OK, "body of %zu refused", length);
        FUZZ_CHECK(ch.len <= sizeof ch.bytes && length <= sizeof data, "a chunk head of %zu",
                   ch.len);
        n = hc_write_chunk(&ch, data, length, 0, out, sizeof out);
        FUZZ_CHECK(n == hc_chunk_size(&ch, length), "chunk written short");
        fuzz_log_put(&a->wrote, out, n);
    } else if (!sent) {
        hc_chunk_head none;
        hc_error_code r = hc_conn_body(c, length ? length : 1, &none);
        FUZZ_CHECK(r == HC_ERR_BODY_NOT_ALLOWED && none.len == 0,
                   "a body byte after %u (%s stated, answering method %d): %s", m->status,
                   hc_body_name(m->body), (int)m->answers, hc_error_name(r));
    }
    FUZZ_CHECK(hc_conn_end(c, NULL, 0, &ended, NULL) == HC_OK, "end refused (%s body)",
               hc_body_name(m->body));
    n = hc_write_body_end(&ended, NULL, 0, 0, out, sizeof out);
    FUZZ_CHECK(n == hc_body_end_size(&ended, NULL, 0), "end written short");
    FUZZ_CHECK(n == 0 || (sent && m->body == HC_BODY_CHUNKED), "a body end of %zu bytes", n);
    fuzz_log_put(&a->wrote, out, n);
}

/* Starts m and writes its head, or checks that a refusal changed
   nothing and emits nothing. */
static hc_error_code start_where(app *a, hc_conn *c, hc_message *m, size_t *where)
{
    hc_conn before = *c;
    hc_head_writer hw;
    hc_error_code r = hc_conn_start(c, m, &hw, where);
    size_t from = a->wrote.len, n;
    char line[48];
    if (r != HC_OK) {
        char out[16];
        FUZZ_CHECK(memcmp(&before, c, sizeof before) == 0, "refused %u (%s) changed the conn",
                   m->status, hc_error_name(r));
        FUZZ_CHECK(hc_head_size(&hw) == 0 && hc_write_head(&hw, 0, out, sizeof out) == 0,
                   "refused %u (%s) emits a head", m->status, hc_error_name(r));
        return r;
    }
    write_head(a, &hw);
    /* The head ends with the writer's framing field, then CRLF. */
    framing_line(m, line, sizeof line);
    n = strlen(line);
    FUZZ_CHECK(a->wrote.len - from >= n + 2 &&
                   memcmp(a->wrote.data + a->wrote.len - n - 2, line, n) == 0 &&
                   memcmp(a->wrote.data + a->wrote.len - 2, "\r\n", 2) == 0,
               "%u (%s stated, answering method %d): the head does not end with %s", m->status,
               hc_body_name(m->body), (int)m->answers, n ? line : "its fields");
    return HC_OK;
}

static int start(app *a, hc_conn *c, hc_message *m)
{
    return start_where(a, c, m, NULL) == HC_OK;
}

static void add_field(hc_message *m, hc_field *fields, const char *name, const char *value)
{
    fields[m->field_count].name.ptr = name;
    fields[m->field_count].name.len = strlen(name);
    fields[m->field_count].value.ptr = value;
    fields[m->field_count].value.len = strlen(value);
    m->field_count++;
}

static void message_init(hc_message *m, hc_field *fields, unsigned status, const char *reason)
{
    memset(m, 0, sizeof *m);
    m->is_response = 1;
    m->version_minor = 1;
    m->status = status;
    m->reason.ptr = reason;
    m->reason.len = strlen(reason);
    m->fields = fields;
}

static void record_final(app *a, hc_conn *c)
{
    if (a->answered_count < MAX_ANSWERED) {
        a->answered[a->answered_count] = a->method;
        a->keep_alive_after[a->answered_count] = hc_conn_keep_alive(c);
        a->answered_count++;
    }
    a->finals++;
    /* The exchange is over: an error before the next request line
       answers no request (found by the first campaign: the harness kept
       the last method, and a plain answer to "HEAD" was framed wrong). */
    a->method = HC_METHOD_OTHER;
}

/* The plain answer that is always allowed while a response is owed. */
static void answer_plainly(app *a, hc_conn *c, unsigned status)
{
    hc_message m;
    message_init(&m, a->fields, status, "Bad");
    add_field(&m, a->fields, "Connection", "close");
    m.body = HC_BODY_LENGTH; /* of 0, to any request: HEAD included */
    FUZZ_CHECK(start(a, c, &m), "the plain %u answer was refused", status);
    write_body(a, c, &m, 0);
    record_final(a, c);
}

/* The framing field a caller might still list (the old way): refused. */
static void offer_with_framing_field(app *a, hc_conn *c, hc_message *m, unsigned given)
{
    static const char *const names[] = {"Content-Length", "transfer-encoding"};
    static const char *const values[] = {"0", "chunked", "gzip, chunked", "5"};
    hc_field *f = a->fields;
    size_t at = (given >> 1) % (m->field_count + 1), where = 0, k;
    hc_error_code with, without;
    for (k = m->field_count; k > at; k--)
        f[k] = f[k - 1];
    f[at].name.ptr = names[(given >> 4) & 1u];
    f[at].name.len = strlen(f[at].name.ptr);
    snprintf(a->length_text, sizeof a->length_text, "%s", values[(given >> 5) & 3u]);
    f[at].value.ptr = a->length_text;
    f[at].value.len = strlen(a->length_text);
    m->field_count++;
    with = start_where(a, c, m, &where);
    FUZZ_CHECK(with != HC_OK, "%s: %s among the fields accepted", names[(given >> 4) & 1u],
               a->length_text);
    m->field_count--;
    for (k = at; k < m->field_count; k++)
        f[k] = f[k + 1];
    {
        hc_conn probe = *c; /* the same answer without it, on a copy */
        without = hc_conn_start(&probe, m, NULL, NULL);
    }
    if (without == HC_OK)
        FUZZ_CHECK(with == HC_ERR_FRAMING_FIELD_GIVEN && where == at,
                   "a framing field given at %zu: %s at %zu, expected framing_field_given", at,
                   hc_error_name(with), where);
}

/* A final or interim answer as the next decision bytes say; 1 if a
   final one was written. */
static int answer(app *a, hc_conn *c)
{
    static const unsigned statuses[] = {200, 201, 204, 304, 101, 400, 404, 413, 500, 103, 426, 205};
    static const hc_body stated[] = {HC_BODY_NONE, HC_BODY_LENGTH, HC_BODY_CHUNKED, HC_BODY_CLOSE};
    unsigned status = statuses[fuzz_byte(&a->decisions) % 12u];
    unsigned how = fuzz_byte(&a->decisions), more = fuzz_byte(&a->decisions);
    unsigned framing = how & 3u, connection = (how >> 2) & 3u;
    size_t length = (how >> 4) & 7u;
    hc_message m;
    message_init(&m, a->fields, status, "Reason");
    m.version_minor = (unsigned char)!(how & 0x80u);
    /* The framing, stated once; a switch tunnels, 1xx and 204 have none,
       unless the decision asks for the wrong one (bit 6: refused). */
    m.body = stated[framing];
    m.answers = a->method; /* hc_conn_start fills it in too */
    if (!(more & 0x40u)) {
        if (switching(&m))
            m.body = HC_BODY_TUNNEL;
        else if (no_framing_status(&m))
            m.body = HC_BODY_NONE;
    }
    m.content_length = m.body == HC_BODY_LENGTH ? length : 0;
    if (connection == 1) {
        add_field(&m, a->fields, "Connection", "close");
    } else if (connection == 2) {
        add_field(&m, a->fields, "Connection", "keep-alive");
    } else if (connection == 3) {
        add_field(&m, a->fields, "Connection", "upgrade");
        add_field(&m, a->fields, "Upgrade", "websocket");
    }
    if (more & 1u)
        offer_with_framing_field(a, c, &m, more);
    if (!start(a, c, &m)) {
        if (status < 200 && status != 101)
            return 0;
        answer_plainly(a, c, 400);
        return 1;
    }
    write_body(a, c, &m, length);
    if (status < 200 && status != 101)
        return 0;
    record_final(a, c);
    return 1;
}

static void answer_continue(app *a, hc_conn *c)
{
    hc_message m;
    message_init(&m, a->fields, 100, "Continue");
    if (start(a, c, &m))
        write_body(a, c, &m, 0);
}

/* One run of the scenario; the read events go to log, the bytes written
   to a->wrote. */
static void conn_run(const parse_setup *s, const uint8_t *decisions, size_t ndecisions,
                     const char *input, size_t len, size_t max_piece, fuzz_log *log, app *a)
{
    hc_conn c;
    hc_event ev;
    parse_feed f;
    size_t calls = 0, zero_run = 0;
    int eof_told = 0, done = 0;
    memset(a, 0, sizeof *a);
    a->decisions.p = decisions;
    a->decisions.len = ndecisions;
    hc_conn_init(&c, HC_ROLE_SERVER, &s->limits);
    parse_feed_start(&f, input, len, max_piece, s->seed);
    while (!done) {
        const char *from = f.input + f.off;
        size_t avail = f.fed - f.off, n;
        FUZZ_CHECK(++calls <= 4 * len + 64, "no end after %zu calls", calls);
        memset(&ev, 0, sizeof ev);
        n = hc_conn_read(&c, from, avail, &ev);
        FUZZ_CHECK(n <= avail, "consumed %zu of %zu", n, avail);
        parse_check_event_spans(&ev, from, n);
        parse_check_progress(&zero_run, n, ev.type);
        if (ev.type != HC_EV_NEED_MORE && ev.type != HC_EV_BODY)
            parse_log_event(log, &ev, f.off + n);
        switch (ev.type) {
        case HC_EV_NEED_MORE:
            if (parse_need_more(&f, &eof_told))
                hc_conn_eof(&c);
            break;
        case HC_EV_BODY:
            break; /* body bytes are split-dependent events: the count is not logged */
        case HC_EV_REQUEST:
            a->method = ev.method;
            break;
        case HC_EV_HEAD_DONE: {
            unsigned when = fuzz_byte(&a->decisions);
            if (ev.expect_continue && (when & 2u))
                answer_continue(a, &c);
            if ((when & 1u) && hc_conn_writing(&c) == HC_CONN_SEND)
                answer(a, &c); /* before the body: full duplex */
            break;
        }
        case HC_EV_PAUSED: {
            int k;
            FUZZ_CHECK(hc_conn_writing(&c) == HC_CONN_SEND, "paused while writing is %s",
                       hc_conn_state_name(hc_conn_writing(&c)));
            for (k = 0; k < 3; k++) /* interim answers, then the final one */
                if (answer(a, &c))
                    break;
            if (k == 3)
                answer_plainly(a, &c, 500);
            break;
        }
        case HC_EV_ERROR:
            if (hc_conn_writing(&c) == HC_CONN_SEND)
                answer_plainly(a, &c, ev.error.status);
            FUZZ_CHECK(!hc_conn_keep_alive(&c), "kept alive after a read error");
            done = 1;
            break;
        case HC_EV_SWITCHED:
        case HC_EV_CLOSED:
            done = 1;
            break;
        default:
            break;
        }
        parse_consumed(&f, n);
    }
    PARSE_UNPOISON(input, len);
}

/* What the server wrote, read by a client that sent the requests answered. */
static void check_wrote(app *a)
{
    hc_parser p;
    hc_event ev;
    const char *out = a->wrote.data ? (const char *)a->wrote.data : "";
    size_t len = a->wrote.len, off = 0, k, finals = 0, calls = 0;
    int eof_told = 0, keep_alive = 1;
    unsigned status = 0;
    hc_parser_init(&p, HC_ROLE_CLIENT, NULL);
    for (k = 0; k < a->answered_count && k < 16; k++)
        hc_parser_expect_response(&p, a->answered[k]);
    for (;;) {
        FUZZ_CHECK(++calls <= 4 * len + 64, "reading the responses does not end");
        off += hc_parse(&p, out + off, len - off, &ev);
        if (ev.type == HC_EV_NEED_MORE) {
            FUZZ_CHECK(!eof_told, "responses cut");
            hc_parser_eof(&p);
            eof_told = 1;
        } else if (ev.type == HC_EV_RESPONSE) {
            status = ev.status;
        } else if (ev.type == HC_EV_HEAD_DONE) {
            keep_alive = ev.keep_alive;
        } else if (ev.type == HC_EV_MESSAGE_DONE && (status >= 200 || status == 101)) {
            /* The server reusing a connection the client would close is
               a desync; the other way round only costs a connection. */
            FUZZ_CHECK(finals >= a->answered_count || !a->keep_alive_after[finals] || keep_alive,
                       "response %zu: the server keeps the connection, the client closes",
                       finals);
            finals++;
            if (finals < a->answered_count && finals + 15 < a->answered_count)
                hc_parser_expect_response(&p, a->answered[finals + 15]);
        } else if (ev.type == HC_EV_PAUSED) {
            hc_parser_accept_upgrade(&p);
        } else if (ev.type == HC_EV_ERROR) {
            FUZZ_FAIL("the responses written do not parse: %s at %llu",
                      hc_error_name(ev.error.code), (unsigned long long)ev.error.offset);
        } else if (ev.type == HC_EV_SWITCHED || ev.type == HC_EV_CLOSED) {
            break;
        }
    }
    FUZZ_CHECK(finals == a->finals, "%zu final responses read, %zu written", finals, a->finals);
}

static void fuzz_one(const uint8_t *data, size_t len)
{
    fuzz_input in = {data, len, 0};
    parse_setup s;
    fuzz_log whole = {NULL, 0, 0}, pieces = {NULL, 0, 0};
    app a1, a2;
    size_t ndecisions, stream_len;
    const uint8_t *decisions;
    char *stream;
    parse_setup_read(&s, HC_ROLE_SERVER, &in);
    ndecisions = fuzz_byte(&in);
    if (ndecisions > len - in.pos)
        ndecisions = len - in.pos;
    decisions = data + in.pos;
    in.pos += ndecisions;
    stream_len = len - in.pos;
    stream = (char *)malloc(stream_len ? stream_len : 1);
    if (!stream)
        abort();
    if (stream_len)
        memcpy(stream, data + in.pos, stream_len);
    conn_run(&s, decisions, ndecisions, stream, stream_len, 0, &whole, &a1);
    check_wrote(&a1);
    conn_run(&s, decisions, ndecisions, stream, stream_len,
             s.max_piece == 1 && stream_len > 2048 ? 7 : s.max_piece, &pieces, &a2);
    parse_compare(&whole, &pieces, "in pieces, through hc_conn");
    FUZZ_CHECK(a1.wrote.len == a2.wrote.len &&
                   (a1.wrote.len == 0 || memcmp(a1.wrote.data, a2.wrote.data, a1.wrote.len) == 0),
               "the server wrote %zu bytes whole, %zu in pieces", a1.wrote.len, a2.wrote.len);
    fuzz_log_free(&whole);
    fuzz_log_free(&pieces);
    fuzz_log_free(&a1.wrote);
    fuzz_log_free(&a2.wrote);
    free(stream);
}
