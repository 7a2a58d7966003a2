"""The note as a PDF (reportlab): letterhead, visit details, sections, verifier notices, page numbers."""

from __future__ import annotations

import io
import os
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from engine.types import Draft, SentenceStatus


def _footer(label: str):
    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(18 * mm, 10 * mm, label)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    return draw


def write_pdf(
    draft: Draft,
    out: Path,
    *,
    note_id: str,
    letterhead: str = "Chartside",
    signed_by: str | None = None,
    signed_at: datetime | None = None,
) -> Path:
    """Write the clinician-facing note to ``out`` atomically (a temp file renamed into place)."""
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.write_bytes(render_pdf(draft, note_id=note_id, letterhead=letterhead, signed_by=signed_by, signed_at=signed_at))
    tmp.replace(out)
    return out


def render_pdf(
    draft: Draft,
    *,
    note_id: str,
    letterhead: str = "Chartside",
    signed_by: str | None = None,
    signed_at: datetime | None = None,
) -> bytes:
    """The note as PDF bytes, built in memory (no temporary file ever holds patient data)."""
    buffer = io.BytesIO()
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=10, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=8, textColor=colors.grey)
    warn = ParagraphStyle("warn", parent=body, textColor=colors.HexColor("#9a3412"))
    status = (
        f"Signed by {escape(signed_by)} at {signed_at:%Y-%m-%d %H:%M} UTC"
        if signed_by and signed_at
        else "DRAFT — not signed. Review every statement before signing."
    )
    flow = [
        Paragraph(escape(letterhead), styles["Title"]),
        Paragraph(f"Clinical note · template {escape(draft.template)} · note {escape(note_id)}", small),
        Paragraph(status, warn if not signed_by else small),
        Spacer(1, 6 * mm),
    ]
    for sec in draft.sections:
        flow.append(Paragraph(escape(sec.title), styles["Heading2"]))
        lines = [s.text for s in sec.sentences if s.status == SentenceStatus.supported]
        for line in lines or ["(nothing recorded)"]:
            flow.append(Paragraph(escape(line), body))
    if draft.removed:
        flow += [
            Spacer(1, 4 * mm),
            Paragraph(
                f"The verifier removed {len(draft.removed)} statement(s) written by the model that the visit "
                "did not support.",
                warn,
            ),
        ]
    for note in draft.notes:
        flow.append(Paragraph(escape(note), warn))
    if draft.omissions:
        flow.append(Paragraph("In the visit but not in this note: " + escape("; ".join(draft.omissions)), warn))
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title="Clinical note",
        author=letterhead,
    )
    footer = _footer(f"{letterhead} · note {note_id}")
    doc.build(flow, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
