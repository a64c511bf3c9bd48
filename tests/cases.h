/* A transcript test: the input bytes, the hcdump options, and the exact
   lines hcdump must print. The runner feeds each input whole, byte by byte,
   in 7-byte pieces and split at every offset, and wants the same lines. */
#ifndef HC_TEST_CASES_H
#define HC_TEST_CASES_H
#include <stddef.h>

typedef struct tcase {
    const char *name;
    const char *opts;   /* hcdump options, space-separated ("" for none) */
    const char *input;
    size_t input_len;
    const char *expect; /* every line ends with \n */
} tcase;

/* input must be a string literal: its length is taken with sizeof, so it
   may hold NUL bytes. */
#define TCASE(name, opts, input, expect) {name, opts, input, sizeof(input) - 1, expect}

extern const tcase cases_request[];
extern const size_t cases_request_count;
extern const tcase cases_response[];
extern const size_t cases_response_count;

#endif
