"""`python -m engine` is the `chartside` command."""

from engine.cli import app

app(prog_name="chartside")
