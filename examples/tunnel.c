/* tunnel.c - the example server's CONNECT tunnels (RFC 9110 section
   9.3.6). What it shows: after the codec's 200 to CONNECT, the connection
   is no longer HTTP; the bytes the client sent after its head are the
   tunnel's first. The far end is connected without blocking the server;
   bytes from one end go to the other end's output; an EOF from one end
   becomes a write shutdown toward the other once its output is out (a
   half-close passed on), and the tunnel ends when both directions have.
   Only loopback targets are allowed, and never this server's own port:
   a tunnel to itself could be nested again and again, two slots a level,
   until no slot is left. */
#include "server.h"

#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int port_of(const struct sockaddr_storage *a)
{
    return ntohs(a->ss_family == AF_INET ? ((const struct sockaddr_in *)a)->sin_port
                                         : ((const struct sockaddr_in6 *)a)->sin6_port);
}

static int is_loopback(const struct sockaddr_storage *a)
{
    if (a->ss_family == AF_INET)
        return ntohl(((const struct sockaddr_in *)a)->sin_addr.s_addr) >> 24 == 127;
    return IN6_IS_ADDR_LOOPBACK(&((const struct sockaddr_in6 *)a)->sin6_addr);
}

/* CONNECT's host:port (the codec has checked its form) as a loopback
   address other than this server's port; "localhost" is 127.0.0.1. */
static int allowed_target(const char *authority, struct sockaddr_storage *a, socklen_t *len)
{
    char host[300], *end;
    const char *colon = strrchr(authority, ':');
    size_t n = colon ? (size_t)(colon - authority) : 0;
    long port;
    if (!colon)
        return 0;
    if (n >= 2 && authority[0] == '[' && authority[n - 1] == ']') /* [::1]:port */
        authority++, n -= 2;
    memcpy(host, authority, n);
    host[n] = '\0';
    port = strtol(colon + 1, &end, 10);
    if (*end || port <= 0 || port > 65535)
        return 0;
    if (strcmp(host, "localhost") == 0)
        strcpy(host, "127.0.0.1");
    /* Any loopback address with our port may reach us (listening on
       0.0.0.0 or ::): refused whatever we are bound to. */
    return address_of(host, (int)port, a, len) && is_loopback(a) && port_of(a) != config.port;
}

/* Starts connecting the far end: its slot, or NULL (*status says why). */
static slot *open_far_end(slot *s, unsigned *status)
{
    struct sockaddr_storage a;
    socklen_t len;
    slot *b;
    int fd;
    *status = 403;
    if (!allowed_target(s->authority, &a, &len))
        return NULL;
    *status = 502;
    if ((fd = socket(a.ss_family, SOCK_STREAM, 0)) < 0)
        return NULL;
    if (!(b = slot_take(SLOT_TUNNEL, fd))) { /* made non-blocking */
        close(fd);
        *status = 503;
        return NULL;
    }
    if (connect(fd, (struct sockaddr *)&a, len) != 0 && errno != EINPROGRESS) {
        slot_close(b);
        return NULL;
    }
    b->connecting = 1; /* done when the socket turns writable */
    b->connect_deadline = now + config.connect_timeout;
    return b;
}

/* CONNECT: the far end is connected first, then the client answered. */
void tunnel_answer(slot *s)
{
    unsigned status;
    slot *b = open_far_end(s, &status);
    if (!b) {
        http_send_text(s, status, status == 403 ? "CONNECT to loopback addresses only, not to this server\n"
                                                : "could not connect\n");
        return;
    }
    b->peer = (int)(s - slots);
    s->peer = (int)(b - slots);
    s->awaiting_tunnel = 1;
}

/* The far end connected, failed, or took too long: the client is
   answered, 200 to switch (the codec then reports SWITCHED), 502 or 504. */
void tunnel_connect_done(slot *b, int timed_out)
{
    slot *s = &slots[b->peer];
    int error = ETIMEDOUT;
    socklen_t n = sizeof error;
    if (!timed_out && getsockopt(b->fd, SOL_SOCKET, SO_ERROR, &error, &n) != 0)
        error = errno;
    b->connecting = 0;
    s->awaiting_tunnel = 0;
    if (error) {
        s->peer = b->peer = -1;
        slot_close(b);
    }
    if (error || http_send(s, http_begin(s, 200), NULL, HC_BODY_TUNNEL, NULL, 0) != HC_OK)
        http_send_text(s, error == ETIMEDOUT ? 504 : 502, "could not connect\n");
    http_service(s);
}

void tunnel_begin(slot *s)
{
    slot *b = &slots[s->peer];
    size_t n = s->in_len - s->in_off; /* b's output is empty: it fits */
    memcpy(b->out + b->out_len, s->in + s->in_off, n);
    b->out_len += n;
    s->in_off = s->in_len = 0;
    s->kind = SLOT_TUNNEL;
}

/* a's bytes out of b; a's EOF becomes b's write shutdown once they are
   out. When b is gone for writing, a's bytes have nowhere to go. */
static void pass_on(slot *a, slot *b)
{
    if (!slot_send(b)) {
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

void tunnel_service(slot *s, short revents)
{
    slot *t;
    if (s->connecting) {
        if (revents)
            tunnel_connect_done(s, 0);
        return;
    }
    t = &slots[s->peer];
    if (revents & (POLLIN | POLLHUP | POLLERR)) { /* what s sent goes to t's output */
        slot_out_compact(t);
        slot_recv_into(s, t->out, &t->out_len, OUT_CAP);
    }
    if (s->kind == SLOT_FREE)
        return;
    pass_on(s, t);
    pass_on(t, s);
    if (s->read_eof && t->read_eof && s->write_shut && t->write_shut)
        slot_close(s); /* and t with it */
}

short tunnel_events(const slot *s)
{
    const slot *t = &slots[s->peer];
    short ev = 0;
    if (s->connecting)
        return POLLOUT;
    /* The far end is read only once the client side has switched, so
       its bytes never overtake the 200 that opens the tunnel. */
    if (!s->read_eof && t->kind == SLOT_TUNNEL && t->out_len - t->out_off < OUT_CAP)
        ev |= POLLIN;
    if (s->out_off < s->out_len)
        ev |= POLLOUT;
    return ev;
}
