/* websocket_conn.c - the example server's WebSocket connections: the
   handshake's answer (RFC 6455 section 4.2.2) given in HTTP through
   server.c, then, after the 101, the echo of websocket.c driven over the
   socket: the client's bytes in, the echo's frames out, until a close. */
#include "server.h"

#include <string.h>

/* GET /ws. Opt-in: only a valid websocket offer gets its 101, a wrong
   version 426 naming ours (section 4.4); any other request is answered as
   plain HTTP, and HTTP goes on. */
void websocket_answer(slot *s, const hc_event *ev, const ws_offer *o)
{
    static const char version_text[] = "WebSocket version 13 only\n", methods[] = "GET or HEAD\n";
    hc_message *m;
    if (!ev->upgrade || !o->upgrade || s->method != HC_METHOD_GET) {
        if (s->method == HC_METHOD_GET || s->method == HC_METHOD_HEAD) {
            http_send_text(s, 200, "a WebSocket echo lives here (Upgrade: websocket)\n");
        } else {
            m = http_begin(s, 405);
            http_add_field(m, "Allow", "GET, HEAD");
            http_send(s, m, "text/plain", HC_BODY_LENGTH, methods, sizeof methods - 1);
        }
    } else if (!o->version_13) {
        m = http_begin(s, 426);
        http_add_field(m, "Upgrade", "websocket");
        http_add_field(m, "Connection", "Upgrade");
        http_add_field(m, "Sec-WebSocket-Version", "13");
        http_send(s, m, "text/plain", HC_BODY_LENGTH, version_text, sizeof version_text - 1);
    } else if (!websocket_key_valid(o->key)) {
        http_send_text(s, 400, "Sec-WebSocket-Key is not 16 bytes in base64\n");
    } else if (http_answer_continue(s, ev)) {
        m = http_begin(s, 101);
        websocket_accept(o->key, strlen(o->key), s->accept_text);
        http_add_field(m, "Upgrade", "websocket");
        http_add_field(m, "Connection", "Upgrade");
        http_add_field(m, "Sec-WebSocket-Accept", s->accept_text);
        http_send(s, m, NULL, HC_BODY_TUNNEL, NULL, 0);
    }
}

void websocket_begin(slot *s)
{
    s->kind = SLOT_WEBSOCKET;
    ws_echo_init(&s->ws);
}

/* The client's bytes through the echo into the output buffer and out,
   until the close handshake ends it. */
void websocket_service(slot *s)
{
    size_t used = 1, made = 1;
    while ((used || made) && !s->closing) {
        if (!slot_send(s)) {
            slot_close(s);
            return;
        }
        slot_out_compact(s);
        used = ws_echo_step(&s->ws, (unsigned char *)s->in + s->in_off, s->in_len - s->in_off,
                            (unsigned char *)s->out + s->out_len, OUT_CAP - s->out_len, &made);
        s->in_off += used;
        s->out_len += made;
        s->closing = ws_echo_finished(&s->ws);
    }
    if (!slot_send(s)) {
        slot_close(s);
        return;
    }
    if (s->read_eof) /* no close frame: the connection just ends */
        s->closing = 1;
    slot_finish(s);
}
