/* fuzz_response: the client role parsing the responses to requests the
   input chooses.

   Input: 3 bytes of setup (parse_setup_read), a count byte and one method
   byte per request sent (parse_methods_read: HEAD and CONNECT change how
   an answer is framed), then the stream of responses. Every invariant of
   parse_check.h is checked on it. */
#define FUZZ_NAME "fuzz_response"
#include "parse_check.h"

static void fuzz_one(const uint8_t *data, size_t len)
{
    fuzz_input in = {data, len, 0};
    parse_setup s;
    parse_setup_read(&s, HC_ROLE_CLIENT, &in);
    parse_methods_read(&s, &in);
    parse_check(&s, data + in.pos, len - in.pos);
}
