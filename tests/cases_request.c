/* Server role: requests. Every expectation below is written from the
   rules (RFC 9112, RFC 9110, the header's STRICTNESS section and its
   own documentation), not copied from hcdump. Offsets are stream offsets
   of the offending byte (for an empty value, the byte where the value
   should have been); for a field that is wrong as a whole (duplicate,
   conflicting, forbidden, not allowed in this version), of the start of
   its line; for a head-level fault (no Host, last coding not chunked),
   of the empty line that ends the head. */
#include "cases.h"

const tcase cases_request[] = {
    TCASE("minimal GET", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("browser GET", "",
          "GET /search?q=http+parser&lang=en HTTP/1.1\r\n"
          "Host: www.example.com\r\n"
          "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0\r\n"
          "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
          "Accept-Language: en-US,en;q=0.5\r\n"
          "Accept-Encoding: gzip, deflate, br, zstd\r\n"
          "Referer: https://www.example.com/\r\n"
          "Cookie: session=abc123; theme=dark; _ga=GA1.2.3456\r\n"
          "Connection: keep-alive\r\n"
          "Upgrade-Insecure-Requests: 1\r\n"
          "Sec-Fetch-Dest: document\r\n"
          "Sec-Fetch-Mode: navigate\r\n"
          "Sec-Fetch-Site: same-origin\r\n"
          "Sec-Fetch-User: ?1\r\n"
          "Priority: u=0, i\r\n"
          "DNT: 1\r\n"
          "Cache-Control: max-age=0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/search?q=http+parser&lang=en\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"www.example.com\"}\n"
          "{\"ev\":\"field\",\"name\":\"User-Agent\",\"value\":\"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0\"}\n"
          "{\"ev\":\"field\",\"name\":\"Accept\",\"value\":\"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\"}\n"
          "{\"ev\":\"field\",\"name\":\"Accept-Language\",\"value\":\"en-US,en;q=0.5\"}\n"
          "{\"ev\":\"field\",\"name\":\"Accept-Encoding\",\"value\":\"gzip, deflate, br, zstd\"}\n"
          "{\"ev\":\"field\",\"name\":\"Referer\",\"value\":\"https://www.example.com/\"}\n"
          "{\"ev\":\"field\",\"name\":\"Cookie\",\"value\":\"session=abc123; theme=dark; _ga=GA1.2.3456\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"keep-alive\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade-Insecure-Requests\",\"value\":\"1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Sec-Fetch-Dest\",\"value\":\"document\"}\n"
          "{\"ev\":\"field\",\"name\":\"Sec-Fetch-Mode\",\"value\":\"navigate\"}\n"
          "{\"ev\":\"field\",\"name\":\"Sec-Fetch-Site\",\"value\":\"same-origin\"}\n"
          "{\"ev\":\"field\",\"name\":\"Sec-Fetch-User\",\"value\":\"?1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Priority\",\"value\":\"u=0, i\"}\n"
          "{\"ev\":\"field\",\"name\":\"DNT\",\"value\":\"1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Cache-Control\",\"value\":\"max-age=0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("POST length", "",
          "POST /api/items HTTP/1.1\r\n"
          "Host: api.example.com\r\n"
          "Content-Type: application/json\r\n"
          "Content-Length: 25\r\n"
          "\r\n"
          "{\"name\":\"widget\",\"qty\":3}",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/api/items\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"api.example.com\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Type\",\"value\":\"application/json\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"25\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":25,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"{\\\"name\\\":\\\"widget\\\",\\\"qty\\\":3}\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("POST chunked trailers", "",
          "POST /upload HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "Trailer: Checksum, X-Other\r\n"
          "\r\n"
          "5;name=value\r\n"
          "hello\r\n"
          "6;a;b=\"q s\"\r\n"
          " world\r\n"
          "0\r\n"
          "Checksum: abc\r\n"
          "X-Other: 1\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/upload\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"field\",\"name\":\"Trailer\",\"value\":\"Checksum, X-Other\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello world\"}\n"
          "{\"ev\":\"trailer\",\"name\":\"Checksum\",\"value\":\"abc\"}\n"
          "{\"ev\":\"trailer\",\"name\":\"X-Other\",\"value\":\"1\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("TE gzip, chunked", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: gzip, chunked\r\n"
          "\r\n"
          "5\r\n"
          "\x1f\x8b\x08\x00\x01\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"gzip, chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"\\u001f\\u008b\\u0008\\u0000\\u0001\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("TE empty element", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: , chunked\r\n"
          "\r\n"
          "3\r\n"
          "abc\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\", chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abc\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("TE two lines", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: gzip\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "1\r\n"
          "x\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"gzip\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("TE Chunked case", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "transfer-encoding: CHUNKED\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"transfer-encoding\",\"value\":\"CHUNKED\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunk hex forms", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "000A\r\n"
          "0123456789\r\n"
          "b \t;x\r\n"
          "abcdefghijk\r\n"
          "0;last=\"yes\"\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"0123456789abcdefghijk\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* Size lines that share their first bytes with the one before: the
       chunk decoder recognises a repeated line by its bytes, so a repeat
       must match the whole line, CRLF included. */
    TCASE("chunk size lines alike", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "10\r\n"
          "abcdefghijklmnop\r\n"
          "10\r\n"
          "ABCDEFGHIJKLMNOP\r\n"
          "10;e=1\r\n"
          "qrstuvwxyz012345\r\n"
          "1\r\n"
          "Q\r\n"
          "10\r\n"
          "6789abcdefghijkl\r\n"
          "1a\r\n"
          "mnopqrstuvwxyzABCDEFGHIJKL\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abcdefghijklmnopABCDEFGHIJKLMNOPqrstuvwxyz012345Q6789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* Size lines of a 64-bit word exactly (8 bytes) and one byte longer,
       each repeated: the longest line the decoder remembers, and the
       shortest it does not. */
    TCASE("chunk size lines a word long", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "000003\r\n"
          "abc\r\n"
          "000003\r\n"
          "def\r\n"
          "0000003\r\n"
          "ghi\r\n"
          "0000003\r\n"
          "jkl\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abcdefghijkl\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* "chunked" is known by its length and its letters both: a coding of
       seven other letters, or with "chunked" as a prefix, is another. */
    TCASE("TE seven letters then chunked", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: deflate, chunked\r\n"
          "\r\n"
          "1\r\nx\r\n0\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"deflate, chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("TE chunked as a prefix then chunked", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunkedx, chunked\r\n"
          "\r\n"
          "1\r\nx\r\n0\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunkedx, chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* Size lines of one length but other digits, and the same byte after
       them: the second is not taken for the first. */
    TCASE("chunk size lines of one length", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "3\r\nabc\r\n"
          "5\r\nabcde\r\n"
          "7\r\nabcdefg\r\n"
          "0\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abcabcdeabcdefg\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Host with _ and ~", "",
          "GET / HTTP/1.1\r\n"
          "Host: a_b~c\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a_b~c\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunk size line repeated but for a bare CR", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "10\r\n"
          "abcdefghijklmnop\r\n"
          "10\rxqrstuvwxyz012345\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abcdefghijklmnop\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":80,\"status\":400}\n"),
    /* The same, with a byte in place of the LF that differs from it only
       in its top bits ('j' is 0x6A, LF 0x0A): the whole LF is compared. */
    TCASE("chunk size line repeated but for its LF", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "3\r\nabc\r\n"
          "3\rjabcdefghijklmnop\r\n"
          "0\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abc\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":65,\"status\":400}\n"),
    TCASE("chunk ext BWS", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "2 ; a = b ;c= \"d\\\"e\"\r\n"
          "ok\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"ok\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("HTTP/1.0 no Host", "",
          "GET / HTTP/1.0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* Connection options are whole tokens: one letter off is no option
       (RFC 9110 section 7.6.1), so HTTP/1.0 stays non-persistent. */
    TCASE("HTTP/1.0 keep-alive misspelt", "",
          "GET /a HTTP/1.0\r\n"
          "Connection: keep-alivX\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/a\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"keep-alivX\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("HTTP/1.0 keep-alive", "",
          "GET /a HTTP/1.0\r\n"
          "Connection: keep-alive\r\n"
          "\r\n"
          "GET /b HTTP/1.0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/a\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"keep-alive\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/b\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("HTTP/1.0 POST close rest", "",
          "POST /f HTTP/1.0\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "hiGET / HTTP/1.0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/f\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":2,\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hi\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"GET / HTTP/1.0\\u000d\\u000a\\u000d\\u000a\"}\n"),
    TCASE("close hands back rest", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Connection: close\r\n"
          "\r\n"
          "GET /x HTTP/1.1\r\n"
          "\r\n"
          "\x00junk",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"close\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"GET /x HTTP/1.1\\u000d\\u000a\\u000d\\u000a\\u0000junk\"}\n"),
    TCASE("Connection list", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Connection: , keep-alive ,, CLOSE\r\n"
          "\r\n"
          "X",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\", keep-alive ,, CLOSE\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"X\"}\n"),
    TCASE("HTTP/1.2", "",
          "GET / HTTP/1.2\r\n"
          "Host: a\r\n"
          "\r\n"
          "GET /2 HTTP/1.9\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.2\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/2\",\"version\":\"1.9\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("leading CRLF", "",
          "\r\n"
          "\r\n"
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("only CRLF", "",
          "\r\n"
          "\r\n",
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("empty input", "",
          "",
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("pipelined 3", "",
          "GET /1 HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n"
          "POST /2 HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: 3\r\n"
          "\r\n"
          "abc\r\n"
          "DELETE /3 HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/1\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/2\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"3\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":3,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abc\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"request\",\"method\":\"DELETE\",\"target\":\"/3\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("pipelined after chunked", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "2\r\n"
          "ab\r\n"
          "0\r\n"
          "T: 1\r\n"
          "\r\n"
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"ab\"}\n"
          "{\"ev\":\"trailer\",\"name\":\"T\",\"value\":\"1\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("OPTIONS *", "",
          "OPTIONS * HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"OPTIONS\",\"target\":\"*\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* asterisk-form is the single byte "*" (RFC 9112 section 3.2.4): one
       more byte makes it no form at all. */
    TCASE("OPTIONS asterisk then more", "",
          "OPTIONS *x HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":8,\"status\":400}\n"),
    TCASE("OPTIONS asterisk slash", "",
          "OPTIONS */ HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":8,\"status\":400}\n"),
    TCASE("absolute-form port", "",
          "GET http://example.com:8080/a/b?c=d HTTP/1.1\r\n"
          "Host: example.com:8080\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"http://example.com:8080/a/b?c=d\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"example.com:8080\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("absolute-form https", "",
          "GET https://example.com HTTP/1.1\r\n"
          "Host: example.com\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"https://example.com\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"example.com\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("other methods", "",
          "PROPFIND /d HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n"
          "get /l HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"PROPFIND\",\"target\":\"/d\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"request\",\"method\":\"get\",\"target\":\"/l\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("CONNECT declined", "",
          "CONNECT example.com:443 HTTP/1.1\r\n"
          "Host: example.com:443\r\n"
          "\r\n"
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"CONNECT\",\"target\":\"example.com:443\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"example.com:443\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("CONNECT accepted", "--accept-upgrade",
          "CONNECT example.com:443 HTTP/1.1\r\n"
          "Host: example.com:443\r\n"
          "\r\n"
          "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",
          "{\"ev\":\"request\",\"method\":\"CONNECT\",\"target\":\"example.com:443\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"example.com:443\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\\u0016\\u0003\\u0001\\u0002\\u0000\\u0001\\u0000\\u0001\\u00fc\\u0003\\u0003\"}\n"),
    TCASE("CONNECT length 0", "--accept-upgrade",
          "CONNECT [::1]:8443 HTTP/1.1\r\n"
          "Host: [::1]:8443\r\n"
          "Content-Length: 0\r\n"
          "\r\n"
          "x",
          "{\"ev\":\"request\",\"method\":\"CONNECT\",\"target\":\"[::1]:8443\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"[::1]:8443\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"x\"}\n"),
    TCASE("websocket accepted", "--accept-upgrade",
          "GET /chat HTTP/1.1\r\n"
          "Host: server.example.com\r\n"
          "Upgrade: websocket\r\n"
          "Connection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\n"
          "\r\n"
          "\x81\x85" "7\xfa!=\x7f\x9fMQX",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/chat\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"server.example.com\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"websocket\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"Upgrade\"}\n"
          "{\"ev\":\"field\",\"name\":\"Sec-WebSocket-Key\",\"value\":\"dGhlIHNhbXBsZSBub25jZQ==\"}\n"
          "{\"ev\":\"field\",\"name\":\"Sec-WebSocket-Version\",\"value\":\"13\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\\u0081\\u00857\\u00fa!=\\u007f\\u009fMQX\"}\n"),
    TCASE("websocket declined", "",
          "GET /chat HTTP/1.1\r\n"
          "Host: server.example.com\r\n"
          "Upgrade: websocket\r\n"
          "Connection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\n"
          "\r\n"
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/chat\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"server.example.com\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"websocket\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"Upgrade\"}\n"
          "{\"ev\":\"field\",\"name\":\"Sec-WebSocket-Key\",\"value\":\"dGhlIHNhbXBsZSBub25jZQ==\"}\n"
          "{\"ev\":\"field\",\"name\":\"Sec-WebSocket-Version\",\"value\":\"13\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("upgrade declined close", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Upgrade: h2c\r\n"
          "Connection: Upgrade, close\r\n"
          "\r\n"
          "PRI",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"h2c\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"Upgrade, close\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":false,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"end\",\"rest\":\"PRI\"}\n"),
    TCASE("upgrade no option", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Upgrade: websocket\r\n"
          "Connection: keep-alive\r\n"
          "\r\n"
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"websocket\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"keep-alive\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("upgrade empty", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Upgrade:\r\n"
          "Connection: upgrade\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"upgrade\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("upgrade HTTP/1.0", "",
          "GET / HTTP/1.0\r\n"
          "Upgrade: websocket\r\n"
          "Connection: Upgrade\r\n"
          "\r\n"
          "rest",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"websocket\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"Upgrade\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"rest\"}\n"),
    TCASE("Expect 100-continue", "",
          "PUT /f HTTP/1.1\r\n"
          "Host: a\r\n"
          "Expect: 100-continue\r\n"
          "Content-Length: 5\r\n"
          "\r\n"
          "hello",
          "{\"ev\":\"request\",\"method\":\"PUT\",\"target\":\"/f\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Expect\",\"value\":\"100-continue\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":5,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":true}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Expect case", "",
          "PUT /f HTTP/1.1\r\n"
          "Host: a\r\n"
          "expect: 100-Continue\r\n"
          "Content-Length: 1\r\n"
          "\r\n"
          "x",
          "{\"ev\":\"request\",\"method\":\"PUT\",\"target\":\"/f\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"expect\",\"value\":\"100-Continue\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":1,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":true}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Expect other", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Expect: something-else\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Expect\",\"value\":\"something-else\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Expect HTTP/1.0", "",
          "PUT /f HTTP/1.0\r\n"
          "Expect: 100-continue\r\n"
          "Content-Length: 2\r\n"
          "\r\n"
          "ok",
          "{\"ev\":\"request\",\"method\":\"PUT\",\"target\":\"/f\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"field\",\"name\":\"Expect\",\"value\":\"100-continue\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"2\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":2,\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"ok\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("obs-text kept", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X-Name: caf\xc3\xa9 \xa0\r\n"
          "X-N: \x85x\x85\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-Name\",\"value\":\"caf\\u00c3\\u00a9 \\u00a0\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-N\",\"value\":\"\\u0085x\\u0085\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("HTAB in value", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X-Tab: a\tb\t \tc\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-Tab\",\"value\":\"a\\u0009b\\u0009 \\u0009c\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("OWS trimmed", "",
          "GET / HTTP/1.1\r\n"
          "Host:\t a \t\r\n"
          "X:  \t one two \t \r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"X\",\"value\":\"one two\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("empty value", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X-Empty:\r\n"
          "X-Blank: \t \r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-Empty\",\"value\":\"\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-Blank\",\"value\":\"\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("value punctuation", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X-P: \"q\" \\ ,;:=@()<>[]{}/?!~`'\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"X-P\",\"value\":\"\\\"q\\\" \\\\ ,;:=@()<>[]{}/?!~`'\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("name tchars", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "!#$%&'*+-.^_`|~09azAZ: v\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"!#$%&'*+-.^_`|~09azAZ\",\"value\":\"v\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Content-Length 0", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: 0\r\n"
          "\r\n"
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Content-Length 007", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "content-length: 007\r\n"
          "\r\n"
          "1234567",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"content-length\",\"value\":\"007\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":7,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"1234567\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Content-Length OWS", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: \t3 \r\n"
          "\r\n"
          "abc",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"3\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":3,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abc\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Content-Length max", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: 18446744073709551615\r\n"
          "\r\n"
          "abc",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"18446744073709551615\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":18446744073709551615,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abc\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":69,\"status\":400}\n"),
    TCASE("Host IPv6 port", "",
          "GET / HTTP/1.1\r\n"
          "Host: [2001:db8::1]:8080\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"[2001:db8::1]:8080\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Host forms", "",
          "GET / HTTP/1.1\r\n"
          "HOST: 192.0.2.1:80\r\n"
          "\r\n"
          "GET / HTTP/1.1\r\n"
          "host: xn--bcher-kva.example%2D1\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"HOST\",\"value\":\"192.0.2.1:80\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"host\",\"value\":\"xn--bcher-kva.example%2D1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Host empty port", "",
          "GET / HTTP/1.1\r\n"
          "Host: a:\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a:\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* RFC 9112 3.3, RFC 9110 4.2.1: an origin-form target with an empty
       Host gives an "http" URI with an empty authority: refused. An
       absolute-form target carries its own authority. */
    TCASE("empty Host", "",
          "GET / HTTP/1.1\r\n"
          "Host:\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":21,\"status\":400}\n"),
    TCASE("empty Host absolute-form", "",
          "GET http://example.com/x HTTP/1.1\r\n"
          "Host:\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"http://example.com/x\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("empty Host OPTIONS *", "",
          "OPTIONS * HTTP/1.1\r\n"
          "Host: \r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"OPTIONS\",\"target\":\"*\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":26,\"status\":400}\n"),
    /* RFC 3986 section 2: these bytes appear in no URI component. */
    TCASE("target backslash", "",
          "GET /a\\b HTTP/1.1\r\nHost: a\r\n\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":6,\"status\":400}\n"),
    TCASE("target quote", "",
          "GET /a\"b HTTP/1.1\r\nHost: a\r\n\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":6,\"status\":400}\n"),
    TCASE("target angle", "",
          "GET /<script> HTTP/1.1\r\nHost: a\r\n\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":5,\"status\":400}\n"),
    TCASE("target pipe", "",
          "GET /?a=1|2 HTTP/1.1\r\nHost: a\r\n\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":9,\"status\":400}\n"),
    TCASE("target braces", "",
          "GET /{x} HTTP/1.1\r\nHost: a\r\n\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":5,\"status\":400}\n"),
    TCASE("target caret backtick", "",
          "GET /^` HTTP/1.1\r\nHost: a\r\n\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":5,\"status\":400}\n"),
    TCASE("target bad pct", "",
          "GET /a%zz HTTP/1.1\r\nHost: a\r\n\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":6,\"status\":400}\n"),
    TCASE("target truncated pct", "",
          "GET /a%2 HTTP/1.1\r\nHost: a\r\n\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":6,\"status\":400}\n"),
    TCASE("target good pct and sub-delims", "",
          "GET /a%2Fb;p=1/c@d:e?x=$&y='(*)+,!~ HTTP/1.1\r\nHost: a\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/a%2Fb;p=1/c@d:e?x=$&y='(*)+,!~\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("upgrade empty list", "",
          "GET / HTTP/1.1\r\nHost: a\r\nUpgrade: ,\r\nConnection: upgrade\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\",\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"upgrade\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* RFC 9110 section 7.8: Upgrade = #protocol, protocol-name ["/"
       protocol-version], both tokens. A malformed offer is refused, not
       ignored: a recipient that took it for an offer would switch where
       this parser reads on (found by the llhttp differential harness). */
    TCASE("upgrade quoted", "--accept-upgrade",
          "GET / HTTP/1.1\r\nHost: a\r\nUpgrade: \"websocket\r\nConnection: upgrade\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_upgrade\",\"offset\":34,\"status\":400}\n"),
    TCASE("upgrade version missing", "--accept-upgrade",
          "GET / HTTP/1.1\r\nHost: a\r\nUpgrade: h2c, TLS/\r\nConnection: upgrade\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_upgrade\",\"offset\":39,\"status\":400}\n"),
    TCASE("upgrade two versions", "",
          "GET / HTTP/1.1\r\nHost: a\r\nUpgrade: x/1/2\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_upgrade\",\"offset\":34,\"status\":400}\n"),
    TCASE("upgrade with versions", "--accept-upgrade",
          "GET / HTTP/1.1\r\nHost: a\r\nUpgrade: TLS/1.2, h2c\r\nConnection: upgrade\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"TLS/1.2, h2c\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"upgrade\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"switched\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* Empty lines before a request line count toward max_start_line. */
    TCASE("leading CRLFs at the limit", "--limit max_start_line=30",
          "\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n"
          "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("leading CRLFs over the limit", "--limit max_start_line=30",
          "\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n"
          "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
          "{\"ev\":\"error\",\"code\":\"start_line_too_long\",\"offset\":30,\"status\":414}\n"),
    TCASE("leading CRLFs counted per message", "--limit max_start_line=20",
          "\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* Names that CGI-style gateways would read as the framing fields. */
    TCASE("Content_Length look-alike", "",
          "POST / HTTP/1.1\r\nHost: a\r\nContent_Length: 5\r\n\r\nhello",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_name\",\"offset\":26,\"status\":400}\n"),
    TCASE("transfer_encoding look-alike", "",
          "POST / HTTP/1.1\r\nHost: a\r\ntransfer_encoding: chunked\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_name\",\"offset\":26,\"status\":400}\n"),
    TCASE("other underscore names pass", "",
          "GET / HTTP/1.1\r\nHost: a\r\nX_Trace_Id: 7\r\nContent_Lengths: 1\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"X_Trace_Id\",\"value\":\"7\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content_Lengths\",\"value\":\"1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("trailer leading whitespace", "",
          "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n x: y\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"leading_whitespace\",\"offset\":59,\"status\":400}\n"),
    TCASE("chunk 16 digits", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "ffffffffffffffff\r\n"
          "ab",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"ab\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":76,\"status\":400}\n"),
    TCASE("EOF in body", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: 10\r\n"
          "\r\n"
          "hello",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"10\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":10,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":53,\"status\":400}\n"),
    TCASE("EOF in head", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":25,\"status\":400}\n"),
    TCASE("EOF in field line", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":24,\"status\":400}\n"),
    TCASE("EOF in request line", "",
          "GET / HT",
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":8,\"status\":400}\n"),
    TCASE("EOF in chunk data", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\r\n"
          "hel",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hel\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":62,\"status\":400}\n"),
    TCASE("EOF before chunk CRLF", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\r\n"
          "hello",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":64,\"status\":400}\n"),
    TCASE("EOF in chunk size", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=b",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":61,\"status\":400}\n"),
    TCASE("EOF in trailers", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X: 1\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"trailer\",\"name\":\"X\",\"value\":\"1\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":65,\"status\":400}\n"),
    TCASE("EOF before chunk", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":56,\"status\":400}\n"),
    TCASE("method @", "",
          "G@T / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_method\",\"offset\":1,\"status\":400}\n"),
    TCASE("method NUL", "",
          "GE\x00T / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_method\",\"offset\":2,\"status\":400}\n"),
    TCASE("method slash", "",
          "GET/ HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_method\",\"offset\":3,\"status\":400}\n"),
    TCASE("method UTF-8", "",
          "G\xc3\x89T / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_method\",\"offset\":1,\"status\":400}\n"),
    TCASE("double SP", "",
          "GET  / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_request_line\",\"offset\":4,\"status\":400}\n"),
    TCASE("double SP before version", "",
          "GET /  HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_request_line\",\"offset\":6,\"status\":400}\n"),
    TCASE("leading SP", "",
          " GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_request_line\",\"offset\":0,\"status\":400}\n"),
    TCASE("tab separator", "",
          "GET\t/ HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_request_line\",\"offset\":3,\"status\":400}\n"),
    TCASE("tab before version", "",
          "GET /\tHTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_request_line\",\"offset\":5,\"status\":400}\n"),
    TCASE("HTTP/0.9", "",
          "GET /\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_request_line\",\"offset\":5,\"status\":400}\n"),
    TCASE("method only", "",
          "GET\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_request_line\",\"offset\":3,\"status\":400}\n"),
    TCASE("trailing SP", "",
          "GET / HTTP/1.1 \r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_request_line\",\"offset\":14,\"status\":400}\n"),
    TCASE("missing version", "",
          "GET / \r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_request_line\",\"offset\":6,\"status\":400}\n"),
    TCASE("version lowercase", "",
          "GET / http/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_version\",\"offset\":6,\"status\":400}\n"),
    TCASE("version 1.10", "",
          "GET / HTTP/1.10\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_version\",\"offset\":14,\"status\":400}\n"),
    TCASE("version HTTP/1", "",
          "GET / HTTP/1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_version\",\"offset\":12,\"status\":400}\n"),
    TCASE("version 1.x", "",
          "GET / HTTP/1.x\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_version\",\"offset\":13,\"status\":400}\n"),
    TCASE("version 11.1", "",
          "GET / HTTP/11.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_version\",\"offset\":12,\"status\":400}\n"),
    TCASE("HTTP/2.0", "",
          "GET / HTTP/2.0\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"unsupported_version\",\"offset\":6,\"status\":505}\n"),
    TCASE("HTTP/0.9 token", "",
          "GET / HTTP/0.9\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"unsupported_version\",\"offset\":6,\"status\":505}\n"),
    TCASE("HTTP/3.0", "",
          "GET / HTTP/3.0\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"unsupported_version\",\"offset\":6,\"status\":505}\n"),
    TCASE("h2 preface", "",
          "PRI * HTTP/2.0\r\n"
          "\r\n"
          "SM\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"unsupported_version\",\"offset\":6,\"status\":505}\n"),
    TCASE("target #", "",
          "GET /a#frag HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":6,\"status\":400}\n"),
    TCASE("target 0x80", "",
          "GET /caf\x80 HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":8,\"status\":400}\n"),
    TCASE("target DEL", "",
          "GET /a\x7f HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":6,\"status\":400}\n"),
    TCASE("target CTL", "",
          "GET /a\x01" "b HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":6,\"status\":400}\n"),
    TCASE("target NUL", "",
          "GET /\x00 HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":5,\"status\":400}\n"),
    TCASE("absolute userinfo", "",
          "GET http://user@example.com/ HTTP/1.1\r\n"
          "Host: example.com\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":15,\"status\":400}\n"),
    TCASE("absolute empty host", "",
          "GET http:///x HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":11,\"status\":400}\n"),
    TCASE("absolute-form with a byte between : and //", "",
          "GET http:a//b HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":9,\"status\":400}\n"),
    TCASE("asterisk for GET", "",
          "GET * HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":4,\"status\":400}\n"),
    TCASE("authority for GET", "",
          "GET example.com:443 HTTP/1.1\r\n"
          "Host: example.com\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":16,\"status\":400}\n"),
    TCASE("CONNECT origin", "",
          "CONNECT / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":8,\"status\":400}\n"),
    TCASE("CONNECT absolute", "",
          "CONNECT http://a:1/ HTTP/1.1\r\n"
          "Host: a:1\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":13,\"status\":400}\n"),
    TCASE("CONNECT origin-form", "",
          "CONNECT /x HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":8,\"status\":400}\n"),
    TCASE("CONNECT authority with a path", "",
          "CONNECT a/x HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":9,\"status\":400}\n"),
    /* scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), from its
       second byte on too. */
    TCASE("absolute-form scheme with _", "",
          "GET h_tp://a/ HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":5,\"status\":400}\n"),
    TCASE("CONNECT no port", "",
          "CONNECT example.com HTTP/1.1\r\n"
          "Host: example.com\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":19,\"status\":400}\n"),
    TCASE("CONNECT empty port", "",
          "CONNECT example.com: HTTP/1.1\r\n"
          "Host: example.com\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":20,\"status\":400}\n"),
    TCASE("CONNECT port 65536", "",
          "CONNECT example.com:65536 HTTP/1.1\r\n"
          "Host: example.com\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":20,\"status\":400}\n"),
    TCASE("CONNECT userinfo", "",
          "CONNECT user@example.com:443 HTTP/1.1\r\n"
          "Host: example.com:443\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":12,\"status\":400}\n"),
    TCASE("LF ends request line", "",
          "GET / HTTP/1.1\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":14,\"status\":400}\n"),
    TCASE("CR in request line", "",
          "GET / HTTP/1.1\rHost: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":14,\"status\":400}\n"),
    TCASE("CR in target", "",
          "GET /\r HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":5,\"status\":400}\n"),
    TCASE("LF after method", "",
          "GET\n",
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":3,\"status\":400}\n"),
    TCASE("leading LF", "",
          "\n"
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":0,\"status\":400}\n"),
    TCASE("leading CR CR", "",
          "\r\r\n"
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":0,\"status\":400}\n"),
    TCASE("CRLF then LF", "",
          "\r\n"
          "\n"
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":2,\"status\":400}\n"),
    TCASE("LF between requests", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n"
          "\n"
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":27,\"status\":400}\n"),
    TCASE("2nd request bad", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n"
          "G@T / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_method\",\"offset\":28,\"status\":400}\n"),
    TCASE("LF ends field", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\n"
          "X: b\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":23,\"status\":400}\n"),
    TCASE("CR in field", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\rX: b\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":23,\"status\":400}\n"),
    TCASE("LF ends head", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":25,\"status\":400}\n"),
    TCASE("CR ends head", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":25,\"status\":400}\n"),
    TCASE("LF in name", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X\n"
          ": b\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":26,\"status\":400}\n"),
    TCASE("CR in value", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X: a\rb\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":29,\"status\":400}\n"),
    TCASE("leading SP field", "",
          "GET / HTTP/1.1\r\n"
          " Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"leading_whitespace\",\"offset\":16,\"status\":400}\n"),
    TCASE("leading HTAB field", "",
          "GET / HTTP/1.1\r\n"
          "\tHost: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"leading_whitespace\",\"offset\":16,\"status\":400}\n"),
    TCASE("whitespace line", "",
          "GET / HTTP/1.1\r\n"
          " \r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"leading_whitespace\",\"offset\":16,\"status\":400}\n"),
    TCASE("obs-fold", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X: b\r\n"
          " c\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"X\",\"value\":\"b\"}\n"
          "{\"ev\":\"error\",\"code\":\"obs_fold\",\"offset\":31,\"status\":400}\n"),
    TCASE("obs-fold HTAB", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X: b\r\n"
          "\tc\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"X\",\"value\":\"b\"}\n"
          "{\"ev\":\"error\",\"code\":\"obs_fold\",\"offset\":31,\"status\":400}\n"),
    TCASE("SP before colon", "",
          "GET / HTTP/1.1\r\n"
          "Host : a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"whitespace_before_colon\",\"offset\":20,\"status\":400}\n"),
    TCASE("HTAB before colon", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length\t: 0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"whitespace_before_colon\",\"offset\":39,\"status\":400}\n"),
    TCASE("no colon", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X-No-Colon\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_name\",\"offset\":35,\"status\":400}\n"),
    TCASE("empty name", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          ": v\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_name\",\"offset\":25,\"status\":400}\n"),
    TCASE("name @", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X@Y: v\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_name\",\"offset\":26,\"status\":400}\n"),
    TCASE("name quote", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X\"Y: v\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_name\",\"offset\":26,\"status\":400}\n"),
    TCASE("name 0xFF", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X\xffY: v\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_name\",\"offset\":26,\"status\":400}\n"),
    TCASE("name NUL", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X\x00Y: v\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_name\",\"offset\":26,\"status\":400}\n"),
    TCASE("value NUL", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X: a\x00" "b\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_value\",\"offset\":29,\"status\":400}\n"),
    TCASE("value DEL", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X: a\x7f" "b\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_value\",\"offset\":29,\"status\":400}\n"),
    TCASE("value 0x01", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X: \x01\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_value\",\"offset\":28,\"status\":400}\n"),
    TCASE("value ESC", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X: a\x1b[0m\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_value\",\"offset\":29,\"status\":400}\n"),
    TCASE("value VT", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X: a\x0b\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_value\",\"offset\":29,\"status\":400}\n"),
    TCASE("value 0x1F", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X: a \x1f\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_value\",\"offset\":30,\"status\":400}\n"),
    TCASE("CL sign +", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: +5\r\n"
          "\r\n"
          "hello",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":42,\"status\":400}\n"),
    TCASE("CL sign -", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: -1\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":42,\"status\":400}\n"),
    TCASE("CL hex", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: 0x5\r\n"
          "\r\n"
          "hello",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":43,\"status\":400}\n"),
    TCASE("CL inner space", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: 1 2\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":43,\"status\":400}\n"),
    TCASE("CL empty", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length:\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":41,\"status\":400}\n"),
    TCASE("CL blank", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length:  \r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":43,\"status\":400}\n"),
    TCASE("CL list", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: 5, 5\r\n"
          "\r\n"
          "hello",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":43,\"status\":400}\n"),
    TCASE("CL decimal point", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: 5.0\r\n"
          "\r\n"
          "hello",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":43,\"status\":400}\n"),
    TCASE("CL overflow 20 nines", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: 99999999999999999999\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":61,\"status\":400}\n"),
    TCASE("CL overflow 2^64", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: 18446744073709551616\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_content_length\",\"offset\":61,\"status\":400}\n"),
    TCASE("CL overflow long", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: 000000000000000000000000000001\r\n"
          "\r\n"
          "x",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"000000000000000000000000000001\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":1,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"x\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("CL duplicate equal", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: 5\r\n"
          "Content-Length: 5\r\n"
          "\r\n"
          "hello",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"error\",\"code\":\"duplicate_content_length\",\"offset\":45,\"status\":400}\n"),
    TCASE("CL duplicate differ", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: 5\r\n"
          "content-length: 6\r\n"
          "\r\n"
          "hello!",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"error\",\"code\":\"duplicate_content_length\",\"offset\":45,\"status\":400}\n"),
    TCASE("CL then TE", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: 5\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"5\"}\n"
          "{\"ev\":\"error\",\"code\":\"conflicting_framing\",\"offset\":45,\"status\":400}\n"),
    TCASE("TE then CL", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "Content-Length: 5\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"error\",\"code\":\"conflicting_framing\",\"offset\":54,\"status\":400}\n"),
    TCASE("TE then CL 0", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "Content-Length: 0\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"error\",\"code\":\"conflicting_framing\",\"offset\":54,\"status\":400}\n"),
    TCASE("TE gzip only", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: gzip\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"gzip\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":51,\"status\":400}\n"),
    TCASE("TE chunked, gzip", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked, gzip\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked, gzip\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":60,\"status\":400}\n"),
    TCASE("TE chunked twice", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked, chunked\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":54,\"status\":400}\n"),
    TCASE("TE chunked twice lines", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":73,\"status\":400}\n"),
    TCASE("TE chunked param", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked;q=1\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":52,\"status\":400}\n"),
    TCASE("TE HTTP/1.0", "",
          "POST / HTTP/1.0\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":17,\"status\":400}\n"),
    TCASE("TE empty", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding:\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":44,\"status\":400}\n"),
    TCASE("TE bad token", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: @\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":45,\"status\":400}\n"),
    TCASE("TE bad param", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: gzip;=1, chunked\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":50,\"status\":400}\n"),
    TCASE("Connection bad", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Connection: close, @x\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_connection\",\"offset\":44,\"status\":400}\n"),
    /* An unterminated quoted string: the error points at its quote. */
    TCASE("Connection quote unterminated", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Connection: close, \"x\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_connection\",\"offset\":44,\"status\":400}\n"),
    TCASE("Connection slash", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Connection: /\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_connection\",\"offset\":37,\"status\":400}\n"),
    TCASE("missing Host", "",
          "GET / HTTP/1.1\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"missing_host\",\"offset\":16,\"status\":400}\n"),
    TCASE("missing Host fields", "",
          "GET / HTTP/1.1\r\n"
          "X: 1\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"X\",\"value\":\"1\"}\n"
          "{\"ev\":\"error\",\"code\":\"missing_host\",\"offset\":22,\"status\":400}\n"),
    TCASE("missing Host 1.2", "",
          "GET / HTTP/1.2\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.2\"}\n"
          "{\"ev\":\"error\",\"code\":\"missing_host\",\"offset\":16,\"status\":400}\n"),
    TCASE("duplicate Host", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"duplicate_host\",\"offset\":25,\"status\":400}\n"),
    TCASE("duplicate Host 1.0", "",
          "GET / HTTP/1.0\r\n"
          "Host: a\r\n"
          "host: b\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"duplicate_host\",\"offset\":25,\"status\":400}\n"),
    TCASE("duplicate Host empty", "",
          "GET http://a/ HTTP/1.1\r\n"
          "Host:\r\n"
          "Host:\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"http://a/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"\"}\n"
          "{\"ev\":\"error\",\"code\":\"duplicate_host\",\"offset\":31,\"status\":400}\n"),
    /* pct-encoded in a reg-name is '%' and two hex digits (RFC 3986
       section 2.1), within the Host value. */
    TCASE("Host bad percent", "",
          "GET / HTTP/1.1\r\n"
          "Host: ex%zzample.com\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":24,\"status\":400}\n"),
    TCASE("Host percent cut by the end", "",
          "GET / HTTP/1.1\r\n"
          "Host: a%4\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":23,\"status\":400}\n"),
    TCASE("Host userinfo", "",
          "GET / HTTP/1.1\r\n"
          "Host: user@a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":26,\"status\":400}\n"),
    TCASE("Host space", "",
          "GET / HTTP/1.1\r\n"
          "Host: a b\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":23,\"status\":400}\n"),
    TCASE("Host bad port", "",
          "GET / HTTP/1.1\r\n"
          "Host: a:8o\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":25,\"status\":400}\n"),
    TCASE("Host two ports", "",
          "GET / HTTP/1.1\r\n"
          "Host: a:1:2\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":25,\"status\":400}\n"),
    TCASE("Host slash", "",
          "GET / HTTP/1.1\r\n"
          "Host: a/b\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":23,\"status\":400}\n"),
    TCASE("CONNECT CL 5", "",
          "CONNECT a.example:443 HTTP/1.1\r\n"
          "Host: a.example:443\r\n"
          "Content-Length: 5\r\n"
          "\r\n"
          "hello",
          "{\"ev\":\"request\",\"method\":\"CONNECT\",\"target\":\"a.example:443\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a.example:443\"}\n"
          "{\"ev\":\"error\",\"code\":\"connect_with_body\",\"offset\":53,\"status\":400}\n"),
    TCASE("CONNECT TE", "",
          "CONNECT a.example:443 HTTP/1.1\r\n"
          "Host: a.example:443\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"CONNECT\",\"target\":\"a.example:443\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a.example:443\"}\n"
          "{\"ev\":\"error\",\"code\":\"connect_with_body\",\"offset\":53,\"status\":400}\n"),
    TCASE("chunk size x", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "xyz\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":56,\"status\":400}\n"),
    TCASE("chunk size 5g", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5g\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":57,\"status\":400}\n"),
    TCASE("chunk size 17", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "10000000000000000\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":72,\"status\":400}\n"),
    TCASE("chunk size 17 zeros", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "00000000000000000\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":72,\"status\":400}\n"),
    TCASE("chunk size empty", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":56,\"status\":400}\n"),
    TCASE("chunk size leading SP", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          " 5\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":56,\"status\":400}\n"),
    TCASE("chunk size ext only", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          ";a\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":56,\"status\":400}\n"),
    TCASE("chunk size sign", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "+5\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":56,\"status\":400}\n"),
    TCASE("chunk size 0x", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0x5\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":57,\"status\":400}\n"),
    TCASE("2nd chunk size", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "1\r\n"
          "a\r\n"
          "q\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_size\",\"offset\":62,\"status\":400}\n"),
    TCASE("chunk ext no name", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":58,\"status\":400}\n"),
    TCASE("chunk ext =v", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;=v\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":58,\"status\":400}\n"),
    TCASE("chunk ext open quote", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=\"b\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":60,\"status\":400}\n"),
    TCASE("chunk ext after quote", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=\"b\"c\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":63,\"status\":400}\n"),
    TCASE("chunk ext trailing SP", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=b \r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":61,\"status\":400}\n"),
    TCASE("chunk ext trailing HTAB", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a\t\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":59,\"status\":400}\n"),
    TCASE("chunk size trailing SP", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5 \r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":57,\"status\":400}\n"),
    TCASE("chunk ext CTL", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=\x01\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":60,\"status\":400}\n"),
    TCASE("chunk ext bad value", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=@\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":60,\"status\":400}\n"),
    TCASE("chunk ext no semicolon", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5 a\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":58,\"status\":400}\n"),
    TCASE("chunk data too long", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\r\n"
          "helloX\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"error\",\"code\":\"missing_chunk_crlf\",\"offset\":64,\"status\":400}\n"),
    TCASE("chunk data no CRLF", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "3\r\n"
          "abc0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abc\"}\n"
          "{\"ev\":\"error\",\"code\":\"missing_chunk_crlf\",\"offset\":62,\"status\":400}\n"),
    TCASE("chunk data CR only", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\r\n"
          "hello\rX0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":64,\"status\":400}\n"),
    TCASE("chunk data LF only", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\r\n"
          "hello\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":64,\"status\":400}\n"),
    TCASE("LF ends chunk size", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":57,\"status\":400}\n"),
    TCASE("CR in chunk size", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5\rhello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":57,\"status\":400}\n"),
    TCASE("LF ends chunk ext", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=b\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":61,\"status\":400}\n"),
    TCASE("LF ends last chunk", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":57,\"status\":400}\n"),
    TCASE("LF ends trailer", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X: a\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":63,\"status\":400}\n"),
    TCASE("CR in trailer", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X: a\rb\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":63,\"status\":400}\n"),
    TCASE("LF ends trailers", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X: a\r\n"
          "\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"trailer\",\"name\":\"X\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":65,\"status\":400}\n"),
    TCASE("CR ends trailers", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "\r\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bare_cr\",\"offset\":59,\"status\":400}\n"),
    TCASE("trailer Content-Length", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "Content-Length: 5\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"forbidden_trailer\",\"offset\":59,\"status\":400}\n"),
    TCASE("trailer TE", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X: 1\r\n"
          "transfer-encoding: chunked\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"trailer\",\"name\":\"X\",\"value\":\"1\"}\n"
          "{\"ev\":\"error\",\"code\":\"forbidden_trailer\",\"offset\":65,\"status\":400}\n"),
    TCASE("trailer Host", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "HOST: evil\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"forbidden_trailer\",\"offset\":59,\"status\":400}\n"),
    TCASE("trailer obs-fold", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X: a\r\n"
          " b\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"trailer\",\"name\":\"X\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"obs_fold\",\"offset\":65,\"status\":400}\n"),
    TCASE("trailer SP before colon", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X : a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"whitespace_before_colon\",\"offset\":60,\"status\":400}\n"),
    TCASE("trailer no colon", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "XY\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_name\",\"offset\":61,\"status\":400}\n"),
    TCASE("trailer NUL", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X: \x00\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_field_value\",\"offset\":62,\"status\":400}\n"),
    TCASE("start line at limit", "--limit max_start_line=16",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("start line over limit", "--limit max_start_line=15",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"start_line_too_long\",\"offset\":15,\"status\":414}\n"),
    /* A line cut by the end of the input when exactly its limit is there
       is too long already: no byte that came later could end it in time.
       One byte short of the limit, more could. */
    TCASE("start line cut at the limit", "--limit max_start_line=15",
          "GET /abcdefghij",
          "{\"ev\":\"error\",\"code\":\"start_line_too_long\",\"offset\":15,\"status\":414}\n"),
    TCASE("start line cut under the limit", "--limit max_start_line=16",
          "GET /abcdefghij",
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":15,\"status\":400}\n"),
    TCASE("field line cut at the limit", "--limit max_field_line=9",
          "GET / HTTP/1.1\r\n"
          "Host: abc",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"field_line_too_long\",\"offset\":25,\"status\":431}\n"),
    TCASE("field line cut under the limit", "--limit max_field_line=10",
          "GET / HTTP/1.1\r\n"
          "Host: abc",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"unexpected_eof\",\"offset\":25,\"status\":400}\n"),
    TCASE("start line way over", "--limit max_start_line=10",
          "GET /aaaaaaaaaaaaaaaaaaaaaaa HTTP/1.1\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"start_line_too_long\",\"offset\":10,\"status\":414}\n"),
    TCASE("2nd start line over", "--limit max_start_line=16",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n"
          "GET /x HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"error\",\"code\":\"start_line_too_long\",\"offset\":43,\"status\":414}\n"),
    TCASE("field line at limit", "--limit max_field_line=9",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("field line over limit", "--limit max_field_line=8",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"field_line_too_long\",\"offset\":24,\"status\":431}\n"),
    TCASE("field line way over", "--limit max_field_line=12",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Cookie: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"field_line_too_long\",\"offset\":37,\"status\":431}\n"),
    TCASE("fields at limit", "--limit max_header_count=2",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X: 1\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"X\",\"value\":\"1\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("fields over limit", "--limit max_header_count=2",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "X: 1\r\n"
          "Y: 2\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"X\",\"value\":\"1\"}\n"
          "{\"ev\":\"error\",\"code\":\"too_many_fields\",\"offset\":31,\"status\":431}\n"),
    TCASE("fields limit per message", "--limit max_header_count=1",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n"
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("trailers at limit", "--limit max_trailer_count=2",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "A: 1\r\n"
          "B: 2\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"trailer\",\"name\":\"A\",\"value\":\"1\"}\n"
          "{\"ev\":\"trailer\",\"name\":\"B\",\"value\":\"2\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("trailers over limit", "--limit max_trailer_count=1",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "A: 1\r\n"
          "B: 2\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"trailer\",\"name\":\"A\",\"value\":\"1\"}\n"
          "{\"ev\":\"error\",\"code\":\"too_many_trailers\",\"offset\":65,\"status\":431}\n"),
    TCASE("trailers not fields", "--limit max_header_count=2",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "A: 1\r\n"
          "B: 2\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"trailer\",\"name\":\"A\",\"value\":\"1\"}\n"
          "{\"ev\":\"trailer\",\"name\":\"B\",\"value\":\"2\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("trailer line at limit", "--limit max_field_line=32",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X-Long: 1234567890123456789012\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"trailer\",\"name\":\"X-Long\",\"value\":\"1234567890123456789012\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("trailer line over limit", "--limit max_field_line=31",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          "X-Long: 1234567890123456789012\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"field_line_too_long\",\"offset\":90,\"status\":431}\n"),
    TCASE("chunk ext at limit", "--limit max_chunk_ext=4",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=b\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"hello\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunk ext over limit", "--limit max_chunk_ext=3",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=b\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"chunk_ext_too_long\",\"offset\":60,\"status\":400}\n"),
    TCASE("chunk ext way over", "--limit max_chunk_ext=8",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;aaaaaaaaaaaaaaaaaaaaaaaa\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"chunk_ext_too_long\",\"offset\":65,\"status\":400}\n"),
    TCASE("chunk ext limit per line", "--limit max_chunk_ext=4",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;abc\r\n"
          "hello\r\n"
          "5;abc\r\n"
          "world\r\n"
          "0;abc\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"helloworld\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("GET with body", "",
          "GET /q HTTP/1.1\r\n"
          "Host: a\r\n"
          "Content-Length: 4\r\n"
          "\r\n"
          "{}{}",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/q\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"4\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":4,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"{}{}\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("absolute no Host", "",
          "GET http://a/ HTTP/1.1\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"http://a/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"missing_host\",\"offset\":24,\"status\":400}\n"),
    TCASE("websocket option first", "",
          "GET / HTTP/1.1\r\n"
          "Connection: keep-alive, Upgrade\r\n"
          "Host: a\r\n"
          "upgrade: websocket/13\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"keep-alive, Upgrade\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"upgrade\",\"value\":\"websocket/13\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":true,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"paused\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("version suffix", "",
          "GET / HTTP/1.1x\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_version\",\"offset\":14,\"status\":400}\n"),
    TCASE("version mixed case", "",
          "GET / Http/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_version\",\"offset\":7,\"status\":400}\n"),
    TCASE("chunk ext quoted obs-text", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "3;n=\"\xff\t\xa0\"\r\n"
          "abc\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abc\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunk ext value missing", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a=\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":60,\"status\":400}\n"),
    TCASE("chunk ext trailing ;", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "5;a;\r\n"
          "hello\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bad_chunk_ext\",\"offset\":60,\"status\":400}\n"),
    TCASE("TE param no value", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: gzip;q, chunked\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":51,\"status\":400}\n"),
    TCASE("TE param empty name", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: gzip;, chunked\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":50,\"status\":400}\n"),
    TCASE("TE param empty value", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: gzip;q=, chunked\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":52,\"status\":400}\n"),
    TCASE("TE param ok", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: gzip;q=1;x=\"a b\" , chunked\r\n"
          "\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"gzip;q=1;x=\\\"a b\\\" , chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* Found by the llhttp differential fuzz harness (fuzz/README.md): two
       strict choices where llhttp reads on. */
    TCASE("TE empty line after chunked", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "Transfer-Encoding: ,\r\n"
          "\r\n"
          "1\r\nx\r\n0\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_transfer_encoding\",\"offset\":74,\"status\":400}\n"),
    TCASE("Host port of 6 digits", "",
          "GET / HTTP/1.1\r\n"
          "Host: a:000080\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":29,\"status\":400}\n"),
    TCASE("Host port of 5 digits with leading zeros", "",
          "GET / HTTP/1.1\r\n"
          "Host: a:00080\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a:00080\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("CONNECT port of 9 digits", "",
          "CONNECT a:000000008 HTTP/1.1\r\n"
          "Host: a:8\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":15,\"status\":400}\n"),
    /* Boundaries of rules that a mutation run (make mutate) found unfed:
       each case fails on the header with its boundary moved by one. */
    TCASE("percent-encoding: hex letters at the ends of their ranges", "",
          "GET /%af%AF HTTP/1.1\r\n"
          "Host: a%af%AF\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/%af%AF\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a%af%AF\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("chunk ext quoted: qdtext at the ends of its ranges", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "3;n=\"\t !#[]~\x80\"\r\n"
          "abc\r\n"
          "0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"body\",\"data\":\"abc\"}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Host port 65535", "",
          "GET / HTTP/1.1\r\n"
          "Host: a:65535\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a:65535\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Host port 65536", "",
          "GET / HTTP/1.1\r\n"
          "Host: a:65536\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":24,\"status\":400}\n"),
    /* "//" is there, the authority after it is empty: the fault is where
       the host should begin. */
    TCASE("absolute-form with nothing after //", "",
          "GET http:// HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":11,\"status\":400}\n"),
    /* IP-literal = "[" IPvFuture "]", IPvFuture = "v" 1*HEXDIG "."
       1*( unreserved / sub-delims / ":" ) (RFC 3986 section 3.2.2). */
    TCASE("Host IPvFuture", "",
          "GET / HTTP/1.1\r\n"
          "Host: [v1.x:y]\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"[v1.x:y]\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Host IPvFuture upper-case V", "",
          "GET / HTTP/1.1\r\n"
          "Host: [VF.a]\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"[VF.a]\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Host IPvFuture without a hex digit", "",
          "GET / HTTP/1.1\r\n"
          "Host: [v.x]\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":22,\"status\":400}\n"),
    TCASE("Host IPvFuture without its dot", "",
          "GET / HTTP/1.1\r\n"
          "Host: [v1xa]\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":22,\"status\":400}\n"),
    TCASE("Host IPvFuture empty after the dot", "",
          "GET / HTTP/1.1\r\n"
          "Host: [v1.]\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":22,\"status\":400}\n"),
    TCASE("Host IPvFuture with a byte it may not hold", "",
          "GET / HTTP/1.1\r\n"
          "Host: [v1.a/b]\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":22,\"status\":400}\n"),
    TCASE("Host IPvFuture not closed", "",
          "GET / HTTP/1.1\r\n"
          "Host: [v1.x\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":22,\"status\":400}\n"),
    /* reg-name takes every sub-delim (RFC 3986 section 3.2.2). */
    TCASE("Host with every sub-delim", "",
          "GET / HTTP/1.1\r\n"
          "Host: a!$&'()*+,;=b\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a!$&'()*+,;=b\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* Expect: only 100-continue means anything; nothing is refused, not
       even a quoted string left open. */
    TCASE("Expect with an open quoted string", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Expect: \"abc\r\n"
          "Content-Length: 0\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Expect\",\"value\":\"\\\"abc\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Length\",\"value\":\"0\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"length\",\"length\":0,\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Host percent with a bad first hex digit", "",
          "GET / HTTP/1.1\r\n"
          "Host: a%gA\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"bad_host\",\"offset\":23,\"status\":400}\n"),
    /* Whether a section has begun is read against its own limit: with the
       two limits apart, a first line's leading whitespace is still no
       obs-fold, in the header and in the trailers. */
    TCASE("leading whitespace with the trailer limit apart", "--limit max_trailer_count=5",
          "GET / HTTP/1.1\r\n"
          " x: y\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"error\",\"code\":\"leading_whitespace\",\"offset\":16,\"status\":400}\n"),
    TCASE("trailer leading whitespace with the header limit apart", "--limit max_header_count=5",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "0\r\n"
          " x: y\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"leading_whitespace\",\"offset\":59,\"status\":400}\n"),
    TCASE("absolute-form with one slash after the colon", "",
          "GET http:/ab/c HTTP/1.1\r\n"
          "Host: a\r\n"
          "\r\n",
          "{\"ev\":\"error\",\"code\":\"bad_target\",\"offset\":9,\"status\":400}\n"),
    /* Connection options one letter off the three that mean something
       mean nothing. */
    TCASE("Connection closx", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Connection: closx\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"closx\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Connection keep-alivx in HTTP/1.0", "",
          "GET / HTTP/1.0\r\n"
          "Connection: keep-alivx\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.0\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"keep-alivx\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":false,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    TCASE("Connection upgradx", "--accept-upgrade",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Connection: upgradx\r\n"
          "Upgrade: websocket\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Connection\",\"value\":\"upgradx\"}\n"
          "{\"ev\":\"field\",\"name\":\"Upgrade\",\"value\":\"websocket\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ): all of them. */
    TCASE("absolute-form scheme with + - .", "",
          "GET a+b-c.d://h/ HTTP/1.1\r\n"
          "Host: h\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"a+b-c.d://h/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"h\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
    /* A bare LF one byte after the size's digits, with enough bytes after
       it for the decoder's quickest loop: a bare LF, not a size line. */
    TCASE("chunk size line with a bare LF after a byte", "",
          "POST / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Transfer-Encoding: chunked\r\n"
          "\r\n"
          "3;\nabc\r\n"
          "a\r\n0123456789\r\n"
          "0\r\n\r\n",
          "{\"ev\":\"request\",\"method\":\"POST\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Transfer-Encoding\",\"value\":\"chunked\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"chunked\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"error\",\"code\":\"bare_lf\",\"offset\":58,\"status\":400}\n"),
    /* Names one letter off Content-Length, where its words of eight
       bytes do not overlap (byte 2 and byte 8): ordinary fields. */
    TCASE("names one letter off Content-Length", "",
          "GET / HTTP/1.1\r\n"
          "Host: a\r\n"
          "Coxtent-Length: x\r\n"
          "Content-Xength: y\r\n"
          "\r\n",
          "{\"ev\":\"request\",\"method\":\"GET\",\"target\":\"/\",\"version\":\"1.1\"}\n"
          "{\"ev\":\"field\",\"name\":\"Host\",\"value\":\"a\"}\n"
          "{\"ev\":\"field\",\"name\":\"Coxtent-Length\",\"value\":\"x\"}\n"
          "{\"ev\":\"field\",\"name\":\"Content-Xength\",\"value\":\"y\"}\n"
          "{\"ev\":\"head_done\",\"body\":\"none\",\"keep_alive\":true,\"upgrade\":false,\"expect_continue\":false}\n"
          "{\"ev\":\"message_done\"}\n"
          "{\"ev\":\"end\",\"rest\":\"\"}\n"),
};
const size_t cases_request_count = sizeof cases_request / sizeof cases_request[0];
