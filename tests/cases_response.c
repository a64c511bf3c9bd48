/* Client role: responses, framed by the requests they answer.
   Every expectation follows RFC 9112/9110, the strict choices of
   the header's STRICTNESS section and documentation; error offsets point at
   the offending byte (the start of the field line for a field that is
   bad as a whole, the end of the input for unexpected_eof). */
#include "cases.h"

const tcase cases_response[] = {

    /* Realistic messages */
    TCASE("api json", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Date: Sun, 23 Nov 2025 11:06:00 GMT\r\n"
          "Server: nginx/1.25.3\r\n"
          "Content-Type: application/json; charset=utf-8\r\n"
          "Content-Length: 65\r\n"
          "Connection: keep-alive\r\n"
          "Cache-Control: no-store, max-age=0\r\n"
          "ETag: W/\"33a64df5\"\r\n"
          "Vary: Accept-Encoding, Origin\r\n"
          "X-Request-Id: 7f3c9a2e-1b4d-4c8e-9f00-123456789abc\r\n"
          "Strict-Transport-Security: max-age=63072000; includeSubDomains\r\n"
          "X-RateLimit-Remaining: 4999\r\n"
          "\r\n"
          "{\"id\":42,\"name\":\"widget\",\"tags\":[\"a\",\"b\"],\"price\":9.99,\"ok\":true}",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Date\",\"value\":\"Sun, 23 Nov 2025 11:06:00 GMT\"}\n"
          "{\"ev\":\"field\",\"name\":\"Server\",\"value\":\"nginx/1.25.3\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Type\",\"value\":\"application/json; charset=utf-8\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"65\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"keep-alive\"}\n"
          "{\"ev\":\"field\",\"name\":\"Cache-Control\",\"value\":\"no-store, max-age=0\"}\n"
          "{\"ev\":\"field\",\"name\":\"ETag\",\"value\":\"W/\\\"33a64df5\\\"\"}\n"
          "{\"ev\":\"field\",\"name\":\"Vary\",\"value\":\"Accept-Encoding, Origin\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-Request-Id\",\"value\":\"7f3c9a2e-1b4d-4c8e-9f00-123456789abc\"}\n"
          "{\"ev\":\"field\",\"name\":\"Strict-Transport-Security\",\"value\":\"max-age=63072000; includeSubDomains\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-RateLimit-Remaining\",\"value\":\"4999\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":65,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"{\\\"id\\\":42,\\\"name\\\":\\\"widget\\\",\\\"tags\\\":[\\\"a\\\",\\\"b\\\"],\\\"price\\\":9.99,\\\"ok\\\":true}\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("404 html", "--role client",
          "HTTP/1.1 404 Not Found\r\n"
          "Content-Type: text/html\r\n"
          "Content-Length: 33\r\n"
          "\r\n"
          "<!doctype html>\n<title>x</title>\n",
          "{\"ev\":\"response\",\"status\":404,\"reason\":\"Not Found\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Type\",\"value\":\"text/html\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"33\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":33,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"<!doctype html>\\u000a<title>x</title>\\u000a\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("cl zero", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("redirect", "--role client",
          "HTTP/1.1 301 Moved Permanently\r\n"
          "Location: https://example.com:8443/a?b=c#d\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":301,\"reason\":\"Moved Permanently\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Location\",\"value\":\"https://example.com:8443/a\?b=c#d\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),

    /* Chunked bodies */
    TCASE("chunked wiki", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "4\r\n"
          "Wiki\r\n"
          "5\r\n"
          "pedia\r\n"
          "E\r\n"
          " in\r\n"
          "\r\n"
          "chunks.\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"Wikipedia in\\u000d\\u000a\\u000d\\u000achunks.\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunked many", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "1\r\n"
          "a\r\n"
          "2\r\n"
          "bc\r\n"
          "1\r\n"
          "d\r\n"
          "3\r\n"
          "efg\r\n"
          "1\r\n"
          "h\r\n"
          "2\r\n"
          "ij\r\n"
          "1\r\n"
          "k\r\n"
          "1\r\n"
          "l\r\n"
          "4\r\n"
          "mnop\r\n"
          "1\r\n"
          "q\r\n"
          "2\r\n"
          "rs\r\n"
          "1\r\n"
          "t\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abcdefghijklmnopqrst\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunked ext trailers", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "Trailer: Expires, X-Checksum\r\n"
          "\r\n"
          "5;name=value\r\n"
          "hello\r\n"
          "1;a;b=\"c d\";e=f\r\n"
          ",\r\n"
          "6;sig=\"x\\\"y\"\r\n"
          " world\r\n"
          "0;last=1\r\n"
          "Expires: Wed, 21 Oct 2015 07:28:00 GMT\r\n"
          "X-Checksum:  abc123 \r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"field\",\"name\":\"Trailer\",\"value\":\"Expires, X-Checksum\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello, world\"}\n"
          "{\"ev\":\"trailer\",\"name\":\"Expires\",\"value\":\"Wed, 21 Oct 2015 07:28:00 GMT\"}\n"
          "{\"ev\":\"trailer\",\"name\":\"X-Checksum\",\"value\":\"abc123\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunked empty", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunked hex case zeros", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "A\r\n"
          "0123456789\r\n"
          "00b\r\n"
          "abcdefghijk\r\n"
          "000\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"0123456789abcdefghijk\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunked hex f F", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "f\r\n"
          "0123456789abcde\r\n"
          "F\r\n"
          "FEDCBA987654321\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"0123456789abcdeFEDCBA987654321\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunk bws before semicolon", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "3 ;a=b\r\n"
          "abc\r\n"
          "2\t;c\r\n"
          "de\r\n"
          "0 \t;z\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abcde\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* RFC 9112 7.1.1: chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] ) */
    TCASE("chunk bws around equals", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "3; a = b\r\n"
          "abc\r\n"
          "0;\tc\t=\t\"d\"\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abc\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunk data is crlfs", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "4\r\n"
          "\r\n"
          "\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"\\u000d\\u000a\\u000d\\u000a\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("gzip then chunked", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: gzip, chunked\r\n"
          "\r\n"
          "3\r\n"
          "\x1f\x8b\x08\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"gzip, chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"\\u001f\\u008b\\u0008\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("te on two lines", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: gzip\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "1\r\n"
          "x\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"gzip\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("te empty elements case", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: , CHUNKED ,\r\n"
          "\r\n"
          "1\r\n"
          "x\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\", CHUNKED ,\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunked then next", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "2\r\n"
          "hi\r\n"
          "0\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 1\r\n"
          "\r\n"
          "!",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hi\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":1,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"!\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),

    /* Close-delimited bodies */
    TCASE("close delimited", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Type: text/plain\r\n"
          "\r\n"
          "all of this\r\n"
          "HTTP/1.1 200 OK\r\n"
          "\r\n"
          "is body",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Type\",\"value\":\"text/plain\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"close\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"all of this\\u000d\\u000aHTTP/1.1 200 OK\\u000d\\u000a\\u000d\\u000ais body\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("close delimited empty", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"close\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("te gzip reads to close", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: gzip\r\n"
          "\r\n"
          "\x1f\x8b\x08\x00rest",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"gzip\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"close\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"\\u001f\\u008b\\u0008\\u0000rest\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* RFC 9112 6.3 rule 4: chunked not final in a response: read until close. */
    TCASE("te chunked not last", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked, gzip\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked, gzip\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"close\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"0\\u000d\\u000a\\u000d\\u000a\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("close delimited ka field", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Connection: keep-alive\r\n"
          "\r\n"
          "abc",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"keep-alive\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"close\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abc\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),

    /* Interim responses */
    TCASE("interim 100", "--role client --method POST",
          "HTTP/1.1 100 Continue\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "ok",
          "{\"ev\":\"response\",\"status\":100,\"reason\":\"Continue\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":2,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"ok\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("interim 103 links", "--role client",
          "HTTP/1.1 103 Early Hints\r\n"
          "Link: </style.css>; rel=preload; as=style\r\n"
          "Link: </script.js>; rel=preload; as=script\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Content-Type: text/html\r\n"
          "Link: </style.css>; rel=preload; as=style\r\n"
          "Content-Length: 4\r\n"
          "\r\n"
          "<p/>",
          "{\"ev\":\"response\",\"status\":103,\"reason\":\"Early Hints\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Link\",\"value\":\"</style.css>; rel=preload; as=style\"}\n"
          "{\"ev\":\"field\",\"name\":\"Link\",\"value\":\"</script.js>; rel=preload; as=script\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Type\",\"value\":\"text/html\"}\n"
          "{\"ev\":\"field\",\"name\":\"Link\",\"value\":\"</style.css>; rel=preload; as=style\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"4\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":4,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"<p/>\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("interim 100 103 201", "--role client --method POST",
          "HTTP/1.1 100 Continue\r\n"
          "\r\n"
          "HTTP/1.1 103 Early Hints\r\n"
          "Link: </a>; rel=preload\r\n"
          "\r\n"
          "HTTP/1.1 201 Created\r\n"
          "Location: /items/7\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":100,\"reason\":\"Continue\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":103,\"reason\":\"Early Hints\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Link\",\"value\":\"</a>; rel=preload\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":201,\"reason\":\"Created\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Location\",\"value\":\"/items/7\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("interim with cl", "--role client",
          "HTTP/1.1 100 Continue\r\n"
          "Content-Length: 5\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 1\r\n"
          "\r\n"
          "x",
          "{\"ev\":\"response\",\"status\":100,\"reason\":\"Continue\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":1,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("interim te and cl exempt", "--role client",
          "HTTP/1.1 103 Early Hints\r\n"
          "Transfer-Encoding: chunked\r\n"
          "Content-Length: 5\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 1\r\n"
          "\r\n"
          "x",
          "{\"ev\":\"response\",\"status\":103,\"reason\":\"Early Hints\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":1,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* 100, the lowest interim status: its framing fields mean nothing
       either. */
    TCASE("interim 100 te and cl exempt", "--role client --method POST",
          "HTTP/1.1 100 Continue\r\n"
          "Transfer-Encoding: chunked\r\n"
          "Content-Length: 5\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 1\r\n"
          "\r\n"
          "x",
          "{\"ev\":\"response\",\"status\":100,\"reason\":\"Continue\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":1,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* An interim answer keeps the connection for the final one, whatever
       its Connection field says: 199, the highest interim status, too. */
    TCASE("interim 199 with Connection close", "--role client",
          "HTTP/1.1 199 x\r\n"
          "Connection: close\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":199,\"reason\":\"x\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"close\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* Expect means nothing in a response: taken as any field. */
    TCASE("Expect in a response", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Expect: \"abc\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Expect\",\"value\":\"\\\"abc\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* The line ends where the status code belongs: the code is missing,
       a bad status line, not a bad status. */
    TCASE("status line ends after the version's SP", "--role client",
          "HTTP/1.1 \r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status_line\",\"offset\":9,\"status\":400}\n"),
    TCASE("interim to head", "--role client --method HEAD",
          "HTTP/1.1 100 Continue\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 5\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":100,\"reason\":\"Continue\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("interim 199", "--role client",
          "HTTP/1.1 199 Whatever\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":199,\"reason\":\"Whatever\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),

    /* HEAD, 204, 304: no body whatever the fields say */
    TCASE("HEAD answer has no body", "--role client --method HEAD",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 5\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("head te", "--role client --method HEAD",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("head te and cl exempt", "--role client --method HEAD",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "Content-Length: 5\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("head te gzip", "--role client --method HEAD",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: gzip\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"gzip\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("head no framing", "--role client --method HEAD",
          "HTTP/1.1 200 OK\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("head 404", "--role client --method HEAD",
          "HTTP/1.1 404 Not Found\r\n"
          "Content-Length: 9\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":404,\"reason\":\"Not Found\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"9\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("head close rest", "--role client --method HEAD",
          "HTTP/1.1 200 OK\r\n"
          "Connection: close\r\n"
          "Content-Length: 5\r\n"
          "\r\n"
          "hello",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"close\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"hello\"}\n"),
    TCASE("204 cl", "--role client",
          "HTTP/1.1 204 No Content\r\n"
          "Content-Length: 5\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "hi",
          "{\"ev\":\"response\",\"status\":204,\"reason\":\"No Content\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":2,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hi\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("204 te", "--role client",
          "HTTP/1.1 204 No Content\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":204,\"reason\":\"No Content\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("204 plain", "--role client",
          "HTTP/1.1 204 No Content\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":204,\"reason\":\"No Content\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("304 cl", "--role client",
          "HTTP/1.1 304 Not Modified\r\n"
          "ETag: \"x\"\r\n"
          "Content-Length: 1234\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "hi",
          "{\"ev\":\"response\",\"status\":304,\"reason\":\"Not Modified\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"ETag\",\"value\":\"\\\"x\\\"\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"1234\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":2,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hi\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("304 te and cl exempt", "--role client",
          "HTTP/1.1 304 Not Modified\r\n"
          "Content-Length: 3\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":304,\"reason\":\"Not Modified\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"3\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("204 close rest", "--role client",
          "HTTP/1.1 204 No Content\r\n"
          "Connection: close\r\n"
          "\r\n"
          "XYZ",
          "{\"ev\":\"response\",\"status\":204,\"reason\":\"No Content\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"close\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"XYZ\"}\n"),

    /* CONNECT */
    TCASE("connect 200 accepted", "--role client --method CONNECT --accept-upgrade",
          "HTTP/1.1 200 Connection Established\r\n"
          "\r\n"
          "\x16\x03\x01\x02\x00\x01",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"Connection Established\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\\u0016\\u0003\\u0001\\u0002\\u0000\\u0001\"}\n"),
    TCASE("connect 200 declined", "--role client --method CONNECT",
          "HTTP/1.1 200 Connection Established\r\n"
          "\r\n"
          "\x16\x03\x01\x02\x00\x01",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"Connection Established\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\\u0016\\u0003\\u0001\\u0002\\u0000\\u0001\"}\n"),
    /* RFC 9110 9.3.6: a client MUST ignore CL/TE in a 2xx answer to CONNECT. */
    TCASE("connect 200 cl ignored", "--role client --method CONNECT --accept-upgrade",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 10\r\n"
          "\r\n"
          "xy",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"10\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"xy\"}\n"),
    TCASE("connect 200 te and cl exempt", "--role client --method CONNECT --accept-upgrade",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "Content-Length: 10\r\n"
          "\r\n"
          "xy",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"10\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"xy\"}\n"),
    TCASE("connect http10 200", "--role client --method CONNECT --accept-upgrade",
          "HTTP/1.0 200 Connection established\r\n"
          "Proxy-agent: Squid\r\n"
          "\r\n"
          "SSH-2.0-x\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"Connection established\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"field\",\"name\":\"Proxy-agent\",\"value\":\"Squid\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"SSH-2.0-x\\u000d\\u000a\"}\n"),
    TCASE("connect 204 tunnel", "--role client --method CONNECT --accept-upgrade",
          "HTTP/1.1 204 No Content\r\n"
          "\r\n"
          "raw",
          "{\"ev\":\"response\",\"status\":204,\"reason\":\"No Content\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"raw\"}\n"),
    TCASE("connect 407 then 200", "--role client --method CONNECT --accept-upgrade",
          "HTTP/1.1 407 Proxy Authentication Required\r\n"
          "Proxy-Authenticate: Basic realm=\"proxy\"\r\n"
          "Content-Length: 6\r\n"
          "\r\n"
          "deniedHTTP/1.1 200 Connection Established\r\n"
          "\r\n"
          "\x16\x03",
          "{\"ev\":\"response\",\"status\":407,\"reason\":\"Proxy Authentication Required\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Proxy-Authenticate\",\"value\":\"Basic realm=\\\"proxy\\\"\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"6\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":6,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"denied\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"Connection Established\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\\u0016\\u0003\"}\n"),
    /* The 2xx boundary of a tunnel (RFC 9110 section 9.3.6): 299 is a
       tunnel, 300 is an ordinary answer whose body is framed as usual;
       reading its body as tunnel bytes would be a desync. */
    TCASE("connect 299 tunnel", "--role client --method CONNECT --accept-upgrade",
          "HTTP/1.1 299 Whatever\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "hi",
          "{\"ev\":\"response\",\"status\":299,\"reason\":\"Whatever\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"hi\"}\n"),
    TCASE("connect 300 is no tunnel", "--role client --method CONNECT --accept-upgrade",
          "HTTP/1.1 300 Multiple Choices\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "hi",
          "{\"ev\":\"response\",\"status\":300,\"reason\":\"Multiple Choices\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":2,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hi\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("connect 407 te and cl", "--role client --method CONNECT",
          "HTTP/1.1 407 Proxy Authentication Required\r\n"
          "Transfer-Encoding: chunked\r\n"
          "Content-Length: 6\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":407,\"reason\":\"Proxy Authentication Required\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"error\",\"code\":\"conflicting_framing\",\"offset\":72,\"status\":400}\n"),
    TCASE("connect 502 close", "--role client --method CONNECT",
          "HTTP/1.1 502 Bad Gateway\r\n"
          "Content-Length: 3\r\n"
          "Connection: close\r\n"
          "\r\n"
          "badrest",
          "{\"ev\":\"response\",\"status\":502,\"reason\":\"Bad Gateway\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"3\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"close\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":3,\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"bad\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"rest\"}\n"),

    /* RFC 9110 9.3.6: the client MUST ignore Content-Length and
       Transfer-Encoding in a 2xx to CONNECT, so not even their syntax counts. */
    TCASE("connect 200 ignores bad framing fields", "--role client --method CONNECT --accept-upgrade",
          "HTTP/1.1 200 OK\r\nContent-Length: x\r\nContent-Length: 2\r\nTransfer-Encoding: gzip\r\n\r\ntunnel",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"x\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"gzip\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"tunnel\"}\n"),
    TCASE("connect 407 checks framing fields", "--role client --method CONNECT",
          "HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: x\r\n\r\n",
          "{\"ev\":\"response\",\"status\":407,\"reason\":\"Proxy Authentication Required\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":60,\"status\":400}\n"),
    /* 101 Switching Protocols */
    TCASE("101 accepted", "--role client --accept-upgrade",
          "HTTP/1.1 101 Switching Protocols\r\n"
          "Upgrade: websocket\r\n"
          "Connection: Upgrade\r\n"
          "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
          "\r\n"
          "\x81\x05hello",
          "{\"ev\":\"response\",\"status\":101,\"reason\":\"Switching Protocols\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"websocket\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"Upgrade\"}\n"
          "{\"ev\":\"field\",\"name\":\"Sec-WebSocket-Accept\",\"value\":\"s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\\u0081\\u0005hello\"}\n"),
    TCASE("101 declined", "--role client",
          "HTTP/1.1 101 Switching Protocols\r\n"
          "Upgrade: websocket\r\n"
          "Connection: Upgrade\r\n"
          "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
          "\r\n"
          "\x81\x05hello",
          "{\"ev\":\"response\",\"status\":101,\"reason\":\"Switching Protocols\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"websocket\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"Upgrade\"}\n"
          "{\"ev\":\"field\",\"name\":\"Sec-WebSocket-Accept\",\"value\":\"s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\\u0081\\u0005hello\"}\n"),
    TCASE("101 nothing after", "--role client --accept-upgrade",
          "HTTP/1.1 101 Switching Protocols\r\n"
          "Upgrade: websocket\r\n"
          "Connection: Upgrade\r\n"
          "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":101,\"reason\":\"Switching Protocols\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"websocket\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"Upgrade\"}\n"
          "{\"ev\":\"field\",\"name\":\"Sec-WebSocket-Accept\",\"value\":\"s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("101 cl ignored", "--role client --accept-upgrade",
          "HTTP/1.1 101 Switching Protocols\r\n"
          "Upgrade: h2c\r\n"
          "Content-Length: 4\r\n"
          "Connection: Upgrade\r\n"
          "\r\n"
          "PRI *",
          "{\"ev\":\"response\",\"status\":101,\"reason\":\"Switching Protocols\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"h2c\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"4\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"Upgrade\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"PRI *\"}\n"),
    TCASE("100 then 101", "--role client --accept-upgrade",
          "HTTP/1.1 100 Continue\r\n"
          "\r\n"
          "HTTP/1.1 101 Switching Protocols\r\n"
          "Upgrade: websocket\r\n"
          "Connection: upgrade\r\n"
          "\r\n"
          "\x88\x00",
          "{\"ev\":\"response\",\"status\":100,\"reason\":\"Continue\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":101,\"reason\":\"Switching Protocols\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"websocket\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"upgrade\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\\u0088\\u0000\"}\n"),
    /* Upgrade in a 200 is no switch: "upgrade" is true only for 101 and 2xx to CONNECT. */
    TCASE("200 with upgrade field", "--role client --accept-upgrade",
          "HTTP/1.1 200 OK\r\n"
          "Upgrade: h2c\r\n"
          "Connection: Upgrade\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "hi",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"h2c\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"Upgrade\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":2,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hi\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("426 with a bad upgrade list", "--role client",
          "HTTP/1.1 426 Upgrade Required\r\n"
          "Upgrade: TLS 1.2\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":426,\"reason\":\"Upgrade Required\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_upgrade\",\"offset\":40,\"status\":400}\n"),
    TCASE("426 upgrade required", "--role client",
          "HTTP/1.1 426 Upgrade Required\r\n"
          "Upgrade: TLS/1.2, HTTP/1.1\r\n"
          "Connection: Upgrade\r\n"
          "Content-Length: 3\r\n"
          "\r\n"
          "TLS",
          "{\"ev\":\"response\",\"status\":426,\"reason\":\"Upgrade Required\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"TLS/1.2, HTTP/1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"Upgrade\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"3\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":3,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"TLS\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),

    /* Pipelining and persistence */
    TCASE("pipeline get head get", "--role client --method GET --method HEAD --method GET",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 3\r\n"
          "\r\n"
          "oneHTTP/1.1 200 OK\r\n"
          "Content-Length: 100\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\r\n"
          "three\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"3\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":3,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"one\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"100\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"three\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("pipeline close ends", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 1\r\n"
          "\r\n"
          "aHTTP/1.1 304 Not Modified\r\n"
          "Content-Length: 100\r\n"
          "\r\n"
          "HTTP/1.1 500 Internal Server Error\r\n"
          "Content-Length: 1\r\n"
          "Connection: close\r\n"
          "\r\n"
          "cHTTP/1.1 200 OK\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":1,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"a\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":304,\"reason\":\"Not Modified\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"100\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":500,\"reason\":\"Internal Server Error\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"close\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":1,\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"c\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"HTTP/1.1 200 OK\\u000d\\u000a\\u000d\\u000a\"}\n"),
    TCASE("pipeline head then get", "--role client --method HEAD --method GET",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 5\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 5\r\n"
          "\r\n"
          "hello",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":5,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("11 close rest", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Connection: close\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "hiHTTP/1.1 200 OK\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"close\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":2,\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hi\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"HTTP/1.1 200 OK\\u000d\\u000aContent-Length: 0\\u000d\\u000a\\u000d\\u000a\"}\n"),
    TCASE("close among options", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Connection: Keep-Alive, Close\r\n"
          "Content-Length: 0\r\n"
          "\r\n"
          "X",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"Keep-Alive, Close\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"X\"}\n"),
    TCASE("close case", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Connection: CLOSE\r\n"
          "Content-Length: 0\r\n"
          "\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"CLOSE\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\\u000d\\u000a\"}\n"),
    TCASE("close second connection line", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Connection: foo\r\n"
          "Connection: close\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"foo\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"close\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("closed is not close", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Connection: closed\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"closed\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("10 keep-alive then close", "--role client",
          "HTTP/1.0 200 OK\r\n"
          "Connection: keep-alive\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "hiHTTP/1.0 200 OK\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "yoEXTRA",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"keep-alive\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":2,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hi\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":2,\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"yo\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"EXTRA\"}\n"),
    TCASE("10 keep-alive close delimited", "--role client",
          "HTTP/1.0 200 OK\r\n"
          "Connection: Keep-Alive\r\n"
          "\r\n"
          "until close",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"Keep-Alive\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"close\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"until close\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("10 close delimited", "--role client",
          "HTTP/1.0 404 Not Found\r\n"
          "\r\n"
          "<h1>404</h1>",
          "{\"ev\":\"response\",\"status\":404,\"reason\":\"Not Found\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"close\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"<h1>404</h1>\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("10 304 closes", "--role client",
          "HTTP/1.0 304 Not Modified\r\n"
          "\r\n"
          "HTTP/1.0 200 OK\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":304,\"reason\":\"Not Modified\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"HTTP/1.0 200 OK\\u000d\\u000a\\u000d\\u000a\"}\n"),
    TCASE("10 keep-alive and close", "--role client",
          "HTTP/1.0 200 OK\r\n"
          "Connection: keep-alive, close\r\n"
          "Content-Length: 0\r\n"
          "\r\n"
          "Z",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"keep-alive, close\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"Z\"}\n"),
    TCASE("http 1.2", "--role client",
          "HTTP/1.2 200 OK\r\n"
          "Content-Length: 1\r\n"
          "\r\n"
          "x",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.2\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":1,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("http 1.9 chunked", "--role client",
          "HTTP/1.9 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.9\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),

    /* Content-Length forms */
    TCASE("dup cl equal", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 2\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "hi",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":2,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hi\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("cl leading zeros", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 007\r\n"
          "\r\n"
          "1234567",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"007\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":7,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"1234567\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("cl ows", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length:\t 3 \t\r\n"
          "\r\n"
          "abc",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"3\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":3,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abc\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("cl name case", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "content-LENGTH: 1\r\n"
          "\r\n"
          "x",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"content-LENGTH\",\"value\":\"1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":1,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("cl max then eof", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 18446744073709551615\r\n"
          "\r\n"
          "abc",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"18446744073709551615\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":18446744073709551615,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abc\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":60,\"status\":400}\n"),

    /* Status lines, reasons, field values */
    TCASE("empty reason", "--role client",
          "HTTP/1.1 200 \r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("obs-text reason", "--role client",
          "HTTP/1.1 200 \xc3\x89t\xe9 \xa0\xff\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"\\u00c3\\u0089t\\u00e9 \\u00a0\\u00ff\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("reason htab and spaces kept", "--role client",
          "HTTP/1.1 404 Not\tFound  \r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":404,\"reason\":\"Not\\u0009Found  \",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("reason punctuation", "--role client",
          "HTTP/1.1 200 OK: fine (really) / 100% ;-)\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK: fine (really) / 100% ;-)\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("status 599", "--role client",
          "HTTP/1.1 599 Edge\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":599,\"reason\":\"Edge\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("status 100 space reason", "--role client",
          "HTTP/1.1 100  \r\n"
          "\r\n"
          "HTTP/1.1 200 \r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":100,\"reason\":\" \",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("field values", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "X-A:   padded\t \t\r\n"
          "X-B:\r\n"
          "X-C: \t \r\n"
          "X-D:in  ner\r\n"
          "X-E: \xa0nbsp\xa0\r\n"
          "X-F: caf\xc3\xa9\x80\xff\r\n"
          "X-G: a:b:c\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-A\",\"value\":\"padded\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-B\",\"value\":\"\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-C\",\"value\":\"\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-D\",\"value\":\"in  ner\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-E\",\"value\":\"\\u00a0nbsp\\u00a0\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-F\",\"value\":\"caf\\u00c3\\u00a9\\u0080\\u00ff\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-G\",\"value\":\"a:b:c\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("htab value tchar name", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "X-Tab:\tone\ttwo\t\r\n"
          "!#$%&'*+-.^_`|~09azAZ: tchars\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-Tab\",\"value\":\"one\\u0009two\"}\n"
          "{\"ev\":\"field\",\"name\":\"!#$%&'*+-.^_`|~09azAZ\",\"value\":\"tchars\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("repeated set-cookie", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Set-Cookie: a=1; Path=/; HttpOnly\r\n"
          "Set-Cookie: b=2; Secure\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Set-Cookie\",\"value\":\"a=1; Path=/; HttpOnly\"}\n"
          "{\"ev\":\"field\",\"name\":\"Set-Cookie\",\"value\":\"b=2; Secure\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),

    /* Status line errors */
    TCASE("leading crlf", "--role client",
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status_line\",\"offset\":0,\"status\":400}\n"),
    TCASE("leading space", "--role client",
          " HTTP/1.1 200 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status_line\",\"offset\":0,\"status\":400}\n"),
    TCASE("no sp after status", "--role client",
          "HTTP/1.1 200\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status_line\",\"offset\":12,\"status\":400}\n"),
    /* A second SP where the status code belongs is a separator error. */
    TCASE("double sp before status", "--role client",
          "HTTP/1.1  200 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status_line\",\"offset\":9,\"status\":400}\n"),
    TCASE("htab separator", "--role client",
          "HTTP/1.1\t200 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status_line\",\"offset\":8,\"status\":400}\n"),
    TCASE("version only", "--role client",
          "HTTP/1.1\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status_line\",\"offset\":8,\"status\":400}\n"),
    TCASE("garbage", "--role client",
          "<!DOCTYPE html>\r\n"
          "<html></html>\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status_line\",\"offset\":0,\"status\":400}\n"),
    TCASE("status 2 digits", "--role client",
          "HTTP/1.1 20 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status\",\"offset\":11,\"status\":400}\n"),
    TCASE("status 4 digits", "--role client",
          "HTTP/1.1 2000 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status\",\"offset\":12,\"status\":400}\n"),
    TCASE("status 099", "--role client",
          "HTTP/1.1 099 Low\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status\",\"offset\":9,\"status\":400}\n"),
    TCASE("status 600", "--role client",
          "HTTP/1.1 600 High\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status\",\"offset\":9,\"status\":400}\n"),
    TCASE("status 000", "--role client",
          "HTTP/1.1 000 Zero\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status\",\"offset\":9,\"status\":400}\n"),
    TCASE("status letters", "--role client",
          "HTTP/1.1 abc OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status\",\"offset\":9,\"status\":400}\n"),
    TCASE("status letter inside", "--role client",
          "HTTP/1.1 2x0 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status\",\"offset\":10,\"status\":400}\n"),
    TCASE("status sign", "--role client",
          "HTTP/1.1 -20 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status\",\"offset\":9,\"status\":400}\n"),
    TCASE("reason ctl", "--role client",
          "HTTP/1.1 200 O\x01K\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_reason\",\"offset\":14,\"status\":400}\n"),
    TCASE("reason del", "--role client",
          "HTTP/1.1 200 OK\x7f\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_reason\",\"offset\":15,\"status\":400}\n"),
    TCASE("reason nul", "--role client",
          "HTTP/1.1 200 \x00\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_reason\",\"offset\":13,\"status\":400}\n"),
    TCASE("version letter", "--role client",
          "HTTP/1.x 200 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_version\",\"offset\":7,\"status\":400}\n"),
    TCASE("version major letter", "--role client",
          "HTTP/a.1 200 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_version\",\"offset\":5,\"status\":400}\n"),
    /* Not "HTTP/" at all: the line is no status line (bad_version needs "HTTP/"). */
    TCASE("version https", "--role client",
          "HTTPS/1.1 200 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status_line\",\"offset\":4,\"status\":400}\n"),
    TCASE("version lowercase", "--role client",
          "http/1.1 200 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status_line\",\"offset\":0,\"status\":400}\n"),
    TCASE("version no minor", "--role client",
          "HTTP/1 200 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_version\",\"offset\":6,\"status\":400}\n"),
    TCASE("http/2 200", "--role client",
          "HTTP/2 200\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_version\",\"offset\":6,\"status\":400}\n"),
    /* The version as a whole is unsupported: offset of the version token. */
    TCASE("http/2.0", "--role client",
          "HTTP/2.0 200 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"unsupported_version\",\"offset\":0,\"status\":505}\n"),
    TCASE("http/0.9", "--role client",
          "HTTP/0.9 200 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"unsupported_version\",\"offset\":0,\"status\":505}\n"),
    TCASE("http/3.0", "--role client",
          "HTTP/3.0 200 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"unsupported_version\",\"offset\":0,\"status\":505}\n"),
    TCASE("status line bare lf", "--role client",
          "HTTP/1.1 200 OK\n\r\n",
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":15,\"status\":400}\n"),
    TCASE("status line bare cr", "--role client",
          "HTTP/1.1 200 OK\r\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":15,\"status\":400}\n"),
    TCASE("status line cr in reason", "--role client",
          "HTTP/1.1 200 O\rK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":14,\"status\":400}\n"),

    /* Field errors */
    TCASE("field bare lf", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "A: b\nContent-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":21,\"status\":400}\n"),
    TCASE("head end bare lf", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "A: b\r\n"
          "\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"A\",\"value\":\"b\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":23,\"status\":400}\n"),
    TCASE("empty head bare lf", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":17,\"status\":400}\n"),
    TCASE("field bare cr", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "A: b\rc\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":21,\"status\":400}\n"),
    TCASE("head end bare cr", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "A: b\r\n"
          "\rX\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"A\",\"value\":\"b\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":23,\"status\":400}\n"),
    TCASE("obs fold sp", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "A: b\r\n"
          " c\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"A\",\"value\":\"b\"}\n"
          "{\"ev\":\"error\",\"code\":\"obs_fold\",\"offset\":23,\"status\":400}\n"),
    TCASE("obs fold htab", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "A: b\r\n"
          "\tc\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"A\",\"value\":\"b\"}\n"
          "{\"ev\":\"error\",\"code\":\"obs_fold\",\"offset\":23,\"status\":400}\n"),
    TCASE("leading whitespace", "--role client",
          "HTTP/1.1 200 OK\r\n"
          " A: b\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"leading_whitespace\",\"offset\":17,\"status\":400}\n"),
    TCASE("leading htab", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "\tA: b\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"leading_whitespace\",\"offset\":17,\"status\":400}\n"),
    TCASE("ws before colon", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length : 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"whitespace_before_colon\",\"offset\":31,\"status\":400}\n"),
    TCASE("htab before colon", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "A: b\r\n"
          "X\t: y\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"A\",\"value\":\"b\"}\n"
          "{\"ev\":\"error\",\"code\":\"whitespace_before_colon\",\"offset\":24,\"status\":400}\n"),
    TCASE("value nul", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "A: b\x00" "c\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_value\",\"offset\":21,\"status\":400}\n"),
    TCASE("value esc", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "A: \x1b[31m\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_value\",\"offset\":20,\"status\":400}\n"),
    TCASE("value del", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "A: b\x7f\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_value\",\"offset\":21,\"status\":400}\n"),
    TCASE("value vt", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "A: \x0b\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_value\",\"offset\":20,\"status\":400}\n"),
    TCASE("name not token", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "A@B: c\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_name\",\"offset\":18,\"status\":400}\n"),
    TCASE("name empty", "--role client",
          "HTTP/1.1 200 OK\r\n"
          ": c\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_name\",\"offset\":17,\"status\":400}\n"),
    TCASE("name quoted", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "\"A\": c\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_name\",\"offset\":17,\"status\":400}\n"),

    /* Content-Length errors */
    /* Offset: the first byte that is not part of 1*DIGIT, or the digit that
       overflows 2^64-1 (the value starts at 33). */
    TCASE("cl negative", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: -1\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":33,\"status\":400}\n"),
    TCASE("cl plus", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: +1\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":33,\"status\":400}\n"),
    TCASE("cl hex", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 0x10\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":34,\"status\":400}\n"),
    TCASE("cl inner space", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 1 2\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":34,\"status\":400}\n"),
    TCASE("cl empty", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: \r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":33,\"status\":400}\n"),
    TCASE("cl list", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 2, 2\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":34,\"status\":400}\n"),
    TCASE("cl letters", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: abc\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":33,\"status\":400}\n"),
    TCASE("cl overflow", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 18446744073709551616\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":52,\"status\":400}\n"),
    TCASE("cl huge", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 99999999999999999999999\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":52,\"status\":400}\n"),
    TCASE("cl dot", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 1.0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":34,\"status\":400}\n"),
    TCASE("dup cl unequal", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 5\r\n"
          "Date: x\r\n"
          "Content-Length: 6\r\n"
          "\r\n"
          "hello!",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"field\",\"name\":\"Date\",\"value\":\"x\"}\n"
          "{\"ev\":\"error\",\"code\":\"duplicate_content_length\",\"offset\":45,\"status\":400}\n"),
    TCASE("dup cl unequal head", "--role client --method HEAD",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 5\r\n"
          "Content-Length: 6\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"error\",\"code\":\"duplicate_content_length\",\"offset\":36,\"status\":400}\n"),
    TCASE("cl then te", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 5\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"error\",\"code\":\"conflicting_framing\",\"offset\":36,\"status\":400}\n"),
    TCASE("te then cl", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "Content-Length: 5\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"error\",\"code\":\"conflicting_framing\",\"offset\":45,\"status\":400}\n"),
    TCASE("te gzip then cl", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: gzip\r\n"
          "Content-Length: 5\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"gzip\"}\n"
          "{\"ev\":\"error\",\"code\":\"conflicting_framing\",\"offset\":42,\"status\":400}\n"),
    TCASE("204 te and cl", "--role client",
          "HTTP/1.1 204 No Content\r\n"
          "Content-Length: 0\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":204,\"reason\":\"No Content\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"error\",\"code\":\"conflicting_framing\",\"offset\":44,\"status\":400}\n"),
    TCASE("101 te and cl exempt", "--role client --accept-upgrade",
          "HTTP/1.1 101 Switching Protocols\r\n"
          "Transfer-Encoding: chunked\r\n"
          "Content-Length: 1\r\n"
          "Upgrade: x\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":101,\"reason\":\"Switching Protocols\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"x\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),

    /* Transfer-Encoding errors */
    /* Offset: the offending coding (the second chunked, chunked with parameters),
       or the field line when Transfer-Encoding is wrong as a whole (HTTP/1.0). */
    TCASE("te chunked twice", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked, chunked\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":45,\"status\":400}\n"),
    TCASE("te chunked twice lines", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":64,\"status\":400}\n"),
    TCASE("te chunked param", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked;q=1\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":43,\"status\":400}\n"),
    TCASE("te chunked param bws", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked ; a=b\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":43,\"status\":400}\n"),
    TCASE("te in http 1.0", "--role client",
          "HTTP/1.0 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":17,\"status\":400}\n"),
    TCASE("te gzip in http 1.0", "--role client",
          "HTTP/1.0 200 OK\r\n"
          "Transfer-Encoding: gzip\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":17,\"status\":400}\n"),
    TCASE("te not token", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chu@nked\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":39,\"status\":400}\n"),

    /* Chunk errors */
    TCASE("chunk size letters", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "zz\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":47,\"status\":400}\n"),
    TCASE("chunk size empty", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":47,\"status\":400}\n"),
    TCASE("chunk size missing", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          ";a=b\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":47,\"status\":400}\n"),
    TCASE("chunk size leading sp", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          " 5\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":47,\"status\":400}\n"),
    TCASE("chunk size 0x", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0x5\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":48,\"status\":400}\n"),
    TCASE("chunk size negative", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "-5\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":47,\"status\":400}\n"),
    TCASE("chunk size 17 digits", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "10000000000000000\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":63,\"status\":400}\n"),
    TCASE("chunk size 17 digits zeros", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "00000000000000001\r\n"
          "x\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":63,\"status\":400}\n"),
    TCASE("chunk size 16 digits", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "ffffffffffffffff\r\n"
          "abc",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abc\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":68,\"status\":400}\n"),
    /* RFC 9112 7.1.1: chunk-ext-name is a token (1*tchar) and chunk-ext-val is
       token / quoted-string, so an empty name or value is invalid. */
    TCASE("chunk ext empty name", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "2\r\n"
          "hi\r\n"
          "5;\r\n"
          "hello\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hi\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":56,\"status\":400}\n"),
    TCASE("chunk ext no name", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;=b\r\n"
          "hello\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":49,\"status\":400}\n"),
    TCASE("chunk ext empty value", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=\r\n"
          "hello\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":51,\"status\":400}\n"),
    TCASE("chunk ext sp in name", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a b\r\n"
          "hello\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":51,\"status\":400}\n"),
    TCASE("chunk ext sp in value", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=b c\r\n"
          "hello\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":53,\"status\":400}\n"),
    TCASE("chunk ext bad name char", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a@=b\r\n"
          "hello\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":50,\"status\":400}\n"),
    TCASE("chunk ext ctl in quote", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=\"x\x01\"\r\n"
          "hello\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":53,\"status\":400}\n"),
    /* An unterminated quoted-string: offset of its opening quote. */
    TCASE("chunk ext open quote", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=\"open\r\n"
          "hello\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":51,\"status\":400}\n"),
    TCASE("chunk ext del", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=b\x7f\r\n"
          "hello\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":52,\"status\":400}\n"),
    TCASE("chunk missing crlf", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\r\n"
          "helloXX\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"error\",\"code\":\"missing_chunk_crlf\",\"offset\":55,\"status\":400}\n"),
    TCASE("chunk missing crlf next size", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\r\n"
          "hello0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"error\",\"code\":\"missing_chunk_crlf\",\"offset\":55,\"status\":400}\n"),
    TCASE("chunk size bare lf", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\nhello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":48,\"status\":400}\n"),
    TCASE("chunk size bare cr", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\rhello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":48,\"status\":400}\n"),
    TCASE("chunk ext bare lf", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=b\nhello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":52,\"status\":400}\n"),
    /* Data must be followed by CRLF: a lone LF there is bare_lf, like any line end. */
    TCASE("chunk data bare lf", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\r\n"
          "hello\n0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":55,\"status\":400}\n"),
    TCASE("last chunk bare lf", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\n\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":48,\"status\":400}\n"),
    TCASE("trailer end bare lf", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":50,\"status\":400}\n"),
    TCASE("trailer bare lf", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X: y\n\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":54,\"status\":400}\n"),
    TCASE("trailer bare cr", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X: y\rz\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":54,\"status\":400}\n"),
    TCASE("trailer end bare cr", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X: y\r\n"
          "\rZ",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"trailer\",\"name\":\"X\",\"value\":\"y\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":56,\"status\":400}\n"),
    TCASE("trailer obs fold", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X: y\r\n"
          " z\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"trailer\",\"name\":\"X\",\"value\":\"y\"}\n"
          "{\"ev\":\"error\",\"code\":\"obs_fold\",\"offset\":56,\"status\":400}\n"),
    TCASE("trailer ws before colon", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X : y\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"whitespace_before_colon\",\"offset\":51,\"status\":400}\n"),
    TCASE("trailer bad value", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X: y\x00\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_value\",\"offset\":54,\"status\":400}\n"),
    TCASE("forbidden trailer cl", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "1\r\n"
          "x\r\n"
          "0\r\n"
          "X-Ok: 1\r\n"
          "Content-Length: 5\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"trailer\",\"name\":\"X-Ok\",\"value\":\"1\"}\n"
          "{\"ev\":\"error\",\"code\":\"forbidden_trailer\",\"offset\":65,\"status\":400}\n"),
    TCASE("forbidden trailer te", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "1\r\n"
          "x\r\n"
          "0\r\n"
          "X-Ok: 1\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"trailer\",\"name\":\"X-Ok\",\"value\":\"1\"}\n"
          "{\"ev\":\"error\",\"code\":\"forbidden_trailer\",\"offset\":65,\"status\":400}\n"),
    TCASE("forbidden trailer host", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "1\r\n"
          "x\r\n"
          "0\r\n"
          "X-Ok: 1\r\n"
          "hOsT: example.com\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"trailer\",\"name\":\"X-Ok\",\"value\":\"1\"}\n"
          "{\"ev\":\"error\",\"code\":\"forbidden_trailer\",\"offset\":65,\"status\":400}\n"),

    /* Limits */
    /* Line limits count the CRLF. */
    TCASE("start line under limit", "--role client --limit max_start_line=18",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("start line at limit", "--role client --limit max_start_line=17",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("start line over limit", "--role client --limit max_start_line=16",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"start_line_too_long\",\"offset\":16,\"status\":414}\n"),
    TCASE("field line at limit", "--role client --limit max_field_line=19",
          "HTTP/1.1 200 OK\r\n"
          "X-A: bcd\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-A\",\"value\":\"bcd\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("field line over limit", "--role client --limit max_field_line=18",
          "HTTP/1.1 200 OK\r\n"
          "X-A: bcd\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-A\",\"value\":\"bcd\"}\n"
          "{\"ev\":\"error\",\"code\":\"field_line_too_long\",\"offset\":45,\"status\":431}\n"),
    TCASE("field line just over", "--role client --limit max_field_line=19",
          "HTTP/1.1 200 OK\r\n"
          "X-Long: abcdefghij\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"field_line_too_long\",\"offset\":36,\"status\":431}\n"),
    TCASE("field line just under", "--role client --limit max_field_line=21",
          "HTTP/1.1 200 OK\r\n"
          "X-Long: abcdefghij\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-Long\",\"value\":\"abcdefghij\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"close\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("fields under limit", "--role client --limit max_header_count=4",
          "HTTP/1.1 200 OK\r\n"
          "A: 1\r\n"
          "B: 2\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"A\",\"value\":\"1\"}\n"
          "{\"ev\":\"field\",\"name\":\"B\",\"value\":\"2\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("fields at limit", "--role client --limit max_header_count=3",
          "HTTP/1.1 200 OK\r\n"
          "A: 1\r\n"
          "B: 2\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"A\",\"value\":\"1\"}\n"
          "{\"ev\":\"field\",\"name\":\"B\",\"value\":\"2\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("fields over limit", "--role client --limit max_header_count=2",
          "HTTP/1.1 200 OK\r\n"
          "A: 1\r\n"
          "B: 2\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"A\",\"value\":\"1\"}\n"
          "{\"ev\":\"field\",\"name\":\"B\",\"value\":\"2\"}\n"
          "{\"ev\":\"error\",\"code\":\"too_many_fields\",\"offset\":29,\"status\":431}\n"),
    TCASE("trailers at limit", "--role client --limit max_trailer_count=2",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "1\r\n"
          "x\r\n"
          "0\r\n"
          "A: 1\r\n"
          "B: 2\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"trailer\",\"name\":\"A\",\"value\":\"1\"}\n"
          "{\"ev\":\"trailer\",\"name\":\"B\",\"value\":\"2\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("trailers over limit", "--role client --limit max_trailer_count=1",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "1\r\n"
          "x\r\n"
          "0\r\n"
          "A: 1\r\n"
          "B: 2\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"trailer\",\"name\":\"A\",\"value\":\"1\"}\n"
          "{\"ev\":\"error\",\"code\":\"too_many_trailers\",\"offset\":62,\"status\":431}\n"),
    TCASE("trailer line at limit", "--role client --limit max_field_line=34",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X-Trailer-Long: abcdefghijklmnop\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"trailer\",\"name\":\"X-Trailer-Long\",\"value\":\"abcdefghijklmnop\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("trailer line over limit", "--role client --limit max_field_line=33",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X-Trailer-Long: abcdefghijklmnop\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"field_line_too_long\",\"offset\":83,\"status\":431}\n"),
    /* max_chunk_ext counts the bytes between the size and the CR. */
    TCASE("chunk ext at limit", "--role client --limit max_chunk_ext=6",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;ab=cd\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunk ext over limit", "--role client --limit max_chunk_ext=5",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;ab=cd\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"chunk_ext_too_long\",\"offset\":53,\"status\":400}\n"),

    /* Unexpected end of input */
    TCASE("empty input", "--role client",
          "",
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("eof in status line", "--role client",
          "HTTP/1.1 200 O",
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":14,\"status\":400}\n"),
    TCASE("eof after status line", "--role client",
          "HTTP/1.1 200 OK\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":17,\"status\":400}\n"),
    TCASE("eof in field line", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "A: b\r\n"
          "Content-Le",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"A\",\"value\":\"b\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":33,\"status\":400}\n"),
    TCASE("eof before head end", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 5\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":36,\"status\":400}\n"),
    TCASE("eof in head end", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 5\r\n"
          "\r",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":37,\"status\":400}\n"),
    TCASE("eof in cl body", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 10\r\n"
          "\r\n"
          "hello",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"10\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":10,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":44,\"status\":400}\n"),
    TCASE("eof before cl body", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 1\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":1,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":38,\"status\":400}\n"),
    TCASE("eof in chunk data", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\r\n"
          "hel",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hel\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":53,\"status\":400}\n"),
    TCASE("eof after chunk data", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\r\n"
          "hello",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":55,\"status\":400}\n"),
    TCASE("eof in chunk size", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\r\n"
          "hello\r\n"
          "1",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":58,\"status\":400}\n"),
    TCASE("eof in chunk ext", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=\"b",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":53,\"status\":400}\n"),
    TCASE("eof after last chunk", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":50,\"status\":400}\n"),
    TCASE("eof in trailers", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X: y\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"trailer\",\"name\":\"X\",\"value\":\"y\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":56,\"status\":400}\n"),
    TCASE("eof before first chunk", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":47,\"status\":400}\n"),
    TCASE("eof in second response", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "hiHTTP/1.1 200 OK\r\n"
          "Content-Le",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":2,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hi\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":67,\"status\":400}\n"),
    TCASE("eof after interim", "--role client",
          "HTTP/1.1 100 Continue\r\n"
          "\r\n"
          "HTTP/1.1 2",
          "{\"ev\":\"response\",\"status\":100,\"reason\":\"Continue\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":35,\"status\":400}\n"),

    /* More edges */
    /* Answers without a body leave the next bytes to the next response: bytes a
       broken server sends as a body are not a status line. */
    TCASE("204 cl body bytes", "--role client",
          "HTTP/1.1 204 No Content\r\n"
          "Content-Length: 5\r\n"
          "\r\n"
          "hello",
          "{\"ev\":\"response\",\"status\":204,\"reason\":\"No Content\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_status_line\",\"offset\":46,\"status\":400}\n"),
    TCASE("head chunked body bytes", "--role client --method HEAD",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_status_line\",\"offset\":47,\"status\":400}\n"),
    TCASE("crlf before next status", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "hi\r\n"
          "HTTP/1.1 200 OK\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":2,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hi\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_status_line\",\"offset\":40,\"status\":400}\n"),
    TCASE("garbage after response", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "hello",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":2,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"he\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_status_line\",\"offset\":40,\"status\":400}\n"),
    TCASE("no sp before reason", "--role client",
          "HTTP/1.1 200OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status_line\",\"offset\":12,\"status\":400}\n"),
    TCASE("status leading zero", "--role client",
          "HTTP/1.1 0200 OK\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_status\",\"offset\":12,\"status\":400}\n"),
    TCASE("connect 100 then 200", "--role client --method CONNECT --accept-upgrade",
          "HTTP/1.1 100 Continue\r\n"
          "\r\n"
          "HTTP/1.1 200 Connection Established\r\n"
          "\r\n"
          "\x16",
          "{\"ev\":\"response\",\"status\":100,\"reason\":\"Continue\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"Connection Established\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"tunnel\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\\u0016\"}\n"),
    TCASE("field no colon", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "NoColon\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_name\",\"offset\":24,\"status\":400}\n"),
    TCASE("name obs-text", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "X\x80Y: z\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_name\",\"offset\":18,\"status\":400}\n"),
    TCASE("trailer bad name", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "A(B): c\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_name\",\"offset\":51,\"status\":400}\n"),
    TCASE("connection empty", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Connection:\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("connection empty elements", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Connection: ,, close ,\r\n"
          "Content-Length: 0\r\n"
          "\r\n"
          "R",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\",, close ,\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"R\"}\n"),
    /* Offset: the list element that is not a token. */
    TCASE("connection not token list", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Connection: clo se\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_connection\",\"offset\":29,\"status\":400}\n"),
    TCASE("chunk size 16 digits zeros", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0000000000000005\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunk ext empty quoted", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "2;a=\"\"\r\n"
          "hi\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hi\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunk ext trailing semicolon", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "2;a;\r\n"
          "hi\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":51,\"status\":400}\n"),
    /* RFC 9112 7.1: chunk-size [ chunk-ext ] CRLF; BWS belongs to a chunk-ext. */
    TCASE("chunk size trailing sp", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "2 \r\n"
          "hi\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":48,\"status\":400}\n"),
    TCASE("chunk ext limit zero ok", "--role client --limit max_chunk_ext=0",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "2\r\n"
          "hi\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hi\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunk ext limit zero", "--role client --limit max_chunk_ext=0",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "2;a\r\n"
          "hi\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"chunk_ext_too_long\",\"offset\":48,\"status\":400}\n"),
    TCASE("no fields limit zero", "--role client --limit max_header_count=0",
          "HTTP/1.1 200 OK\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"close\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("one field limit zero", "--role client --limit max_header_count=0",
          "HTTP/1.1 200 OK\r\n"
          "A: b\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"too_many_fields\",\"offset\":17,\"status\":431}\n"),
    TCASE("te coding params", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: gzip;level=\"1\", chunked\r\n"
          "\r\n"
          "1\r\n"
          "z\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"gzip;level=\\\"1\\\", chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"z\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* RFC 9110 10.1.4: transfer-parameter = token BWS "=" BWS ( token /
       quoted-string ): no empty name, no missing or empty value. */
    TCASE("te param empty", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: gzip;, chunked\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":41,\"status\":400}\n"),
    TCASE("te param no value", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: gzip;a, chunked\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":42,\"status\":400}\n"),
    TCASE("te param empty value", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: gzip;a=, chunked\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":43,\"status\":400}\n"),
    TCASE("te param last", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked, gzip;\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":50,\"status\":400}\n"),
    /* Limits, far over: the offset is that of the first byte past the limit,
       however long the line or the extension is. */
    TCASE("field line far over", "--role client --limit max_field_line=12",
          "HTTP/1.1 200 OK\r\n"
          "X-Long: abcdefghij\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"field_line_too_long\",\"offset\":29,\"status\":431}\n"),
    TCASE("start line far over", "--role client --limit max_start_line=10",
          "HTTP/1.1 200 OK\r\n"
          "X-Long: abcdefghij\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"start_line_too_long\",\"offset\":10,\"status\":414}\n"),
    TCASE("chunk ext far over", "--role client --limit max_chunk_ext=2",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;abcdefgh\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"chunk_ext_too_long\",\"offset\":50,\"status\":400}\n"),
    TCASE("chunk ext one over", "--role client --limit max_chunk_ext=8",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;abcdefgh\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"chunk_ext_too_long\",\"offset\":56,\"status\":400}\n"),
    TCASE("chunk ext two over", "--role client --limit max_chunk_ext=7",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;abcdefgh\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"chunk_ext_too_long\",\"offset\":55,\"status\":400}\n"),
    TCASE("trailer line far over", "--role client --limit max_field_line=30",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X-Trailer-Long: abcdefghijklmnop\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"field_line_too_long\",\"offset\":80,\"status\":431}\n"),

    /* Per-message state */
    TCASE("chunked close rest", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "Connection: close\r\n"
          "\r\n"
          "2\r\n"
          "hi\r\n"
          "0\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"close\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hi\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"HTTP/1.1 200 OK\\u000d\\u000a\"}\n"),
    TCASE("field count per head", "--role client --limit max_header_count=2",
          "HTTP/1.1 200 OK\r\n"
          "A: 1\r\n"
          "Content-Length: 0\r\n"
          "\r\n"
          "HTTP/1.1 100 Continue\r\n"
          "B: 2\r\n"
          "C: 3\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "D: 4\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"A\",\"value\":\"1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":100,\"reason\":\"Continue\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"B\",\"value\":\"2\"}\n"
          "{\"ev\":\"field\",\"name\":\"C\",\"value\":\"3\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"D\",\"value\":\"4\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("trailers not fields", "--role client --limit max_header_count=1",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "A: 1\r\n"
          "B: 2\r\n"
          "C: 3\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"trailer\",\"name\":\"A\",\"value\":\"1\"}\n"
          "{\"ev\":\"trailer\",\"name\":\"B\",\"value\":\"2\"}\n"
          "{\"ev\":\"trailer\",\"name\":\"C\",\"value\":\"3\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("trailer count per message", "--role client --limit max_trailer_count=1",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "A: 1\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "B: 2\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"trailer\",\"name\":\"A\",\"value\":\"1\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"trailer\",\"name\":\"B\",\"value\":\"2\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("error offset in second", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 1\r\n"
          "\r\n"
          "xHTTP/1.1 200 OK\r\n"
          "Content-Length: 1\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "yz",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":1,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"1\"}\n"
          "{\"ev\":\"error\",\"code\":\"duplicate_content_length\",\"offset\":75,\"status\":400}\n"),
    TCASE("start line limit second", "--role client --limit max_start_line=20",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 1\r\n"
          "\r\n"
          "xHTTP/1.1 200 A long reason\r\n"
          "\r\n",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":1,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"error\",\"code\":\"start_line_too_long\",\"offset\":59,\"status\":414}\n"),
    TCASE("head cl not carried over", "--role client --method HEAD --method GET",
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 3\r\n"
          "\r\n"
          "HTTP/1.1 200 OK\r\n"
          "Content-Length: 3\r\n"
          "\r\n"
          "abc",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"3\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"3\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":3,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abc\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* Found by the llhttp differential fuzz harness: llhttp reads this
       body until close; an empty Transfer-Encoding is refused (header
       STRICTNESS). */
    TCASE("TE empty", "--role client",
          "HTTP/1.1 200 OK\r\n"
          "Transfer-Encoding:\r\n"
          "\r\n"
          "abc",
          "{\"ev\":\"response\",\"status\":200,\"reason\":\"OK\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":35,\"status\":400}\n"),
};
const size_t cases_response_count = sizeof cases_response / sizeof cases_response[0];
