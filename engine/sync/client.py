"""HTTP to the central FHIR API: OAuth2 client credentials (token cached until shortly before expiry) or a
static bearer token, TLS verification on by default (custom CA bundle for hospital proxies), timeouts, and
a classification of every answer into sent / retry / dead / unreachable.

A ``transaction-response`` counts as sent only when it answers every entry and every entry's
``response.status`` is 2xx: a server that processes entries one by one (Medplum without atomic
transactions) answers 200 with some entries refused, and such a note is not sent."""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from enum import StrEnum

import httpx

from engine.config import Settings
from engine.errors import ChartsideError


class SyncConfigError(ChartsideError):
    exit_code = 3


class Verdict(StrEnum):
    sent = "sent"
    retry = "retry"  # transient: try again (now, or at a later run)
    dead = "dead"  # the server rejected this note: a person must look at it
    unreachable = "unreachable"  # no connection at all: counts towards the circuit breaker
    auth = "auth"  # credentials rejected: stop the run, it is a configuration problem


@dataclass
class PushResult:
    verdict: Verdict
    message: str = ""
    retry_after_s: float | None = None
    body: dict | None = None  # the transaction-response, when there was one
    failed: list[str] = field(default_factory=list)  # "Kind/id: HTTP 400 why" for each refused entry
    stored: int = 0  # entries the server confirmed (2xx) in this answer
    partial: bool = False  # part of the note is on the server, part is not


def client_secret(settings: Settings) -> str | None:
    """The OAuth2 client secret: from the OS keyring (service ``chartside-sync``) first, then settings."""
    try:
        import keyring

        secret = keyring.get_password("chartside-sync", settings.sync_client_id or "")
        if secret:
            return secret
    except Exception:  # noqa: BLE001, S110 - no keyring backend here: the managed setting is the fallback
        pass
    return settings.sync_client_secret


class FhirClient:
    """Pushes transaction bundles; thread-safe (one httpx client, one token cache)."""

    def __init__(self, settings: Settings):
        if not settings.sync_url:
            raise SyncConfigError("No sync endpoint is configured; set sync_url (CHARTSIDE_SYNC_URL) or ask IT.")
        self.settings = settings
        verify: bool | str = str(settings.sync_ca_bundle) if settings.sync_ca_bundle else settings.sync_verify_tls
        self.http = httpx.Client(
            timeout=settings.sync_timeout_s, verify=verify, headers={"Accept": "application/fhir+json"}
        )
        self._token: str | None = settings.sync_bearer_token
        self._expires = float("inf") if self._token else 0.0
        self._lock = threading.Lock()
        # At most ``sync_concurrency`` requests in flight. The worker runs more notes than that at once, so
        # a note sitting out a retry wait (backoff, Retry-After) leaves its slot to another note's request.
        self._slots = threading.BoundedSemaphore(settings.sync_concurrency)

    def close(self) -> None:
        self.http.close()

    def token(self, force: bool = False) -> str:
        with self._lock:
            if self._token and not force and time.time() < self._expires - 30:
                return self._token
            s = self.settings
            if not s.sync_token_url:
                if self._token:
                    return self._token
                raise SyncConfigError(
                    "No sync credentials are configured; set sync_token_url and sync_client_id, or sync_bearer_token."
                )
            form = {
                "grant_type": "client_credentials",
                "client_id": s.sync_client_id or "",
                "client_secret": client_secret(s) or "",
            }
            if s.sync_scope:
                form["scope"] = s.sync_scope
            resp = self.http.post(s.sync_token_url, data=form)
            if resp.status_code in (400, 401, 403):
                raise PermissionError("the token endpoint rejected the client credentials")
            resp.raise_for_status()
            data = resp.json()
            self._token = data["access_token"]
            self._expires = time.time() + float(data.get("expires_in", 300))
            return self._token

    def find(self, kind: str, system: str, value: str) -> str | None:
        """``Kind/<id>`` of the one resource with this identifier, or None (no match, several, or no answer)."""
        try:
            with self._slots:
                resp = self.http.get(
                    f"{self.settings.sync_url.rstrip('/')}/{kind}",
                    params={"identifier": f"{system}|{value}"},
                    headers={"Authorization": f"Bearer {self.token()}"},
                )
            body = resp.json() if resp.status_code == 200 else {}
        except (httpx.HTTPError, ValueError, PermissionError):
            return None
        found = [e.get("resource", {}).get("id") for e in body.get("entry", []) if e.get("resource")]
        return f"{kind}/{found[0]}" if len(found) == 1 and found[0] else None

    def push(self, bundle: dict) -> PushResult:
        """POST one transaction bundle and classify the answer, entry by entry."""
        try:
            with self._slots:
                resp = self._post(bundle)
                if resp.status_code == 401:
                    resp = self._post(bundle, force_token=True)  # token revoked or expired early: one fresh try
        except PermissionError as exc:
            return PushResult(Verdict.auth, str(exc))
        except httpx.ConnectError as exc:
            return PushResult(Verdict.unreachable, f"cannot connect ({type(exc).__name__})")
        except (httpx.TimeoutException, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            # The server may have committed before the connection broke: retrying is safe (conditional creates).
            return PushResult(Verdict.retry, f"connection broke ({type(exc).__name__})")
        except (httpx.HTTPStatusError, KeyError, ValueError) as exc:
            return PushResult(Verdict.retry, f"token endpoint failed ({type(exc).__name__})")
        return classify(resp, bundle)

    def _post(self, bundle: dict, force_token: bool = False) -> httpx.Response:
        return self.http.post(
            self.settings.sync_url,
            json=bundle,
            headers={"Authorization": f"Bearer {self.token(force_token)}", "Content-Type": "application/fhir+json"},
        )


def _retry_after(resp: httpx.Response) -> float | None:
    value = resp.headers.get("Retry-After")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff


def _diagnostics(resp: httpx.Response) -> str:
    try:
        body = resp.json()
        issues = body.get("issue", []) if isinstance(body, dict) else []
        text = "; ".join(i.get("diagnostics") or i.get("details", {}).get("text", "") for i in issues)
        return text.strip() or f"HTTP {resp.status_code}"
    except ValueError:
        return f"HTTP {resp.status_code} with a body that is not JSON"


def _entry_code(entry: dict) -> int | None:
    status = str((entry.get("response") or {}).get("status", "")).strip()
    m = re.match(r"(\d{3})", status)
    return int(m.group(1)) if m else None


def _entry_why(entry: dict) -> str:
    issues = ((entry.get("response") or {}).get("outcome") or {}).get("issue", [])
    return "; ".join(i.get("diagnostics") or i.get("details", {}).get("text", "") for i in issues).strip()


def _entry_name(request_entry: dict | None, index: int) -> str:
    if not request_entry:
        return f"entry {index}"
    res = request_entry.get("resource", {})
    kind = res.get("resourceType", "resource")
    return f"{kind}/{res['id']}" if res.get("id") else kind


def check_entries(body: dict, bundle: dict | None = None) -> PushResult:
    """Every entry of a transaction-response: sent only if all are 2xx and none is missing."""
    answers = body.get("entry") or []
    asked = (bundle or {}).get("entry") or []
    if asked and len(answers) != len(asked):
        return PushResult(
            Verdict.retry,
            f"the server answered {len(answers)} entries for {len(asked)}: not confirmed",
            body=body,
        )
    failed, transient, stored = [], False, 0
    for i, e in enumerate(answers):
        code = _entry_code(e)
        if code is not None and 200 <= code < 300:
            stored += 1
            continue
        why = _entry_why(e)
        failed.append(
            f"{_entry_name(asked[i] if i < len(asked) else None, i)}: HTTP {code or '?'}" + (f" {why}" if why else "")
        )
        transient = transient or code is None or code >= 500 or code in (408, 429)
    if not failed:
        return PushResult(Verdict.sent, body=body, stored=stored)
    head = f"{len(failed)} of {len(answers)} entries refused ({stored} stored)"
    verdict = Verdict.retry if transient else Verdict.dead
    return PushResult(
        verdict, f"{head}: " + "; ".join(failed), body=body, failed=failed, stored=stored, partial=stored > 0
    )


def classify(resp: httpx.Response, bundle: dict | None = None) -> PushResult:
    """Map an HTTP answer to what the outbox should do with the note; ``bundle`` names refused entries."""
    code = resp.status_code
    if code in (200, 201):
        try:
            body = resp.json()
        except ValueError:
            return PushResult(Verdict.retry, "the server answered 200 with a body that is not JSON")
        if (
            isinstance(body, dict)
            and body.get("resourceType") == "Bundle"
            and body.get("type") == "transaction-response"
        ):
            return check_entries(body, bundle)
        return PushResult(Verdict.retry, "the server answered 200 without a transaction-response")
    if code in (429, 503):
        return PushResult(Verdict.retry, f"server busy (HTTP {code})", _retry_after(resp))
    if code == 401 or code == 403:
        return PushResult(Verdict.auth, f"the server refused our credentials (HTTP {code})")
    if code >= 500 or code == 408:
        return PushResult(Verdict.retry, f"server error (HTTP {code})")
    return PushResult(Verdict.dead, f"HTTP {code}: {_diagnostics(resp)}")
