/* slots.c - the example server's plumbing: options, the listening socket
   (IPv4 or IPv6), the poll() loop over a fixed table of slots, timers,
   and making room when the slots run out. No HTTP here: server.c has it.

   Limits, each with its option and default:
     slots           1,024 connections; a tunnel takes two
     --idle-timeout  30 s without a byte read or sent (a client reading a
                     long answer slowly is not idle while its socket drains)
     --head-timeout  10 s for a request head to arrive whole
     --connect-timeout 5 s for a tunnel's far end to connect
   When every slot is taken, a new connection takes the slot of the
   longest idle keep-alive connection, else of the oldest unfinished
   request head (slowloris); connections being answered, echoed or
   tunnelled are never taken: new ones then wait in the listen backlog. */
#include "server.h"

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
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#define LINGER_SECONDS 2

slot slots[MAX_SLOTS];
server_config config = {30, 10, 5, 0, 8080};
time_t now;

static struct pollfd fds[1 + MAX_SLOTS]; /* [0] the listener, [1 + i] slot i */
static size_t slots_high;                /* slots[slots_high..] are free */
static volatile sig_atomic_t stop_requested;

/* ----------------------------------------------------------- the slots */

static void set_nonblocking(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

/* What a slot waits for: room to read (or a lingering close to drain),
   output to send. The far end of a tunnel has its own rules. */
static short slot_events(const slot *s)
{
    short ev = 0;
    if (s->kind == SLOT_TUNNEL)
        return tunnel_events(s);
    if (!s->read_eof && (s->write_shut || s->in_len < IN_CAP ||
                         (s->in_off > 0 && (s->kind != SLOT_HTTP || http_can_read(s)))))
        ev |= POLLIN;
    if (s->out_off < s->out_len || s->item_count > 0)
        ev |= POLLOUT;
    return ev;
}

/* The slot's entry in the poll set, after any change to it. Nothing
   wanted: a negative fd, or poll() reports POLLHUP on it again and again. */
static void slot_watch(const slot *s)
{
    struct pollfd *p = &fds[1 + (s - slots)];
    p->events = s->kind == SLOT_FREE ? 0 : slot_events(s);
    p->fd = p->events ? s->fd : -1;
}

/* The least needed connection (http_evictable says which). */
static slot *slot_to_evict(void)
{
    slot *best = NULL;
    int best_rank = 0;
    size_t i;
    for (i = 0; i < slots_high; i++) {
        slot *s = &slots[i];
        int rank = http_evictable(s);
        if (rank > best_rank || (rank > 0 && rank == best_rank && s->waiting_since < best->waiting_since))
            best = s, best_rank = rank;
    }
    return best;
}

static slot *free_slot(void)
{
    size_t i;
    for (i = 0; i < MAX_SLOTS; i++)
        if (slots[i].kind == SLOT_FREE)
            return &slots[i];
    return NULL;
}

/* A slot for a new socket: a free one, else one made free; NULL when every
   connection is busy. */
slot *slot_take(enum slot_kind kind, int fd)
{
    slot *s = free_slot();
    if (!s && (s = slot_to_evict()) != NULL)
        slot_close(s);
    if (!s)
        return NULL;
    s->kind = kind;
    s->fd = fd;
    s->peer = -1;
    s->in_off = s->in_len = s->out_off = s->out_len = 0;
    s->last_progress = now;
    s->head_deadline = s->linger_until = 0;
    s->unsent_seen = 0;
    s->read_eof = s->write_shut = s->closing = s->connecting = 0;
    s->item_count = 0;
    fds[1 + (s - slots)].revents = 0; /* not the last owner's */
    if ((size_t)(s - slots) >= slots_high)
        slots_high = (size_t)(s - slots) + 1;
    set_nonblocking(fd);
    return s;
}

void slot_close(slot *s)
{
    if (s->kind == SLOT_FREE)
        return;
    close(s->fd);
    s->kind = SLOT_FREE;
    s->fd = -1;
    slot_watch(s);
    fds[0].events = POLLIN; /* room to accept again */
    while (slots_high > 0 && slots[slots_high - 1].kind == SLOT_FREE)
        slots_high--;
    if (s->peer >= 0) { /* a tunnel's other end goes with it */
        slot *t = &slots[s->peer];
        s->peer = -1;
        if (t->peer == (int)(s - slots)) {
            t->peer = -1;
            slot_close(t);
        }
    }
}

void slot_out_compact(slot *s)
{
    if (s->out_off == 0)
        return;
    memmove(s->out, s->out + s->out_off, s->out_len - s->out_off);
    s->out_len -= s->out_off;
    s->out_off = 0;
}

int slot_send(slot *s)
{
    while (s->out_off < s->out_len) {
        ssize_t n = send(s->fd, s->out + s->out_off, s->out_len - s->out_off, MSG_NOSIGNAL);
        if (n < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
        s->out_off += (size_t)n;
        s->last_progress = now;
    }
    s->out_off = s->out_len = 0;
    return 1;
}

void slot_recv(slot *s)
{
    ssize_t n;
    if (s->write_shut) { /* lingering: read and forget */
        char sink[4096];
        n = recv(s->fd, sink, sizeof sink, 0);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
            slot_close(s);
        return;
    }
    if (s->in_off > 0 && (s->kind != SLOT_HTTP || http_can_read(s))) {
        memmove(s->in, s->in + s->in_off, s->in_len - s->in_off);
        s->in_len -= s->in_off;
        s->in_off = 0;
    }
    slot_recv_into(s, s->in, &s->in_len, IN_CAP);
}

void slot_recv_into(slot *s, char *buf, size_t *len, size_t cap)
{
    ssize_t n;
    if (*len == cap)
        return;
    n = recv(s->fd, buf + *len, cap - *len, 0);
    if (n > 0) {
        *len += (size_t)n;
        s->last_progress = now;
    } else if (n == 0) {
        s->read_eof = 1;
    } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
        slot_close(s); /* a reset: a tunnel's other end goes with it */
    }
}

/* Closes gracefully once all is sent: stop sending, read what still comes
   for a moment, so the peer reads our answer before any reset (RFC 9112
   section 9.6). */
void slot_finish(slot *s)
{
    if (s->kind == SLOT_FREE)
        return;
    if (s->closing && s->out_off == s->out_len && s->item_count == 0 && !s->write_shut) {
        shutdown(s->fd, SHUT_WR);
        s->write_shut = 1;
        s->linger_until = now + LINGER_SECONDS;
    }
    if (s->write_shut && s->read_eof)
        slot_close(s);
}

/* ------------------------------------------------------------- timers */

/* Bytes the kernel has not sent yet: they drain while a slow client
   reads, which is progress even when poll() has nothing to say. */
static size_t unsent_bytes(const slot *s)
{
#ifdef TIOCOUTQ
    int n = 0;
    if (ioctl(s->fd, TIOCOUTQ, &n) == 0 && n > 0)
        return (size_t)n;
#else
    (void)s;
#endif
    return 0;
}

static void expire_slot(slot *s)
{
    time_t last = s->last_progress;
    size_t unsent = unsent_bytes(s);
    if (unsent != s->unsent_seen)
        s->unsent_seen = unsent, s->last_progress = last = now;
    if (s->connecting) {
        if (now >= s->connect_deadline)
            tunnel_connect_done(s, 1);
        return;
    }
    if (s->kind == SLOT_TUNNEL && s->peer >= 0 && slots[s->peer].last_progress > last)
        last = slots[s->peer].last_progress; /* a tunnel is idle when both ends are */
    if ((s->write_shut && s->kind != SLOT_TUNNEL && now >= s->linger_until) ||
        (s->head_deadline && now > s->head_deadline) || now - last > config.idle_timeout)
        slot_close(s);
}

static void expire_all(void)
{
    size_t i;
    for (i = 0; i < slots_high; i++)
        if (slots[i].kind != SLOT_FREE)
            expire_slot(&slots[i]);
    for (i = 0; i < slots_high; i++)
        slot_watch(&slots[i]);
    fds[0].events = POLLIN; /* a slot may have become free to take */
}

/* ------------------------------------------------------------ sockets */

/* A numeric IPv4 or IPv6 address and a port. Returns 0 when host is not one. */
int address_of(const char *host, int port, struct sockaddr_storage *a, socklen_t *len)
{
    struct sockaddr_in *a4 = (struct sockaddr_in *)a;
    struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)a;
    memset(a, 0, sizeof *a);
    if (inet_pton(AF_INET, host, &a4->sin_addr) == 1) {
        a4->sin_family = AF_INET;
        a4->sin_port = htons((uint16_t)port);
        *len = sizeof *a4;
        return 1;
    }
    if (inet_pton(AF_INET6, host, &a6->sin6_addr) == 1) {
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons((uint16_t)port);
        *len = sizeof *a6;
        return 1;
    }
    return 0;
}

static int listen_on(const char *host, int *port)
{
    struct sockaddr_storage a;
    socklen_t len;
    int fd, one = 1;
    address_of(host, *port, &a, &len); /* checked with the options */
    fd = socket(a.ss_family, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (bind(fd, (struct sockaddr *)&a, len) != 0 || listen(fd, SOMAXCONN) != 0 ||
        getsockname(fd, (struct sockaddr *)&a, &len) != 0) {
        fprintf(stderr, "server: cannot listen on %s port %d: %s\n", host, *port, strerror(errno));
        close(fd);
        return -1;
    }
    *port = ntohs(a.ss_family == AF_INET ? ((struct sockaddr_in *)&a)->sin_port
                                         : ((struct sockaddr_in6 *)&a)->sin6_port);
    set_nonblocking(fd);
    return fd;
}

/* Accepts what waits; with every slot busy, stops watching the listener
   until a slot is closed or the next tick. */
static void accept_all(int listener)
{
    for (;;) {
        slot *s;
        int one = 1, fd = accept(listener, NULL, NULL);
        if (fd < 0) {
            if (errno == EMFILE || errno == ENFILE) /* out of descriptors: the backlog waits */
                fds[0].events = 0;
            return;
        }
        s = slot_take(SLOT_HTTP, fd);
        if (!s) {
            close(fd);
            fds[0].events = 0;
            return;
        }
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (config.send_buffer > 0)
            setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &config.send_buffer, sizeof config.send_buffer);
        http_open(s);
        slot_watch(s);
    }
}

/* ------------------------------------------------------------ the loop */

static void slot_service(slot *s, short revents)
{
    slot *peer = s->peer >= 0 ? &slots[s->peer] : NULL;
    if (s->kind == SLOT_TUNNEL) {
        tunnel_service(s, revents);
    } else {
        if (revents & (POLLIN | POLLHUP | POLLERR))
            slot_recv(s);
        if (s->kind == SLOT_HTTP)
            http_service(s);
        else if (s->kind == SLOT_WEBSOCKET)
            websocket_service(s);
    }
    slot_watch(s);
    if (peer || s->peer >= 0)
        slot_watch(peer ? peer : &slots[s->peer]);
}

static void serve(int listener)
{
    time_t last_tick = 0;
    size_t i;
    fds[0].fd = listener;
    fds[0].events = POLLIN;
    for (i = 0; i < MAX_SLOTS; i++)
        slots[i].kind = SLOT_FREE, slots[i].fd = -1, fds[1 + i].fd = -1;
    while (!stop_requested) {
        int ready = poll(fds, 1 + slots_high, 1000);
        now = time(NULL);
        for (i = 0; ready > 0 && i < slots_high; i++) {
            short revents = fds[1 + i].revents;
            if (revents && fds[1 + i].fd >= 0 && slots[i].kind != SLOT_FREE)
                slot_service(&slots[i], revents);
        }
        if (ready > 0 && (fds[0].revents & POLLIN))
            accept_all(listener);
        if (now != last_tick) {
            expire_all();
            last_tick = now;
        }
    }
}

/* ------------------------------------------------------------ options */

static void on_signal(int sig) { (void)sig; stop_requested = 1; }

static int usage(const char *why, const char *arg)
{
    if (why)
        fprintf(stderr, "server: %s: %s\n", arg, why);
    fprintf(stderr, "usage: server [-a ADDR] [-p PORT] [--idle-timeout S] [--head-timeout S]\n"
                    "              [--connect-timeout S] [--sndbuf BYTES]\n"
                    "  ADDR: an IPv4 or IPv6 address (127.0.0.1, ::1, 0.0.0.0, ::)\n"
                    "  PORT: 0 to 65535 (0: any free port)\n");
    return 2;
}

/* A whole decimal number in [min, max], or 0 when arg is not one. */
static int parse_number(const char *arg, long min, long max, int *out)
{
    char *end;
    long v;
    errno = 0;
    v = strtol(arg, &end, 10);
    if (errno || end == arg || *end != '\0' || v < min || v > max)
        return 0;
    *out = (int)v;
    return 1;
}

int main(int argc, char **argv)
{
    const char *addr = "127.0.0.1";
    struct sockaddr_storage any;
    socklen_t any_len;
    int listener, i;
    for (i = 1; i < argc; i += 2) {
        const char *opt = argv[i], *arg = i + 1 < argc ? argv[i + 1] : NULL;
        int ok;
        if (!arg)
            return usage("unknown, or without its value", opt);
        if (strcmp(opt, "-a") == 0)
            addr = arg, ok = address_of(arg, 0, &any, &any_len);
        else if (strcmp(opt, "-p") == 0)
            ok = parse_number(arg, 0, 65535, &config.port);
        else if (strcmp(opt, "--idle-timeout") == 0)
            ok = parse_number(arg, 1, 86400, &config.idle_timeout);
        else if (strcmp(opt, "--head-timeout") == 0)
            ok = parse_number(arg, 1, 86400, &config.head_timeout);
        else if (strcmp(opt, "--connect-timeout") == 0)
            ok = parse_number(arg, 1, 86400, &config.connect_timeout);
        else if (strcmp(opt, "--sndbuf") == 0)
            ok = parse_number(arg, 1, 1 << 30, &config.send_buffer);
        else
            return usage("unknown option", opt);
        if (!ok)
            return usage(opt[1] == 'a' ? "not an IPv4 or IPv6 address" : "not a number in range", arg);
    }
    signal(SIGPIPE, SIG_IGN);
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    listener = listen_on(addr, &config.port);
    if (listener < 0)
        return 1;
    {
        const char *l = strchr(addr, ':') ? "[" : "", *r = *l ? "]" : "";
        char host[64];
        snprintf(host, sizeof host, "%s%s%s:%d", l, addr, r, config.port);
        printf("httpcodec example server listening on http://%s/\n"
               "try:\n"
               "  curl -i http://%s/\n"
               "  curl -I http://%s/\n"
               "  curl -sS http://%s/bytes/100000 | wc -c\n"
               "  seq 100000 | curl -sS -T - -X POST http://%s/echo | tail -1\n"
               "  curl -p -x http://%s/ http://127.0.0.1:PORT/ (CONNECT: a tunnel to another loopback server)\n"
               "  python3 -m websockets ws://%s/ws             (WebSocket echo)\n",
               host, host, host, host, host, host, host);
        fflush(stdout);
    }
    serve(listener);
    close(listener);
    return 0;
}
