"""A small FHIR R4 endpoint for tests and benchmarks, on 127.0.0.1 only. Not for production.

It does what the sync protocol relies on, strictly: OAuth2 client credentials (``POST /token``), bearer
checks, R4 validation of every resource (fhir.resources R4B), atomic ``transaction`` Bundles (all entries
or none), conditional create (``ifNoneExist``), ``urn:uuid`` and conditional references, and searches by
identifier. Its data is one JSON file per run, so the tests can count what arrived.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from fhir.resources.R4B.bundle import Bundle


def outcome(code: str, text: str) -> dict:
    return {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": code, "diagnostics": text}]}


class FhirState:
    """Resources by type and id, plus an identifier index; one lock makes each transaction atomic."""

    def __init__(self, client_id: str, client_secret: str, token_ttl_s: float = 300):
        self.lock = threading.Lock()
        self.resources: dict[str, dict[str, dict]] = {}
        self.by_identifier: dict[tuple[str, str, str], str] = {}
        self.client_id, self.client_secret, self.token_ttl_s = client_id, client_secret, token_ttl_s
        self.tokens: dict[str, float] = {}
        self.transactions = 0
        self.tokens_issued = 0

    def count(self, kind: str) -> int:
        return len(self.resources.get(kind, {}))

    def identifiers(self, kind: str) -> list[str]:
        return [i["value"] for r in self.resources.get(kind, {}).values() for i in _idents(r)]

    def find(self, kind: str, query: str) -> str | None:
        system, _, value = query.removeprefix("identifier=").partition("|")
        return self.by_identifier.get((kind, system, value))

    def transaction(self, bundle: dict) -> tuple[int, dict]:
        if bundle.get("resourceType") != "Bundle" or bundle.get("type") != "transaction":
            return 400, outcome("invalid", "expected a transaction Bundle")
        try:
            Bundle.model_validate(bundle)
        except Exception as exc:  # noqa: BLE001 - any validation failure is the client's error
            return 400, outcome("invalid", f"Bundle failed R4 validation: {str(exc).splitlines()[:2]}")
        with self.lock:
            url_to_ref: dict[str, str] = {}
            plan, responses = [], []
            for e in bundle["entry"]:
                res, req = e["resource"], e.get("request", {})
                kind = res["resourceType"]
                if req.get("method") != "POST" or req.get("url") != kind:
                    return 400, outcome("not-supported", f"only POST {kind} is supported")
                existing = self.find(kind, req["ifNoneExist"]) if req.get("ifNoneExist") else None
                new_id = existing or str(uuid.uuid4())
                url_to_ref[e["fullUrl"]] = f"{kind}/{new_id}"
                plan.append((kind, new_id, existing, res))
                responses.append(
                    {
                        "response": {
                            "status": "200 OK" if existing else "201 Created",
                            "location": f"{kind}/{new_id}/_history/1",
                        }
                    }
                )
            text = json.dumps([p[3] for p in plan])
            for url, ref in url_to_ref.items():
                text = text.replace(f'"{url}"', f'"{ref}"')
            resolved = json.loads(text)
            for res in resolved:  # conditional references must resolve, or nothing is written
                for rel in res.get("relatesTo", []):
                    ref = rel["target"]["reference"]
                    if "?" in ref:
                        kind, _, query = ref.partition("?")
                        found = self.find(kind, query)
                        if not found:
                            return 412, outcome("not-found", f"conditional reference {ref} matched nothing")
                        rel["target"]["reference"] = f"{kind}/{found}"
            for (kind, new_id, existing, _), res in zip(plan, resolved, strict=True):
                if existing:
                    continue
                res["id"] = new_id
                self.resources.setdefault(kind, {})[new_id] = res
                for ident in _idents(res):
                    self.by_identifier[(kind, ident.get("system", ""), ident.get("value", ""))] = new_id
            self.transactions += 1
        return 200, {"resourceType": "Bundle", "type": "transaction-response", "entry": responses}


def _idents(res: dict) -> list[dict]:
    ident = res.get("identifier", [])
    return [ident] if isinstance(ident, dict) else ident


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args) -> None:  # quiet
        pass

    def _send(self, status: int, body: dict, extra: dict | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/fhir+json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def do_POST(self) -> None:
        st = self.server.state
        path = urlparse(self.path).path
        if path == "/token":
            form = {k: v[0] for k, v in parse_qs(self._body().decode()).items()}
            if form.get("grant_type") != "client_credentials" or (form.get("client_id"), form.get("client_secret")) != (
                st.client_id,
                st.client_secret,
            ):
                self._send(401, {"error": "invalid_client"})
                return
            token = secrets.token_urlsafe(24)
            with st.lock:
                st.tokens[token] = time.time() + st.token_ttl_s
                st.tokens_issued += 1
            self._send(200, {"access_token": token, "token_type": "Bearer", "expires_in": int(st.token_ttl_s)})
            return
        if path.rstrip("/") != "/fhir":
            self._send(404, outcome("not-found", path))
            return
        token = self.headers.get("Authorization", "").removeprefix("Bearer ")
        if st.tokens.get(token, 0) < time.time():
            self._send(401, outcome("login", "missing or expired bearer token"))
            return
        try:
            bundle = json.loads(self._body())
        except (json.JSONDecodeError, UnicodeDecodeError):
            self._send(400, outcome("structure", "body is not JSON"))
            return
        status, body = st.transaction(bundle)
        self._send(status, body)

    def do_GET(self) -> None:
        st = self.server.state
        url = urlparse(self.path)
        kind = url.path.removeprefix("/fhir/")
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        with st.lock:
            if "identifier" in q:
                found = st.find(kind, "identifier=" + q["identifier"])
                items = [st.resources[kind][found]] if found else []
            else:
                items = list(st.resources.get(kind, {}).values())
        self._send(
            200,
            {
                "resourceType": "Bundle",
                "type": "searchset",
                "total": len(items),
                "entry": [{"resource": r} for r in items],
            },
        )


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """Clients that hang up mid-request are part of the tests (injected faults): not an error to print."""

    def __init__(self, state: FhirState):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = state


class FhirTestServer:
    """Start with ``with FhirTestServer() as srv:``; ``srv.base`` is the FHIR base URL."""

    def __init__(
        self,
        client_id: str = "chartside-laptop",
        client_secret: str = "s3cret-for-tests",  # noqa: S107 - the test server's own fixed credential
        token_ttl_s: float = 300,
    ):
        self.state = FhirState(client_id, client_secret, token_ttl_s)
        self.httpd = _Server(self.state)
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}/fhir"
        self.token_url = f"http://127.0.0.1:{self.port}/token"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FhirTestServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
