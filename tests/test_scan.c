/* The block scanners (SWAR words, SSE2/AVX2/NEON vectors) against the
   character table, byte by byte: every class, every byte value at every
   position of a run long enough to cross vector, word and tail blocks.
   Built once per scanning path (see the Makefile), so each path is held
   to the table. */

/* The first index in s[from..end) whose byte is outside cls, the slow way. */
static size_t scan_reference(const unsigned char *s, size_t from, size_t end, unsigned cls)
{
    while (from < end && (hc__class[s[from]] & cls))
        from++;
    return from;
}

/* Bytes of the class, spread over its alphabet (a deterministic walk), so
   false alarms such as HTAB in a value or '!' in a target appear too. */
static size_t class_members(unsigned cls, unsigned char *members)
{
    size_t n = 0;
    unsigned b;
    for (b = 0; b < 256; b++)
        if (hc__class[b] & cls)
            members[n++] = (unsigned char)b;
    return n;
}

static void fill_from_class(unsigned char *buf, size_t len, const unsigned char *members,
                            size_t count, uint32_t *seed)
{
    size_t k;
    for (k = 0; k < len; k++) {
        *seed = *seed * 1103515245u + 12345u;
        buf[k] = members[(*seed >> 16) % count];
    }
}

static void test_scanner(void)
{
    enum { RUN = 77 }; /* two AVX2 vectors, a word and a tail */
    static const unsigned classes[] = {HC__CLASS_TCHAR, HC__CLASS_VALUE, HC__CLASS_TARGET,
                                       HC__CLASS_HEX, HC__CLASS_DIGIT, HC__CLASS_REGNAME,
                                       HC__CLASS_QDTEXT, HC__CLASS_SCHEME};
    unsigned char members[256], buf[RUN];
    size_t c, pos, mismatches = 0, runs = 0;
    uint32_t seed = 7;
    unsigned b;
    for (c = 0; c < sizeof classes / sizeof classes[0]; c++) {
        unsigned cls = classes[c];
        size_t count = class_members(cls, members);
        for (pos = 0; pos < RUN; pos++) {
            for (b = 0; b < 256; b++) {
                size_t from, end;
                fill_from_class(buf, RUN, members, count, &seed);
                buf[pos] = (unsigned char)b;
                /* a second byte from anywhere after it: the first must win */
                if (pos + 1 < RUN && (b & 1u))
                    buf[pos + 1 + (b * 7u) % (RUN - pos - 1)] = (unsigned char)(b * 13u);
                for (from = 0; from < 3; from++) {
                    for (end = RUN - 2; end <= RUN; end++) {
                        runs++;
                        if (hc__skip_class(buf, from, end, cls) !=
                            scan_reference(buf, from, end, cls))
                            mismatches++;
                    }
                }
            }
        }
        /* a run of members only: the scan reaches the end */
        fill_from_class(buf, RUN, members, count, &seed);
        runs++;
        if (hc__skip_class(buf, 0, RUN, cls) != RUN)
            mismatches++;
    }
    if (mismatches)
        printf("scanner %s: %zu of %zu scans differ from the table\n", hc_scanner(),
               mismatches, runs);
    check(mismatches == 0, "block scanner agrees with the table", "scanner_matches_table");
}
