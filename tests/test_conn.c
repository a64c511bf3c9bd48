/* Connection tests (hc_conn), at the level of bytes in and bytes out.
   Each scenario runs two peers over in-memory wires: a client hc_conn or
   raw bytes from a "foreign" client, and a server hc_conn. Every scenario
   runs once per delivery mode (all at once, byte by byte, small reads),
   with heads and chunks emitted through small output caps, and must give
   the same transcript each time. The scenarios mirror the source
   documents: 000 full duplex, 001 switching with bytes handed back, 002
   HEAD, 003 opt-in upgrade and CONNECT. Included by test_main.c. */

/* Bytes one side wrote and the other has not consumed yet. */
typedef struct wire {
    char data[1 << 16];
    size_t len;     /* written */
    size_t off;     /* consumed by the reader */
    size_t visible; /* bytes past off that the reader has "read" so far */
    int eof;        /* the writer closed its side */
} wire;

/* One peer: its connection, how it reads, what it saw. */
typedef struct peer {
    hc_conn conn;
    size_t split; /* bytes per read, 0 for everything available */
    size_t cap;   /* output buffer size for emission */
    char seen[8192];
    size_t seen_len;
    int in_body; /* the last thing recorded was body bytes */
} peer;

static void peer_init(peer *p, hc_role role, size_t split, size_t cap)
{
    hc_conn_init(&p->conn, role, NULL);
    p->split = split;
    p->cap = cap;
    p->seen[0] = '\0';
    p->seen_len = 0;
    p->in_body = 0;
}

static void seen_add(peer *p, const char *s, size_t n)
{
    if (p->seen_len + n + 1 > sizeof p->seen)
        n = sizeof p->seen - 1 - p->seen_len;
    memcpy(p->seen + p->seen_len, s, n);
    p->seen_len += n;
    p->seen[p->seen_len] = '\0';
}

static void seen_line(peer *p, const char *s)
{
    p->in_body = 0;
    seen_add(p, s, strlen(s));
    seen_add(p, "|", 1);
}

/* Body bytes are recorded as one "body:..." entry however they were cut. */
static void seen_body(peer *p, hc_span data)
{
    if (!p->in_body)
        seen_add(p, "body:", 5);
    else
        p->seen_len--; /* reopen the entry: drop its '|' */
    seen_add(p, data.ptr, data.len);
    seen_add(p, "|", 1);
    p->in_body = 1;
}

static void record(peer *p, const hc_event *ev)
{
    char line[512];
    switch (ev->type) {
    case HC_EV_REQUEST:
        snprintf(line, sizeof line, "request %.*s %.*s", (int)ev->method_name.len,
                 ev->method_name.ptr, (int)ev->target.len, ev->target.ptr);
        break;
    case HC_EV_RESPONSE: snprintf(line, sizeof line, "response %u", ev->status); break;
    case HC_EV_FIELD:
    case HC_EV_TRAILER:
        snprintf(line, sizeof line, "%s %.*s: %.*s", ev->type == HC_EV_FIELD ? "field" : "trailer",
                 (int)ev->name.len, ev->name.ptr, (int)ev->value.len, ev->value.ptr);
        break;
    case HC_EV_HEAD_DONE:
        snprintf(line, sizeof line, "head_done %s%s%s%s", hc_body_name(ev->body),
                 ev->keep_alive ? "" : " close", ev->upgrade ? " upgrade" : "",
                 ev->expect_continue ? " expect" : "");
        break;
    case HC_EV_BODY: seen_body(p, ev->data); return;
    case HC_EV_PAUSED: snprintf(line, sizeof line, "paused%s", ev->upgrade ? " upgrade" : ""); break;
    case HC_EV_ERROR:
        snprintf(line, sizeof line, "error %s@%lu", hc_error_name(ev->error.code),
                 (unsigned long)ev->error.offset);
        break;
    default: snprintf(line, sizeof line, "%s", hc_event_name(ev->type)); break;
    }
    seen_line(p, line);
}

/* Reads like an application: events until it needs bytes that have not
   arrived, or reaches PAUSED, SWITCHED, CLOSED or ERROR (returned). A
   repeated PAUSED/SWITCHED/CLOSED/ERROR is recorded once per pump. */
static hc_event_type pump(peer *p, wire *in)
{
    for (;;) {
        hc_event ev;
        size_t used = hc_conn_read(&p->conn, in->data + in->off, in->visible, &ev);
        in->off += used;
        in->visible -= used;
        if (ev.type == HC_EV_NEED_MORE) {
            size_t more = in->len - in->off - in->visible;
            if (more == 0) {
                if (!in->eof || (p->conn.parser_.flags_ & HC__F_EOF))
                    return HC_EV_NEED_MORE;
                hc_conn_eof(&p->conn);
                continue;
            }
            in->visible += p->split && p->split < more ? p->split : more;
            continue;
        }
        record(p, &ev);
        if (ev.type == HC_EV_PAUSED || ev.type == HC_EV_SWITCHED ||
            ev.type == HC_EV_CLOSED || ev.type == HC_EV_ERROR)
            return ev.type;
    }
}

static void wire_put(wire *w, const char *s, size_t n)
{
    if (n > sizeof w->data - w->len) /* len never passes the end */
        n = sizeof w->data - w->len;
    memcpy(w->data + w->len, s, n);
    w->len += n;
}

static void wire_puts(wire *w, const char *s) { wire_put(w, s, strlen(s)); }

/* The rest of the wire, as a string (what a SWITCHED reader is handed). */
static int wire_rest_is(const wire *w, const char *expect, size_t n)
{
    return w->len - w->off == n && memcmp(w->data + w->off, expect, n) == 0;
}

/* Start a message and emit its head in cap-sized writes (copy form), or
   as pieces when cap is odd... both forms are exercised across modes. */
static hc_error_code send_head(peer *p, hc_message *m, wire *out)
{
    size_t where, off = 0, size;
    hc_head_writer hw;
    hc_error_code r = hc_conn_start(&p->conn, m, &hw, &where);
    if (r)
        return r;
    size = hc_head_size(&hw);
    if (p->cap % 2) {
        char buf[256];
        while (off < size) {
            size_t n = hc_write_head(&hw, off, buf, p->cap < sizeof buf ? p->cap : sizeof buf);
            if (n == 0)
                return HC_ERR_INVALID_STATE;
            wire_put(out, buf, n);
            off += n;
        }
    } else {
        hc_span pieces[4];
        while (off < size) {
            size_t k, end = 0, got = hc_head_pieces(&hw, off, pieces, 4, &end);
            if (got == 0)
                return HC_ERR_INVALID_STATE;
            for (k = 0; k < got; k++)
                wire_put(out, pieces[k].ptr, pieces[k].len);
            off = end;
        }
    }
    return HC_OK;
}

static hc_error_code send_body(peer *p, const char *data, size_t n, wire *out)
{
    hc_chunk_head chunk;
    char buf[256];
    size_t off = 0, total;
    hc_error_code r = hc_conn_body(&p->conn, n, &chunk);
    if (r)
        return r;
    total = hc_chunk_size(&chunk, n);
    while (off < total) {
        size_t got = hc_write_chunk(&chunk, data, n, off, buf,
                                    p->cap < sizeof buf ? p->cap : sizeof buf);
        wire_put(out, buf, got);
        off += got;
    }
    return HC_OK;
}

static hc_error_code send_end(peer *p, const hc_field *trailers, size_t count, wire *out)
{
    size_t where, off = 0, size;
    hc_body_writer w;
    char buf[256];
    hc_error_code r = hc_conn_end(&p->conn, trailers, count, &w, &where);
    if (r)
        return r;
    size = hc_body_end_size(&w, trailers, count);
    while (off < size) {
        size_t got = hc_write_body_end(&w, trailers, count, off, buf,
                                       p->cap < sizeof buf ? p->cap : sizeof buf);
        wire_put(out, buf, got);
        off += got;
    }
    return HC_OK;
}

static hc_message request(const char *method, const char *target, const hc_field *f,
                          size_t n, hc_body body, uint64_t length)
{
    hc_message m;
    memset(&m, 0, sizeof m);
    m.version_minor = 1;
    m.method = sp(method);
    m.target = sp(target);
    m.fields = f;
    m.field_count = n;
    m.body = body;
    m.content_length = length;
    return m;
}

static hc_message response(unsigned status, const hc_field *f, size_t n, hc_body body,
                           uint64_t length)
{
    hc_message m;
    memset(&m, 0, sizeof m);
    m.is_response = 1;
    m.version_minor = 1;
    m.status = status;
    m.reason = sp(status == 200 ? "OK" : "");
    m.fields = f;
    m.field_count = n;
    m.body = body;
    m.content_length = length;
    return m;
}

static const char *states(const hc_conn *c, char *buf, size_t cap)
{
    snprintf(buf, cap, "%s/%s%s%s", hc_conn_state_name(hc_conn_reading(c)),
             hc_conn_state_name(hc_conn_writing(c)), hc_conn_keep_alive(c) ? " keep" : "",
             hc_conn_must_close(c) ? " close" : "");
    return buf;
}

/* A check inside a scenario: the failure names the mode it ran in. */
typedef struct scene {
    const char *name;
    size_t split, cap;
    int ok;
} scene;

static void expect_true(scene *s, int ok, const char *what)
{
    if (!ok && s->ok) {
        printf("FAIL %s (split %zu, cap %zu): %s\n", s->name, s->split, s->cap, what);
        s->ok = 0;
    }
}

static void expect_seen(scene *s, peer *p, const char *expect, const char *what)
{
    if (strcmp(p->seen, expect) != 0 && s->ok) {
        printf("FAIL %s (split %zu, cap %zu): %s\n  expected %s\n  got      %s\n", s->name,
               s->split, s->cap, what, expect, p->seen);
        s->ok = 0;
    }
    p->seen_len = 0;
    p->seen[0] = '\0';
    p->in_body = 0;
}

static void expect_state(scene *s, const hc_conn *c, const char *expect, const char *what)
{
    char buf[64];
    if (strcmp(states(c, buf, sizeof buf), expect) != 0 && s->ok) {
        printf("FAIL %s (split %zu, cap %zu): %s: expected %s, got %s\n", s->name, s->split,
               s->cap, what, expect, buf);
        s->ok = 0;
    }
}

static void expect_wire(scene *s, const wire *w, size_t from, const char *expect, const char *what)
{
    size_t n = strlen(expect);
    if ((w->len - from != n || memcmp(w->data + from, expect, n) != 0) && s->ok) {
        printf("FAIL %s (split %zu, cap %zu): %s\n  expected %s\n  got      %.*s\n", s->name,
               s->split, s->cap, what, expect, (int)(w->len - from), w->data + from);
        s->ok = 0;
    }
}

/* The framing is said once, in m->body: the writer adds the
   Content-Length or Transfer-Encoding field after these. */
static const hc_field host_field[] = {{{"Host", 4}, {"example.com", 11}}};

/* Source document 000: the client sends the request body one byte at a
   time and waits for each byte to come back in the response before it
   sends the next; the server echoes each byte as soon as it has read it.
   Neither side may wait for the other's message to end. */
static void scene_full_duplex_echo(scene *s, wire *up, wire *down)
{
    peer client, server;
    hc_message req = request("POST", "/echo", host_field, 1, HC_BODY_CHUNKED, 0);
    hc_message res = response(200, NULL, 0, HC_BODY_CHUNKED, 0);
    static const char text[] = "full duplex, one byte at a time";
    size_t k;
    peer_init(&client, HC_ROLE_CLIENT, s->split, s->cap);
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    expect_true(s, send_head(&client, &req, up) == HC_OK, "request head");
    pump(&server, up);
    expect_seen(s, &server,
                "request POST /echo|field Host: example.com|field Transfer-Encoding: chunked|"
                "head_done chunked|",
                "request head read, body not yet");
    expect_state(s, &server.conn, "body/send keep", "server owes a response");
    /* The response starts before a single body byte arrived. */
    expect_true(s, send_head(&server, &res, down) == HC_OK, "response head");
    pump(&client, down);
    expect_seen(s, &client, "response 200|field Transfer-Encoding: chunked|head_done chunked|",
                "response head read while the request body is open");
    for (k = 0; k + 1 < sizeof text && s->ok; k++) {
        char one[16], expect[32];
        expect_true(s, send_body(&client, text + k, 1, up) == HC_OK, "client byte");
        pump(&server, up);
        snprintf(expect, sizeof expect, "body:%c|", text[k]);
        expect_seen(s, &server, expect, "server got the byte");
        one[0] = text[k];
        expect_true(s, send_body(&server, one, 1, down) == HC_OK, "server echo");
        /* each chunk is whole on the wire, its CRLF included, so a peer
           that takes only whole chunks is not kept waiting */
        expect_true(s, down->len >= 6 && memcmp(down->data + down->len - 6, "1\r\n", 3) == 0 &&
                           down->data[down->len - 3] == text[k] &&
                           memcmp(down->data + down->len - 2, "\r\n", 2) == 0,
                    "echoed chunk complete");
        pump(&client, down);
        expect_seen(s, &client, expect, "client got the echo");
        expect_state(s, &client.conn, "body/body keep", "client mid-exchange");
        expect_state(s, &server.conn, "body/body keep", "server mid-exchange");
    }
    expect_true(s, k >= 10, "at least 10 rounds");
    expect_true(s, send_end(&client, NULL, 0, up) == HC_OK, "client end");
    pump(&server, up);
    expect_seen(s, &server, "message_done|paused|", "request complete, response owed");
    expect_state(s, &server.conn, "done/body keep", "server reading done first");
    expect_true(s, send_end(&server, NULL, 0, down) == HC_OK, "server end");
    expect_state(s, &server.conn, "idle/idle keep", "server ready for the next request");
    pump(&client, down);
    expect_seen(s, &client, "message_done|", "client got the whole echo");
    expect_state(s, &client.conn, "idle/send keep", "client may send the next request");
    /* The connection is reused. */
    {
        hc_message get = request("GET", "/again", host_field, 1, HC_BODY_NONE, 0);
        hc_message ok = response(204, NULL, 0, HC_BODY_NONE, 0);
        expect_true(s, send_head(&client, &get, up) == HC_OK && send_end(&client, NULL, 0, up) == 0,
                    "second request");
        pump(&server, up);
        expect_seen(s, &server, "request GET /again|field Host: example.com|head_done none|"
                    "message_done|paused|", "second request read");
        expect_true(s, send_head(&server, &ok, down) == HC_OK && send_end(&server, NULL, 0, down) == 0,
                    "second response");
        pump(&client, down);
        expect_seen(s, &client, "response 204|head_done none|message_done|", "second response");
    }
}

/* Full duplex, the other way round: the response is finished before the
   request body was read. The state says so; draining reuses the
   connection, closing ends it. */
static void scene_response_before_body(scene *s, wire *up, wire *down, int drain)
{
    peer server;
    hc_message res = response(413, NULL, 0, HC_BODY_LENGTH, 0);
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    wire_puts(up, "PUT /big HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n");
    pump(&server, up);
    expect_seen(s, &server,
                "request PUT /big|field Host: a|field Content-Length: 10|head_done length|",
                "head read");
    expect_true(s, send_head(&server, &res, down) == HC_OK && send_end(&server, NULL, 0, down) == 0,
                "413 written at once");
    expect_wire(s, down, 0, "HTTP/1.1 413 \r\nContent-Length: 0\r\n\r\n", "its length, added");
    expect_state(s, &server.conn, "body/done keep", "response done, request body unread");
    expect_true(s, hc_conn_outstanding(&server.conn) == 0, "nothing owed");
    wire_puts(up, "0123456789GET /next HTTP/1.1\r\nHost: a\r\n\r\n");
    if (drain) {
        pump(&server, up);
        expect_seen(s, &server,
                    "body:0123456789|message_done|request GET /next|field Host: a|"
                    "head_done none|message_done|paused|",
                    "drained, then the next request");
        expect_state(s, &server.conn, "done/send keep", "next exchange");
    } else {
        hc_conn_close(&server.conn);
        expect_state(s, &server.conn, "closed/closed close", "closed by choice");
        pump(&server, up);
        expect_seen(s, &server, "closed|", "nothing more is read");
        expect_true(s, hc_conn_start(&server.conn, &res, NULL, NULL) == HC_ERR_INVALID_STATE,
                    "no response after close");
    }
}

static const hc_field upgrade_request_fields[] = {
    {{"Host", 4}, {"example.com", 11}},
    {{"Upgrade", 7}, {"websocket", 9}},
    {{"Connection", 10}, {"Upgrade", 7}}};
static const hc_field upgrade_response_fields[] = {
    {{"Upgrade", 7}, {"websocket", 9}},
    {{"Connection", 10}, {"Upgrade", 7}}};
static const char upgrade_request_bytes[] =
    "GET /chat HTTP/1.1\r\nHost: example.com\r\nUpgrade: websocket\r\n"
    "Connection: Upgrade\r\n\r\n";
static const char upgrade_request_seen[] =
    "request GET /chat|field Host: example.com|field Upgrade: websocket|"
    "field Connection: Upgrade|head_done none upgrade|message_done|paused upgrade|";

/* Source document 003: the application declines an Upgrade offer by
   answering 200; the next pipelined request is HTTP again. */
static void scene_upgrade_declined(scene *s, wire *up, wire *down)
{
    peer server;
    hc_message res = response(200, NULL, 0, HC_BODY_LENGTH, 2);
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    wire_puts(up, upgrade_request_bytes);
    wire_puts(up, "GET /next HTTP/1.1\r\nHost: example.com\r\n\r\n");
    pump(&server, up);
    expect_seen(s, &server, upgrade_request_seen, "upgrade request, paused for the answer");
    expect_true(s, send_head(&server, &res, down) == HC_OK, "200 head");
    expect_state(s, &server.conn, "done/body keep", "declining");
    expect_true(s, send_body(&server, "no", 2, down) == HC_OK && send_end(&server, NULL, 0, down) == 0,
                "200 body");
    expect_wire(s, down, 0, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nno", "bytes out");
    pump(&server, up);
    expect_seen(s, &server, "request GET /next|field Host: example.com|head_done none|"
                "message_done|paused|", "next request parsed as HTTP");
}

/* Source documents 001 and 003: the application accepts by writing 101;
   the bytes after the request head, which came in the same read, are
   handed back whole. */
static void scene_upgrade_accepted(scene *s, wire *up, wire *down)
{
    peer server;
    static const char frame[] = "\x81\x05hello\r\n\r\nGET / HTTP/1.1\r\n";
    hc_message res = response(101, upgrade_response_fields, 2, HC_BODY_TUNNEL, 0);
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    wire_puts(up, upgrade_request_bytes);
    wire_put(up, frame, sizeof frame - 1);
    up->visible = up->len - up->off; /* one read brought head and frame */
    pump(&server, up);
    expect_seen(s, &server, upgrade_request_seen, "paused, nothing switched yet");
    pump(&server, up);
    expect_seen(s, &server, "paused upgrade|", "still paused without an answer");
    expect_true(s, wire_rest_is(up, frame, sizeof frame - 1), "bytes after the head untouched");
    res.reason = sp("Switching Protocols");
    expect_true(s, send_head(&server, &res, down) == HC_OK, "101 head");
    expect_true(s, send_body(&server, "x", 1, down) == HC_ERR_BODY_NOT_ALLOWED, "101 has no body");
    expect_true(s, send_end(&server, NULL, 0, down) == HC_OK, "101 end");
    expect_state(s, &server.conn, "switched/switched", "switched both ways");
    pump(&server, up);
    expect_seen(s, &server, "switched|", "reader told");
    expect_true(s, wire_rest_is(up, frame, sizeof frame - 1), "the new protocol's bytes, whole");
    expect_wire(s, down, 0,
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
                "101 bytes out");
}

/* Opt-in means the codec never switches on its own: a 101 to a request
   that offered no Upgrade, or before an expected 100, is refused. */
static void scene_upgrade_refusals(scene *s, wire *up, wire *down)
{
    peer server;
    hc_message res = response(101, upgrade_response_fields, 2, HC_BODY_TUNNEL, 0);
    hc_message hundred = response(100, NULL, 0, HC_BODY_NONE, 0);
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    wire_puts(up, "GET /plain HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n\r\n");
    pump(&server, up);
    expect_seen(s, &server, "request GET /plain|field Host: a|field Upgrade: websocket|"
                "head_done none|message_done|paused|",
                "Upgrade without the connection option is no offer");
    expect_true(s, hc_conn_start(&server.conn, &res, NULL, NULL) == HC_ERR_UPGRADE_NOT_OFFERED,
                "101 refused");
    expect_true(s, down->len == 0, "nothing written");
    expect_state(s, &server.conn, "done/send keep", "still owes a response");

    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    up->len = up->off = up->visible = 0;
    wire_puts(up, "POST /chat HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n"
                  "Connection: upgrade\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
    pump(&server, up);
    expect_seen(s, &server, "request POST /chat|field Host: a|field Upgrade: websocket|"
                "field Connection: upgrade|field Expect: 100-continue|field Content-Length: 3|"
                "head_done length upgrade expect|", "upgrade offer expecting 100");
    expect_true(s, hc_conn_start(&server.conn, &res, NULL, NULL) == HC_ERR_CONTINUE_NOT_SENT,
                "101 before 100 refused (RFC 9110 section 7.8)");
    expect_true(s, send_head(&server, &hundred, down) == HC_OK && send_end(&server, NULL, 0, down) == 0,
                "100 Continue");
    /* The 101 may go out while the request body is still arriving; the
       switch happens where the request ends. */
    expect_true(s, send_head(&server, &res, down) == HC_OK && send_end(&server, NULL, 0, down) == 0,
                "then 101");
    expect_state(s, &server.conn, "body/switched", "switch waits for the request's end");
    wire_put(up, "abc\x81\x00", 5);
    pump(&server, up);
    expect_seen(s, &server, "body:abc|message_done|switched|", "body, then switched");
    expect_true(s, wire_rest_is(up, "\x81\x00", 2), "new protocol bytes handed back");
}

/* The client side of an upgrade: its request is the offer; the 101 and
   the first bytes of the new protocol come in one read. */
static void scene_client_upgrade(scene *s, wire *up, wire *down)
{
    peer client, server;
    hc_message req = request("GET", "/chat", upgrade_request_fields, 3, HC_BODY_NONE, 0);
    hc_message res = response(101, upgrade_response_fields, 2, HC_BODY_TUNNEL, 0);
    hc_message next = request("GET", "/", host_field, 1, HC_BODY_NONE, 0);
    peer_init(&client, HC_ROLE_CLIENT, s->split, s->cap);
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    expect_true(s, send_head(&client, &req, up) == HC_OK && send_end(&client, NULL, 0, up) == 0,
                "offer");
    expect_state(s, &client.conn, "idle/idle keep", "no pipelining after an offer");
    expect_true(s, hc_conn_start(&client.conn, &next, NULL, NULL) == HC_ERR_INVALID_STATE,
                "next request waits for the answer");
    pump(&server, up);
    expect_seen(s, &server, "request GET /chat|field Host: example.com|field Upgrade: websocket|"
                "field Connection: Upgrade|head_done none upgrade|message_done|paused upgrade|",
                "server sees the offer");
    expect_true(s, send_head(&server, &res, down) == HC_OK && send_end(&server, NULL, 0, down) == 0,
                "101");
    wire_puts(down, "\x81\x02hi");
    pump(&client, down);
    expect_seen(s, &client, "response 101|field Upgrade: websocket|field Connection: Upgrade|"
                "head_done tunnel close upgrade|message_done|switched|", "client switched");
    expect_true(s, wire_rest_is(down, "\x81\x02hi", 4), "bytes after 101 handed back");
    expect_state(s, &client.conn, "switched/switched", "both ways");
}

/* A 101 to a request that offered nothing is an error for the client. */
static void scene_client_unoffered_switch(scene *s, wire *up, wire *down)
{
    peer client;
    hc_message req = request("GET", "/", host_field, 1, HC_BODY_NONE, 0);
    static const char reply[] = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n"
                                "Connection: upgrade\r\n\r\n";
    char expect[128];
    peer_init(&client, HC_ROLE_CLIENT, s->split, s->cap);
    expect_true(s, send_head(&client, &req, up) == HC_OK && send_end(&client, NULL, 0, up) == 0,
                "plain request");
    wire_puts(down, reply);
    pump(&client, down);
    snprintf(expect, sizeof expect, "response 101|field Upgrade: h2c|field Connection: upgrade|"
             "error upgrade_not_offered@%u|", (unsigned)(sizeof reply - 3));
    expect_seen(s, &client, expect, "refused at the end of the head");
    expect_state(s, &client.conn, "error/closed close", "connection over");
}

/* CONNECT (source documents 001, 003): a 2xx is the switch, bytes both
   ways are handed back. A 403 is an ordinary response, but the
   connection ends after it: the client may have sent tunnel bytes
   already, which must never be read as requests (RFC 9931). */
static void scene_connect(scene *s, wire *up, wire *down, int accept)
{
    peer client, server;
    static const hc_field authority[] = {{{"Host", 4}, {"db.internal:5432", 16}}};
    static const hc_field close_field[] = {{{"Connection", 10}, {"close", 5}}};
    hc_message req = request("CONNECT", "db.internal:5432", authority, 1, HC_BODY_NONE, 0);
    hc_message yes = response(200, NULL, 0, HC_BODY_TUNNEL, 0);
    hc_message no = response(403, close_field, 0, HC_BODY_LENGTH, 9);
    peer_init(&client, HC_ROLE_CLIENT, s->split, s->cap);
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    /* A CONNECT request has no content (RFC 9110 section 9.3.6): a length
       or chunked in m->body is refused, as the parser would refuse it. */
    req.body = HC_BODY_LENGTH;
    req.content_length = 3;
    expect_true(s, hc_conn_start(&client.conn, &req, NULL, NULL) == HC_ERR_CONNECT_WITH_BODY,
                "CONNECT with a length");
    req.body = HC_BODY_CHUNKED;
    expect_true(s, hc_conn_start(&client.conn, &req, NULL, NULL) == HC_ERR_CONNECT_WITH_BODY,
                "CONNECT chunked");
    req.body = HC_BODY_NONE;
    req.content_length = 0;
    expect_true(s, send_head(&client, &req, up) == HC_OK && send_end(&client, NULL, 0, up) == 0,
                "CONNECT");
    expect_wire(s, up, 0, "CONNECT db.internal:5432 HTTP/1.1\r\nHost: db.internal:5432\r\n\r\n",
                "no framing field on a request without content");
    wire_puts(up, "client-hello"); /* sent optimistically, before the answer */
    pump(&server, up);
    expect_seen(s, &server, "request CONNECT db.internal:5432|field Host: db.internal:5432|"
                "head_done none upgrade|message_done|paused upgrade|", "server paused");
    if (accept) {
        /* A 2xx to CONNECT says it tunnels; nothing else frames it. */
        yes.body = HC_BODY_NONE;
        expect_true(s, hc_conn_start(&server.conn, &yes, NULL, NULL) == HC_ERR_FRAMING_MISMATCH,
                    "2xx to CONNECT without TUNNEL");
        yes.body = HC_BODY_TUNNEL;
        expect_true(s, send_head(&server, &yes, down) == HC_OK && send_end(&server, NULL, 0, down) == 0,
                    "200");
        expect_wire(s, down, 0, "HTTP/1.1 200 OK\r\n\r\n", "no framing field on the tunnel");
        wire_puts(down, "server-hello");
        pump(&server, up);
        expect_seen(s, &server, "switched|", "server switched");
        expect_true(s, wire_rest_is(up, "client-hello", 12), "client bytes handed back");
        pump(&client, down);
        expect_seen(s, &client, "response 200|head_done tunnel close upgrade|message_done|switched|",
                    "client switched");
        expect_true(s, wire_rest_is(down, "server-hello", 12), "server bytes handed back");
    } else {
        expect_true(s, hc_conn_start(&server.conn, &no, NULL, NULL) == HC_ERR_MISSING_CLOSE,
                    "a refusal that closes must say so");
        no.field_count = 1;
        expect_true(s, send_head(&server, &no, down) == HC_OK &&
                       send_body(&server, "forbidden", 9, down) == HC_OK &&
                       send_end(&server, NULL, 0, down) == HC_OK,
                    "403 with a body");
        expect_state(s, &server.conn, "closed/closed close", "server closes");
        pump(&server, up);
        expect_seen(s, &server, "closed|", "tunnel bytes never parsed as HTTP");
        pump(&client, down);
        expect_seen(s, &client, "response 403|field Connection: close|field Content-Length: 9|"
                    "head_done length close|body:forbidden|message_done|closed|",
                    "403 framed by its length, then the end");
        expect_state(s, &client.conn, "closed/closed close", "client closes too");
    }
}

/* Source document 002: the answer to HEAD is framed like the answer to
   GET but carries no body; the client frames the pipelined answers
   after it correctly. The framing is said once, so one description
   (a length of 5) answers GET and HEAD alike: hc_conn fills in what it
   answers, and the body writer refuses body bytes to HEAD. */
static void scene_head(scene *s, wire *up, wire *down)
{
    peer client, server;
    static const hc_field len5[] = {{{"Cache-Control", 13}, {"no-cache", 8}},
                                    {{"Content-Length", 14}, {"5", 1}}};
    hc_message head = request("HEAD", "/doc", host_field, 1, HC_BODY_NONE, 0);
    hc_message get = request("GET", "/doc", host_field, 1, HC_BODY_NONE, 0);
    hc_message res = response(200, NULL, 0, HC_BODY_LENGTH, 5);
    hc_message none = response(200, NULL, 0, HC_BODY_NONE, 0);
    hc_message given = response(200, len5, 2, HC_BODY_LENGTH, 5);
    hc_chunk_head chunk;
    size_t mark, where = 0;
    peer_init(&client, HC_ROLE_CLIENT, s->split, s->cap);
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    expect_true(s, send_head(&client, &get, up) == HC_OK && send_end(&client, NULL, 0, up) == 0,
                "GET");
    expect_true(s, send_head(&client, &head, up) == HC_OK && send_end(&client, NULL, 0, up) == 0,
                "HEAD pipelined");
    expect_true(s, send_head(&client, &head, up) == HC_OK && send_end(&client, NULL, 0, up) == 0,
                "HEAD again");
    expect_true(s, hc_conn_outstanding(&client.conn) == 3, "three outstanding");
    pump(&server, up);
    expect_seen(s, &server, "request GET /doc|field Host: example.com|head_done none|"
                "message_done|paused|", "GET read; HEAD waits");
    /* The length comes from m->body only: a Content-Length among the
       fields is refused (the old way of saying it), where it stands. */
    expect_true(s, hc_conn_start(&server.conn, &given, NULL, &where) == HC_ERR_FRAMING_FIELD_GIVEN &&
                   where == 1,
                "a Content-Length field given is refused");
    mark = down->len;
    expect_true(s, send_head(&server, &res, down) == HC_OK && res.answers == HC_METHOD_GET &&
                   send_body(&server, "hello", 5, down) == HC_OK &&
                   send_end(&server, NULL, 0, down) == HC_OK,
                "GET answer");
    expect_wire(s, down, mark, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", "GET bytes");
    pump(&server, up);
    expect_seen(s, &server, "request HEAD /doc|field Host: example.com|head_done none|"
                "message_done|paused|", "then HEAD");
    mark = down->len;
    expect_true(s, send_head(&server, &res, down) == HC_OK && res.answers == HC_METHOD_HEAD,
                "the same description answers HEAD");
    expect_true(s, hc_conn_body(&server.conn, 1, &chunk) == HC_ERR_BODY_NOT_ALLOWED &&
                   hc_conn_body(&server.conn, 5, &chunk) == HC_ERR_BODY_NOT_ALLOWED,
                "body bytes to HEAD refused");
    expect_true(s, send_end(&server, NULL, 0, down) == HC_OK, "HEAD answer done");
    expect_wire(s, down, mark, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n",
                "the length a GET gets, no body on the wire");
    /* Body NONE for HEAD, as callers said it before, still answers it:
       without a Content-Length. */
    pump(&server, up);
    expect_seen(s, &server, "request HEAD /doc|field Host: example.com|head_done none|"
                "message_done|paused|", "HEAD again");
    mark = down->len;
    expect_true(s, send_head(&server, &none, down) == HC_OK &&
                   send_body(&server, "x", 1, down) == HC_ERR_BODY_NOT_ALLOWED &&
                   send_end(&server, NULL, 0, down) == HC_OK,
                "HEAD answered with NONE");
    expect_wire(s, down, mark, "HTTP/1.1 200 OK\r\n\r\n", "no framing field");
    pump(&client, down);
    expect_seen(s, &client, "response 200|field Content-Length: 5|head_done length|body:hello|"
                "message_done|response 200|field Content-Length: 5|head_done none|message_done|"
                "response 200|head_done none|message_done|",
                "client frames all three");
    expect_true(s, hc_conn_outstanding(&client.conn) == 0, "all answered");
}

/* Expect: 100-continue (RFC 9110 section 10.1.1), three ways. */
static void scene_expect(scene *s, wire *up, wire *down, int how)
{
    peer client, server;
    static const hc_field expect_fields[] = {{{"Host", 4}, {"a", 1}},
                                             {{"Expect", 6}, {"100-continue", 12}}};
    static const hc_field close_fields[] = {{{"Connection", 10}, {"close", 5}}};
    hc_message req = request("PUT", "/up", expect_fields, 2, HC_BODY_LENGTH, 4);
    hc_message cont = response(100, NULL, 0, HC_BODY_NONE, 0);
    hc_message ok = response(200, NULL, 0, HC_BODY_NONE, 0); /* says Content-Length: 0 */
    hc_message refuse = response(417, close_fields, 1, HC_BODY_LENGTH, 0);
    hc_message early = response(401, NULL, 0, HC_BODY_LENGTH, 0);
    peer_init(&client, HC_ROLE_CLIENT, s->split, s->cap);
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    /* 100-continue only with content: said by m->body alone now. */
    req.body = HC_BODY_NONE;
    expect_true(s, hc_conn_start(&client.conn, &req, NULL, NULL) == HC_ERR_EXPECT_WITHOUT_BODY,
                "100-continue without content");
    req.body = HC_BODY_LENGTH;
    req.content_length = 0;
    expect_true(s, hc_conn_start(&client.conn, &req, NULL, NULL) == HC_ERR_EXPECT_WITHOUT_BODY,
                "100-continue with a length of 0");
    req.content_length = 4;
    expect_true(s, send_head(&client, &req, up) == HC_OK, "request head");
    pump(&server, up);
    expect_seen(s, &server, "request PUT /up|field Host: a|field Expect: 100-continue|"
                "field Content-Length: 4|head_done length expect|", "expectation seen");
    if (how == 0) { /* 100, then the body, then the final answer */
        cont.body = HC_BODY_LENGTH; /* 1xx take NONE only */
        expect_true(s, hc_conn_start(&server.conn, &cont, NULL, NULL) ==
                           HC_ERR_FRAMING_FIELD_NOT_ALLOWED, "a 100 with a length");
        cont.body = HC_BODY_NONE;
        expect_true(s, send_head(&server, &cont, down) == HC_OK && send_end(&server, NULL, 0, down) == 0,
                    "100");
        expect_state(s, &server.conn, "body/send keep", "final answer still owed");
        pump(&client, down);
        expect_seen(s, &client, "response 100|head_done none|message_done|", "interim read");
        expect_state(s, &client.conn, "idle/body keep", "client sends the body now");
        expect_true(s, send_body(&client, "data", 4, up) == HC_OK && send_end(&client, NULL, 0, up) == 0,
                    "body");
        pump(&server, up);
        expect_seen(s, &server, "body:data|message_done|paused|", "body read");
        expect_true(s, send_head(&server, &ok, down) == HC_OK && send_end(&server, NULL, 0, down) == 0,
                    "200");
        pump(&client, down);
        expect_seen(s, &client, "response 200|field Content-Length: 0|head_done length|message_done|",
                    "final");
        expect_state(s, &client.conn, "idle/send keep", "reusable");
        expect_state(s, &server.conn, "idle/idle keep", "reusable");
    } else if (how == 1) { /* refused with close: the body is never sent */
        expect_true(s, send_head(&server, &refuse, down) == HC_OK &&
                       send_end(&server, NULL, 0, down) == HC_OK,
                    "417");
        expect_state(s, &server.conn, "body/done close", "server closes, body unread");
        pump(&client, down);
        expect_seen(s, &client, "response 417|field Connection: close|field Content-Length: 0|"
                    "head_done length close|message_done|closed|", "client told to stop");
        expect_state(s, &client.conn, "closed/body close", "client stops sending and closes");
    } else { /* final answer before the body, connection kept: the client
                sends the body anyway, the server drains it */
        expect_true(s, send_head(&server, &early, down) == HC_OK &&
                       send_end(&server, NULL, 0, down) == HC_OK,
                    "401");
        expect_state(s, &server.conn, "body/done keep", "response done, body unread");
        pump(&client, down);
        expect_seen(s, &client, "response 401|field Content-Length: 0|head_done length|"
                    "message_done|paused|", "answered before the body was sent");
        expect_state(s, &client.conn, "done/body keep", "client: finish the body or close");
        expect_true(s, send_body(&client, "data", 4, up) == HC_OK && send_end(&client, NULL, 0, up) == 0,
                    "body sent anyway");
        expect_state(s, &client.conn, "idle/send keep", "client reusable");
        pump(&server, up);
        expect_seen(s, &server, "body:data|message_done|", "server drained it");
        expect_state(s, &server.conn, "idle/idle keep", "server reusable");
    }
}

/* Keep-alive over both directions (RFC 9112 section 9.3): every request
   version and Connection value against every response version and
   Connection value; client and server must agree. */
static void scene_keep_alive_matrix(scene *s, wire *up, wire *down)
{
    static const char *const options[] = {NULL, "close", "keep-alive"};
    unsigned rv, ro, sv, so;
    for (rv = 0; rv < 2; rv++)
        for (ro = 0; ro < 3; ro++)
            for (sv = 0; sv < 2; sv++)
                for (so = 0; so < 3; so++) {
                    peer client, server;
                    hc_field rf[2], sf[1];
                    size_t rn = 0, sn = 0;
                    hc_message req, res;
                    int request_keeps = rv ? ro != 1 : ro == 2;
                    int response_keeps = sv ? so != 1 : so == 2;
                    int expect = request_keeps && response_keeps && (rv || so == 2);
                    int must_say_close = !request_keeps && sv == 1 && so != 1;
                    char what[96], want[32];
                    up->len = up->off = up->visible = 0;
                    down->len = down->off = down->visible = 0;
                    rf[rn].name = sp("Host"), rf[rn++].value = sp("a");
                    if (options[ro])
                        rf[rn].name = sp("Connection"), rf[rn++].value = sp(options[ro]);
                    if (options[so])
                        sf[sn].name = sp("Connection"), sf[sn++].value = sp(options[so]);
                    req = request("GET", "/", rf, rn, HC_BODY_NONE, 0);
                    req.version_minor = (unsigned char)rv;
                    res = response(200, sf, sn, HC_BODY_LENGTH, 0);
                    res.version_minor = (unsigned char)sv;
                    snprintf(what, sizeof what, "request 1.%u %s, response 1.%u %s", rv,
                             options[ro] ? options[ro] : "-", sv, options[so] ? options[so] : "-");
                    peer_init(&client, HC_ROLE_CLIENT, s->split, s->cap);
                    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
                    expect_true(s, send_head(&client, &req, up) == HC_OK &&
                                   send_end(&client, NULL, 0, up) == HC_OK, what);
                    wire_puts(up, "GET /next HTTP/1.1\r\nHost: a\r\n\r\n");
                    pump(&server, up);
                    if (must_say_close) { /* RFC 9112 section 9.6 */
                        expect_true(s, hc_conn_start(&server.conn, &res, NULL, NULL) ==
                                           HC_ERR_MISSING_CLOSE, what);
                        sf[0].name = sp("Connection");
                        sf[0].value = sp("close");
                        res.field_count = sn = 1;
                    }
                    expect_true(s, send_head(&server, &res, down) == HC_OK &&
                                   send_end(&server, NULL, 0, down) == HC_OK, what);
                    pump(&client, down);
                    expect_true(s, hc_conn_keep_alive(&server.conn) == expect, what);
                    expect_true(s, hc_conn_keep_alive(&client.conn) == expect, what);
                    expect_true(s, hc_conn_must_close(&server.conn) == !expect, what);
                    expect_true(s, hc_conn_must_close(&client.conn) == !expect, what);
                    snprintf(want, sizeof want, "%s", expect ? "idle/send keep" : "closed/closed close");
                    expect_state(s, &client.conn, want, what);
                    /* The server reads the pipelined request only when the
                       connection persists. */
                    server.seen_len = 0;
                    pump(&server, up);
                    expect_true(s, strncmp(server.seen, expect ? "request GET /next" : "closed|",
                                           expect ? 17 : 7) == 0, what);
                }
}

/* A request the server cannot read gets one error response, then the
   connection closes; bytes after the fault are never parsed. */
static void scene_error_response(scene *s, wire *up, wire *down)
{
    peer server;
    static const hc_field close_fields[] = {{{"Connection", 10}, {"close", 5}}};
    hc_message bad = response(400, close_fields, 1, HC_BODY_LENGTH, 0);
    hc_message early = response(200, NULL, 0, HC_BODY_CLOSE, 0);
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    expect_true(s, hc_conn_start(&server.conn, &early, NULL, NULL) == HC_ERR_INVALID_STATE,
                "no response before a request");
    wire_puts(up, "GET / HTTP/1.1\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: a\r\n\r\n");
    pump(&server, up);
    expect_seen(s, &server, "request GET /|error missing_host@16|", "no Host");
    expect_state(s, &server.conn, "error/send", "an error response is owed");
    expect_true(s, send_head(&server, &bad, down) == HC_OK && send_end(&server, NULL, 0, down) == 0,
                "400");
    expect_state(s, &server.conn, "error/closed close", "then close");
    expect_true(s, bad.answers == HC_METHOD_GET && !bad.answers_http10, "answers filled in");
}

/* The client: a server that closes with requests outstanding, no
   pipelining after a non-idempotent request, a request that says close,
   interim responses before the final one. */
static void scene_client_rules(scene *s, wire *up, wire *down)
{
    peer client;
    static const hc_field close_host[] = {{{"Host", 4}, {"a", 1}},
                                          {{"Connection", 10}, {"close", 5}}};
    hc_message get = request("GET", "/", host_field, 1, HC_BODY_NONE, 0);
    hc_message post = request("POST", "/form", close_host, 1 /* Host only */, HC_BODY_LENGTH, 0);
    hc_message last = request("GET", "/last", close_host, 2, HC_BODY_NONE, 0);
    peer_init(&client, HC_ROLE_CLIENT, s->split, s->cap);
    expect_true(s, send_head(&client, &get, up) == HC_OK && send_end(&client, NULL, 0, up) == 0 &&
                   send_head(&client, &get, up) == HC_OK && send_end(&client, NULL, 0, up) == 0,
                "two GETs pipelined");
    down->eof = 1;
    pump(&client, down);
    expect_seen(s, &client, "closed|", "server went away");
    expect_true(s, hc_conn_outstanding(&client.conn) == 2, "both unanswered: retry them");
    expect_state(s, &client.conn, "closed/closed close", "over");

    peer_init(&client, HC_ROLE_CLIENT, s->split, s->cap);
    down->eof = 0;
    down->len = down->off = down->visible = 0;
    expect_true(s, send_head(&client, &post, up) == HC_OK && send_end(&client, NULL, 0, up) == 0,
                "POST");
    expect_true(s, hc_conn_start(&client.conn, &get, NULL, NULL) == HC_ERR_INVALID_STATE,
                "no pipelining after POST (RFC 9112 section 9.3.2)");
    wire_puts(down, "HTTP/1.1 103 Early Hints\r\nLink: </s.css>\r\n\r\n"
                    "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    pump(&client, down);
    expect_seen(s, &client, "response 103|field Link: </s.css>|head_done none|message_done|"
                "response 200|field Content-Length: 0|head_done length|message_done|",
                "interim then final");
    expect_true(s, send_head(&client, &last, up) == HC_OK && send_end(&client, NULL, 0, up) == 0,
                "a request that says close");
    expect_state(s, &client.conn, "idle/closed", "no more requests");
    expect_true(s, hc_conn_start(&client.conn, &get, NULL, NULL) == HC_ERR_INVALID_STATE,
                "refused after close");
    wire_puts(down, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\n");
    pump(&client, down);
    expect_seen(s, &client, "response 200|field Content-Length: 0|head_done length|"
                "message_done|closed|", "its answer is the last");
    expect_state(s, &client.conn, "closed/closed close", "close now");
}

/* Rules found by review, one check each. */
static void scene_sender_and_answer_rules(scene *s, wire *up, wire *down)
{
    peer client, server;
    static const hc_field upgrade_only[] = {{{"Host", 4}, {"a", 1}}, {{"Upgrade", 7}, {"h2c", 3}}};
    static const hc_field close_only[] = {{{"Connection", 10}, {"close", 5}}};
    static const hc_field coding[] = {{{"Transfer-Encoding", 17}, {"chunked", 7}}};
    hc_message get = request("GET", "/", host_field, 1, HC_BODY_NONE, 0);
    hc_message offer = request("GET", "/", upgrade_only, 2, HC_BODY_NONE, 0);
    hc_message chunked = request("PUT", "/x", host_field, 1, HC_BODY_CHUNKED, 0);
    hc_message reset = response(205, NULL, 0, HC_BODY_NONE, 0);
    hc_message switch10 = response(101, upgrade_response_fields, 2, HC_BODY_TUNNEL, 0);
    hc_message cont = response(100, NULL, 0, HC_BODY_NONE, 0);
    hc_message bad = response(400, close_only, 1, HC_BODY_CLOSE, 0);
    hc_message bad_keep = response(400, NULL, 0, HC_BODY_LENGTH, 0);
    hc_message chunked_ok = response(200, NULL, 0, HC_BODY_CHUNKED, 0);
    size_t where, mark;

    /* RFC 9110 section 7.8: Upgrade goes with the "upgrade" option. */
    peer_init(&client, HC_ROLE_CLIENT, s->split, s->cap);
    expect_true(s,
                hc_conn_start(&client.conn, &offer, NULL, NULL) ==
                    HC_ERR_UPGRADE_NOT_IN_CONNECTION,
                "Upgrade without the connection option refused");

    /* A truncated answer still counts as outstanding (to retry). */
    expect_true(s, send_head(&client, &get, up) == HC_OK && send_end(&client, NULL, 0, up) == 0 &&
                   send_head(&client, &get, up) == HC_OK && send_end(&client, NULL, 0, up) == 0,
                "two GETs");
    wire_puts(down, "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n"
                    "HTTP/1.0 200 OK\r\nContent-Length: 10\r\n\r\nabc");
    pump(&client, down);
    expect_true(s, hc_conn_outstanding(&client.conn) == 1, "the second answer is not complete");
    /* RFC 9112 section 6.1: the server spoke HTTP/1.0: no chunked to it. */
    expect_true(s, hc_conn_start(&client.conn, &chunked, NULL, NULL) == HC_ERR_NOT_FOR_HTTP10,
                "no Transfer-Encoding to an HTTP/1.0 server");
    /* A Transfer-Encoding among the fields is refused before that: the
       writer adds the one it means. */
    chunked.fields = coding;
    where = 0;
    expect_true(s, hc_conn_start(&client.conn, &chunked, NULL, &where) ==
                       HC_ERR_FRAMING_FIELD_GIVEN && where == 0,
                "a Transfer-Encoding field given is refused");
    down->eof = 1;
    pump(&client, down);
    expect_true(s, hc_conn_outstanding(&client.conn) == 1 &&
                    hc_conn_reading(&client.conn) == HC_CONN_ERROR,
                "cut off: one to retry");
    memset(down, 0, sizeof *down);

    /* RFC 9110 section 15.2.2: a 101 names the new protocol. */
    peer_init(&client, HC_ROLE_CLIENT, s->split, s->cap);
    offer = request("GET", "/chat", upgrade_request_fields, 3, HC_BODY_NONE, 0);
    expect_true(s, send_head(&client, &offer, up) == HC_OK && send_end(&client, NULL, 0, up) == 0,
                "offer");
    wire_puts(down, "HTTP/1.1 101 Switching Protocols\r\n\r\n");
    pump(&client, down);
    expect_seen(s, &client, "response 101|error missing_upgrade@34|", "101 without Upgrade");

    /* RFC 9110 sections 15.3.6 and 9.3.2: 205 to HEAD, no content. */
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    memset(up, 0, sizeof *up);
    wire_puts(up, "HEAD / HTTP/1.1\r\nHost: a\r\n\r\n");
    pump(&server, up);
    reset.body = HC_BODY_CHUNKED;
    expect_true(s, hc_conn_start(&server.conn, &reset, NULL, NULL) == HC_ERR_BODY_NOT_ALLOWED,
                "205 to HEAD framed as chunked: a GET could never get that");
    reset.body = HC_BODY_LENGTH;
    reset.content_length = 1;
    expect_true(s, hc_conn_start(&server.conn, &reset, NULL, NULL) == HC_ERR_BODY_NOT_ALLOWED,
                "205 to HEAD with a length of 1: neither");
    reset.content_length = 0;
    mark = down->len;
    expect_true(s, send_head(&server, &reset, down) == HC_OK && send_end(&server, NULL, 0, down) == 0,
                "205 to HEAD");
    expect_wire(s, down, mark, "HTTP/1.1 205 \r\nContent-Length: 0\r\n\r\n",
                "its length of 0, as a GET would get");

    /* RFC 9112 section 6.1: an HTTP/1.0 client gets nothing chunked. */
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    memset(up, 0, sizeof *up);
    memset(down, 0, sizeof *down);
    wire_puts(up, "GET / HTTP/1.0\r\n\r\n");
    pump(&server, up);
    where = 0;
    expect_true(s, hc_conn_start(&server.conn, &chunked_ok, NULL, &where) == HC_ERR_NOT_FOR_HTTP10 &&
                   where == HC_WHERE_START_LINE && chunked_ok.answers_http10,
                "chunked to an HTTP/1.0 request refused");
    expect_state(s, &server.conn, "done/send", "the response is still owed");
    chunked_ok.body = HC_BODY_CLOSE;
    expect_true(s, send_head(&server, &chunked_ok, down) == HC_OK &&
                   send_body(&server, "abc", 3, down) == HC_OK &&
                   send_end(&server, NULL, 0, down) == HC_OK,
                "read to the close instead");
    expect_wire(s, down, 0, "HTTP/1.1 200 OK\r\n\r\nabc", "no framing field, then the body");

    /* No 1xx in an HTTP/1.0 response; no 1xx once reading failed; the
       error response says it closes. */
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    memset(up, 0, sizeof *up);
    wire_puts(up, upgrade_request_bytes);
    pump(&server, up);
    switch10.version_minor = 0;
    expect_true(s, hc_conn_start(&server.conn, &switch10, NULL, NULL) == HC_ERR_NOT_FOR_HTTP10,
                "HTTP/1.0 101 refused");
    switch10.version_minor = 1;
    switch10.field_count = 1; /* Upgrade only, no Connection: upgrade */
    expect_true(s,
                hc_conn_start(&server.conn, &switch10, NULL, NULL) ==
                    HC_ERR_UPGRADE_NOT_IN_CONNECTION,
                "a 101 names upgrade in Connection too (RFC 9110 section 7.8)");
    switch10.field_count = 2;
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    memset(up, 0, sizeof *up);
    wire_puts(up, "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nab");
    up->eof = 1;
    pump(&server, up);
    expect_true(s, hc_conn_reading(&server.conn) == HC_CONN_ERROR, "cut-off body");
    expect_true(s, hc_conn_start(&server.conn, &cont, NULL, NULL) == HC_ERR_INVALID_STATE,
                "no 100 after a read error");
    expect_true(s, hc_conn_start(&server.conn, &bad_keep, NULL, NULL) == HC_ERR_MISSING_CLOSE,
                "the error response must say close");
    expect_true(s, send_head(&server, &bad, down) == HC_OK && send_end(&server, NULL, 0, down) == 0,
                "close-delimited error response");
    expect_state(s, &server.conn, "error/closed close", "over");

    /* hc_conn_close while an interim response is being written: the
       final response is no longer owed. */
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    memset(up, 0, sizeof *up);
    wire_puts(up, "POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\nab");
    pump(&server, up);
    expect_true(s, send_head(&server, &cont, down) == HC_OK, "100 begun");
    up->eof = 1;
    pump(&server, up);
    hc_conn_close(&server.conn);
    expect_true(s, send_end(&server, NULL, 0, down) == HC_OK, "100 ended");
    expect_state(s, &server.conn, "error/closed close", "nothing owed after close");

    /* hc_conn_close after a switch ends it all. */
    peer_init(&server, HC_ROLE_SERVER, s->split, s->cap);
    memset(up, 0, sizeof *up);
    wire_puts(up, upgrade_request_bytes);
    pump(&server, up);
    switch10.version_minor = 1;
    expect_true(s, send_head(&server, &switch10, down) == HC_OK && send_end(&server, NULL, 0, down) == 0,
                "101");
    hc_conn_close(&server.conn);
    expect_state(s, &server.conn, "closed/closed close", "closed after the switch");
}

typedef void (*scene_fn)(scene *s, wire *up, wire *down);
static void scene_drain(scene *s, wire *up, wire *down) { scene_response_before_body(s, up, down, 1); }
static void scene_abandon(scene *s, wire *up, wire *down) { scene_response_before_body(s, up, down, 0); }
static void scene_connect_ok(scene *s, wire *up, wire *down) { scene_connect(s, up, down, 1); }
static void scene_connect_403(scene *s, wire *up, wire *down) { scene_connect(s, up, down, 0); }
static void scene_expect_100(scene *s, wire *up, wire *down) { scene_expect(s, up, down, 0); }
static void scene_expect_417(scene *s, wire *up, wire *down) { scene_expect(s, up, down, 1); }
static void scene_expect_early(scene *s, wire *up, wire *down) { scene_expect(s, up, down, 2); }

static void run_scene(const char *name, scene_fn fn)
{
    static const size_t splits[] = {0, 1, 2, 7};
    static const size_t caps[] = {1, 4096, 3, 2};
    static wire up, down;
    size_t k;
    int ok = 1;
    for (k = 0; k < sizeof splits / sizeof splits[0]; k++) {
        scene s;
        s.name = name;
        s.split = splits[k];
        s.cap = caps[k];
        s.ok = 1;
        memset(&up, 0, sizeof up);
        memset(&down, 0, sizeof down);
        fn(&s, &up, &down);
        ok &= s.ok;
    }
    check(ok, "scenario failed (see above)", name);
}

static void test_conn_misuse(void)
{
    hc_conn c;
    hc_chunk_head chunk;
    hc_head_writer hw;
    hc_body_writer ended;
    char out[64];
    hc_message req = request("GET", "/", host_field, 1, HC_BODY_NONE, 0);
    hc_message res = response(200, NULL, 0, HC_BODY_CLOSE, 0);
    hc_conn_init(&c, HC_ROLE_CLIENT, NULL);
    check(hc_conn_start(&c, &res, NULL, NULL) == HC_ERR_INVALID_STATE,
          "client cannot write a response", "conn_client_response");
    /* A refused start leaves hw emitting nothing, even one that held a
       checked head before (the refusal comes ahead of any check). */
    check(hc_check_head(&res, &hw, NULL) == HC_OK && hc_head_size(&hw) > 0 &&
              hc_conn_start(&c, &res, &hw, NULL) == HC_ERR_INVALID_STATE &&
              hc_head_size(&hw) == 0 && hc_write_head(&hw, 0, out, sizeof out) == 0,
          "a refused start emits nothing", "conn_refused_start_hw");
    check(hc_conn_body(&c, 1, &chunk) == HC_ERR_INVALID_STATE && chunk.len == 0,
          "no body before a head", "conn_body_first");
    check(hc_conn_end(&c, NULL, 0, &ended, NULL) == HC_ERR_INVALID_STATE,
          "no end before a head", "conn_end_first");
    {   /* 16 pipelined requests fill the answer queue: writing says so */
        int k, ok = 1;
        hc_event ev;
        static const char answer[] = "HTTP/1.1 204 No Content\r\n\r\n";
        hc_conn_init(&c, HC_ROLE_CLIENT, NULL);
        for (k = 0; k < 16; k++)
            ok &= hc_conn_writing(&c) == HC_CONN_SEND &&
                  hc_conn_start(&c, &req, NULL, NULL) == HC_OK &&
                  hc_conn_end(&c, NULL, 0, &ended, NULL) == HC_OK;
        ok &= hc_conn_writing(&c) == HC_CONN_IDLE &&
              hc_conn_start(&c, &req, NULL, NULL) == HC_ERR_INVALID_STATE;
        {
            size_t off = 0;
            for (k = 0; k < 3; k++) /* response, head_done, message_done */
                off += hc_conn_read(&c, answer + off, sizeof answer - 1 - off, &ev);
        }
        ok &= ev.type == HC_EV_MESSAGE_DONE && hc_conn_writing(&c) == HC_CONN_SEND &&
              hc_conn_outstanding(&c) == 15;
        check(ok, "a full answer queue holds writing until an answer is read", "conn_queue_full");
    }
    hc_conn_init(&c, HC_ROLE_SERVER, NULL);
    check(hc_conn_start(&c, &req, NULL, NULL) == HC_ERR_INVALID_STATE,
          "server cannot write a request", "conn_server_request");
    check(strcmp(hc_conn_state_name(HC_CONN_SWITCHED), "switched") == 0 &&
              strcmp(hc_conn_state_name((hc_conn_state)99), "unknown") == 0,
          "state names", "conn_state_names");
    check(sizeof(hc_conn) <= 80, "hc_conn stays small", "conn_size");
}

static void run_conn_tests(void)
{
    run_scene("conn_full_duplex_echo", scene_full_duplex_echo);
    run_scene("conn_response_before_body_drain", scene_drain);
    run_scene("conn_response_before_body_close", scene_abandon);
    run_scene("conn_upgrade_declined", scene_upgrade_declined);
    run_scene("conn_upgrade_accepted", scene_upgrade_accepted);
    run_scene("conn_upgrade_refusals", scene_upgrade_refusals);
    run_scene("conn_client_upgrade", scene_client_upgrade);
    run_scene("conn_client_unoffered_switch", scene_client_unoffered_switch);
    run_scene("conn_connect_accepted", scene_connect_ok);
    run_scene("conn_connect_declined", scene_connect_403);
    run_scene("conn_head", scene_head);
    run_scene("conn_expect_100", scene_expect_100);
    run_scene("conn_expect_417_close", scene_expect_417);
    run_scene("conn_expect_early_answer", scene_expect_early);
    run_scene("conn_keep_alive_matrix", scene_keep_alive_matrix);
    run_scene("conn_error_response", scene_error_response);
    run_scene("conn_client_rules", scene_client_rules);
    run_scene("conn_sender_and_answer_rules", scene_sender_and_answer_rules);
    test_conn_misuse();
}
