"""One exception root for the project.

Each subclass carries an exit code and a message a curator or operator can act on. `transient` tells
the queue whether a retry may help (Redis hiccup, I/O timeout) or not (an unreadable image).
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    ok = 0
    bad_args = 2
    input_file = 3
    missing_dependency = 4
    engine_failed = 5
    transient = 6
    nothing_processed = 7
    invalid_output = 8
    output_folder = 9
    busy = 10
    internal = 15
    # 128 + the signal's number, as shells report a program a signal stopped
    interrupted = 130
    terminated = 143


class LabelscribeError(Exception):
    """Root of every error labelscribe raises on purpose."""

    exit_code: ExitCode = ExitCode.internal
    transient: bool = False
    kind: str = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputFileError(LabelscribeError):
    """The image cannot be used: missing, empty, truncated, not an image, absurdly large."""

    exit_code = ExitCode.input_file
    kind = "input_file"


class MissingDependencyError(LabelscribeError):
    """An external program or its data is not installed; the message says how to install it."""

    exit_code = ExitCode.missing_dependency
    kind = "missing_dependency"


class EngineError(LabelscribeError):
    """An OCR or barcode engine crashed on this input."""

    exit_code = ExitCode.engine_failed
    kind = "engine_failed"


class TransientError(LabelscribeError):
    """Something that may work when tried again (I/O hiccup, lost connection)."""

    exit_code = ExitCode.transient
    transient = True
    kind = "transient"


class NothingProcessedError(LabelscribeError):
    exit_code = ExitCode.nothing_processed
    kind = "nothing_processed"


class InvalidOutputError(LabelscribeError):
    exit_code = ExitCode.invalid_output
    kind = "invalid_output"


class OutputFolderError(LabelscribeError):
    """The output folder cannot be used: not writable, full, on a read-only file system.

    Transient as far as the queue is concerned: a full disk may be freed and the job retried.
    """

    exit_code = ExitCode.output_folder
    transient = True
    kind = "output_folder"


class FolderBusyError(LabelscribeError):
    """Another labelscribe process holds the output folder's lock."""

    exit_code = ExitCode.busy
    kind = "busy"


class StoppedError(LabelscribeError):
    """The operator stopped the run (Ctrl+C, SIGTERM); what was done is kept and can be resumed."""

    kind = "stopped"

    def __init__(self, message: str, *, exit_code: ExitCode = ExitCode.interrupted) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class QueueUnavailableError(TransientError):
    """Redis (the job queue) cannot be reached; the message says where and how to start it."""

    kind = "queue_unavailable"


class QueueFullError(LabelscribeError):
    """Redis refused a write because it reached its memory limit (maxmemory)."""

    exit_code = ExitCode.transient
    transient = True
    kind = "queue_full"


class UnknownBatchError(LabelscribeError):
    """A queue command names a batch that Redis does not know."""

    exit_code = ExitCode.bad_args
    kind = "unknown_batch"
