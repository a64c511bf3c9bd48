/* server.c - the example server's HTTP: every call the server makes into
   httpcodec.h is in this file. What it shows:
     - hc_conn in the server role: pipelining, keep-alive and the codec's
       close decisions, limits answered with the codec's status;
     - partial writes resumed with the codec's offset-resumable emission:
       heads, chunks and body ends are copied into a 16 KiB output buffer
       from an offset, so nothing has to fit at once;
     - full duplex: POST /echo streams the request body back, chunked,
       while it is still arriving; HEAD: the GET head with no body;
     - opt-in switching: a 101 to GET /ws with Upgrade: websocket hands the
       connection to websocket.c, a 200 to CONNECT to tunnel.c.
   server.h lists the other files. Build and run: make run. */
#define HTTPCODEC_IMPLEMENTATION
#include "server.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DRAINED_BODY (1u << 20) /* bodies no route reads: larger get 413 */
#define MAX_GENERATED ((uint64_t)1 << 30) /* /bytes/N: up to 1 GiB */

enum route { ROUTE_NOT_FOUND, ROUTE_ROOT, ROUTE_ECHO, ROUTE_WS, ROUTE_BYTES, ROUTE_CONNECT };

static const char root_page[] =
    "httpcodec example server\n"
    "\n"
    "  GET /             this page (HEAD: the same head, no body)\n"
    "  GET /bytes/N      N bytes (up to 1 GiB): byte i is 'a' + i % 26\n"
    "  POST /echo        the request body streamed back, chunked, as it arrives\n"
    "  GET /ws           with Upgrade: websocket, an RFC 6455 echo\n"
    "  CONNECT host:port a tunnel to a loopback address (not this server)\n";

static hc_span span_of(const char *s) { hc_span sp; sp.ptr = s; sp.len = strlen(s); return sp; }
static int span_is(hc_span sp, const char *s) { return sp.len == strlen(s) && memcmp(sp.ptr, s, sp.len) == 0; }

static item *queue_item(slot *s, enum item_kind kind, const char *data, size_t len)
{
    item *it = &s->items[s->item_count];
    if (s->item_count++ == MAX_ITEMS) /* a response is at most a 100, head, body, end */
        abort();
    it->kind = kind;
    it->off = 0;
    it->data = data;
    it->len = len;
    return it;
}

/* Copies one item, from where it stopped, into out[]: as much as fits.
   Returns the item's whole size. */
static size_t emit_item(item *it, char *out, size_t room, size_t *n)
{
    size_t k;
    switch (it->kind) {
    case ITEM_HEAD:
        *n = hc_write_head(&it->hw, it->off, out, room);
        return hc_head_size(&it->hw);
    case ITEM_CHUNK:
        *n = hc_write_chunk(&it->chunk, it->data, it->len, it->off, out, room);
        return hc_chunk_size(&it->chunk, it->len);
    case ITEM_END:
        *n = hc_write_body_end(&it->ended, NULL, 0, it->off, out, room);
        return hc_body_end_size(&it->ended, NULL, 0);
    case ITEM_TEXT: /* data, or /bytes/N's bytes when NULL: byte i is 'a' + i % 26 */
        *n = it->len - it->off < room ? it->len - it->off : room;
        for (k = 0; !it->data && k < *n; k++)
            out[k] = (char)('a' + (it->off + k) % 26);
        if (it->data)
            memcpy(out, it->data + it->off, *n);
        return it->len;
    }
    return 0;
}

/* Copies as much of the queued items as fits into the output buffer. */
static void fill_output(slot *s)
{
    while (s->item_count > 0) {
        item *it = &s->items[0];
        size_t n = 0, total;
        slot_out_compact(s);
        if (s->out_len == OUT_CAP)
            return;
        total = emit_item(it, s->out + s->out_len, OUT_CAP - s->out_len, &n);
        s->out_len += n;
        it->off += n;
        if (it->off < total)
            return; /* the buffer is full: resume from it->off later */
        memmove(&s->items[0], &s->items[1], (s->item_count - 1) * sizeof(item));
        s->item_count--;
    }
}

/* RFC 9110 section 15's reason phrases, for the statuses sent here. */
static const char *reason_of(unsigned status)
{
    static const struct { unsigned status; const char *reason; } reasons[] = {
        {100, "Continue"}, {101, "Switching Protocols"}, {200, "OK"}, {403, "Forbidden"},
        {404, "Not Found"}, {405, "Method Not Allowed"}, {413, "Content Too Large"},
        {414, "URI Too Long"}, {426, "Upgrade Required"}, {431, "Request Header Fields Too Large"},
        {501, "Not Implemented"}, {502, "Bad Gateway"}, {503, "Service Unavailable"},
        {504, "Gateway Timeout"}, {505, "HTTP Version Not Supported"}};
    size_t i;
    for (i = 0; i < sizeof reasons / sizeof reasons[0]; i++)
        if (reasons[i].status == status)
            return reasons[i].reason;
    return "Bad Request";
}

/* A response head with no fields yet. An interim one (100) has its own
   message, queued before the final one; it has no fields, so the two
   share the field store. */
hc_message *http_begin(slot *s, unsigned status)
{
    hc_message *m = status < 200 && status != 101 ? &s->interim : &s->res;
    memset(m, 0, sizeof *m);
    m->is_response = 1;
    m->version_minor = 1;
    m->status = status;
    m->reason = span_of(reason_of(status));
    m->fields = s->fields;
    return m;
}

void http_add_field(hc_message *m, const char *name, const char *value)
{
    hc_field *f = (hc_field *)m->fields + m->field_count++;
    f->name = span_of(name);
    f->value = span_of(value);
}

/* Queues the response m with its type and Connection fields: close
   whenever the connection will not be reused (the codec requires it),
   keep-alive to an HTTP/1.0 client that asked. The framing is stated
   once: the codec writes Content-Length or Transfer-Encoding, and, one
   description answering GET and HEAD, refuses a HEAD answer's body. */
hc_error_code http_send(slot *s, hc_message *m, const char *type, hc_body body, const char *text,
                        uint64_t length)
{
    size_t where;
    hc_error_code r;
    item *head;
    hc_body_writer ended; /* not chunked: the end is empty, nothing to queue */
    hc_chunk_head none;
    if (type)
        http_add_field(m, "Content-Type", type);
    if (body != HC_BODY_TUNNEL && m->status >= 200) {
        if (!hc_conn_keep_alive(&s->conn) || s->method == HC_METHOD_CONNECT || s->closing ||
            body == HC_BODY_CLOSE)
            http_add_field(m, "Connection", "close");
        else if (s->http10)
            http_add_field(m, "Connection", "keep-alive");
    }
    m->body = m->status == 204 ? HC_BODY_NONE : body;
    m->content_length = body == HC_BODY_LENGTH ? length : 0;
    head = queue_item(s, ITEM_HEAD, NULL, 0);
    r = hc_conn_start(&s->conn, m, &head->hw, &where);
    if (r != HC_OK)
        s->item_count--; /* nothing to write */
    if (r == HC_OK && body == HC_BODY_LENGTH && length > 0) {
        r = hc_conn_body(&s->conn, (size_t)length, &none);
        if (r == HC_OK)
            queue_item(s, ITEM_TEXT, text, (size_t)length);
        else if (r == HC_ERR_BODY_NOT_ALLOWED) /* HEAD, 304: the head only */
            r = HC_OK;
    }
    if (r == HC_OK && body != HC_BODY_CHUNKED && body != HC_BODY_CLOSE)
        r = hc_conn_end(&s->conn, NULL, 0, &ended, &where); /* streamed bodies end later */
    if (r != HC_OK) { /* not with the answers here; never hang on it */
        fprintf(stderr, "server: response %u refused: %s\n", m->status, hc_error_name(r));
        s->closing = 1;
    }
    return r;
}

hc_error_code http_send_text(slot *s, unsigned status, const char *text)
{
    return http_send(s, http_begin(s, status), "text/plain", HC_BODY_LENGTH, text, strlen(text));
}

/* The 100 a client sending Expect: 100-continue waits for (RFC 9110
   section 10.1.1), before a final answer that reads the body. */
int http_answer_continue(slot *s, const hc_event *ev)
{
    return !ev->expect_continue || http_send(s, http_begin(s, 100), NULL, HC_BODY_NONE, NULL, 0) == HC_OK;
}

static void on_request_line(slot *s, const hc_event *ev)
{
    hc_span t = ev->target;
    size_t i;
    s->method = ev->method;
    s->http10 = ev->version_minor == 0;
    memset(&s->offer, 0, sizeof s->offer);
    s->bytes_wanted = 0;
    s->route = ROUTE_NOT_FOUND;
    if (ev->method == HC_METHOD_CONNECT) {
        size_t n = t.len < sizeof s->authority - 1 ? t.len : sizeof s->authority - 1;
        memcpy(s->authority, t.ptr, n);
        s->authority[n] = '\0';
        s->route = ROUTE_CONNECT;
    } else if (span_is(t, "/")) {
        s->route = ROUTE_ROOT;
    } else if (span_is(t, "/echo")) {
        s->route = ROUTE_ECHO;
    } else if (span_is(t, "/ws")) {
        s->route = ROUTE_WS;
    } else if (t.len > 7 && t.len <= 7 + 10 && memcmp(t.ptr, "/bytes/", 7) == 0) {
        for (i = 7; i < t.len && t.ptr[i] >= '0' && t.ptr[i] <= '9'; i++)
            s->bytes_wanted = s->bytes_wanted * 10 + (uint64_t)(t.ptr[i] - '0');
        if (i == t.len && s->bytes_wanted <= MAX_GENERATED)
            s->route = ROUTE_BYTES;
    }
}

/* RFC 9110 section 15.5.6: a 405 names the methods the target takes. */
static void answer_not_allowed(slot *s, const char *allow)
{
    static const char text[] = "not with this method\n";
    hc_message *m = http_begin(s, 405);
    http_add_field(m, "Allow", allow);
    http_send(s, m, "text/plain", HC_BODY_LENGTH, text, sizeof text - 1);
}

/* Every other request. A body no route reads is drained when small; a
   large or chunked one is refused and the connection closed, as is an
   announced one (Expect: 100-continue: rather than wait for a body the
   client may never send, RFC 9110 section 10.1.1) and an unknown method. */
static void answer_plain(slot *s, const hc_event *ev)
{
    int get = s->method == HC_METHOD_GET || s->method == HC_METHOD_HEAD;
    int too_large = ev->body == HC_BODY_CHUNKED ||
                    (ev->body == HC_BODY_LENGTH && ev->content_length > MAX_DRAINED_BODY);
    s->closing = ev->expect_continue || too_large || s->method == HC_METHOD_OTHER;
    if (s->method == HC_METHOD_OTHER)
        http_send_text(s, 501, "method not implemented\n");
    else if (too_large)
        http_send_text(s, 413, "no body expected here\n");
    else if (s->route == ROUTE_ROOT && get)
        http_send(s, http_begin(s, 200), "text/plain", HC_BODY_LENGTH, root_page, sizeof root_page - 1);
    else if (s->route == ROUTE_BYTES && get)
        http_send(s, http_begin(s, 200), "application/octet-stream", HC_BODY_LENGTH, NULL,
                      s->bytes_wanted);
    else if (s->route == ROUTE_NOT_FOUND)
        http_send_text(s, 404, "not found\n");
    else
        answer_not_allowed(s, s->route == ROUTE_ECHO ? "POST" : "GET, HEAD");
}

/* The request head is complete: answer it. */
static void on_head_done(slot *s, const hc_event *ev)
{
    if (s->route == ROUTE_CONNECT)
        tunnel_answer(s);
    else if (s->route == ROUTE_WS)
        websocket_answer(s, ev, &s->offer);
    else if (s->route == ROUTE_ECHO && s->method == HC_METHOD_POST)
        /* Full duplex: the answer starts before the body is read. An
           HTTP/1.0 client cannot take chunked: its echo ends with the
           connection. */
        s->echoing = http_answer_continue(s, ev) &&
                     http_send(s, http_begin(s, 200), "application/octet-stream",
                               s->http10 ? HC_BODY_CLOSE : HC_BODY_CHUNKED, NULL, 0) == HC_OK;
    else
        answer_plain(s, ev);
}

/* A request could not be read: answer with the codec's status and close. */
static void on_error(slot *s, const hc_event *ev)
{
    fprintf(stderr, "server: bad request: %s at byte %llu\n", hc_error_name(ev->error.code),
            (unsigned long long)ev->error.offset);
    s->closing = 1;
    if (hc_conn_writing(&s->conn) != HC_CONN_SEND)
        return; /* a response is under way: it cannot be answered */
    snprintf(s->error_text, sizeof s->error_text, "%s\n", hc_error_name(ev->error.code));
    http_send_text(s, ev->error.status, s->error_text);
}

static void await_head(slot *s)
{
    static unsigned long starts;
    s->awaiting_head = 1;
    s->waiting_since = ++starts;
}

/* Handles one event; returns 0 to stop reading for now. */
static int on_event(slot *s, const hc_event *ev)
{
    hc_chunk_head chunk;
    item *end;
    size_t where;
    switch (ev->type) {
    case HC_EV_REQUEST: on_request_line(s, ev); return 1;
    case HC_EV_FIELD: /* only the WebSocket handshake reads fields */
        if (s->route == ROUTE_WS)
            ws_offer_field(&s->offer, ev->name.ptr, ev->name.len, ev->value.ptr, ev->value.len);
        return 1;
    case HC_EV_HEAD_DONE:
        s->awaiting_head = 0;
        s->head_deadline = 0;
        on_head_done(s, ev);
        return 1;
    case HC_EV_BODY:
        if (!s->echoing)
            return 1; /* a body nobody asked for: drained */
        if (hc_conn_body(&s->conn, ev->data.len, &chunk) == HC_OK)
            queue_item(s, ITEM_CHUNK, ev->data.ptr, ev->data.len)->chunk = chunk;
        return 0; /* emitted before reading on: it points into the input */
    case HC_EV_MESSAGE_DONE:
        end = s->echoing ? queue_item(s, ITEM_END, NULL, 0) : NULL;
        if (end && hc_conn_end(&s->conn, NULL, 0, &end->ended, &where) != HC_OK)
            s->item_count--;
        s->echoing = 0;
        s->answered = 1;
        await_head(s);
        return 1;
    case HC_EV_SWITCHED: /* the 101 or 200 goes out first; the bytes not read
                            are the new protocol's, with the head or after it */
        fill_output(s);
        (s->route == ROUTE_CONNECT ? tunnel_begin : websocket_begin)(s);
        return 0;
    case HC_EV_CLOSED: s->closing = 1; return 0;
    case HC_EV_ERROR: on_error(s, ev); return 0;
    default: return 0; /* NEED_MORE, PAUSED */
    }
}

/* Input is read (and may be moved) only while nothing queued points into
   it (an echo's chunks do) and no answer waits (a CONNECT's connect). */
int http_can_read(const slot *s)
{
    size_t i;
    if (s->closing || s->awaiting_tunnel)
        return 0;
    for (i = 0; i < s->item_count; i++)
        if (s->items[i].kind == ITEM_CHUNK)
            return 0;
    return s->item_count == 0 || s->echoing;
}

/* Moves an HTTP connection along as far as it can go now: input through
   the codec, output into the buffer and out. Output is sent once nothing
   more can be read, so pipelined answers leave together. */
void http_service(slot *s)
{
    hc_event ev;
    if (s->read_eof)
        hc_conn_eof(&s->conn);
    while (s->kind == SLOT_HTTP) {
        int moved = 0;
        fill_output(s);
        if (http_can_read(s)) {
            size_t used = hc_conn_read(&s->conn, s->in + s->in_off, s->in_len - s->in_off, &ev);
            s->in_off += used;
            moved = on_event(s, &ev) || used > 0;
            s->closing |= hc_conn_must_close(&s->conn);
        }
        if (s->awaiting_head && s->in_off < s->in_len && !s->head_deadline)
            s->head_deadline = now + config.head_timeout;
        if (moved)
            continue;
        if (!slot_send(s)) {
            slot_close(s);
            return;
        }
        if (s->out_len > 0 || s->item_count == 0)
            break; /* the socket is full, or all is out */
    }
    if (s->kind == SLOT_WEBSOCKET)
        websocket_service(s);
    else if (s->kind == SLOT_TUNNEL)
        tunnel_service(s, 0);
    else
        slot_finish(s);
}

void http_open(slot *s)
{
    hc_conn_init(&s->conn, HC_ROLE_SERVER, NULL);
    s->echoing = s->awaiting_tunnel = s->answered = 0;
    await_head(s);
    s->head_deadline = now + config.head_timeout; /* a new connection has to speak */
}

/* For slots.c, when every slot is taken: 2 for a connection idle after an
   answer (RFC 9112 section 9.8 lets a server close it; clients retry), 1
   for one whose request head has not arrived whole, else 0. Among equals
   the one waiting longest goes first (waiting_since). */
int http_evictable(const slot *s)
{
    if (s->kind != SLOT_HTTP || !s->awaiting_head || s->closing || s->item_count > 0 ||
        s->out_off < s->out_len)
        return 0;
    return s->answered && s->in_off == s->in_len ? 2 : 1;
}
