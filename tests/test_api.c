/* API tests that transcripts cannot express: the fast path, helpers,
   struct sizes, state misuse. Included by test_main.c. */

static void run_api_tests(void)
{
    check(sizeof(hc_parser) <= 64, "parser state at most 64 bytes", "parser_size");
}
