"""HTTP to the central FHIR API: OAuth2 client credentials (token cached until shortly before expiry) or a
static bearer token, TLS verification on by default (custom CA bundle for hospital proxies), timeouts, and
a classification of every answer into sent / retry / dead / unreachable."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
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

    def push(self, bundle: dict) -> PushResult:
        """POST one transaction bundle and classify the answer."""
        try:
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
        return classify(resp)

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


def classify(resp: httpx.Response) -> PushResult:
    """Map an HTTP answer to what the outbox should do with the note."""
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
            return PushResult(Verdict.sent)
        return PushResult(Verdict.retry, "the server answered 200 without a transaction-response")
    if code in (429, 503):
        return PushResult(Verdict.retry, f"server busy (HTTP {code})", _retry_after(resp))
    if code == 401 or code == 403:
        return PushResult(Verdict.auth, f"the server refused our credentials (HTTP {code})")
    if code >= 500 or code == 408:
        return PushResult(Verdict.retry, f"server error (HTTP {code})")
    return PushResult(Verdict.dead, f"HTTP {code}: {_diagnostics(resp)}")
