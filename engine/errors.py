"""Errors a user can cause. Each carries one sentence that says what happened and what to do.

The CLI and UI show ``str(error)`` and nothing else: no traceback ever reaches a clinician.
"""


class ChartsideError(Exception):
    """Base class: the message is a complete, user-facing sentence."""

    exit_code = 1


class AudioError(ChartsideError):
    """The audio could not be used (unreadable, empty, too short, too long, silent)."""

    exit_code = 3


class ModelMissingError(ChartsideError):
    """A model file is not installed or does not match its checksum."""

    exit_code = 4


class StoreError(ChartsideError):
    """The encrypted store cannot be opened or written."""

    exit_code = 5


class StoreLockedError(StoreError):
    """The key for the store is missing or wrong."""


class TemplateError(ChartsideError):
    """A note template is unknown or malformed."""

    exit_code = 6
