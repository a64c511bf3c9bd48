/* fuzz.h - the entry points every harness in fuzz/ shares.

   A harness defines

       static void fuzz_one(const uint8_t *data, size_t len);

   after including this file, and checks its invariants with FUZZ_CHECK,
   which aborts (so AFL++ and libFuzzer record a crash) with the harness
   name, the line and a message. The same source builds three ways:

     - AFL++ persistent mode, shared-memory test cases: compiled with
       afl-clang-fast / afl-clang-lto, which define __AFL_FUZZ_TESTCASE_LEN;
     - libFuzzer: compiled with -fsanitize=fuzzer -DFUZZ_LIBFUZZER;
     - replay: any other compiler; main() runs fuzz_one over every file
       named on the command line (directories are walked one level), so a
       crash file or a whole corpus replays under ASan/UBSan or gdb.

   In every form the harness sees a heap copy of exactly len bytes, so a
   read past the input is caught by ASan (AFL++'s shared-memory buffer and
   a stack buffer would hide it). */
#ifndef FUZZ_H
#define FUZZ_H

#define HTTPCODEC_STATIC
/* The codec's own invariants are checked in every harness: a failed
   HTTPCODEC_ASSERT aborts. A harness that breaks a promise on purpose (a
   head changed after its check, which the codec reports by an assert)
   sets fuzz_asserts_expected around that one step; the failures are then
   counted in fuzz_asserts_seen instead (as tests/test_main.c does). */
#include <stdio.h>
#include <stdlib.h>
static int fuzz_asserts_expected;
static unsigned long fuzz_asserts_seen;
static void fuzz_assert_failed(const char *file, int line, const char *what)
{
    if (fuzz_asserts_expected) {
        fuzz_asserts_seen++;
        return;
    }
    fprintf(stderr, "%s:%d: HTTPCODEC_ASSERT(%s) failed\n", file, line, what);
    abort();
}
#define HTTPCODEC_ASSERT(x) ((x) ? (void)0 : fuzz_assert_failed(__FILE__, __LINE__, #x))
#include "../httpcodec.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef FUZZ_NAME
#define FUZZ_NAME "fuzz"
#endif

/* Inputs longer than this are cut: the interesting structure of an HTTP
   message is in its first few KiB, and a short input keeps the byte-by-byte
   runs fast. */
#ifndef FUZZ_MAX_INPUT
#define FUZZ_MAX_INPUT 16384
#endif

#define FUZZ_FAIL(...)                                                     \
    do {                                                                   \
        fprintf(stderr, "%s:%d: invariant broken: ", FUZZ_NAME, __LINE__); \
        fprintf(stderr, __VA_ARGS__);                                      \
        fputc('\n', stderr);                                               \
        abort();                                                           \
    } while (0)
#define FUZZ_CHECK(cond, ...)                                              \
    do {                                                                   \
        if (!(cond)) {                                                     \
            fprintf(stderr, "(%s) ", #cond);                               \
            FUZZ_FAIL(__VA_ARGS__);                                        \
        }                                                                  \
    } while (0)

static void fuzz_one(const uint8_t *data, size_t len);

/* Run one input on an exact-size heap copy. */
static void fuzz_run_copy(const uint8_t *data, size_t len)
{
    uint8_t *copy;
    if (len > FUZZ_MAX_INPUT)
        len = FUZZ_MAX_INPUT;
    copy = (uint8_t *)malloc(len ? len : 1);
    if (!copy)
        abort();
    if (len)
        memcpy(copy, data, len);
    fuzz_one(copy, len);
    free(copy);
}

/* ---------------------------------------------------- a growable log */

/* What a parse produced, as bytes, so that two runs compare with memcmp. */
typedef struct fuzz_log {
    uint8_t *data;
    size_t len, cap;
} fuzz_log;

static inline void fuzz_log_put(fuzz_log *l, const void *p, size_t n)
{
    if (l->len + n > l->cap) {
        size_t cap = l->cap ? l->cap : 1024;
        while (cap < l->len + n)
            cap *= 2;
        l->data = (uint8_t *)realloc(l->data, cap);
        if (!l->data)
            abort();
        l->cap = cap;
    }
    if (n)
        memcpy(l->data + l->len, p, n);
    l->len += n;
}

static inline void fuzz_log_u64(fuzz_log *l, uint64_t v) { fuzz_log_put(l, &v, sizeof v); }

/* A span as its length and its bytes: where it points is checked apart. */
static inline void fuzz_log_span(fuzz_log *l, hc_span s)
{
    fuzz_log_u64(l, s.len);
    fuzz_log_put(l, s.ptr, s.len);
}

static inline void fuzz_log_free(fuzz_log *l)
{
    free(l->data);
    l->data = NULL;
    l->len = l->cap = 0;
}

/* ------------------------------------------- the input's own choices */

/* A reader over the fuzz input for harnesses that take their decisions
   from it: it hands out bytes and then zeros, never past the end. */
typedef struct fuzz_input {
    const uint8_t *p;
    size_t len, pos;
} fuzz_input;

static inline unsigned fuzz_byte(fuzz_input *in)
{
    return in->pos < in->len ? in->p[in->pos++] : 0u;
}

static inline unsigned fuzz_u16(fuzz_input *in)
{
    unsigned hi = fuzz_byte(in);
    return (hi << 8) | fuzz_byte(in);
}

/* A small deterministic generator for split points, seeded by the input. */
static inline uint32_t fuzz_next(uint32_t *state)
{
    uint32_t x = *state ? *state : 0x9E3779B9u;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

/* ------------------------------------------------------- entry points */

#if defined(FUZZ_LIBFUZZER)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
    fuzz_run_copy(data, len);
    return 0;
}

#elif defined(__AFL_FUZZ_TESTCASE_LEN)

/* AFL++'s macros call read() and mix signedness: the project's warnings
   are for our code, not for theirs. */
#include <unistd.h>
#pragma clang diagnostic ignored "-Wsign-conversion"
#pragma clang diagnostic ignored "-Wconversion"
#pragma clang diagnostic ignored "-Wextra-semi"
#pragma clang diagnostic ignored "-Wgnu-statement-expression"

__AFL_FUZZ_INIT();

int main(void)
{
    unsigned char *buf;
    __AFL_INIT();
    buf = __AFL_FUZZ_TESTCASE_BUF;
    while (__AFL_LOOP(100000))
        fuzz_run_copy(buf, (size_t)__AFL_FUZZ_TESTCASE_LEN);
    return 0;
}

#else

#include <dirent.h>
#include <sys/stat.h>

static int fuzz_replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    uint8_t *buf = NULL;
    size_t len = 0, cap = 0, n;
    if (!f) {
        perror(path);
        return 0;
    }
    do {
        if (len == cap) {
            cap = cap ? cap * 2 : 4096;
            buf = (uint8_t *)realloc(buf, cap);
            if (!buf)
                abort();
        }
        n = fread(buf + len, 1, cap - len, f);
        len += n;
    } while (n > 0);
    fclose(f);
    fuzz_run_copy(buf, len);
    free(buf);
    return 1;
}

/* Replays files, and the regular files in directories, one level deep. */
int main(int argc, char **argv)
{
    int i, count = 0;
    for (i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            perror(argv[i]);
            return 2;
        }
        if (S_ISDIR(st.st_mode)) {
            DIR *d = opendir(argv[i]);
            struct dirent *e;
            if (!d) {
                perror(argv[i]);
                return 2;
            }
            while ((e = readdir(d)) != NULL) {
                char path[4096];
                if (e->d_name[0] == '.')
                    continue;
                snprintf(path, sizeof path, "%s/%s", argv[i], e->d_name);
                if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
                    count += fuzz_replay_file(path);
            }
            closedir(d);
        } else {
            count += fuzz_replay_file(argv[i]);
        }
    }
    printf("%s: %d inputs replayed, every invariant held\n", FUZZ_NAME, count);
    return 0;
}

#endif
#endif /* FUZZ_H */
