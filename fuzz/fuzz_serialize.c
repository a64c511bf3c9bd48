/* fuzz_serialize: the writer, from a message the input describes.

   The input is read as a recipe (all choices modulo their range, so every
   input is a message):
     byte    bit 0 response, bit 1 HTTP/1.1, bit 2 answers HTTP/1.0,
             bits 3-5 the framing promised (hc_body, modulo 5)
     string  method (request) or reason (response)
     string  target (request)
     2 bytes status (response: 100 + n % 500, or a few beyond the range)
     byte    the method answered (response)
     byte    content-length choice
     byte    field count (0..15), then name, value strings for each
     byte    body piece count (0..7), then a length byte and the bytes
     byte    trailer count (0..3), then name, value strings for each
     byte    ... the rest seeds the emission caps and piece counts.
   A string is a length byte: with bit 7 set, one of the common words of
   the table below (so that valid framing is easy to reach), otherwise that
   many bytes (up to 63) of the input itself.

   Checked, per message:
     - refused (hc_check_head): the head writer it leaves (even one that
       held an accepted head before) writes nothing by any emission call,
       from the start or resumed at an offset, and no body writer starts;
     - accepted: hc_head_size equals the one-shot copy; copies resumed at
       every step with caps from the input, from offsets in the middle, and
       the piece form with 1..8 pieces per call all give the same bytes,
       never an empty piece; nothing is written past cap; all from one
       head writer, whose resumption cursor must not change the bytes
       whatever the order of the offsets (earlier ones after later ones,
       copy and piece forms mixed);
     - a check with no head writer (check only) gives the same verdict;
     - the same for every chunk and for the body end;
     - a refused body call leaves the writer unchanged;
     - the parser reads back what was written: start line, fields exactly,
       the framing promised, the body bytes, the trailers, then the end of
       the message exactly at the end of the bytes. */
#define FUZZ_NAME "fuzz_serialize"
#include "fuzz.h"

#define MAX_FIELDS 16
#define MAX_PIECES 8
#define MAX_TRAILERS 4

static const char *const words[] = {
    "GET", "HEAD", "POST", "PUT", "CONNECT", "OPTIONS", "TRACE", "/", "*",
    "example.com:443", "http://example.com/a?b", "Host", "example.com",
    "Content-Length", "Transfer-Encoding", "chunked", "gzip, chunked", "Connection",
    "close", "keep-alive", "upgrade", "Upgrade", "websocket", "Expect", "100-continue",
    "Trailer", "TE", "trailers", "0", "1", "5", "10", "OK", "Switching Protocols",
    "", " ", "a b", "X-Checksum", "Date", "Content-Type", "text/plain", "gzip", "close, upgrade",
    "Set-Cookie", "Cache-Control", "no-store", "Authorization", "Max-Forwards", "Content-Encoding",
};

typedef struct recipe {
    hc_message m;
    hc_field fields[MAX_FIELDS];
    hc_field trailers[MAX_TRAILERS];
    size_t trailer_count;
    hc_span pieces[MAX_PIECES];
    size_t piece_count;
} recipe;

static hc_span read_string(fuzz_input *in)
{
    unsigned n = fuzz_byte(in);
    hc_span s;
    if (n & 0x80u) {
        const char *w = words[(n & 0x7Fu) % (sizeof words / sizeof words[0])];
        s.ptr = w;
        s.len = strlen(w);
        return s;
    }
    n &= 0x3Fu;
    if (n > in->len - in->pos)
        n = (unsigned)(in->len - in->pos);
    s.ptr = (const char *)in->p + in->pos;
    s.len = n;
    in->pos += n;
    return s;
}

static uint64_t read_content_length(fuzz_input *in)
{
    static const uint64_t common[] = {0, 1, 5, 10};
    unsigned c = fuzz_byte(in);
    if (c < 4)
        return common[c];
    if (c == 4)
        return UINT64_MAX;
    return c - 5u;
}

static void read_recipe(recipe *r, fuzz_input *in)
{
    unsigned kind = fuzz_byte(in), n, k;
    hc_message *m = &r->m;
    memset(r, 0, sizeof *r);
    m->is_response = (unsigned char)(kind & 1u);
    m->version_minor = (unsigned char)((kind >> 1) & 1u);
    m->answers_http10 = (unsigned char)((kind >> 2) & 1u);
    m->body = (hc_body)(((kind >> 3) & 7u) % 5u);
    if (m->is_response) {
        unsigned status = fuzz_u16(in);
        m->reason = read_string(in);
        m->status = status >= 0xFFF0u ? status - 0xFFF0u + 595u : 100u + status % 500u;
        m->answers = (hc_method)(fuzz_byte(in) % (HC_METHOD_PATCH + 1u));
    } else {
        m->method = read_string(in);
        m->target = read_string(in);
    }
    m->content_length = read_content_length(in);
    n = fuzz_byte(in) % MAX_FIELDS;
    for (k = 0; k < n; k++) {
        r->fields[k].name = read_string(in);
        r->fields[k].value = read_string(in);
    }
    m->fields = r->fields;
    m->field_count = n;
    r->piece_count = fuzz_byte(in) % MAX_PIECES;
    for (k = 0; k < r->piece_count; k++)
        r->pieces[k] = read_string(in);
    r->trailer_count = fuzz_byte(in) % MAX_TRAILERS;
    for (k = 0; k < r->trailer_count; k++) {
        r->trailers[k].name = read_string(in);
        r->trailers[k].value = read_string(in);
    }
}

/* ------------------------------------------ one emission, every way */

/* Something the writer emits resumably: a head, a chunk or a body end. */
typedef struct emitter {
    size_t (*size)(void *ctx);
    size_t (*copy)(void *ctx, size_t offset, char *out, size_t cap);
    size_t (*pieces)(void *ctx, size_t offset, hc_span *pieces, size_t max, size_t *end);
    void *ctx; /* a head writer keeps a cursor: the calls may change it */
    const char *what;
} emitter;

/* The bytes written in one call into an exact buffer, appended to wire;
   every other way of emitting them must give the same. */
static void check_emission(const emitter *e, uint32_t *rng, fuzz_log *wire)
{
    size_t size = e->size(e->ctx), off, n, calls;
    char *whole = (char *)malloc(size + 1), *part = (char *)malloc(size + 17);
    if (!whole || !part)
        abort();
    n = e->copy(e->ctx, 0, whole, size);
    FUZZ_CHECK(n == size, "%s: one-shot wrote %zu of %zu", e->what, n, size);
    /* A larger buffer: nothing past the end is touched. */
    memset(part, 0x5A, size + 17);
    FUZZ_CHECK(e->copy(e->ctx, 0, part, size + 16) == size, "%s: large buffer", e->what);
    for (n = size; n < size + 17; n++)
        FUZZ_CHECK((unsigned char)part[n] == 0x5A, "%s: wrote past the end", e->what);
    FUZZ_CHECK(size == 0 || memcmp(part, whole, size) == 0, "%s: large buffer bytes", e->what);
    /* Resumed with caps drawn from the input, the offset reached each time. */
    for (off = 0, calls = 0; off < size; off += n) {
        size_t cap = 1 + fuzz_next(rng) % 64;
        memset(part + off, 0x5A, size + 17 - off);
        n = e->copy(e->ctx, off, part + off, cap);
        FUZZ_CHECK(n > 0 && n <= cap && n <= size - off, "%s: resumed at %zu cap %zu wrote %zu",
                   e->what, off, cap, n);
        FUZZ_CHECK((unsigned char)part[off + n] == 0x5A, "%s: wrote past cap", e->what);
        FUZZ_CHECK(++calls <= size, "%s: no progress", e->what);
    }
    FUZZ_CHECK(size == 0 || memcmp(part, whole, size) == 0, "%s: resumed bytes differ", e->what);
    FUZZ_CHECK(e->copy(e->ctx, size, part, 16) == 0, "%s: wrote at the end", e->what);
    /* Pieces from an offset inside, with room for 1..8 per call. */
    off = size ? fuzz_next(rng) % (size + 1) : 0;
    {
        hc_span pieces[MAX_PIECES];
        size_t at = off, got = off, max = 1 + fuzz_next(rng) % MAX_PIECES, end = 0, count, k;
        calls = 0;
        while ((count = e->pieces(e->ctx, at, pieces, max, &end)) > 0) {
            FUZZ_CHECK(count <= max, "%s: %zu pieces for room %zu", e->what, count, max);
            for (k = 0; k < count; k++) {
                FUZZ_CHECK(pieces[k].len > 0, "%s: an empty piece", e->what);
                FUZZ_CHECK(pieces[k].len <= size - got, "%s: pieces past the end", e->what);
                FUZZ_CHECK(memcmp(pieces[k].ptr, whole + got, pieces[k].len) == 0,
                           "%s: piece bytes differ at %zu", e->what, got);
                got += pieces[k].len;
            }
            FUZZ_CHECK(end == got, "%s: end %zu, pieces reach %zu", e->what, end, got);
            at = end;
            FUZZ_CHECK(++calls <= size + 1, "%s: pieces make no progress", e->what);
        }
        FUZZ_CHECK(got == size, "%s: pieces stop at %zu of %zu", e->what, got, size);
    }
    /* Offsets in any order, earlier ones after later ones, copies and
       pieces mixed: a head writer resumes from a cursor the last call
       left, which must never change the bytes. */
    for (calls = 0; calls < 6; calls++) {
        size_t at = size ? fuzz_next(rng) % (size + 1) : 0, k, end = 0, count;
        if (fuzz_next(rng) & 1u) {
            size_t cap = 1 + fuzz_next(rng) % 64;
            if (cap > size - at + 16)
                cap = size - at + 16; /* part holds size + 17 bytes */
            memset(part, 0x5A, size + 17);
            n = e->copy(e->ctx, at, part, cap);
            FUZZ_CHECK(n <= cap && n <= size - at && (n > 0) == (at < size),
                       "%s: copy at %zu (in any order) cap %zu wrote %zu", e->what, at, cap, n);
            FUZZ_CHECK((unsigned char)part[n] == 0x5A, "%s: wrote past cap (in any order)",
                       e->what);
            FUZZ_CHECK(n == 0 || memcmp(part, whole + at, n) == 0,
                       "%s: copy at %zu differs (in any order)", e->what, at);
        } else {
            hc_span pieces[MAX_PIECES];
            size_t max = 1 + fuzz_next(rng) % MAX_PIECES, got = at;
            count = e->pieces(e->ctx, at, pieces, max, &end);
            FUZZ_CHECK(count <= max && (count > 0) == (at < size),
                       "%s: %zu pieces at %zu (in any order) for room %zu", e->what, count, at,
                       max);
            for (k = 0; k < count; k++) {
                FUZZ_CHECK(pieces[k].len > 0 && pieces[k].len <= size - got,
                           "%s: piece %zu at %zu (in any order)", e->what, k, at);
                FUZZ_CHECK(memcmp(pieces[k].ptr, whole + got, pieces[k].len) == 0,
                           "%s: piece bytes differ at %zu (in any order)", e->what, got);
                got += pieces[k].len;
            }
            FUZZ_CHECK(end == got, "%s: end %zu, pieces from %zu reach %zu (in any order)",
                       e->what, end, at, got);
        }
    }
    fuzz_log_put(wire, whole, size);
    free(whole);
    free(part);
}

static size_t head_size(void *ctx) { return hc_head_size((const hc_head_writer *)ctx); }
static size_t head_copy(void *ctx, size_t offset, char *out, size_t cap)
{
    return hc_write_head((hc_head_writer *)ctx, offset, out, cap);
}
static size_t head_pieces(void *ctx, size_t offset, hc_span *p, size_t max, size_t *end)
{
    return hc_head_pieces((hc_head_writer *)ctx, offset, p, max, end);
}

typedef struct chunk_ctx {
    const hc_chunk_head *head;
    hc_span data;
} chunk_ctx;

static size_t chunk_size(void *ctx)
{
    const chunk_ctx *c = (const chunk_ctx *)ctx;
    return hc_chunk_size(c->head, c->data.len);
}
static size_t chunk_copy(void *ctx, size_t offset, char *out, size_t cap)
{
    const chunk_ctx *c = (const chunk_ctx *)ctx;
    return hc_write_chunk(c->head, c->data.ptr, c->data.len, offset, out, cap);
}
static size_t chunk_pieces(void *ctx, size_t offset, hc_span *p, size_t max, size_t *end)
{
    const chunk_ctx *c = (const chunk_ctx *)ctx;
    return hc_chunk_pieces(c->head, c->data.ptr, c->data.len, offset, p, max, end);
}

typedef struct end_ctx {
    const hc_body_writer *w;
    const hc_field *trailers;
    size_t count;
} end_ctx;

static size_t end_size(void *ctx)
{
    const end_ctx *e = (const end_ctx *)ctx;
    return hc_body_end_size(e->w, e->trailers, e->count);
}
static size_t end_copy(void *ctx, size_t offset, char *out, size_t cap)
{
    const end_ctx *e = (const end_ctx *)ctx;
    return hc_write_body_end(e->w, e->trailers, e->count, offset, out, cap);
}
static size_t end_pieces(void *ctx, size_t offset, hc_span *p, size_t max, size_t *end)
{
    const end_ctx *e = (const end_ctx *)ctx;
    return hc_body_end_pieces(e->w, e->trailers, e->count, offset, p, max, end);
}

/* ------------------------------------------------------ refusals */

/* A refused head: the head writer the check left produces nothing, from
   the start or resumed at any offset (a writer must not trust an offset
   as proof that an earlier call accepted the head). */
static void check_refused_head(const hc_message *m, hc_head_writer *hw, hc_error_code err,
                               size_t where, uint32_t *rng)
{
    char out[64];
    hc_span pieces[4];
    hc_body_writer w;
    size_t end = 7, k, round;
    FUZZ_CHECK(err > HC_OK && err < HC_ERR_COUNT_, "error %d", (int)err);
    FUZZ_CHECK(where == HC_WHERE_START_LINE || where < m->field_count, "where %zu of %zu",
               where, m->field_count);
    FUZZ_CHECK(hc_head_size(hw) == 0, "size of a refused head");
    for (round = 0; round < 4; round++) {
        size_t off = round == 0 ? 0 : 1 + fuzz_next(rng) % 512;
        memset(out, 0x5A, sizeof out);
        FUZZ_CHECK(hc_write_head(hw, off, out, sizeof out) == 0, "copy of a refused head at %zu",
                   off);
        for (k = 0; k < sizeof out; k++)
            FUZZ_CHECK((unsigned char)out[k] == 0x5A, "a refused head wrote a byte at %zu", off);
        FUZZ_CHECK(hc_head_pieces(hw, off, pieces, 4, &end) == 0,
                   "pieces of a refused head at %zu", off);
    }
    FUZZ_CHECK(hc_body_writer_init(&w, hw) == HC_ERR_INVALID_STATE, "body of a refused head");
}

/* ---------------------------------------------------- parsing back */

typedef struct sent {
    fuzz_log wire, body;
    size_t head_len;
    int ended; /* the body end was accepted and written */
    const hc_field *trailers;
    size_t trailer_count;
} sent;

static int span_is(hc_span a, hc_span b)
{
    return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}

static void check_start(const hc_message *m, const hc_event *ev)
{
    if (m->is_response) {
        FUZZ_CHECK(ev->type == HC_EV_RESPONSE, "read back %s, not a response",
                   hc_event_name(ev->type));
        FUZZ_CHECK(ev->status == m->status && span_is(ev->reason, m->reason),
                   "status line read back differs");
    } else {
        FUZZ_CHECK(ev->type == HC_EV_REQUEST, "read back %s, not a request",
                   hc_event_name(ev->type));
        FUZZ_CHECK(span_is(ev->method_name, m->method) && span_is(ev->target, m->target),
                   "request line read back differs");
    }
    FUZZ_CHECK(ev->version_major == 1 && ev->version_minor == m->version_minor, "version");
}

/* Parses what was sent and compares it with the message. */
static void check_parses_back(const hc_message *m, const sent *s)
{
    hc_parser p;
    hc_event ev;
    fuzz_log body = {NULL, 0, 0};
    const char *wire = (const char *)s->wire.data;
    size_t len = s->wire.len, off = 0, field = 0, trailer = 0, calls = 0;
    int eof_told = 0, head_done = 0;
    hc_parser_init(&p, m->is_response ? HC_ROLE_CLIENT : HC_ROLE_SERVER, NULL);
    if (m->is_response)
        FUZZ_CHECK(hc_parser_expect_response(&p, m->answers) == HC_OK, "queue");
    for (;;) {
        FUZZ_CHECK(++calls <= 4 * len + 16, "parsing back does not end");
        off += hc_parse(&p, wire + off, len - off, &ev);
        switch (ev.type) {
        case HC_EV_REQUEST:
        case HC_EV_RESPONSE:
            check_start(m, &ev);
            continue;
        case HC_EV_FIELD:
            FUZZ_CHECK(field < m->field_count && span_is(ev.name, m->fields[field].name) &&
                           span_is(ev.value, m->fields[field].value),
                       "field %zu read back differs", field);
            field++;
            continue;
        case HC_EV_HEAD_DONE:
            FUZZ_CHECK(field == m->field_count, "%zu fields of %zu read back", field,
                       m->field_count);
            FUZZ_CHECK(off == s->head_len, "head read back as %zu bytes of %zu", off,
                       s->head_len);
            FUZZ_CHECK(ev.body == m->body, "framing read back as %s, promised %s",
                       hc_body_name(ev.body), hc_body_name(m->body));
            FUZZ_CHECK(m->body != HC_BODY_LENGTH || ev.content_length == m->content_length,
                       "content length read back");
            head_done = 1;
            if (m->body == HC_BODY_TUNNEL)
                break; /* what follows is another protocol */
            continue;
        case HC_EV_BODY:
            fuzz_log_put(&body, ev.data.ptr, ev.data.len);
            continue;
        case HC_EV_TRAILER:
            FUZZ_CHECK(trailer < s->trailer_count && span_is(ev.name, s->trailers[trailer].name) &&
                           span_is(ev.value, s->trailers[trailer].value),
                       "trailer %zu read back differs", trailer);
            trailer++;
            continue;
        case HC_EV_NEED_MORE:
            if (!s->ended)
                break; /* the body was left unfinished */
            FUZZ_CHECK(m->body == HC_BODY_CLOSE && !eof_told, "the message read back is cut");
            hc_parser_eof(&p);
            eof_told = 1;
            continue;
        case HC_EV_MESSAGE_DONE:
            FUZZ_CHECK(s->ended, "message done before the body end was written");
            FUZZ_CHECK(off == len, "message done at %zu of %zu", off, len);
            FUZZ_CHECK(trailer == s->trailer_count, "%zu trailers read of %zu", trailer,
                       s->trailer_count);
            break;
        default:
            FUZZ_FAIL("reading back: %s (%s at %llu)", hc_event_name(ev.type),
                       ev.type == HC_EV_ERROR ? hc_error_name(ev.error.code) : "-",
                       (unsigned long long)ev.error.offset);
        }
        break;
    }
    FUZZ_CHECK(head_done, "the head was not read back");
    FUZZ_CHECK(body.len == s->body.len &&
                   (body.len == 0 || memcmp(body.data, s->body.data, body.len) == 0),
               "body read back: %zu bytes, %zu sent", body.len, s->body.len);
    fuzz_log_free(&body);
}

/* ------------------------------------------------------ the body */

/* Sends the recipe's body pieces and end; a refusal must change nothing,
   and the rest of the body is then given up (the message stays cut). */
static void send_body(const recipe *r, hc_body_writer *w, uint32_t *rng, sent *s)
{
    size_t k, where = 0;
    hc_body_writer before;
    hc_error_code err;
    for (k = 0; k < r->piece_count; k++) {
        hc_chunk_head ch;
        chunk_ctx c;
        emitter e = {chunk_size, chunk_copy, chunk_pieces, NULL, "chunk"};
        before = *w;
        err = hc_body_data(w, r->pieces[k].len, &ch);
        if (err != HC_OK) {
            FUZZ_CHECK(memcmp(&before, w, sizeof before) == 0, "refused data changed the writer");
            continue;
        }
        if (r->m.body != HC_BODY_CHUNKED)
            FUZZ_CHECK(ch.len == 0, "a chunk head on an unchunked body");
        else if (r->pieces[k].len > 0)
            FUZZ_CHECK(ch.len > 2, "no chunk head");
        c.head = &ch;
        c.data = r->pieces[k];
        e.ctx = &c;
        check_emission(&e, rng, &s->wire);
        fuzz_log_put(&s->body, r->pieces[k].ptr, r->pieces[k].len);
    }
    before = *w;
    err = hc_body_end(w, r->trailers, r->trailer_count, &where);
    if (err != HC_OK) {
        FUZZ_CHECK(memcmp(&before, w, sizeof before) == 0, "a refused end changed the writer");
        FUZZ_CHECK(where == HC_WHERE_START_LINE || where < r->trailer_count, "end where %zu",
                   where);
        FUZZ_CHECK(hc_body_end_size(w, r->trailers, r->trailer_count) == 0,
                   "a refused end has a size");
        if (r->trailer_count == 0 || hc_body_end(w, NULL, 0, NULL) != HC_OK)
            return;
        s->trailer_count = 0; /* ended without the refused trailers */
    } else {
        s->trailers = r->trailers;
        s->trailer_count = r->trailer_count;
    }
    {
        end_ctx c = {w, s->trailers, s->trailer_count};
        emitter e = {end_size, end_copy, end_pieces, NULL, "body end"};
        e.ctx = &c;
        check_emission(&e, rng, &s->wire);
    }
    s->ended = 1;
    {
        hc_chunk_head ch;
        FUZZ_CHECK(hc_body_data(w, 1, &ch) != HC_OK, "data after the end");
    }
}

static void fuzz_one(const uint8_t *data, size_t len)
{
    fuzz_input in = {data, len, 0};
    recipe r;
    sent s;
    hc_body_writer w;
    hc_head_writer hw;
    hc_message accepted;
    hc_field host;
    size_t where = 12345, where_only = 54321;
    uint32_t rng;
    hc_error_code err, err_only;
    read_recipe(&r, &in);
    rng = (uint32_t)fuzz_u16(&in) * 2654435761u + 7u;
    /* hw first holds an accepted head: a refusal must leave it empty. */
    memset(&accepted, 0, sizeof accepted);
    accepted.version_minor = 1;
    accepted.method.ptr = "GET";
    accepted.method.len = 3;
    accepted.target.ptr = "/";
    accepted.target.len = 1;
    host.name.ptr = "Host";
    host.name.len = 4;
    host.value.ptr = "a";
    host.value.len = 1;
    accepted.fields = &host;
    accepted.field_count = 1;
    FUZZ_CHECK(hc_check_head(&accepted, &hw, NULL) == HC_OK && hc_head_size(&hw) > 0,
               "the accepted head");
    err = hc_check_head(&r.m, &hw, &where);
    err_only = hc_check_head(&r.m, NULL, &where_only);
    FUZZ_CHECK(err_only == err && where_only == where,
               "a check only says %s at %zu, a check into hw %s at %zu", hc_error_name(err_only),
               where_only, hc_error_name(err), where);
    if (err != HC_OK) {
        check_refused_head(&r.m, &hw, err, where, &rng);
        return;
    }
    memset(&s, 0, sizeof s);
    {
        emitter e = {head_size, head_copy, head_pieces, NULL, "head"};
        e.ctx = &hw;
        check_emission(&e, &rng, &s.wire);
    }
    s.head_len = s.wire.len;
    FUZZ_CHECK(s.head_len > 0, "an accepted head of 0 bytes");
    FUZZ_CHECK(hc_body_writer_init(&w, &hw) == HC_OK, "no body writer for an accepted head");
    send_body(&r, &w, &rng, &s);
    check_parses_back(&r.m, &s);
    fuzz_log_free(&s.wire);
    fuzz_log_free(&s.body);
}
