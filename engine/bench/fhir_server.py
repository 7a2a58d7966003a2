"""A small FHIR R4 endpoint for tests and benchmarks, on 127.0.0.1 only. Not for production.

It does what the sync protocol relies on, strictly: OAuth2 client credentials (``POST /token``), bearer
checks, R4 validation of every resource (fhir.resources R4B), ``transaction`` Bundles with conditional
create (``ifNoneExist``) and update-as-create (``PUT Kind/<id>``), ``urn:uuid`` references, literal
references that must point at something (as HAPI checks), and searches by identifier. Two modes, like the
servers it stands in for: ``atomic=True`` (all entries or none; a conditional transaction of more than 8
entries is refused, as Medplum's ``transaction-bundles`` does) and ``atomic=False`` (entry by entry: a 200
whose failed entries carry their own 4xx, as Medplum without that feature). ``max_attachment_bytes``
refuses bigger attachments entry by entry (Medplum's 1 MiB base64Binary limit).
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

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        token_ttl_s: float = 300,
        atomic: bool = True,
        max_attachment_bytes: int | None = None,
        strict_max_entries: int = 8,
    ):
        self.lock = threading.Lock()
        self.atomic, self.max_attachment_bytes, self.strict_max_entries = (
            atomic,
            max_attachment_bytes,
            strict_max_entries,
        )
        self.versions: dict[tuple[str, str], int] = {}
        self.writes = 0
        self.entry_errors = 0
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
        entries = bundle.get("entry") or []
        conditional = any(
            e.get("request", {}).get("ifNoneExist") or "?" in e.get("request", {}).get("url", "") for e in entries
        )
        if self.atomic and conditional and len(entries) > self.strict_max_entries:
            # what Medplum with the transaction-bundles feature answers (its limit is 8 entries)
            return 400, outcome("invalid", "Transaction requires strict isolation but has too many entries")
        with self.lock:
            url_to_ref: dict[str, str] = {}
            plan, responses, errors = [], [], []
            for i, e in enumerate(entries):
                res, req = e["resource"], e.get("request", {})
                kind = res["resourceType"]
                method, url = req.get("method"), req.get("url", "")
                if method == "POST" and url == kind:
                    existing = self.find(kind, req["ifNoneExist"]) if req.get("ifNoneExist") else None
                    the_id = existing or str(uuid.uuid4())
                elif method == "PUT" and url == f"{kind}/{res.get('id')}" and res.get("id"):
                    the_id = res["id"]
                    existing = the_id if the_id in self.resources.get(kind, {}) else None
                else:
                    return 400, outcome("not-supported", f"only POST {kind} and PUT {kind}/<id> are supported")
                if e.get("fullUrl"):
                    url_to_ref[e["fullUrl"]] = f"{kind}/{the_id}"
                plan.append((i, kind, the_id, existing, method, res))
            text = json.dumps([p[5] for p in plan])
            for url, ref in url_to_ref.items():
                text = text.replace(f'"{url}"', f'"{ref}"')
            resolved = json.loads(text)
            in_bundle = {f"{p[1]}/{p[2]}" for p in plan}
            written = []
            for (i, kind, the_id, existing, method, _), res in zip(plan, resolved, strict=True):
                problem = self._entry_problem(res, in_bundle)
                if problem:
                    status, text_ = problem
                    if self.atomic:
                        return int(status.split()[0]), outcome("invalid", f"Bundle.entry[{i}]: {text_}")
                    errors.append(i)
                    responses.append({"response": {"status": status, "outcome": outcome("invalid", text_)}})
                    continue
                if method == "POST" and existing:
                    responses.append({"response": {"status": "200 OK", "location": f"{kind}/{the_id}/_history/1"}})
                    continue
                res["id"] = the_id
                written.append((kind, the_id, res))
                version = self.versions.get((kind, the_id), 0) + 1
                status = "200 OK" if existing else "201 Created"
                responses.append({"response": {"status": status, "location": f"{kind}/{the_id}/_history/{version}"}})
                if not self.atomic:
                    self._write(kind, the_id, res)
            if self.atomic:
                for kind, the_id, res in written:
                    self._write(kind, the_id, res)
            self.transactions += 1
            self.entry_errors += len(errors)
        return 200, {"resourceType": "Bundle", "type": "transaction-response", "entry": responses}

    def _write(self, kind: str, the_id: str, res: dict) -> None:
        self.resources.setdefault(kind, {})[the_id] = res
        self.versions[(kind, the_id)] = self.versions.get((kind, the_id), 0) + 1
        self.writes += 1
        for ident in _idents(res):
            self.by_identifier[(kind, ident.get("system", ""), ident.get("value", ""))] = the_id

    def _entry_problem(self, res: dict, in_bundle: set[str]) -> tuple[str, str] | None:
        """Why this one entry is refused (status line, text), or None: oversized attachments (Medplum's
        1 MiB base64Binary limit) and literal references to resources that do not exist (HAPI's check)."""
        for content in res.get("content", []):
            data = content.get("attachment", {}).get("data", "")
            if self.max_attachment_bytes is not None and len(data) * 3 // 4 > self.max_attachment_bytes:
                return "400 Bad Request", f"base64Binary exceeds {self.max_attachment_bytes} bytes"
        for target in _references(res):
            kind, _, the_id = target.partition("/")
            if "?" in target or not the_id or target in in_bundle:
                continue
            if the_id not in self.resources.get(kind, {}):
                return "400 Bad Request", f"reference {target} points at nothing"
        return None


def _references(node) -> list[str]:
    out = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "reference" and isinstance(v, str) and not v.startswith(("urn:", "#", "http")):
                out.append(v)
            else:
                out += _references(v)
    elif isinstance(node, list):
        for v in node:
            out += _references(v)
    return out


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
        atomic: bool = True,
        max_attachment_bytes: int | None = None,
    ):
        self.state = FhirState(client_id, client_secret, token_ttl_s, atomic, max_attachment_bytes)
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
