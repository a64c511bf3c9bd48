/* client.c - a small HTTP/1.1 client on top of httpcodec.h.

   Sends the requests named on the command line on one connection and
   prints, in request order, one line per response:

       GET / -> 200 1234 bytes
       HEAD / -> 200 0 bytes           (a HEAD answer has no body, whatever
                                        its Content-Length says)
       POST /echo -> 100 (interim)
       POST /echo -> 200 5 bytes

   What it shows:
     - hc_conn in the client role: every request is written with
       hc_conn_start(), hc_conn_body() and hc_conn_end(), which also tell
       the parser how to frame each answer (HEAD, pipelined answers);
     - pipelining (--pipeline) exactly as far as the codec allows it:
       the next request is begun whenever hc_conn_writing() is
       HC_CONN_SEND. After a request that must be answered first (POST
       and other non-idempotent methods, CONNECT) writing is HC_CONN_IDLE
       until the answer is read;
     - offset-resumable emission: heads, bodies and body ends are copied
       into a fixed 4 KiB output buffer a piece at a time (nothing has to
       fit at once), and partial sends resume where they stopped;
     - reading with hc_conn_read() over a fixed buffer: unconsumed bytes
       are moved to the front on NEED_MORE, hc_conn_eof() at end of input;
     - a server that closes early: hc_conn_outstanding() says how many
       requests got no final answer.
   Fixed buffers only, no allocation. One non-blocking socket and poll(),
   so a large request body never deadlocks against a server that answers
   while it is still arriving.

   Build and run (against examples/server.c, or any HTTP/1.1 server):
       cc -std=c99 -O2 -o build/client examples/client.c
       build/client -p 8080 GET:/ HEAD:/ GET:/
       build/client -p 8080 --pipeline GET:/ HEAD:/ POST:/echo=hello GET:/

   Usage: client [-a ADDR] [-p PORT] [--pipeline] REQUEST...
   REQUEST is METHOD:TARGET, or METHOD:TARGET=DATA to send DATA as the
   body with a Content-Length (the first '=' after the ':' starts the
   data, so a target cannot hold an '=' itself). POST, PUT and PATCH
   without data send Content-Length: 0. Defaults: 127.0.0.1, port 8080;
   the Host field is ADDR:PORT. Without --pipeline each request waits for
   the previous answer (still on one keep-alive connection).
   Exit status: 0 when every request got its final response, 1 on a
   protocol error, a connection failure or requests left unanswered, 2 on
   a usage error (including a request the codec refuses to write). */
#define _POSIX_C_SOURCE 200809L
#define HTTPCODEC_IMPLEMENTATION
#include "../httpcodec.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_REQUESTS 64
#define MAX_IN_FLIGHT 16 /* the parser's queue holds 16 unanswered requests */
#define IN_CAP 16384     /* above the 8192-byte line limit: a line always fits */
#define OUT_CAP 4096
#define TIMEOUT_MS 10000 /* give up after this long without any progress */

/* One request from the command line. Its head points at these strings. */
typedef struct request {
    const char *text; /* METHOD:TARGET[=DATA] as given */
    hc_span method, target, data;
    int has_data; /* =DATA was given, perhaps empty */
    hc_field fields[1]; /* Host (the codec adds the Content-Length) */
    hc_message msg;
    hc_head_writer hw; /* msg as hc_conn_start checked it: the head's bytes */
} request;

/* What of the request being written is being copied out. */
enum part { PART_HEAD, PART_BODY, PART_END, PART_NONE };

enum progress { GO_ON, STOP, FAILED };

typedef struct client {
    int fd;
    hc_conn conn;
    request req[MAX_REQUESTS];
    size_t count;
    unsigned max_in_flight; /* 1 without --pipeline */
    char host[300];
    /* writing: req[started - 1] is being copied out unless part is NONE */
    size_t started;
    enum part part;
    size_t part_off;       /* bytes of the part copied so far */
    hc_chunk_head chunk;   /* what precedes the body (nothing: Content-Length) */
    hc_body_writer ended;  /* the writer hc_conn_end ended: the body's end */
    char out[OUT_CAP];     /* out[out_off..out_len) not sent yet */
    size_t out_off, out_len;
    int write_failed;
    /* reading: in[in_off..in_len) not consumed yet */
    char in[IN_CAP];
    size_t in_off, in_len;
    int eof;
    size_t answered;     /* final responses read */
    unsigned status;     /* of the response being read */
    uint64_t body_bytes;
} client;

static client cl;

/* ---------------------------------------------------------- requests */

static hc_span span_of(const char *s, size_t len)
{
    hc_span sp;
    sp.ptr = s;
    sp.len = len;
    return sp;
}

static int needs_length(hc_method method)
{
    return method == HC_METHOD_POST || method == HC_METHOD_PUT || method == HC_METHOD_PATCH;
}

/* Splits METHOD:TARGET[=DATA]; 0 if it has no method or no target. */
static int split_request(request *rq, const char *text)
{
    const char *colon = strchr(text, ':'), *target, *eq;
    if (!colon || colon == text || colon[1] == '\0' || colon[1] == '=')
        return 0;
    target = colon + 1;
    eq = strchr(target, '=');
    rq->text = text;
    rq->method = span_of(text, (size_t)(colon - text));
    rq->target = span_of(target, eq ? (size_t)(eq - target) : strlen(target));
    rq->data = span_of(eq ? eq + 1 : "", eq ? strlen(eq + 1) : 0);
    rq->has_data = eq != NULL;
    return 1;
}

/* The head of a request, checked by the codec before anything is sent. */
static hc_error_code build_request(request *rq, const char *host)
{
    hc_message *m = &rq->msg;
    size_t where;
    memset(m, 0, sizeof *m);
    m->version_minor = 1;
    m->method = rq->method;
    m->target = rq->target;
    m->fields = rq->fields;
    rq->fields[0].name = span_of("Host", 4);
    rq->fields[0].value = span_of(host, strlen(host));
    m->field_count = 1;
    /* The framing is stated once: the codec writes the Content-Length. */
    m->body = HC_BODY_NONE;
    if (rq->has_data || needs_length(hc_method_from_name(rq->method.ptr, rq->method.len))) {
        m->body = HC_BODY_LENGTH;
        m->content_length = rq->data.len;
    }
    return hc_check_head(m, NULL, &where); /* a check only: started later */
}

/* ------------------------------------------------------------ output */

/* May the next request be begun now? */
static int may_start(const client *c)
{
    return c->started < c->count && hc_conn_writing(&c->conn) == HC_CONN_SEND &&
           hc_conn_outstanding(&c->conn) < c->max_in_flight;
}

static int start_request(client *c)
{
    request *rq = &c->req[c->started];
    size_t where;
    hc_error_code r = hc_conn_start(&c->conn, &rq->msg, &rq->hw, &where);
    if (r != HC_OK) {
        fprintf(stderr, "client: %s: the connection refuses it: %s\n", rq->text,
                hc_error_name(r));
        return 0;
    }
    c->started++;
    c->part = PART_HEAD;
    c->part_off = 0;
    return 1;
}

/* The part just copied out is complete: on to the next one, telling the
   connection what is about to be sent. */
static hc_error_code next_part(client *c)
{
    const request *rq = &c->req[c->started - 1];
    size_t where;
    hc_error_code r = HC_OK;
    c->part_off = 0;
    if (c->part == PART_HEAD && rq->data.len > 0) {
        c->part = PART_BODY;
        return hc_conn_body(&c->conn, rq->data.len, &c->chunk);
    }
    if (c->part == PART_HEAD || c->part == PART_BODY) {
        r = hc_conn_end(&c->conn, NULL, 0, &c->ended, &where);
        c->part = PART_END;
        return r;
    }
    c->part = PART_NONE;
    return r;
}

/* Copies what fits of the current part; 1 when the part is complete. */
static int copy_part(client *c)
{
    request *rq = &c->req[c->started - 1];
    char *dst = c->out + c->out_len;
    size_t room = OUT_CAP - c->out_len, total = 0, n = 0;
    switch (c->part) {
    case PART_HEAD:
        total = hc_head_size(&rq->hw);
        n = hc_write_head(&rq->hw, c->part_off, dst, room);
        break;
    case PART_BODY:
        total = hc_chunk_size(&c->chunk, rq->data.len);
        n = hc_write_chunk(&c->chunk, rq->data.ptr, rq->data.len, c->part_off, dst, room);
        break;
    case PART_END:
        total = hc_body_end_size(&c->ended, NULL, 0);
        n = hc_write_body_end(&c->ended, NULL, 0, c->part_off, dst, room);
        break;
    case PART_NONE:
        break;
    }
    c->out_len += n;
    c->part_off += n;
    return c->part_off >= total;
}

/* Fills the output buffer with request bytes, beginning requests as the
   connection allows. 0 if the codec refused something. */
static int fill_output(client *c)
{
    if (c->out_off == c->out_len) {
        c->out_off = c->out_len = 0;
    } else if (c->out_off > 0) {
        memmove(c->out, c->out + c->out_off, c->out_len - c->out_off);
        c->out_len -= c->out_off;
        c->out_off = 0;
    }
    while (!c->write_failed && c->out_len < OUT_CAP) {
        hc_error_code r;
        if (c->part == PART_NONE) {
            if (!may_start(c))
                return 1;
            if (!start_request(c))
                return 0;
            continue;
        }
        if (!copy_part(c))
            return 1; /* the buffer is full: resume from part_off later */
        r = next_part(c);
        if (r != HC_OK) {
            fprintf(stderr, "client: %s: %s\n", c->req[c->started - 1].text, hc_error_name(r));
            return 0;
        }
    }
    return 1;
}

static void send_output(client *c)
{
    while (c->out_off < c->out_len) {
        ssize_t n = send(c->fd, c->out + c->out_off, c->out_len - c->out_off, 0);
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

/* NEED_MORE: the unconsumed bytes go to the front to be presented again. */
static int keep_unconsumed(client *c)
{
    memmove(c->in, c->in + c->in_off, c->in_len - c->in_off);
    c->in_len -= c->in_off;
    c->in_off = 0;
    if (c->in_len == IN_CAP) { /* cannot happen with the default limits */
        fprintf(stderr, "client: a line does not fit the %d-byte input buffer\n", IN_CAP);
        return 0;
    }
    return 1;
}

static void on_response(client *c, const hc_event *ev)
{
    c->status = ev->status;
    c->body_bytes = 0;
}

/* A response is complete. Answers come in request order; an interim
   one (a 1xx but 101) is followed by the final answer to the same request. */
static void on_message_done(client *c, const hc_event *ev)
{
    const request *rq = &c->req[c->answered];
    printf("%.*s %.*s -> %u ", (int)rq->method.len, rq->method.ptr, (int)rq->target.len,
           rq->target.ptr, c->status);
    if (ev->interim) {
        printf("(interim)\n");
    } else {
        printf("%llu bytes\n", (unsigned long long)c->body_bytes);
        c->answered++;
    }
    fflush(stdout);
}

/* Reads every event the buffered bytes give. */
static enum progress process_input(client *c)
{
    for (;;) {
        hc_event ev;
        c->in_off += hc_conn_read(&c->conn, c->in + c->in_off, c->in_len - c->in_off, &ev);
        switch (ev.type) {
        case HC_EV_NEED_MORE:
            return keep_unconsumed(c) ? GO_ON : FAILED;
        case HC_EV_RESPONSE:
            on_response(c, &ev);
            break;
        case HC_EV_BODY:
            c->body_bytes += ev.data.len;
            break;
        case HC_EV_MESSAGE_DONE:
            on_message_done(c, &ev);
            if (c->answered == c->count)
                return STOP; /* anything after the last answer is not read */
            break;
        case HC_EV_PAUSED: /* answered before our body was all sent: send it */
            return GO_ON;
        case HC_EV_CLOSED:
            return STOP;
        case HC_EV_SWITCHED:
            fprintf(stderr, "client: the connection left HTTP/1 (status %u)\n", c->status);
            return STOP;
        case HC_EV_ERROR:
            fflush(stdout);
            fprintf(stderr, "client: protocol error: %s at byte %llu\n",
                    hc_error_name(ev.error.code), (unsigned long long)ev.error.offset);
            return FAILED;
        default: /* FIELD, HEAD_DONE, TRAILER */
            break;
        }
    }
}

/* -------------------------------------------------------- connection */

static int connect_to(const char *addr, const char *port)
{
    struct addrinfo hints, *list, *ai;
    int fd = -1, r;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    r = getaddrinfo(addr, port, &hints, &list);
    if (r != 0) {
        fprintf(stderr, "client: %s: %s\n", addr, gai_strerror(r));
        return -1;
    }
    for (ai = list; ai && fd < 0; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (fd >= 0 && connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
            r = errno;
            close(fd);
            fd = -1;
            errno = r;
        }
    }
    if (fd < 0)
        fprintf(stderr, "client: cannot connect to %s port %s: %s\n", addr, port,
                strerror(errno));
    freeaddrinfo(list);
    if (fd >= 0)
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

/* Why not every request got its final answer. Always 1 (the exit status). */
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
    return 1;
}

/* Sends and reads until every request has its final answer (0), or the
   connection can go no further (1). */
static int run(client *c)
{
    for (;;) {
        struct pollfd pfd;
        int ready;
        enum progress p = process_input(c);
        if (p == FAILED)
            return report_unfinished(c);
        if (c->answered == c->count)
            return 0;
        if (p == STOP || hc_conn_must_close(&c->conn))
            return report_unfinished(c);
        if (!fill_output(c))
            return report_unfinished(c);
        pfd.fd = c->fd;
        pfd.events = 0;
        pfd.revents = 0;
        if (c->out_off < c->out_len)
            pfd.events |= POLLOUT;
        /* reading DONE: an answer came before our body was all sent, and
           nothing more is read until it has been (PAUSED) */
        if (!c->eof && c->in_len < IN_CAP && hc_conn_reading(&c->conn) != HC_CONN_DONE)
            pfd.events |= POLLIN;
        if (pfd.events == 0) {
            fprintf(stderr, "client: cannot go on: reading %s, writing %s\n",
                    hc_conn_state_name(hc_conn_reading(&c->conn)),
                    hc_conn_state_name(hc_conn_writing(&c->conn)));
            return report_unfinished(c);
        }
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

static void print_usage(FILE *to)
{
    fprintf(to,
            "usage: client [-a ADDR] [-p PORT] [--pipeline] REQUEST...\n"
            "  REQUEST     METHOD:TARGET, or METHOD:TARGET=DATA to send a body\n"
            "              (e.g. GET:/ HEAD:/ POST:/echo=hello)\n"
            "  -a ADDR     server address (default 127.0.0.1)\n"
            "  -p PORT     server port (default 8080)\n"
            "  --pipeline  send requests without waiting for answers, where allowed\n"
            "Prints '<METHOD> <TARGET> -> <status> <body length> bytes' per response.\n");
}

static int usage_error(const char *why, const char *what)
{
    fprintf(stderr, "client: %s%s%s\n", why, what ? ": " : "", what ? what : "");
    fprintf(stderr, "usage: client [-a ADDR] [-p PORT] [--pipeline] REQUEST...  (-h: help)\n");
    return 2;
}

static int valid_port(const char *s)
{
    char *end;
    long v = strtol(s, &end, 10);
    return *s != '\0' && *end == '\0' && v > 0 && v <= 65535;
}

/* Adds one METHOD:TARGET[=DATA] argument; 0 (a message printed) if bad. */
static int add_request(client *c, const char *text)
{
    request *rq = &c->req[c->count];
    hc_error_code r;
    if (!split_request(rq, text)) {
        usage_error("expected METHOD:TARGET", text);
        return 0;
    }
    r = build_request(rq, c->host);
    if (r != HC_OK) {
        usage_error(hc_error_name(r), text);
        return 0;
    }
    c->count++;
    return 1;
}

int main(int argc, char **argv)
{
    const char *addr = "127.0.0.1", *port = "8080";
    const char *texts[MAX_REQUESTS];
    size_t count = 0, k;
    int i, n;
    cl.max_in_flight = 1;
    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            print_usage(stdout);
            return 0;
        } else if ((strcmp(argv[i], "-a") == 0 || strcmp(argv[i], "-p") == 0) && i + 1 == argc) {
            return usage_error("option needs a value", argv[i]);
        } else if (strcmp(argv[i], "-a") == 0) {
            addr = argv[++i];
        } else if (strcmp(argv[i], "-p") == 0) {
            port = argv[++i];
            if (!valid_port(port))
                return usage_error("bad port", port);
        } else if (strcmp(argv[i], "--pipeline") == 0) {
            cl.max_in_flight = MAX_IN_FLIGHT;
        } else if (argv[i][0] == '-') {
            return usage_error("unknown option", argv[i]);
        } else if (count == MAX_REQUESTS) {
            return usage_error("too many requests", NULL);
        } else {
            texts[count++] = argv[i];
        }
    }
    if (count == 0)
        return usage_error("no request given", NULL);
    /* Host: ADDR:PORT, an IPv6 literal in brackets */
    n = snprintf(cl.host, sizeof cl.host, strchr(addr, ':') ? "[%s]:%s" : "%s:%s", addr, port);
    if (n < 0 || (size_t)n >= sizeof cl.host)
        return usage_error("address too long", NULL);
    for (k = 0; k < count; k++)
        if (!add_request(&cl, texts[k]))
            return 2;
    signal(SIGPIPE, SIG_IGN); /* a closed connection is an error from send */
    cl.fd = connect_to(addr, port);
    if (cl.fd < 0)
        return 1;
    hc_conn_init(&cl.conn, HC_ROLE_CLIENT, NULL);
    cl.part = PART_NONE;
    n = run(&cl);
    close(cl.fd);
    return n;
}
