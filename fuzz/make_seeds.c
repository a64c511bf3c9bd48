/* make_seeds: the seed corpus of every harness, made from the messages of
   the test suite (tests/cases_request.c, tests/cases_response.c), so the
   fuzzers start from inputs that reach deep into the parser.

     make_seeds DIR

   writes DIR/request, DIR/response, DIR/chunked, DIR/serialize,
   DIR/conn and DIR/llhttp, one file per test message, each in its harness's input
   layout (see the harness sources). */
#include "../tests/cases.h"

#define HTTPCODEC_STATIC
#include "../httpcodec.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *out_dir;

static void write_seed(const char *harness, const char *name, size_t index,
                       const unsigned char *prefix, size_t prefix_len,
                       const char *data, size_t len)
{
    char path[1024];
    FILE *f;
    size_t i, n;
    n = (size_t)snprintf(path, sizeof path, "%s/%s/%03zu-", out_dir, harness, index);
    for (i = 0; name[i] && n + 1 < sizeof path; i++) /* a file name from the case name */
        path[n++] = (name[i] >= 'a' && name[i] <= 'z') || (name[i] >= '0' && name[i] <= '9')
                        ? name[i]
                        : '_';
    path[n] = '\0';
    f = fopen(path, "wb");
    if (!f || fwrite(prefix, 1, prefix_len, f) != prefix_len ||
        fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        perror(path);
        exit(1);
    }
}

/* The methods named by --method options, in order. */
static size_t case_methods(const char *opts, unsigned char *methods, size_t max)
{
    size_t n = 0;
    const char *p = opts;
    while ((p = strstr(p, "--method ")) != NULL && n < max) {
        size_t len;
        p += 9;
        len = strcspn(p, " ");
        methods[n++] = (unsigned char)hc_method_from_name(p, len);
        p += len;
    }
    return n;
}

/* parse_setup_read's byte 0: upgrade decision and small limits. */
static unsigned char case_flags(const char *opts, unsigned pieces)
{
    unsigned char flags = (unsigned char)(pieces << 2);
    if (strstr(opts, "--accept-upgrade"))
        flags |= 1u;
    return flags;
}

static void request_seed(const tcase *c, size_t i)
{
    unsigned char prefix[3] = {case_flags(c->opts, (unsigned)(i % 4)), 0, (unsigned char)i};
    write_seed("request", c->name, i, prefix, 3, c->input, c->input_len);
}

/* fuzz_conn: the request stream behind 8 application decisions that
   vary with the case, so answers of every kind are in the corpus. */
static void conn_seed(const tcase *c, size_t i)
{
    unsigned char prefix[3 + 1 + 8];
    size_t k;
    prefix[0] = case_flags(c->opts, (unsigned)(i % 4));
    prefix[1] = 0;
    prefix[2] = (unsigned char)i;
    prefix[3] = 8;
    for (k = 0; k < 8; k++)
        prefix[4 + k] = (unsigned char)(i * 7 + k * 31);
    write_seed("conn", c->name, i, prefix, sizeof prefix, c->input, c->input_len);
}

/* fuzz_conn seeds with decisions written out: per request, the HEAD_DONE
   byte (0: answer at PAUSED), then answer()'s status index, "how" byte
   (framing in bits 0-1, Connection in 2-3, length in 4-6, bit 7
   HTTP/1.0) and "more" byte (bit 0: first offered with a framing field,
   bit 6: the framing as stated even where it cannot be). */
typedef struct conn_recipe {
    const char *name;
    const char *stream;
    unsigned char decisions[16];
    size_t count;
} conn_recipe;

static const conn_recipe conn_recipes[] = {
    /* One description (200, a length of 5) answers GET, then HEAD twice
       (the second first offered with a Content-Length field among its
       fields): Content-Length: 5 each time, body bytes only to GET. */
    {"same answer to get and head",
     "GET / HTTP/1.1\r\nHost: a\r\n\r\nHEAD / HTTP/1.1\r\nHost: a\r\n\r\n"
     "HEAD / HTTP/1.1\r\nHost: a\r\n\r\n",
     {0, 0, 0x51, 0, 0, 0, 0x51, 0, 0, 0, 0x51, 0x01}, 12},
    /* HEAD answered chunked, and a 304 with a length: fields, no body. */
    {"head chunked and 304 length",
     "HEAD / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
     {0, 0, 0x02, 0, 0, 3, 0x31, 0}, 8},
    /* An HTTP/1.0 request answered chunked: refused (then the plain 400). */
    {"chunked to http10", "GET / HTTP/1.0\r\n\r\n", {0, 0, 0x02, 0}, 4},
    /* A 100, then a 204 stated with a length where none can be: refused
       (the plain 400 follows). */
    {"framing where none can be",
     "PUT / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx",
     {2, 2, 0x11, 0x40}, 4},
    /* A 200 stated with no body: Content-Length: 0; then one first
       offered with a Transfer-Encoding field. */
    {"ok stated none",
     "GET / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
     {0, 0, 0x00, 0, 0, 0, 0x00, 0x31}, 8},
};

static void conn_recipe_seed(const conn_recipe *d, size_t i)
{
    unsigned char prefix[4 + 16];
    prefix[0] = 0;
    prefix[1] = 0;
    prefix[2] = (unsigned char)i;
    prefix[3] = (unsigned char)d->count;
    memcpy(prefix + 4, d->decisions, d->count);
    write_seed("conn", d->name, i, prefix, 4 + d->count, d->stream, strlen(d->stream));
}

static void response_seed(const tcase *c, size_t i)
{
    unsigned char prefix[3 + 1 + 16];
    unsigned char methods[16];
    size_t n = case_methods(c->opts, methods, 16), k;
    prefix[0] = case_flags(c->opts, (unsigned)(i % 4));
    prefix[1] = 0;
    prefix[2] = (unsigned char)i;
    prefix[3] = 15; /* 16 requests: the listed methods, the last repeated */
    for (k = 0; k < 16; k++)
        prefix[4 + k] = n == 0 ? (unsigned char)HC_METHOD_GET : methods[k < n ? k : n - 1];
    write_seed("response", c->name, i, prefix, sizeof prefix, c->input, c->input_len);
}

/* fuzz_llhttp: a role byte (whole input) and, for responses, the methods
   of the first four requests, 2 bits each (0 GET, 1 HEAD, 2 POST, 3 CONNECT). */
static void llhttp_seed(const tcase *c, size_t i, int response)
{
    unsigned char prefix[2] = {(unsigned char)(response | (strstr(c->opts, "--accept-upgrade") ? 2 : 0)), 0};
    unsigned char methods[4];
    size_t n = case_methods(c->opts, methods, 4), k;
    for (k = 0; k < 4; k++) {
        unsigned m = n == 0 ? HC_METHOD_GET : methods[k < n ? k : n - 1];
        unsigned code = m == HC_METHOD_HEAD ? 1u : m == HC_METHOD_POST ? 2u : m == HC_METHOD_CONNECT ? 3u : 0u;
        prefix[1] = (unsigned char)(prefix[1] | code << (2 * k));
    }
    if (strstr(c->opts, "--limit"))
        return; /* llhttp has no such limits to compare */
    write_seed("llhttp", c->name, i, prefix, response ? 2u : 1u, c->input, c->input_len);
}

/* A chunked message's bytes after its head, for fuzz_chunked. */
static void chunked_seed(const tcase *c, size_t i, int request)
{
    const char *end = NULL, *p;
    unsigned char prefix[4] = {case_flags(c->opts, (unsigned)(i % 4)), 0, (unsigned char)i,
                               (unsigned char)request};
    size_t k;
    for (k = 0; k + 4 <= c->input_len; k++)
        if (memcmp(c->input + k, "\r\n\r\n", 4) == 0) {
            end = c->input + k + 4;
            break;
        }
    if (!end)
        return;
    for (p = c->input; p < end && (size_t)(end - p) >= 7; p++)
        if ((*p == 'c' || *p == 'C') && strncmp(p + 1, "hunked", 6) == 0) {
            write_seed("chunked", c->name, i, prefix, 4, end,
                       c->input_len - (size_t)(end - c->input));
            return;
        }
}

/* ------------------------------------------- fuzz_serialize recipes */

/* A recipe being built in fuzz_serialize's layout (see its header). */
typedef struct recipe_buf {
    unsigned char b[1024];
    size_t len;
} recipe_buf;

static void put_byte(recipe_buf *r, unsigned v) { r->b[r->len++] = (unsigned char)v; }

static void put_string(recipe_buf *r, const char *s)
{
    size_t n = strlen(s);
    put_byte(r, (unsigned)n); /* under 64: the bytes follow */
    memcpy(r->b + r->len, s, n);
    r->len += n;
}

/* fields and trailers: NULL-terminated name, value lists */
static void put_list(recipe_buf *r, const char *const *list)
{
    size_t n = 0;
    while (list && list[2 * n])
        n++;
    put_byte(r, (unsigned)n);
    for (n = 0; list && list[2 * n]; n++) {
        put_string(r, list[2 * n]);
        put_string(r, list[2 * n + 1]);
    }
}

typedef struct recipe_seed {
    const char *name;
    int response, http11, body;     /* body: an hc_body value, the framing stated */
    const char *method, *target;    /* request */
    unsigned status;                /* response */
    const char *reason;
    hc_method answers;
    unsigned length_choice;         /* 0..3: 0, 1, 5, 10 */
    const char *const *fields;
    const char *const *pieces;      /* NULL-terminated */
    const char *const *trailers;
    int keep_framing;               /* keep Content-Length / Transfer-Encoding
                                       among the fields (to be refused) */
    unsigned pad_to;                /* 95..102: padded to that many fields */
} recipe_seed;

static void serialize_seed(const recipe_seed *d, size_t i)
{
    recipe_buf r;
    size_t n = 0;
    r.len = 0;
    put_byte(&r, (unsigned)(d->response | d->http11 << 1 | d->body << 3 | d->keep_framing << 6));
    if (d->response) {
        put_byte(&r, (d->status - 100) >> 8);
        put_byte(&r, (d->status - 100) & 0xFF);
        put_string(&r, d->reason);
        put_byte(&r, (unsigned)d->answers);
    } else {
        put_string(&r, d->method);
        put_string(&r, d->target);
    }
    put_byte(&r, d->length_choice);
    if (d->pad_to) { /* up to 7 fields, then the padded total */
        size_t count = 0;
        while (d->fields && d->fields[2 * count])
            count++;
        put_byte(&r, 0xF8u | (unsigned)count);
        for (n = 0; n < count; n++) {
            put_string(&r, d->fields[2 * n]);
            put_string(&r, d->fields[2 * n + 1]);
        }
        put_byte(&r, d->pad_to - 95u);
        n = 0;
    } else {
        put_list(&r, d->fields);
    }
    while (d->pieces && d->pieces[n])
        n++;
    put_byte(&r, (unsigned)n);
    for (n = 0; d->pieces && d->pieces[n]; n++)
        put_string(&r, d->pieces[n]);
    put_list(&r, d->trailers);
    put_byte(&r, (unsigned)i);
    put_byte(&r, 0x5A);
    write_seed("serialize", d->name, i, r.b, r.len, "", 0);
}

/* The framing is stated once, in the recipe's body and length choice:
   the writer adds Content-Length or Transfer-Encoding itself. The
   "given" recipes keep such a field among the fields, which is refused. */
static const char *const f_host[] = {"Host", "example.com", NULL};
static const char *const f_expect[] = {"Host", "example.com", "Expect", "100-continue", NULL};
static const char *const f_trailer_req[] = {"Host", "example.com", "Trailer", "X-Checksum", NULL};
static const char *const f_type[] = {"Content-Type", "text/plain", NULL};
static const char *const f_post5[] = {"Host", "example.com", "Content-Length", "5", NULL};
static const char *const f_gzip[] = {"Transfer-Encoding", "gzip, chunked", NULL};
static const char *const f_upgrade[] = {"Connection", "upgrade", "Upgrade", "websocket", NULL};
static const char *const f_close[] = {"Connection", "close", NULL};
static const char *const f_upgrade_req[] = {"Host", "example.com", "Connection", "upgrade",
                                            "Upgrade", "websocket", NULL};
static const char *const p_hello[] = {"hello", NULL};
static const char *const p_ten[] = {"01234", "56789", NULL};
static const char *const p_three[] = {"abc", "", "defgh", NULL};
static const char *const t_sum[] = {"X-Checksum", "abc", NULL};

static const recipe_seed recipes[] = {
    {"get", 0, 1, HC_BODY_NONE, "GET", "/", 0, NULL, HC_METHOD_GET, 0, f_host, NULL, NULL, 0, 0},
    {"post length", 0, 1, HC_BODY_LENGTH, "POST", "/upload", 0, NULL, HC_METHOD_GET, 2, f_host, p_hello, NULL, 0, 0},
    {"expect", 0, 1, HC_BODY_LENGTH, "PUT", "/x?y=z", 0, NULL, HC_METHOD_GET, 2, f_expect, p_hello, NULL, 0, 0},
    {"post chunked", 0, 1, HC_BODY_CHUNKED, "POST", "/", 0, NULL, HC_METHOD_GET, 0, f_trailer_req, p_three, t_sum, 0, 0},
    {"upgrade request", 0, 1, HC_BODY_NONE, "GET", "/ws", 0, NULL, HC_METHOD_GET, 0, f_upgrade_req, NULL, NULL, 0, 0},
    {"connect", 0, 1, HC_BODY_NONE, "CONNECT", "example.com:443", 0, NULL, HC_METHOD_GET, 0, f_host, NULL, NULL, 0, 0},
    {"http10 get", 0, 0, HC_BODY_NONE, "GET", "http://example.com/a", 0, NULL, HC_METHOD_GET, 0, NULL, NULL, NULL, 0, 0},
    {"ok length", 1, 1, HC_BODY_LENGTH, NULL, NULL, 200, "OK", HC_METHOD_GET, 3, f_type, p_ten, NULL, 0, 0},
    {"ok chunked", 1, 1, HC_BODY_CHUNKED, NULL, NULL, 200, "OK", HC_METHOD_POST, 0, NULL, p_three, t_sum, 0, 0},
    {"ok none", 1, 1, HC_BODY_NONE, NULL, NULL, 200, "OK", HC_METHOD_GET, 0, f_type, NULL, NULL, 0, 0},
    {"switching", 1, 1, HC_BODY_TUNNEL, NULL, NULL, 101, "Switching Protocols", HC_METHOD_GET, 0, f_upgrade, NULL, NULL, 0, 0},
    {"no content", 1, 1, HC_BODY_NONE, NULL, NULL, 204, "", HC_METHOD_DELETE, 0, NULL, NULL, NULL, 0, 0},
    {"reset content", 1, 1, HC_BODY_NONE, NULL, NULL, 205, "Reset Content", HC_METHOD_POST, 0, NULL, NULL, NULL, 0, 0},
    {"not modified", 1, 1, HC_BODY_LENGTH, NULL, NULL, 304, "Not Modified", HC_METHOD_GET, 2, NULL, p_hello, NULL, 0, 0},
    {"head answer", 1, 1, HC_BODY_LENGTH, NULL, NULL, 200, "OK", HC_METHOD_HEAD, 2, NULL, p_hello, NULL, 0, 0},
    {"head answer chunked", 1, 1, HC_BODY_CHUNKED, NULL, NULL, 200, "OK", HC_METHOD_HEAD, 0, NULL, p_three, NULL, 0, 0},
    {"head answer none", 1, 1, HC_BODY_NONE, NULL, NULL, 200, "OK", HC_METHOD_HEAD, 0, NULL, NULL, NULL, 0, 0},
    {"close delimited", 1, 0, HC_BODY_CLOSE, NULL, NULL, 200, "OK", HC_METHOD_GET, 0, f_close, p_three, NULL, 0, 0},
    {"continue", 1, 1, HC_BODY_NONE, NULL, NULL, 100, "Continue", HC_METHOD_PUT, 0, NULL, NULL, NULL, 0, 0},
    {"connect answer", 1, 1, HC_BODY_TUNNEL, NULL, NULL, 200, "Connection Established", HC_METHOD_CONNECT, 0, NULL, NULL, NULL, 0, 0},
    {"given content-length", 0, 1, HC_BODY_LENGTH, "POST", "/upload", 0, NULL, HC_METHOD_GET, 2, f_post5, p_hello, NULL, 1, 0},
    {"given transfer-encoding", 1, 1, HC_BODY_CHUNKED, NULL, NULL, 200, "OK", HC_METHOD_GET, 0, f_gzip, p_three, NULL, 1, 0},
    {"99 fields and a length", 1, 1, HC_BODY_LENGTH, NULL, NULL, 200, "OK", HC_METHOD_GET, 2, f_type, p_hello, NULL, 0, 99},
    {"100 fields and a length", 1, 1, HC_BODY_LENGTH, NULL, NULL, 200, "OK", HC_METHOD_GET, 2, f_type, p_hello, NULL, 0, 100},
    {"100 fields, no framing field", 0, 1, HC_BODY_NONE, "GET", "/", 0, NULL, HC_METHOD_GET, 0, f_host, NULL, NULL, 0, 100},
    {"101 fields", 0, 1, HC_BODY_NONE, "GET", "/", 0, NULL, HC_METHOD_GET, 0, f_host, NULL, NULL, 0, 101},
};

static void make_dir(const char *harness)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", out_dir, harness);
    if (mkdir(path, 0777) != 0 && errno != EEXIST) {
        perror(path);
        exit(1);
    }
}

int main(int argc, char **argv)
{
    size_t i;
    if (argc != 2) {
        fputs("usage: make_seeds DIR\n", stderr);
        return 2;
    }
    out_dir = argv[1];
    if (mkdir(out_dir, 0777) != 0 && errno != EEXIST) {
        perror(out_dir);
        return 1;
    }
    make_dir("request");
    make_dir("response");
    make_dir("chunked");
    make_dir("serialize");
    make_dir("conn");
    make_dir("llhttp");
    for (i = 0; i < sizeof recipes / sizeof recipes[0]; i++)
        serialize_seed(&recipes[i], i);
    for (i = 0; i < cases_request_count; i++) {
        request_seed(&cases_request[i], i);
        conn_seed(&cases_request[i], i);
        llhttp_seed(&cases_request[i], i, 0);
        chunked_seed(&cases_request[i], i, 1);
    }
    for (i = 0; i < sizeof conn_recipes / sizeof conn_recipes[0]; i++)
        conn_recipe_seed(&conn_recipes[i], cases_request_count + i);
    for (i = 0; i < cases_response_count; i++) {
        response_seed(&cases_response[i], i);
        chunked_seed(&cases_response[i], i, 0);
        llhttp_seed(&cases_response[i], cases_request_count + i, 1);
    }
    printf("make_seeds: %zu request and %zu response messages written to %s\n",
           cases_request_count, cases_response_count, out_dir);
    return 0;
}
