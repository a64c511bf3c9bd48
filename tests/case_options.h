/* A transcript case's hcdump options (tcase.opts in cases.h) decoded by
   hcdump's own option parser: shared by the hosted runner (test_main.c)
   and the freestanding runner's case generator (embedded/gen_cases.c), so
   that both read a case's options the same way. Both are hosted programs;
   include this after examples/hcdump.c, whose hcdump_options and
   hcdump_parse_args (and <string.h>) it uses. */
#ifndef HC_CASE_OPTIONS_H
#define HC_CASE_OPTIONS_H

/* Splits opts at spaces into argv for hcdump_parse_args. The words are
   copied into store (cap bytes) and the options keep pointers into it (the
   --method names), so store must outlive o. Returns 0 when opts does not
   fit in store or hcdump refuses it. */
static int options_from(hcdump_options *o, const char *opts, char *store, size_t cap)
{
    char *argv[64];
    int argc = 1;
    char *s;
    argv[0] = (char *)"hcdump";
    if (strlen(opts) + 1 > cap)
        return 0;
    strcpy(store, opts);
    for (s = strtok(store, " "); s && argc < 63; s = strtok(NULL, " "))
        argv[argc++] = s;
    argv[argc] = NULL;
    return hcdump_parse_args(o, argc, argv);
}

#endif
