/* The freestanding subset on the host (tests/cross.sh builds it with ASan
   and UBSan first, so a fault in the harness itself shows there). */
#include <stdio.h>
#include "emb.h"

void emb_puts(const char *s) { fputs(s, stdout); }

int main(void)
{
    int failures;
    emb_run();
    failures = emb_summary();
    fflush(stdout);
    return failures ? 1 : 0;
}
