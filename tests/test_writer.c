/* The head writer: validation, resumable copy emission, the piece form,
   and parsing back what was written. Included by test_main.c. The
   fixtures it shares with the freestanding runner are in writer_cases.h. */
#include "writer_cases.h"

static hc_span sp(const char *s)
{
    hc_span r;
    r.ptr = s;
    r.len = strlen(s);
    return r;
}

/* The head checked and written in one go into a large buffer; 0 when
   the check fails. */
static size_t one_shot(const hc_message *m, char *out, size_t cap)
{
    hc_head_writer hw;
    if (hc_check_head(m, &hw, NULL) != HC_OK)
        return 0;
    return hc_write_head(&hw, 0, out, cap);
}

/* Whether m checks and writes exactly these bytes. */
static int writes(const hc_message *m, const char *bytes)
{
    static char out[512];
    size_t n = one_shot(m, out, sizeof out);
    return n == strlen(bytes) && memcmp(out, bytes, n) == 0;
}

/* The body writer of m's head, checked here. */
static hc_error_code body_writer_of(hc_body_writer *w, const hc_message *m)
{
    hc_head_writer hw;
    hc_check_head(m, &hw, NULL);
    return hc_body_writer_init(w, &hw);
}

/* Whether out[from..to) still holds the canary byte: nothing written past
   a call's cap. */
#define CANARY 0x5A
static int canary_intact(const char *out, size_t from, size_t to)
{
    size_t k;
    for (k = from; k < to; k++)
        if (out[k] != CANARY)
            return 0;
    return 1;
}

/* Every cap from 1 up, resumed from the offset reached, gives the same
   bytes and writes nothing past its cap; so do the pieces from every
   offset, with room for 1..3 pieces; and calls that go back to an earlier
   offset (the writer resumes from where the last call stopped) give the
   bytes there. All from one check. */
static int emission_is_resumable(const hc_message *m)
{
    static char whole[16384], part[16384 + 64];
    hc_head_writer hw;
    size_t size, n, cap, off;
    if (hc_check_head(m, &hw, NULL) != HC_OK)
        return 0;
    size = hc_head_size(&hw);
    n = hc_write_head(&hw, 0, whole, sizeof whole);
    if (size == 0 || n != size || size > sizeof whole)
        return 0;
    for (cap = 1; cap <= size + 1; cap++) {
        size_t got = 0, w;
        memset(part, CANARY, size + 64);
        while (got < size && (w = hc_write_head(&hw, got, part + got, cap)) > 0) {
            if (w > cap || !canary_intact(part, got + w, size + 64))
                return 0;
            got += w;
        }
        if (got != size || memcmp(part, whole, size) != 0 ||
            hc_write_head(&hw, size, part, cap) != 0)
            return 0;
    }
    for (off = size + 1; off-- > 0;) { /* backwards: never where the last call stopped */
        size_t w = hc_write_head(&hw, off, part, 7);
        if (w != (size - off < 7 ? size - off : 7) || memcmp(part, whole + off, w) != 0)
            return 0;
    }
    for (off = 0; off <= size; off++) {
        size_t max;
        for (max = 1; max <= 3; max++) {
            hc_span pieces[3];
            size_t at = off, end = 0, got = 0, k, count;
            while ((count = hc_head_pieces(&hw, at, pieces, max, &end)) > 0) {
                for (k = 0; k < count; k++) {
                    if (pieces[k].len == 0 || got + pieces[k].len > size - off)
                        return 0;
                    memcpy(part + got, pieces[k].ptr, pieces[k].len);
                    got += pieces[k].len;
                }
                at = end;
            }
            if (got != size - off || memcmp(part, whole + off, got) != 0)
                return 0;
        }
    }
    return 1;
}

/* Whether two spans hold the same bytes; either may be {NULL, 0}. */
static int same_span(hc_span a, hc_span b)
{
    return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}

/* Whether a parser framed the head as m promised: the body sent (none for
   an answer to HEAD or a 304 that does not switch), and for a response with none that could
   have one, the "Content-Length: 0" the writer adds. */
static int framed_as_promised(const hc_message *m, const hc_event *ev)
{
    hc_body sent = m->is_response && m->body != HC_BODY_TUNNEL &&
                           (m->answers == HC_METHOD_HEAD || m->status == 304)
                       ? HC_BODY_NONE
                       : m->body;
    if (sent == HC_BODY_NONE && ev->body == HC_BODY_LENGTH)
        return ev->content_length == 0;
    return ev->body == sent && (sent != HC_BODY_LENGTH || ev->content_length == m->content_length);
}

/* Whether a field is the framing field the writer adds after m's. */
static int is_framing_field(hc_span name)
{
    return (name.len == 14 && memcmp(name.ptr, "Content-Length", 14) == 0) ||
           (name.len == 17 && memcmp(name.ptr, "Transfer-Encoding", 17) == 0);
}

/* Parses the written head back and compares it with m: its fields, then
   at most the one framing field the writer adds. */
static int parses_back(const hc_message *m)
{
    static char buf[16384];
    hc_parser p;
    hc_event ev;
    size_t len = one_shot(m, buf, sizeof buf), off = 0, field = 0;
    hc_parser_init(&p, m->is_response ? HC_ROLE_CLIENT : HC_ROLE_SERVER, NULL);
    if (m->is_response)
        hc_parser_expect_response(&p, m->answers);
    for (;;) {
        off += hc_parse(&p, buf + off, len - off, &ev);
        switch (ev.type) {
        case HC_EV_REQUEST:
            if (m->is_response || !same_span(ev.method_name, m->method) ||
                !same_span(ev.target, m->target) || ev.version_minor != m->version_minor)
                return 0;
            break;
        case HC_EV_RESPONSE:
            if (!m->is_response || ev.status != m->status || !same_span(ev.reason, m->reason) ||
                ev.version_minor != m->version_minor)
                return 0;
            break;
        case HC_EV_FIELD:
            if (field < m->field_count ? !same_span(ev.name, m->fields[field].name) ||
                                             !same_span(ev.value, m->fields[field].value)
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

static void writer_message(hc_message *m, int response)
{
    memset(m, 0, sizeof *m);
    m->is_response = (unsigned char)response;
    m->version_minor = 1;
    m->body = HC_BODY_NONE;
    m->answers = HC_METHOD_GET;
}

static void test_writer_examples(void)
{
    hc_message m = wc_request;
    char buf[512];
    size_t n;

    check(hc_check_head(&m, NULL, NULL) == HC_OK, "valid request", "writer_request_valid");
    n = one_shot(&m, buf, sizeof buf);
    check(n == sizeof wc_request_bytes - 1 &&
              memcmp(buf, wc_request_bytes, n) == 0,
          "exact bytes, names as given", "writer_request_bytes");
    check(emission_is_resumable(&m), "every cap and offset", "writer_request_resumable");
    check(parses_back(&m), "parses back", "writer_request_parses_back");

    m = wc_response;
    n = one_shot(&m, buf, sizeof buf);
    check(n == sizeof wc_response_bytes - 1 && memcmp(buf, wc_response_bytes, n) == 0,
          "exact bytes", "writer_response_bytes");
    check(emission_is_resumable(&m), "every cap and offset", "writer_response_resumable");
    check(parses_back(&m), "parses back", "writer_response_parses_back");

    writer_message(&m, 1);
    m.status = 103;
    m.reason = sp("");
    m.fields = wc_response_fields; /* Server only */
    m.field_count = 1;
    check(hc_check_head(&m, NULL, NULL) == HC_OK && emission_is_resumable(&m) && parses_back(&m),
          "interim 103 with an empty reason", "writer_interim");

    /* The answer to HEAD is described as the GET's: the writer says its
       Content-Length, and its body writer takes no byte. */
    m = wc_length_response;
    m.answers = HC_METHOD_HEAD;
    n = one_shot(&m, buf, sizeof buf);
    check(n == 38 && memcmp(buf, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", n) == 0 &&
              parses_back(&m),
          "HEAD answer says the GET's Content-Length", "writer_head_answer");
    {
        hc_body_writer w;
        hc_chunk_head ch;
        check(body_writer_of(&w, &m) == HC_OK &&
                  hc_body_data(&w, 1, &ch) == HC_ERR_BODY_NOT_ALLOWED &&
                  hc_body_end(&w, NULL, 0, NULL) == HC_OK && hc_body_end_size(&w, NULL, 0) == 0,
              "HEAD answer: every body byte refused", "writer_head_answer_no_body");
    }
}

/* One bad head per rule: the exact error and where, and nothing written. */
static void expect_refused(const hc_message *m, hc_error_code code, size_t where, const char *name)
{
    char buf[256];
    hc_span pieces[4];
    hc_head_writer hw;
    size_t at = 12345, end = 0, k;
    int untouched = 1;
    memset(buf, 'Z', sizeof buf);
    check(hc_check_head(m, &hw, &at) == code && at == where, hc_error_name(code), name);
    check(hc_head_size(&hw) == 0 && hc_write_head(&hw, 0, buf, sizeof buf) == 0 &&
              hc_head_pieces(&hw, 0, pieces, 4, &end) == 0,
          "nothing emitted", name);
    for (k = 0; k < sizeof buf; k++)
        untouched &= buf[k] == 'Z';
    check(untouched, "output buffer untouched", name);
}

static void test_writer_refusals(void)
{
    static hc_field f[2];
    hc_message m;
    const size_t line = HC_WHERE_START_LINE;

    writer_message(&m, 0);
    m.method = sp("GET");
    m.target = sp("/");
    m.fields = f;
    m.field_count = 1;
    f[0].name = sp("Host");
    f[0].value = sp("a");
    check(hc_check_head(&m, NULL, NULL) == HC_OK, "baseline", "writer_baseline");

    f[0].value = sp("a\r\nX-Injected: 1");
    expect_refused(&m, HC_ERR_BAD_FIELD_VALUE, 0, "writer_injection_value");
    f[0].value = sp("a\nb");
    expect_refused(&m, HC_ERR_BAD_FIELD_VALUE, 0, "writer_lf_value");
    f[0].value.ptr = "a\0b";
    f[0].value.len = 3;
    expect_refused(&m, HC_ERR_BAD_FIELD_VALUE, 0, "writer_nul_value");
    f[0].value = sp(" a");
    expect_refused(&m, HC_ERR_BAD_FIELD_VALUE, 0, "writer_leading_space");
    f[0].value = sp("a");
    f[0].name = sp("Ho st");
    expect_refused(&m, HC_ERR_BAD_FIELD_NAME, 0, "writer_bad_name");
    f[0].name = sp("");
    expect_refused(&m, HC_ERR_BAD_FIELD_NAME, 0, "writer_empty_name");
    f[0].name = sp("Host");

    m.method = sp("GE T");
    expect_refused(&m, HC_ERR_BAD_METHOD, line, "writer_bad_method");
    m.method = sp("GET");
    m.target = sp("/a b");
    expect_refused(&m, HC_ERR_BAD_TARGET, line, "writer_target_space");
    m.target = sp("/a\r\nHost: evil");
    expect_refused(&m, HC_ERR_BAD_TARGET, line, "writer_injection_target");
    m.target = sp("*");
    expect_refused(&m, HC_ERR_BAD_TARGET, line, "writer_asterisk_get");
    /* pct-encoded is '%' and two hex digits, up to the target's end. */
    m.target = sp("/x?y=%");
    expect_refused(&m, HC_ERR_BAD_TARGET, line, "writer_percent_at_end");
    m.target = sp("/x?y=%4a");
    m.target.len--; /* a hex digit follows, outside the target */
    expect_refused(&m, HC_ERR_BAD_TARGET, line, "writer_percent_one_digit");
    m.target = sp("/x?y=%4a");
    check(hc_check_head(&m, NULL, NULL) == HC_OK, "%4a", "writer_percent_ok");
    /* asterisk-form is the one byte "*" (RFC 9112 section 3.2.4). */
    m.method = sp("OPTIONS");
    check(hc_check_head(&m, NULL, NULL) == HC_OK, "OPTIONS *", "writer_asterisk_options");
    m.target = sp("*x");
    expect_refused(&m, HC_ERR_BAD_TARGET, line, "writer_asterisk_longer");
    m.method = sp("GET");
    m.target = sp("/");
    m.version_minor = 2;
    expect_refused(&m, HC_ERR_BAD_VERSION, line, "writer_bad_version");
    m.version_minor = 1;
    m.field_count = 0;
    expect_refused(&m, HC_ERR_MISSING_HOST, line, "writer_missing_host");

    /* The framing is said once, in m.body: the writer adds its field. */
    m.field_count = 2;
    f[1].name = sp("Content-Length");
    f[1].value = sp("5");
    m.body = HC_BODY_LENGTH;
    m.content_length = 5;
    expect_refused(&m, HC_ERR_FRAMING_FIELD_GIVEN, 1, "writer_cl_given");
    f[1].name = sp("transfer-ENCODING");
    f[1].value = sp("chunked");
    m.body = HC_BODY_CHUNKED;
    expect_refused(&m, HC_ERR_FRAMING_FIELD_GIVEN, 1, "writer_te_given");
    m.field_count = 1;
    check(writes(&m, "GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"),
          "chunked request", "writer_chunked_request");
    m.version_minor = 0;
    expect_refused(&m, HC_ERR_NOT_FOR_HTTP10, line, "writer_chunked_http10");
    m.version_minor = 1;
    m.body = HC_BODY_LENGTH;
    m.content_length = UINT64_MAX;
    check(writes(&m, "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 18446744073709551615\r\n\r\n"),
          "the largest length", "writer_length_max");
    m.content_length = 0;
    check(writes(&m, "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n"),
          "a length of 0", "writer_length_zero");
    m.content_length = 1000000007;
    check(writes(&m, "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1000000007\r\n\r\n"),
          "a length with zeros inside", "writer_length_zeros");
    m.body = HC_BODY_CLOSE;
    expect_refused(&m, HC_ERR_FRAMING_MISMATCH, line, "writer_close_request");
    m.body = HC_BODY_TUNNEL;
    expect_refused(&m, HC_ERR_FRAMING_MISMATCH, line, "writer_tunnel_request");
    m.body = (hc_body)99;
    expect_refused(&m, HC_ERR_FRAMING_MISMATCH, line, "writer_body_unknown");
    m.method = sp("CONNECT");
    m.target = sp("a:443");
    m.body = HC_BODY_LENGTH;
    m.content_length = 1;
    expect_refused(&m, HC_ERR_CONNECT_WITH_BODY, line, "writer_connect_length");
    m.body = HC_BODY_NONE;
    check(writes(&m, "CONNECT a:443 HTTP/1.1\r\nHost: a\r\n\r\n"), "CONNECT", "writer_connect");

    writer_message(&m, 1);
    m.status = 600;
    expect_refused(&m, HC_ERR_BAD_STATUS, line, "writer_status_600");
    m.status = 99;
    expect_refused(&m, HC_ERR_BAD_STATUS, line, "writer_status_99");
    m.status = 200;
    m.reason = sp("OK\r\nSet-Cookie: x");
    expect_refused(&m, HC_ERR_BAD_REASON, line, "writer_injection_reason");
    m.reason = sp("OK");
    /* No body on a response that could have one: said with a length of 0,
       or a parser would read it to the connection's close. */
    check(writes(&m, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"), "200 with no body",
          "writer_none_says_zero");
    m.body = HC_BODY_CLOSE;
    check(writes(&m, "HTTP/1.1 200 OK\r\n\r\n"), "close-delimited response", "writer_close_ok");
    m.fields = f;
    m.field_count = 1;
    f[0].name = sp("Content-Length");
    f[0].value = sp("0");
    expect_refused(&m, HC_ERR_FRAMING_FIELD_GIVEN, 0, "writer_response_cl_given");
    m.field_count = 0;
    m.body = HC_BODY_TUNNEL;
    expect_refused(&m, HC_ERR_FRAMING_MISMATCH, line, "writer_tunnel_200");
    m.status = 204;
    m.body = HC_BODY_LENGTH;
    m.content_length = 0;
    expect_refused(&m, HC_ERR_FRAMING_FIELD_NOT_ALLOWED, line, "writer_204_length");
    m.body = HC_BODY_CHUNKED;
    expect_refused(&m, HC_ERR_FRAMING_FIELD_NOT_ALLOWED, line, "writer_204_chunked");
    m.body = HC_BODY_CLOSE;
    expect_refused(&m, HC_ERR_FRAMING_MISMATCH, line, "writer_204_close");
    m.body = HC_BODY_NONE;
    check(writes(&m, "HTTP/1.1 204 OK\r\n\r\n"), "204: no field", "writer_204_none");
    m.status = 103;
    m.body = HC_BODY_LENGTH;
    expect_refused(&m, HC_ERR_FRAMING_FIELD_NOT_ALLOWED, line, "writer_1xx_length");
    m.status = 101;
    m.body = HC_BODY_NONE;
    expect_refused(&m, HC_ERR_FRAMING_MISMATCH, line, "writer_101_not_tunnel");
    m.status = 200;
    m.answers = HC_METHOD_CONNECT;
    m.body = HC_BODY_LENGTH;
    expect_refused(&m, HC_ERR_FRAMING_MISMATCH, line, "writer_connect_2xx_length");
    m.body = HC_BODY_TUNNEL;
    check(writes(&m, "HTTP/1.1 200 OK\r\n\r\n"), "2xx to CONNECT is a tunnel",
          "writer_connect_tunnel");
    m.status = 204;
    check(writes(&m, "HTTP/1.1 204 OK\r\n\r\n") && parses_back(&m), "a 204 to CONNECT tunnels too",
          "writer_connect_204_tunnel");
    m.body = HC_BODY_NONE;
    expect_refused(&m, HC_ERR_FRAMING_MISMATCH, line, "writer_connect_204_none");
    m.status = 304;
    m.answers = HC_METHOD_GET;
    m.body = HC_BODY_LENGTH;
    m.content_length = 42;
    check(writes(&m, "HTTP/1.1 304 OK\r\nContent-Length: 42\r\n\r\n") && parses_back(&m),
          "304 says the length of what it stands for", "writer_304_length");
    m.body = HC_BODY_NONE;
    check(writes(&m, "HTTP/1.1 304 OK\r\n\r\n"), "304 without a length", "writer_304_none");
    m.body = HC_BODY_CHUNKED;
    m.answers_http10 = 1;
    m.status = 200;
    expect_refused(&m, HC_ERR_NOT_FOR_HTTP10, line, "writer_chunked_to_http10");
}

/* Every byte a value or reason may not hold, at every place in values of
   every length up to past the longest the writer checks word by word, and
   the bytes it may hold (HTAB inside, obs-text) at each place too; the
   CGI look-alikes of the framing names, in any case. */
static void test_writer_value_bytes(void)
{
    static const unsigned char bad[] = {0x00, 0x01, 0x08, 0x0A, 0x0D, 0x1F, 0x7F};
    static const unsigned char good[] = {'\t', 0x80, 0xFF, '~', ' '};
    static const char *const lookalikes[] = {"Content_Length", "content_length",
                                             "CONTENT_LENGTH", "Transfer_Encoding",
                                             "transfer_encoding"};
    static const char *const near_misses[] = {"Content-Lengtx", "Content_Lengtx",
                                              "Transfer-Encodinh", "Xransfer_Encoding"};
    static hc_field f[2];
    static char value[100];
    hc_message m;
    size_t len, at, k, where;
    int ok = 1;
    writer_message(&m, 1);
    m.status = 200;
    m.body = HC_BODY_CLOSE;
    m.fields = f;
    m.field_count = 2;
    f[0].name = sp("Server");
    f[1].name = sp("X-Value");
    f[1].value = sp("1");
    for (len = 1; len <= sizeof value && ok; len++) {
        memset(value, 'v', len);
        for (at = 0; at < len && ok; at++) {
            for (k = 0; k < sizeof bad && ok; k++) {
                value[at] = (char)bad[k];
                f[0].value.ptr = value;
                f[0].value.len = len;
                m.reason.ptr = "OK";
                m.reason.len = 2;
                ok &= hc_check_head(&m, NULL, &where) == HC_ERR_BAD_FIELD_VALUE && where == 0;
                m.reason.ptr = value;
                m.reason.len = len;
                f[0].value = sp("v");
                ok &= hc_check_head(&m, NULL, &where) == HC_ERR_BAD_REASON;
            }
            for (k = 0; k < sizeof good && ok; k++) {
                int inside = at > 0 && at < len - 1; /* no OWS at a value's ends */
                if (!inside && (good[k] == '\t' || good[k] == ' '))
                    continue;
                value[at] = (char)good[k];
                f[0].value.ptr = value;
                f[0].value.len = len;
                m.reason.ptr = value;
                m.reason.len = len;
                ok &= hc_check_head(&m, NULL, NULL) == HC_OK;
            }
            value[at] = 'v';
        }
    }
    check(ok, "each CTL and DEL at each place of values and reasons of 1..100 bytes refused, HTAB and obs-text kept",
          "writer_value_bytes");
    m.reason = sp("OK");
    f[0].value = sp("1");
    ok = 1;
    for (k = 0; k < sizeof lookalikes / sizeof lookalikes[0]; k++) {
        f[1].name = sp(lookalikes[k]);
        ok &= hc_check_head(&m, NULL, &where) == HC_ERR_BAD_FIELD_NAME && where == 1;
    }
    for (k = 0; k < sizeof near_misses / sizeof near_misses[0]; k++) {
        f[1].name = sp(near_misses[k]);
        ok &= hc_check_head(&m, NULL, NULL) == HC_OK;
    }
    check(ok, "CGI look-alikes of Content-Length and Transfer-Encoding refused, near misses kept",
          "writer_lookalike_names");
}

/* Generated heads of every status class, written and parsed back. */
static void test_writer_generated(void)
{
    static hc_field fields[100];
    static char names[100][24], values[100][48], long_value[4000], out[16384];
    static const unsigned statuses[] = {100, 103, 200, 201, 204, 301, 304, 404, 500, 599};
    hc_message m;
    int i, ok = 1, checked = 0;
    for (i = 0; i < 300 && ok; i++) {
        size_t k, nf = i % 5 == 0 ? 50 + pick(49) : pick(10); /* with Host or framing: 99 */
        int response = (int)pick(2);
        for (k = 0; k < sizeof long_value; k++) /* visible ASCII, no OWS at the ends */
            long_value[k] = (char)(0x21 + pick(0x7E - 0x21 + 1));
        writer_message(&m, response);
        m.version_minor = (unsigned char)pick(2);
        for (k = 0; k < nf; k++) {
            do
                gen_token(names[k], 20);
            while (is_framing_name(names[k]) || hc__field_kind((const unsigned char *)names[k], strlen(names[k])) == HC__FIELD_LOOKALIKE);
            gen_value(values[k], 40);
            fields[k].name = sp(names[k]);
            fields[k].value = sp(values[k]);
        }
        if (nf > 0 && i % 3 == 0) { /* one long value */
            fields[0].value.ptr = long_value;
            fields[0].value.len = 100 + pick(sizeof long_value - 100);
        }
        if (response) {
            m.status = statuses[pick(10)];
            if (m.status < 200) /* no 1xx in HTTP/1.0 */
                m.version_minor = 1;
            m.reason = sp(pick(2) ? "Some Reason" : "");
            m.answers = pick(4) == 0 ? HC_METHOD_HEAD : HC_METHOD_GET;
            /* Said once; an answer to HEAD or a 304 as what it stands for. */
            if (m.status < 200 || m.status == 204)
                m.body = HC_BODY_NONE;
            else if (m.version_minor == 1 && pick(3) == 0)
                m.body = HC_BODY_CHUNKED;
            else if (pick(4) == 0)
                m.body = pick(2) ? HC_BODY_NONE : HC_BODY_CLOSE;
            else {
                m.content_length = pick(2) ? pick(100000) : (uint64_t)pick(1000) << 40;
                m.body = HC_BODY_LENGTH;
            }
        } else {
            m.method = sp(pick(2) ? "GET" : "PATCH");
            m.target = sp(pick(2) ? "/a/b?c=d" : "http://example.com:8080/x");
            fields[nf].name = sp("Host");
            fields[nf++].value = sp("example.com");
            if (pick(2)) {
                m.body = m.version_minor == 1 && pick(2) ? HC_BODY_CHUNKED : HC_BODY_LENGTH;
                m.content_length = pick(100000);
            }
        }
        m.fields = fields;
        m.field_count = nf;
        if (hc_check_head(&m, NULL, NULL) != HC_OK || !parses_back(&m))
            ok = 0;
        /* Every cap and offset is quadratic in the head size (and each
           call checks the head again): done on the smaller heads. */
        if (i % 10 == 1 && ok && one_shot(&m, out, sizeof out) <= 1024)
            ok = emission_is_resumable(&m), checked++;
    }
    check(ok && checked > 0, "300 generated heads (up to 99 fields, long values) write, resume and parse back", "writer_generated");
}


/* ------------------------------------------------------ the body writer */

/* Writes head, body (in pieces of the given sizes) and end into out. */
static size_t write_message(const hc_message *m, const char *body, const size_t *sizes,
                            size_t nsizes, const hc_field *trailers, size_t ntrailers,
                            char *out, size_t cap, int *ok)
{
    hc_body_writer w;
    hc_chunk_head ch;
    size_t len = one_shot(m, out, cap), k, off = 0, end;
    *ok = len > 0 && body_writer_of(&w, m) == HC_OK;
    for (k = 0; k < nsizes && *ok; k++) {
        *ok = hc_body_data(&w, sizes[k], &ch) == HC_OK;
        len += hc_write_chunk(&ch, body + off, sizes[k], 0, out + len, cap - len);
        off += sizes[k];
    }
    if (!*ok)
        return len; /* w may not even be initialized */
    *ok = hc_body_end(&w, trailers, ntrailers, NULL) == HC_OK;
    end = hc_write_body_end(&w, trailers, ntrailers, 0, out + len, cap - len);
    if (*ok)
        *ok = end == hc_body_end_size(&w, trailers, ntrailers);
    return len + end;
}

static void test_body_writer_chunked(void)
{
    static char body[8192], out[16384];
    static const size_t sizes[] = {1, 15, 16, 255, 256, 4096, 3};
    hc_message m = wc_chunked_request;
    hc_parser p;
    hc_event ev;
    size_t len, k, off = 0, got = 0, total = 0, ntrailers = 0;
    int ok, body_same = 1;
    for (k = 0; k < sizeof body; k++)
        body[k] = (char)pick(256);
    for (k = 0; k < sizeof sizes / sizeof sizes[0]; k++)
        total += sizes[k];
    len = write_message(&m, body, sizes, sizeof sizes / sizeof sizes[0], wc_trailers, 2, out,
                        sizeof out, &ok);
    check(ok, "chunked body written", "body_chunked_written");
    hc_parser_init(&p, HC_ROLE_SERVER, NULL);
    for (k = 0; k < 100 && ok; k++) {
        off += hc_parse(&p, out + off, len - off, &ev);
        if (ev.type == HC_EV_BODY) {
            body_same &= got + ev.data.len <= total && memcmp(ev.data.ptr, body + got, ev.data.len) == 0;
            got += ev.data.len;
        } else if (ev.type == HC_EV_TRAILER) {
            body_same &= ntrailers < 2 && span_is(ev.name, ntrailers ? "X-Empty" : "Checksum");
            ntrailers++;
        } else if (ev.type == HC_EV_MESSAGE_DONE || ev.type == HC_EV_ERROR || ev.type == HC_EV_NEED_MORE) {
            break;
        }
    }
    check(ok && ev.type == HC_EV_MESSAGE_DONE && off == len && got == total && body_same &&
              ntrailers == 2,
          "parses back: same body bytes and trailers", "body_chunked_parses_back");

    {   /* the end, resumed at every cap, and as pieces from every offset */
        hc_body_writer w;
        hc_chunk_head ch;
        char whole[128], part[128];
        size_t size, cap, o, n;
        int same = 1;
        body_writer_of(&w, &m);
        hc_body_data(&w, 5, &ch);
        check(ch.len == 3 && memcmp(ch.bytes, "5\r\n", 3) == 0, "first chunk head", "body_first_chunk");
        hc_body_data(&w, 0x1a2b, &ch);
        check(ch.len == 6 && memcmp(ch.bytes, "1a2b\r\n", 6) == 0, "next chunk head",
              "body_next_chunk");
        hc_body_end(&w, wc_trailers, 2, NULL);
        size = hc_write_body_end(&w, wc_trailers, 2, 0, whole, sizeof whole);
        check(size == hc_body_end_size(&w, wc_trailers, 2) &&
                  size == sizeof wc_body_end_bytes - 1 &&
                  memcmp(whole, wc_body_end_bytes, size) == 0,
              "last chunk and trailers", "body_end_bytes");
        for (cap = 1; cap <= size; cap++) {
            size_t at = 0;
            while (at < size && (n = hc_write_body_end(&w, wc_trailers, 2, at, part + at, cap)) > 0)
                at += n;
            same &= at == size && memcmp(part, whole, size) == 0;
        }
        for (o = 0; o <= size; o++) {
            hc_span pieces[2];
            size_t at = o, end = 0, got2 = 0, c;
            while ((c = hc_body_end_pieces(&w, wc_trailers, 2, at, pieces, 2, &end)) > 0) {
                for (n = 0; n < c; n++) {
                    memcpy(part + got2, pieces[n].ptr, pieces[n].len);
                    got2 += pieces[n].len;
                }
                at = end;
            }
            same &= got2 == size - o && memcmp(part, whole + o, got2) == 0;
        }
        check(same, "end emission resumable, pieces equal", "body_end_resumable");
        check(hc_body_data(&w, 1, &ch) == HC_ERR_INVALID_STATE && ch.len == 0,
              "no data after the end", "body_after_end");
    }
}

static void test_body_writer_refusals(void)
{
    static const hc_field cl_trailer[] = {{{"Content-Length", 14}, {"5", 1}}};
    static hc_field bad[1];
    hc_message m = wc_length_response;
    hc_body_writer w;
    hc_chunk_head ch;
    size_t where = 0;

    check(body_writer_of(&w, &m) == HC_OK, "init", "body_cl_init");
    check(hc_body_data(&w, 3, &ch) == HC_OK && ch.len == 0 && hc_body_data(&w, 3, &ch) == HC_ERR_BODY_TOO_LONG,
          "one byte over the Content-Length", "body_too_long");
    check(hc_body_end(&w, NULL, 0, NULL) == HC_ERR_BODY_INCOMPLETE, "ends early", "body_incomplete");
    check(hc_body_data(&w, 2, &ch) == HC_OK && hc_body_end(&w, NULL, 0, NULL) == HC_OK &&
              hc_body_end_size(&w, NULL, 0) == 0,
          "exactly the Content-Length, nothing to emit at the end", "body_cl_exact");

    /* An answer to HEAD carries no body bytes, whatever length it says. */
    m.answers = HC_METHOD_HEAD;
    check(body_writer_of(&w, &m) == HC_OK &&
              hc_body_data(&w, 1, &ch) == HC_ERR_BODY_NOT_ALLOWED && ch.len == 0,
          "body refused on a HEAD answer", "body_head_refused");
    check(hc_body_end(&w, NULL, 0, NULL) == HC_OK && hc_body_end_size(&w, NULL, 0) == 0,
          "HEAD answer ends with nothing", "body_head_end");

    m.answers = HC_METHOD_GET;
    m.status = 304; /* says the length of what it stands for */
    check(body_writer_of(&w, &m) == HC_OK &&
              hc_body_data(&w, 10, &ch) == HC_ERR_BODY_NOT_ALLOWED,
          "body refused on 304", "body_304_refused");
    m.body = HC_BODY_NONE;
    m.status = 204;
    check(body_writer_of(&w, &m) == HC_OK &&
              hc_body_data(&w, 10, &ch) == HC_ERR_BODY_NOT_ALLOWED,
          "body refused on 204", "body_204_refused");
    m.status = 100;
    check(body_writer_of(&w, &m) == HC_OK &&
              hc_body_data(&w, 10, &ch) == HC_ERR_BODY_NOT_ALLOWED,
          "body refused on 100", "body_1xx_refused");
    m.status = 200;
    check(body_writer_of(&w, &m) == HC_OK &&
              hc_body_data(&w, 1, &ch) == HC_ERR_BODY_NOT_ALLOWED,
          "body refused when none was said (Content-Length: 0)", "body_none_refused");
    m.body = HC_BODY_TUNNEL;
    check(body_writer_of(&w, &m) == HC_ERR_INVALID_STATE &&
              hc_body_data(&w, 1, &ch) == HC_ERR_INVALID_STATE,
          "an invalid head gives no writer", "body_invalid_head");

    m.body = HC_BODY_CLOSE;
    check(body_writer_of(&w, &m) == HC_OK && hc_body_data(&w, 100000, &ch) == HC_OK &&
              ch.len == 0 && hc_body_end(&w, cl_trailer, 1, NULL) == HC_ERR_INVALID_STATE,
          "close-delimited: data as is, no trailers", "body_close");

    {
        m.body = HC_BODY_CHUNKED;
        body_writer_of(&w, &m);
        check(hc_body_end(&w, cl_trailer, 1, &where) == HC_ERR_FORBIDDEN_TRAILER &&
                  where == 0,
              "Content-Length as a trailer", "body_trailer_cl");
        bad[0].name = sp("X");
        bad[0].value = sp("a\r\nContent-Length: 1");
        check(hc_body_end(&w, bad, 1, &where) == HC_ERR_BAD_FIELD_VALUE && where == 0 &&
                  hc_body_end_size(&w, bad, 1) == 0,
              "trailer injection refused", "body_trailer_injection");
        bad[0].name = sp("Bad Name");
        bad[0].value = sp("v");
        check(hc_body_end(&w, bad, 1, &where) == HC_ERR_BAD_FIELD_NAME, "bad trailer name",
              "body_trailer_name");
        check(hc_body_end(&w, NULL, 0, NULL) == HC_OK && hc_body_end_size(&w, NULL, 0) == 5,
              "no chunk at all: 0 CRLF CRLF", "body_chunked_empty");
    }
}

/* 100 Continue and 103 Early Hints written before the final answer to the
   same request, parsed back by the client role. */
static void test_writer_interim_sequence(void)
{
    static const hc_field link[] = {{{"Link", 4}, {"</a.css>; rel=preload", 21}},
                                    {{"Link", 4}, {"</b.js>; rel=preload", 20}}};
    static const unsigned statuses[] = {100, 103, 200};
    char out[512];
    size_t len = 0, off = 0, k;
    hc_message m;
    hc_parser p;
    hc_event ev;
    unsigned seen[3];
    size_t nseen = 0, links = 0;
    int body_ok = 0;
    unsigned interim = 0, ends = 0; /* bit k: HEAD_DONE and MESSAGE_DONE k had interim set */
    for (k = 0; k < 3; k++) {
        writer_message(&m, 1);
        m.status = statuses[k];
        m.reason = sp(k == 0 ? "Continue" : k == 1 ? "Early Hints" : "OK");
        m.fields = k == 1 ? link : NULL;
        m.field_count = k == 1 ? 2 : 0;
        m.body = k == 2 ? HC_BODY_LENGTH : HC_BODY_NONE;
        m.content_length = 2;
        len += one_shot(&m, out + len, sizeof out - len);
    }
    memcpy(out + len, "ok", 2);
    len += 2;
    hc_parser_init(&p, HC_ROLE_CLIENT, NULL);
    hc_parser_expect_response(&p, HC_METHOD_GET);
    for (k = 0; k < 40; k++) {
        off += hc_parse(&p, out + off, len - off, &ev);
        if (ev.type == HC_EV_RESPONSE && nseen < 3)
            seen[nseen++] = ev.status;
        links += ev.type == HC_EV_FIELD && span_is(ev.name, "Link");
        body_ok |= ev.type == HC_EV_BODY && span_is(ev.data, "ok");
        if (ev.type == HC_EV_HEAD_DONE || ev.type == HC_EV_MESSAGE_DONE) {
            interim |= (unsigned)(ev.interim != 0) << ends;
            ends++;
        }
        if ((ev.type == HC_EV_MESSAGE_DONE && nseen == 3) || ev.type == HC_EV_ERROR ||
            ev.type == HC_EV_NEED_MORE)
            break;
    }
    check(ev.type == HC_EV_MESSAGE_DONE && nseen == 3 && seen[0] == 100 && seen[1] == 103 &&
              seen[2] == 200 && links == 2 && body_ok && off == len,
          "100, 103 with fields, then 200 with its body", "writer_interim_sequence");
    check(ends == 6 && interim == 0xFu, "HEAD_DONE and MESSAGE_DONE of 100 and 103 are interim, 200's not",
          "interim_flag");
}

/* Generated responses with bodies (Content-Length or chunked with
   trailers, written in random pieces) parse back to the same bytes. */
static void test_writer_generated_bodies(void)
{
    static char body[2048], out[8192], tnames[3][24], tvalues[3][48];
    static hc_field fields[1], trailers[3];
    size_t sizes[64];
    hc_message m;
    int i, ok = 1;
    for (i = 0; i < 200 && ok; i++) {
        size_t blen = pick(sizeof body), nsizes = 0, left, k, len, off = 0, got = 0;
        size_t ntrailers = 0, tseen = 0;
        int chunked = (int)pick(2), written_ok;
        hc_parser p;
        hc_event ev;
        for (k = 0; k < blen; k++)
            body[k] = (char)pick(256);
        for (left = blen; left > 0 && nsizes < 63; nsizes++) {
            sizes[nsizes] = 1 + pick(left < 300 ? left : 300);
            left -= sizes[nsizes];
        }
        if (left > 0)
            sizes[nsizes++] = left;
        writer_message(&m, 1);
        m.status = 200;
        m.reason = sp("OK");
        m.fields = fields;
        m.field_count = 1;
        fields[0].name = sp("Content-Type");
        fields[0].value = sp("application/octet-stream");
        if (chunked) {
            m.body = HC_BODY_CHUNKED;
            ntrailers = pick(4);
            for (k = 0; k < ntrailers; k++) {
                do
                    gen_token(tnames[k], 20);
                while (is_framing_name(tnames[k]) ||
                       hc__field_kind((const unsigned char *)tnames[k], strlen(tnames[k])) == HC__FIELD_LOOKALIKE);
                gen_value(tvalues[k], 40);
                trailers[k].name = sp(tnames[k]);
                trailers[k].value = sp(tvalues[k]);
            }
        } else {
            m.body = HC_BODY_LENGTH;
            m.content_length = blen;
        }
        len = write_message(&m, body, sizes, nsizes, trailers, ntrailers, out, sizeof out,
                            &written_ok);
        ok = written_ok;
        hc_parser_init(&p, HC_ROLE_CLIENT, NULL);
        hc_parser_expect_response(&p, HC_METHOD_GET);
        for (k = 0; ok && k < 4 * (nsizes + ntrailers) + 16; k++) {
            off += hc_parse(&p, out + off, len - off, &ev);
            if (ev.type == HC_EV_BODY) {
                ok = got + ev.data.len <= blen && memcmp(ev.data.ptr, body + got, ev.data.len) == 0;
                got += ev.data.len;
            } else if (ev.type == HC_EV_TRAILER) {
                ok = tseen < ntrailers && span_is(ev.name, tnames[tseen]) &&
                     span_is(ev.value, tvalues[tseen]);
                tseen++;
            } else if (ev.type == HC_EV_MESSAGE_DONE || ev.type == HC_EV_ERROR ||
                       ev.type == HC_EV_NEED_MORE) {
                break;
            }
        }
        ok = ok && ev.type == HC_EV_MESSAGE_DONE && got == blen && tseen == ntrailers && off == len;
    }
    check(ok, "200 generated bodies and trailers parse back byte for byte", "writer_generated_bodies");
}

/* Sender rules and limits: whatever is written, a parser with the default
   limits reads back (RFC 9110 sections 7.6.1, 8.6, 15.3.6; RFC 9112 6.2). */
static void test_writer_sender_rules(void)
{
    static hc_field f[102];
    static char big[8200];
    hc_message m;
    hc_body_writer w;
    size_t k, where = 0;
    const size_t line = HC_WHERE_START_LINE;

    writer_message(&m, 0);
    m.method = sp("GET");
    m.target = sp("/");
    m.fields = f;
    f[0].name = sp("Host");
    f[0].value = sp("a");
    for (k = 1; k < 102; k++) {
        f[k].name = sp("X");
        f[k].value = sp("1");
    }
    m.field_count = 100;
    check(hc_check_head(&m, NULL, NULL) == HC_OK && parses_back(&m), "100 fields", "writer_100_fields");
    m.field_count = 101;
    expect_refused(&m, HC_ERR_TOO_MANY_FIELDS, 100, "writer_101_fields");
    /* The framing field the writer adds is one of the 100. */
    m.body = HC_BODY_LENGTH;
    m.content_length = 1;
    m.field_count = 99;
    check(hc_check_head(&m, NULL, NULL) == HC_OK && parses_back(&m), "99 fields and the length",
          "writer_99_fields_and_length");
    m.field_count = 100;
    expect_refused(&m, HC_ERR_TOO_MANY_FIELDS, 99, "writer_100_fields_and_length");
    m.body = HC_BODY_NONE;
    m.field_count = 2;
    memset(big, 'v', sizeof big);
    f[1].value.ptr = big;
    f[1].value.len = 8192 - 5; /* "X: " value CRLF = 8192 */
    check(hc_check_head(&m, NULL, NULL) == HC_OK && parses_back(&m), "field line at the limit",
          "writer_field_line_limit");
    f[1].value.len++;
    expect_refused(&m, HC_ERR_FIELD_LINE_TOO_LONG, 1, "writer_field_line_over");
    f[1].value = sp("1");
    m.target.ptr = big;
    big[0] = '/';
    m.target.len = 8192 - 15; /* "GET " target " HTTP/1.1" CRLF = 8192 */
    check(hc_check_head(&m, NULL, NULL) == HC_OK && parses_back(&m), "start line at the limit",
          "writer_start_line_limit");
    m.target.len++;
    expect_refused(&m, HC_ERR_START_LINE_TOO_LONG, line, "writer_start_line_over");
    m.target = sp("/");
    f[1].name = sp("Connection");
    f[1].value = sp("close, Transfer-Encoding");
    expect_refused(&m, HC_ERR_BAD_CONNECTION, 1, "writer_connection_names_te");
    f[1].value = sp("keep-alive, host");
    expect_refused(&m, HC_ERR_BAD_CONNECTION, 1, "writer_connection_names_host");
    f[1].name = sp("Upgrade");
    f[1].value = sp("\"websocket\"");
    expect_refused(&m, HC_ERR_BAD_UPGRADE, 1, "writer_upgrade_quoted");
    f[1].value = sp("websocket/");
    expect_refused(&m, HC_ERR_BAD_UPGRADE, 1, "writer_upgrade_empty_version");

    writer_message(&m, 1);
    m.status = 205;
    m.reason = sp("OK");
    m.fields = f;
    m.field_count = 0;
    m.body = HC_BODY_LENGTH;
    m.content_length = 5;
    expect_refused(&m, HC_ERR_BODY_NOT_ALLOWED, line, "writer_205_content");
    m.answers = HC_METHOD_HEAD; /* the HEAD answer says what the GET's would */
    expect_refused(&m, HC_ERR_BODY_NOT_ALLOWED, line, "writer_205_head_content");
    m.body = HC_BODY_CHUNKED;
    expect_refused(&m, HC_ERR_BODY_NOT_ALLOWED, line, "writer_205_chunked");
    m.answers = HC_METHOD_GET;
    m.body = HC_BODY_NONE;
    check(writes(&m, "HTTP/1.1 205 OK\r\nContent-Length: 0\r\n\r\n") &&
              body_writer_of(&w, &m) == HC_OK &&
              hc_body_data(&w, 1, &(hc_chunk_head){{0}, 0}) == HC_ERR_BODY_NOT_ALLOWED,
          "205 says Content-Length: 0 and sends nothing", "writer_205_empty");
    m.body = HC_BODY_LENGTH;
    m.content_length = 0;
    check(writes(&m, "HTTP/1.1 205 OK\r\nContent-Length: 0\r\n\r\n") &&
              body_writer_of(&w, &m) == HC_OK &&
              hc_body_data(&w, 1, &(hc_chunk_head){{0}, 0}) == HC_ERR_BODY_TOO_LONG,
          "205 with a length of 0", "writer_205_length_zero");

    {
        static hc_field t[101];
        m.status = 200;
        m.body = HC_BODY_CHUNKED;
        for (k = 0; k < 101; k++) {
            t[k].name = sp("T");
            t[k].value = sp("1");
        }
        body_writer_of(&w, &m);
        check(hc_body_end(&w, t, 101, &where) == HC_ERR_TOO_MANY_TRAILERS && where == 100,
              "101 trailers", "writer_101_trailers");
        check(hc_body_end(&w, t, 100, &where) == HC_OK, "100 trailers", "writer_100_trailers");
    }
}

static void test_writer_sender_musts(void)
{
    static hc_field f[3];
    hc_message m;
    hc_body_writer w;
    size_t where = 0;
    const size_t line = HC_WHERE_START_LINE;

    writer_message(&m, 1);
    m.status = 101;
    m.reason = sp("Switching Protocols");
    m.body = HC_BODY_TUNNEL;
    m.fields = f;
    f[0].name = sp("Connection");
    f[0].value = sp("upgrade");
    m.field_count = 1;
    expect_refused(&m, HC_ERR_MISSING_UPGRADE, line, "writer_101_without_upgrade");
    f[1].name = sp("Upgrade");
    f[1].value = sp("websocket");
    m.field_count = 2;
    check(hc_check_head(&m, NULL, NULL) == HC_OK && parses_back(&m), "101 with Upgrade", "writer_101");
    m.answers = HC_METHOD_HEAD;
    check(hc_check_head(&m, NULL, NULL) == HC_OK && parses_back(&m),
          "a 101 to HEAD is a switch, not a stand-in for a GET's answer", "writer_101_to_head");
    m.answers = HC_METHOD_GET;

    m.status = 100;
    m.reason = sp("Continue");
    m.body = HC_BODY_NONE;
    m.field_count = 0;
    m.answers_http10 = 1;
    expect_refused(&m, HC_ERR_NOT_FOR_HTTP10, line, "writer_1xx_to_http10");
    m.status = 200;
    m.reason = sp("OK");
    m.body = HC_BODY_CHUNKED;
    expect_refused(&m, HC_ERR_NOT_FOR_HTTP10, line, "writer_te_to_http10");
    m.answers_http10 = 0;
    check(hc_check_head(&m, NULL, NULL) == HC_OK, "chunked to HTTP/1.1", "writer_te_to_http11");
    body_writer_of(&w, &m);
    f[2].name = sp("Content-Type");
    f[2].value = sp("text/plain");
    check(hc_body_end(&w, f + 2, 1, &where) == HC_ERR_FORBIDDEN_TRAILER && where == 0,
          "Content-Type is no trailer", "writer_trailer_content_type");
    /* Names compare without case: every letter, 'A' and 'Z' too. */
    f[2].name = sp("AUTHORIZATION");
    f[2].value = sp("x");
    check(hc_body_end(&w, f + 2, 1, &where) == HC_ERR_FORBIDDEN_TRAILER && where == 0,
          "AUTHORIZATION is no trailer", "writer_trailer_upper_case");
    f[2].name = sp("Buthorization"); /* all but its first letter */
    check(hc_body_end(&w, f + 2, 1, &where) == HC_OK, "Buthorization is a trailer",
          "writer_trailer_near_name");

    writer_message(&m, 0);
    m.method = sp("TRACE");
    m.target = sp("/");
    m.fields = f;
    f[0].name = sp("Host");
    f[0].value = sp("a");
    m.field_count = 1;
    m.body = HC_BODY_LENGTH;
    m.content_length = 3;
    expect_refused(&m, HC_ERR_BODY_NOT_ALLOWED, line, "writer_trace_content");
    m.method = sp("GET");
    f[1].name = sp("Expect");
    f[1].value = sp("100-continue");
    m.field_count = 2;
    m.body = HC_BODY_NONE;
    expect_refused(&m, HC_ERR_EXPECT_WITHOUT_BODY, line, "writer_expect_no_body");
    m.method = sp("PUT");
    m.body = HC_BODY_LENGTH;
    check(hc_check_head(&m, NULL, NULL) == HC_OK && parses_back(&m), "100-continue with content",
          "writer_expect_with_body");
}

static void test_writer_chunk_emission(void)
{
    static const char data[] = "0123456789abcdefXYZ";
    hc_message m;
    hc_body_writer w;
    hc_chunk_head ch;
    char whole[64], part[64];
    size_t n = sizeof data - 1, size, cap, o;
    int same = 1;
    writer_message(&m, 1);
    m.status = 200;
    m.reason = sp("OK");
    m.body = HC_BODY_CHUNKED;
    body_writer_of(&w, &m);
    hc_body_data(&w, 1, &ch);
    hc_body_data(&w, n, &ch);
    size = hc_write_chunk(&ch, data, n, 0, whole, sizeof whole);
    check(size == 6 + n && size == hc_chunk_size(&ch, n) &&
              memcmp(whole, "13\r\n0123456789abcdefXYZ\r\n", size) == 0,
          "chunk head, data, CRLF", "chunk_bytes");
    for (cap = 1; cap <= size; cap++) {
        size_t at = 0, got;
        while (at < size && (got = hc_write_chunk(&ch, data, n, at, part + at, cap)) > 0)
            at += got;
        same &= at == size && memcmp(part, whole, size) == 0;
    }
    for (o = 0; o <= size; o++) {
        hc_span pieces[1];
        size_t at = o, end = 0, got = 0;
        while (hc_chunk_pieces(&ch, data, n, at, pieces, 1, &end) == 1) {
            memcpy(part + got, pieces[0].ptr, pieces[0].len);
            got += pieces[0].len;
            at = end;
        }
        same &= got == size - o && memcmp(part, whole + o, got) == 0;
    }
    check(same, "chunk emission resumable, pieces equal", "chunk_resumable");
}

/* Empty spans may be {NULL, 0} anywhere: a reason, field values and
   trailer values with no pointer at all, written at every cap and offset
   (in the sanitizer builds, NULL + 0 is undefined behaviour). */
static void test_writer_null_spans(void)
{
    static const hc_field fields[] = {{{"X-Empty", 7}, {NULL, 0}}, {{"X-A", 3}, {"1", 1}},
                                      {{"X-Also-Empty", 12}, {NULL, 0}}};
    static const hc_field trailers[] = {{{"X-T", 3}, {NULL, 0}}};
    static char out[256], part[256];
    hc_message m;
    hc_body_writer w;
    hc_chunk_head ch;
    size_t size, at, cap, n;
    int ok = 1;

    writer_message(&m, 1);
    m.status = 204;
    m.reason.ptr = NULL;
    m.reason.len = 0;
    m.fields = fields;
    m.field_count = 3;
    check(hc_check_head(&m, NULL, NULL) == HC_OK && emission_is_resumable(&m) && parses_back(&m),
          "a response with no reason and empty values, {NULL, 0}", "writer_null_spans_head");

    writer_message(&m, 0);
    m.method = sp("GET");
    m.target = sp("/");
    {
        static const hc_field host_empty[] = {{{"Host", 4}, {"a", 1}}, {{"X-Empty", 7}, {NULL, 0}}};
        m.fields = host_empty;
        m.field_count = 2;
    }
    check(hc_check_head(&m, NULL, NULL) == HC_OK && emission_is_resumable(&m) && parses_back(&m),
          "a request with an empty value, {NULL, 0}", "writer_null_spans_request");

    writer_message(&m, 1);
    m.status = 200;
    m.reason.ptr = NULL;
    m.reason.len = 0;
    {
        static const hc_field empty[] = {{{"X-Empty", 7}, {NULL, 0}}};
        m.fields = empty;
        m.field_count = 1;
    }
    m.body = HC_BODY_CHUNKED;
    ok = body_writer_of(&w, &m) == HC_OK && hc_body_data(&w, 0, &ch) == HC_OK &&
         hc_write_chunk(&ch, NULL, 0, 0, out, sizeof out) == 0 &&
         hc_body_end(&w, trailers, 1, NULL) == HC_OK;
    size = ok ? hc_write_body_end(&w, trailers, 1, 0, out, sizeof out) : 0;
    ok &= size == 12 && memcmp(out, "0\r\nX-T: \r\n\r\n", size) == 0;
    for (cap = 1; ok && cap <= size; cap++) {
        memset(part, CANARY, sizeof part);
        for (at = 0; at < size && (n = hc_write_body_end(&w, trailers, 1, at, part + at, cap)) > 0;
             at += n)
            ok &= n <= cap && canary_intact(part, at + n, sizeof part);
        ok &= at == size && memcmp(part, out, size) == 0;
    }
    check(ok, "a chunked body's end with an empty trailer value {NULL, 0}, every cap",
          "writer_null_spans_trailer");
}

/* The head changed after its check, breaking the caller's promise: the
   bytes may be wrong, but no call writes past its cap or past the size
   checked, no sum of lengths wraps, and HTTPCODEC_ASSERT reports it. */
static void test_writer_changed_after_check(void)
{
    static char big[4096], part[512];
    hc_field f[2];
    hc_message m;
    hc_head_writer hw;
    size_t size, cap, at, n, k, changes;
    int ok = 1;
    memset(big, 'v', sizeof big);
    writer_message(&m, 0);
    m.method = sp("GET");
    m.target = sp("/");
    m.fields = f;
    m.field_count = 2;
    f[0].name = sp("Host");
    f[0].value = sp("a");
    f[1].name = sp("X");
    f[1].value = sp("bcd");
    for (changes = 0; changes < 4; changes++) {
        ok &= hc_check_head(&m, &hw, NULL) == HC_OK;
        size = hc_head_size(&hw);
        if (changes == 0) { /* longer */
            f[0].value.ptr = big;
            f[0].value.len = sizeof big;
        } else if (changes == 1) { /* shorter */
            f[1].value.len = 1;
        } else if (changes == 2) { /* a length whose sum with the others wraps */
            f[0].value.ptr = big;
            f[0].value.len = (size_t)-1 - 3;
        } else { /* a longer target: the start line is not written whole */
            m.target.ptr = "/abcdefgh";
            m.target.len = 9;
        }
        asserts_expected = 1;
        asserts_seen = 0;
        for (cap = 1; cap <= size + 4; cap++) {
            hc_span pieces[3];
            size_t end = 0;
            memset(part, CANARY, sizeof part);
            for (at = 0; at < size && (n = hc_write_head(&hw, at, part + at, cap)) > 0; at += n)
                ok &= n <= cap && at + n <= size && canary_intact(part, at + n, sizeof part);
            ok &= at <= size;
            for (at = 0; (n = hc_head_pieces(&hw, at, pieces, 3, &end)) > 0; at = end) {
                size_t got = 0;
                for (k = 0; k < n; k++)
                    got += pieces[k].len;
                ok &= end > at && end <= size && got == end - at;
            }
        }
        asserts_expected = 0;
        ok &= asserts_seen > 0;
        f[0].value = sp("a");
        f[1].value = sp("bcd");
        m.target = sp("/");
    }
    check(ok, "a longer, a shorter and a wrapping value, a longer target after the check: never "
              "past cap or size, and asserted", "writer_changed_after_check");

    /* The same for a body's end: its trailers are checked by hc_body_end
       and not again when it is written. */
    {
        hc_message cm = wc_chunked_request;
        hc_body_writer w;
        hc_field t[1];
        size_t end_size;
        t[0].name = sp("Checksum");
        t[0].value = sp("abc");
        ok = body_writer_of(&w, &cm) == HC_OK && hc_body_end(&w, t, 1, NULL) == HC_OK;
        end_size = hc_body_end_size(&w, t, 1);
        ok &= end_size == 20;
        t[0].value.ptr = big;
        t[0].value.len = sizeof big;
        asserts_expected = 1;
        asserts_seen = 0;
        for (cap = 1; ok && cap <= end_size + 4; cap++) {
            memset(part, CANARY, sizeof part);
            for (at = 0; at < end_size && (n = hc_write_body_end(&w, t, 1, at, part + at, cap)) > 0;
                 at += n)
                ok &= n <= cap && at + n <= end_size && canary_intact(part, at + n, sizeof part);
        }
        asserts_expected = 0;
        check(ok && asserts_seen > 0, "a trailer changed after hc_body_end: never past cap or the "
                                      "size it checked, and asserted", "writer_trailer_changed_after_end");
    }
}

static void run_writer_tests(void)
{
    test_writer_examples();
    test_writer_refusals();
    test_writer_value_bytes();
    test_writer_generated();
    test_body_writer_chunked();
    test_body_writer_refusals();
    test_writer_interim_sequence();
    test_writer_generated_bodies();
    test_writer_sender_rules();
    test_writer_sender_musts();
    test_writer_chunk_emission();
    test_writer_null_spans();
    test_writer_changed_after_check();
}
