/* hcdump: show how httpcodec sees a byte stream, one JSON object per event.

     hcdump [--role server|client] [--method M]... [--accept-upgrade]
            [--limit NAME=N]... [--split N | --at K] [--body-buffer N] [FILE]

   Reads FILE (or stdin), feeds it to the parser (whole, in N-byte pieces,
   or as [0,K) then the rest), with bodies decoded by hc_parse_body into
   an N-byte buffer if asked, tells the parser the connection closed when
   the input ends, and prints every event. Consecutive body events are
   merged, so every way of splitting the input prints the same lines.
   Each call's bytes are handed over in a buffer of exactly their size, so
   that a sanitizer catches the parser reading past what it was given.
   Exit status: 0 after "end", 1 after "error", 2 on a usage error.

   The driver (hcdump_run) is also compiled into the test runner, which
   defines HCDUMP_NO_MAIN: the tests compare exactly these lines. */
#ifndef HCDUMP_NO_MAIN
#define HTTPCODEC_IMPLEMENTATION
#endif
#include "../httpcodec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HCDUMP_MAX_METHODS 64

typedef struct hcdump_options {
    hc_role role;
    const char *methods[HCDUMP_MAX_METHODS];
    size_t method_count;
    int accept_upgrade;
    hc_limits limits;
    size_t split;  /* feed in pieces of this size; 0: see at */
    size_t at;     /* with has_at: feed [0,at) first, then the rest */
    int has_at;
    size_t body_buffer; /* > 0: bodies through hc_parse_body, this big */
    const char *file;
    int help;
} hcdump_options;

/* A growable text buffer for the output lines. */
typedef struct hcdump_text {
    char *data;
    size_t len, cap;
} hcdump_text;

static void text_put(hcdump_text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 256;
        while (cap < t->len + n + 1)
            cap *= 2;
        t->data = (char *)realloc(t->data, cap);
        if (!t->data) {
            fputs("hcdump: out of memory\n", stderr);
            exit(2);
        }
        t->cap = cap;
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = '\0';
}

static void text_puts(hcdump_text *t, const char *s) { text_put(t, s, strlen(s)); }

static void text_printf_u64(hcdump_text *t, unsigned long long v)
{
    char num[24];
    int n = snprintf(num, sizeof num, "%llu", v);
    text_put(t, num, (size_t)n);
}

/* A JSON string: printable ASCII as is (with \" and \\), every other byte
   as its own \u00XX escape so that bytes, not characters, survive. */
static void text_json_string(hcdump_text *t, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t i;
    text_put(t, "\"", 1);
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            char esc[2] = {'\\', (char)c};
            text_put(t, esc, 2);
        } else if (c >= 0x20 && c < 0x7F) {
            text_put(t, (const char *)&c, 1);
        } else {
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            text_put(t, esc, 6);
        }
    }
    text_put(t, "\"", 1);
}

static void text_key_string(hcdump_text *t, const char *key, hc_span v)
{
    text_puts(t, ",\"");
    text_puts(t, key);
    text_puts(t, "\":");
    text_json_string(t, v.ptr, v.len);
}

static void text_key_bool(hcdump_text *t, const char *key, int v)
{
    text_puts(t, ",\"");
    text_puts(t, key);
    text_puts(t, v ? "\":true" : "\":false");
}

static void text_version(hcdump_text *t, const hc_event *ev)
{
    char v[32];
    int n = snprintf(v, sizeof v, ",\"version\":\"%u.%u\"", ev->version_major,
                     ev->version_minor);
    text_put(t, v, (size_t)n);
}

static void print_event(hcdump_text *t, const hc_event *ev)
{
    text_puts(t, "{\"ev\":\"");
    text_puts(t, hc_event_name(ev->type));
    text_puts(t, "\"");
    switch (ev->type) {
    case HC_EV_REQUEST:
        text_key_string(t, "method", ev->method_name);
        text_key_string(t, "target", ev->target);
        text_version(t, ev);
        break;
    case HC_EV_RESPONSE:
        text_puts(t, ",\"status\":");
        text_printf_u64(t, ev->status);
        text_key_string(t, "reason", ev->reason);
        text_version(t, ev);
        break;
    case HC_EV_FIELD:
    case HC_EV_TRAILER:
        text_key_string(t, "name", ev->name);
        text_key_string(t, "value", ev->value);
        break;
    case HC_EV_HEAD_DONE:
        text_puts(t, ",\"body\":\"");
        text_puts(t, hc_body_name(ev->body));
        text_puts(t, "\"");
        if (ev->body == HC_BODY_LENGTH) {
            text_puts(t, ",\"length\":");
            text_printf_u64(t, (unsigned long long)ev->content_length);
        }
        text_key_bool(t, "keep_alive", ev->keep_alive);
        text_key_bool(t, "upgrade", ev->upgrade);
        text_key_bool(t, "expect_continue", ev->expect_continue);
        break;
    case HC_EV_ERROR:
        text_puts(t, ",\"code\":\"");
        text_puts(t, hc_error_name(ev->error.code));
        text_puts(t, "\",\"offset\":");
        text_printf_u64(t, (unsigned long long)ev->error.offset);
        text_puts(t, ",\"status\":");
        text_printf_u64(t, ev->error.status);
        break;
    default:
        break;
    }
    text_puts(t, "}\n");
}

static hc_method method_at(const hcdump_options *o, size_t k)
{
    const char *m;
    if (o->method_count == 0)
        return HC_METHOD_GET;
    m = o->methods[k < o->method_count ? k : o->method_count - 1];
    return hc_method_from_name(m, strlen(m));
}

/* How many bytes are fed after `fed` bytes have been: the split schedule. */
static size_t next_feed(const hcdump_options *o, size_t fed, size_t len)
{
    if (o->split > 0)
        return fed + o->split < len ? fed + o->split : len;
    if (o->has_at && fed < o->at && o->at < len)
        return o->at;
    return len;
}

/* Parse input[0..len) as the options say, appending the output lines to
   out. Returns 0 when the output ends with "end", 1 with "error". */
static int hcdump_run(const hcdump_options *o, const char *input, size_t len,
                      hcdump_text *out)
{
    hc_parser p;
    hc_event ev;
    hcdump_text body = {NULL, 0, 0};
    char *decoded = o->body_buffer ? (char *)malloc(o->body_buffer) : NULL;
    size_t off = 0, fed, responses = 0;
    unsigned last_status = 0;
    int result = -1, eof_told = 0;
    hc_parser_init(&p, o->role, &o->limits);
    if (o->role == HC_ROLE_CLIENT)
        hc_parser_expect_response(&p, method_at(o, responses));
    fed = next_feed(o, 0, len);
    while (result < 0) {
        /* A copy of exactly the bytes given, freed once the event is told
           (its spans point into it). */
        char *window = (char *)malloc(fed - off ? fed - off : 1);
        if (!window)
            abort();
        memcpy(window, input + off, fed - off);
        if (decoded)
            off += hc_parse_body(&p, window, fed - off, decoded, o->body_buffer, &ev);
        else
            off += hc_parse(&p, window, fed - off, &ev);
        if (ev.type != HC_EV_BODY && ev.type != HC_EV_NEED_MORE && body.len > 0) {
            text_puts(out, "{\"ev\":\"body\",\"data\":");
            text_json_string(out, body.data, body.len);
            text_puts(out, "}\n");
            body.len = 0;
        }
        switch (ev.type) {
        case HC_EV_NEED_MORE:
            if (fed < len) {
                fed = next_feed(o, fed, len);
            } else if (!eof_told) {
                hc_parser_eof(&p);
                eof_told = 1;
            } else { /* the parser promises never to get here */
                fputs("hcdump: NEED_MORE after end of input\n", stderr);
                abort();
            }
            break;
        case HC_EV_BODY:
            text_put(&body, ev.data.ptr, ev.data.len);
            break;
        case HC_EV_RESPONSE:
            last_status = ev.status;
            print_event(out, &ev);
            break;
        case HC_EV_MESSAGE_DONE:
            print_event(out, &ev);
            if (o->role == HC_ROLE_CLIENT &&
                (last_status >= 200 || last_status == 101))
                hc_parser_expect_response(&p, method_at(o, ++responses));
            break;
        case HC_EV_PAUSED:
            print_event(out, &ev);
            if (o->accept_upgrade)
                hc_parser_accept_upgrade(&p);
            else
                hc_parser_decline_upgrade(&p);
            break;
        case HC_EV_SWITCHED: /* the rest belongs to the new protocol */
        case HC_EV_CLOSED:   /* the rest is not HTTP this parser may read */
            if (ev.type == HC_EV_SWITCHED)
                print_event(out, &ev);
            text_puts(out, "{\"ev\":\"end\",\"rest\":");
            text_json_string(out, input + off, len - off);
            text_puts(out, "}\n");
            result = 0;
            break;
        case HC_EV_ERROR:
            print_event(out, &ev);
            result = 1;
            break;
        default:
            print_event(out, &ev);
            break;
        }
        free(window);
    }
    free(body.data);
    free(decoded);
    return result;
}

static int set_limit(hc_limits *l, const char *arg)
{
    static const char *const names[] = {"max_start_line", "max_field_line",
                                        "max_header_count", "max_chunk_ext",
                                        "max_trailer_count"};
    const char *eq = strchr(arg, '=');
    char *end;
    unsigned long v;
    size_t k;
    if (!eq || eq[1] == '\0')
        return 0;
    v = strtoul(eq + 1, &end, 10);
    if (*end != '\0')
        return 0;
    for (k = 0; k < 5; k++) {
        if (strlen(names[k]) != (size_t)(eq - arg) ||
            strncmp(arg, names[k], (size_t)(eq - arg)) != 0)
            continue;
        if (k < 2 && v <= 0xFFFFFFFFul) {
            if (k == 0)
                l->max_start_line = (uint32_t)v;
            else
                l->max_field_line = (uint32_t)v;
            return 1;
        }
        if (k >= 2 && v <= 0xFFFFul) {
            if (k == 2)
                l->max_header_count = (uint16_t)v;
            else if (k == 3)
                l->max_chunk_ext = (uint16_t)v;
            else
                l->max_trailer_count = (uint16_t)v;
            return 1;
        }
        return 0;
    }
    return 0;
}

static int parse_size(const char *s, size_t *out)
{
    char *end;
    unsigned long long v;
    if (!s || *s == '\0' || *s == '-')
        return 0;
    v = strtoull(s, &end, 10);
    if (*end != '\0')
        return 0;
    *out = (size_t)v;
    return 1;
}

/* Fills o from argv; returns 0 and writes a message on a usage error. */
static int hcdump_parse_args(hcdump_options *o, int argc, char **argv)
{
    int i;
    memset(o, 0, sizeof *o);
    o->role = HC_ROLE_SERVER;
    hc_limits_default(&o->limits);
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--help") == 0) {
            o->help = 1;
        } else if (strcmp(a, "--role") == 0 && v) {
            if (strcmp(v, "server") == 0)
                o->role = HC_ROLE_SERVER;
            else if (strcmp(v, "client") == 0)
                o->role = HC_ROLE_CLIENT;
            else
                return fprintf(stderr, "hcdump: --role server|client\n"), 0;
            i++;
        } else if (strcmp(a, "--method") == 0 && v) {
            if (o->method_count == HCDUMP_MAX_METHODS)
                return fprintf(stderr, "hcdump: too many --method\n"), 0;
            o->methods[o->method_count++] = v;
            i++;
        } else if (strcmp(a, "--accept-upgrade") == 0) {
            o->accept_upgrade = 1;
        } else if (strcmp(a, "--limit") == 0 && v) {
            if (!set_limit(&o->limits, v))
                return fprintf(stderr, "hcdump: bad --limit %s\n", v), 0;
            i++;
        } else if (strcmp(a, "--split") == 0 && v) {
            if (!parse_size(v, &o->split) || o->split == 0)
                return fprintf(stderr, "hcdump: --split takes N >= 1\n"), 0;
            i++;
        } else if (strcmp(a, "--at") == 0 && v) {
            if (!parse_size(v, &o->at))
                return fprintf(stderr, "hcdump: --at takes K >= 0\n"), 0;
            o->has_at = 1;
            i++;
        } else if (strcmp(a, "--body-buffer") == 0 && v) {
            if (!parse_size(v, &o->body_buffer) || o->body_buffer == 0)
                return fprintf(stderr, "hcdump: --body-buffer takes N >= 1\n"), 0;
            i++;
        } else if (a[0] == '-' && a[1] != '\0') {
            return fprintf(stderr, "hcdump: unknown or incomplete option %s\n", a), 0;
        } else if (!o->file) {
            o->file = a;
        } else {
            return fprintf(stderr, "hcdump: one input file at most\n"), 0;
        }
    }
    return 1;
}

#ifndef HCDUMP_NO_MAIN
static char *read_all(FILE *f, size_t *len)
{
    hcdump_text t = {NULL, 0, 0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        text_put(&t, chunk, n);
    if (!t.data)
        text_put(&t, "", 0);
    *len = t.len;
    return t.data;
}

int main(int argc, char **argv)
{
    hcdump_options o;
    hcdump_text out = {NULL, 0, 0};
    FILE *f = stdin;
    char *input;
    size_t len;
    int rc;
    static const char usage[] =
        "usage: hcdump [--role server|client] [--method M]... [--accept-upgrade]\n"
        "              [--limit NAME=N]... [--split N | --at K] [--body-buffer N] [FILE]\n"
        "limits: max_start_line max_field_line max_header_count max_chunk_ext\n"
        "        max_trailer_count\n";
    if (!hcdump_parse_args(&o, argc, argv)) {
        fputs(usage, stderr);
        return 2;
    }
    if (o.help) {
        fputs(usage, stdout);
        return 0;
    }
    if (o.file && strcmp(o.file, "-") != 0) {
        f = fopen(o.file, "rb");
        if (!f) {
            perror(o.file);
            return 2;
        }
    }
    input = read_all(f, &len);
    if (f != stdin)
        fclose(f);
    rc = hcdump_run(&o, input, len, &out);
    fwrite(out.data, 1, out.len, stdout);
    free(out.data);
    free(input);
    return rc;
}
#endif
