/* make_seeds: the seed corpus of every harness, made from the messages of
   the test suite (tests/cases_request.c, tests/cases_response.c), so the
   fuzzers start from inputs that reach deep into the parser.

     make_seeds DIR

   writes DIR/request, DIR/response, DIR/chunked, DIR/serialize and
   DIR/llhttp, one file per test message, each in its harness's input
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
    for (i = 0; i < cases_request_count; i++) {
        request_seed(&cases_request[i], i);
        chunked_seed(&cases_request[i], i, 1);
    }
    for (i = 0; i < cases_response_count; i++) {
        response_seed(&cases_response[i], i);
        chunked_seed(&cases_response[i], i, 0);
    }
    printf("make_seeds: %zu request and %zu response messages written to %s\n",
           cases_request_count, cases_response_count, out_dir);
    return 0;
}
