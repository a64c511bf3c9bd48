/* Randomized property test of hc_conn. Each round runs a client hc_conn
   and a server hc_conn over two in-memory wires (struct wire and struct
   peer, send_head(), send_body(), send_end() and states() come from
   test_conn.c) through a random sequence of valid exchanges, in a random
   interleaving of writes, network deliveries (any part of what is in
   flight) and reads (what arrived, shown `split` bytes at a time):

     - the framing is stated once, in m->body and m->content_length: no
       message lists Content-Length or Transfer-Encoding among its fields
       (the writer adds the framing field after them, and the expected
       transcript has it there); now and then a message is first offered
       with such a field among the others, which hc_conn_start refuses
       (HC_ERR_FRAMING_FIELD_GIVEN, at its index) without a change of state;
     - requests GET/HEAD/POST/PUT/DELETE/OPTIONS, HTTP/1.0 or 1.1,
       Connection absent/close/keep-alive (any case, sometimes in a list),
       bodies none, a length or chunked (random chunk sizes, optional
       trailers), sometimes Expect: 100-continue, random extra fields and
       targets; the last request is sometimes an Upgrade offer or a
       CONNECT, after which the client may send tunnel bytes early;
     - responses 200/201/204/304/404/500, sometimes after interim 100/103,
       with bodies of a length (sometimes none, stated as HC_BODY_NONE,
       which the writer says as Content-Length: 0), chunked or
       close-delimited, framed as the request allows (HEAD, 204, 304: no
       body; HEAD and 304 state the framing a GET would get: a length,
       chunked or none, and the body writer refuses every byte); 101 or
       200 to CONNECT when the offer is taken, else an ordinary answer;
     - the client pipelines whenever hc_conn_writing() says SEND, the
       server answers in order, either side writes while the other
       direction's message is still under way (full duplex); after a
       response that ends the connection the server either drains the
       request body or calls hc_conn_close() (and the client, once the
       server's EOF arrives, stops sending);
     - per round: 1 to RT_MAX_PLANS exchanges, how often messages close
       the connection, how fast bodies are written.

   Properties, each check naming the rule it stands for:
     conn_random_roundtrip: each side reads exactly the messages the other
       wrote (start line, fields, body bytes, trailers, and the framing and
       keep-alive a reader must infer from them), never an ERROR; after
       every exchange hc_conn_keep_alive() on both sides equals what RFC
       9112 section 9.3 (and RFC 9931 for a refused CONNECT) says, computed
       here from the messages alone, and both sides agree; when it does
       not persist both report hc_conn_must_close() and the server's next
       read is CLOSED; pipelining only where RFC 9112 section 9.3.2 allows;
       a switch hands the new protocol's bytes back untouched; every round
       ends, both sides closed, within RT_MAX_STEPS steps.
     conn_random_coverage: over all rounds, every way of stating the
       framing was written at least once (rt_cov_names; default runs only).
     conn_random_split_invariance: the same round replayed with other read
       sizes and emission caps gives the same trace (every event and
       state), transcripts and wire bytes.
   A failing round prints its seed, the first difference and its last
   steps, and counts as one failure.

   Deterministic (xorshift64*, fixed seeds). HC_CONN_ROUNDS=n runs n rounds
   (default RT_DEFAULT_ROUNDS); HC_CONN_SEED=s gives round k the seed s+k,
   so a failing round is rerun alone with the seed it prints. Included by
   test_main.c after test_conn.c; entry point run_conn_random_tests(). */

#include <stdarg.h>

#define RT_DEFAULT_ROUNDS 300ul
#define RT_DEFAULT_SEED UINT64_C(0x68747470636f6e6e) /* "httpconn" */
#define RT_MAX_PLANS 10      /* exchanges per round */
#define RT_MAX_MSGS 48       /* messages per direction */
#define RT_TEXT_CAP (1u << 16)
#define RT_TRACE_CAP (1u << 18)
#define RT_MAX_STEPS 20000ul /* every round must end within this */
#define RT_WIRE_BUDGET 36000u /* no new request once this much went up */
#define RT_MAX_BODY 3000u
#ifndef RT_MAX_REPORTS
#define RT_MAX_REPORTS 5 /* failing rounds printed per property */
#endif

/* ------------------------------------------------------------- PRNG */

typedef struct rt_rng {
    uint64_t s;
} rt_rng;

/* splitmix64's finalizer: spreads a seed (or a counter) over 64 bits. */
static uint64_t rt_mix(uint64_t x)
{
    x += UINT64_C(0x9E3779B97F4A7C15);
    x = (x ^ (x >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    x = (x ^ (x >> 27)) * UINT64_C(0x94D049BB133111EB);
    return x ^ (x >> 31);
}

static void rt_seed(rt_rng *g, uint64_t seed) { g->s = rt_mix(seed) | 1u; }

static uint64_t rt_next(rt_rng *g) /* xorshift64* */
{
    uint64_t x = g->s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    g->s = x;
    return x * UINT64_C(0x2545F4914F6CDD1D);
}

static size_t rt_below(rt_rng *g, size_t n) { return n ? (size_t)(rt_next(g) % n) : 0; }
static int rt_chance(rt_rng *g, unsigned percent) { return rt_below(g, 100) < percent; }

/* -------------------------------------------------------- transcripts */

/* What one side wrote, or read, in one direction: one line per start
   line, field, head end ("head_done" with the framing), trailer and end,
   and the body bytes as one "body " entry however they were cut. */
typedef struct rt_text {
    char data[RT_TEXT_CAP];
    size_t len;
    size_t start[RT_MAX_MSGS]; /* where each message begins */
    unsigned char done[RT_MAX_MSGS];
    size_t count;
    int in_body;
} rt_text;

static void text_reset(rt_text *t)
{
    t->len = 0;
    t->count = 0;
    t->in_body = 0;
}

static void text_add(rt_text *t, const char *s, size_t n)
{
    if (n > sizeof t->data - t->len)
        n = sizeof t->data - t->len;
    memcpy(t->data + t->len, s, n);
    t->len += n;
}

static void text_close_body(rt_text *t)
{
    if (t->in_body)
        text_add(t, "\n", 1);
    t->in_body = 0;
}

static void text_line(rt_text *t, const char *s)
{
    text_close_body(t);
    text_add(t, s, strlen(s));
    text_add(t, "\n", 1);
}

static void text_begin(rt_text *t)
{
    text_close_body(t);
    if (t->count < RT_MAX_MSGS) {
        t->start[t->count] = t->len;
        t->done[t->count] = 0;
    }
    t->count++;
}

static void text_field(rt_text *t, const char *kind, hc_span name, hc_span value)
{
    text_close_body(t);
    text_add(t, kind, strlen(kind));
    text_add(t, " ", 1);
    text_add(t, name.ptr, name.len);
    text_add(t, ": ", 2);
    text_add(t, value.ptr, value.len);
    text_add(t, "\n", 1);
}

static void text_body(rt_text *t, const char *data, size_t n)
{
    if (!t->in_body)
        text_add(t, "body ", 5);
    t->in_body = 1;
    text_add(t, data, n);
}

static void text_done(rt_text *t)
{
    text_line(t, "done");
    if (t->count > 0 && t->count <= RT_MAX_MSGS)
        t->done[t->count - 1] = 1;
}

/* Message i of a transcript. */
static hc_span text_message(const rt_text *t, size_t i)
{
    hc_span s;
    size_t end = i + 1 < t->count && i + 1 < RT_MAX_MSGS ? t->start[i + 1] : t->len;
    s.ptr = t->data + t->start[i];
    s.len = end - t->start[i];
    return s;
}

static void head_done_text(char *buf, size_t cap, hc_body body, uint64_t length, int keep,
                           int upgrade, int expect)
{
    char len[32] = "";
    if (body == HC_BODY_LENGTH)
        snprintf(len, sizeof len, " %llu", (unsigned long long)length);
    snprintf(buf, cap, "head_done %s%s %s%s%s", hc_body_name(body), len, keep ? "keep" : "close",
             upgrade ? " upgrade" : "", expect ? " expect" : "");
}

/* The start line, fields and head end of a message being written. */
static void text_head(rt_text *t, const hc_message *m, const hc_field *framing,
                      const char *head_done)
{
    char line[512];
    size_t k;
    text_begin(t);
    if (m->is_response)
        snprintf(line, sizeof line, "response %u %.*s HTTP/1.%u", m->status, (int)m->reason.len,
                 m->reason.ptr, (unsigned)m->version_minor);
    else
        snprintf(line, sizeof line, "request %.*s %.*s HTTP/1.%u", (int)m->method.len,
                 m->method.ptr, (int)m->target.len, m->target.ptr, (unsigned)m->version_minor);
    text_line(t, line);
    for (k = 0; k < m->field_count; k++)
        text_field(t, "field", m->fields[k].name, m->fields[k].value);
    if (framing) /* the writer's own, after the caller's */
        text_field(t, "field", framing->name, framing->value);
    text_line(t, head_done);
}

/* The same, from the events a reader got. */
static void text_event(rt_text *t, const hc_event *ev)
{
    char line[512];
    switch (ev->type) {
    case HC_EV_REQUEST:
        text_begin(t);
        snprintf(line, sizeof line, "request %.*s %.*s HTTP/%u.%u", (int)ev->method_name.len,
                 ev->method_name.ptr, (int)ev->target.len, ev->target.ptr,
                 (unsigned)ev->version_major, (unsigned)ev->version_minor);
        text_line(t, line);
        break;
    case HC_EV_RESPONSE:
        text_begin(t);
        snprintf(line, sizeof line, "response %u %.*s HTTP/%u.%u", ev->status, (int)ev->reason.len,
                 ev->reason.ptr, (unsigned)ev->version_major, (unsigned)ev->version_minor);
        text_line(t, line);
        break;
    case HC_EV_FIELD: text_field(t, "field", ev->name, ev->value); break;
    case HC_EV_TRAILER: text_field(t, "trailer", ev->name, ev->value); break;
    case HC_EV_HEAD_DONE:
        head_done_text(line, sizeof line, ev->body, ev->content_length, ev->keep_alive, ev->upgrade,
                       ev->expect_continue);
        text_line(t, line);
        break;
    case HC_EV_BODY: text_body(t, ev->data.ptr, ev->data.len); break;
    case HC_EV_MESSAGE_DONE: text_done(t); break;
    default: break;
    }
}

/* ------------------------------------------------------------- plans */

typedef struct rt_method {
    const char *name;
    int idempotent; /* RFC 9110 section 9.2.2 */
} rt_method;

enum { RT_GET, RT_HEAD, RT_POST, RT_PUT, RT_DELETE, RT_OPTIONS, RT_CONNECT };
static const rt_method rt_methods[] = {{"GET", 1},    {"HEAD", 1},    {"POST", 0},
                                       {"PUT", 1},    {"DELETE", 1},  {"OPTIONS", 1},
                                       {"CONNECT", 0}};

enum { RT_CONN_NONE, RT_CONN_CLOSE, RT_CONN_KEEP };       /* Connection field */
enum { RT_OFFER_NONE, RT_OFFER_UPGRADE, RT_OFFER_CONNECT }; /* switch offers */

/* One exchange, decided when the client starts its request. */
typedef struct rt_plan {
    /* the request */
    int method; /* index in rt_methods */
    int minor;  /* HTTP/1.0 or HTTP/1.1 */
    int conn;   /* RT_CONN_* */
    int offer;  /* RT_OFFER_* */
    int expect; /* Expect: 100-continue */
    int optimistic; /* CONNECT: tunnel bytes sent before the answer */
    hc_body body;
    size_t body_len;
    int trailers;
    uint64_t seed; /* target, field values, body bytes */
    /* the response */
    unsigned interim[2];
    int interims;
    int accept; /* the offer is taken: 101, or 200 to CONNECT */
    unsigned status;
    int res_minor, res_conn;
    hc_body res_body;
    size_t res_len;  /* body bytes; for a HEAD or 304 answer the length stated */
    int res_framing; /* HEAD/304 answers state: 0 none, 1 a length, 2 chunked */
    int res_none;    /* res_body LENGTH 0 stated as HC_BODY_NONE */
    int given;       /* request first offered with a framing field among its fields */
    int res_trailers;
    uint64_t res_seed;
} rt_plan;

/* Keep-alive, computed from the plan alone (RFC 9112 section 9.3): an
   HTTP/1.1 message keeps the connection unless it says close; an HTTP/1.0
   message only if it says keep-alive. */
static int rt_message_keeps(int minor, int conn)
{
    return minor ? conn != RT_CONN_CLOSE : conn == RT_CONN_KEEP;
}

static int rt_request_keeps(const rt_plan *x) { return rt_message_keeps(x->minor, x->conn); }

/* ... and a close-delimited response ends it (RFC 9112 section 6.3 item 8). */
static int rt_response_keeps(const rt_plan *x)
{
    return x->res_body != HC_BODY_CLOSE && rt_message_keeps(x->res_minor, x->res_conn);
}

/* A refused CONNECT ends the connection: bytes the client sent after it
   may be tunnel data, never to be read as requests (RFC 9931). */
static int rt_refused_connect(const rt_plan *x) { return x->method == RT_CONNECT && !x->accept; }

/* The exchange persists when both messages keep the connection; after an
   HTTP/1.0 request the response must say keep-alive too (RFC 9112 section
   9.3, "HTTP/1.0 ... the keep-alive connection option is present"). A
   switch ends HTTP: checked on its own. */
static int rt_persists(const rt_plan *x)
{
    return !x->accept && !rt_refused_connect(x) && rt_request_keeps(x) &&
           rt_response_keeps(x) && (x->minor || x->res_conn == RT_CONN_KEEP);
}

/* No request may follow this one before its answer: a non-idempotent
   method (RFC 9112 section 9.3.2), an HTTP/1.0 request (no pipelining in
   1.0), a switch offer (the bytes after it may be another protocol). */
static int rt_awaits_answer(const rt_plan *x)
{
    return !rt_methods[x->method].idempotent || !x->minor || x->offer != RT_OFFER_NONE;
}

static size_t rt_body_size(rt_rng *g)
{
    size_t roll = rt_below(g, 100);
    if (roll < 10)
        return 0;
    if (roll < 60)
        return 1 + rt_below(g, 64);
    if (roll < 97)
        return 1 + rt_below(g, 1500);
    return 1 + rt_below(g, RT_MAX_BODY);
}

/* closing: how often, in percent, a round's messages end the connection
   (HTTP/1.0, Connection: close, close-delimited): rounds of long
   pipelined sequences and rounds of short ones. */
static int rt_connection_choice(rt_rng *g, unsigned closing)
{
    if (rt_chance(g, closing))
        return RT_CONN_CLOSE;
    return rt_chance(g, 25) ? RT_CONN_KEEP : RT_CONN_NONE;
}

/* no_chunked: the server answered in HTTP/1.0 already, so no
   Transfer-Encoding may be sent to it (RFC 9112 section 6.1). */
static void rt_plan_request(rt_rng *g, rt_plan *x, int last, unsigned closing, int no_chunked)
{
    int payload_method;
    memset(x, 0, sizeof *x);
    x->seed = rt_next(g);
    x->minor = !rt_chance(g, closing);
    if (last && x->minor && rt_chance(g, 35))
        x->offer = rt_chance(g, 50) ? RT_OFFER_UPGRADE : RT_OFFER_CONNECT;
    if (x->offer == RT_OFFER_CONNECT) {
        x->method = RT_CONNECT;
        x->optimistic = rt_chance(g, 50);
    } else if (x->offer == RT_OFFER_UPGRADE) {
        x->method = rt_chance(g, 50) ? RT_GET : RT_POST;
    } else {
        x->method = (int)rt_below(g, 6);
    }
    x->conn = x->offer ? RT_CONN_NONE : rt_connection_choice(g, closing);
    payload_method = x->method == RT_POST || x->method == RT_PUT;
    x->body = HC_BODY_NONE;
    if (x->method != RT_CONNECT && rt_chance(g, payload_method ? 85 : 15)) {
        x->body = x->minor && !no_chunked && rt_chance(g, 50) ? HC_BODY_CHUNKED : HC_BODY_LENGTH;
        x->body_len = rt_body_size(g);
        if (x->body == HC_BODY_CHUNKED)
            x->trailers = (int)rt_below(g, 3);
        /* RFC 9110 section 10.1.1: 100-continue only with content. */
        x->expect = x->minor && (x->body == HC_BODY_CHUNKED || x->body_len > 0) && rt_chance(g, 25);
    }
    x->given = rt_chance(g, 10);
}

/* The answer, valid for the request: no 1xx and no chunked to HTTP/1.0
   (RFC 9110 section 15.2, RFC 9112 section 6.1), no body for HEAD, 204,
   304 (RFC 9110 sections 9.3.2, 15.3.5, 15.4.5), 101 only after the 100
   an expecting client waits for (RFC 9110 section 7.8). */
static void rt_plan_response(rt_rng *g, rt_plan *x, unsigned closing)
{
    static const unsigned statuses[] = {200, 201, 204, 304, 404, 500};
    int k, both11;
    x->res_seed = rt_next(g);
    if (x->minor && rt_chance(g, 25)) {
        x->interims = 1 + (int)rt_below(g, 2);
        for (k = 0; k < x->interims; k++)
            x->interim[k] = rt_chance(g, 50) ? 100u : 103u;
    }
    if (x->offer)
        x->accept = rt_chance(g, 60);
    if (x->accept && x->offer == RT_OFFER_UPGRADE && x->expect && x->interim[0] != 100) {
        x->interim[0] = 100; /* the switch waits for the 100 */
        if (x->interims == 0)
            x->interims = 1;
    }
    x->res_minor = 1;
    x->res_conn = RT_CONN_NONE;
    if (x->accept) {
        x->status = x->offer == RT_OFFER_UPGRADE ? 101u : 200u;
        x->res_body = HC_BODY_TUNNEL;
        return;
    }
    if (x->method == RT_CONNECT)
        x->status = rt_chance(g, 50) ? 404u : 500u; /* a 2xx would open the tunnel */
    else
        x->status = statuses[rt_below(g, 6)];
    if (x->status == 304 && x->method != RT_GET && x->method != RT_HEAD)
        x->status = 200;
    x->res_minor = !rt_chance(g, closing);
    x->res_conn = rt_connection_choice(g, closing);
    /* A refused CONNECT answered in HTTP/1.0 with keep-alive: the case
       where nothing but RFC 9931 ends the connection. */
    if (rt_refused_connect(x) && rt_chance(g, 40)) {
        x->res_minor = 0;
        x->res_conn = RT_CONN_KEEP;
    }
    both11 = x->minor && x->res_minor;
    if (x->method == RT_HEAD || x->status == 204 || x->status == 304) {
        x->res_body = HC_BODY_NONE;
        if (x->status != 204) { /* RFC 9110 section 8.6: the length a GET would get */
            x->res_framing = (int)rt_below(g, both11 ? 3 : 2);
            x->res_len = rt_body_size(g);
        }
    } else {
        x->res_body = rt_chance(g, closing) ? HC_BODY_CLOSE
                      : rt_chance(g, 60)     ? HC_BODY_LENGTH
                                             : HC_BODY_CHUNKED;
        if (x->res_body == HC_BODY_CHUNKED && !both11)
            x->res_body = HC_BODY_LENGTH;
        x->res_len = rt_body_size(g);
        if (x->res_body == HC_BODY_CHUNKED)
            x->res_trailers = (int)rt_below(g, 3);
        /* No body, said as NONE: the writer adds Content-Length: 0, so a
           reader frames it by that length (not to the close). */
        if (x->res_body == HC_BODY_LENGTH && rt_chance(g, 15)) {
            x->res_len = 0;
            x->res_none = 1;
        }
    }
    /* RFC 9112 section 9.6: a server that will close, for a reason known
       before the response (the request's close, HTTP/1.0 without
       keep-alive, a refused CONNECT), says close in it, unless HTTP/1.0
       or a close-delimited body already says so (HC_ERR_MISSING_CLOSE). */
    if ((!rt_request_keeps(x) || rt_refused_connect(x)) && x->res_minor &&
        x->res_body != HC_BODY_CLOSE)
        x->res_conn = RT_CONN_CLOSE;
}

/* The head_done line a reader must report for what was written: framing,
   keep-alive of this message alone (RFC 9112 sections 6.3 and 9.3),
   upgrade (RFC 9110 sections 7.8, 9.3.6), expectation. */
static void rt_request_head_done(char *buf, size_t cap, const rt_plan *x)
{
    head_done_text(buf, cap, x->body, x->body_len, rt_request_keeps(x), x->offer != RT_OFFER_NONE,
                   x->expect);
}

static void rt_response_head_done(char *buf, size_t cap, const rt_plan *x, int interim)
{
    if (interim) /* the final answer follows on the same connection */
        head_done_text(buf, cap, HC_BODY_NONE, 0, 1, 0, 0);
    else if (x->accept)
        head_done_text(buf, cap, HC_BODY_TUNNEL, 0, 0, 1, 0);
    else
        head_done_text(buf, cap, x->res_body, x->res_len, rt_response_keeps(x), 0, 0);
}

/* ----------------------------------------------------------- messages */

/* A message being written and the bytes its spans point at. */
typedef struct rt_msg {
    hc_message m;
    hc_field fields[16];
    hc_field trailers[4];
    size_t trailer_count;
    char store[2048];
    size_t used;
    uint64_t body_seed;
    size_t body_len, body_off;
    int final; /* not an interim response */
    hc_field framing; /* the field line the writer must add, from the plan */
    int framed;       /* ... if any */
    int given;        /* first offered with a framing field at fields[given_at] */
    size_t given_at;
} rt_msg;

static void msg_reset(rt_msg *mb)
{
    memset(&mb->m, 0, sizeof mb->m);
    mb->m.fields = mb->fields;
    mb->trailer_count = 0;
    mb->used = 0;
    mb->body_len = mb->body_off = 0;
    mb->body_seed = 0;
    mb->final = 1;
    mb->framed = 0;
    mb->given = 0;
    mb->given_at = 0;
}

static hc_span msg_bytes(rt_msg *mb, const char *s, size_t n)
{
    hc_span out;
    if (n > sizeof mb->store - mb->used)
        n = sizeof mb->store - mb->used;
    memcpy(mb->store + mb->used, s, n);
    out.ptr = mb->store + mb->used;
    out.len = n;
    mb->used += n;
    return out;
}

static hc_span msg_text(rt_msg *mb, const char *s) { return msg_bytes(mb, s, strlen(s)); }

/* s in a random mix of cases: names, connection options and codings are
   case-insensitive (RFC 9110 sections 5.1, 7.6.1, 8.4). */
static hc_span msg_cased(rt_msg *mb, rt_rng *g, const char *s)
{
    char buf[64];
    size_t k, n = strlen(s) < sizeof buf ? strlen(s) : sizeof buf;
    size_t mode = rt_below(g, 4);
    for (k = 0; k < n; k++) {
        char c = s[k];
        int upper = mode == 1 || (mode == 3 && rt_chance(g, 50));
        int lower = mode == 2 || (mode == 3 && !upper);
        if (upper && c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        else if (lower && c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        buf[k] = c;
    }
    return msg_bytes(mb, buf, n);
}

static void msg_field(rt_msg *mb, hc_span name, hc_span value)
{
    if (mb->m.field_count < sizeof mb->fields / sizeof mb->fields[0]) {
        mb->fields[mb->m.field_count].name = name;
        mb->fields[mb->m.field_count].value = value;
        mb->m.field_count++;
    }
}

static const char rt_tchars[] = "!#$%&'*+-.^_`|~0123456789"
                                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/* A field name that means nothing to HTTP: prefix + random tchars. */
static hc_span msg_token(rt_msg *mb, rt_rng *g, const char *prefix, size_t max)
{
    char buf[64];
    size_t k, p = strlen(prefix), n = 1 + rt_below(g, max);
    memcpy(buf, prefix, p);
    for (k = 0; k < n; k++)
        buf[p + k] = rt_tchars[rt_below(g, sizeof rt_tchars - 1)];
    return msg_bytes(mb, buf, p + n);
}

/* A field value: VCHAR, obs-text, SP and HTAB inside (RFC 9110 section
   5.5), none at the ends, where a reader would trim them. */
static hc_span msg_value(rt_msg *mb, rt_rng *g, size_t max)
{
    char buf[64];
    size_t k, n = 1 + rt_below(g, max);
    for (k = 0; k < n; k++) {
        size_t roll = rt_below(g, 20);
        unsigned c;
        if (roll == 0 && k > 0 && k + 1 < n)
            c = rt_chance(g, 50) ? ' ' : '\t';
        else if (roll == 1)
            c = 0x80u + (unsigned)rt_below(g, 0x80);
        else
            c = 0x21u + (unsigned)rt_below(g, 0x7E - 0x21 + 1);
        buf[k] = (char)(unsigned char)c;
    }
    return msg_bytes(mb, buf, n);
}

static const char rt_pchars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                "0123456789-._~!$&'()*+,;=:@";

/* origin-form, sometimes absolute-form or (OPTIONS) asterisk-form, or
   authority-form for CONNECT (RFC 9112 section 3.2). */
static hc_span msg_target(rt_msg *mb, rt_rng *g, int method)
{
    char buf[128];
    size_t n = 0, seg, segs, k, len;
    if (method == RT_CONNECT)
        return msg_text(mb, "example.com:443");
    if (method == RT_OPTIONS && rt_chance(g, 30))
        return msg_text(mb, "*");
    if (rt_chance(g, 10)) {
        memcpy(buf, "http://example.com", 18);
        n = 18;
    }
    segs = 1 + rt_below(g, 3);
    for (seg = 0; seg < segs; seg++) {
        buf[n++] = '/';
        len = rt_below(g, 9);
        for (k = 0; k < len; k++) {
            if (rt_chance(g, 5)) {
                memcpy(buf + n, "%2F", 3);
                n += 3;
            } else {
                buf[n++] = rt_pchars[rt_below(g, sizeof rt_pchars - 1)];
            }
        }
    }
    if (rt_chance(g, 30)) {
        buf[n++] = '?';
        len = 1 + rt_below(g, 10);
        for (k = 0; k < len; k++)
            buf[n++] = rt_chance(g, 10) ? '/' : rt_pchars[rt_below(g, sizeof rt_pchars - 1)];
    }
    return msg_bytes(mb, buf, n);
}

/* A Connection value with the option in any case, sometimes in a list. */
static hc_span msg_connection(rt_msg *mb, rt_rng *g, const char *option)
{
    char buf[64];
    hc_span o = msg_cased(mb, g, option);
    size_t roll = rt_below(g, 6);
    if (roll > 1)
        return o;
    snprintf(buf, sizeof buf, roll ? "%.*s, x-hop" : "x-hop ,%.*s", (int)o.len, o.ptr);
    return msg_text(mb, buf);
}

static void msg_shuffle_fields(rt_msg *mb, rt_rng *g)
{
    size_t k;
    for (k = mb->m.field_count; k > 1; k--) {
        size_t j = rt_below(g, k);
        hc_field f = mb->fields[k - 1];
        mb->fields[k - 1] = mb->fields[j];
        mb->fields[j] = f;
    }
}

/* The framing field the writer must add after the fields, as the plan
   states the framing (RFC 9112 section 6): a length, or chunked. */
static void msg_length_field(rt_msg *mb, size_t n)
{
    char num[32];
    snprintf(num, sizeof num, "%zu", n);
    mb->framing.name = msg_text(mb, "Content-Length");
    mb->framing.value = msg_text(mb, num);
    mb->framed = 1;
}

static void msg_chunked_field(rt_msg *mb)
{
    mb->framing.name = msg_text(mb, "Transfer-Encoding");
    mb->framing.value = msg_text(mb, "chunked");
    mb->framed = 1;
}

/* Sometimes the message is first offered with a framing field among its
   fields (any case, any value, anywhere): refused, whatever m->body says.
   The field goes in the last slot of mb->fields, out of the way, and is
   swapped in at given_at only for that first offer (rt_offer_given). */
static void msg_given_field(rt_msg *mb, rt_rng *g, int wanted)
{
    static const char *const values[] = {"0", "17", "chunked", "gzip, chunked", "identity"};
    size_t last = sizeof mb->fields / sizeof mb->fields[0] - 1;
    int coding = rt_chance(g, 50);
    if (!wanted || mb->m.field_count >= last)
        return;
    mb->fields[last].name = msg_cased(mb, g, coding ? "Transfer-Encoding" : "Content-Length");
    mb->fields[last].value = msg_text(mb, values[rt_below(g, 5)]);
    mb->given = 1;
    mb->given_at = rt_below(g, mb->m.field_count + 1);
}

static void msg_trailers(rt_msg *mb, rt_rng *g, int count)
{
    int k;
    for (k = 0; k < count; k++) {
        mb->trailers[k].name = msg_token(mb, g, "X-Tr-", 10);
        mb->trailers[k].value = msg_value(mb, g, 30);
    }
    mb->trailer_count = (size_t)count;
}

static void rt_build_request(const rt_plan *x, rt_msg *mb)
{
    rt_rng g;
    size_t k, extra;
    rt_seed(&g, x->seed);
    msg_reset(mb);
    mb->m.version_minor = (unsigned char)x->minor;
    mb->m.method = msg_text(mb, rt_methods[x->method].name);
    mb->m.target = msg_target(mb, &g, x->method);
    msg_field(mb, msg_cased(mb, &g, "Host"),
              msg_text(mb, x->method == RT_CONNECT ? "example.com:443" : "example.com"));
    extra = rt_below(&g, 4);
    for (k = 0; k < extra; k++)
        msg_field(mb, msg_token(mb, &g, "X-", 12), msg_value(mb, &g, 40));
    if (x->offer == RT_OFFER_UPGRADE) {
        msg_field(mb, msg_cased(mb, &g, "Upgrade"), msg_text(mb, "websocket"));
        msg_field(mb, msg_cased(mb, &g, "Connection"), msg_connection(mb, &g, "upgrade"));
    } else if (x->conn != RT_CONN_NONE) {
        msg_field(mb, msg_cased(mb, &g, "Connection"),
                  msg_connection(mb, &g, x->conn == RT_CONN_CLOSE ? "close" : "keep-alive"));
    }
    if (x->expect)
        msg_field(mb, msg_cased(mb, &g, "Expect"), msg_text(mb, "100-continue"));
    if (x->body == HC_BODY_LENGTH)
        msg_length_field(mb, x->body_len);
    else if (x->body == HC_BODY_CHUNKED)
        msg_chunked_field(mb);
    msg_shuffle_fields(mb, &g);
    msg_given_field(mb, &g, x->given);
    mb->m.body = x->body;
    mb->m.content_length = x->body == HC_BODY_LENGTH ? x->body_len : 0;
    mb->body_len = x->body == HC_BODY_NONE ? 0 : x->body_len;
    mb->body_seed = x->seed ^ UINT64_C(0xB0D1);
    if (x->body == HC_BODY_CHUNKED)
        msg_trailers(mb, &g, x->trailers);
}

static const char *rt_reason(unsigned status)
{
    switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 103: return "Early Hints";
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 404: return "Not Found";
    default: return "Internal Server Error";
    }
}

/* Response number `stage` to the request of plan x: the interims, then
   the final one. */
static void rt_build_response(const rt_plan *x, int stage, rt_msg *mb)
{
    rt_rng g;
    size_t k, extra;
    int interim = stage < x->interims;
    unsigned status = interim ? x->interim[stage] : x->status;
    rt_seed(&g, x->res_seed + (uint64_t)stage);
    msg_reset(mb);
    mb->m.is_response = 1;
    mb->m.status = status;
    mb->m.reason = rt_chance(&g, 20) ? msg_text(mb, "") : msg_text(mb, rt_reason(status));
    mb->final = !interim;
    if (interim) {
        mb->m.version_minor = 1;
        if (status == 103)
            msg_field(mb, msg_text(mb, "Link"), msg_text(mb, "</style.css>; rel=preload"));
        mb->m.body = HC_BODY_NONE;
        return;
    }
    mb->m.version_minor = (unsigned char)x->res_minor;
    extra = rt_below(&g, 3);
    for (k = 0; k < extra; k++)
        msg_field(mb, msg_token(mb, &g, "X-", 12), msg_value(mb, &g, 40));
    if (x->accept && x->offer == RT_OFFER_UPGRADE) {
        msg_field(mb, msg_cased(mb, &g, "Upgrade"), msg_text(mb, "websocket"));
        msg_field(mb, msg_cased(mb, &g, "Connection"), msg_connection(mb, &g, "upgrade"));
    } else if (x->res_conn != RT_CONN_NONE) {
        msg_field(mb, msg_cased(mb, &g, "Connection"),
                  msg_connection(mb, &g, x->res_conn == RT_CONN_CLOSE ? "close" : "keep-alive"));
    }
    /* The framing, stated once: HEAD and 304 answers state what a GET
       would get (RFC 9110 sections 8.6, 9.3.2, 15.4.5), shown but with no
       body; a response with none that could have one says a length of 0. */
    mb->m.body = x->res_body;
    if (x->res_body == HC_BODY_NONE && x->res_framing == 1)
        mb->m.body = HC_BODY_LENGTH;
    else if (x->res_body == HC_BODY_NONE && x->res_framing == 2)
        mb->m.body = HC_BODY_CHUNKED;
    else if (x->res_none)
        mb->m.body = HC_BODY_NONE;
    mb->m.content_length = mb->m.body == HC_BODY_LENGTH ? x->res_len : 0;
    if (mb->m.body == HC_BODY_LENGTH || x->res_none)
        msg_length_field(mb, x->res_len);
    else if (mb->m.body == HC_BODY_CHUNKED)
        msg_chunked_field(mb);
    msg_shuffle_fields(mb, &g);
    msg_given_field(mb, &g, rt_chance(&g, 10));
    mb->body_len = x->res_body == HC_BODY_LENGTH || x->res_body == HC_BODY_CHUNKED ||
                           x->res_body == HC_BODY_CLOSE
                       ? x->res_len
                       : 0;
    mb->body_seed = x->res_seed ^ UINT64_C(0xB0D2);
    if (x->res_body == HC_BODY_CHUNKED)
        msg_trailers(mb, &g, x->res_trailers);
}

static char rt_body_byte(uint64_t seed, size_t k)
{
    return (char)(unsigned char)(rt_mix(seed + k) & 0xFFu);
}

/* ------------------------------------------------------------- rounds */

/* The client's first bytes of the new protocol look like a request: after
   a refused CONNECT, reading them as one is request smuggling (RFC 9931). */
static const char rt_client_tunnel[] = "GET /smuggled HTTP/1.1\r\nHost: example.com\r\n\r\n";
static const char rt_server_tunnel[] = "\x81\x05hello from the server";

/* One end: its conn, the wire it reads and the one it writes. */
typedef struct rt_side {
    peer p; /* conn, split (bytes per read, 0: all), cap (emission buffer) */
    const char *name;
    wire *in, *out;
    size_t arrived; /* bytes of *in the network has delivered so far */
    int eof_told;
    unsigned long read_tick;
    rt_text wrote, read;
    rt_msg msg;
    int writing; /* msg is under way */
    int tunnel_written;
} rt_side;

typedef struct rt_round {
    unsigned long number;
    uint64_t seed;
    rt_rng g; /* content and schedule: the same in every replay */
    wire up, down;
    rt_side client, server;
    int drain; /* policy after a response that closes: drain the request body,
                  or hc_conn_close() and let the client stop sending */
    unsigned closing; /* percent: see rt_connection_choice */
    size_t piece;     /* largest body write, 0 for any: slow writers make
                         full duplex (answers before the body ends) common */
    rt_plan plans[RT_MAX_PLANS];
    unsigned planned, started, ended, answered; /* client */
    unsigned served; /* server: requests whose head was read */
    int s_req_done, s_res_done, s_stage, s_closed, s_closed_mid, s_over;
    int c_interim, c_abandoned;
    int c_doomed; /* client: read the head of a response that ends the connection */
    int c_peer10; /* client: the server answered in HTTP/1.0 */
    int ka_server[RT_MAX_PLANS], ka_client[RT_MAX_PLANS], ka_comparable[RT_MAX_PLANS];
    unsigned long tick, steps;
    int finished; /* the steps are over: failures now come from final checks */
    char trace[RT_TRACE_CAP];
    size_t trace_len;
    int failed;
    char why[4096];
} rt_round;

static void rt_trace(rt_round *r, const char *fmt, ...)
{
    va_list ap;
    int n;
    if (r->trace_len + 1 >= sizeof r->trace)
        return;
    va_start(ap, fmt);
    n = vsnprintf(r->trace + r->trace_len, sizeof r->trace - r->trace_len, fmt, ap);
    va_end(ap);
    if (n > 0)
        r->trace_len += (size_t)n < sizeof r->trace - r->trace_len ? (size_t)n
                                                                   : sizeof r->trace - r->trace_len - 1;
}

/* The first failure of a round is kept; the round stops there. */
static void rt_fail(rt_round *r, const char *fmt, ...)
{
    va_list ap;
    int n;
    if (r->failed)
        return;
    r->failed = 1;
    if (r->finished)
        n = snprintf(r->why, sizeof r->why, "after the round (%lu steps): ", r->steps);
    else
        n = snprintf(r->why, sizeof r->why, "step %lu: ", r->steps);
    va_start(ap, fmt);
    vsnprintf(r->why + n, sizeof r->why - (size_t)n, fmt, ap);
    va_end(ap);
}

static size_t rt_excerpt(char *out, size_t cap, const char *s, size_t len, size_t from)
{
    size_t k, n = 0;
    for (k = from; k < len && k < from + 120 && n + 6 < cap; k++) {
        unsigned char ch = (unsigned char)s[k];
        if (ch == '\n') {
            out[n++] = '\\';
            out[n++] = 'n';
        } else if (ch < 0x20 || ch >= 0x7F) {
            snprintf(out + n, cap - n, "\\x%02x", ch);
            n += 4;
        } else {
            out[n++] = (char)ch;
        }
    }
    out[n] = '\0';
    return n;
}

/* Fails with the first byte where got differs from want, shown from the
   start of its line. */
static void rt_fail_diff(rt_round *r, const char *what, const char *want, size_t wlen,
                         const char *got, size_t glen)
{
    char a[800], b[800];
    size_t k = 0, from;
    while (k < wlen && k < glen && want[k] == got[k])
        k++;
    from = k;
    while (from > 0 && want[from - 1] != '\n' && k - from < 60)
        from--;
    rt_excerpt(a, sizeof a, want, wlen, from);
    rt_excerpt(b, sizeof b, got, glen, from);
    rt_fail(r, "%s differ at byte %zu (of %zu expected, %zu got)\n    expected: %s%s\n    got:      %s%s",
            what, k, wlen, glen, a, wlen == k ? "<end>" : "", b, glen == k ? "<end>" : "");
}

static const char *rt_state(const hc_conn *c, char *buf, size_t cap) { return states(c, buf, cap); }

static void rt_side_init(rt_side *s, hc_role role, const char *name, wire *in, wire *out,
                         size_t split, size_t cap)
{
    peer_init(&s->p, role, split, cap);
    s->name = name;
    s->in = in;
    s->out = out;
    s->arrived = 0;
    s->eof_told = 0;
    s->read_tick = (unsigned long)-1;
    text_reset(&s->wrote);
    text_reset(&s->read);
    msg_reset(&s->msg);
    s->writing = 0;
    s->tunnel_written = 0;
}

static void rt_wire_reset(wire *w)
{
    w->len = w->off = w->visible = 0;
    w->eof = 0;
}

/* Bytes per read: everything, one, a few, or a random size. */
static size_t rt_pick_split(rt_rng *d)
{
    size_t roll = rt_below(d, 10);
    return roll < 2 ? 0 : roll < 4 ? 1 : roll < 6 ? 2 + rt_below(d, 7) : 1 + rt_below(d, 200);
}

/* Emission buffer: odd caps copy heads (hc_write_head), even ones hand
   out pieces (hc_head_pieces); a cap of 1 is slow, so rare. */
static size_t rt_pick_cap(rt_rng *d)
{
    return rt_chance(d, 4) ? 1 : 2 + rt_below(d, 300);
}

static size_t rt_other_split(rt_rng *d, size_t was)
{
    size_t k, s = was;
    for (k = 0; k < 8 && s == was; k++)
        s = rt_pick_split(d);
    return s == was ? was + 1 : s;
}

/* A round from its seed. The delivery PRNG picks read sizes and emission
   caps; a replay (first != NULL) picks different read sizes. */
static void rt_round_init(rt_round *r, unsigned long number, uint64_t seed, rt_rng *delivery,
                          const rt_round *first)
{
    size_t split_c, split_s, cap_c, cap_s;
    unsigned k;
    r->number = number;
    r->seed = seed;
    rt_seed(&r->g, seed);
    rt_wire_reset(&r->up);
    rt_wire_reset(&r->down);
    split_c = first ? rt_other_split(delivery, first->client.p.split) : rt_pick_split(delivery);
    split_s = first ? rt_other_split(delivery, first->server.p.split) : rt_pick_split(delivery);
    cap_c = rt_pick_cap(delivery);
    cap_s = rt_pick_cap(delivery);
    rt_side_init(&r->client, HC_ROLE_CLIENT, "client", &r->down, &r->up, split_c, cap_c);
    rt_side_init(&r->server, HC_ROLE_SERVER, "server", &r->up, &r->down, split_s, cap_s);
    r->planned = 1 + (unsigned)rt_below(&r->g, RT_MAX_PLANS);
    r->drain = rt_chance(&r->g, 50);
    r->closing = rt_chance(&r->g, 40) ? 2u : rt_chance(&r->g, 50) ? 10u : 30u;
    r->piece = rt_chance(&r->g, 40) ? 0u : rt_chance(&r->g, 50) ? 256u : 24u;
    r->started = r->ended = r->answered = r->served = 0;
    r->s_req_done = r->s_res_done = r->s_stage = 0;
    r->s_closed = r->s_closed_mid = r->s_over = 0;
    r->c_interim = r->c_abandoned = r->c_doomed = r->c_peer10 = 0;
    for (k = 0; k < RT_MAX_PLANS; k++)
        r->ka_server[k] = r->ka_client[k] = -1, r->ka_comparable[k] = 0;
    r->tick = r->steps = 0;
    r->finished = 0;
    r->trace_len = 0;
    r->trace[0] = '\0';
    r->failed = 0;
    r->why[0] = '\0';
}

/* ------------------------------------------------ exchange completion */

/* RFC 9110 sections 7.8 and 9.3.6: after a 101, or a 2xx to CONNECT, the
   connection is no longer HTTP, both ways. */
static void rt_expect_switched(rt_round *r, rt_side *s)
{
    char buf[64];
    if (hc_conn_reading(&s->p.conn) != HC_CONN_SWITCHED ||
        hc_conn_writing(&s->p.conn) != HC_CONN_SWITCHED || hc_conn_keep_alive(&s->p.conn))
        rt_fail(r, "%s: after the switch, state %s (expected switched/switched, no keep-alive)",
                s->name, rt_state(&s->p.conn, buf, sizeof buf));
}

/* Server: request k read (or reading closed) and its final response
   written. */
static void rt_server_completed(rt_round *r)
{
    unsigned k = r->served - 1;
    const rt_plan *x = &r->plans[k];
    hc_conn *c = &r->server.p.conn;
    wire *in = r->server.in;
    int persists = rt_persists(x);
    hc_event ev;
    size_t used;
    if (x->accept) {
        rt_expect_switched(r, &r->server);
        r->ka_server[k] = 0;
        return;
    }
    r->ka_server[k] = hc_conn_keep_alive(c);
    /* RFC 9112 section 9.3: persistence as both messages say; RFC 9931:
       none after a refused CONNECT. */
    if (hc_conn_keep_alive(c) != persists)
        rt_fail(r, "server: exchange %u: hc_conn_keep_alive %d, expected %d (RFC 9112 9.3, RFC 9931)", k,
                hc_conn_keep_alive(c), persists);
    /* RFC 9112 section 9.6: a server that does not persist closes. */
    if (hc_conn_must_close(c) != !persists)
        rt_fail(r, "server: exchange %u: hc_conn_must_close %d, expected %d", k,
                hc_conn_must_close(c), !persists);
    if (persists)
        return;
    /* RFC 9112 section 9.6: ... and reads no further request. */
    r->s_over = 1;
    memset(&ev, 0, sizeof ev);
    used = hc_conn_read(c, in->data + in->off, in->visible, &ev);
    if (used != 0 || ev.type != HC_EV_CLOSED)
        rt_fail(r, "server: after exchange %u (not persistent) the next read is %s, consuming %zu",
                k, hc_event_name(ev.type), used);
}

/* Client: request j sent whole and its final response read. */
static void rt_client_completed(rt_round *r, unsigned j)
{
    const rt_plan *x = &r->plans[j];
    hc_conn *c = &r->client.p.conn;
    int persists = rt_persists(x), expect = persists;
    unsigned k;
    if (x->accept) {
        rt_expect_switched(r, &r->client);
        r->ka_client[j] = 0;
        return;
    }
    /* A request written since (pipelined) that does not keep the
       connection already rules out another exchange (RFC 9112 9.3). */
    for (k = j + 1; k < r->started; k++)
        expect = expect && rt_request_keeps(&r->plans[k]);
    r->ka_client[j] = hc_conn_keep_alive(c);
    /* Comparable with the server's view when nothing was pipelined after. */
    r->ka_comparable[j] = r->started == j + 1;
    /* RFC 9112 section 9.3: persistence as both messages say; RFC 9931:
       none after a refused CONNECT. */
    if (hc_conn_keep_alive(c) != expect)
        rt_fail(r, "client: exchange %u: hc_conn_keep_alive %d, expected %d (RFC 9112 9.3, RFC 9931)", j,
                hc_conn_keep_alive(c), expect);
    /* RFC 9112 section 9.6: a client that reads "close" closes. */
    if (hc_conn_must_close(c) != !persists)
        rt_fail(r, "client: exchange %u: hc_conn_must_close %d, expected %d", j,
                hc_conn_must_close(c), !persists);
}

/* ------------------------------------------------------------ writing */

static void rt_write_tunnel(rt_round *r, rt_side *s, const char *bytes, size_t n)
{
    wire_put(s->out, bytes, n);
    s->tunnel_written = 1;
    rt_trace(r, "%s tunnel %zu", s->name, n);
}

/* What the rounds wrote, for conn_random_coverage: every way of stating
   the framing must come up. */
enum {
    RT_COV_REQ_NONE,
    RT_COV_REQ_LENGTH,
    RT_COV_REQ_CHUNKED,
    RT_COV_RES_LENGTH,
    RT_COV_RES_NONE,    /* said as Content-Length: 0 by the writer */
    RT_COV_RES_CHUNKED,
    RT_COV_RES_CLOSE,
    RT_COV_RES_TUNNEL,
    RT_COV_RES_NO_FIELD, /* 1xx, 204 */
    RT_COV_HEAD_LENGTH,  /* an answer to HEAD with a length stated */
    RT_COV_HEAD_CHUNKED,
    RT_COV_HEAD_NONE,
    RT_COV_304_LENGTH,
    RT_COV_GIVEN,        /* a framing field among the fields, refused */
    RT_COV_COUNT
};
static const char *const rt_cov_names[RT_COV_COUNT] = {
    "request none", "request length", "request chunked", "response length",
    "response none (Content-Length: 0)", "response chunked", "response close",
    "response tunnel", "1xx/204 none", "HEAD answer with a length", "HEAD answer chunked",
    "HEAD answer none", "304 with a length", "framing field given"};
static unsigned long rt_cov[RT_COV_COUNT];

static void rt_cover_response(const rt_plan *x, const rt_msg *mb)
{
    const hc_message *m = &mb->m;
    int head = x->method == RT_HEAD && mb->final;
    if (head)
        rt_cov[m->body == HC_BODY_LENGTH   ? RT_COV_HEAD_LENGTH
               : m->body == HC_BODY_CHUNKED ? RT_COV_HEAD_CHUNKED
                                            : RT_COV_HEAD_NONE]++;
    else if (m->status == 304 && m->body == HC_BODY_LENGTH)
        rt_cov[RT_COV_304_LENGTH]++;
    else if (m->status < 200 || m->status == 204)
        rt_cov[m->status == 101 ? RT_COV_RES_TUNNEL : RT_COV_RES_NO_FIELD]++;
    else if (m->body == HC_BODY_NONE && mb->framed)
        rt_cov[RT_COV_RES_NONE]++;
    else if (m->body == HC_BODY_LENGTH)
        rt_cov[RT_COV_RES_LENGTH]++;
    else if (m->body == HC_BODY_CHUNKED)
        rt_cov[RT_COV_RES_CHUNKED]++;
    else if (m->body == HC_BODY_CLOSE)
        rt_cov[RT_COV_RES_CLOSE]++;
    else if (m->body == HC_BODY_TUNNEL)
        rt_cov[RT_COV_RES_TUNNEL]++;
}

/* The framing is the writer's to add: a message first offered with a
   Content-Length or Transfer-Encoding among its fields is refused with
   HC_ERR_FRAMING_FIELD_GIVEN at that field's index, whatever m->body
   says, and the connection is as it was (writing still SEND). */
static int rt_offer_given(rt_round *r, rt_side *s)
{
    rt_msg *mb = &s->msg;
    hc_field keep[sizeof mb->fields / sizeof mb->fields[0]];
    size_t last = sizeof mb->fields / sizeof mb->fields[0] - 1, n = mb->m.field_count, where = 0;
    hc_head_writer hw;
    hc_error_code e;
    if (!mb->given)
        return 1;
    memcpy(keep, mb->fields, sizeof keep);
    memmove(mb->fields + mb->given_at + 1, mb->fields + mb->given_at,
            (n - mb->given_at) * sizeof mb->fields[0]);
    mb->fields[mb->given_at] = keep[last];
    mb->m.field_count = n + 1;
    e = hc_conn_start(&s->p.conn, &mb->m, &hw, &where);
    memcpy(mb->fields, keep, sizeof keep);
    mb->m.field_count = n;
    rt_cov[RT_COV_GIVEN]++;
    if (e != HC_ERR_FRAMING_FIELD_GIVEN || where != mb->given_at || hc_head_size(&hw) != 0 ||
        hc_conn_writing(&s->p.conn) != HC_CONN_SEND) {
        rt_fail(r, "%s: %.*s: %.*s among the fields (at %zu): %s at %ld, head size %zu, writing %s "
                   "(expected framing_field_given there, nothing to emit, still send)",
                s->name, (int)keep[last].name.len, keep[last].name.ptr, (int)keep[last].value.len,
                keep[last].value.ptr, mb->given_at, hc_error_name(e),
                where == HC_WHERE_START_LINE ? -1l : (long)where, hc_head_size(&hw),
                hc_conn_state_name(hc_conn_writing(&s->p.conn)));
        return 0;
    }
    return 1;
}

/* Client, request number r->started: plan it, start it, send its head. */
static void rt_client_start(rt_round *r)
{
    rt_side *c = &r->client;
    unsigned i = r->started;
    rt_plan *x = &r->plans[i];
    char hd[96];
    hc_error_code e;
    rt_plan_request(&r->g, x, i + 1 == r->planned, r->closing, r->c_peer10);
    rt_plan_response(&r->g, x, r->closing);
    rt_build_request(x, &c->msg);
    if (!rt_offer_given(r, c))
        return;
    e = send_head(&c->p, &c->msg.m, c->out);
    if (e) {
        size_t where = 0;
        hc_check_head(&c->msg.m, NULL, &where);
        rt_fail(r, "client: hc_conn_start refused request %u (%s %.*s): %s, field %ld", i,
                rt_methods[x->method].name, (int)c->msg.m.target.len, c->msg.m.target.ptr,
                hc_error_name(e), where == HC_WHERE_START_LINE ? -1l : (long)where);
        return;
    }
    r->started++;
    c->writing = 1;
    rt_request_head_done(hd, sizeof hd, x);
    text_head(&c->wrote, &c->msg.m, c->msg.framed ? &c->msg.framing : NULL, hd);
    rt_cov[x->body == HC_BODY_LENGTH    ? RT_COV_REQ_LENGTH
           : x->body == HC_BODY_CHUNKED ? RT_COV_REQ_CHUNKED
                                        : RT_COV_REQ_NONE]++;
    rt_trace(r, "client starts %u: %s %.*s HTTP/1.%d body %s %zu", i, rt_methods[x->method].name,
             (int)c->msg.m.target.len, c->msg.m.target.ptr, x->minor, hc_body_name(x->body),
             c->msg.body_len);
}

/* Server: the next response owed to the request being answered. */
static void rt_server_start(rt_round *r)
{
    rt_side *s = &r->server;
    const rt_plan *x = &r->plans[r->served - 1];
    char hd[96];
    hc_error_code e;
    rt_build_response(x, r->s_stage, &s->msg);
    if (!rt_offer_given(r, s))
        return;
    e = send_head(&s->p, &s->msg.m, s->out);
    if (e) {
        size_t where = 0;
        hc_check_head(&s->msg.m, NULL, &where);
        rt_fail(r, "server: hc_conn_start refused response %u to request %u: %s, field %ld",
                s->msg.m.status, r->served - 1, hc_error_name(e),
                where == HC_WHERE_START_LINE ? -1l : (long)where);
        return;
    }
    r->s_stage++;
    s->writing = 1;
    rt_response_head_done(hd, sizeof hd, x, !s->msg.final);
    text_head(&s->wrote, &s->msg.m, s->msg.framed ? &s->msg.framing : NULL, hd);
    rt_cover_response(x, &s->msg);
    /* No body after this head (HEAD, 304, 1xx, 204, a switch; RFC 9110
       sections 9.3.2, 15.2, 15.3.5, 15.4.5), whatever framing it shows:
       the body writer refuses the first byte and the state stays. */
    if (s->msg.body_len == 0 && (!s->msg.final || x->res_body == HC_BODY_NONE ||
                                 x->res_body == HC_BODY_TUNNEL)) {
        hc_chunk_head chunk;
        e = hc_conn_body(&s->p.conn, 1, &chunk);
        if (e != HC_ERR_BODY_NOT_ALLOWED || chunk.len != 0 ||
            hc_conn_writing(&s->p.conn) != HC_CONN_BODY)
            rt_fail(r, "server: a byte of body after %u %s (answering %s): %s, expected "
                       "body_not_allowed", s->msg.m.status, hc_body_name(s->msg.m.body),
                    rt_methods[x->method].name, hc_error_name(e));
    }
    rt_trace(r, "server starts %u %s %zu", s->msg.m.status, hc_body_name(s->msg.m.body),
             s->msg.body_len);
}

/* Client: request r->ended was sent whole. */
static void rt_client_ended(rt_round *r)
{
    unsigned i = r->ended++;
    const rt_plan *x = &r->plans[i];
    hc_conn *c = &r->client.p.conn;
    hc_conn_state reading = hc_conn_reading(c), want;
    char buf[64];
    /* When the next request may go out: pipelining only after an
       idempotent HTTP/1.1 request that offers no switch (RFC 9112 section
       9.3.2), never after one that closes, nor once a response said the
       connection ends (section 9.6: "MUST cease sending requests"), never
       once the connection switched. */
    if (reading == HC_CONN_SWITCHED)
        want = HC_CONN_SWITCHED;
    else if (reading == HC_CONN_CLOSED || reading == HC_CONN_ERROR || !rt_request_keeps(x) ||
             r->c_doomed)
        want = HC_CONN_CLOSED;
    else if (r->answered <= i && rt_awaits_answer(x))
        want = HC_CONN_IDLE;
    else
        want = HC_CONN_SEND;
    if (hc_conn_writing(c) != want)
        rt_fail(r, "client: after request %u (%s HTTP/1.%d) writing is %s, expected %s (%s)", i,
                rt_methods[x->method].name, x->minor, hc_conn_state_name(hc_conn_writing(c)),
                hc_conn_state_name(want), rt_state(c, buf, sizeof buf));
    if (r->answered > i)
        rt_client_completed(r, i);
}

/* Server: a response was ended. */
static void rt_server_ended(rt_round *r)
{
    rt_side *s = &r->server;
    hc_conn *c = &s->p.conn;
    unsigned k = r->served - 1;
    const rt_plan *x = &r->plans[k];
    if (!s->msg.final) {
        /* RFC 9110 section 15.2: a final response still follows. */
        if (hc_conn_writing(c) != HC_CONN_SEND)
            rt_fail(r, "server: after an interim response writing is %s, expected send",
                    hc_conn_state_name(hc_conn_writing(c)));
        return;
    }
    r->s_res_done = 1;
    if (x->accept) {
        rt_write_tunnel(r, s, rt_server_tunnel, sizeof rt_server_tunnel - 1);
    } else if (hc_conn_must_close(c) != !rt_persists(x)) {
        /* RFC 9112 section 9.6: close after the response that ends it. */
        rt_fail(r, "server: response %u ended, hc_conn_must_close %d, expected %d", k,
                hc_conn_must_close(c), !rt_persists(x));
        return;
    }
    if (!x->accept && !r->drain && hc_conn_must_close(c)) {
        r->s_closed = 1;
        r->s_closed_mid = !r->s_req_done;
        hc_conn_close(c);
        rt_trace(r, " close%s", r->s_closed_mid ? " (request body unread)" : "");
    }
    if (r->s_req_done || r->s_closed)
        rt_server_completed(r);
}

/* The next bit of the message under way: a piece of body of random size,
   or its end with the trailers. */
static void rt_write_more(rt_round *r, rt_side *s)
{
    rt_msg *mb = &s->msg;
    size_t rest = mb->body_len - mb->body_off;
    hc_error_code e;
    size_t k;
    if (rest > 0) {
        char buf[RT_MAX_BODY];
        size_t n = rt_chance(&r->g, 40) ? rest : 1 + rt_below(&r->g, rest);
        if (r->piece && n > r->piece)
            n = 1 + rt_below(&r->g, r->piece);
        for (k = 0; k < n; k++)
            buf[k] = rt_body_byte(mb->body_seed, mb->body_off + k);
        e = send_body(&s->p, buf, n, s->out);
        if (e) {
            rt_fail(r, "%s: hc_conn_body refused %zu bytes at %zu of %zu: %s", s->name, n,
                    mb->body_off, mb->body_len, hc_error_name(e));
            return;
        }
        text_body(&s->wrote, buf, n);
        mb->body_off += n;
        rt_trace(r, "%s body %zu", s->name, n);
        return;
    }
    e = send_end(&s->p, mb->trailers, mb->trailer_count, s->out);
    if (e) {
        rt_fail(r, "%s: hc_conn_end refused: %s", s->name, hc_error_name(e));
        return;
    }
    for (k = 0; k < mb->trailer_count; k++)
        text_field(&s->wrote, "trailer", mb->trailers[k].name, mb->trailers[k].value);
    text_done(&s->wrote);
    s->writing = 0;
    rt_trace(r, "%s end", s->name);
    if (s == &r->client)
        rt_client_ended(r);
    else
        rt_server_ended(r);
}

/* Client, told to stop (reading CLOSED) in mid-body: it stops sending,
   as the README says, once the server has closed (its EOF arrived), when
   the server closes instead of draining. A body whose bytes are all out
   (not chunked) is complete on the wire already: that one is ended,
   which sends nothing more. */
static int rt_client_may_abandon(const rt_round *r)
{
    const rt_msg *mb = &r->client.msg;
    return !r->drain && hc_conn_reading(&r->client.p.conn) == HC_CONN_CLOSED &&
           r->down.eof && r->client.arrived == r->down.len &&
           (mb->body_off < mb->body_len || mb->m.body == HC_BODY_CHUNKED);
}

static void rt_client_abandon(rt_round *r)
{
    r->client.writing = 0;
    r->c_abandoned = 1;
    rt_trace(r, "client abandons request %u", r->ended);
    if (r->answered > r->ended)
        rt_client_completed(r, r->ended);
}

static int rt_client_has_more(const rt_round *r)
{
    return r->started < r->planned && r->up.len < RT_WIRE_BUDGET;
}

/* After a CONNECT the client may send tunnel bytes before the answer
   (RFC 9931 calls them optimistic): if the CONNECT is refused, they must
   never be read as a request. */
static int rt_client_optimistic(const rt_round *r)
{
    return r->started > 0 && r->ended == r->started && r->plans[r->started - 1].optimistic &&
           !r->client.tunnel_written && hc_conn_reading(&r->client.p.conn) != HC_CONN_CLOSED;
}

static int rt_client_can_write(const rt_round *r)
{
    const rt_side *c = &r->client;
    hc_conn_state w = hc_conn_writing(&c->p.conn);
    if (c->writing)
        return 1;
    if (r->up.eof)
        return 0;
    if (w == HC_CONN_SEND)
        return rt_client_has_more(r);
    return (w == HC_CONN_SWITCHED || rt_client_optimistic(r)) && !c->tunnel_written;
}

static void rt_client_write(rt_round *r)
{
    rt_side *c = &r->client;
    if (c->writing) {
        if (rt_client_may_abandon(r))
            rt_client_abandon(r);
        else
            rt_write_more(r, c);
    } else if (hc_conn_writing(&c->p.conn) == HC_CONN_SWITCHED || rt_client_optimistic(r)) {
        rt_write_tunnel(r, c, rt_client_tunnel, sizeof rt_client_tunnel - 1);
    } else {
        rt_client_start(r);
    }
}

static int rt_server_can_write(const rt_round *r)
{
    const rt_side *s = &r->server;
    return s->writing ||
           (hc_conn_writing(&s->p.conn) == HC_CONN_SEND && r->served > 0 && !r->down.eof);
}

static void rt_server_write(rt_round *r)
{
    if (r->server.writing)
        rt_write_more(r, &r->server);
    else
        rt_server_start(r);
}

/* ------------------------------------------------------------ reading */

static void rt_server_saw(rt_round *r, const hc_event *ev)
{
    hc_conn *c = &r->server.p.conn;
    switch (ev->type) {
    case HC_EV_REQUEST:
        /* RFC 9112 section 9.6: nothing is read after the close. */
        if (r->s_over)
            rt_fail(r, "server: read a request after the connection ended");
        /* RFC 9112 section 9.3.2: answered in order, one at a time. */
        else if (r->served > 0 && !(r->s_req_done && r->s_res_done))
            rt_fail(r, "server: request %u read before exchange %u was complete", r->served,
                    r->served - 1);
        else if (r->served >= r->started)
            rt_fail(r, "server: read request %u, the client sent %u", r->served, r->started);
        r->served++;
        r->s_req_done = r->s_res_done = r->s_stage = 0;
        break;
    case HC_EV_HEAD_DONE:
        /* A response may begin once the request head is read. */
        if (hc_conn_writing(c) != HC_CONN_SEND)
            rt_fail(r, "server: request head read, writing is %s, expected send",
                    hc_conn_state_name(hc_conn_writing(c)));
        break;
    case HC_EV_MESSAGE_DONE:
        r->s_req_done = 1;
        if (r->s_res_done)
            rt_server_completed(r);
        break;
    case HC_EV_SWITCHED:
        if (!(r->served > 0 && r->plans[r->served - 1].accept && r->s_req_done && r->s_res_done))
            rt_fail(r, "server: SWITCHED with no switch accepted");
        break;
    case HC_EV_CLOSED:
        /* RFC 9112 section 9.6: closed after a non-persistent
           exchange, or the client closed between requests. */
        if (!r->s_over && !r->up.eof)
            rt_fail(r, "server: CLOSED while the connection persists");
        break;
    default: break;
    }
}

static void rt_client_saw(rt_round *r, const hc_event *ev)
{
    switch (ev->type) {
    case HC_EV_RESPONSE:
        r->c_interim = ev->status < 200 && ev->status != 101;
        r->c_peer10 |= ev->version_minor == 0;
        break;
    case HC_EV_HEAD_DONE:
        if (!r->c_interim && r->answered < r->started && !rt_persists(&r->plans[r->answered]))
            r->c_doomed = 1;
        break;
    case HC_EV_MESSAGE_DONE:
        if (!r->c_interim) {
            unsigned j = r->answered++;
            if (j < r->ended)
                rt_client_completed(r, j);
        }
        break;
    case HC_EV_SWITCHED:
        if (!(r->answered > 0 && r->plans[r->answered - 1].accept))
            rt_fail(r, "client: SWITCHED with no switch accepted");
        break;
    case HC_EV_CLOSED:
        /* RFC 9112 section 9.6: the server closes only after a response
           that ends the connection, or after the client closed. */
        if (!r->up.eof && !(r->answered > 0 && !rt_persists(&r->plans[r->answered - 1])))
            rt_fail(r, "client: CLOSED while the connection persists");
        break;
    default: break;
    }
}

static int rt_stops_reading(hc_event_type t)
{
    return t == HC_EV_PAUSED || t == HC_EV_SWITCHED || t == HC_EV_CLOSED || t == HC_EV_ERROR;
}

/* Reads like an application whose socket has delivered s->arrived bytes:
   events until it needs bytes that have not arrived, or PAUSED, SWITCHED,
   CLOSED or ERROR. The parser is shown the bytes split at a time. */
static void rt_read(rt_round *r, rt_side *s)
{
    wire *in = s->in;
    unsigned long guard;
    int in_body = 0;
    rt_trace(r, "%s reads", s->name);
    s->read_tick = r->tick;
    for (guard = 0; guard < 1000000ul && !r->failed; guard++) {
        hc_event ev;
        size_t used;
        memset(&ev, 0, sizeof ev);
        used = hc_conn_read(&s->p.conn, in->data + in->off, in->visible, &ev);
        if (used > in->visible) {
            rt_fail(r, "%s: hc_conn_read consumed %zu of %zu bytes", s->name, used, in->visible);
            return;
        }
        in->off += used;
        in->visible -= used;
        if (ev.type == HC_EV_NEED_MORE) {
            size_t more = s->arrived - in->off - in->visible;
            if (more > 0) {
                in->visible += s->p.split && s->p.split < more ? s->p.split : more;
                continue;
            }
            if (!in->eof || s->arrived < in->len)
                return;
            if (s->eof_told) { /* hc_parser_eof: never NEED_MORE again */
                rt_fail(r, "%s: NEED_MORE after the end of input", s->name);
                return;
            }
            hc_conn_eof(&s->p.conn);
            s->eof_told = 1;
            rt_trace(r, " eof");
            continue;
        }
        if (ev.type != HC_EV_BODY || !in_body)
            rt_trace(r, " %s", hc_event_name(ev.type));
        in_body = ev.type == HC_EV_BODY;
        /* RFC 9112: every message here is valid; nothing may fail. */
        if (ev.type == HC_EV_ERROR) {
            rt_fail(r, "%s: ERROR %s at offset %llu", s->name, hc_error_name(ev.error.code),
                    (unsigned long long)ev.error.offset);
            return;
        }
        text_event(&s->read, &ev);
        if (s == &r->client)
            rt_client_saw(r, &ev);
        else
            rt_server_saw(r, &ev);
        if (rt_stops_reading(ev.type))
            return;
    }
    if (!r->failed)
        rt_fail(r, "%s: the read loop did not end", s->name);
}

/* ----------------------------------------------------- other actions */

/* The network hands the reader all, or a random part, of what is on its
   way. */
static void rt_deliver(rt_round *r, rt_side *s)
{
    size_t rest = s->in->len - s->arrived;
    size_t n = rt_chance(&r->g, 50) ? rest : 1 + rt_below(&r->g, rest);
    s->arrived += n;
    rt_trace(r, "deliver %zu to %s", n, s->name);
}

/* Client closes: when the conn says so, after a switch once its tunnel
   bytes are out, or when everything planned was sent and answered. */
static int rt_client_can_close(const rt_round *r)
{
    const hc_conn *c = &r->client.p.conn;
    if (r->up.eof || r->client.writing)
        return 0;
    if (hc_conn_reading(c) == HC_CONN_SWITCHED)
        return r->client.tunnel_written;
    if (hc_conn_must_close(c))
        return 1;
    return !rt_client_has_more(r) && r->answered == r->started;
}

/* Server closes when the conn says so, or after a switch. */
static int rt_server_can_close(const rt_round *r)
{
    const hc_conn *c = &r->server.p.conn;
    if (r->down.eof || r->server.writing)
        return 0;
    if (hc_conn_writing(c) == HC_CONN_SWITCHED)
        return r->server.tunnel_written;
    return hc_conn_must_close(c);
}

static void rt_close(rt_round *r, rt_side *s)
{
    s->out->eof = 1;
    rt_trace(r, "%s closes", s->name);
}

enum {
    RT_CLIENT_WRITE,
    RT_SERVER_WRITE,
    RT_DELIVER_UP,
    RT_DELIVER_DOWN,
    RT_CLIENT_READ,
    RT_SERVER_READ,
    RT_CLIENT_CLOSE,
    RT_SERVER_CLOSE
};

/* What may happen next; 0 when nothing can: the round is over. */
static size_t rt_enabled(const rt_round *r, int *acts)
{
    size_t n = 0;
    if (rt_client_can_write(r))
        acts[n++] = RT_CLIENT_WRITE;
    if (rt_server_can_write(r))
        acts[n++] = RT_SERVER_WRITE;
    if (r->server.arrived < r->up.len)
        acts[n++] = RT_DELIVER_UP;
    if (r->client.arrived < r->down.len)
        acts[n++] = RT_DELIVER_DOWN;
    if (r->client.read_tick != r->tick)
        acts[n++] = RT_CLIENT_READ;
    if (r->server.read_tick != r->tick)
        acts[n++] = RT_SERVER_READ;
    if (rt_client_can_close(r))
        acts[n++] = RT_CLIENT_CLOSE;
    if (rt_server_can_close(r))
        acts[n++] = RT_SERVER_CLOSE;
    return n;
}

static void rt_act(rt_round *r, int act)
{
    if (act != RT_CLIENT_READ && act != RT_SERVER_READ)
        r->tick++; /* something changed: reading may get further */
    switch (act) {
    case RT_CLIENT_WRITE: rt_client_write(r); break;
    case RT_SERVER_WRITE: rt_server_write(r); break;
    case RT_DELIVER_UP: rt_deliver(r, &r->server); break;
    case RT_DELIVER_DOWN: rt_deliver(r, &r->client); break;
    case RT_CLIENT_READ: rt_read(r, &r->client); break;
    case RT_SERVER_READ: rt_read(r, &r->server); break;
    case RT_CLIENT_CLOSE: rt_close(r, &r->client); break;
    default: rt_close(r, &r->server); break;
    }
}

/* ------------------------------------------------------ final checks */

/* How many requests the server must have read: up to the first exchange
   that does not persist or switches (RFC 9112 section 9.6), else all. */
static unsigned rt_expected_served(const rt_round *r)
{
    unsigned k;
    for (k = 0; k < r->started; k++)
        if (!rt_persists(&r->plans[k]))
            return k + 1;
    return r->started;
}

/* Messages read equal messages written, in order. The last one may have
   been cut short when the server closed with its body unread. */
static void rt_compare_messages(rt_round *r, const char *what, const rt_text *wrote,
                                const rt_text *read, size_t count, int last_partial)
{
    size_t i;
    char label[96];
    if (read->count != count || wrote->count < count || count > RT_MAX_MSGS) {
        rt_fail(r, "%ss: %zu read, %zu written, %zu expected to be read", what, read->count,
                wrote->count, count);
        return;
    }
    for (i = 0; i < count && !r->failed; i++) {
        hc_span w = text_message(wrote, i), g = text_message(read, i);
        snprintf(label, sizeof label, "%s %zu as written and as read", what, i);
        if (last_partial && i + 1 == count && !read->done[i]) {
            if (g.len > w.len || memcmp(w.ptr, g.ptr, g.len) != 0)
                rt_fail_diff(r, label, w.ptr, w.len, g.ptr, g.len);
        } else if (!read->done[i] || w.len != g.len || memcmp(w.ptr, g.ptr, w.len) != 0) {
            rt_fail_diff(r, label, w.ptr, w.len, g.ptr, g.len);
        }
    }
}

static void rt_final_checks(rt_round *r)
{
    unsigned expected = rt_expected_served(r), k;
    int switched = expected > 0 && r->plans[expected - 1].accept;
    const hc_conn *client = &r->client.p.conn;
    char a[64], b[64];
    /* Every round ends with both sides closed: nothing waits forever. */
    if (!r->up.eof || !r->down.eof) {
        rt_fail(r, "stalled: client %s, server %s; requests planned %u started %u ended %u, "
                   "answered %u, served %u",
                rt_state(client, a, sizeof a), rt_state(&r->server.p.conn, b, sizeof b),
                r->planned, r->started, r->ended, r->answered, r->served);
        return;
    }
    if (r->served != expected || r->answered != expected) {
        rt_fail(r, "server read %u requests, client read %u final responses, expected %u",
                r->served, r->answered, expected);
        return;
    }
    /* Requests the server never read are the client's to retry. */
    if (hc_conn_outstanding(client) != r->started - r->answered)
        rt_fail(r, "client: hc_conn_outstanding %u, expected %u", hc_conn_outstanding(client),
                r->started - r->answered);
    rt_compare_messages(r, "response", &r->server.wrote, &r->client.read, r->server.wrote.count, 0);
    rt_compare_messages(r, "request", &r->client.wrote, &r->server.read, expected,
                        r->s_closed_mid);
    /* RFC 9112 section 9.3: both ends agree on every exchange. */
    for (k = 0; k < expected && !r->failed; k++)
        if (r->ka_comparable[k] && r->ka_server[k] >= 0 && r->ka_server[k] != r->ka_client[k])
            rt_fail(r, "exchange %u: keep-alive %d at the server, %d at the client", k,
                    r->ka_server[k], r->ka_client[k]);
    /* RFC 9110 section 7.8: the bytes after the switch are the new
       protocol's, handed back untouched. */
    if (switched && !r->failed) {
        if (!wire_rest_is(&r->down, rt_server_tunnel, sizeof rt_server_tunnel - 1))
            rt_fail_diff(r, "client: bytes after the switch", rt_server_tunnel,
                         sizeof rt_server_tunnel - 1, r->down.data + r->down.off,
                         r->down.len - r->down.off);
        else if (!wire_rest_is(&r->up, rt_client_tunnel, sizeof rt_client_tunnel - 1))
            rt_fail_diff(r, "server: bytes after the switch", rt_client_tunnel,
                         sizeof rt_client_tunnel - 1, r->up.data + r->up.off,
                         r->up.len - r->up.off);
    }
}

static void rt_run(rt_round *r)
{
    char a[64], b[64];
    for (r->steps = 0; r->steps < RT_MAX_STEPS && !r->failed; r->steps++) {
        int acts[8];
        size_t n = rt_enabled(r, acts);
        if (n == 0)
            break;
        rt_trace(r, "%lu ", r->steps);
        rt_act(r, acts[rt_below(&r->g, n)]);
        rt_trace(r, " | client %s | server %s\n", rt_state(&r->client.p.conn, a, sizeof a),
                 rt_state(&r->server.p.conn, b, sizeof b));
        if (r->up.len + 8192 > sizeof r->up.data || r->down.len + 8192 > sizeof r->down.data)
            rt_fail(r, "test budget: a wire is nearly full (a bug in this test)");
    }
    if (r->failed)
        return;
    r->finished = 1;
    if (r->steps >= RT_MAX_STEPS)
        rt_fail(r, "did not finish within %lu steps", RT_MAX_STEPS);
    else
        rt_final_checks(r);
}

/* ---------------------------------------------------- split invariance */

static int rt_same(rt_round *b, const char *what, const char *x, size_t xl, const char *y,
                   size_t yl)
{
    if (xl == yl && memcmp(x, y, xl) == 0)
        return 1;
    rt_fail_diff(b, what, x, xl, y, yl);
    return 0;
}

/* Read sizes and emission caps change nothing: same trace (every event,
   every state), same transcripts, same bytes on the wires. */
static void rt_compare_runs(const rt_round *a, rt_round *b)
{
    if (rt_same(b, "trace", a->trace, a->trace_len, b->trace, b->trace_len) &&
        rt_same(b, "requests read", a->server.read.data, a->server.read.len, b->server.read.data,
                b->server.read.len) &&
        rt_same(b, "responses read", a->client.read.data, a->client.read.len,
                b->client.read.data, b->client.read.len) &&
        rt_same(b, "bytes sent by the client", a->up.data, a->up.len, b->up.data, b->up.len))
        rt_same(b, "bytes sent by the server", a->down.data, a->down.len, b->down.data,
                b->down.len);
}

/* ------------------------------------------------------------- driver */

static void rt_print_trace_tail(const rt_round *r, int lines)
{
    size_t from = r->trace_len;
    while (from > 0 && lines >= 0) {
        from--;
        if (r->trace[from] == '\n')
            lines--;
    }
    if (from > 0)
        from++;
    printf("  last steps:\n%.*s", (int)(r->trace_len - from), r->trace + from);
}

/* A failed round: printed (the first few), counted as one failure. */
static void rt_report(const char *name, const rt_round *r, const rt_round *first,
                      unsigned long *failures)
{
    (*failures)++;
    if (*failures > RT_MAX_REPORTS)
        return;
    printf("FAIL %s: round %lu (seed 0x%016llx; client split %zu cap %zu, server split %zu "
           "cap %zu, %s)\n",
           name, r->number, (unsigned long long)r->seed, r->client.p.split, r->client.p.cap,
           r->server.p.split, r->server.p.cap, r->drain ? "drain" : "close early");
    if (first)
        printf("  replay of a passing run with client split %zu cap %zu, server split %zu cap %zu\n",
               first->client.p.split, first->client.p.cap, first->server.p.split,
               first->server.p.cap);
    printf("  %s\n", r->why);
    rt_print_trace_tail(r, 12);
    printf("  rerun alone: HC_CONN_SEED=0x%llx HC_CONN_ROUNDS=1\n", (unsigned long long)r->seed);
    check(0, "round failed (see above)", name);
}

static unsigned long long rt_env(const char *name, unsigned long long fallback, int *given)
{
    const char *s = getenv(name);
    char *end = NULL;
    unsigned long long v;
    if (given)
        *given = 0;
    if (!s || !*s)
        return fallback;
    v = strtoull(s, &end, 0);
    if (end == s || *end)
        return fallback;
    if (given)
        *given = 1;
    return v;
}

static rt_round rt_first, rt_replay;

static void rt_summary(const char *name, unsigned long failures, unsigned long rounds)
{
    char what[96];
    if (failures == 0) {
        check(1, "", name);
    } else if (failures > RT_MAX_REPORTS) {
        snprintf(what, sizeof what, "%lu more of %lu rounds failed",
                 failures - RT_MAX_REPORTS, rounds);
        check(0, what, name);
    }
}

static void run_conn_random_tests(void)
{
    int seeded = 0;
    unsigned long rounds = (unsigned long)rt_env("HC_CONN_ROUNDS", RT_DEFAULT_ROUNDS, NULL);
    uint64_t base = (uint64_t)rt_env("HC_CONN_SEED", 0, &seeded);
    unsigned long k, roundtrip_failures = 0, split_failures = 0;
    for (k = 0; k < rounds; k++) {
        uint64_t seed = seeded ? base + k : rt_mix(RT_DEFAULT_SEED + k);
        rt_rng delivery;
        rt_seed(&delivery, seed ^ UINT64_C(0x73706c6974)); /* "split" */
        rt_round_init(&rt_first, k, seed, &delivery, NULL);
        rt_run(&rt_first);
        if (rt_first.failed) {
            rt_report("conn_random_roundtrip", &rt_first, NULL, &roundtrip_failures);
            continue;
        }
        rt_round_init(&rt_replay, k, seed, &delivery, &rt_first);
        rt_run(&rt_replay);
        if (!rt_replay.failed)
            rt_compare_runs(&rt_first, &rt_replay);
        if (rt_replay.failed)
            rt_report("conn_random_split_invariance", &rt_replay, &rt_first, &split_failures);
    }
    rt_summary("conn_random_roundtrip", roundtrip_failures, rounds);
    rt_summary("conn_random_split_invariance", split_failures, rounds);
    /* Only the default run is long enough to promise every kind. */
    if (!seeded && rounds >= RT_DEFAULT_ROUNDS)
        for (k = 0; k < RT_COV_COUNT; k++)
            check(rt_cov[k] > 0, rt_cov_names[k], "conn_random_coverage");
}
