"""The frozen program's entry point: the `chartside` command (no command opens the app)."""

import multiprocessing

if __name__ == "__main__":
    # The native window runs pywebview in a child process; a frozen program must hand such children over.
    multiprocessing.freeze_support()
    from engine.cli import app

    app(prog_name="chartside")
