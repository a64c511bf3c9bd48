/* Client role: responses, framed by the requests they answer. */
#include "cases.h"

const tcase cases_response[] = {
    TCASE("HEAD answer has no body", "--role client --method HEAD",
          "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
};
const size_t cases_response_count = sizeof cases_response / sizeof cases_response[0];
