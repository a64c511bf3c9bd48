/* websocket.c - what the example server runs on a WebSocket connection,
   with no sockets: the handshake's checks and Sec-WebSocket-Accept
   (section 4.2), and a streaming RFC 6455 echo. What it shows: an
   endpoint in fixed memory. Only a control frame (125 bytes at most) is
   kept whole; a data frame's payload is unmasked and sent back as it
   arrives, each piece as a frame of its own (the first of a message with
   its opcode, the rest as continuations, FIN on the last), so a message of
   any size goes through buffers of any size. Text is checked as UTF-8 on
   the way (8.1); a client breaking a rule gets a close with 1002 or 1007. */
#define _POSIX_C_SOURCE 200809L /* strncasecmp */
#include "websocket.h"
#include "sha1.h"

#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ handshake */

/* RFC 6455 section 4.2.1: the key is 16 bytes in base64, 24 characters
   ending in "==". */
int websocket_key_valid(const char *key)
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
void websocket_accept(const char *key, size_t key_len, char out[29])
{
    static const char guid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    unsigned char buf[128], digest[20];
    memcpy(buf, key, key_len);
    memcpy(buf + key_len, guid, sizeof guid - 1);
    sha1(buf, key_len + sizeof guid - 1, digest);
    out[base64(digest, 20, out)] = '\0';
}

static int named(const char *name, size_t len, const char *want)
{
    return len == strlen(want) && strncasecmp(name, want, len) == 0;
}

/* Is token in the list v? (The codec has checked its syntax: no NULs.) */
int websocket_list_has(const char *v, size_t len, const char *token)
{
    size_t i, n = strlen(token);
    for (i = 0; i + n <= len; i++)
        if ((i == 0 || strchr(", \t", v[i - 1])) && (i + n == len || strchr(", \t", v[i + n])) &&
            strncasecmp(v + i, token, n) == 0)
            return 1;
    return 0;
}

void ws_offer_field(ws_offer *o, const char *name, size_t name_len, const char *value, size_t value_len)
{
    if (named(name, name_len, "Upgrade"))
        o->upgrade = (unsigned char)(o->upgrade | websocket_list_has(value, value_len, "websocket"));
    else if (named(name, name_len, "Sec-WebSocket-Key") && value_len < sizeof o->key)
        memcpy(o->key, value, value_len), o->key[value_len] = '\0';
    else if (named(name, name_len, "Sec-WebSocket-Version"))
        o->version_13 = (unsigned char)(value_len == 2 && memcmp(value, "13", 2) == 0);
}

/* ------------------------------------------------------------ the echo */

enum { WS_CONTINUATION = 0x0, WS_TEXT = 0x1, WS_BINARY = 0x2,
       WS_CLOSE = 0x8, WS_PING = 0x9, WS_PONG = 0xA };
enum { PHASE_HEAD, PHASE_DATA, PHASE_CONTROL };
#define CLOSE_SIZE 4 /* a close frame with a code: the room every step keeps */

/* One call's input and output, and how far each has got. */
typedef struct ws_io {
    const unsigned char *in; size_t in_len, used;
    unsigned char *out; size_t out_cap, out_len;
} ws_io;

static size_t io_avail(const ws_io *io) { return io->in_len - io->used; }
static size_t io_room(const ws_io *io) { return io->out_cap - io->out_len; }
static uint64_t min64(uint64_t a, uint64_t b) { return a < b ? a : b; }

void ws_echo_init(ws_echo *w) { memset(w, 0, sizeof *w); }
int ws_echo_finished(const ws_echo *w) { return w->finished; }

/* Writes a server frame's header (unmasked, section 5.1; the length in
   its minimal form, 5.2) for len < 65536; returns its size. */
static size_t put_header(unsigned char *out, unsigned first, size_t len)
{
    out[0] = (unsigned char)first;
    if (len < 126) {
        out[1] = (unsigned char)len;
        return 2;
    }
    out[1] = 126, out[2] = (unsigned char)(len >> 8), out[3] = (unsigned char)len;
    return 4;
}

/* The most payload a frame fits in room bytes, its header included:
   under 64 KiB, so that the header is 2 or 4 bytes. */
static size_t payload_room(size_t room)
{
    if (room >= 4 + 126)
        return room - 4 < 65536 ? room - 4 : 65535;
    return room <= 2 ? 0 : room - 2 < 126 ? room - 2 : 125;
}

/* Ends the echo with a close frame carrying code (none when 0); the
   caller made sure of CLOSE_SIZE bytes of room. */
static int finish(ws_echo *w, ws_io *io, unsigned code)
{
    unsigned char *o = io->out + io->out_len;
    o[0] = 0x80 | WS_CLOSE, o[1] = code ? 2 : 0;
    o[2] = (unsigned char)(code >> 8), o[3] = (unsigned char)code;
    io->out_len += code ? CLOSE_SIZE : 2;
    w->finished = 1;
    return 1;
}

/* Copies n payload bytes from src to dst, unmasking them (section 5.3). */
static void unmask(ws_echo *w, unsigned char *dst, const unsigned char *src, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        dst[i] = src[i] ^ w->mask[(w->mask_at + i) & 3];
    w->mask_at = (unsigned char)((w->mask_at + n) & 3);
}

/* UTF-8 (RFC 3629 section 4, as RFC 6455 section 8.1 asks): checks
   p[0..n) after the bytes already seen, whose unfinished sequence is *u.
   The ranges of a sequence's second byte exclude the overlong forms (E0
   80..9F, F0 80..8F), the surrogates (ED A0..BF) and what lies past
   U+10FFFF (F4 90..BF); C0, C1 and F5..FF never start one. */
static int utf8_valid(struct ws_utf8 *u, const unsigned char *p, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned b = p[i];
        if (u->need > 0) {
            if (b < u->lo || b > u->hi)
                return 0;
            u->need--, u->lo = 0x80, u->hi = 0xBF;
            continue;
        }
        u->lo = 0x80, u->hi = 0xBF;
        if (b < 0x80) continue;
        else if (b >= 0xC2 && b <= 0xDF) u->need = 1;
        else if (b >= 0xE0 && b <= 0xEF) u->need = 2;
        else if (b >= 0xF0 && b <= 0xF4) u->need = 3;
        else return 0;
        if (b == 0xE0) u->lo = 0xA0;
        if (b == 0xED) u->hi = 0x9F;
        if (b == 0xF0) u->lo = 0x90;
        if (b == 0xF4) u->hi = 0x8F;
    }
    return 1;
}

/* Section 7.4: the close codes a peer may send (1004-1006 and 1015 are
   reserved or never sent). 1012-1014 are accepted: 7.4.2 keeps 1000-2999
   for later definitions, made through the IANA registry of section 11.7,
   which has since defined them (service restart, try again later, bad
   gateway); refusing them would fail a peer that uses them rightly. */
static int close_code_valid(unsigned code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) ||
           (code >= 3000 && code <= 4999);
}

/* Section 5.2 and 5.4: what a frame's first two bytes may not be. */
static int frame_start_invalid(const ws_echo *w, unsigned b0, unsigned b1)
{
    unsigned opcode = b0 & 0x0F, fin = b0 & 0x80;
    if (!(b1 & 0x80) || (b0 & 0x70)) /* unmasked (5.1), or RSV bits with no extension */
        return 1;
    if (opcode >= WS_CLOSE) /* control: whole (FIN) and 125 bytes at most (5.5) */
        return opcode > WS_PONG || !fin || (b1 & 0x7F) > 125;
    if (opcode > WS_BINARY)
        return 1;
    return (opcode == WS_CONTINUATION) != (w->message != 0); /* continuation iff a message is open */
}

/* The header's size once its first two bytes are in: 2, the extended
   length (2 or 8) and the masking key (4). */
static size_t head_size(const ws_echo *w)
{
    unsigned len7 = w->head[1] & 0x7Fu;
    return 2 + (len7 == 126 ? 2u : len7 == 127 ? 8u : 0u) + 4;
}

/* The header is whole: its length checked, and the frame begun. The
   length must be minimal ("MUST", section 5.2): a longer form is a
   protocol error here, like every other breach of the framing rules. */
static int begin_frame(ws_echo *w, ws_io *io)
{
    size_t i, ext = head_size(w) - 6;
    uint64_t len = w->head[1] & 0x7Fu;
    if (ext > 0)
        for (len = 0, i = 0; i < ext; i++)
            len = len << 8 | w->head[2 + i];
    if ((ext == 2 && len < 126) || (ext == 8 && (len < 65536 || len >> 63)))
        return finish(w, io, 1002); /* not minimal, or the top bit set (5.2) */
    w->opcode = w->head[0] & 0x0F;
    if (w->opcode == WS_CLOSE && len == 1) /* a close payload is 0 or 2+ bytes (5.5.1) */
        return finish(w, io, 1002);
    w->fin = (w->head[0] & 0x80) != 0;
    w->left = len;
    memcpy(w->mask, w->head + 2 + ext, 4);
    w->mask_at = 0, w->head_len = 0, w->control_len = 0;
    w->phase = w->opcode >= WS_CLOSE ? PHASE_CONTROL : PHASE_DATA;
    if (w->opcode == WS_TEXT || w->opcode == WS_BINARY) /* a new message */
        w->message = w->opcode, w->relayed = 0, w->utf8.need = 0;
    return 1;
}

/* Reads header bytes; checks the first two as soon as they are in. */
static int read_head(ws_echo *w, ws_io *io)
{
    size_t want = w->head_len < 2 ? 2 : head_size(w);
    size_t n = (size_t)min64(want - w->head_len, io_avail(io));
    if (n == 0 || io_room(io) < CLOSE_SIZE)
        return 0;
    memcpy(w->head + w->head_len, io->in + io->used, n);
    w->head_len = (unsigned char)(w->head_len + n);
    io->used += n;
    if (w->head_len == 2 && frame_start_invalid(w, w->head[0], w->head[1]))
        return finish(w, io, 1002);
    if (w->head_len == want && want > 2)
        return begin_frame(w, io);
    return 1;
}

/* Relays the next piece of a data frame's payload as a frame of its own.
   An empty piece is sent only where it ends a message. Invalid UTF-8 in
   a text message, or text that ends inside a sequence, fails with 1007
   in place of the piece. */
static int relay_data(ws_echo *w, ws_io *io)
{
    size_t n = (size_t)min64(min64(io_avail(io), w->left), payload_room(io_room(io)));
    int last = w->fin && n == w->left;
    size_t head = n < 126 ? 2 : 4;
    unsigned char *o = io->out + io->out_len;
    if (io_room(io) < CLOSE_SIZE || (n == 0 && w->left > 0))
        return 0;
    if (n > 0 || last) {
        unmask(w, o + head, io->in + io->used, n);
        io->used += n;
        if (w->message == WS_TEXT &&
            (!utf8_valid(&w->utf8, o + head, n) || (last && w->utf8.need)))
            return finish(w, io, 1007);
        put_header(o, (last ? 0x80u : 0) | (w->relayed ? WS_CONTINUATION : w->message), n);
        io->out_len += head + n;
        w->relayed = 1;
    }
    w->left -= n;
    if (w->left == 0) /* the frame is over, and with FIN its message */
        w->phase = PHASE_HEAD, w->message = w->fin ? 0 : w->message;
    return 1;
}

/* Answers a whole close frame: its code echoed (none for none), or a
   failure for an invalid code (1002) or reason (1007). */
static int answer_close(ws_echo *w, ws_io *io)
{
    struct ws_utf8 reason = {0, 0x80, 0xBF};
    unsigned code = (unsigned)w->control[0] << 8 | w->control[1];
    if (w->control_len == 0)
        return finish(w, io, 0);
    if (!close_code_valid(code))
        return finish(w, io, 1002);
    if (!utf8_valid(&reason, w->control + 2, w->control_len - 2u) || reason.need)
        return finish(w, io, 1007);
    return finish(w, io, code);
}

/* Collects a control frame's payload, then answers it: a ping with a
   pong of the same payload (5.5.2, 5.5.3), a close with a close; a pong
   needs no answer. */
static int control_frame(ws_echo *w, ws_io *io)
{
    size_t n = (size_t)min64(io_avail(io), w->left);
    if (w->left > 0) {
        if (n == 0)
            return 0;
        unmask(w, w->control + w->control_len, io->in + io->used, n);
        w->control_len = (unsigned char)(w->control_len + n);
        io->used += n;
        w->left -= n;
        return 1;
    }
    if (io_room(io) < (w->opcode == WS_PING ? 2u + w->control_len : CLOSE_SIZE))
        return 0;
    w->phase = PHASE_HEAD;
    if (w->opcode == WS_CLOSE)
        return answer_close(w, io);
    if (w->opcode == WS_PING) {
        io->out_len += put_header(io->out + io->out_len, 0x80 | WS_PONG, w->control_len);
        memcpy(io->out + io->out_len, w->control, w->control_len);
        io->out_len += w->control_len;
    }
    return 1;
}

size_t ws_echo_step(ws_echo *w, unsigned char *in, size_t in_len,
                    unsigned char *out, size_t out_cap, size_t *out_len)
{
    ws_io io = {in, in_len, 0, out, out_cap, 0};
    int moved = 1;
    while (moved && !w->finished) {
        if (w->phase == PHASE_HEAD)
            moved = read_head(w, &io);
        else if (w->phase == PHASE_DATA)
            moved = relay_data(w, &io);
        else
            moved = control_frame(w, &io);
    }
    *out_len = io.out_len;
    return io.used;
}
