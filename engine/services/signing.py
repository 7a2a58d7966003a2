"""Review, edit and sign a note, amend a signed one, and print it (the clinician's acts after the draft)."""

from __future__ import annotations

from engine.services.common import Hooks, disk_errors
from engine.store.visits import load_result


class SigningMixin:
    """The review gate, edits of sections and facts, re-drafting, signing, amendments and the printed note.

    A part of ``Services`` (engine/services/facade.py): roles are checked here (``AdminMixin.require``), not
    only in a UI.
    """

    def open_flags(self, note_id: str):
        """The review flags of a note that signing waits for (none once it is signed)."""
        from engine.review_flags import unresolved

        note, result = load_result(self.store, note_id)
        if note.signed_at is not None:
            return []  # a signed note waits for nothing; signing it again is refused as such
        return unresolved(result.draft, set(), result.facts)

    def sign(self, note_id: str, signer: str, acknowledged: set[str] = frozenset(), acknowledge_all: bool = False):
        """Sign a note (a clinician's act); from now on the database refuses to change it.

        The review gate for every path (app, CLI, API): each flag must be resolved or acknowledged first.
        ``acknowledge_all`` (the CLI's --acknowledge, for scripts) acknowledges every open flag; whichever
        way, each acknowledged flag is written to the audit trail with the signature. An uncertain drug
        name (review.MUST_RESOLVE) cannot be acknowledged: the clinician must correct its fact."""
        from engine.review import ReviewError
        from engine.review_display import flag_label
        from engine.review_flags import must_resolve
        from engine.store import notes

        self.require("clinician", "sign notes")
        flags = self.open_flags(note_id)
        blocking = must_resolve(flags)
        if blocking:  # no acknowledgement, not even --acknowledge, clears these: only correcting the fact
            raise ReviewError(
                f"{len(blocking)} drug name(s) are uncertain ("
                + "; ".join(f.text for f in blocking[:3])
                + ("; …" if len(blocking) > 3 else "")
                + "); pick or type the drug that was said for each (review screen, or `chartside notes facts` then "
                "`chartside notes fact NOTE N --name DRUG`), then sign."
            )
        left = [f for f in flags if f.id not in acknowledged]
        if left and not acknowledge_all:
            raise ReviewError(
                f"{len(left)} marked item(s) are not resolved or acknowledged yet ("
                + "; ".join(f"{flag_label(f.kind)}: {f.text}" for f in left[:3])
                + ("; …" if len(left) > 3 else "")
                + "); look at each and resolve or acknowledge it before signing."
            )
        who = self.user.display_name if self.user else signer
        return notes.sign(self.store, note_id, who, acknowledged=tuple(f.id for f in flags))

    def amend(self, note_id: str, text: str, reason: str, author: str):
        """Append an amendment to a signed note (a clinician's act)."""
        from engine.store import notes

        self.require("clinician", "amend notes")
        return notes.amend(self.store, note_id, text, reason, self.user.display_name if self.user else author)

    def amendments(self, note_id: str):
        """A signed note's amendments, oldest first (append-only)."""
        from sqlmodel import select

        from engine.store.tables import Amendment

        with self.store.session() as s:
            return list(s.exec(select(Amendment).where(Amendment.note_id == note_id).order_by(Amendment.created_at)))

    def note_state(self, note_id: str):
        """(note row, pipeline result) of a stored note."""
        return load_result(self.store, note_id)

    def edit_section(self, note_id: str, key: str, text: str):
        """Replace one section with the clinician's text (checked by the verifier, saved as a new version)."""
        from engine.review import edit_section, save_draft

        self.require("clinician", "edit notes")
        _note, result = load_result(self.store, note_id)
        draft = edit_section(result, key, text)
        with disk_errors():
            save_draft(self.store, note_id, draft, self._actor())
        return draft

    def edit_fact(
        self, note_id: str, index: int, name: str, attributes: dict[str, str], negated: bool, delete: bool = False
    ):
        """Correct (or delete) one extracted fact of an unsigned note; the FHIR export uses the corrected facts."""
        from engine.review import edit_fact, rewrite_for_fact, save_draft, save_facts

        self.require("clinician", "edit facts")
        _note, result = load_result(self.store, note_id)
        facts = edit_fact(result.facts, index, name, attributes, negated, delete)
        # the drafted statements that named the old fact now say the corrected one (clinician text untouched)
        draft = rewrite_for_fact(result.draft, result.facts[index], None if delete else facts[index])
        with disk_errors():
            save_facts(self.store, result.visit_id, note_id, facts, self._actor())
            if draft != result.draft:
                save_draft(self.store, note_id, draft, self._actor(), action="fact_rewrite")
        return facts

    def add_fact(self, note_id: str, kind: str, name: str, attributes: dict[str, str], evidence: list) -> list:
        """Add a fact the extraction missed to an unsigned note (from a review item's moment of the recording)."""
        from engine.review import add_fact, save_facts

        self.require("clinician", "edit facts")
        _note, result = load_result(self.store, note_id)
        facts = add_fact(result.facts, kind, name, attributes, evidence)
        with disk_errors():
            save_facts(self.store, result.visit_id, note_id, facts, self._actor())
        return facts

    def redraft(self, note_id: str, template: str, hooks: Hooks | None = None):
        """Draft an unsigned note again (another template, or the same one): every earlier version stays in the
        store, and sections the clinician edited under this template keep the clinician's text."""
        from engine.review import carry_edits, earlier_drafts, save_draft

        self.require("clinician", "re-draft notes")
        _note, result = load_result(self.store, note_id)
        draft = self.draft(result.transcript, result.facts, template, hooks)
        # The clinician's edits of this template's sections come back (every draft is a stored version).
        draft, _kept = carry_edits(draft, earlier_drafts(self.store, result.visit_id))
        with disk_errors():
            save_draft(self.store, note_id, draft, self._actor(), action="redraft")
        return draft

    def sign_reviewed(self, note_id: str, password: str, acknowledged: set[str]):
        """Sign after review: the password again, and every flag resolved or acknowledged."""
        from engine.auth import AuthError, check_password

        self.require("clinician", "sign notes")
        if not check_password(password, self.user.password_hash):
            raise AuthError("That password is not right; type your own password again to sign.")
        return self.sign(note_id, self.user.display_name or self.user.username, acknowledged)

    def pdf_bytes(self, note_id: str) -> bytes:
        """The note as PDF (letterhead from the settings, signature block once signed), built in memory."""
        from engine.export.pdf import render_pdf

        note, result = load_result(self.store, note_id)
        return render_pdf(
            result.draft,
            note_id=note_id,
            letterhead=self.settings.letterhead,
            signed_by=note.signed_by,
            signed_at=note.signed_at,
            info=self.print_info(note_id),
        )

    def print_info(self, note_id: str):
        """Who and when, as the printed note shows them: the patient identifier, the visit's start, the
        clinician's name and credentials (settings, else the signer or the signed-in user), the clinic zone."""
        from engine.export.pdf import print_info
        from engine.store.tables import Note, Patient, Visit

        with self.store.session() as s:
            note = s.get(Note, note_id)
            visit = s.get(Visit, note.visit_id) if note else None
            patient = s.get(Patient, visit.patient_id) if visit and visit.patient_id else None
            signer = note.signed_by if note else None
        me = (self.user.display_name or self.user.username) if self.user else ""
        return print_info(self.settings, patient, visit, signer, me)

    def clinic_time(self, at) -> str:
        """A stored time in the clinic's time zone, as shown on screen and paper."""
        from engine.export.pdf import clinic_time

        return clinic_time(at, self.settings.clinic_timezone or None)
