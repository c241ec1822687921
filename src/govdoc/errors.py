"""The typed errors govdoc raises for input it cannot read.

Every failure is a `GovDocError` whose `code` is a stable kebab-case string from the output
contract, so a batch job can count and route failures without parsing messages.
"""

from __future__ import annotations

from govdoc.paths import text_path


class GovDocError(Exception):
    """Base class: a document that cannot be read. `code` is stable; `message` is for people."""

    code: str = "govdoc-error"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.sha256: str | None = None  # of the input bytes, where they could be read

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.code}: {self.message}"

    def to_record(self) -> dict[str, object]:
        """The error record, one shape everywhere (parse, batch, service):
        `{"path": …, "sha256": …, "error": {"code": …, "message": …}}`; sha256 is null where the
        bytes could not be read."""
        path = text_path(self.path) if self.path is not None else None
        return {"path": path, "sha256": self.sha256, "error": {"code": self.code, "message": self.message}}


class UnsupportedFormatError(GovDocError):
    """Not a format govdoc reads, or a "text" file that is really binary."""

    code = "unsupported-format"


class EmptyDocumentError(GovDocError):
    """No text at all, or only whitespace."""

    code = "empty-document"


class EncodingUndetectedError(GovDocError):
    """Bytes whose character encoding could not be determined."""

    code = "encoding-undetected"


class UnreadableFileError(GovDocError):
    """A path that cannot be read at all: missing, or no permission (an addition to the contract's codes)."""

    code = "unreadable-file"


class CorruptFileError(GovDocError):
    """A file of a known format that is damaged."""

    code = "corrupt-file"


class EncryptedError(GovDocError):
    """A file protected by a password needed to open it."""

    code = "encrypted"


class NoTextLayerError(GovDocError):
    """A scanned PDF: pages without any text; OCR is needed."""

    code = "no-text-layer"


class TooLargeError(GovDocError):
    """Input larger than the configured limit."""

    code = "too-large"


class ParseTimeoutError(GovDocError):
    """A file that took longer than the batch runner's per-file limit."""

    code = "timeout"


class NotAGovernmentDocumentError(GovDocError):
    """Raised only in strict mode: the text shows none of a government document's parts."""

    code = "not-a-government-document"


class MissingDependencyError(GovDocError):
    """An optional feature was asked for whose extra is not installed; the message names the extra.

    Typed (not `internal-error`), because the fix is the caller's: `pip install 'govdoc[EXTRA]'`.
    """

    code = "missing-dependency"

    def __init__(self, message: str, *, extra: str, path: str | None = None) -> None:
        super().__init__(message, path=path)
        self.extra = extra


class InternalError(GovDocError):
    """A fault in govdoc itself, never in the input's shape: please report it with the file.

    Raised in place of any unexpected exception, so that nothing but `GovDocError` escapes
    `govdoc.parse` and a batch records the file instead of crashing (an addition to the
    contract's codes); the original exception is chained as `__cause__`.
    """

    code = "internal-error"


ERROR_CLASSES: tuple[type[GovDocError], ...] = (
    UnsupportedFormatError,
    UnreadableFileError,
    EmptyDocumentError,
    EncodingUndetectedError,
    CorruptFileError,
    EncryptedError,
    NoTextLayerError,
    TooLargeError,
    ParseTimeoutError,
    NotAGovernmentDocumentError,
    MissingDependencyError,
    InternalError,
)
