"""New visit: choose or create the patient, record from the microphone with a level meter, pause,
elapsed time and the transcript appearing live — or import an audio file. Stop hands over to the
working page, which shows the draft arriving."""

from __future__ import annotations

import time
from pathlib import Path

from nicegui import ui

from engine.audio.capture import FileSource
from engine.errors import ChartsideError
from engine.store.tables import new_id
from ui.frame import allowed, frame, labelled
from ui.jobs import progress_words, readable_draft, start_job
from ui.state import AppState


def _mmss(seconds: float) -> str:
    return f"{int(seconds // 60):02d}:{int(seconds % 60):02d}"


def register(state: AppState) -> None:
    services = state.services

    def source():
        s = services.settings
        if s.simulated_microphone:
            src = FileSource(s.simulated_microphone, speed=s.simulated_speed)
            src.name = s.simulated_microphone.name
            return src
        return None  # the microphone

    def finish(template: str) -> None:
        session = state.recording
        state.recording = None
        job = start_job("Making the note", lambda j: services.finish_recording(session, template, hooks=j.hooks()))
        state.jobs[session.visit_id] = job
        ui.navigate.to(f"/working/{session.visit_id}")

    @ui.page("/record", language="en-US")
    def record() -> None:
        if not allowed(state):
            return
        with frame(state, "New visit"):
            with ui.row().classes("items-end gap-4"):
                patient = (
                    ui.input("Patient identifier (MRN)", autocomplete=services.patient_identifiers())
                    .props("data-testid=patient clearable")
                    .mark("patient")
                    .classes("w-72")
                )
                template = ui.select(
                    services.template_names(), value=services.settings.template, label="Template"
                ).classes("w-56")
            message = ui.label("").classes("text-negative").props("data-testid=record-error").mark("record-error")
            with ui.card().classes("w-full"):
                with ui.row().classes("items-center gap-3"):
                    rec_btn = ui.button("Record (R)", icon="mic").props("color=red-9 data-testid=record").mark("record")
                    pause_btn = (
                        ui.button("Pause (Space)", icon="pause").props("outline data-testid=pause").mark("pause")
                    )
                    stop_btn = ui.button("Stop (S)", icon="stop").props("color=dark data-testid=stop").mark("stop")
                    elapsed = (
                        ui.label("00:00").classes("text-h6 font-mono").props("data-testid=elapsed").mark("elapsed")
                    )
                    status = ui.label("Ready").classes("text-grey-9")
                level = labelled(ui.linear_progress(value=0, show_value=False), "Microphone level").props(
                    "color=green size=12px"
                )
                live = (
                    ui.column()
                    .classes("w-full gap-1 max-h-96 overflow-auto")
                    .props("data-testid=live-transcript")
                    .mark("live-transcript")
                )
                shown = {"n": 0}

            def refresh() -> None:
                session = state.recording
                pause_btn.set_visibility(session is not None)
                stop_btn.set_visibility(session is not None)
                rec_btn.set_visibility(session is None)
                if session is None:
                    return
                elapsed.set_text(_mmss(session.seconds))
                level.set_value(max(0.0, min(1.0, (session.level + 60) / 60)))
                err = session.error or session.source_error
                if err:
                    message.set_text(err)
                status.set_text("Paused" if session.paused else ("Stopped" if session.stopped else "Recording"))
                pause_btn.set_text("Resume (Space)" if session.paused else "Pause (Space)")
                segs = session.segments
                with live:
                    for seg in segs[shown["n"] :]:
                        ui.label(seg.text).classes("text-body2")
                shown["n"] = len(segs)
                src = session.source
                if getattr(src, "finished", None) is not None and src.finished.is_set() and not session.stopped:
                    status.set_text("The simulated microphone reached the end of its file; press Stop.")

            def start() -> None:
                if state.recording is not None:
                    return
                try:
                    state.recording = services.start_recording(
                        patient.value or None, source=source(), template=template.value
                    )
                    state.recording.template = template.value
                except ChartsideError as exc:
                    message.set_text(str(exc))
                    return
                shown["n"] = 0
                live.clear()
                refresh()

            def pause() -> None:
                s = state.recording
                if s is not None:
                    s.resume() if s.paused else s.pause()
                    refresh()

            def stop() -> None:
                if state.recording is not None:
                    finish(template.value)

            rec_btn.on_click(start)
            pause_btn.on_click(pause)
            stop_btn.on_click(stop)
            ui.timer(0.25, refresh)

            def keys(e) -> None:
                if not e.action.keydown:
                    return
                k = e.key.name.lower()
                if k == "r":
                    start()
                elif k == "s":
                    stop()
                elif k == " ":
                    pause()

            ui.keyboard(on_key=keys)

            ui.separator()
            ui.label("…or import an audio file (WAV, MP3, M4A, OGG, WebM, FLAC)").classes("text-subtitle1")

            async def uploaded(e) -> None:
                # The upload is kept only in the store's private audio folder (a dot-file, so a crash leaves
                # nothing behind: the next start sweeps it) until the note is saved.
                suffix = Path(e.file.name).suffix[:8]
                tmp = services.store.audio_dir / f".import-{new_id()}{suffix}"
                await e.file.save(tmp)
                tmp.chmod(0o600)
                name, mrn, tpl = e.file.name, patient.value or None, template.value

                def work(job):
                    try:
                        return services.note_from_audio(tmp, tpl, mrn, hooks=job.hooks(), source_name=name)
                    finally:
                        tmp.unlink(missing_ok=True)

                key = f"import-{int(time.time() * 1000)}"
                what = f"{name} for {mrn}" if mrn else name
                state.jobs[key] = start_job("Importing", work, detail=what)
                ui.navigate.to(f"/working/{key}")

            upload = (
                ui.upload(on_upload=uploaded, auto_upload=True, max_files=1)
                .props('accept="audio/*,.wav,.mp3,.m4a,.ogg,.webm,.flac" data-testid=import hide-upload-btn')
                .classes("w-96")
            )
            # Our own header: a sentence instead of Quasar's "0.0B / 0.00%", and no unlabelled icon button;
            # the whole header picks a file with the mouse, the button below with the keyboard.
            header = "relative-position row items-center gap-2 q-pa-md cursor-pointer"
            with upload.add_slot("header"), ui.element("div").classes(header):
                ui.icon("upload_file")
                ui.label("Drop an audio file here, or click to choose one")
                labelled(ui.element("q-uploader-add-trigger"), "Audio file to import")  # its input gets the name
            ui.button("Choose a file to import", icon="folder_open", on_click=lambda: upload.run_method("pickFiles"))

    @ui.page("/working/{key}", language="en-US")
    def working(key: str) -> None:
        if not allowed(state):
            return
        job = state.jobs.get(key)
        with frame(state, job.title if job else "Nothing in progress"):
            if job is None:
                ui.button("Back to visits", on_click=lambda: ui.navigate.to("/"))
                return
            if job.detail:
                ui.label(job.detail).classes("text-subtitle1")
            stage = ui.label("").props("data-testid=stage").mark("stage").classes("text-h6")
            bar = labelled(ui.linear_progress(value=0, show_value=False), "Progress of this step").props(
                "data-testid=progress size=16px"
            )
            bar.mark("progress")
            ui.label("You can keep working: this continues if Chartside locks, and Visits lists it.").classes(
                "text-caption text-grey-9"
            )
            ui.label("The draft as it is written:").classes("text-caption text-grey-9")
            tokens = ui.label("").classes("whitespace-pre-wrap text-body1").props("data-testid=tokens").mark("tokens")
            error = ui.label("").classes("text-negative text-h6").props("data-testid=job-error").mark("job-error")
            shown = {"unknown": False}

            def poll() -> None:
                stage.set_text(progress_words(job))
                unknown = job.fraction <= 0 and not job.done  # a moving bar, not a bar stuck at 0
                if unknown != shown["unknown"]:
                    bar.props("indeterminate") if unknown else bar.props(remove="indeterminate")
                    shown["unknown"] = unknown
                bar.set_value(round(job.fraction, 3))
                tokens.set_text(readable_draft(job.streamed[-6000:])[-3000:])
                if job.done:
                    timer.deactivate()
                    if job.error:
                        error.set_text(job.error)
                        ui.button("Back to visits", on_click=lambda: ui.navigate.to("/"))
                    else:
                        ui.navigate.to(f"/review/{job.result.note_id}")

            timer = ui.timer(0.2, poll)
