/* A consumer of an installed (or vendored) httpcodec: parses one request,
   writes the response head, and checks both against the expected bytes.
   Exits 0 and prints one line when all is well. */
#define HTTPCODEC_IMPLEMENTATION
#include <httpcodec.h>

#include <stdio.h>
#include <string.h>

static int span_is(hc_span s, const char *want)
{
    return s.len == strlen(want) && memcmp(s.ptr, want, s.len) == 0;
}

#define CHECK(cond)                                                      \
    do {                                                                 \
        if (!(cond)) {                                                   \
            fprintf(stderr, "consumer: check failed: %s\n", #cond);      \
            return 1;                                                    \
        }                                                                \
    } while (0)

int main(void)
{
    static const char req[] = "POST /hello HTTP/1.1\r\n"
                              "Host: example.com\r\n"
                              "Content-Length: 5\r\n"
                              "\r\n"
                              "world";
    static const char want_head[] = "HTTP/1.1 200 OK\r\n"
                                    "Content-Length: 2\r\n"
                                    "\r\n";
    hc_parser p;
    hc_event ev;
    size_t off = 0, len = sizeof req - 1, fields = 0;
    int done = 0;
    hc_message m;
    hc_head_writer hw;
    char head[64];
    size_t where = 0, n;

    hc_parser_init(&p, HC_ROLE_SERVER, NULL);
    while (!done) {
        size_t used = hc_parse(&p, req + off, len - off, &ev);
        off += used;
        switch (ev.type) {
        case HC_EV_REQUEST:
            CHECK(ev.method == HC_METHOD_POST);
            CHECK(span_is(ev.target, "/hello"));
            break;
        case HC_EV_FIELD:
            fields++;
            break;
        case HC_EV_HEAD_DONE:
            CHECK(ev.body == HC_BODY_LENGTH && ev.content_length == 5);
            break;
        case HC_EV_BODY:
            CHECK(span_is(ev.data, "world"));
            break;
        case HC_EV_MESSAGE_DONE:
            done = 1;
            break;
        default:
            fprintf(stderr, "consumer: unexpected event %s\n", hc_event_name(ev.type));
            return 1;
        }
    }
    CHECK(off == len && fields == 2);

    /* No fields: the framing is stated once, and the writer adds the
       Content-Length field. */
    memset(&m, 0, sizeof m);
    m.is_response = 1;
    m.version_minor = 1;
    m.status = 200;
    m.reason.ptr = "OK";
    m.reason.len = 2;
    m.answers = HC_METHOD_POST;
    m.fields = NULL;
    m.field_count = 0;
    m.body = HC_BODY_LENGTH;
    m.content_length = 2;
    CHECK(hc_check_head(&m, &hw, &where) == HC_OK);
    n = hc_write_head(&hw, 0, head, sizeof head);
    CHECK(n == sizeof want_head - 1 && memcmp(head, want_head, n) == 0);

    printf("consumer: httpcodec %s (%s scanner): parsed a request, wrote a response head\n",
           HTTPCODEC_VERSION_STRING, hc_scanner());
    return 0;
}
