"""An HTTP proxy on 127.0.0.1 that injects the faults a clinic network produces, in front of the test
FHIR server: connections dropped before and after the server commits, 500s, 429/503 with Retry-After,
slow responses that outlast the client's timeout (while the server still commits), and garbage bodies."""

from __future__ import annotations

import http.client
import random
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FAULTS = ("drop_before", "drop_after", "500", "429", "503", "slow", "garbage")


class _Handler(BaseHTTPRequestHandler):
    server: _Proxy
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def _forward(self, body: bytes) -> tuple[int, dict, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.server.backend_port, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in {"host", "connection"}}
        conn.request(self.command, self.path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        out = (resp.status, dict(resp.getheaders()), data)
        conn.close()
        return out

    def _reply(self, status: int, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        for k, v in (headers or {}).items():
            if k.lower() not in {"content-length", "transfer-encoding", "connection", "date", "server"}:
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _handle(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        fault = self.server.pick(self.command, self.path)
        if fault == "drop_before":
            self.close_connection = True
            return
        if fault in {"500", "429", "503"}:
            extra = {"Retry-After": "1" if fault == "429" else "0"} if fault != "500" else {}
            self._reply(int(fault), b'{"resourceType":"OperationOutcome","issue":[]}', extra)
            return
        if fault == "slow":
            time.sleep(self.server.slow_s)
        status, headers, data = self._forward(body)
        if fault == "drop_after":
            self.close_connection = True
            return
        if fault == "garbage":
            self._reply(200, b"<html><body>Proxy error</body></html>", {"Content-Type": "text/html"})
            return
        self._reply(status, data, headers)

    do_GET = do_POST = _handle


class _Proxy(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """Clients that hang up mid-request are part of the tests (injected faults): not an error to print."""

    def __init__(self, backend_port: int, rate: float, seed: int, slow_s: float):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.backend_port, self.rate, self.slow_s = backend_port, rate, slow_s
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.injected: Counter[str] = Counter()
        self.requests = 0

    def pick(self, method: str, path: str) -> str | None:
        if method != "POST" or not path.startswith("/fhir"):
            return None
        with self.lock:
            self.requests += 1
            if self.rng.random() >= self.rate:
                return None
            fault = self.rng.choice(FAULTS)
            self.injected[fault] += 1
            return fault


class FaultProxy:
    def __init__(self, backend_port: int, rate: float = 0.2, seed: int = 1, slow_s: float = 3.0):
        self.httpd = _Proxy(backend_port, rate, seed, slow_s)
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}/fhir"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
