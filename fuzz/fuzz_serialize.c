/* fuzz_serialize: the writer, from a message the input describes.

   The input is read as a recipe (all choices modulo their range, so every
   input is a message):
     byte    bit 0 response, bit 1 HTTP/1.1, bit 2 answers HTTP/1.0,
             bits 3-5 the framing stated (hc_body, modulo 5), bit 6 keep
             the Content-Length and Transfer-Encoding fields of the list
             (otherwise they are left out: the framing is m->body's alone)
     string  method (request) or reason (response)
     string  target (request)
     2 bytes status (response: 100 + n % 500, or a few beyond the range)
     byte    the method answered (response)
     byte    content-length choice
     byte    field count (0..15), then name, value strings for each; from
             0xF8 on, (byte & 7) fields, then a byte t: "X-Pad: p" fields
             follow up to 95 + t % 8 in all (around the field limit, which
             the framing field the writer adds counts against)
     byte    body piece count (0..7), then a length byte and the bytes
     byte    trailer count (0..3), then name, value strings for each
     byte    ... the rest seeds the emission caps and piece counts.
   A string is a length byte: with bit 7 set, one of the common words of
   the table below (so that valid messages are easy to reach), otherwise
   that many bytes (up to 63) of the input itself.

   Checked, per message:
     - refused (hc_check_head): the head writer it leaves (even one that
       held an accepted head before) writes nothing by any emission call,
       from the start or resumed at an offset, and no body writer starts;
     - a check with no head writer (check only) gives the same verdict;
     - the framing is stated once: a Content-Length or Transfer-Encoding
       among the fields is never accepted, and when the message without
       them is accepted, the one with them is refused with
       HC_ERR_FRAMING_FIELD_GIVEN at the first one's index; an accepted
       message states a framing its status, method and versions allow
       (TUNNEL exactly for 101 and 2xx to CONNECT, NONE only for 1xx and
       204, no CLOSE on requests, no chunked in or to HTTP/1.0, 205 with
       none or a length of 0, CONNECT requests without content), and has
       at most 100 fields with the framing field; above that, when the
       first 100 (99 with a framing field) are accepted, it is refused
       with HC_ERR_TOO_MANY_FIELDS at 100 (99);
     - accepted: hc_head_size equals the one-shot copy; copies resumed at
       every step with caps from the input, from offsets in the middle, and
       the piece form with 1..8 pieces per call all give the same bytes,
       never an empty piece; nothing is written past cap; all from one
       head writer, whose resumption cursor must not change the bytes
       whatever the order of the offsets (earlier ones after later ones,
       copy and piece forms mixed);
     - the same for every chunk and for the body end;
     - a refused body call leaves the writer unchanged; an answer to HEAD,
       a 304, 1xx, 204 and a switch take no body byte (body_not_allowed),
       whatever framing they state;
     - the parser reads back what was written: start line, the fields
       exactly, then the framing field the writer adds (Content-Length: N,
       Transfer-Encoding: chunked, Content-Length: 0 for a response with
       no body that could have one, or none), the framing that implies,
       the body bytes, the trailers, then the end of the message exactly
       at the end of the bytes;
     - a head changed after its check (a field value, else the target or
       reason: longer, shorter, or a huge length over a buffer as large as
       the head checked) breaks the caller's promise: the bytes may be
       wrong, and HTTPCODEC_ASSERT says so (counted here, not fatal), but
       no copy at any cap or offset writes past its cap or past the size
       checked, and no piece reaches past that size. */
#define FUZZ_NAME "fuzz_serialize"
#include "fuzz.h"

#define MAX_FIELDS 16   /* fields read from the input */
#define FIELD_ROOM 104  /* with the padding up to 102 */
#define MAX_PIECES 8
#define MAX_TRAILERS 4
#define FIELD_LIMIT 100 /* the default max_header_count, which the writer keeps */

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
    hc_field fields[FIELD_ROOM];
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

/* A field the writer adds itself (by name, in any case). */
static int is_framing_name(hc_span name)
{
    static const char *const names[] = {"content-length", "transfer-encoding"};
    size_t k, i;
    for (k = 0; k < 2; k++) {
        if (name.len != strlen(names[k]))
            continue;
        for (i = 0; i < name.len; i++) {
            char c = name.ptr[i];
            if (c >= 'A' && c <= 'Z')
                c = (char)(c - 'A' + 'a');
            if (c != names[k][i])
                break;
        }
        if (i == name.len)
            return 1;
    }
    return 0;
}

static void read_recipe(recipe *r, fuzz_input *in)
{
    static const hc_field pad = {{"X-Pad", 5}, {"p", 1}};
    unsigned kind = fuzz_byte(in), n, k, count;
    int keep_framing = (kind >> 6) & 1u;
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
    count = fuzz_byte(in);
    n = count >= 0xF8u ? count & 7u : count % MAX_FIELDS;
    m->field_count = 0;
    for (k = 0; k < n; k++) {
        hc_field f;
        f.name = read_string(in);
        f.value = read_string(in);
        if (keep_framing || !is_framing_name(f.name))
            r->fields[m->field_count++] = f;
    }
    if (count >= 0xF8u) { /* up to the field limit and a little past it */
        unsigned total = 95u + fuzz_byte(in) % 8u;
        while (m->field_count < total)
            r->fields[m->field_count++] = pad;
    }
    m->fields = r->fields;
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

/* ------------------------------------------------ the framing stated */

/* An answer to HEAD or a 304: framed like the message it stands for,
   with no body (RFC 9110 sections 9.3.2, 15.4.5). */
static int stands_for_another(const hc_message *m)
{
    return m->is_response && (m->answers == HC_METHOD_HEAD || m->status == 304);
}

/* 1xx but 101, and 204: no body and no framing field (RFC 9110 8.6). */
static int no_framing_status(const hc_message *m)
{
    return m->is_response &&
           ((m->status >= 100 && m->status < 200 && m->status != 101) || m->status == 204);
}

/* 101, and 2xx to CONNECT: the connection leaves HTTP after the head. */
static int switching(const hc_message *m)
{
    return m->is_response && (m->status == 101 || (m->answers == HC_METHOD_CONNECT &&
                                                   m->status >= 200 && m->status < 300));
}

static int is_connect_request(const hc_message *m)
{
    return !m->is_response && m->method.len == 7 && memcmp(m->method.ptr, "CONNECT", 7) == 0;
}

/* The field the writer adds after m's fields, as the header says, in
   buf ("Name: value", no CRLF); its length, 0 for none. */
static size_t framing_line(const hc_message *m, char *buf, size_t cap)
{
    int n = 0;
    if (m->body == HC_BODY_LENGTH)
        n = snprintf(buf, cap, "Content-Length: %llu", (unsigned long long)m->content_length);
    else if (m->body == HC_BODY_CHUNKED)
        n = snprintf(buf, cap, "Transfer-Encoding: chunked");
    else if (m->body == HC_BODY_NONE && m->is_response && !no_framing_status(m) &&
             !stands_for_another(m) && !switching(m))
        n = snprintf(buf, cap, "Content-Length: 0"); /* not read to the close */
    return n > 0 ? (size_t)n : 0;
}

/* The body actually sent after m's head. */
static hc_body body_sent(const hc_message *m)
{
    return stands_for_another(m) ? HC_BODY_NONE : m->body;
}

/* The framing a parser decides from the head written (*length with
   HC_BODY_LENGTH). */
static hc_body framing_read(const hc_message *m, uint64_t *length)
{
    *length = m->content_length;
    if (switching(m))
        return HC_BODY_TUNNEL;
    if (no_framing_status(m) || stands_for_another(m))
        return HC_BODY_NONE;
    if (m->body == HC_BODY_NONE && m->is_response) {
        *length = 0;
        return HC_BODY_LENGTH;
    }
    return m->body;
}

/* What an accepted message may state: the rules of the header's
   hc_message comment, checked from m alone. */
static void check_accepted_framing(const hc_message *m)
{
    char line[48];
    size_t k, framed = framing_line(m, line, sizeof line) > 0;
    for (k = 0; k < m->field_count; k++)
        FUZZ_CHECK(!is_framing_name(m->fields[k].name), "accepted with %.*s among the fields",
                   (int)m->fields[k].name.len, m->fields[k].name.ptr);
    FUZZ_CHECK(switching(m) == (m->body == HC_BODY_TUNNEL), "accepted: %u %s (tunnel: %d)",
               m->status, hc_body_name(m->body), switching(m));
    /* A 204 to CONNECT is a 2xx: it tunnels (RFC 9110 section 9.3.6). */
    FUZZ_CHECK(switching(m) || !no_framing_status(m) || m->body == HC_BODY_NONE,
               "accepted: %u with %s", m->status, hc_body_name(m->body));
    FUZZ_CHECK(m->body != HC_BODY_CLOSE || m->is_response, "accepted: a request read to the close");
    FUZZ_CHECK(m->body != HC_BODY_CHUNKED || (m->version_minor == 1 && !m->answers_http10),
               "accepted: chunked in or to HTTP/1.0");
    FUZZ_CHECK(!m->is_response || m->status != 205 || m->body == HC_BODY_NONE ||
                   (m->body == HC_BODY_LENGTH && m->content_length == 0),
               "accepted: 205 with %s", hc_body_name(m->body));
    FUZZ_CHECK(!is_connect_request(m) || m->body == HC_BODY_NONE ||
                   (m->body == HC_BODY_LENGTH && m->content_length == 0),
               "accepted: CONNECT with %s", hc_body_name(m->body));
    FUZZ_CHECK(m->field_count + framed <= FIELD_LIMIT, "accepted: %zu fields and %zu framing",
               m->field_count, framed);
}

/* A field value a sender may write: field-vchar, SP, HTAB inside (RFC
   9110 section 5.5), no whitespace at the ends. */
static int value_is_valid(hc_span v)
{
    size_t k;
    for (k = 0; k < v.len; k++) {
        unsigned char c = (unsigned char)v.ptr[k];
        if ((c < 0x20 && c != '\t') || c == 0x7F)
            return 0;
    }
    return v.len == 0 || (v.ptr[0] != ' ' && v.ptr[0] != '\t' && v.ptr[v.len - 1] != ' ' &&
                          v.ptr[v.len - 1] != '\t');
}

/* Verdicts tied to the framing field and the field limit, whatever the
   verdict was: a framing field given is refused where it stands (as
   framing_field_given, or as bad_field_value when its value is no valid
   value either: the line's syntax is judged first), and the framing
   field counts against the limit. */
static void check_framing_verdicts(const hc_message *m, hc_error_code err, size_t where)
{
    static hc_field kept[FIELD_ROOM];
    hc_message other = *m;
    char line[48];
    size_t k, n = 0, first = (size_t)-1, framed = framing_line(m, line, sizeof line) > 0;
    size_t limit = FIELD_LIMIT - framed;
    if (err == HC_ERR_FRAMING_FIELD_GIVEN)
        FUZZ_CHECK(where < m->field_count && is_framing_name(m->fields[where].name),
                   "framing_field_given at %zu of %zu, not a framing field", where,
                   m->field_count);
    for (k = 0; k < m->field_count; k++) {
        if (!is_framing_name(m->fields[k].name))
            kept[n++] = m->fields[k];
        else if (first == (size_t)-1)
            first = k;
    }
    if (first != (size_t)-1) {
        FUZZ_CHECK(err != HC_OK, "a framing field among the fields (at %zu) accepted", first);
        other.fields = kept;
        other.field_count = n;
        if (m->field_count <= limit && hc_check_head(&other, NULL, NULL) == HC_OK)
            FUZZ_CHECK(where == first && (err == HC_ERR_FRAMING_FIELD_GIVEN ||
                                          (err == HC_ERR_BAD_FIELD_VALUE &&
                                           !value_is_valid(m->fields[first].value))),
                       "the message less its framing fields is accepted; with them: %s at %zu, "
                       "expected framing_field_given at %zu", hc_error_name(err), where, first);
    }
    if (m->field_count > limit) {
        FUZZ_CHECK(err != HC_OK, "%zu fields (limit %zu with the framing field) accepted",
                   m->field_count, limit);
        other = *m;
        other.field_count = limit;
        if (hc_check_head(&other, NULL, NULL) == HC_OK)
            FUZZ_CHECK(err == HC_ERR_TOO_MANY_FIELDS && where == limit,
                       "%zu fields: %s at %zu, expected too_many_fields at %zu", m->field_count,
                       hc_error_name(err), where, limit);
    }
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
    char line[48];
    size_t framing_len = framing_line(m, line, sizeof line);
    size_t len = s->wire.len, off = 0, field = 0, trailer = 0, calls = 0;
    size_t fields = m->field_count + (framing_len > 0);
    uint64_t length;
    hc_body framing = framing_read(m, &length);
    hc_field added;
    int eof_told = 0, head_done = 0;
    added.name.ptr = line;
    added.name.len = framing_len ? (size_t)(strchr(line, ':') - line) : 0;
    added.value.ptr = line + added.name.len + 2;
    added.value.len = framing_len ? framing_len - added.name.len - 2 : 0;
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
            if (field < m->field_count)
                FUZZ_CHECK(span_is(ev.name, m->fields[field].name) &&
                               span_is(ev.value, m->fields[field].value),
                           "field %zu read back differs", field);
            else /* the framing field, after the caller's */
                FUZZ_CHECK(field < fields && span_is(ev.name, added.name) &&
                               span_is(ev.value, added.value),
                           "field %zu read back: %.*s: %.*s, the writer's should be %s", field,
                           (int)ev.name.len, ev.name.ptr, (int)ev.value.len, ev.value.ptr,
                           framing_len ? line : "(none)");
            field++;
            continue;
        case HC_EV_HEAD_DONE:
            FUZZ_CHECK(field == fields, "%zu fields of %zu (%zu given) read back", field, fields,
                       m->field_count);
            FUZZ_CHECK(off == s->head_len, "head read back as %zu bytes of %zu", off,
                       s->head_len);
            FUZZ_CHECK(ev.body == framing, "framing read back as %s, %s stated: %s expected",
                       hc_body_name(ev.body), hc_body_name(m->body), hc_body_name(framing));
            FUZZ_CHECK(framing != HC_BODY_LENGTH || ev.content_length == length,
                       "content length read back");
            head_done = 1;
            if (framing == HC_BODY_TUNNEL)
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
            FUZZ_CHECK(framing == HC_BODY_CLOSE && !eof_told, "the message read back is cut");
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
    hc_body framing = body_sent(&r->m);
    for (k = 0; k < r->piece_count; k++) {
        hc_chunk_head ch;
        chunk_ctx c;
        emitter e = {chunk_size, chunk_copy, chunk_pieces, NULL, "chunk"};
        before = *w;
        err = hc_body_data(w, r->pieces[k].len, &ch);
        /* No body after an answer to HEAD, a 304, 1xx, 204, a switch or a
           message that states none, whatever framing field it shows. */
        if (r->pieces[k].len > 0 && (framing == HC_BODY_NONE || framing == HC_BODY_TUNNEL))
            FUZZ_CHECK(err == HC_ERR_BODY_NOT_ALLOWED, "%zu body bytes after %s (%s stated): %s",
                       r->pieces[k].len, r->m.is_response ? "a response" : "a request",
                       hc_body_name(r->m.body), hc_error_name(err));
        if (err != HC_OK) {
            FUZZ_CHECK(memcmp(&before, w, sizeof before) == 0, "refused data changed the writer");
            continue;
        }
        if (framing != HC_BODY_CHUNKED)
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
        FUZZ_CHECK(framing == HC_BODY_CHUNKED || end_size(&c) == 0,
                   "a body end of %zu bytes, not chunked (%s stated)", end_size(&c),
                   hc_body_name(r->m.body));
        check_emission(&e, rng, &s->wire);
    }
    s->ended = 1;
    {
        hc_chunk_head ch;
        FUZZ_CHECK(hc_body_data(w, 1, &ch) != HC_OK, "data after the end");
    }
}

/* ------------------------------------- changed after the check */

/* Emits hw, whose head was checked at `size` bytes and then changed, in
   every way: copies at several caps, in order and at offsets in any
   order, into buffers with canary bytes after the cap; pieces, each read
   whole (so that ASan sees one that reaches outside its string). */
static void emit_changed(hc_head_writer *hw, size_t size, uint32_t *rng, const char *what)
{
    size_t room = size + 80, round, at, n, j, k, calls;
    char *part = (char *)malloc(room);
    hc_span pieces[MAX_PIECES];
    if (!part)
        abort();
    for (round = 0; round < 4; round++) {
        size_t cap = round == 0 ? size + 64 : round == 1 ? size : 1 + fuzz_next(rng) % (size + 8);
        size_t max = 1 + fuzz_next(rng) % MAX_PIECES, end = 0, count, got;
        memset(part, 0x5A, room);
        for (at = 0, calls = 0; at < size && (n = hc_write_head(hw, at, part + at, cap)) > 0;
             at += n) {
            FUZZ_CHECK(n <= cap && n <= size - at,
                       "%s: copy at %zu cap %zu wrote %zu, the size checked %zu", what, at, cap,
                       n, size);
            for (j = at + n; j < room; j++)
                FUZZ_CHECK((unsigned char)part[j] == 0x5A,
                           "%s: byte %zu written by a copy at %zu cap %zu (size checked %zu)",
                           what, j, at, cap, size);
            FUZZ_CHECK(++calls <= size, "%s: copies make no progress", what);
        }
        for (k = 0; k < 4; k++) { /* offsets in any order */
            size_t off = fuzz_next(rng) % (size + 1), c = 1 + fuzz_next(rng) % 64;
            memset(part, 0x5A, room);
            n = hc_write_head(hw, off, part, c);
            FUZZ_CHECK(n <= c && n <= size - off,
                       "%s: copy at %zu (in any order) cap %zu wrote %zu, size checked %zu",
                       what, off, c, n, size);
            for (j = n; j < room; j++)
                FUZZ_CHECK((unsigned char)part[j] == 0x5A,
                           "%s: byte %zu written by a copy at %zu (in any order) cap %zu", what,
                           j, off, c);
        }
        calls = 0;
        for (at = round < 2 ? 0 : fuzz_next(rng) % (size + 1);
             (count = hc_head_pieces(hw, at, pieces, max, &end)) > 0; at = end) {
            FUZZ_CHECK(count <= max && end > at && end <= size,
                       "%s: %zu pieces from %zu end at %zu, size checked %zu", what, count, at,
                       end, size);
            for (got = 0, j = 0; j < count; j++) {
                FUZZ_CHECK(pieces[j].len <= end - at - got, "%s: piece %zu from %zu", what, j,
                           at);
                if (pieces[j].len)
                    memcpy(part, pieces[j].ptr, pieces[j].len); /* room > size >= len */
                got += pieces[j].len;
            }
            FUZZ_CHECK(got == end - at, "%s: pieces from %zu hold %zu bytes, end %zu", what, at,
                       got, end);
            FUZZ_CHECK(++calls <= size + 1, "%s: pieces make no progress", what);
        }
    }
    free(part);
}

/* The caller's promise broken: after an accepted check, one string of the
   head (a field value, or the target or reason when there is none) is
   changed: to a longer one in a buffer of its own, a shorter one, or a
   huge length over a buffer at least as large as the head checked. The
   codec reports it (HTTPCODEC_ASSERT, counted here) and never writes
   outside the buffer it was given, nor past the size it checked. */
static void check_changed_after_check(const hc_message *orig, uint32_t *rng)
{
    static const size_t huge[] = {(size_t)-1, (size_t)-1 - 3, (size_t)-1 / 2 + 1, (size_t)1 << 20};
    static hc_field fields[FIELD_ROOM];
    hc_message m = *orig;
    hc_head_writer hw;
    int change;
    if (orig->field_count)
        memcpy(fields, orig->fields, orig->field_count * sizeof fields[0]);
    m.fields = fields;
    for (change = 0; change < 3; change++) {
        size_t k = orig->field_count ? fuzz_next(rng) % orig->field_count : 0, size, len, buf_len;
        hc_span *str = orig->field_count ? &fields[k].value : m.is_response ? &m.reason : &m.target;
        hc_span was = *str;
        static const char *const what[] = {"a longer string after the check",
                                           "a shorter string after the check",
                                           "a huge length after the check"};
        char *buf;
        FUZZ_CHECK(hc_check_head(&m, &hw, NULL) == HC_OK, "the head to change was refused");
        size = hc_head_size(&hw);
        if (change == 0) {
            len = buf_len = was.len + 1 + fuzz_next(rng) % 300;
        } else if (change == 1) {
            if (was.len == 0)
                continue;
            len = buf_len = fuzz_next(rng) % was.len;
        } else {
            len = huge[fuzz_next(rng) % (sizeof huge / sizeof huge[0])];
            if (len <= size)
                len = (size_t)-1;
            buf_len = size + fuzz_next(rng) % 16;
        }
        buf = (char *)malloc(buf_len ? buf_len : 1);
        if (!buf)
            abort();
        memset(buf, 'v', buf_len);
        if (change == 1 && len)
            memcpy(buf, was.ptr, len);
        str->ptr = buf;
        str->len = len;
        fuzz_asserts_expected = 1;
        fuzz_asserts_seen = 0;
        emit_changed(&hw, size, rng, what[change]);
        fuzz_asserts_expected = 0;
        FUZZ_CHECK(fuzz_asserts_seen > 0, "%s (%zu bytes for %zu) went unreported", what[change],
                   len, was.len);
        *str = was;
        free(buf);
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
    check_framing_verdicts(&r.m, err, where);
    if (err != HC_OK) {
        check_refused_head(&r.m, &hw, err, where, &rng);
        return;
    }
    check_accepted_framing(&r.m);
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
    check_changed_after_check(&r.m, &rng);
}
