#!/usr/bin/env python3
"""Real-client tests for the example server (examples/server.c).

Standard library only, except the WebSocket tests, which use the
`websockets` package (Debian python3-websockets) as an independent client.
run.sh starts the servers (and nginx) and calls this file:

    test_real.py --port PORT [--prefix NAME_] TEST...   run the named tests
    test_real.py --list                                 list the test names
    test_real.py --write-pattern N                      print /bytes/N's body
    test_real.py --count-partial-writes STRACE_LOG      partial-write evidence
    test_real.py --pace PIECE:MS FILE                   FILE to stdout, paced

Each test prints one line, `PASS name` or `FAIL name: reason`, and is
bounded in time (socket timeouts, plus an alarm per test). The exit code
is 1 when any test failed.

Sources cited: RFC 9110 (HTTP semantics), RFC 9112 (HTTP/1.1), RFC 6455
(WebSocket), and Go's net/http tests that the issue names as models.
"""
import argparse
import asyncio
import base64
import hashlib
import os
import re
import signal
import socket
import struct
import sys
import threading
import time

HOST = "127.0.0.1"
IO_TIMEOUT = 5       # seconds for any single socket wait
TEST_TIMEOUT = 30    # seconds for a whole test (SIGALRM)
WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455 section 1.3


class Fail(Exception):
    """A test's expectation was not met; the message says which."""


def check(cond, msg):
    if not cond:
        raise Fail(msg)


def pattern(n):
    """The body of GET /bytes/N: byte i is 'a' + i % 26."""
    alphabet = bytes(range(ord("a"), ord("z") + 1))
    return (alphabet * (n // 26 + 1))[:n]


def short(data, limit=120):
    """bytes for a failure message, cut to a readable length."""
    if isinstance(data, str):
        data = data.encode("utf-8", "replace")
    data = bytes(data)
    return repr(data[:limit]) + ("... (%d bytes)" % len(data) if len(data) > limit else "")


# --------------------------------------------------------------------------
# A strict HTTP/1.1 client-side reader on a plain socket. It checks framing
# exactly (RFC 9112): CRLF line ends, field syntax, Content-Length or chunked
# bodies, and no body for HEAD, 1xx, 204, 304 and 2xx-to-CONNECT (RFC 9112
# section 6.3). Bytes left over after a message stay buffered, so a
# misframed response shows up as garbage at the start of the next one.
# --------------------------------------------------------------------------

class Conn:
    def __init__(self, sock):
        self.sock = sock
        self.buf = bytearray()
        sock.settimeout(IO_TIMEOUT)

    @classmethod
    def open(cls, port, host=HOST, rcvbuf=None):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if rcvbuf:   # before connect, so that the window is small from the start
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        sock.settimeout(IO_TIMEOUT)
        sock.connect((host, port))
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return cls(sock)

    def close(self):
        self.sock.close()

    def send(self, data):
        self.sock.sendall(data)

    def _recv(self):
        """Next bytes from the socket; b'' at EOF."""
        try:
            return self.sock.recv(262144)
        except socket.timeout:
            raise Fail("no data within %ss (buffered: %s)" % (self.sock.gettimeout(), short(self.buf)))
        except ConnectionResetError:
            raise Fail("connection reset by peer (buffered: %s)" % short(self.buf))

    def read_line(self, limit=65536):
        """One line without its CRLF; a bare LF or CR is an error."""
        while True:
            i = self.buf.find(b"\n")
            if i >= 0:
                line = bytes(self.buf[:i + 1])
                del self.buf[:i + 1]
                check(line.endswith(b"\r\n") and b"\r" not in line[:-2],
                      "line not ended by CRLF: %s" % short(line))
                return line[:-2]
            check(len(self.buf) <= limit, "line longer than %d bytes" % limit)
            data = self._recv()
            check(data, "EOF inside a line: %s" % short(self.buf))
            self.buf += data

    def read_exact(self, n):
        parts, have = [bytes(self.buf[:n])], min(n, len(self.buf))
        del self.buf[:n]
        while have < n:
            data = self._recv()
            check(data, "EOF after %d of %d bytes" % (have, n))
            take = data[:n - have]
            parts.append(take)
            have += len(take)
            self.buf += data[len(take):]
        return b"".join(parts)

    def read_some(self):
        """Whatever is buffered, else the next recv (b'' at EOF)."""
        if self.buf:
            data = bytes(self.buf)
            self.buf.clear()
            return data
        return self._recv()

    def read_upto(self, n):
        """1 to n bytes: buffered ones first, else one recv (b'' at EOF)."""
        if not self.buf:
            self.buf += self._recv()
        data = bytes(self.buf[:n])
        del self.buf[:n]
        return data

    def read_to_eof(self):
        parts = [bytes(self.buf)]
        self.buf.clear()
        while True:
            data = self._recv()
            if not data:
                return b"".join(parts)
            parts.append(data)

    def expect_eof(self, what="the server to close"):
        """Nothing more may arrive; the peer must close (FIN, not RST)."""
        check(not self.buf, "expected %s, got extra bytes %s" % (what, short(self.buf)))
        try:
            data = self.sock.recv(65536)
        except socket.timeout:
            raise Fail("expected %s, but the connection stayed open for %s s" % (what, self.sock.gettimeout()))
        except ConnectionResetError:
            raise Fail("expected %s, got a reset instead of a clean close" % what)
        check(not data, "expected %s, got extra bytes %s" % (what, short(data)))


class Response:
    def __init__(self, status, reason, headers):
        self.status, self.reason, self.headers = status, reason, headers
        self.body = b""

    def get(self, name):
        """The field's values joined with ', ' (RFC 9110 5.3), or None."""
        vals = [v for n, v in self.headers if n == name.lower()]
        return ", ".join(vals) if vals else None

    def tokens(self, name):
        return [t.strip().lower() for t in (self.get(name) or "").split(",") if t.strip()]

    def head_without(self, *names):
        return [(n, v) for n, v in self.headers if n not in names]

    def __repr__(self):
        return "<%d %s %r body=%s>" % (self.status, self.reason, self.headers, short(self.body, 60))


TOKEN = rb"[!#$%&'*+.^_`|~0-9A-Za-z-]+"


def read_head(conn):
    """Status line and fields (RFC 9112 sections 4 and 5)."""
    line = conn.read_line()
    m = re.fullmatch(rb"HTTP/1\.1 ([0-9]{3}) ([\t !-~\x80-\xff]*)", line)
    check(m, "bad status line %s" % short(line))
    resp = Response(int(m.group(1)), m.group(2).decode("latin-1"), [])
    while True:
        line = conn.read_line()
        if not line:
            return resp
        m = re.fullmatch(rb"(" + TOKEN + rb"):[ \t]*([^\r\n]*?)[ \t]*", line)
        check(m, "bad field line %s" % short(line))
        resp.headers.append((m.group(1).decode().lower(), m.group(2).decode("latin-1")))


class ChunkReader:
    """Reads a chunked body (RFC 9112 section 7.1) as a stream: next()
    returns chunk data as soon as it arrives, as Go's and Python's clients
    do, and checks the CRLF that ends a chunk when the next chunk begins.
    (A server may send that CRLF together with the next chunk-size line.)"""

    def __init__(self, conn):
        self.conn, self.done = conn, False
        self.left, self.end_pending, self.chunks = 0, False, 0

    def next(self):
        """Next piece of data, or None after the last chunk and trailers."""
        if self.done:
            return None
        if self.left == 0:
            if self.end_pending:
                crlf = self.conn.read_exact(2)
                check(crlf == b"\r\n", "chunk data not followed by CRLF: %s" % short(crlf))
                self.end_pending = False
            line = self.conn.read_line()
            m = re.fullmatch(rb"([0-9A-Fa-f]{1,16})((?:[ \t]*;[^\r\n]*)?)", line)
            check(m, "bad chunk-size line %s" % short(line))
            self.left = int(m.group(1), 16)
            if self.left == 0:
                while self.conn.read_line():   # trailer section, then CRLF
                    pass
                self.done = True
                return None
            self.chunks += 1
        data = self.conn.read_upto(self.left)
        check(data, "EOF inside a chunk (%d bytes missing)" % self.left)
        self.left -= len(data)
        self.end_pending = self.left == 0
        return data


def read_body(conn, resp, method):
    """Reads the body by RFC 9112 section 6.3's rules, in order."""
    te, cl = resp.get("transfer-encoding"), resp.get("content-length")
    if method == "HEAD" or resp.status // 100 == 1 or resp.status in (204, 304) or \
            (method == "CONNECT" and resp.status // 100 == 2):
        return b""
    if te is not None:
        check(cl is None, "both Transfer-Encoding and Content-Length")
        check(resp.tokens("transfer-encoding")[-1:] == ["chunked"], "last coding not chunked: %r" % te)
        reader, parts = ChunkReader(conn), []
        while True:
            data = reader.next()
            if data is None:
                return b"".join(parts)
            parts.append(data)
    if cl is not None:
        check(re.fullmatch(r"[0-9]+", cl), "bad Content-Length %r" % cl)
        return conn.read_exact(int(cl))
    return conn.read_to_eof()   # close-delimited


def read_response(conn, method="GET", allow_1xx=False):
    """One whole response; interim 1xx are skipped unless allow_1xx."""
    while True:
        resp = read_head(conn)
        resp.body = read_body(conn, resp, method)
        if allow_1xx or resp.status // 100 != 1 or resp.status == 101:
            return resp


def request(method, target, headers=(), body=None, close=False):
    lines = ["%s %s HTTP/1.1" % (method, target), "Host: %s" % HOST]
    lines += list(headers)
    if body is not None:
        lines.append("Content-Length: %d" % len(body))
    if close:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + (body or b"")


# --------------------------------------------------------------------------
# Tests. Each takes the parsed arguments (args.port is the target).
# --------------------------------------------------------------------------

TESTS = {}


def test(fn):
    TESTS[fn.__name__] = fn
    return fn


@test
def pipelining(args):
    """Nine requests, HEADs among them, in a single write (RFC 9112 section
    9.3.2: a server reads pipelined requests and answers them in order).
    Every response is read with exact framing, so a HEAD answered with a
    body, or a wrong Content-Length, misaligns the next status line. The
    last request says Connection: close, after which the server must close
    (RFC 9112 section 9.6) with nothing more sent."""
    plan = [
        ("GET", "/", None, False),
        ("HEAD", "/", None, False),
        ("GET", "/bytes/10", None, False),
        ("HEAD", "/bytes/100000", None, False),
        ("GET", "/no/such/page", None, False),
        ("HEAD", "/no/such/page", None, False),
        ("POST", "/echo", b"hello, pipeline", False),
        ("GET", "/bytes/0", None, False),
        ("GET", "/bytes/26", None, True),
    ]
    c = Conn.open(args.port)
    c.send(b"".join(request(m, t, body=b, close=cl) for m, t, b, cl in plan))
    r = []
    for i, (method, target, _, _) in enumerate(plan):
        try:
            r.append(read_response(c, method))
        except Fail as e:
            after = " after %s %s" % plan[i - 1][:2] if i else ""
            raise Fail("response %d (%s %s%s): %s" % (i + 1, method, target, after, e))
    c.expect_eof("close after Connection: close")
    get_root, head_root, b10, head_big, nf, head_nf, echo, b0, b26 = r
    check(get_root.status == 200 and get_root.body, "GET /: %r" % get_root)
    check("text/plain" in (get_root.get("content-type") or ""), "GET / not text/plain: %r" % get_root)
    check(get_root.get("content-length") == str(len(get_root.body)), "GET / without matching Content-Length")
    # RFC 9110 section 9.3.2: HEAD gets the same fields as GET, no content.
    check(head_root.status == 200 and head_root.head_without("date") == get_root.head_without("date"),
          "HEAD / head differs from GET's: %r vs %r" % (head_root.headers, get_root.headers))
    check(b10.status == 200 and b10.body == b"abcdefghij", "GET /bytes/10: %r" % b10)
    check(head_big.status == 200 and head_big.get("content-length") == "100000",
          "HEAD /bytes/100000: %r" % head_big)
    check(nf.status == 404, "GET /no/such/page: %r" % nf)
    check(head_nf.status == 404 and head_nf.get("content-length") == nf.get("content-length"),
          "HEAD /no/such/page differs from GET: %r vs %r" % (head_nf, nf))
    check(echo.status == 200 and echo.body == b"hello, pipeline", "POST /echo: %r" % echo)
    check(b0.status == 200 and b0.body == b"" and b0.get("content-length") == "0", "GET /bytes/0: %r" % b0)
    check(b26.status == 200 and b26.body == pattern(26), "GET /bytes/26: %r" % b26)


@test
def split_request(args):
    """A request that arrives in pieces (inside the method, the target, a
    field line and the final CRLF), 50 ms apart, is still one request."""
    c = Conn.open(args.port)
    raw = request("GET", "/bytes/5", ["X-Split: yes"])
    for piece in (raw[:2], raw[2:9], raw[9:30], raw[30:-1], raw[-1:]):
        c.send(piece)
        time.sleep(0.05)
    resp = read_response(c)
    check(resp.status == 200 and resp.body == b"abcde", "got %r" % resp)
    c.close()


@test
def pipelined_bytes(args):
    """Three large responses pipelined: with a small send buffer (--sndbuf)
    each must be resumed across many partial writes, in order, exactly."""
    sizes = [300000, 1, 700001]
    c = Conn.open(args.port)
    c.send(b"".join(request("GET", "/bytes/%d" % n, close=(i == len(sizes) - 1))
                    for i, n in enumerate(sizes)))
    for n in sizes:
        resp = read_response(c)
        check(resp.status == 200, "GET /bytes/%d: status %d" % (n, resp.status))
        check(resp.body == pattern(n), "GET /bytes/%d: body differs (%d bytes, sha256 %s)"
              % (n, len(resp.body), hashlib.sha256(resp.body).hexdigest()[:16]))
    c.expect_eof()


@test
def small_window_reader(args):
    """A client with a 4 KiB receive buffer keeps the TCP window small, so
    the server's sends come back short (fewer bytes written than asked;
    Linux bounds a send's segments by half the peer's window) and must be
    resumed at the right offset. GET /bytes/2000000 must arrive exactly."""
    c = Conn.open(args.port, rcvbuf=4096)
    c.send(request("GET", "/bytes/2000000", close=True))
    resp = read_response(c)
    check(resp.status == 200 and resp.body == pattern(2000000),
          "status %d, %d bytes, sha256 %s" % (resp.status, len(resp.body),
                                              hashlib.sha256(resp.body).hexdigest()[:16]))
    c.expect_eof()


@test
def echo_small_window(args):
    """Full duplex under backpressure: a second thread sends 4 MiB as a
    chunked body while the echo is read through a 4 KiB receive window.
    The server must stop reading while it cannot write and go on when it
    can: no deadlock, no loss, no reordering."""
    data = os.urandom(4 << 20)
    c = Conn.open(args.port, rcvbuf=4096)
    errors = []

    def sender():
        try:
            c.send(b"POST /echo HTTP/1.1\r\nHost: " + HOST.encode() + b"\r\nTransfer-Encoding: chunked\r\n\r\n")
            for i in range(0, len(data), 65536):
                piece = data[i:i + 65536]
                c.send(b"%x\r\n" % len(piece) + piece + b"\r\n")
            c.send(b"0\r\n\r\n")
        except Exception as e:
            errors.append("sending: %s: %s" % (type(e).__name__, e))

    thread = threading.Thread(target=sender, daemon=True)
    thread.start()
    resp = read_response(c, "POST")
    thread.join(IO_TIMEOUT)
    check(not errors, errors and errors[0])
    check(resp.status == 200, "status %d" % resp.status)
    check(resp.body == data, "echo differs: %d of %d bytes" % (len(resp.body), len(data)))
    c.close()


@test
def full_duplex_echo(args):
    """The shape of Go's net/http full-duplex test (the one for
    ResponseController.EnableFullDuplex that the issue names as the model):
    the response to POST /echo must start as soon as the request head is
    read, and each piece of request body must come back before the client
    sends the next one. One byte is
    sent as a chunk, the test waits for that byte in the chunked response,
    16 times; then a 100 KiB chunk round trip; then the last chunk ends both
    bodies and the connection must still serve a next request (keep-alive,
    RFC 9112 section 9.3). A server that reads the whole body first fails
    with a timeout at the first byte."""
    c = Conn.open(args.port)
    c.send(b"POST /echo HTTP/1.1\r\nHost: " + HOST.encode() +
           b"\r\nTransfer-Encoding: chunked\r\nContent-Type: application/octet-stream\r\n\r\n")
    resp = read_head(c)      # before any body byte was sent
    check(resp.status == 200, "status %d" % resp.status)
    check(resp.tokens("transfer-encoding") == ["chunked"], "not chunked: %r" % resp.headers)
    chunks = ChunkReader(c)

    def round_trip(data):
        c.send(b"%x\r\n" % len(data) + data + b"\r\n")
        got = b""
        while len(got) < len(data):
            piece = chunks.next()
            check(piece is not None, "response ended after %d of %d echoed bytes" % (len(got), len(data)))
            got += piece
        check(got == data, "echoed %s for %s" % (short(got), short(data)))

    for i in range(16):
        try:
            round_trip(bytes([ord("A") + i]))
        except Fail as e:
            raise Fail("byte %d: %s" % (i + 1, e))
    round_trip(os.urandom(100 * 1024))
    c.send(b"0\r\n\r\n")
    check(chunks.next() is None, "no last chunk after the request body ended")
    c.send(request("GET", "/bytes/3"))
    nxt = read_response(c)
    check(nxt.status == 200 and nxt.body == b"abc", "next request on the connection: %r" % nxt)
    c.close()


@test
def expect_100_continue(args):
    """RFC 9110 section 10.1.1: a server that gets Expect: 100-continue must
    answer at once, with 100 (Continue) or a final status, without waiting
    for the content. Either way the echo must then be exact."""
    c = Conn.open(args.port)
    c.send(b"POST /echo HTTP/1.1\r\nHost: " + HOST.encode() +
           b"\r\nExpect: 100-continue\r\nContent-Length: 11\r\n\r\n")
    c.sock.settimeout(2)
    first = read_head(c)     # 100 or the final response's head, within 2 s
    c.sock.settimeout(IO_TIMEOUT)
    check(first.status in (100, 200), "first answer %r" % first)
    c.send(b"hello world")
    resp = first
    if first.status == 100:
        resp = read_head(c)
    resp.body = read_body(c, resp, "POST")
    check(resp.status == 200 and resp.body == b"hello world", "got %r" % resp)
    c.close()


def malformed(raw, status):
    """A malformed request gets the codec's status with Connection: close,
    then the server closes (RFC 9112 section 9.6), cleanly: its lingering
    close must not turn the close into a reset that destroys the answer."""
    def run(args):
        c = Conn.open(args.port)
        c.send(raw)
        resp = read_response(c)
        check(resp.status == status, "status %d, want %d (%r)" % (resp.status, status, resp))
        check("close" in resp.tokens("connection"), "no Connection: close: %r" % resp.headers)
        c.expect_eof()
    return run


MALFORMED = {
    # RFC 9112 section 5: a field line is name ":" value.
    "malformed_no_colon_400": (b"GET / HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n", 400),
    # RFC 9112 section 2.2; the codec accepts CRLF only (STRICTNESS).
    "malformed_bare_lf_400": (b"GET / HTTP/1.1\nHost: x\n\n", 400),
    # RFC 9112 section 2.3, RFC 9110 section 15.6.6: major version 2 here.
    "malformed_version_505": (b"GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
    # RFC 9112 section 3: request line over the codec's 8192-byte limit.
    "malformed_long_target_414": (b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
    # RFC 6585 section 5: a field line over the 8192-byte limit.
    "malformed_long_field_431": (b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 9000 + b"\r\n\r\n", 431),
    # RFC 9112 section 6.3 item 4: request coding list not ending in chunked.
    "malformed_te_not_chunked_400": (b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 400),
    # RFC 9112 section 6.3 item 3: both framings is an error (smuggling).
    "malformed_te_and_cl_400": (b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                                b"Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n", 400),
}
for _name, (_raw, _status) in MALFORMED.items():
    TESTS[_name] = malformed(_raw, _status)


@test
def idle_timeout(args):
    """An idle keep-alive connection is closed after the idle timeout (run.sh
    starts this server with --idle-timeout 1): after one exchange the
    server must close by itself, not before 0.5 s, not after 6 s."""
    c = Conn.open(args.port)
    c.send(request("GET", "/bytes/1"))
    check(read_response(c).body == b"a", "first exchange failed")
    start = time.monotonic()
    c.expect_eof("the idle connection to be closed")
    took = time.monotonic() - start
    check(0.5 <= took <= 6, "closed after %.2f s, want about 1 s" % took)


# ------------------------------------------------------------------ abuse
# One connection, or a few thousand, must not take the server away from
# everyone else: run.sh starts a server of its own for these (default
# limits, 1,024 slots) and one with --idle-timeout 2 --head-timeout 2.

FRESH_LIMIT = 3.0   # seconds within which a fresh client must be answered


def fresh_get(port):
    """A new connection's GET /, which must be answered 200 within
    FRESH_LIMIT s (connect included); returns the seconds it took."""
    start = time.monotonic()
    try:
        sock = socket.create_connection((HOST, port), timeout=FRESH_LIMIT)
    except OSError as e:
        raise Fail("a fresh client could not connect within %s s: %s" % (FRESH_LIMIT, e))
    c = Conn(sock)
    sock.settimeout(max(0.1, FRESH_LIMIT - (time.monotonic() - start)))
    try:
        c.send(request("GET", "/", close=True))
        check(read_response(c).status == 200, "a fresh GET was not answered 200")
    finally:
        c.close()
    took = time.monotonic() - start
    check(took <= FRESH_LIMIT, "a fresh client took %.2f s, more than %s s" % (took, FRESH_LIMIT))
    return took


def still_open(sock):
    """A non-blocking socket the server has not closed (no EOF, no reset)."""
    try:
        return sock.recv(4096) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False


def open_many(port, count):
    socks = []
    for _ in range(count):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setblocking(False)
        s.connect_ex((HOST, port))
        socks.append(s)
    return socks


@test
def connect_to_itself_refused(args):
    """CONNECT to the server's own port gets 403, by any loopback name: a
    tunnel through itself could be nested again and again over one client
    connection, two slots a level, until no slot is left for anyone. The
    connection then closes (RFC 9110 section 9.3.6: a refused CONNECT is
    not followed by more requests here), and fresh clients are served."""
    for form in ("127.0.0.1:%d", "localhost:%d", "[::1]:%d", "127.0.0.2:%d"):
        target = form % args.port
        c = Conn.open(args.port)
        c.send(("CONNECT %s HTTP/1.1\r\nHost: %s\r\n\r\n" % (target, target)).encode())
        resp = read_response(c, method="CONNECT")
        check(resp.status == 403, "CONNECT %s: status %d, want 403" % (target, resp.status))
        c.expect_eof("the refused CONNECT's connection to close")
        c.close()
    fresh_get(args.port)


@test
def unknown_method_501_closes(args):
    """A method the server does not know gets 501 with Connection: close,
    and the connection is closed without reading the 4 MiB body it
    announced: a body nobody will use is not drained."""
    c = Conn.open(args.port)
    c.send(b"FROB /x HTTP/1.1\r\nHost: x\r\nContent-Length: 4194304\r\n\r\n" + b"x" * 1000)
    resp = read_response(c)
    check(resp.status == 501, "status %d, want 501" % resp.status)
    check("close" in resp.tokens("connection"), "no Connection: close: %r" % resp.headers)
    c.expect_eof("the connection to close after the 501")


@test
def slowloris_1100(args):
    """1,100 connections (more than the server's 1,024 slots) each send a
    request head one byte every 2 s, and reconnect when closed, for 8 s;
    meanwhile fresh clients, one after another, are each answered within
    3 s. With its slots full, the server gives the slot of the request
    head that has waited longest to the new connection."""
    head = b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"s" * 200
    socks = open_many(args.port, 1100)
    sent, answered = 0, 0
    try:
        end, next_byte = time.monotonic() + 8, 0.0
        while time.monotonic() < end:
            if time.monotonic() >= next_byte:
                for i, s in enumerate(socks):
                    if not still_open(s):
                        s.close()
                        socks[i] = open_many(args.port, 1)[0]
                        continue
                    try:
                        s.send(head[sent:sent + 1])
                    except OSError:   # not connected yet, or closed meanwhile
                        pass
                sent += 1
                next_byte = time.monotonic() + 2
            fresh_get(args.port)
            answered += 1
            time.sleep(0.2)
    finally:
        for s in socks:
            s.close()
    check(answered >= 10, "only %d fresh clients in 8 s" % answered)


@test
def idle_keepalive_4000(args):
    """4,000 connections (four times the server's slots) each send one GET
    and then stay idle, keep-alive: fresh clients are each answered within
    3 s. With its slots full, the server closes the connection idle the
    longest after an answer, as RFC 9112 section 9.8 allows (a client
    retries), to make room."""
    socks = open_many(args.port, 4000)
    try:
        time.sleep(0.5)
        for s in socks:
            try:
                s.send(request("GET", "/"))
            except OSError:   # not connected yet: it stays an idle connection
                pass
        time.sleep(1)
        for _ in range(10):
            fresh_get(args.port)
            time.sleep(0.2)
    finally:
        for s in socks:
            s.close()


@test
def slow_reader_not_idle(args):
    """A client reading a long answer slowly is not idle while the
    server's socket drains (this server: --idle-timeout 2): it reads 32 KiB
    every 0.5 s for 6 s without being cut, then the rest arrives whole.
    (On loopback the kernel also wakes poll() as the reader frees its
    window; the server counts any drop in its unsent bytes as progress
    too, for drains too small to wake it.)"""
    n = 30000000
    c = Conn.open(args.port, rcvbuf=32768)
    c.send(request("GET", "/bytes/%d" % n, close=True))
    resp = read_head(c)
    check(resp.status == 200 and resp.get("content-length") == str(n), "bad head: %r" % resp)
    got = bytearray(c.buf)
    c.buf.clear()
    end = time.monotonic() + 6
    while time.monotonic() < end:
        data = c.sock.recv(32768)
        check(data, "the slow reader was cut after %d of %d bytes" % (len(got), n))
        got += data
        time.sleep(0.5)
    got += c.read_exact(n - len(got))
    check(bytes(got) == pattern(n), "the body is not /bytes/N's pattern")


@test
def head_deadline(args):
    """A request head must arrive whole within the head timeout (this
    server: --head-timeout 2), however steadily it trickles: a byte every
    0.3 s keeps the connection from being idle, yet the server closes it
    at about 2 s, answering nothing."""
    c = Conn.open(args.port)
    head = b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"s" * 100
    start = time.monotonic()
    c.sock.settimeout(0.3)
    for i in range(len(head)):
        try:
            c.sock.send(head[i:i + 1])
            data = c.sock.recv(100)
        except socket.timeout:
            continue
        except OSError:
            break
        check(data == b"", "answered before the head was whole: %s" % short(data))
        break
    took = time.monotonic() - start
    check(1.5 <= took <= 4.5, "closed after %.2f s, want about 2 s" % took)


# ---------------------------------------------------------------- CONNECT

def open_tunnel(args):
    """Starts a one-shot loopback backend, opens CONNECT to it through the
    server and returns (client side, backend side), both as Conn."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind((HOST, 0))
    listener.listen(1)
    listener.settimeout(IO_TIMEOUT)
    authority = "%s:%d" % (HOST, listener.getsockname()[1])
    cli = Conn.open(args.port)
    cli.send(("CONNECT %s HTTP/1.1\r\nHost: %s\r\n\r\n" % (authority, authority)).encode())
    resp = read_response(cli, "CONNECT")
    check(resp.status // 100 == 2, "CONNECT %s: %r" % (authority, resp))
    # RFC 9110 section 9.3.6: no Content-Length or Transfer-Encoding in a 2xx
    # to CONNECT; the bytes after the head belong to the tunnel.
    check(resp.get("content-length") is None and resp.get("transfer-encoding") is None,
          "2xx to CONNECT with framing fields: %r" % resp.headers)
    try:
        srv_sock, _ = listener.accept()
    except socket.timeout:
        raise Fail("the server never connected to the backend %s" % authority)
    finally:
        listener.close()
    srv = Conn(srv_sock)
    # Both directions work before any half-close.
    cli.send(b"ping from client")
    check(srv.read_exact(16) == b"ping from client", "client->backend")
    srv.send(b"ping from backend")
    check(cli.read_exact(17) == b"ping from backend", "backend->client")
    return cli, srv


def must_read(conn, msg, who):
    try:
        got = conn.read_exact(len(msg))
    except Fail as e:
        raise Fail("%s reading %s: %s" % (who, short(msg, 20), e))
    check(got == msg, "%s read %s, want %s" % (who, short(got), short(msg)))


def must_eof(conn, who):
    try:
        data = conn.read_some()
    except Fail as e:
        raise Fail("%s waiting for EOF: %s" % (who, e))
    check(not data, "%s expected EOF, got %s" % (who, short(data)))


BULK = os.urandom(256 * 1024)   # more than the tunnel buffers: backpressure


def half_close_case(name, steps):
    """Go's TestReverseProxyWebSocketHalfTCP (net/http/httputil, go.dev/issue/
    35892), applied to the CONNECT tunnel: after one side closes one half,
    the other direction still carries data (a short message and 256 KiB),
    and a closed write half arrives at the far end as EOF. The test then
    closes the remaining halves and checks each EOF arrives: the tunnel
    ends only when both directions are done."""
    def run(args):
        cli, srv = open_tunnel(args)
        try:
            steps(cli, srv)
        finally:
            cli.close()
            srv.close()
    run.__doc__ = half_close_case.__doc__
    TESTS[name] = run


def _client_close_write(cli, srv):
    cli.sock.shutdown(socket.SHUT_WR)
    must_eof(srv, "backend")                 # EOF propagated as SHUT_WR
    srv.send(b"backend sends")               # the other direction still flows
    must_read(cli, b"backend sends", "client")
    srv.send(BULK)
    must_read(cli, BULK, "client")
    srv.sock.shutdown(socket.SHUT_WR)        # now both directions are done
    must_eof(cli, "client")


def _server_close_write(cli, srv):
    srv.sock.shutdown(socket.SHUT_WR)
    must_eof(cli, "client")
    cli.send(b"client sends")
    must_read(srv, b"client sends", "backend")
    cli.send(BULK)
    must_read(srv, BULK, "backend")
    cli.sock.shutdown(socket.SHUT_WR)
    must_eof(srv, "backend")


def _client_close_read(cli, srv):
    cli.sock.shutdown(socket.SHUT_RD)        # no packet on Linux: a local act
    cli.send(b"client sends")
    must_read(srv, b"client sends", "backend")
    cli.send(BULK)
    must_read(srv, BULK, "backend")
    cli.sock.shutdown(socket.SHUT_WR)
    must_eof(srv, "backend")


def _server_close_read(cli, srv):
    srv.sock.shutdown(socket.SHUT_RD)
    srv.send(b"backend sends")
    must_read(cli, b"backend sends", "client")
    srv.send(BULK)
    must_read(cli, BULK, "client")
    srv.sock.shutdown(socket.SHUT_WR)
    must_eof(cli, "client")


half_close_case("connect_client_close_write", _client_close_write)
half_close_case("connect_server_close_write", _server_close_write)
half_close_case("connect_client_close_read", _client_close_read)
half_close_case("connect_server_close_read", _server_close_read)


@test
def connect_refused_non_loopback(args):
    """CONNECT is allowed to loopback only: other hosts get 403, and a
    refused CONNECT ends the connection (the codec's rule). The targets
    cannot leave this machine even if the server were wrong: a .invalid
    name (RFC 6761) and 0.0.0.0, which Linux connects to locally."""
    for target in ("example.invalid:80", "0.0.0.0:%d" % args.port):
        c = Conn.open(args.port)
        c.send(("CONNECT %s HTTP/1.1\r\nHost: %s\r\n\r\n" % (target, target)).encode())
        resp = read_response(c, "CONNECT")
        check(resp.status == 403, "CONNECT %s: %r" % (target, resp))
        c.expect_eof("close after a refused CONNECT")


# -------------------------------------------------------------- WebSocket

def ws_run(coro, budget=20):
    return asyncio.run(asyncio.wait_for(coro, budget))


def ws_module():
    try:
        import websockets
        return websockets
    except ImportError:
        raise Fail("python module websockets missing (Debian python3-websockets) for %s" % sys.executable)


@test
def websocket_echo(args):
    """An independent RFC 6455 client (the websockets package) against /ws:
    it checks the handshake (Sec-WebSocket-Accept, section 4.2.2), that
    server frames are unmasked (5.1) and UTF-8 text is valid (8.1). Text,
    empty, binary, 7-bit and 16-bit length frames (5.2) come back equal
    and of the same type; a ping gets its pong with the same data (5.5.3);
    a close is answered with a close (5.5.1), so the close code is the
    echoed 1000 or 1005 (no code), never 1006 (connection lost)."""
    websockets = ws_module()

    async def run():
        async with websockets.connect("ws://%s:%d/ws" % (HOST, args.port), max_size=1 << 22) as ws:
            for msg in ("hello", "h\u00e9llo w\u00f6rld \u2713", "", b"\x00\x01\xfe\xff",
                        "x" * 125, bytes(126), os.urandom(300), os.urandom(16000)):
                await ws.send(msg)
                got = await asyncio.wait_for(ws.recv(), IO_TIMEOUT)
                check(type(got) is type(msg) and got == msg,
                      "sent %s %s, got %s %s" % (type(msg).__name__, short(msg, 40),
                                                 type(got).__name__, short(got, 40)))
            pong = await ws.ping(b"are you there")
            await asyncio.wait_for(pong, IO_TIMEOUT)
            await asyncio.wait_for(ws.close(1000, "bye"), IO_TIMEOUT)
            check(ws.close_code in (1000, 1005), "close answered with code %r" % ws.close_code)
    ws_run(run())


@test
def websocket_sizes(args):
    """Messages of 10 B, 16 KiB, 70 KB and 1 MiB, text and binary, echoed
    byte for byte and of the same type. The server streams each frame's
    payload back as it arrives, in frames of its own (fragments, RFC 6455
    section 5.4), through fixed 16 KiB buffers: no size limit, no 1009.
    The text is multi-byte UTF-8, so the server's pieces cut characters
    and its UTF-8 check (section 8.1) runs across them."""
    websockets = ws_module()
    unit = "h\u00e9llo w\u00f6rld \u2713 \U0001F600 "

    async def run():
        async with websockets.connect("ws://%s:%d/ws" % (HOST, args.port), max_size=1 << 22) as ws:
            for size in (10, 16384, 70000, 1 << 20):
                text = (unit * (size // len(unit) + 1))[:size]
                for msg in (text, os.urandom(size)):
                    await ws.send(msg)
                    got = await asyncio.wait_for(ws.recv(), IO_TIMEOUT)
                    check(type(got) is type(msg) and got == msg,
                          "sent %s of %d, got %s of %d" % (type(msg).__name__, len(msg),
                                                          type(got).__name__, len(got)))
            await asyncio.wait_for(ws.close(1000, "bye"), IO_TIMEOUT)
            check(ws.close_code == 1000, "close answered with code %r" % ws.close_code)
    ws_run(run())


@test
def websocket_fragmented(args):
    """A message sent in three frames (FIN clear, then continuation frames,
    RFC 6455 section 5.4) must come back as the same whole message."""
    websockets = ws_module()

    async def run():
        async with websockets.connect("ws://%s:%d/ws" % (HOST, args.port)) as ws:
            await ws.send(["frag", "men", "ted"])
            got = await asyncio.wait_for(ws.recv(), IO_TIMEOUT)
            check(got == "fragmented", "got %r" % (got,))
            await ws.send([b"\x01", b"\x02\x03"])
            got = await asyncio.wait_for(ws.recv(), IO_TIMEOUT)
            check(got == b"\x01\x02\x03", "got %r" % (got,))
    ws_run(run())


@test
def websocket_raw_handshake(args):
    """The handshake by hand (RFC 6455 section 4.2.2): 101, Upgrade:
    websocket, Connection: Upgrade, Sec-WebSocket-Accept = base64(SHA-1(key
    + GUID)). Then an unmasked client frame, which the server must not
    accept (section 5.1: close the connection, optionally with 1002)."""
    key = base64.b64encode(os.urandom(16)).decode()
    c = Conn.open(args.port)
    c.send(request("GET", "/ws", ["Upgrade: websocket", "Connection: Upgrade",
                                  "Sec-WebSocket-Key: " + key, "Sec-WebSocket-Version: 13"]))
    resp = read_head(c)
    check(resp.status == 101, "status %r" % resp)
    check(resp.tokens("upgrade") == ["websocket"], "Upgrade: %r" % resp.get("upgrade"))
    check("upgrade" in resp.tokens("connection"), "Connection: %r" % resp.get("connection"))
    want = base64.b64encode(hashlib.sha1(key.encode() + WS_GUID).digest()).decode()
    check(resp.get("sec-websocket-accept") == want,
          "Sec-WebSocket-Accept %r, want %r" % (resp.get("sec-websocket-accept"), want))
    c.send(b"\x81\x05hello")                 # FIN, text, MASK bit clear
    try:
        rest = c.read_to_eof()
    except Fail as e:
        if "reset" in str(e):
            return                           # failing the connection hard is allowed
        raise
    check(b"hello" not in rest, "unmasked frame was echoed: %s" % short(rest))
    check(rest == b"" or rest[0] == 0x88, "expected a close frame or nothing: %s" % short(rest))


@test
def upgrade_h2c_declined(args):
    """GET /ws offering Upgrade: h2c (RFC 9113 removed it, RFC 7540 section
    3.2 defined it) is not a WebSocket offer: the server ignores the offer
    (RFC 9110 section 7.8) and answers in plain HTTP/1.1, never 101, and
    the connection stays usable for a next request."""
    c = Conn.open(args.port)
    c.send(request("GET", "/ws", ["Connection: Upgrade, HTTP2-Settings", "Upgrade: h2c",
                                  "HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA"]))
    resp = read_response(c)
    check(resp.status != 101 and resp.status < 500, "answer %r" % resp)
    if "close" in resp.tokens("connection"):
        c.expect_eof()
        c = Conn.open(args.port)
    c.send(request("GET", "/bytes/4"))
    nxt = read_response(c)
    check(nxt.status == 200 and nxt.body == b"abcd", "next request: %r" % nxt)
    c.close()


@test
def websocket_handshake_checks(args):
    """RFC 6455 section 4.2.1 and 4.4: a version other than 13 gets 426
    naming version 13 (with Upgrade, RFC 9110 section 15.5.22); a key that
    is not 16 bytes in base64 gets 400. Neither switches; HTTP goes on."""
    c = Conn.open(args.port)
    key = base64.b64encode(os.urandom(16)).decode()
    c.send(request("GET", "/ws", ["Upgrade: websocket", "Connection: Upgrade",
                                  "Sec-WebSocket-Key: " + key, "Sec-WebSocket-Version: 8"]))
    resp = read_response(c)
    check(resp.status == 426 and resp.get("sec-websocket-version") == "13", "version 8: %r" % resp)
    c.send(request("GET", "/ws", ["Upgrade: websocket", "Connection: Upgrade",
                                  "Sec-WebSocket-Key: x", "Sec-WebSocket-Version: 13"]))
    resp = read_response(c)
    check(resp.status == 400, "bad key: %r" % resp)
    c.send(request("GET", "/bytes/2"))
    resp = read_response(c)
    check(resp.status == 200 and resp.body == b"ab", "next request: %r" % resp)
    c.close()


def ws_open(args):
    key = base64.b64encode(os.urandom(16)).decode()
    c = Conn.open(args.port)
    c.send(request("GET", "/ws", ["Upgrade: websocket", "Connection: Upgrade",
                                  "Sec-WebSocket-Key: " + key, "Sec-WebSocket-Version: 13"]))
    check(read_head(c).status == 101, "no 101")
    return c


def ws_frame(first, payload):
    """A masked client frame: first byte as given (FIN, RSV, opcode)."""
    mask = os.urandom(4)
    n = len(payload)
    head = bytes([first]) + (bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126, n >> 8, n & 255]))
    return head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


@test
def websocket_protocol_errors(args):
    """RFC 6455 section 5: a ping over 125 bytes, a fragmented ping, RSV
    bits with no extension, a reserved opcode, a continuation with no
    message open, a 1-byte close payload, close codes 999, 1005 and 1004
    (section 7.4: not to be sent), a 64-bit length with its top bit set
    (5.2): each is answered with a close frame carrying 1002 (section
    7.4.1), never echoed."""
    cases = [ws_frame(first, payload) for first, payload in
             [(0x89, b"x" * 200), (0x09, b"x"), (0xC1, b"x"), (0x83, b"x"), (0x80, b"x"),
              (0x88, b"\x03"), (0x88, b"\x03\xe7"), (0x88, b"\x03\xed"), (0x88, b"\x03\xec")]]
    # a 64-bit length with its top bit set (section 5.2: it MUST be 0)
    cases.append(bytes([0x82, 0x80 | 127]) + (1 << 63 | 5).to_bytes(8, "big") + os.urandom(4) + b"hello")
    for frame in cases:
        c = ws_open(args)
        c.send(frame)
        rest = c.read_to_eof()
        check(rest[:4] == b"\x88\x02\x03\xea", "frame %s: got %s" % (short(frame, 20), short(rest)))
        c.close()


def ws_events(data):
    """The server's frames (unmasked, section 5.1) as a list of events:
    ("text" | "binary", whole message), ("pong", data), ("close", data)."""
    events, parts, kind, at = [], [], None, 0
    while at < len(data):
        check(len(data) - at >= 2 and not data[at + 1] & 0x80, "bad frame at %d: %s" % (at, short(data[at:])))
        first, n, at = data[at], data[at + 1] & 0x7F, at + 2
        if n >= 126:
            size = 2 if n == 126 else 8
            n, at = int.from_bytes(data[at:at + size], "big"), at + size
        payload, at, opcode = data[at:at + n], at + n, first & 0x0F
        check(len(payload) == n, "frame cut short: %d of %d bytes" % (len(payload), n))
        if opcode in (0, 1, 2):
            check((opcode == 0) == (kind is not None), "continuation out of place (5.4)")
            kind = kind or ("text" if opcode == 1 else "binary")
            parts.append(payload)
            if first & 0x80:
                events.append((kind, b"".join(parts)))
                kind, parts = None, []
        else:
            events.append(({0x8: "close", 0x9: "ping", 0xA: "pong"}.get(opcode, "?%d" % opcode), payload))
    return events


@test
def websocket_fragmented_with_ping(args):
    """A text message in three frames with a ping between them (control
    frames may come between fragments, RFC 6455 section 5.4): the pong
    comes first, then the whole message; then the close is echoed."""
    c = ws_open(args)
    c.send(ws_frame(0x01, b"frag") + ws_frame(0x89, b"hi") + ws_frame(0x00, b"men") +
           ws_frame(0x80, "ted \u2713".encode()) + ws_frame(0x88, b"\x03\xe8bye"))
    events = ws_events(c.read_to_eof())
    want = [("pong", b"hi"), ("text", "fragmented \u2713".encode()), ("close", b"\x03\xe8")]
    check(events == want, "got %r" % (events,))
    c.close()


@test
def websocket_invalid_utf8_1007(args):
    """A text message that is not UTF-8 (RFC 6455 section 8.1: an overlong
    form, a surrogate, a code point past U+10FFFF, a sequence cut at the
    message's end across two frames) fails the connection with a close
    frame carrying 1007 (section 7.4.1); the invalid bytes are never
    echoed. A valid prefix may have been."""
    cases = [ws_frame(0x81, b"ok \xc0\xaf"), ws_frame(0x81, b"ok \xed\xa0\x80"),
             ws_frame(0x81, b"ok \xf4\x90\x80\x80"),
             ws_frame(0x01, b"ok \xe2") + ws_frame(0x80, b"\x82")]
    for frames in cases:
        c = ws_open(args)
        c.send(frames)
        rest = c.read_to_eof()
        check(rest.endswith(b"\x88\x02\x03\xef"), "%s: got %s" % (short(frames, 24), short(rest)))
        events = ws_events(rest)
        check(events[-1] == ("close", b"\x03\xef") and all(e[0] != "text" for e in events),
              "%s: got %r" % (short(frames, 24), events))
        c.close()


@test
def connect_reset_leaves_nothing(args):
    """A client that resets right after its CONNECT must take the tunnel
    with it: no bytes of that backend may ever reach another connection,
    and the backend sees its connection end."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind((HOST, 0))
    listener.listen(4)
    listener.settimeout(IO_TIMEOUT)
    authority = "%s:%d" % (HOST, listener.getsockname()[1])
    cli = socket.create_connection((HOST, args.port))
    cli.sendall(("CONNECT %s HTTP/1.1\r\nHost: %s\r\n\r\n" % (authority, authority)).encode())
    backend, _ = listener.accept()
    cli.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    cli.close()                                   # reset
    time.sleep(0.3)
    other = Conn.open(args.port)
    try:
        backend.sendall(b"INJECTED")
    except OSError:
        pass
    other.send(request("GET", "/bytes/3"))
    resp = read_response(other)
    check(resp.status == 200 and resp.body == b"abc", "another client got %r" % resp)
    backend.settimeout(IO_TIMEOUT)
    try:
        data = backend.recv(100)
    except ConnectionResetError:
        data = b""
    check(data == b"", "the backend's connection was not ended: %s" % short(data))
    backend.close()
    listener.close()
    other.close()


@test
def error_texts_per_connection(args):
    """Error response bodies belong to their connection: an error on one
    connection never rewrites the pending error body of another."""
    a = Conn.open(args.port, rcvbuf=2048)
    a.send(request("GET", "/bytes/200000") + b"G@T / HTTP/1.1\r\n\r\n")
    time.sleep(0.3)
    b = Conn.open(args.port)
    b.send(b"GET / HTTP/3.0\r\n\r\n")
    check(read_response(b).status == 505, "505 for HTTP/3.0")
    first = read_response(a)
    check(first.status == 200 and len(first.body) == 200000, "the big answer")
    second = read_response(a)
    check(second.status == 400 and second.body == b"bad_method\n", "A's error body: %r" % second)


# --------------------------------------------------------------------------
# Helpers for run.sh.
# --------------------------------------------------------------------------

def count_partial_writes(path):
    """From an `strace -f -e trace=write,sendto,sendmsg,writev` log: how many
    sends wrote less than asked, or failed with EAGAIN. Prints three
    numbers: short, eagain, total."""
    call = re.compile(r'(?:write|sendto|send)\(\d+, "(?:[^"\\]|\\.)*"(?:\.\.\.)?, (\d+).*\) += (-?\d+)( EAGAIN)?')
    short_n = eagain = total = 0
    with open(path, errors="replace") as f:
        for line in f:
            m = call.search(line)
            if not m:
                continue
            total += 1
            asked, got = int(m.group(1)), int(m.group(2))
            if m.group(3):
                eagain += 1
            elif 0 <= got < asked:
                short_n += 1
    print(short_n, eagain, total)


def pace(spec, path):
    """Copies the file to stdout in pieces of PIECE bytes, MS milliseconds
    apart (spec "PIECE:MS"): a request body that arrives as a stream."""
    piece, ms = (int(x) for x in spec.split(":"))
    out = sys.stdout.buffer
    with open(path, "rb") as f:
        while True:
            data = f.read(piece)
            if not data:
                return
            out.write(data)
            out.flush()
            time.sleep(ms / 1000)


def alarm(signum, frame):
    raise Fail("test took longer than %d s" % TEST_TIMEOUT)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port", type=int)
    ap.add_argument("--prefix", default="", help="prefix for the printed test names")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--write-pattern", type=int, metavar="N")
    ap.add_argument("--count-partial-writes", metavar="STRACE_LOG")
    ap.add_argument("--pace", nargs=2, metavar=("PIECE:MS", "FILE"))
    ap.add_argument("tests", nargs="*")
    args = ap.parse_args()
    if args.list:
        print("\n".join(TESTS))
        return 0
    if args.write_pattern is not None:
        sys.stdout.buffer.write(pattern(args.write_pattern))
        return 0
    if args.pace:
        try:
            pace(*args.pace)
        except BrokenPipeError:
            return 1
        return 0
    if args.count_partial_writes:
        count_partial_writes(args.count_partial_writes)
        return 0
    unknown = [t for t in args.tests if t not in TESTS]
    if unknown or args.port is None:
        ap.error("need --port and known tests; unknown: %s" % unknown)
    signal.signal(signal.SIGALRM, alarm)
    failed = 0
    for name in args.tests:
        signal.alarm(TEST_TIMEOUT)
        try:
            TESTS[name](args)
            line = "PASS %s%s" % (args.prefix, name)
        except Fail as e:
            line = "FAIL %s%s: %s" % (args.prefix, name, e)
        except Exception as e:   # a socket error is a failure too, with its name
            line = "FAIL %s%s: %s: %s" % (args.prefix, name, type(e).__name__, e)
        finally:
            signal.alarm(0)
        failed += line.startswith("FAIL")
        print(line, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
