/* The test runner: transcript cases (tests/cases_*.c) under every split,
   plus API tests. Ends with "N passed, N failed"; exits 1 on any failure. */
#define _POSIX_C_SOURCE 200809L
#define HTTPCODEC_IMPLEMENTATION
#define HCDUMP_NO_MAIN
/* The codec's own invariants, checked in every test build.
   A test that breaks a promise on purpose (a head changed after its
   check) counts the failures it expects instead of aborting. */
#include <stdio.h>
#include <stdlib.h>
static int asserts_expected, asserts_seen;
static void assert_failed(const char *file, int line, const char *what)
{
    if (asserts_expected) {
        asserts_seen++;
        return;
    }
    fprintf(stderr, "%s:%d: HTTPCODEC_ASSERT(%s) failed\n", file, line, what);
    abort();
}
#define HTTPCODEC_ASSERT(x) ((x) ? (void)0 : assert_failed(__FILE__, __LINE__, #x))
#include "../examples/hcdump.c"
#include "case_options.h"
#include "cases.h"

static int passed, failed;

static void check(int ok, const char *what, const char *name)
{
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s: %s\n", name, what);
    }
}

static int run_mode(const tcase *t, const hcdump_options *base, size_t split,
                    size_t at, int has_at, char *label, size_t label_cap)
{
    hcdump_options o = *base;
    hcdump_text out = {NULL, 0, 0};
    int same;
    o.split = split;
    o.at = at;
    o.has_at = has_at;
    hcdump_run(&o, t->input, t->input_len, &out);
    same = out.data && strcmp(out.data, t->expect) == 0;
    if (!same) {
        if (split)
            snprintf(label, label_cap, "split %zu", split);
        else if (has_at)
            snprintf(label, label_cap, "at %zu", at);
        else
            snprintf(label, label_cap, "whole");
        if (o.body_buffer) {
            size_t used = strlen(label);
            snprintf(label + used, label_cap - used, ", body buffer %zu", o.body_buffer);
        }
        printf("--- %s (%s): expected\n%s--- got\n%s", t->name, label, t->expect,
               out.data ? out.data : "");
    }
    free(out.data);
    return same;
}

static void run_case(const tcase *t)
{
    hcdump_options o, body;
    char store[512], label[64];
    size_t k;
    int ok = 1;
    if (!options_from(&o, t->opts, store, sizeof store)) {
        check(0, "bad options", t->name);
        return;
    }
    ok = run_mode(t, &o, 0, 0, 0, label, sizeof label);
    if (ok)
        ok = run_mode(t, &o, 1, 0, 0, label, sizeof label);
    if (ok)
        ok = run_mode(t, &o, 7, 0, 0, label, sizeof label);
    for (k = 0; ok && k <= t->input_len; k++)
        ok = run_mode(t, &o, 0, k, 1, label, sizeof label);
    /* Bodies through hc_parse_body, into buffers of several sizes: the
       same events, body bytes merged as ever. */
    body = o;
    body.body_buffer = 1;
    if (ok)
        ok = run_mode(t, &body, 0, 0, 0, label, sizeof label);
    body.body_buffer = 3;
    if (ok)
        ok = run_mode(t, &body, 1, 0, 0, label, sizeof label);
    body.body_buffer = 4096;
    if (ok) /* whole: the run of whole chunks decoded at once */
        ok = run_mode(t, &body, 0, 0, 0, label, sizeof label);
    if (ok)
        ok = run_mode(t, &body, 7, 0, 0, label, sizeof label);
    for (k = 0; ok && k <= t->input_len; k++) {
        body.body_buffer = 1 + k % 7;
        ok = run_mode(t, &body, 0, k, 1, label, sizeof label);
    }
    check(ok, "transcript differs (see above)", t->name);
}

static void run_cases(const tcase *cases, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        run_case(&cases[i]);
}

#include "test_api.c"
#include "test_scan.c"
#include "test_writer.c"
#include "test_conn.c"
#include "test_conn_random.c"

int main(void)
{
    printf("scanner: %s\n", hc_scanner());
    run_cases(cases_request, cases_request_count);
    run_cases(cases_response, cases_response_count);
    run_api_tests();
    test_scanner();
    run_writer_tests();
    run_conn_tests();
    run_conn_random_tests();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
