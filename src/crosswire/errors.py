"""crosswire's exceptions.

::

    CrosswireError                 root: catch this to handle any crosswire failure
    ├── ConfigError                a setting or option is invalid
    │   ├── NoInputError           an ingest was given a missing path, or no files at all
    │   └── EncoderMismatchError   the store holds embeddings of another encoder than the chosen one
    ├── ModelLoadError             the spaCy pipeline or the sentence encoder cannot be loaded
    ├── IngestError                one input (file or record) cannot be turned into an Article
    │   ├── UnsupportedFormatError the file's format is not one crosswire reads
    │   ├── DecodeError            the bytes cannot be decoded as text in any tried encoding
    │   ├── EmptyContentError      the input holds no article text after extraction
    │   └── InputTooLargeError     the input exceeds ``Settings.max_file_bytes``
    ├── AnalysisError              the per-article stage failed on one article
    ├── StoreError                 the store cannot be opened, migrated or written
    │   ├── RecordError            the store refuses one record; the batch goes on
    │   ├── NotAStoreError         the database is not a crosswire store (left unchanged)
    │   └── SchemaVersionError     the database was written by a newer crosswire
    └── ExportError                a dossier cannot be rendered or fails its schema

Ingest and analysis errors are per item: the batch records them (path and
reason) and goes on.  Store errors are fatal for the command.
"""

from __future__ import annotations


class CrosswireError(Exception):
    """Base class of every error crosswire raises on purpose."""


class ConfigError(CrosswireError):
    """A setting or command-line option is invalid."""


class NoInputError(ConfigError):
    """An ingest was given a path that does not exist, or paths that hold no file."""


class EncoderMismatchError(ConfigError):
    """The chosen sentence encoder is not the one the store's embeddings were made with."""

    def __init__(self, message: str, *, choice: str, stored: str) -> None:
        super().__init__(message)
        self.choice = choice
        """The ``Settings.encoder`` value asked for ("cpu", "gpu", "auto", "e5")."""
        self.stored = stored
        """The name of the encoder that made the stored embeddings."""


class ModelLoadError(CrosswireError):
    """A packaged model could not be loaded."""


class IngestError(CrosswireError):
    """One input could not be turned into an article."""


class UnsupportedFormatError(IngestError):
    """The input's format is not one crosswire reads."""


class DecodeError(IngestError):
    """The input's bytes are not text in any encoding tried."""


class EmptyContentError(IngestError):
    """Extraction left no article text."""


class InputTooLargeError(IngestError):
    """The input is larger than the configured limit."""


class AnalysisError(CrosswireError):
    """The per-article analysis failed."""


class StoreError(CrosswireError):
    """The store cannot be opened, migrated or written."""


class RecordError(StoreError):
    """The store refuses one record (a value it cannot hold); the batch goes on."""


class NotAStoreError(StoreError):
    """The database exists but is not a crosswire store (another application's, or empty).

    Only ``ingest`` creates a store; every command refuses another
    application's database, and nothing is written to it.
    """


class SchemaVersionError(StoreError):
    """The database's schema is newer than this crosswire understands."""


class ExportError(CrosswireError):
    """A dossier could not be exported."""
