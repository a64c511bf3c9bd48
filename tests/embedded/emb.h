/* The freestanding test subset (tests/embedded/): what the generated case
   table (gen_cases.c), the runner (runner.c) and each target's start-up
   code share. No libc header here: <stddef.h> and <stdint.h> only. */
#ifndef HC_EMB_H
#define HC_EMB_H
#include <stddef.h>
#include <stdint.h>

/* Where the case table lives. On AVR, const data is copied to RAM unless it
   is put in an address space of its own: __memx (24-bit pointers, flash
   above 64 KiB too) keeps it in flash, read through these pointers. */
#ifdef __AVR__
#define EMB_ROM __memx
#else
#define EMB_ROM
#endif

/* One transcript case of tests/cases_*.c, with its hcdump options already
   decoded by the generator (on the host, with hcdump's own option parser). */
typedef struct emb_case {
    const EMB_ROM char *name;
    const EMB_ROM char *input;
    const EMB_ROM char *expect; /* hcdump's lines, NUL-terminated */
    uint16_t input_len;
    uint8_t role;           /* hc_role */
    uint8_t accept_upgrade;
    uint8_t method_count;   /* hcdump --method, in order (hc_method values) */
    uint8_t methods[4];
    uint32_t max_start_line, max_field_line;
    uint16_t max_header_count, max_trailer_count, max_chunk_ext;
} emb_case;

extern const EMB_ROM emb_case emb_cases[];
extern const uint16_t emb_case_count;
extern const char emb_case_set[]; /* which cases: "all" or the subset's rule */

/* Provided by each target's start-up code. */
void emb_puts(const char *s); /* a NUL-terminated string, as is */

/* runner.c */
void emb_run(void);                       /* the tests */
void emb_check(int ok, const char *name); /* one more check */
void emb_put_u(unsigned long v);          /* a number, in decimal */
int emb_summary(void); /* "N passed, N failed"; returns the failures */

#endif
