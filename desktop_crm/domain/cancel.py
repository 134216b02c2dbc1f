"""The one "the user cancelled" of long work. Each kind of work raises its own subclass
(``ImportCancelled``, ``ScoringCancelled``…) when its progress callback says stop; the UI
tells a cancel from a failure by this base, which its task runner also raises for work
cancelled before it started."""


class Cancelled(Exception):
    """The user cancelled; what the work would have written was not kept."""
