"""`python -m desktop` opens Chartside (what `make run` and a bare `chartside` do)."""

from desktop.main import run

run()
