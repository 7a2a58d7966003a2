"""The note as a PDF (reportlab): letterhead, patient and visit, sections as written, signature, page numbers.

What is printed is the note itself: never the verifier's notices, the template's content hash, the internal
note id (a short reference is enough to find it again) or a UTC time — times are in the clinic's time zone.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from engine.types import Draft, SentenceStatus


def clinic_zone(name: str | None) -> tzinfo:
    """The clinic's time zone (an IANA name such as "Europe/Berlin"); empty or unknown: this computer's."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return datetime.now().astimezone().tzinfo or UTC


def clinic_time(at: datetime | None, zone: str | None = None) -> str:
    """A stored time (UTC; naive means UTC) as the clinic reads it: "2026-11-21 14:03 CET"."""
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    local = at.astimezone(clinic_zone(zone))
    return f"{local:%Y-%m-%d %H:%M} {local.tzname() or ''}".strip()


def short_ref(note_id: str) -> str:
    """A short reference to the note (the first 8 characters of its id), enough to find it in the app."""
    return note_id[:8].upper()


@dataclass(frozen=True)
class PrintInfo:
    """What the printed note says about whom and when (everything optional; missing lines are left out)."""

    patient: str = ""
    visit_at: datetime | None = None
    clinician: str = ""
    credentials: str = ""
    zone: str | None = None


def print_info(settings, patient, visit, signer: str | None = None, user: str = "") -> PrintInfo:
    """What a printed note says about whom and when, from the store's patient and visit rows and the
    clinic's settings (name and credentials, else the signer, else the signed-in user; the clinic zone)."""
    return PrintInfo(
        patient=patient.identifier if patient else "",
        visit_at=visit.created_at if visit else None,
        clinician=settings.clinician_name or signer or user,
        credentials=settings.clinician_credentials,
        zone=settings.clinic_timezone or None,
    )


def _footer(label: str):
    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(18 * mm, 10 * mm, label)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    return draw


def template_title(ref: str) -> str:
    """ "soap@3f2a…" -> "SOAP note"; the content hash is for the audit trail, not the page."""
    name = ref.split("@")[0]
    titles = {"soap": "SOAP note", "hp": "History and physical", "progress": "Progress note"}
    return titles.get(name, name.replace("_", " ").replace("-", " ").capitalize())


def write_pdf(
    draft: Draft,
    out: Path,
    *,
    note_id: str,
    letterhead: str = "Chartside",
    signed_by: str | None = None,
    signed_at: datetime | None = None,
    info: PrintInfo | None = None,
) -> Path:
    """Write the clinician-facing note to ``out`` atomically (a temp file renamed into place)."""
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.write_bytes(
        render_pdf(draft, note_id=note_id, letterhead=letterhead, signed_by=signed_by, signed_at=signed_at, info=info)
    )
    tmp.replace(out)
    return out


def _lines(text: str) -> list[str]:
    """A sentence or a clinician's section as printed lines: the line breaks the clinician typed are kept."""
    return [line.rstrip() for line in text.strip().splitlines()] or [""]


def render_pdf(
    draft: Draft,
    *,
    note_id: str,
    letterhead: str = "Chartside",
    signed_by: str | None = None,
    signed_at: datetime | None = None,
    info: PrintInfo | None = None,
) -> bytes:
    """The note as PDF bytes, built in memory (no temporary file ever holds patient data)."""
    info = info or PrintInfo()
    buffer = io.BytesIO()
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=10, leading=13, spaceAfter=2)
    small = ParagraphStyle("small", parent=body, fontSize=9, textColor=colors.HexColor("#374151"))
    warn = ParagraphStyle("warn", parent=body, textColor=colors.HexColor("#9a3412"))
    head_lines = _lines(letterhead or "Chartside")
    flow = [Paragraph(escape(head_lines[0]), styles["Title"])]
    flow += [Paragraph(escape(line), small) for line in head_lines[1:] if line]
    flow.append(Spacer(1, 3 * mm))
    details = [
        f"<b>Patient:</b> {escape(info.patient)}" if info.patient else "<b>Patient:</b> (no identifier recorded)",
        f"<b>Visit:</b> {escape(clinic_time(info.visit_at, info.zone))}" if info.visit_at else "",
        f"<b>Clinician:</b> {escape(', '.join(x for x in (info.clinician, info.credentials) if x))}"
        if info.clinician or info.credentials
        else "",
        f"<b>{escape(template_title(draft.template))}</b> · reference {escape(short_ref(note_id))}",
    ]
    flow += [Paragraph(d, small) for d in details if d]
    if not (signed_by and signed_at):
        flow.append(Paragraph("DRAFT — not signed. Review every statement before signing.", warn))
    flow.append(Spacer(1, 5 * mm))
    for sec in draft.sections:
        flow.append(Paragraph(escape(sec.title), styles["Heading2"]))
        lines = [line for s in sec.sentences if s.status == SentenceStatus.supported for line in _lines(s.text)]
        for line in lines or ["(nothing recorded)"]:
            flow.append(Paragraph(escape(line) or "&nbsp;", body))
    if signed_by and signed_at:
        who = ", ".join(x for x in (signed_by, info.credentials) if x)
        flow += [
            Spacer(1, 6 * mm),
            Paragraph(
                f"Signed by {escape(who)} on {escape(clinic_time(signed_at, info.zone))} (electronic signature)", body
            ),
        ]
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title="Clinical note",
        author=head_lines[0],
    )
    footer = _footer(" · ".join(x for x in (head_lines[0], info.patient, f"ref {short_ref(note_id)}") if x))
    doc.build(flow, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
