/* parse_check.h - parse one byte stream several ways and insist they agree.

   The parse harnesses (requests, responses, chunked bodies) hand a stream
   and a setup to parse_check(), which parses it

     A. whole, one hc_parse() call per event;
     B. fed in pieces whose sizes come from the fuzz input, presenting the
        unconsumed bytes again with more appended, as a real caller does;
     C. whole, through the fast paths: hc_parse_head() for every head and
        hc_parse_body() for every body, decoding in place;
     D. in the same pieces as B, through the fast paths, bodies decoded
        into a small buffer (1..76 bytes, from the input);

   and logs every event (body events merged, spans by their bytes, error
   code, offset and status). The four logs must be byte-identical: that is
   split invariance, and the fast path being the same parser. On every call
   it also checks that the parser consumed no more than it was given, that
   every span it reports lies inside the bytes it consumed, that it makes
   progress or asks for more, that it never asks for more once told the
   input ended, and that terminal events repeat without consuming.

   Under ASan the bytes not yet fed and the bytes already consumed are
   poisoned, so a read outside [data, data + len) of any call is reported
   where it happens, not only a read past the whole input. */
#ifndef PARSE_CHECK_H
#define PARSE_CHECK_H

#include "fuzz.h"

#if defined(__SANITIZE_ADDRESS__)
#define PARSE_CHECK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PARSE_CHECK_ASAN 1
#endif
#endif
#ifdef PARSE_CHECK_ASAN
#include <sanitizer/asan_interface.h>
#define PARSE_POISON(p, n) __asan_poison_memory_region((p), (n))
#define PARSE_UNPOISON(p, n) __asan_unpoison_memory_region((p), (n))
#else
#define PARSE_POISON(p, n) ((void)(p), (void)(n))
#define PARSE_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define PARSE_MAX_METHODS 16

typedef struct parse_setup {
    hc_role role;
    hc_method methods[PARSE_MAX_METHODS]; /* client: the requests answered */
    size_t method_count;
    int accept_upgrade; /* at PAUSED: accept (1) or decline (0) */
    hc_limits limits;
    size_t max_piece;   /* B and D feed 1..max_piece bytes at a time */
    uint32_t seed;      /* and this seed draws the piece sizes */
    size_t body_cap;    /* D: hc_parse_body decodes into this many bytes */
} parse_setup;

/* Small limits, so that every limit is reachable by short inputs. */
static void parse_small_limits(hc_limits *l)
{
    l->max_start_line = 48;
    l->max_field_line = 40;
    l->max_header_count = 4;
    l->max_trailer_count = 2;
    l->max_chunk_ext = 12;
}

/* A span an event reports must lie in the bytes its call consumed (the
   caller may discard them right after), or for a failed fast-path call,
   in the bytes it was given. Empty spans point anywhere. */
static void parse_check_span(hc_span s, const char *from, size_t n, const char *what)
{
    if (s.len == 0)
        return;
    FUZZ_CHECK(s.ptr >= from && s.len <= n && (size_t)(s.ptr - from) <= n - s.len,
               "%s span of %zu bytes at %td outside the %zu bytes consumed", what,
               s.len, s.ptr - from, n);
}

static void parse_check_event_spans(const hc_event *ev, const char *from, size_t n)
{
    switch (ev->type) {
    case HC_EV_REQUEST:
        parse_check_span(ev->method_name, from, n, "method");
        parse_check_span(ev->target, from, n, "target");
        FUZZ_CHECK(ev->method_name.len > 0 && ev->target.len > 0, "empty method or target");
        break;
    case HC_EV_RESPONSE:
        parse_check_span(ev->reason, from, n, "reason");
        FUZZ_CHECK(ev->status >= 100 && ev->status <= 599, "status %u", ev->status);
        break;
    case HC_EV_FIELD:
    case HC_EV_TRAILER:
        parse_check_span(ev->name, from, n, "name");
        parse_check_span(ev->value, from, n, "value");
        FUZZ_CHECK(ev->name.len > 0, "empty field name");
        break;
    case HC_EV_BODY:
        parse_check_span(ev->data, from, n, "body");
        FUZZ_CHECK(ev->data.len > 0, "empty body event");
        break;
    default:
        break;
    }
}

static void parse_log_start(fuzz_log *log, const hc_event *ev)
{
    uint8_t t = (uint8_t)ev->type;
    fuzz_log_put(log, &t, 1);
    if (ev->type == HC_EV_REQUEST) {
        fuzz_log_u64(log, (uint64_t)ev->method);
        fuzz_log_span(log, ev->method_name);
        fuzz_log_span(log, ev->target);
    } else {
        fuzz_log_u64(log, ev->status);
        fuzz_log_span(log, ev->reason);
    }
    fuzz_log_put(log, &ev->version_major, 1);
    fuzz_log_put(log, &ev->version_minor, 1);
}

/* One event, as the log records it. Body bytes are merged by the caller;
   SWITCHED and CLOSED record the stream offset where HTTP ended. */
static void parse_log_event(fuzz_log *log, const hc_event *ev, uint64_t stream_off)
{
    uint8_t t = (uint8_t)ev->type, flags;
    switch (ev->type) {
    case HC_EV_REQUEST:
    case HC_EV_RESPONSE:
        parse_log_start(log, ev);
        return;
    default:
        break;
    }
    fuzz_log_put(log, &t, 1);
    switch (ev->type) {
    case HC_EV_FIELD:
    case HC_EV_TRAILER:
        fuzz_log_span(log, ev->name);
        fuzz_log_span(log, ev->value);
        break;
    case HC_EV_HEAD_DONE:
        flags = (uint8_t)(ev->keep_alive | ev->upgrade << 1 | ev->expect_continue << 2 |
                          ev->transfer_coded << 3);
        fuzz_log_put(log, &flags, 1);
        fuzz_log_u64(log, (uint64_t)ev->body);
        if (ev->body == HC_BODY_LENGTH)
            fuzz_log_u64(log, ev->content_length);
        break;
    case HC_EV_SWITCHED:
    case HC_EV_CLOSED:
        fuzz_log_u64(log, stream_off);
        break;
    case HC_EV_ERROR:
        fuzz_log_u64(log, (uint64_t)ev->error.code);
        fuzz_log_u64(log, ev->error.offset);
        fuzz_log_u64(log, ev->error.status);
        break;
    default:
        break;
    }
}

/* A stream being fed to a parser: input[0..fed) has been offered,
   input[0..off) consumed. */
typedef struct parse_feed {
    const char *input;
    size_t len, fed, off;
    size_t max_piece; /* 0: everything at once */
    uint32_t rng;
} parse_feed;

static size_t parse_next_piece(parse_feed *f)
{
    size_t left = f->len - f->fed, piece;
    if (f->max_piece == 0)
        return left; /* whole */
    piece = f->max_piece == 1 ? 1 : 1 + fuzz_next(&f->rng) % f->max_piece;
    return piece < left ? piece : left;
}

static void parse_feed_more(parse_feed *f)
{
    size_t n = parse_next_piece(f);
    PARSE_UNPOISON(f->input + f->fed, n);
    f->fed += n;
}

/* Starts feeding input[0..len): all of it poisoned but the first piece. */
static void parse_feed_start(parse_feed *f, const char *input, size_t len, size_t max_piece,
                             uint32_t seed)
{
    f->input = input;
    f->len = len;
    f->off = f->fed = 0;
    f->max_piece = max_piece;
    f->rng = seed;
    PARSE_POISON(input, len);
    parse_feed_more(f);
}

/* NEED_MORE: feeds the next piece, or returns 1 when the whole input has
   been fed and the parser must now be told it ended (after which it may
   never ask for more). */
static int parse_need_more(parse_feed *f, int *eof_told)
{
    FUZZ_CHECK(!*eof_told, "need_more after the input ended, at %zu of %zu", f->off, f->len);
    if (f->fed < f->len) {
        parse_feed_more(f);
        return 0;
    }
    *eof_told = 1;
    return 1;
}

/* Progress: an event that consumes nothing may not repeat for ever
   (NEED_MORE waits for the caller, terminal events stop the run). */
static void parse_check_progress(size_t *zero_run, size_t n, hc_event_type type)
{
    if (n == 0 && type != HC_EV_NEED_MORE)
        FUZZ_CHECK(++*zero_run <= 4, "%s without progress", hc_event_name(type));
    else if (n > 0)
        *zero_run = 0;
}

static void parse_consumed(parse_feed *f, size_t n)
{
    PARSE_POISON(f->input + f->off, n);
    f->off += n;
}

/* The head hc_parse_head fills across calls (it resumes after NEED_MORE),
   and how much of it has been logged. */
typedef struct parse_fast_head {
    hc_head head;
    hc_field fields[128];
    int start_logged;
    size_t fields_logged;
} parse_fast_head;

static void parse_fast_start(parse_fast_head *h)
{
    memset(&h->head, 0, sizeof h->head);
    h->head.fields = h->fields;
    h->head.max_fields = sizeof h->fields / sizeof h->fields[0];
    h->head.version_major = 0xFF; /* no start line yet */
    h->start_logged = 0;
    h->fields_logged = 0;
}

/* The fast path on a head: what each call added to the head (which must
   lie in the bytes it was given: consumed ones, or all of them on error),
   logged the way parse_log_event wants it. Returns the bytes consumed;
   *ev is the event that stopped the call. */
static size_t parse_fast_call(hc_parser *p, parse_feed *f, parse_fast_head *h, hc_role role,
                              fuzz_log *log, hc_event *ev)
{
    hc_head *head = &h->head;
    size_t avail = f->fed - f->off, n, i, inside;
    const char *from = f->input + f->off;
    n = hc_parse_head(p, from, avail, head, ev);
    FUZZ_CHECK(n <= avail, "fast path consumed %zu of %zu", n, avail);
    FUZZ_CHECK(head->field_count <= head->max_fields, "field count");
    FUZZ_CHECK(ev->type != HC_EV_NEED_MORE || n == 0 || from[n - 1] == '\n',
               "the fast path consumed part of a line");
    inside = ev->type == HC_EV_ERROR ? avail : n;
    if (head->version_major != 0xFF && !h->start_logged) {
        hc_event start;
        parse_check_span(head->method_name, from, inside, "head method");
        parse_check_span(head->target, from, inside, "head target");
        parse_check_span(head->reason, from, inside, "head reason");
        memset(&start, 0, sizeof start);
        start.type = role == HC_ROLE_SERVER ? HC_EV_REQUEST : HC_EV_RESPONSE;
        start.method = head->method;
        start.method_name = head->method_name;
        start.target = head->target;
        start.status = head->status;
        start.reason = head->reason;
        start.version_major = head->version_major;
        start.version_minor = head->version_minor;
        parse_log_start(log, &start);
        h->start_logged = 1;
    }
    for (i = h->fields_logged; i < head->field_count; i++) {
        hc_event field;
        parse_check_span(head->fields[i].name, from, inside, "head name");
        parse_check_span(head->fields[i].value, from, inside, "head value");
        memset(&field, 0, sizeof field);
        field.type = HC_EV_FIELD;
        field.name = head->fields[i].name;
        field.value = head->fields[i].value;
        parse_log_event(log, &field, 0);
    }
    h->fields_logged = head->field_count;
    /* The head is over (or was never begun): the next call starts anew. */
    if (ev->type != HC_EV_NEED_MORE && ev->type != HC_EV_FIELD)
        parse_fast_start(h);
    return n;
}

/* hc_parse_body on a body: in place (then input is the run's own copy,
   written to) or into body_buf. The decoded bytes must sit at the start of
   the output and be no more than were consumed (in place) or than fit. */
static size_t parse_body_call(hc_parser *p, const char *from, size_t avail, char *body_buf,
                              size_t body_cap, hc_event *ev)
{
    char *out = body_buf ? body_buf : (char *)(uintptr_t)from; /* the run's copy */
    size_t cap = body_buf ? body_cap : avail;
    size_t n = hc_parse_body(p, from, avail, out, cap, ev);
    if (ev->type == HC_EV_BODY && cap > 0) {
        FUZZ_CHECK(ev->data.ptr == out && ev->data.len > 0 && ev->data.len <= cap,
                   "hc_parse_body's body is not at the start of its output");
        FUZZ_CHECK(body_buf || ev->data.len <= n, "decoded in place more than consumed");
    }
    return n;
}

/* Parses input[0..len) as setup says; whole when max_piece is 0. fast: 0
   hc_parse() alone, 1 the fast paths with bodies decoded in place (input
   is then written to), 2 the fast paths with bodies into s->body_cap
   bytes. Returns the log of events. */
static void parse_run(const parse_setup *s, const char *input, size_t len, size_t max_piece,
                      int fast, fuzz_log *log)
{
    hc_parser p;
    hc_event ev;
    fuzz_log body = {NULL, 0, 0};
    parse_feed f;
    size_t i, calls = 0, zero_run = 0;
    int eof_told = 0, done = 0, in_body = 0;
    char body_buf[128];
    parse_fast_head fast_head;

    parse_fast_start(&fast_head);
    hc_parser_init(&p, s->role, &s->limits);
    for (i = 0; i < s->method_count; i++)
        FUZZ_CHECK(hc_parser_expect_response(&p, s->methods[i]) == HC_OK, "queue %zu", i);

    parse_feed_start(&f, input, len, max_piece, s->seed);

    while (!done) {
        const char *from = f.input + f.off;
        size_t avail = f.fed - f.off, n;
        FUZZ_CHECK(++calls <= 4 * len + 64, "no end after %zu calls", calls);
        memset(&ev, 0, sizeof ev);
        if (fast && in_body)
            n = parse_body_call(&p, from, avail, fast == 2 ? body_buf : NULL, s->body_cap, &ev);
        else if (fast)
            n = parse_fast_call(&p, &f, &fast_head, s->role, log, &ev);
        else
            n = hc_parse(&p, from, avail, &ev);
        FUZZ_CHECK(n <= avail, "consumed %zu of %zu", n, avail);
        FUZZ_CHECK(ev.type <= HC_EV_ERROR, "event type %d", (int)ev.type);
        if (!fast || (ev.type != HC_EV_HEAD_DONE && ev.type != HC_EV_ERROR &&
                      !(in_body && ev.type == HC_EV_BODY)))
            parse_check_event_spans(&ev, from, n);
        if (ev.type == HC_EV_HEAD_DONE)
            in_body = 1;
        else if (ev.type == HC_EV_MESSAGE_DONE)
            in_body = 0;
        if (ev.type != HC_EV_BODY && ev.type != HC_EV_NEED_MORE && body.len > 0) {
            hc_event merged;
            memset(&merged, 0, sizeof merged);
            merged.type = HC_EV_BODY;
            fuzz_log_put(log, &merged.type, 1);
            fuzz_log_u64(log, body.len);
            fuzz_log_put(log, body.data, body.len);
            body.len = 0;
        }
        parse_check_progress(&zero_run, n, ev.type);

        switch (ev.type) {
        case HC_EV_NEED_MORE:
            if (parse_need_more(&f, &eof_told))
                hc_parser_eof(&p);
            break;
        case HC_EV_BODY:
            fuzz_log_put(&body, ev.data.ptr, ev.data.len);
            break;
        case HC_EV_PAUSED:
            parse_log_event(log, &ev, 0);
            FUZZ_CHECK((s->accept_upgrade ? hc_parser_accept_upgrade(&p)
                                          : hc_parser_decline_upgrade(&p)) == HC_OK,
                       "paused but the decision was refused");
            break;
        case HC_EV_ERROR:
            FUZZ_CHECK(ev.error.code > HC_OK && ev.error.code < HC_ERR_COUNT_, "code %d",
                       (int)ev.error.code);
            FUZZ_CHECK(ev.error.offset <= len, "error offset %llu past %zu",
                       (unsigned long long)ev.error.offset, len);
            FUZZ_CHECK(ev.error.status == hc_error_status(ev.error.code), "status");
            /* fall through */
        case HC_EV_SWITCHED:
        case HC_EV_CLOSED:
            parse_log_event(log, &ev, f.off + n);
            done = 1;
            break;
        default:
            parse_log_event(log, &ev, 0);
            break;
        }
        parse_consumed(&f, n); /* after logging: the spans point there */
    }

    /* Terminal events repeat and consume nothing. */
    for (i = 0; i < 2; i++) {
        hc_event again;
        size_t n;
        memset(&again, 0, sizeof again);
        n = hc_parse(&p, f.input + f.off, f.fed - f.off, &again);
        FUZZ_CHECK(n == 0 && again.type == ev.type, "terminal %s not repeated",
                   hc_event_name(ev.type));
        if (ev.type == HC_EV_ERROR)
            FUZZ_CHECK(again.error.code == ev.error.code &&
                           again.error.offset == ev.error.offset,
                       "error not repeated");
    }
    PARSE_UNPOISON(input, len);
    fuzz_log_free(&body);
}

/* Reading a log back, to print it when two runs disagree. */
static uint64_t parse_dump_u64(const fuzz_log *l, size_t *at)
{
    uint64_t v = 0;
    if (*at + sizeof v <= l->len)
        memcpy(&v, l->data + *at, sizeof v);
    *at += sizeof v;
    return v;
}

static void parse_dump_span(const fuzz_log *l, size_t *at)
{
    uint64_t n = parse_dump_u64(l, at), i;
    fputc('"', stderr);
    for (i = 0; i < n && *at < l->len; i++, ++*at) {
        uint8_t c = l->data[*at];
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
            fputc(c, stderr);
        else
            fprintf(stderr, "\\x%02x", c);
    }
    fputs("\" ", stderr);
}

static void parse_dump(const fuzz_log *l, const char *title)
{
    size_t at = 0;
    fprintf(stderr, "--- %s\n", title);
    while (at < l->len) {
        uint8_t t = l->data[at++];
        fprintf(stderr, "  %s ", hc_event_name((hc_event_type)t));
        switch ((hc_event_type)t) {
        case HC_EV_REQUEST:
            parse_dump_u64(l, &at);
            parse_dump_span(l, &at);
            parse_dump_span(l, &at);
            at += 2;
            break;
        case HC_EV_RESPONSE:
            fprintf(stderr, "%llu ", (unsigned long long)parse_dump_u64(l, &at));
            parse_dump_span(l, &at);
            at += 2;
            break;
        case HC_EV_FIELD:
        case HC_EV_TRAILER:
        case HC_EV_BODY:
            if (t != HC_EV_BODY)
                parse_dump_span(l, &at);
            parse_dump_span(l, &at);
            break;
        case HC_EV_HEAD_DONE: {
            uint64_t body;
            fprintf(stderr, "flags %u ", at < l->len ? l->data[at] : 0u);
            at++;
            body = parse_dump_u64(l, &at);
            fprintf(stderr, "%s ", hc_body_name((hc_body)body));
            if (body == HC_BODY_LENGTH)
                fprintf(stderr, "%llu", (unsigned long long)parse_dump_u64(l, &at));
            break;
        }
        case HC_EV_SWITCHED:
        case HC_EV_CLOSED:
            fprintf(stderr, "at %llu", (unsigned long long)parse_dump_u64(l, &at));
            break;
        case HC_EV_ERROR: {
            uint64_t code = parse_dump_u64(l, &at), off = parse_dump_u64(l, &at);
            fprintf(stderr, "%s at %llu status %llu", hc_error_name((hc_error_code)code),
                    (unsigned long long)off, (unsigned long long)parse_dump_u64(l, &at));
            break;
        }
        default:
            break;
        }
        fputc('\n', stderr);
    }
}

static void parse_compare(const fuzz_log *a, const fuzz_log *b, const char *what)
{
    size_t i, n = a->len < b->len ? a->len : b->len;
    if (a->len == b->len && memcmp(a->data, b->data, n) == 0)
        return;
    for (i = 0; i < n && a->data[i] == b->data[i]; i++) {
    }
    parse_dump(a, "the whole input, one hc_parse() call per event");
    parse_dump(b, what);
    FUZZ_FAIL("%s: the event logs differ at byte %zu (lengths %zu and %zu)", what, i,
               a->len, b->len);
}

/* The four runs of the header comment, on an exact-size heap copy of the
   stream (the harness input is shared with other checks). */
static inline void parse_check(const parse_setup *s, const uint8_t *stream, size_t len)
{
    fuzz_log whole = {NULL, 0, 0}, pieces = {NULL, 0, 0};
    fuzz_log fast_whole = {NULL, 0, 0}, fast_pieces = {NULL, 0, 0};
    char *input = (char *)malloc(len ? len : 1);
    char *in_place = (char *)malloc(len ? len : 1); /* C decodes bodies in it */
    if (!input || !in_place)
        abort();
    if (len) {
        memcpy(input, stream, len);
        memcpy(in_place, stream, len);
    }
    parse_run(s, input, len, 0, 0, &whole);
    /* A line is only consumed whole, so 1-byte pieces rescan it on each
       call: quadratic in the line length, kept to short inputs. */
    parse_run(s, input, len, s->max_piece == 1 && len > 2048 ? 7 : s->max_piece, 0, &pieces);
    parse_compare(&whole, &pieces, "in pieces");
    parse_run(s, in_place, len, 0, 1, &fast_whole);
    parse_compare(&whole, &fast_whole, "whole, through the fast path");
    /* The fast path reads a head again after each NEED_MORE: quadratic in
       the head size with 1-byte pieces, so it is fed larger ones. */
    parse_run(s, input, len, s->max_piece < 16 ? 16 : s->max_piece, 2, &fast_pieces);
    parse_compare(&whole, &fast_pieces, "in pieces, through the fast path");
    fuzz_log_free(&whole);
    fuzz_log_free(&pieces);
    fuzz_log_free(&fast_whole);
    fuzz_log_free(&fast_pieces);
    free(input);
    free(in_place);
}

/* The input's first bytes choose the setup:
     byte 0: bit 0 accept upgrades, bit 1 small limits,
             bits 2-3 piece sizes: 1, up to 7, up to 64, up to 4096,
             bits 4-7 D's body buffer: 1 + 5 * (bits 4-7) bytes;
     bytes 1-2: the seed of the piece sizes. */
static inline void parse_setup_read(parse_setup *s, hc_role role, fuzz_input *in)
{
    static const size_t pieces[4] = {1, 7, 64, 4096};
    unsigned flags = fuzz_byte(in);
    memset(s, 0, sizeof *s);
    s->role = role;
    s->accept_upgrade = (int)(flags & 1u);
    hc_limits_default(&s->limits);
    if (flags & 2u)
        parse_small_limits(&s->limits);
    s->max_piece = pieces[(flags >> 2) & 3u];
    s->seed = (uint32_t)fuzz_u16(in) * 2654435761u + 1u;
    s->body_cap = 1u + 5u * (flags >> 4);
}

/* Client role: a count byte (1..16) then one byte per request method. */
static inline void parse_methods_read(parse_setup *s, fuzz_input *in)
{
    size_t i, n = (fuzz_byte(in) & 15u) + 1u;
    for (i = 0; i < n; i++)
        s->methods[i] = (hc_method)(fuzz_byte(in) % (HC_METHOD_PATCH + 1u));
    s->method_count = n;
}

#endif /* PARSE_CHECK_H */
