/* Server role: requests. */
#include "cases.h"

const tcase cases_request[] = {
    TCASE("minimal GET", "",
          "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
};
const size_t cases_request_count = sizeof cases_request / sizeof cases_request[0];
