/* client.c - a small HTTP/1.1 client on top of httpcodec.h: the requests
   named on the command line, on one connection, then perhaps a WebSocket
   upgrade.

       $ build/client -p 8080 --pipeline GET:/ HEAD:/ GET:/bytes/10
       GET / -> 200 359 bytes
       HEAD / -> 200 0 bytes
       GET /bytes/10 -> 200 10 bytes
       $ build/client -p 8080 --websocket /ws hello
       GET /ws -> 101 (switching)
       websocket text: hello
       websocket close: 1000

   What it shows:
     - hc_conn in the client role. A request is told to the connection
       whole when it is begun (hc_conn_start, hc_conn_body, hc_conn_end),
       so the parser knows what each answer answers: above, the three
       answers arrive back to back, and the HEAD answer's Content-Length
       (the GET's) is not taken for a body;
     - pipelining (--pipeline) as far as the codec allows it: the next
       request is begun whenever hc_conn_writing() is HC_CONN_SEND. After
       a POST (not idempotent) or an Upgrade offer it is HC_CONN_IDLE
       until the answer has been read;
     - offset-resumable emission: the requests' bytes are copied into a
       fixed 4 KiB output buffer as far as they fit, each copy resuming
       where the last one stopped;
     - reading with hc_conn_read() over a fixed buffer: unconsumed bytes
       are moved to the front on NEED_MORE, hc_conn_eof() at end of input;
     - an Upgrade (--websocket PATH TEXT): a GET offering websocket, whose
       101 is read through hc_conn. At HC_EV_SWITCHED the bytes after the
       101's head are the new protocol's: the client checks the 101's
       Sec-WebSocket-Accept, sends TEXT in one masked frame, prints the
       frame echoed, then closes (RFC 6455);
     - holding under abuse: a malformed answer is a protocol error, an
       answer to no request is refused by the codec, a 101 must prove it
       read our key, a frame's length is checked against the buffer before
       it is read, and a server that closes early or is silent for 10 s
       ends the run with what is missing said.
   Fixed buffers, no allocation. One non-blocking socket and poll(), so a
   request body never deadlocks against a server that answers while it is
   still arriving.

   Build, then run against examples/server.c (make run) or any HTTP/1.1
   server:
       cc -std=c99 -O2 -o build/client examples/client.c examples/websocket.c examples/sha1.c

   Usage (client -h says more): client [-a ADDR] [-p PORT] [--pipeline]
   [REQUEST...] [--websocket PATH TEXT]. A REQUEST is METHOD:TARGET, or
   METHOD:TARGET=DATA to send DATA with a Content-Length (the first '='
   after the ':' starts it); POST, PUT and PATCH without DATA send
   Content-Length: 0. The Host field is ADDR:PORT. Exit status: 0 when
   every request got its final answer (and the WebSocket exchange ended
   with the server's close), 1 on a protocol error, a connection failure
   or anything left undone, 2 on a usage error (a head the codec refuses
   included). */
#define _POSIX_C_SOURCE 200809L
#define HTTPCODEC_IMPLEMENTATION
#include "../httpcodec.h"
#include "websocket.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_REQUESTS 64
#define IN_CAP 16384     /* above the 8192-byte line limit: a line always fits */
#define OUT_CAP 4096
#define MAX_TEXT (OUT_CAP - 8) /* the WebSocket message fits one frame out */
#define TIMEOUT_MS 10000 /* give up after this long without any progress */

/* One request. Its head points into argv and the client's strings. */
typedef struct request {
    const char *text;   /* as given, for messages */
    hc_span data;       /* the body, sent with a Content-Length */
    hc_field fields[5]; /* Host, and the WebSocket offer's four */
    hc_message msg;
    hc_head_writer hw;  /* msg as hc_conn_start checked it: the head's bytes */
} request;

/* Where the WebSocket exchange is. */
enum ws_step { WS_NONE, WS_SEND_TEXT, WS_READ_TEXT, WS_SEND_CLOSE, WS_READ_CLOSE, WS_DONE };

enum progress { GO_ON, STOP, FAILED };

typedef union address {
    struct sockaddr any;
    struct sockaddr_in v4;
    struct sockaddr_in6 v6;
} address;

typedef struct options {
    const char *addr, *requests[MAX_REQUESTS];
    unsigned port;
    address server;
    size_t count;
    int pipeline, help;
    const char *ws_path, *ws_text; /* --websocket PATH TEXT */
} options;

typedef struct client {
    int fd;
    hc_conn conn;
    int pipeline;
    char host[64]; /* ADDR:PORT, an IPv6 address (45 bytes at most) in [] */
    request req[MAX_REQUESTS];
    size_t count;
    size_t started;            /* requests begun on the connection */
    size_t copied, copy_off;   /* req[copied] has copy_off bytes copied out */
    size_t answered;           /* final answers read */
    unsigned status;           /* of the answer being read */
    uint64_t body_bytes;
    /* the WebSocket exchange (RFC 6455) */
    const char *ws_text;       /* NULL: none */
    enum ws_step ws;
    char ws_key[25], ws_accept[29];
    unsigned char ws_masks[2][4];  /* the text frame's, the close frame's */
    int ws_upgrade_ok, ws_connection_ok, ws_accept_ok; /* what the 101 said */
    /* out[out_off..out_len) is not sent yet, in[in_off..in_len) not read */
    char out[OUT_CAP];
    size_t out_off, out_len;
    int write_failed;
    char in[IN_CAP];
    size_t in_off, in_len;
    int eof;
} client;

static hc_span span_of(const char *s, size_t len)
{
    hc_span sp;
    sp.ptr = s;
    sp.len = len;
    return sp;
}

/* Field names, and the Upgrade token, are case-insensitive. */
static int span_is(hc_span sp, const char *s)
{
    return sp.len == strlen(s) && strncasecmp(sp.ptr, s, sp.len) == 0;
}

/* ---------------------------------------------------------- requests */

static void add_field(request *rq, const char *name, const char *value)
{
    hc_field *f = &rq->fields[rq->msg.field_count++];
    f->name = span_of(name, strlen(name));
    f->value = span_of(value, strlen(value));
}

/* An HTTP/1.1 head with its Host field and a body of rq->data (none
   unless the method or the data asks for one). */
static void set_head(request *rq, hc_span method, hc_span target, const char *host, int data_given)
{
    hc_method known = hc_method_from_name(method.ptr, method.len);
    hc_message *m = &rq->msg;
    memset(m, 0, sizeof *m);
    m->version_minor = 1;
    m->method = method;
    m->target = target;
    m->fields = rq->fields;
    add_field(rq, "Host", host);
    /* The framing is said once: the codec writes the Content-Length. */
    if (data_given || known == HC_METHOD_POST || known == HC_METHOD_PUT ||
        known == HC_METHOD_PATCH) {
        m->body = HC_BODY_LENGTH;
        m->content_length = rq->data.len;
    }
}

/* METHOD:TARGET[=DATA]; 0 if it has no method or no target. */
static int parse_request(request *rq, const char *text, const char *host)
{
    const char *colon = strchr(text, ':'), *target, *eq;
    if (!colon || colon == text || colon[1] == '\0' || colon[1] == '=')
        return 0;
    target = colon + 1;
    eq = strchr(target, '=');
    rq->text = text;
    rq->data = span_of(eq ? eq + 1 : "", eq ? strlen(eq + 1) : 0);
    set_head(rq, span_of(text, (size_t)(colon - text)),
             span_of(target, eq ? (size_t)(eq - target) : strlen(target)), host, eq != NULL);
    return 1;
}

/* GET PATH offering websocket (RFC 6455 section 4.1). */
static void websocket_request(request *rq, const char *path, const client *c)
{
    rq->text = path;
    rq->data = span_of("", 0);
    set_head(rq, span_of("GET", 3), span_of(path, strlen(path)), c->host, 0);
    add_field(rq, "Upgrade", "websocket");
    add_field(rq, "Connection", "Upgrade");
    add_field(rq, "Sec-WebSocket-Key", c->ws_key);
    add_field(rq, "Sec-WebSocket-Version", "13");
}

/* ------------------------------------------------------------ output */

/* May the next request be begun now? Without --pipeline, only once every
   answer is in. */
static int may_start(const client *c)
{
    return c->started < c->count && hc_conn_writing(&c->conn) == HC_CONN_SEND &&
           (c->pipeline || hc_conn_outstanding(&c->conn) == 0);
}

/* Begins the next request: head, body and end at once, which is all the
   connection needs to frame the answer; the bytes follow as the socket
   takes them. A Content-Length body needs nothing before its data (no
   chunk head) and nothing after it (an empty end). */
static int start_request(client *c)
{
    request *rq = &c->req[c->started];
    hc_chunk_head none;
    size_t where;
    hc_error_code r = hc_conn_start(&c->conn, &rq->msg, &rq->hw, &where);
    if (r == HC_OK && rq->data.len > 0)
        r = hc_conn_body(&c->conn, rq->data.len, &none);
    if (r == HC_OK)
        r = hc_conn_end(&c->conn, NULL, 0, NULL, &where);
    if (r != HC_OK) {
        fprintf(stderr, "client: %s: the connection refuses it: %s\n", rq->text, hc_error_name(r));
        return 0;
    }
    c->started++;
    return 1;
}

/* Copies what fits of rq's bytes from offset on (its head, then its
   body) into out; returns how many. */
static size_t copy_request(request *rq, size_t offset, char *out, size_t room)
{
    size_t head = hc_head_size(&rq->hw), n = 0, at, k;
    if (offset < head)
        n = hc_write_head(&rq->hw, offset, out, room);
    if (offset + n < head)
        return n; /* out is full */
    at = offset + n - head;
    k = rq->data.len - at < room - n ? rq->data.len - at : room - n;
    memcpy(out + n, rq->data.ptr + at, k);
    return n + k;
}

/* Copies the bytes of the requests begun, and begins the next ones as
   the connection allows, until the output buffer is full. 0 if the codec
   refused a request. */
static int copy_requests(client *c)
{
    while (c->out_len < OUT_CAP) {
        request *rq;
        size_t n;
        if (c->copied == c->started) {
            if (!may_start(c))
                return 1;
            if (!start_request(c))
                return 0;
        }
        rq = &c->req[c->copied];
        n = copy_request(rq, c->copy_off, c->out + c->out_len, OUT_CAP - c->out_len);
        c->out_len += n;
        c->copy_off += n;
        if (c->copy_off == hc_head_size(&rq->hw) + rq->data.len) {
            c->copied++;
            c->copy_off = 0;
        }
    }
    return 1;
}

/* Queues a masked client frame with FIN set (RFC 6455 section 5.2);
   len is at most MAX_TEXT, so it fits an empty output buffer. */
static void queue_frame(client *c, unsigned opcode, const char *payload, size_t len,
                        const unsigned char mask[4])
{
    unsigned char *o = (unsigned char *)c->out + c->out_len;
    size_t head = len < 126 ? 2 : 4, i;
    o[0] = (unsigned char)(0x80 | opcode);
    o[1] = (unsigned char)(0x80 | (len < 126 ? len : 126));
    if (len >= 126) {
        o[2] = (unsigned char)(len >> 8);
        o[3] = (unsigned char)len;
    }
    memcpy(o + head, mask, 4);
    for (i = 0; i < len; i++)
        o[head + 4 + i] = (unsigned char)(payload[i] ^ mask[i % 4]);
    c->out_len += head + 4 + len;
}

/* After the switch: our text, then, once its echo is in, our close. */
static void queue_next_frame(client *c)
{
    if (c->out_len > 0)
        return; /* what is queued goes first; a frame fits an empty buffer */
    if (c->ws == WS_SEND_TEXT) {
        queue_frame(c, 0x1, c->ws_text, strlen(c->ws_text), c->ws_masks[0]);
        c->ws = WS_READ_TEXT;
    } else if (c->ws == WS_SEND_CLOSE) {
        queue_frame(c, 0x8, "\x03\xe8", 2, c->ws_masks[1]); /* 1000: normal closure */
        c->ws = WS_READ_CLOSE;
    }
}

/* Moves the unsent bytes to the front and fills the rest. 0 if the codec
   refused a request. */
static int fill_output(client *c)
{
    memmove(c->out, c->out + c->out_off, c->out_len - c->out_off);
    c->out_len -= c->out_off;
    c->out_off = 0;
    if (c->write_failed)
        return 1;
    if (c->ws != WS_NONE) {
        queue_next_frame(c);
        return 1;
    }
    return copy_requests(c);
}

static void send_output(client *c)
{
    while (c->out_off < c->out_len) {
        ssize_t n = send(c->fd, c->out + c->out_off, c->out_len - c->out_off, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                /* keep reading: answers may have come before the close */
                fprintf(stderr, "client: send: %s\n", strerror(errno));
                c->write_failed = 1;
                c->out_off = c->out_len = 0;
            }
            return;
        }
        c->out_off += (size_t)n;
    }
}

/* ------------------------------------------------------------- input */

static void receive(client *c)
{
    ssize_t n = recv(c->fd, c->in + c->in_len, IN_CAP - c->in_len, 0);
    if (n > 0) {
        c->in_len += (size_t)n;
        return;
    }
    if (n < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK))
        return;
    if (n < 0)
        fprintf(stderr, "client: recv: %s\n", strerror(errno));
    c->eof = 1;
    hc_conn_eof(&c->conn); /* the parser ends or fails what is under way */
}

/* The unconsumed bytes go to the front, to be read again with more. */
static void keep_unconsumed(client *c)
{
    memmove(c->in, c->in + c->in_off, c->in_len - c->in_off);
    c->in_len -= c->in_off;
    c->in_off = 0;
}

/* The 101's proof that the server speaks WebSocket (RFC 6455 section
   4.1): Upgrade: websocket, and the accept value of our key. */
static void on_field(client *c, const hc_event *ev)
{
    if (c->status != 101)
        return;
    if (span_is(ev->name, "Upgrade"))
        c->ws_upgrade_ok = websocket_list_has(ev->value.ptr, ev->value.len, "websocket");
    else if (span_is(ev->name, "Connection"))
        c->ws_connection_ok = websocket_list_has(ev->value.ptr, ev->value.len, "upgrade");
    else if (span_is(ev->name, "Sec-WebSocket-Accept"))
        c->ws_accept_ok = ev->value.len == 28 && memcmp(ev->value.ptr, c->ws_accept, 28) == 0;
}

/* An answer is complete. Answers come in request order; an interim one
   (a 1xx but 101) is followed by the final answer to the same request. */
static void on_message_done(client *c, const hc_event *ev)
{
    const hc_message *m = &c->req[c->answered].msg;
    printf("%.*s %.*s -> %u ", (int)m->method.len, m->method.ptr, (int)m->target.len,
           m->target.ptr, c->status);
    if (ev->interim) {
        printf("(interim)\n");
        return;
    }
    if (c->status == 101)
        printf("(switching)\n");
    else
        printf("%llu bytes\n", (unsigned long long)c->body_bytes);
    c->answered++;
}

/* The 101 has been read; the bytes after its head are WebSocket frames. */
/* RFC 6455 section 4.1: a 101 without Upgrade: websocket, Connection:
   Upgrade and the accept value of our key fails the connection. */
static enum progress on_switched(client *c)
{
    if (!c->ws_upgrade_ok || !c->ws_connection_ok || !c->ws_accept_ok) {
        fprintf(stderr, "client: the 101 lacks Upgrade: websocket, Connection: Upgrade or "
                        "Sec-WebSocket-Accept: %s\n", c->ws_accept);
        return FAILED;
    }
    c->ws = WS_SEND_TEXT;
    return GO_ON;
}

/* Reads every event the buffered bytes give, up to the switch. */
static enum progress http_input(client *c)
{
    for (;;) {
        hc_event ev;
        c->in_off += hc_conn_read(&c->conn, c->in + c->in_off, c->in_len - c->in_off, &ev);
        switch (ev.type) {
        case HC_EV_NEED_MORE:
            keep_unconsumed(c);
            return GO_ON;
        case HC_EV_RESPONSE:
            c->status = ev.status;
            c->body_bytes = 0;
            break;
        case HC_EV_FIELD:
            on_field(c, &ev);
            break;
        case HC_EV_BODY:
            c->body_bytes += ev.data.len;
            break;
        case HC_EV_MESSAGE_DONE:
            on_message_done(c, &ev);
            if (c->answered == c->count && c->status != 101)
                return STOP; /* anything after the last answer is not read */
            break;
        case HC_EV_SWITCHED:
            return on_switched(c);
        case HC_EV_CLOSED:
            return STOP;
        case HC_EV_ERROR:
            fprintf(stderr, "client: protocol error: %s at byte %llu\n",
                    hc_error_name(ev.error.code), (unsigned long long)ev.error.offset);
            return FAILED;
        default: /* HEAD_DONE, TRAILER; never PAUSED: each request is
                    ended when it is begun */
            break;
        }
    }
}

/* The next server frame in in[in_off..in_len), consumed: 1 with its first
   byte (FIN, RSV and opcode) and its payload, 0 if it is not all in yet,
   -1 if it is masked (server frames are not: RFC 6455 section 5.1) or
   larger than the input buffer. */
static int take_frame(client *c, unsigned char *first, hc_span *payload)
{
    const unsigned char *b = (const unsigned char *)c->in + c->in_off;
    size_t avail = c->in_len - c->in_off, head, i;
    uint64_t len;
    if (avail < 2)
        return 0;
    if (b[1] & 0x80)
        return -1;
    len = b[1] & 0x7F;
    head = len == 127 ? 10 : len == 126 ? 4 : 2;
    if (avail < head)
        return 0;
    if (head > 2)
        for (len = 0, i = 2; i < head; i++) /* 16 or 64 bits, big-endian */
            len = len << 8 | b[i];
    if (len > IN_CAP - head)
        return -1;
    if (avail < head + len)
        return 0;
    *first = b[0];
    *payload = span_of((const char *)b + head, (size_t)len);
    c->in_off += head + (size_t)len;
    return 1;
}

/* A close frame's status code; 1005 when it has none (RFC 6455 section
   7.1.5). */
static unsigned close_code(hc_span payload)
{
    const unsigned char *p = (const unsigned char *)payload.ptr;
    return payload.len >= 2 ? (unsigned)p[0] << 8 | p[1] : 1005u;
}

/* After the switch: the echo of our text, then the close answering ours. */
static enum progress websocket_input(client *c)
{
    unsigned char first;
    hc_span payload;
    int r;
    while ((r = take_frame(c, &first, &payload)) > 0) {
        if (first == 0x81 && c->ws == WS_READ_TEXT) { /* FIN, text */
            printf("websocket text: %.*s\n", (int)payload.len, payload.ptr);
            c->ws = WS_SEND_CLOSE;
        } else if (first == 0x88) { /* FIN, close */
            printf("websocket close: %u\n", close_code(payload));
            if (c->ws != WS_READ_CLOSE) {
                fprintf(stderr, "client: the server closed first\n");
                return FAILED;
            }
            c->ws = WS_DONE;
            return STOP;
        } else {
            fprintf(stderr, "client: unexpected WebSocket frame 0x%02x\n", first);
            return FAILED;
        }
    }
    if (r < 0 || c->eof) {
        fprintf(stderr, "client: %s\n", r < 0 ? "a masked or oversized WebSocket frame"
                                              : "the connection closed before the close frame");
        return FAILED;
    }
    keep_unconsumed(c);
    return GO_ON;
}

/* -------------------------------------------------------- connection */

/* Connected, then non-blocking; -1 after a message. */
static int connect_to(const address *a, const char *host)
{
    socklen_t len = a->any.sa_family == AF_INET6 ? sizeof a->v6 : sizeof a->v4;
    int fd = socket(a->any.sa_family, SOCK_STREAM, 0);
    if (fd < 0 || connect(fd, &a->any, len) != 0) {
        fprintf(stderr, "client: cannot connect to %s: %s\n", host, strerror(errno));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

/* Why the run ended early. Always 1 (the exit status). */
static int report_unfinished(const client *c)
{
    unsigned outstanding = hc_conn_outstanding(&c->conn);
    fflush(stdout);
    if (outstanding > 0)
        fprintf(stderr, "client: the connection ended with %u request%s outstanding\n",
                outstanding, outstanding == 1 ? "" : "s");
    if (c->started < c->count)
        fprintf(stderr, "client: %zu request%s not sent\n", c->count - c->started,
                c->count - c->started == 1 ? "" : "s");
    if (c->ws_text && c->answered == c->count && c->status != 101)
        fprintf(stderr, "client: the server did not switch to WebSocket\n");
    return 1;
}

/* Sends and reads until every request has its final answer and the
   WebSocket exchange is over (0), or the connection can go no further
   (1). */
static int run(client *c)
{
    for (;;) {
        struct pollfd pfd;
        int ready;
        enum progress p = c->ws == WS_NONE ? http_input(c) : websocket_input(c);
        if (p == STOP && c->answered == c->count && (!c->ws_text || c->ws == WS_DONE))
            return 0;
        if (p != GO_ON || !fill_output(c))
            return report_unfinished(c);
        pfd.fd = c->fd;
        pfd.events = 0;
        pfd.revents = 0;
        if (c->out_off < c->out_len)
            pfd.events |= POLLOUT;
        if (!c->eof && c->in_len < IN_CAP)
            pfd.events |= POLLIN;
        ready = poll(&pfd, 1, TIMEOUT_MS);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            if (ready == 0)
                fprintf(stderr, "client: no progress for %d s\n", TIMEOUT_MS / 1000);
            else
                fprintf(stderr, "client: poll: %s\n", strerror(errno));
            return report_unfinished(c);
        }
        if (pfd.revents & POLLOUT)
            send_output(c);
        if (pfd.revents & (POLLIN | POLLHUP | POLLERR))
            receive(c);
    }
}

/* -------------------------------------------------------------- main */

static void print_help(void)
{
    printf("usage: client [-a ADDR] [-p PORT] [--pipeline] [REQUEST...] [--websocket PATH TEXT]\n"
           "  REQUEST      METHOD:TARGET, or METHOD:TARGET=DATA to send a body\n"
           "               (e.g. GET:/ HEAD:/ POST:/echo=hello)\n"
           "  -a ADDR      server address, IPv4 or IPv6 (default 127.0.0.1)\n"
           "  -p PORT      server port, 1 to 65535 (default 8080)\n"
           "  --pipeline   send requests without waiting for answers, where allowed\n"
           "  --websocket PATH TEXT\n"
           "               after the requests, GET PATH offering websocket; on a\n"
           "               101, send TEXT (at most %d bytes), print its echo, close\n"
           "Prints '<METHOD> <TARGET> -> <status> <body length> bytes' per answer.\n",
           MAX_TEXT);
}

/* Always 0, parse_options' verdict. */
static int usage_error(const char *why, const char *what)
{
    fprintf(stderr, "client: %s: %s (-h for help)\n", why, what);
    return 0;
}

/* 1 to 65535 in decimal digits only; 0 if s is not that. */
static unsigned parse_port(const char *s)
{
    unsigned port = 0;
    size_t i, n = strlen(s);
    for (i = 0; i < n && n <= 5; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        port = port * 10 + (unsigned)(s[i] - '0');
    }
    return port <= 65535 ? port : 0;
}

/* ADDR as an IPv6 or an IPv4 address, with the port; 0 if it is neither. */
static int make_address(address *a, const char *addr, unsigned port)
{
    memset(a, 0, sizeof *a);
    if (inet_pton(AF_INET6, addr, &a->v6.sin6_addr) == 1) {
        a->v6.sin6_family = AF_INET6;
        a->v6.sin6_port = htons((uint16_t)port);
        return 1;
    }
    if (inet_pton(AF_INET, addr, &a->v4.sin_addr) == 1) {
        a->v4.sin_family = AF_INET;
        a->v4.sin_port = htons((uint16_t)port);
        return 1;
    }
    return 0;
}

/* How many values an option takes. */
static int values_of(const char *option)
{
    if (strcmp(option, "--websocket") == 0)
        return 2;
    return strcmp(option, "-a") == 0 || strcmp(option, "-p") == 0;
}

/* Reads argv strictly; 0 after a message for anything unknown, missing
   or malformed. */
static int parse_options(options *o, int argc, char **argv)
{
    int i;
    for (i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (i + values_of(arg) >= argc)
            return usage_error("a value is missing", arg);
        if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            o->help = 1;
        } else if (strcmp(arg, "-a") == 0) {
            o->addr = argv[++i];
        } else if (strcmp(arg, "-p") == 0) {
            o->port = parse_port(argv[++i]);
            if (o->port == 0)
                return usage_error("-p: not a port from 1 to 65535", argv[i]);
        } else if (strcmp(arg, "--pipeline") == 0) {
            o->pipeline = 1;
        } else if (strcmp(arg, "--websocket") == 0) {
            o->ws_path = argv[++i];
            o->ws_text = argv[++i];
            if (strlen(o->ws_text) > MAX_TEXT)
                return usage_error("--websocket: the text is too long", o->ws_path);
        } else if (arg[0] == '-') {
            return usage_error("unknown option", arg);
        } else if (o->count == MAX_REQUESTS - 1) { /* one is kept for --websocket */
            return usage_error("too many requests", arg);
        } else {
            o->requests[o->count++] = arg;
        }
    }
    if (!make_address(&o->server, o->addr, o->port))
        return usage_error("-a: not an IPv4 or IPv6 address", o->addr);
    if (o->count == 0 && !o->ws_path && !o->help)
        return usage_error("nothing to do", "give a REQUEST or --websocket");
    return 1;
}

/* n unpredictable bytes: the WebSocket key and masks must be (RFC 6455
   section 10.3). */
static int read_random(unsigned char *out, size_t n)
{
    int fd = open("/dev/urandom", O_RDONLY);
    ssize_t got = fd < 0 ? -1 : read(fd, out, n);
    if (fd >= 0)
        close(fd);
    return got == (ssize_t)n;
}

/* A fresh Sec-WebSocket-Key, 16 random bytes in base64 (RFC 6455 section
   4.1): 21 random digits, one of the four whose low 4 bits are zero, and
   "=="; the accept value it calls for, and the masks of our two frames. */
static int make_websocket_secrets(client *c)
{
    static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    unsigned char r[22];
    size_t i;
    if (!read_random(r, sizeof r) || !read_random(&c->ws_masks[0][0], sizeof c->ws_masks)) {
        fprintf(stderr, "client: /dev/urandom: %s\n", strerror(errno));
        return 0;
    }
    for (i = 0; i < 21; i++)
        c->ws_key[i] = digits[r[i] & 63];
    c->ws_key[21] = "AQgw"[r[21] & 3];
    memcpy(c->ws_key + 22, "==", 3);
    websocket_accept(c->ws_key, 24, c->ws_accept);
    return 1;
}

/* The requests, each head checked by the codec now (a check only: they
   are begun on the connection later). 0 after a message. */
static int build_requests(client *c, const options *o)
{
    size_t k, where;
    for (k = 0; k < o->count + (o->ws_path != NULL); k++) {
        request *rq = &c->req[c->count];
        hc_error_code r;
        if (k == o->count)
            websocket_request(rq, o->ws_path, c);
        else if (!parse_request(rq, o->requests[k], c->host))
            return usage_error("expected METHOD:TARGET or METHOD:TARGET=DATA", o->requests[k]);
        r = hc_check_head(&rq->msg, NULL, &where);
        if (r != HC_OK)
            return usage_error(hc_error_name(r), rq->text);
        c->count++;
    }
    return 1;
}

int main(int argc, char **argv)
{
    static client cl;
    options o;
    int status;
    memset(&o, 0, sizeof o);
    o.addr = "127.0.0.1";
    o.port = 8080;
    if (!parse_options(&o, argc, argv))
        return 2;
    if (o.help) {
        print_help();
        return 0;
    }
    snprintf(cl.host, sizeof cl.host, o.server.any.sa_family == AF_INET6 ? "[%s]:%u" : "%s:%u",
             o.addr, o.port);
    cl.pipeline = o.pipeline;
    cl.ws_text = o.ws_text;
    if (o.ws_path && !make_websocket_secrets(&cl))
        return 1;
    if (!build_requests(&cl, &o))
        return 2;
    setvbuf(stdout, NULL, _IOLBF, 0); /* each answer's line as it comes */
    cl.fd = connect_to(&o.server, cl.host);
    if (cl.fd < 0)
        return 1;
    hc_conn_init(&cl.conn, HC_ROLE_CLIENT, NULL);
    status = run(&cl);
    close(cl.fd);
    return status;
}
