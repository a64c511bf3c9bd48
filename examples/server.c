/* server.c - a small poll()-based HTTP/1.1 server on top of httpcodec.h.

   One thread, non-blocking sockets, a fixed table of connection slots and
   fixed buffers: no allocation per request. What it shows:
     - hc_conn in the server role: pipelining, keep-alive and the codec's
       close decisions, limits answered with the codec's status;
     - partial writes resumed with the codec's offset-resumable emission
       (heads, chunks and body ends are copied into a 16 KiB output buffer
       a piece at a time; nothing has to fit at once);
     - full duplex: POST /echo streams the request body back as a chunked
       response while it is still arriving;
     - HEAD: the GET head with no body;
     - opt-in switching: GET /ws with Upgrade: websocket is accepted by the
       application with a 101 and served as a minimal RFC 6455 echo (frames
       up to 16 KiB; larger ones are refused with 1009); CONNECT to a
       loopback address becomes a tunnel whose half-closes are passed on:
       an EOF from one end becomes shutdown(SHUT_WR) toward the other.

   Build and run:   make run      (or: build/server -a 127.0.0.1 -p 8080)
   Options: -a ADDR, -p PORT (0 picks one), --sndbuf BYTES (small socket
   send buffers, to force partial writes), --idle-timeout SECONDS. */
#define _POSIX_C_SOURCE 200809L
#define HTTPCODEC_IMPLEMENTATION
#include "../httpcodec.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_SLOTS 1024
#define IN_CAP 16384
#define OUT_CAP 16384
#define MAX_ITEMS 4
#define MAX_OTHER_BODY (1u << 20) /* request bodies we drain; larger get 413 */
#define LINGER_SECONDS 2

/* ---------------------------------------------------------------- SHA-1 */

/* SHA-1 (FIPS 180-4) of a short message, for Sec-WebSocket-Accept only. */
static uint32_t rol32(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }

static void sha1_block(uint32_t h[5], const unsigned char *b)
{
    uint32_t w[80], a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4];
    unsigned i;
    for (i = 0; i < 16; i++)
        w[i] = (uint32_t)b[4 * i] << 24 | (uint32_t)b[4 * i + 1] << 16 |
               (uint32_t)b[4 * i + 2] << 8 | b[4 * i + 3];
    for (i = 16; i < 80; i++)
        w[i] = rol32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    for (i = 0; i < 80; i++) {
        uint32_t f, k, t;
        if (i < 20) f = (bb & c) | (~bb & d), k = 0x5A827999u;
        else if (i < 40) f = bb ^ c ^ d, k = 0x6ED9EBA1u;
        else if (i < 60) f = (bb & c) | (bb & d) | (c & d), k = 0x8F1BBCDCu;
        else f = bb ^ c ^ d, k = 0xCA62C1D6u;
        t = rol32(a, 5) + f + e + k + w[i];
        e = d, d = c, c = rol32(bb, 30), bb = a, a = t;
    }
    h[0] += a, h[1] += bb, h[2] += c, h[3] += d, h[4] += e;
}

static void sha1(const unsigned char *msg, size_t len, unsigned char out[20])
{
    uint32_t h[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
    unsigned char block[64];
    size_t i, full = len / 64 * 64, rest = len - full;
    uint64_t bits = (uint64_t)len * 8;
    for (i = 0; i < full; i += 64)
        sha1_block(h, msg + i);
    memset(block, 0, sizeof block);
    memcpy(block, msg + full, rest);
    block[rest] = 0x80;
    if (rest >= 56) {
        sha1_block(h, block);
        memset(block, 0, sizeof block);
    }
    for (i = 0; i < 8; i++)
        block[63 - i] = (unsigned char)(bits >> (8 * i));
    sha1_block(h, block);
    for (i = 0; i < 20; i++)
        out[i] = (unsigned char)(h[i / 4] >> (24 - 8 * (i % 4)));
}

static size_t base64(const unsigned char *in, size_t len, char *out)
{
    static const char abc[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t i, o = 0;
    for (i = 0; i < len; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (i + 1 < len ? (uint32_t)in[i + 1] << 8 : 0) |
                     (i + 2 < len ? in[i + 2] : 0);
        out[o++] = abc[v >> 18 & 63];
        out[o++] = abc[v >> 12 & 63];
        out[o++] = i + 1 < len ? abc[v >> 6 & 63] : '=';
        out[o++] = i + 2 < len ? abc[v & 63] : '=';
    }
    return o;
}

/* RFC 6455 section 4.2.1: the key is 16 bytes in base64, 24 characters
   ending in "==". */
static int websocket_key_valid(const char *key)
{
    static const char abc[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t i;
    if (strlen(key) != 24 || key[22] != '=' || key[23] != '=')
        return 0;
    for (i = 0; i < 22; i++)
        if (!strchr(abc, key[i]))
            return 0;
    return strchr("AQgw", key[21]) != NULL; /* the last 4 bits are zero */
}

/* RFC 6455 section 4.2.2: base64(SHA-1(key + GUID)). */
static void websocket_accept(const char *key, size_t key_len, char out[29])
{
    static const char guid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    unsigned char buf[128], digest[20];
    memcpy(buf, key, key_len);
    memcpy(buf + key_len, guid, sizeof guid - 1);
    sha1(buf, key_len + sizeof guid - 1, digest);
    out[base64(digest, 20, out)] = '\0';
}

/* ----------------------------------------------------------- the slots */

enum slot_kind { SLOT_FREE = 0, SLOT_HTTP, SLOT_WEBSOCKET, SLOT_TUNNEL };
enum route { ROUTE_NONE = 0, ROUTE_ROOT, ROUTE_ECHO, ROUTE_WS, ROUTE_BYTES, ROUTE_CONNECT,
             ROUTE_NOT_FOUND };

/* Output waiting to be copied into the output buffer, in order. Each
   kind is emitted from an offset, so it resumes wherever a full buffer
   stopped it. */
enum item_kind { ITEM_HEAD, ITEM_CHUNK, ITEM_TEXT, ITEM_GENERATED, ITEM_END };
typedef struct item {
    enum item_kind kind;
    size_t off;           /* bytes of this item already emitted */
    size_t len;           /* TEXT, GENERATED, CHUNK: data bytes */
    hc_head_writer hw;    /* HEAD: checked by hc_conn_start from s->res or
                             s->interim, which stay put until it is out */
    const char *data;     /* TEXT, CHUNK (CHUNK data lives in the input buffer) */
    hc_chunk_head chunk;  /* CHUNK */
    hc_body_writer ended; /* END: the writer as hc_conn_end left it */
} item;

typedef struct slot {
    enum slot_kind kind;
    int fd;
    int peer;        /* tunnel: the slot at the other end, else -1 */
    hc_conn conn;
    time_t last_active;
    /* input: in[in_off..in_len) not consumed yet */
    char in[IN_CAP];
    size_t in_off, in_len;
    /* output: out[out_off..out_len) not sent yet */
    char out[OUT_CAP];
    size_t out_off, out_len;
    item items[MAX_ITEMS];
    size_t item_count;
    /* the request being answered */
    hc_method method;
    unsigned char http10;
    enum route route;
    uint64_t bytes_wanted; /* /bytes/N */
    char authority[300];   /* CONNECT target */
    char ws_key[64];
    int ws_upgrade;    /* Upgrade offers websocket */
    int ws_version_13; /* Sec-WebSocket-Version: 13 */
    int ws_fragmented; /* a fragmented data message is under way */
    int echoing;    /* the response streams the request body back */
    /* the response being written: its head points at these; an interim
       response (100) has its own, queued before the final one */
    hc_message res, interim;
    hc_field fields[6];
    char accept_text[32], error_text[64];
    /* ending */
    int read_eof;      /* the peer shut its sending side */
    int write_shut;    /* we shut ours */
    int closing;       /* no more HTTP: close once the output is out */
    int connecting;    /* tunnel backend: the connect is under way */
    int awaiting;      /* CONNECT: waiting for the backend's connect */
    time_t connect_deadline;
    time_t linger_until;
} slot;

static slot slots[MAX_SLOTS];
static int idle_timeout = 30;
static int send_buffer_size = 0;
static volatile sig_atomic_t stop_requested;
static time_t accept_paused_until; /* out of file descriptors: retry later */

static void slot_close(slot *s);

static const char root_page[] =
    "httpcodec example server\n"
    "\n"
    "Try:\n"
    "  curl -i http://HOST/                      this page\n"
    "  curl -I http://HOST/                      HEAD: the same head, no body\n"
    "  curl -i http://HOST/bytes/100000          100000 generated bytes\n"
    "  seq 100000 | curl -sS -T - -X POST http://HOST/echo | tail -1\n"
    "                                            POST /echo streams the body back (full duplex)\n"
    "  curl -p -x http://HOST/ http://127.0.0.1:PORT/  CONNECT tunnel (loopback only)\n"
    "  GET /ws with Upgrade: websocket           RFC 6455 echo (e.g. python3 -m websockets ws://HOST/ws)\n";

static hc_span span_of(const char *s) { hc_span sp; sp.ptr = s; sp.len = strlen(s); return sp; }

static void add_field(hc_message *m, const char *name, const char *value)
{
    hc_field *f = (hc_field *)m->fields + m->field_count++;
    f->name = span_of(name);
    f->value = span_of(value);
}

static item *queue_item(slot *s, enum item_kind kind, const char *data, size_t len)
{
    item *it;
    if (s->item_count == MAX_ITEMS) /* a response is at most 100, head, body, end */
        abort();
    it = &s->items[s->item_count++];
    it->kind = kind;
    it->off = 0;
    it->data = data;
    it->len = len;
    return it;
}

/* ------------------------------------------------------------ output */

/* Copies as much of the queued items as fits into the output buffer. */
static void fill_output(slot *s)
{
    while (s->item_count > 0) {
        item *it = &s->items[0];
        size_t room, n = 0, total = 0;
        if (s->out_off > 0 && s->out_off == s->out_len)
            s->out_off = s->out_len = 0;
        if (s->out_off > 0 && s->out_len == OUT_CAP) {
            memmove(s->out, s->out + s->out_off, s->out_len - s->out_off);
            s->out_len -= s->out_off;
            s->out_off = 0;
        }
        room = OUT_CAP - s->out_len;
        if (room == 0)
            return;
        switch (it->kind) {
        case ITEM_HEAD:
            total = hc_head_size(&it->hw);
            n = hc_write_head(&it->hw, it->off, s->out + s->out_len, room);
            break;
        case ITEM_CHUNK:
            total = hc_chunk_size(&it->chunk, it->len);
            n = hc_write_chunk(&it->chunk, it->data, it->len, it->off, s->out + s->out_len, room);
            break;
        case ITEM_TEXT:
            total = it->len;
            n = total - it->off < room ? total - it->off : room;
            memcpy(s->out + s->out_len, it->data + it->off, n);
            break;
        case ITEM_GENERATED: { /* /bytes/N: byte i is 'a' + i % 26 */
            size_t k;
            total = it->len;
            n = total - it->off < room ? total - it->off : room;
            for (k = 0; k < n; k++)
                s->out[s->out_len + k] = (char)('a' + (it->off + k) % 26);
            break;
        }
        case ITEM_END:
            total = hc_body_end_size(&it->ended, NULL, 0);
            n = hc_write_body_end(&it->ended, NULL, 0, it->off, s->out + s->out_len, room);
            break;
        }
        s->out_len += n;
        it->off += n;
        if (it->off < total)
            return; /* the buffer is full: resume from it->off later */
        memmove(&s->items[0], &s->items[1], (s->item_count - 1) * sizeof(item));
        s->item_count--;
    }
}

/* Sends what the output buffer holds; 0 when the peer is gone. */
static int flush_output(slot *s)
{
    while (s->out_off < s->out_len) {
        ssize_t n = send(s->fd, s->out + s->out_off, s->out_len - s->out_off, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return 1;
            if (errno == EINTR)
                continue;
            return 0;
        }
        s->out_off += (size_t)n;
    }
    s->out_off = s->out_len = 0;
    return 1;
}

static int output_pending(const slot *s) { return s->item_count > 0 || s->out_off < s->out_len; }

/* ---------------------------------------------------------- responses */

/* A response head with no fields yet. An interim one (100) has its own
   message, queued before the final one; it never has fields, so the two
   can share the field store. */
static hc_message *response_head(slot *s, unsigned status, const char *reason)
{
    hc_message *m = status < 200 && status != 101 ? &s->interim : &s->res;
    memset(m, 0, sizeof *m);
    m->is_response = 1;
    m->version_minor = 1;
    m->status = status;
    m->reason = span_of(reason);
    m->fields = s->fields;
    return m;
}

/* Begins the response m: adds its type and Connection fields, states
   its framing once (the codec writes the Content-Length or
   Transfer-Encoding field), and queues the head, and for fixed bodies the
   body and end. Connection: close is said whenever the connection will
   not be reused (the codec requires it), keep-alive to an HTTP/1.0 client
   that asked for it. The same description answers GET and HEAD: an
   answer to HEAD (or a 304) states the length a GET would get, and the
   codec, which knows the request's method, refuses its body bytes. */
static hc_error_code respond_with(slot *s, hc_message *m, const char *type, hc_body body,
                                  const char *text, uint64_t length)
{
    size_t where;
    hc_error_code r;
    item *head;
    hc_body_writer ended; /* not chunked: the end is empty, nothing to queue */
    unsigned status = m->status;
    if (type)
        add_field(m, "Content-Type", type);
    if (body != HC_BODY_TUNNEL && status >= 200) {
        int refused_connect = s->method == HC_METHOD_CONNECT;
        if (!hc_conn_keep_alive(&s->conn) || refused_connect || s->closing || body == HC_BODY_CLOSE)
            add_field(m, "Connection", "close");
        else if (s->http10)
            add_field(m, "Connection", "keep-alive");
    }
    if (status == 204) /* no content, and no framing field either */
        body = HC_BODY_NONE;
    m->body = body;
    m->content_length = body == HC_BODY_LENGTH ? length : 0;
    head = queue_item(s, ITEM_HEAD, NULL, 0); /* checked into it */
    r = hc_conn_start(&s->conn, m, &head->hw, &where);
    if (r != HC_OK) {
        s->item_count--; /* nothing to write */
        fprintf(stderr, "server: response %u refused: %s\n", status, hc_error_name(r));
        return r;
    }
    if (body == HC_BODY_LENGTH && length > 0) {
        hc_chunk_head none;
        r = hc_conn_body(&s->conn, (size_t)length, &none);
        if (r == HC_OK)
            queue_item(s, text ? ITEM_TEXT : ITEM_GENERATED, text, (size_t)length);
        else if (r == HC_ERR_BODY_NOT_ALLOWED) /* HEAD, 304: the head only */
            r = HC_OK;
    }
    if (r == HC_OK && body != HC_BODY_CHUNKED && body != HC_BODY_CLOSE)
        r = hc_conn_end(&s->conn, NULL, 0, &ended, &where); /* streamed bodies end later */
    if (r != HC_OK) { /* cannot happen with the bodies above; never hang on it */
        fprintf(stderr, "server: body refused: %s\n", hc_error_name(r));
        s->closing = 1;
    }
    return r;
}

static hc_error_code respond(slot *s, unsigned status, const char *reason, const char *type,
                             hc_body body, const char *text, uint64_t length)
{
    return respond_with(s, response_head(s, status, reason), type, body, text, length);
}

static void respond_text(slot *s, unsigned status, const char *reason, const char *text)
{
    respond(s, status, reason, "text/plain", HC_BODY_LENGTH, text, strlen(text));
}

/* Ends a streamed (echo) response: the last chunk is queued. */
static void end_stream(slot *s)
{
    size_t where;
    item *end = queue_item(s, ITEM_END, NULL, 0);
    if (hc_conn_end(&s->conn, NULL, 0, &end->ended, &where) != HC_OK) {
        s->item_count--; /* nothing to write */
        return;
    }
    s->echoing = 0;
}

/* ------------------------------------------------------------- routes */

static int span_is(hc_span sp, const char *s) { return sp.len == strlen(s) && memcmp(sp.ptr, s, sp.len) == 0; }

static int span_has_token(hc_span v, const char *token)
{
    size_t i, n = strlen(token);
    for (i = 0; i + n <= v.len; i++) {
        size_t k;
        for (k = 0; k < n && (v.ptr[i + k] | 0x20) == token[k]; k++)
            ;
        if (k == n && (i + n == v.len || v.ptr[i + n] == ',' || v.ptr[i + n] == ' ') &&
            (i == 0 || v.ptr[i - 1] == ',' || v.ptr[i - 1] == ' '))
            return 1;
    }
    return 0;
}

static void on_request_line(slot *s, const hc_event *ev)
{
    s->method = ev->method;
    s->http10 = ev->version_minor == 0;
    s->ws_upgrade = s->ws_version_13 = s->ws_fragmented = 0;
    s->ws_key[0] = '\0';
    s->bytes_wanted = 0;
    if (ev->method == HC_METHOD_CONNECT) {
        size_t n = ev->target.len < sizeof s->authority - 1 ? ev->target.len : sizeof s->authority - 1;
        memcpy(s->authority, ev->target.ptr, n);
        s->authority[n] = '\0';
        s->route = ROUTE_CONNECT;
    } else if (span_is(ev->target, "/")) {
        s->route = ROUTE_ROOT;
    } else if (span_is(ev->target, "/echo")) {
        s->route = ROUTE_ECHO;
    } else if (span_is(ev->target, "/ws")) {
        s->route = ROUTE_WS;
    } else if (ev->target.len > 7 && memcmp(ev->target.ptr, "/bytes/", 7) == 0) {
        size_t i;
        s->route = ROUTE_BYTES;
        for (i = 7; i < ev->target.len && i < 7 + 12; i++) {
            if (ev->target.ptr[i] < '0' || ev->target.ptr[i] > '9') {
                s->route = ROUTE_NOT_FOUND;
                break;
            }
            s->bytes_wanted = s->bytes_wanted * 10 + (uint64_t)(ev->target.ptr[i] - '0');
        }
        if (i < ev->target.len || s->bytes_wanted > (1u << 30)) /* up to 1 GiB */
            s->route = ROUTE_NOT_FOUND;
    } else {
        s->route = ROUTE_NOT_FOUND;
    }
}

static void on_field(slot *s, const hc_event *ev)
{
    if (s->route != ROUTE_WS)
        return;
    if (ev->name.len == 7 && strncasecmp(ev->name.ptr, "Upgrade", 7) == 0)
        s->ws_upgrade |= span_has_token(ev->value, "websocket");
    else if ((ev->name.len == 17 && strncasecmp(ev->name.ptr, "Sec-WebSocket-Key", 17) == 0) &&
             ev->value.len < sizeof s->ws_key)
        memcpy(s->ws_key, ev->value.ptr, ev->value.len), s->ws_key[ev->value.len] = '\0';
    else if (ev->name.len == 21 && strncasecmp(ev->name.ptr, "Sec-WebSocket-Version", 21) == 0)
        s->ws_version_13 = span_is(ev->value, "13");
}

static int is_loopback(const char *host)
{
    struct in_addr a4;
    struct in6_addr a6;
    if (strcmp(host, "localhost") == 0)
        return 1;
    if (inet_pton(AF_INET, host, &a4) == 1)
        return (ntohl(a4.s_addr) >> 24) == 127;
    if (inet_pton(AF_INET6, host, &a6) == 1)
        return IN6_IS_ADDR_LOOPBACK(&a6);
    return 0;
}

static int free_slot(void)
{
    int i;
    for (i = 0; i < MAX_SLOTS; i++)
        if (slots[i].kind == SLOT_FREE)
            return i;
    return -1;
}

static void set_nonblocking(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

static void slot_open(int i, int fd, enum slot_kind kind)
{
    slot *s = &slots[i];
    s->kind = kind;
    s->fd = fd;
    s->peer = -1;
    hc_conn_init(&s->conn, HC_ROLE_SERVER, NULL);
    s->last_active = time(NULL);
    s->in_off = s->in_len = s->out_off = s->out_len = s->item_count = 0;
    s->route = ROUTE_NONE;
    s->method = HC_METHOD_OTHER;
    s->http10 = 0;
    s->echoing = s->read_eof = s->write_shut = s->closing = 0;
    s->connecting = s->awaiting = 0;
    s->linger_until = 0;
}

/* Opens the tunnel's far end: host:port, loopback only. Returns the
   backend slot, -1 when refused (*status says why). */
static int open_tunnel(slot *s, unsigned *status)
{
    char host[300];
    char *colon = strrchr(s->authority, ':');
    long port;
    int fd, b;
    struct sockaddr_storage addr;
    socklen_t addr_len;
    memset(&addr, 0, sizeof addr);
    *status = 403;
    if (!colon)
        return -1;
    memcpy(host, s->authority, (size_t)(colon - s->authority));
    host[colon - s->authority] = '\0';
    if (host[0] == '[') { /* [::1]:port */
        size_t n = strlen(host);
        if (n < 2 || host[n - 1] != ']')
            return -1;
        memmove(host, host + 1, n - 2);
        host[n - 2] = '\0';
    }
    port = strtol(colon + 1, NULL, 10);
    if (!is_loopback(host) || port <= 0 || port > 65535)
        return -1;
    *status = 502;
    if (strcmp(host, "localhost") == 0)
        strcpy(host, "127.0.0.1");
    if (strchr(host, ':')) {
        struct sockaddr_in6 *a = (struct sockaddr_in6 *)&addr;
        a->sin6_family = AF_INET6;
        a->sin6_port = htons((uint16_t)port);
        inet_pton(AF_INET6, host, &a->sin6_addr);
        addr_len = sizeof *a;
    } else {
        struct sockaddr_in *a = (struct sockaddr_in *)&addr;
        a->sin_family = AF_INET;
        a->sin_port = htons((uint16_t)port);
        inet_pton(AF_INET, host, &a->sin_addr);
        addr_len = sizeof *a;
    }
    b = free_slot();
    if (b < 0)
        return -1;
    fd = socket(addr.ss_family, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    /* Non-blocking: even on loopback a connect can wait (a full backlog),
       and the rest of the server must not wait with it. */
    set_nonblocking(fd);
    if (connect(fd, (struct sockaddr *)&addr, addr_len) != 0 && errno != EINPROGRESS) {
        close(fd);
        return -1;
    }
    slot_open(b, fd, SLOT_TUNNEL);
    slots[b].connecting = 1; /* finished when the socket turns writable */
    slots[b].connect_deadline = time(NULL) + 5;
    return b;
}

/* The tunnel's connect finished (or failed, or took too long): the
   CONNECT is answered, 200 to switch or 502/504 to refuse. */
static void tunnel_connected(slot *b, int error)
{
    slot *s = &slots[b->peer];
    b->connecting = 0;
    s->awaiting = 0;
    if (!error && respond(s, 200, "Connection Established", NULL, HC_BODY_TUNNEL, NULL, 0) == HC_OK)
        return;
    s->peer = b->peer = -1;
    slot_close(b);
    respond_text(s, error == ETIMEDOUT ? 504 : 502, error == ETIMEDOUT ? "Gateway Timeout" : "Bad Gateway",
                 "could not connect\n");
}

/* RFC 6455 section 4.4: a version we do not speak gets 426 naming ours
   (and, RFC 9110 section 15.5.22, the protocol to upgrade to). */
static void respond_upgrade_required(slot *s)
{
    static const char text[] = "this server speaks WebSocket version 13\n";
    hc_message *m = response_head(s, 426, "Upgrade Required");
    add_field(m, "Upgrade", "websocket");
    add_field(m, "Connection", "Upgrade");
    add_field(m, "Sec-WebSocket-Version", "13");
    respond_with(s, m, "text/plain", HC_BODY_LENGTH, text, sizeof text - 1);
}

/* The request head is complete: answer it. Every answer is written at
   once except the echo, whose body follows the request body. */
static void on_head_done(slot *s, const hc_event *ev)
{
    switch (s->route) {
    case ROUTE_CONNECT: {
        unsigned status;
        int b = open_tunnel(s, &status);
        if (b < 0) {
            respond_text(s, status, status == 403 ? "Forbidden" : "Bad Gateway",
                         status == 403 ? "CONNECT is allowed to loopback addresses only\n"
                                       : "could not connect\n");
            return;
        }
        s->peer = b;
        slots[b].peer = (int)(s - slots);
        s->awaiting = 1; /* answered when the connect is done */
        return;
    }
    case ROUTE_WS:
        /* Opt-in: only a websocket offer is accepted (RFC 6455 section
           4.2.1: version 13, a valid key); any other offer is declined by
           answering as plain HTTP. */
        if (ev->upgrade && s->ws_upgrade && s->method == HC_METHOD_GET) {
            if (!s->ws_version_13) {
                respond_upgrade_required(s);
                return;
            }
            if (!websocket_key_valid(s->ws_key)) {
                respond_text(s, 400, "Bad Request", "Sec-WebSocket-Key is not 16 bytes in base64\n");
                return;
            }
            /* a 101 comes after the 100 a client may wait for (RFC 9110
               section 7.8) */
            if (ev->expect_continue && respond(s, 100, "Continue", NULL, HC_BODY_NONE, NULL, 0) != HC_OK)
                return;
            hc_message *m = response_head(s, 101, "Switching Protocols");
            websocket_accept(s->ws_key, strlen(s->ws_key), s->accept_text);
            add_field(m, "Upgrade", "websocket");
            add_field(m, "Connection", "Upgrade");
            add_field(m, "Sec-WebSocket-Accept", s->accept_text);
            if (respond_with(s, m, NULL, HC_BODY_TUNNEL, NULL, 0) == HC_OK)
                return;
        }
        /* Declined: served as plain HTTP, and HTTP goes on. */
        if (s->method == HC_METHOD_GET || s->method == HC_METHOD_HEAD)
            respond_text(s, 200, "OK", "a WebSocket echo lives here (Upgrade: websocket)\n");
        else
            respond_text(s, 405, "Method Not Allowed", "GET with Upgrade: websocket\n");
        return;
    case ROUTE_ECHO:
        if (s->method != HC_METHOD_POST) {
            respond_text(s, 405, "Method Not Allowed", "POST your body here\n");
            return;
        }
        /* Full duplex: the answer starts before the body is read, after
           the 100 (Continue) a client may be waiting for (RFC 9110 section
           10.1.1). An HTTP/1.0 client cannot take chunked: its echo ends
           with the connection. */
        if (ev->expect_continue && respond(s, 100, "Continue", NULL, HC_BODY_NONE, NULL, 0) != HC_OK)
            return;
        if (respond(s, 200, "OK", "application/octet-stream",
                    s->http10 ? HC_BODY_CLOSE : HC_BODY_CHUNKED, NULL, 0) == HC_OK)
            s->echoing = 1;
        return;
    default:
        break;
    }
    /* A body announced with Expect: 100-continue that no route here reads:
       the final answer goes at once and the connection closes, rather
       than wait for a body the client may never send (RFC 9110 section
       10.1.1). */
    if (ev->expect_continue)
        s->closing = 1;
    if (s->method == HC_METHOD_OTHER) {
        respond_text(s, 501, "Not Implemented", "method not implemented\n");
    } else if (ev->body == HC_BODY_CHUNKED ||
               (ev->body == HC_BODY_LENGTH && ev->content_length > MAX_OTHER_BODY)) {
        s->closing = 1; /* we will not drain it */
        respond_text(s, 413, "Content Too Large", "no body expected here\n");
    } else if (s->route == ROUTE_ROOT && (s->method == HC_METHOD_GET || s->method == HC_METHOD_HEAD)) {
        respond(s, 200, "OK", "text/plain", HC_BODY_LENGTH, root_page, sizeof root_page - 1);
    } else if (s->route == ROUTE_BYTES && (s->method == HC_METHOD_GET || s->method == HC_METHOD_HEAD)) {
        respond(s, 200, "OK", "application/octet-stream", HC_BODY_LENGTH, NULL, s->bytes_wanted);
    } else if (s->route == ROUTE_ROOT || s->route == ROUTE_BYTES) {
        respond_text(s, 405, "Method Not Allowed", "GET or HEAD\n");
    } else {
        respond_text(s, 404, "Not Found", "not found\n");
    }
}

/* A request could not be read: answer with the codec's status and close. */
static void on_error(slot *s, const hc_event *ev)
{
    fprintf(stderr, "server: bad request: %s at byte %llu\n", hc_error_name(ev->error.code),
            (unsigned long long)ev->error.offset);
    s->closing = 1;
    if (hc_conn_writing(&s->conn) != HC_CONN_SEND)
        return;
    snprintf(s->error_text, sizeof s->error_text, "%s\n", hc_error_name(ev->error.code));
    s->route = ROUTE_NONE;
    respond_text(s, ev->error.status, ev->error.status == 505 ? "HTTP Version Not Supported" :
                 ev->error.status == 414 ? "URI Too Long" :
                 ev->error.status == 431 ? "Request Header Fields Too Large" : "Bad Request",
                 s->error_text);
}

/* --------------------------------------------------------- websocket */

/* Ends a WebSocket connection with a close frame carrying code. */
static void websocket_fail(slot *s, unsigned code)
{
    if (OUT_CAP - s->out_len >= 4) {
        s->out[s->out_len++] = (char)0x88;
        s->out[s->out_len++] = 2;
        s->out[s->out_len++] = (char)(code >> 8);
        s->out[s->out_len++] = (char)(code & 0xFF);
    }
    s->closing = 1;
}

/* RFC 6455 section 5: what a frame header may not be, given whether a
   fragmented message is open (section 5.4). */
static int websocket_frame_invalid(const slot *s, unsigned char b0, unsigned char b1)
{
    unsigned opcode = b0 & 0x0F, fin = (b0 & 0x80) != 0;
    if (!(b1 & 0x80) || (b0 & 0x70)) /* unmasked, or RSV bits without an extension */
        return 1;
    if (opcode >= 0x8) /* control: 0x8 close, 0x9 ping, 0xA pong; whole, <= 125 bytes */
        return opcode > 0xA || !fin || (b1 & 0x7F) > 125;
    if (opcode > 0x2)
        return 1;
    return (opcode == 0x0) != s->ws_fragmented; /* continuation iff a message is open */
}

/* One frame from in[in_off..): echoed (text, binary, continuation),
   answered (ping -> pong, close -> close), or dropped (pong). Returns 0
   when a whole frame is not there yet or the output has no room. */
static int websocket_frame(slot *s)
{
    const unsigned char *b = (const unsigned char *)s->in + s->in_off;
    size_t avail = s->in_len - s->in_off, head = 2, k;
    uint64_t len;
    unsigned opcode;
    unsigned char mask[4], *out;
    if (avail < 2)
        return 0;
    opcode = b[0] & 0x0F;
    len = b[1] & 0x7F;
    if (websocket_frame_invalid(s, b[0], b[1])) {
        websocket_fail(s, 1002); /* protocol error (section 7.4.1) */
        return 0;
    }
    if (len == 126) {
        if (avail < 4)
            return 0;
        len = (uint64_t)b[2] << 8 | b[3];
        head = 4;
    } else if (len == 127) {
        if (avail < 10)
            return 0;
        for (len = 0, k = 2; k < 10; k++)
            len = len << 8 | b[k];
        head = 10;
    }
    if (len > IN_CAP - 14) { /* bigger than we echo: 1009 (section 7.4.1) */
        websocket_fail(s, 1009);
        return 0;
    }
    if (opcode == 0x8 && len == 1) { /* a close payload is 0 or 2+ bytes (5.5.1) */
        websocket_fail(s, 1002);
        return 0;
    }
    if (avail < head + 4 + len)
        return 0;
    if (OUT_CAP - s->out_len < len + 10) {
        if (s->out_off == 0)
            return 0;
        memmove(s->out, s->out + s->out_off, s->out_len - s->out_off);
        s->out_len -= s->out_off;
        s->out_off = 0;
        if (OUT_CAP - s->out_len < len + 10)
            return 0;
    }
    memcpy(mask, b + head, 4);
    out = (unsigned char *)s->out + s->out_len;
    /* Server frames are unmasked (section 5.1). */
    out[0] = (unsigned char)((b[0] & 0x80) | (opcode == 0x9 ? 0xA : opcode));
    if (len < 126) {
        out[1] = (unsigned char)len;
        k = 2;
    } else if (len < 65536) {
        out[1] = 126, out[2] = (unsigned char)(len >> 8), out[3] = (unsigned char)len;
        k = 4;
    } else {
        out[1] = 127;
        for (k = 0; k < 8; k++)
            out[2 + k] = (unsigned char)(len >> (56 - 8 * k));
        k = 10;
    }
    for (size_t i = 0; i < len; i++)
        out[k + i] = b[head + 4 + i] ^ mask[i % 4];
    s->in_off += head + 4 + (size_t)len;
    if (opcode < 0x8) /* a data frame: the message stays open until FIN */
        s->ws_fragmented = !(out[0] & 0x80);
    if (opcode == 0xA) /* a pong needs no answer */
        return 1;
    s->out_len += k + (size_t)len;
    if (opcode == 0x8) /* close answered: the connection ends */
        s->closing = 1;
    return 1;
}

/* ------------------------------------------------------------- tunnel */

/* Tunnel: bytes read from one end go to the other end's output. EOF
   becomes a write shutdown toward the other end once its output is
   out; the tunnel is over when both directions are. */
static void tunnel_read(slot *s)
{
    slot *t = &slots[s->peer];
    ssize_t n;
    if (t->out_off > 0) {
        memmove(t->out, t->out + t->out_off, t->out_len - t->out_off);
        t->out_len -= t->out_off;
        t->out_off = 0;
    }
    if (t->out_len == OUT_CAP)
        return;
    n = recv(s->fd, t->out + t->out_len, OUT_CAP - t->out_len, 0);
    if (n > 0)
        t->out_len += (size_t)n;
    else if (n == 0)
        s->read_eof = 1;
    else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
        slot_close(s); /* reset: the tunnel is over, both ends */
}

/* Moves the tunnel along after any change; closes it when both
   directions are done. */
static void tunnel_service(slot *s)
{
    slot *t = &slots[s->peer];
    int k;
    for (k = 0; k < 2; k++) {
        slot *a = k ? t : s, *b = k ? s : t;
        if (!flush_output(b)) { /* b is gone for writing: a's data has nowhere to go */
            b->out_off = b->out_len = 0;
            if (!a->read_eof)
                shutdown(a->fd, SHUT_RD);
            a->read_eof = 1;
        }
        if (a->read_eof && !b->write_shut && b->out_off == b->out_len) {
            shutdown(b->fd, SHUT_WR);
            b->write_shut = 1;
        }
    }
    if (s->read_eof && t->read_eof && s->write_shut && t->write_shut) {
        slot_close(t);
        slot_close(s);
    }
}

/* ---------------------------------------------------------- HTTP slots */

static int can_parse(const slot *s)
{
    int i;
    if (s->closing || s->awaiting)
        return 0;
    for (i = 0; i < (int)s->item_count; i++)
        if (s->items[i].kind == ITEM_CHUNK)
            return 0; /* its data still points into the input buffer */
    return s->item_count == 0 || s->echoing;
}

/* The connection left HTTP: the bytes not consumed are the new
   protocol's, whether they came with the head or after it. */
static void on_switched(slot *s)
{
    fill_output(s); /* the 101 or 200 head goes out first */
    if (s->route == ROUTE_CONNECT && s->peer >= 0) {
        slot *t = &slots[s->peer];
        size_t n = s->in_len - s->in_off;
        memcpy(t->out, s->in + s->in_off, n);
        t->out_len = n;
        s->in_off = s->in_len = 0;
        s->kind = SLOT_TUNNEL;
    } else {
        s->kind = SLOT_WEBSOCKET;
    }
}

/* Handles one event; returns 0 to stop parsing for now. */
static int on_event(slot *s, const hc_event *ev)
{
    switch (ev->type) {
    case HC_EV_REQUEST: on_request_line(s, ev); return 1;
    case HC_EV_FIELD: on_field(s, ev); return 1;
    case HC_EV_HEAD_DONE: on_head_done(s, ev); return 1;
    case HC_EV_BODY:
        if (s->echoing) {
            hc_chunk_head chunk;
            if (hc_conn_body(&s->conn, ev->data.len, &chunk) == HC_OK) {
                queue_item(s, ITEM_CHUNK, ev->data.ptr, ev->data.len);
                s->items[s->item_count - 1].chunk = chunk;
            }
            return 0; /* emit it before reading on */
        }
        return 1; /* a body nobody asked for: drained */
    case HC_EV_MESSAGE_DONE:
        if (s->echoing)
            end_stream(s);
        /* An error before the next request line answers no request in
           particular; only the route waits for SWITCHED. */
        s->method = HC_METHOD_OTHER;
        s->http10 = 0;
        if (s->route != ROUTE_CONNECT && s->route != ROUTE_WS)
            s->route = ROUTE_NONE;
        return 1;
    case HC_EV_SWITCHED: on_switched(s); return 0;
    case HC_EV_CLOSED: s->closing = 1; return 0;
    case HC_EV_ERROR: on_error(s, ev); return 0;
    default: return 0; /* NEED_MORE, PAUSED */
    }
}

/* Moves an HTTP or WebSocket connection along as far as it can go now:
   output into the buffer and out, input through the codec. */
static void http_service(slot *s)
{
    for (;;) {
        int did = 0;
        fill_output(s);
        if (!flush_output(s)) {
            slot_close(s);
            return;
        }
        if (s->kind == SLOT_TUNNEL) {
            tunnel_service(s);
            return;
        }
        if (s->kind == SLOT_WEBSOCKET) {
            while (!s->closing && s->item_count == 0 && websocket_frame(s))
                did = 1;
        } else if (can_parse(s)) {
            hc_event ev;
            size_t used = hc_conn_read(&s->conn, s->in + s->in_off, s->in_len - s->in_off, &ev);
            enum slot_kind kind = s->kind;
            s->in_off += used;
            did = on_event(s, &ev) || used > 0 || s->kind != kind;
            if (hc_conn_must_close(&s->conn))
                s->closing = 1;
        }
        if (s->closing && !output_pending(s) && !s->write_shut) {
            /* Close gracefully: stop sending, read what still comes for a
               moment, so the peer reads our answer before any reset (RFC
               9112 section 9.6). */
            shutdown(s->fd, SHUT_WR);
            s->write_shut = 1;
            s->linger_until = time(NULL) + LINGER_SECONDS;
        }
        if (s->write_shut && s->read_eof) {
            slot_close(s);
            return;
        }
        if (!did)
            return;
    }
}

static void slot_close(slot *s)
{
    if (s->kind == SLOT_FREE)
        return;
    close(s->fd);
    s->kind = SLOT_FREE;
    s->fd = -1;
    if (s->peer >= 0) { /* a tunnel's other end goes with it */
        slot *t = &slots[s->peer];
        s->peer = -1;
        if (t->kind != SLOT_FREE && t->peer == (int)(s - slots)) {
            t->peer = -1;
            slot_close(t);
        }
    }
}

/* Reads what arrived into the input buffer (after moving the unconsumed
   bytes to its front, unless an echo chunk still points into it). */
static void http_read(slot *s)
{
    ssize_t n;
    if (s->write_shut) { /* lingering: read and forget */
        char sink[4096];
        n = recv(s->fd, sink, sizeof sink, 0);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK))
            slot_close(s);
        return;
    }
    if (s->in_off > 0 && can_parse(s)) {
        memmove(s->in, s->in + s->in_off, s->in_len - s->in_off);
        s->in_len -= s->in_off;
        s->in_off = 0;
    }
    if (s->in_len == IN_CAP)
        return;
    n = recv(s->fd, s->in + s->in_len, IN_CAP - s->in_len, 0);
    if (n > 0) {
        s->in_len += (size_t)n;
    } else if (n == 0) {
        s->read_eof = 1;
        if (s->kind == SLOT_HTTP)
            hc_conn_eof(&s->conn);
        else
            s->closing = 1;
    } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
        slot_close(s);
    }
}

static short wanted_events(const slot *s)
{
    short ev = 0;
    int room;
    if (s->kind == SLOT_TUNNEL) {
        const slot *t = &slots[s->peer];
        if (s->connecting)
            return POLLOUT; /* the connect completes */
        /* The backend is read only once the client side has switched, so
           its bytes never overtake the 200 that opens the tunnel. */
        if (!s->read_eof && t->kind == SLOT_TUNNEL && t->out_len - t->out_off < OUT_CAP)
            ev |= POLLIN;
        if (s->out_off < s->out_len)
            ev |= POLLOUT;
        return ev;
    }
    room = s->in_len < IN_CAP || (s->in_off > 0 && can_parse(s));
    if (!s->read_eof && (room || s->write_shut))
        ev |= POLLIN;
    if (output_pending(s))
        ev |= POLLOUT;
    return ev;
}

/* ------------------------------------------------------------ the loop */

static int listen_on(const char *addr, int port)
{
    struct sockaddr_in a;
    int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    if (fd < 0)
        return -1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)port);
    if (inet_pton(AF_INET, addr, &a.sin_addr) != 1 ||
        bind(fd, (struct sockaddr *)&a, sizeof a) != 0 || listen(fd, 512) != 0) {
        close(fd);
        return -1;
    }
    set_nonblocking(fd);
    return fd;
}

static void accept_all(int listener)
{
    for (;;) {
        int i = free_slot(), fd, one = 1;
        if (i < 0)
            return;
        fd = accept(listener, NULL, NULL);
        if (fd < 0) {
            if (errno == EMFILE || errno == ENFILE) /* the backlog waits */
                accept_paused_until = time(NULL) + 1;
            return;
        }
        set_nonblocking(fd);
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (send_buffer_size > 0)
            setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &send_buffer_size, sizeof send_buffer_size);
        slot_open(i, fd, SLOT_HTTP);
    }
}

/* Idle connections, finished lingering closes and slow tunnel connects
   are ended. A tunnel is idle when both its ends are. */
static void expire(time_t now)
{
    int i;
    for (i = 0; i < MAX_SLOTS; i++) {
        slot *s = &slots[i];
        time_t last = s->last_active;
        if (s->kind == SLOT_FREE)
            continue;
        if (s->connecting) {
            if (now >= s->connect_deadline) {
                slot *client = &slots[s->peer];
                tunnel_connected(s, ETIMEDOUT);
                http_service(client);
            }
            continue;
        }
        if (s->kind == SLOT_TUNNEL && s->peer >= 0 && slots[s->peer].last_active > last)
            last = slots[s->peer].last_active;
        if (s->write_shut && s->kind != SLOT_TUNNEL && now >= s->linger_until)
            slot_close(s);
        else if (now - last > idle_timeout)
            slot_close(s);
    }
}

static void on_signal(int sig) { (void)sig; stop_requested = 1; }

static int usage(void)
{
    fprintf(stderr, "usage: server [-a ADDR] [-p PORT] [--sndbuf BYTES] [--idle-timeout SECONDS]\n");
    return 2;
}

int main(int argc, char **argv)
{
    static struct pollfd fds[MAX_SLOTS + 1];
    static int owner[MAX_SLOTS + 1];
    const char *addr = "127.0.0.1";
    int port = 8080, listener, i;
    struct sockaddr_in bound;
    socklen_t bound_len = sizeof bound;
    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-a") == 0 && i + 1 < argc) addr = argv[++i];
        else if (strcmp(argv[i], "-p") == 0 && i + 1 < argc) port = atoi(argv[++i]);
        else if (strcmp(argv[i], "--sndbuf") == 0 && i + 1 < argc) send_buffer_size = atoi(argv[++i]);
        else if (strcmp(argv[i], "--idle-timeout") == 0 && i + 1 < argc) idle_timeout = atoi(argv[++i]);
        else return usage();
    }
    signal(SIGPIPE, SIG_IGN);
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    listener = listen_on(addr, port);
    if (listener < 0) {
        fprintf(stderr, "server: cannot listen on %s:%d: %s\n", addr, port, strerror(errno));
        return 1;
    }
    getsockname(listener, (struct sockaddr *)&bound, &bound_len);
    port = ntohs(bound.sin_port);
    printf("httpcodec example server listening on http://%s:%d/\n", addr, port);
    printf("try:\n"
           "  curl -i http://%s:%d/\n"
           "  curl -I http://%s:%d/\n"
           "  curl -i http://%s:%d/bytes/100000 -o /dev/null\n"
           "  seq 100000 | curl -sS -T - -X POST http://%s:%d/echo | tail -1\n"
           "  curl -p -x http://%s:%d/ http://%s:%d/    (CONNECT tunnel, loopback only)\n"
           "  python3 -m websockets ws://%s:%d/ws      (WebSocket echo)\n",
           addr, port, addr, port, addr, port, addr, port, addr, port, addr, port, addr, port);
    fflush(stdout);
    for (i = 0; i < MAX_SLOTS; i++)
        slots[i].kind = SLOT_FREE;
    while (!stop_requested) {
        int n = 0, ready;
        time_t now;
        /* With every slot taken, new connections wait in the backlog
           (polling the listener then would only spin). */
        fds[n].fd = listener;
        fds[n].events = free_slot() >= 0 && time(NULL) >= accept_paused_until ? POLLIN : 0;
        fds[n].revents = 0, owner[n++] = -1;
        for (i = 0; i < MAX_SLOTS; i++) {
            if (slots[i].kind == SLOT_FREE)
                continue;
            fds[n].events = wanted_events(&slots[i]);
            /* Nothing wanted: a negative fd, or poll() would still report
               POLLHUP/POLLERR on it again and again. */
            fds[n].fd = fds[n].events ? slots[i].fd : -1;
            fds[n].revents = 0, owner[n++] = i;
        }
        ready = poll(fds, (nfds_t)n, 1000);
        now = time(NULL);
        if (ready > 0) {
            for (i = 1; i < n; i++) {
                slot *s = &slots[owner[i]];
                if (!fds[i].revents || fds[i].fd < 0 || s->kind == SLOT_FREE || s->fd != fds[i].fd)
                    continue;
                s->last_active = now;
                if (s->connecting) {
                    int error = 0;
                    socklen_t len = sizeof error;
                    getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &error, &len);
                    slot *client = &slots[s->peer];
                    tunnel_connected(s, error);
                    http_service(client);
                    continue;
                }
                if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
                    if (s->kind == SLOT_TUNNEL)
                        tunnel_read(s);
                    else
                        http_read(s);
                }
                if (s->kind == SLOT_TUNNEL)
                    tunnel_service(s);
                else if (s->kind != SLOT_FREE)
                    http_service(s);
            }
            if (fds[0].revents & POLLIN)
                accept_all(listener);
        }
        expire(now);
    }
    close(listener);
    return 0;
}
