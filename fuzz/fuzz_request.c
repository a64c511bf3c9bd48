/* fuzz_request: the server role parsing a stream of requests.

   Input: 3 bytes of setup (parse_setup_read: upgrade decision, limits,
   piece sizes and their seed), then the stream. Every invariant of
   parse_check.h is checked on it. */
#define FUZZ_NAME "fuzz_request"
#include "parse_check.h"

static void fuzz_one(const uint8_t *data, size_t len)
{
    fuzz_input in = {data, len, 0};
    parse_setup s;
    parse_setup_read(&s, HC_ROLE_SERVER, &in);
    parse_check(&s, data + in.pos, len - in.pos);
}
