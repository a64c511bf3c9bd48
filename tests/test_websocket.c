/* tests/test_websocket.c - the streaming WebSocket echo (examples/websocket.c)
   on its own, no sockets: client frames go in at every split point, or a
   byte at a time, with little output room per call; the server's frames
   that come out are checked against RFC 6455's framing rules and put back
   together into messages, which must be the ones sent, byte for byte.
   Prints `N passed, N failed` last; exits 1 on any failure.
   Build and run: make test-websocket */
#include "../examples/websocket.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed, failed;

/* ------------------------------------------------------------- buffers */

typedef struct buf {
    unsigned char *p;
    size_t len, cap;
} buf;

static void put(buf *b, const void *p, size_t n)
{
    if (b->len + n > b->cap) {
        b->cap = (b->len + n) * 2 + 64;
        b->p = realloc(b->p, b->cap);
        if (!b->p)
            abort();
    }
    if (n)
        memcpy(b->p + b->len, p, n);
    b->len += n;
}

static void put_byte(buf *b, unsigned v)
{
    unsigned char c = (unsigned char)v;
    put(b, &c, 1);
}

/* A masked client frame. ext forces the length's form: 0 minimal, or 2
   or 8 extended bytes; len is the length it states (payload's n when
   ~0). */
static void frame_as(buf *b, unsigned first, const void *payload, size_t n, int ext, unsigned long long len)
{
    static unsigned seed = 7;
    unsigned char mask[4];
    size_t i;
    if (len == ~0ull)
        len = n;
    if (ext == 0)
        ext = len < 126 ? 0 : len < 65536 ? 2 : 8;
    put_byte(b, first);
    put_byte(b, 0x80u | (ext == 0 ? (unsigned)len : ext == 2 ? 126u : 127u));
    for (i = (size_t)ext; i > 0; i--)
        put_byte(b, (unsigned)(len >> (8 * (i - 1))));
    for (i = 0; i < 4; i++)
        mask[i] = (unsigned char)((seed = seed * 1103515245u + 12345u) >> 16);
    put(b, mask, 4);
    for (i = 0; i < n; i++)
        put_byte(b, ((const unsigned char *)payload)[i] ^ mask[i % 4]);
}

static void frame(buf *b, unsigned first, const void *payload, size_t n)
{
    frame_as(b, first, payload, n, 0, ~0ull);
}

static void close_frame(buf *b, unsigned code, const char *reason)
{
    buf p = {0, 0, 0};
    put_byte(&p, code >> 8);
    put_byte(&p, code & 0xFF);
    put(&p, reason, strlen(reason));
    frame(b, 0x88, p.p, p.len);
    free(p.p);
}

/* ------------------------------------------ what the server's frames say */

/* An event in a transcript: a kind ('T' text, 'B' binary message, 'P'
   pong, 'C' close), its length in 4 bytes, its data. */
static void event(buf *t, char kind, const void *data, size_t n)
{
    put_byte(t, (unsigned)kind);
    put_byte(t, (unsigned)(n >> 24));
    put_byte(t, (unsigned)(n >> 16));
    put_byte(t, (unsigned)(n >> 8));
    put_byte(t, (unsigned)n);
    put(t, data, n);
}

static void close_event(buf *t, unsigned code)
{
    unsigned char c[2];
    c[0] = (unsigned char)(code >> 8), c[1] = (unsigned char)code;
    event(t, 'C', c, 2);
}

/* Reads the server's frames (o[0..n)) into a transcript of whole
   messages and control frames. Returns NULL, or what breaks RFC 6455. */
static const char *transcript(const unsigned char *o, size_t n, buf *t)
{
    buf msg = {0, 0, 0};
    unsigned message = 0;
    size_t at = 0;
    const char *why = NULL;
    while (at < n && !why) {
        unsigned b0 = o[at], opcode = b0 & 0x0F;
        size_t head = 2, i;
        unsigned long long len;
        if (n - at < 2) { why = "a frame cut short"; break; }
        len = o[at + 1] & 0x7Fu;
        if (o[at + 1] & 0x80) { why = "a masked server frame (5.1)"; break; }
        if (b0 & 0x70) { why = "RSV bits set"; break; }
        if (len >= 126) {
            head = len == 126 ? 4 : 10;
            if (n - at < head) { why = "a frame header cut short"; break; }
            for (len = 0, i = 2; i < head; i++)
                len = len << 8 | o[at + i];
            if ((head == 4 && len < 126) || (head == 10 && len < 65536)) { why = "length not minimal"; break; }
        }
        if (n - at - head < len) { why = "a frame cut short"; break; }
        if (opcode >= 8 && (!(b0 & 0x80) || len > 125 || opcode > 10)) { why = "a bad control frame"; break; }
        if (opcode == 3 || (opcode > 2 && opcode < 8)) { why = "a reserved opcode"; break; }
        if (opcode < 8 && (opcode == 0) != (message != 0)) { why = "continuation out of place (5.4)"; break; }
        if (opcode == 0x9) { why = "a ping from the server"; break; }
        if (opcode < 8) {
            if (opcode)
                message = opcode;
            put(&msg, o + at + head, (size_t)len);
            if (b0 & 0x80) {
                event(t, message == 1 ? 'T' : 'B', msg.p, msg.len);
                message = 0, msg.len = 0;
            }
        } else {
            event(t, opcode == 8 ? 'C' : 'P', o + at + head, (size_t)len);
        }
        at += head + (size_t)len;
        if (opcode == 8 && at < n)
            why = "bytes after the close frame";
    }
    free(msg.p);
    return why;
}

/* ------------------------------------------------------------ the runs */

/* Feeds in[0..n) to a fresh echo, first `first` bytes and then `piece`
   at a time, each call given at most `room` bytes of output, as a caller
   would: calling again while anything moves. Returns NULL or a failure. */
static const char *echo(const buf *in, size_t first, size_t piece, size_t room, buf *out)
{
    ws_echo w;
    unsigned char *copy = malloc(in->len + 1), *space = malloc(room);
    size_t fed = 0, used = 0, wrote;
    const char *why = NULL;
    if (!copy || !space)
        abort();
    memcpy(copy, in->p, in->len);
    ws_echo_init(&w);
    while (fed < in->len && !ws_echo_finished(&w)) {
        fed += fed == 0 ? first : piece;
        if (fed > in->len)
            fed = in->len;
        for (;;) {
            size_t n = ws_echo_step(&w, copy + used, fed - used, space, room, &wrote);
            if (wrote > room || n > fed - used) { why = "overran its buffers"; break; }
            used += n;
            put(out, space, wrote);
            if ((n == 0 && wrote == 0) || ws_echo_finished(&w))
                break;
        }
    }
    if (!why && !ws_echo_finished(&w) && used < in->len)
        why = "stalled with input left";
    if (!why && ws_echo_finished(&w)) {
        size_t n = ws_echo_step(&w, copy + used, in->len - used, space, room, &wrote);
        if (n || wrote)
            why = "read or wrote after finishing";
    }
    free(copy);
    free(space);
    return why;
}

/* One variant of a case: its echo's transcript must be want. */
static const char *variant(const buf *in, const buf *want, size_t first, size_t piece, size_t room)
{
    buf out = {0, 0, 0}, t = {0, 0, 0};
    const char *why = echo(in, first, piece, room, &out);
    if (!why)
        why = transcript(out.p, out.len, &t);
    if (!why && (t.len != want->len || (t.len && memcmp(t.p, want->p, t.len) != 0)))
        why = "the echo differs";
    free(out.p);
    free(t.p);
    return why;
}

/* Runs a case at every split point (a sample of them for large inputs)
   and a byte at a time, with 4 to 65540 bytes of output room per call;
   a small case whole with every room from 4 to 140 too. Only rooms of
   min_room and up: a pong of N bytes needs N + 2. */
static void check(const char *name, buf *in, buf *want, size_t min_room)
{
    static const size_t rooms[] = {4, 15, 128, 131, 65540};
    size_t r, k, stride = in->len <= 400 ? 1 : in->len / 37 + 1;
    const char *why = NULL;
    for (r = 0; r < sizeof rooms / sizeof rooms[0] && !why; r++) {
        if (rooms[r] < min_room)
            continue;
        for (k = 1; k <= in->len && !why; k += stride) {
            why = variant(in, want, k, in->len, rooms[r]);
            if (why)
                printf("FAIL %s: %s (split at %zu, room %zu)\n", name, why, k, rooms[r]);
        }
        if (!why && in->len <= 200000 && (why = variant(in, want, 1, 1, rooms[r])))
            printf("FAIL %s: %s (a byte at a time, room %zu)\n", name, why, rooms[r]);
    }
    for (r = min_room > 4 ? min_room : 4; r <= 140 && in->len <= 400 && !why; r++)
        if ((why = variant(in, want, in->len, 0, r)))
            printf("FAIL %s: %s (whole, room %zu)\n", name, why, r);
    if (why)
        failed++;
    else
        passed++, printf("ok %s\n", name);
    in->len = want->len = 0;
}

/* --------------------------------------------------------------- cases */

static void data_cases(buf *in, buf *want)
{
    static const size_t sizes[] = {0, 10, 125, 126, 300, 16384, 70000};
    unsigned char *data = malloc(70000);
    char name[64];
    size_t i, s;
    for (i = 0; i < 70000; i++)
        data[i] = (unsigned char)('a' + i % 26);
    for (s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        frame(in, 0x81, data, sizes[s]), event(want, 'T', data, sizes[s]);
        frame(in, 0x82, data, sizes[s]), event(want, 'B', data, sizes[s]);
        close_frame(in, 1000, ""), close_event(want, 1000);
        snprintf(name, sizeof name, "text and binary of %zu bytes", sizes[s]);
        check(name, in, want, 0);
    }
    frame(in, 0x01, "frag", 4), frame(in, 0x89, "hi", 2), frame(in, 0x00, "men", 3);
    frame(in, 0x8A, "x", 1), frame(in, 0x80, "ted", 3);
    event(want, 'P', "hi", 2), event(want, 'T', "fragmented", 10);
    check("fragmented text with a ping and a pong between", in, want, 0);
    frame(in, 0x02, "", 0), frame(in, 0x00, "", 0), frame(in, 0x00, "ab", 2), frame(in, 0x80, "", 0);
    event(want, 'B', "ab", 2);
    frame(in, 0x01, "", 0), frame(in, 0x80, "", 0), event(want, 'T', "", 0);
    check("fragments empty at either end", in, want, 0);
    memset(data, 'p', 125);
    frame(in, 0x89, data, 125), event(want, 'P', data, 125);
    frame(in, 0x89, "", 0), event(want, 'P', "", 0);
    check("ping of 125 and 0 bytes: pongs", in, want, 127);
    free(data);
}

static void close_cases(buf *in, buf *want)
{
    static const unsigned valid[] = {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011,
                                     1012, 1013, 1014, 3000, 3999, 4000, 4999};
    static const unsigned invalid[] = {0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535};
    char name[64];
    size_t i;
    for (i = 0; i < sizeof valid / sizeof valid[0]; i++) {
        close_frame(in, valid[i], "bye \xc3\xa9"), close_event(want, valid[i]);
        frame(in, 0x81, "late", 4);
        snprintf(name, sizeof name, "close %u: echoed, nothing after", valid[i]);
        check(name, in, want, 0);
    }
    for (i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
        close_frame(in, invalid[i], ""), close_event(want, 1002);
        snprintf(name, sizeof name, "close %u: 1002", invalid[i]);
        check(name, in, want, 0);
    }
    frame(in, 0x88, "", 0), event(want, 'C', "", 0);
    check("empty close: empty close", in, want, 0);
    frame(in, 0x89, "\x03\xe8", 2), event(want, 'P', "\x03\xe8", 2);
    frame(in, 0x88, "\x03", 1), close_event(want, 1002);
    check("1-byte close (after a ping that left 03 e8 behind): 1002", in, want, 0);
    close_frame(in, 1000, "\xc3\x28"), close_event(want, 1007);
    check("close reason not UTF-8: 1007", in, want, 0);
    close_frame(in, 1000, "\xe2\x82"), close_event(want, 1007);
    check("close reason cut inside a sequence: 1007", in, want, 0);
}

static void protocol_error_cases(buf *in, buf *want)
{
    static const struct { const char *name; unsigned first; size_t n; } bad[] = {
        {"RSV1 set", 0xC1, 1}, {"RSV3 set", 0x91, 1}, {"opcode 3", 0x83, 1}, {"opcode 0xB", 0x8B, 1},
        {"continuation with no message", 0x80, 1}, {"ping not FIN", 0x09, 1}, {"ping of 126 bytes", 0x89, 126},
        {"close of 126 bytes", 0x88, 126}};
    static const unsigned char zeros[200] = {0};
    char name[64];
    size_t i;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        frame(in, bad[i].first, zeros, bad[i].n), close_event(want, 1002);
        snprintf(name, sizeof name, "%s: 1002", bad[i].name);
        check(name, in, want, 0);
    }
    put(in, "\x81\x05hello", 7), close_event(want, 1002);
    check("unmasked: 1002", in, want, 0);
    frame(in, 0x01, "a", 1), frame(in, 0x81, "b", 1), close_event(want, 1002);
    check("new text while one is open: 1002", in, want, 0);
    frame_as(in, 0x82, "", 0, 8, 0x8000000000000000ull), close_event(want, 1002);
    check("64-bit length with the top bit: 1002", in, want, 0);
    frame_as(in, 0x82, "", 0, 8, 0xFFFFFFFFFFFFFFFFull), close_event(want, 1002);
    check("64-bit length of all ones: 1002", in, want, 0);
    frame_as(in, 0x82, "hello", 5, 2, ~0ull), close_event(want, 1002);
    check("16-bit length for 5 bytes (not minimal): 1002", in, want, 0);
    frame_as(in, 0x82, zeros, 200, 8, ~0ull), close_event(want, 1002);
    check("64-bit length for 200 bytes (not minimal): 1002", in, want, 0);
}

static void utf8_cases(buf *in, buf *want)
{
    static const char *const good[] = {"\x7f", "\xc2\x80", "\xdf\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf",
                                       "\xee\x80\x80", "\xef\xbf\xbf", "\xf0\x90\x80\x80",
                                       "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf"};
    static const char *const bad[] = {"\xc0\xaf", "\xc1\xbf", "\xe0\x80\xaf", "\xe0\x9f\xbf", "\xf0\x80\x80\xaf",
                                      "\xf0\x8f\xbf\xbf", "\xed\xa0\x80", "\xed\xbf\xbf", "\xf4\x90\x80\x80",
                                      "\xf5\x80\x80\x80", "\xff", "\x80", "\xc2\x41", "\xe2\x82"};
    char name[64], text[64];
    size_t i, k;
    for (i = 0; i < sizeof good / sizeof good[0]; i++) {
        snprintf(text, sizeof text, "ok %s!", good[i]);
        frame(in, 0x81, text, strlen(text)), event(want, 'T', text, strlen(text));
        /* the same text in two fragments cut inside the sequence */
        k = 4;
        frame(in, 0x01, text, k), frame(in, 0x80, text + k, strlen(text) - k);
        event(want, 'T', text, strlen(text));
        snprintf(name, sizeof name, "valid UTF-8 #%zu, whole and across fragments", i);
        check(name, in, want, 0);
    }
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        snprintf(text, sizeof text, "bad %s", bad[i]);
        frame(in, 0x81, text, strlen(text)), close_event(want, 1007);
        snprintf(name, sizeof name, "invalid UTF-8 #%zu: 1007", i);
        check(name, in, want, 0);
    }
    frame(in, 0x01, "ends in \xe2\x82", 10), frame(in, 0x80, "", 0), close_event(want, 1007);
    check("text ending inside a sequence, at an empty final frame: 1007", in, want, 0);
    frame(in, 0x82, "\xc0\xaf\xff", 3), event(want, 'B', "\xc0\xaf\xff", 3);
    check("binary is not UTF-8 checked", in, want, 0);
}

/* A 65535-byte piece (the most in one frame) leaves 3 bytes of a room of
   65542: the next piece is invalid UTF-8, and its 1007 must wait for room. */
static void room_edge_case(buf *in, buf *want)
{
    unsigned char *text = malloc(65536);
    const char *why;
    memset(text, 'a', 65536);
    text[65535] = 0xFF;
    frame(in, 0x81, text, 65536), close_event(want, 1007);
    why = variant(in, want, in->len, 0, 65542);
    if (why)
        printf("FAIL a 1007 with 3 bytes of room left: %s\n", why), failed++;
    else
        printf("ok a 1007 with 3 bytes of room left waits\n"), passed++;
    in->len = want->len = 0;
    free(text);
}

/* 1 MiB text (multi-byte UTF-8, cut anywhere) and binary messages, fed
   16 KiB at a time with 16 KiB of output room per call. */
static void large_case(buf *in, buf *want)
{
    static const char unit[] = "h\xc3\xa9llo w\xc3\xb6rld \xe2\x9c\x93 \xf0\x9f\x98\x80 ";
    size_t n = 1 << 20, i;
    unsigned char *text = malloc(n), *bin = malloc(n);
    const char *why;
    for (i = 0; i < n; i++)
        text[i] = (unsigned char)unit[i % (sizeof unit - 1)], bin[i] = (unsigned char)(i * 131 + i / 7);
    n -= n % (sizeof unit - 1); /* whole characters */
    frame(in, 0x81, text, n), event(want, 'T', text, n);
    frame(in, 0x02, bin, 1 << 19), frame(in, 0x80, bin + (1 << 19), 1 << 19), event(want, 'B', bin, 1 << 20);
    close_frame(in, 1000, ""), close_event(want, 1000);
    why = variant(in, want, 16384, 16384, 16384);
    if (!why)
        why = variant(in, want, 1000, 16384, 16384 - 1000);
    if (why)
        printf("FAIL 1 MiB messages through 16 KiB buffers: %s\n", why), failed++;
    else
        printf("ok 1 MiB messages through 16 KiB buffers\n"), passed++;
    in->len = want->len = 0;
    free(text);
    free(bin);
}

/* A pong waits for its room: a 125-byte ping's answer needs 127 bytes. */
static void pong_room_case(buf *in)
{
    static const unsigned char ping[125] = {1, 2, 3};
    unsigned char out[127];
    size_t wrote, used, used2;
    ws_echo w;
    ws_echo_init(&w);
    frame(in, 0x89, ping, sizeof ping);
    used = ws_echo_step(&w, in->p, in->len, out, 126, &wrote);
    if (used == in->len && wrote == 0) {
        used2 = ws_echo_step(&w, in->p + used, 0, out, 127, &wrote);
        if (used2 == 0 && wrote == 127 && out[0] == 0x8A && out[1] == 125 && !memcmp(out + 2, ping, 125)) {
            printf("ok a pong waits for 127 bytes of room\n"), passed++;
            in->len = 0;
            return;
        }
    }
    printf("FAIL a pong waits for 127 bytes of room\n"), failed++;
    in->len = 0;
}

static void handshake_cases(void)
{
    char accept[29];
    int ok = websocket_key_valid("dGhlIHNhbXBsZSBub25jZQ==") && !websocket_key_valid("dGhlIHNhbXBsZSBub25jZR==") &&
             !websocket_key_valid("dGhlIHNhbXBsZSBub25jZQ=") && !websocket_key_valid("x");
    websocket_accept("dGhlIHNhbXBsZSBub25jZQ==", 24, accept);
    ok = ok && strcmp(accept, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=") == 0; /* RFC 6455 section 1.3 */
    printf("%s handshake: the key check and the accept value of RFC 6455's example\n", ok ? "ok" : "FAIL");
    if (ok)
        passed++;
    else
        failed++;
}

int main(void)
{
    buf in = {0, 0, 0}, want = {0, 0, 0};
    handshake_cases();
    data_cases(&in, &want);
    close_cases(&in, &want);
    protocol_error_cases(&in, &want);
    utf8_cases(&in, &want);
    pong_room_case(&in);
    room_edge_case(&in, &want);
    large_case(&in, &want);
    free(in.p);
    free(want.p);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
