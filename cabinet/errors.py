"""Cabinet's typed errors: raised deep, translated once at the CLI or app edge."""


class CabinetError(Exception):
    """Base of every error Cabinet reports to a user; the message says what to do."""


class ConfigError(CabinetError):
    """A setting or template is missing or invalid."""


class IngestError(CabinetError):
    """One file could not be read; the message names the reason in plain words."""


class StoreError(CabinetError):
    """The vector store cannot be opened, written or trusted."""


class StoreBusyError(StoreError):
    """Another process is writing to the same store."""


class StoreFullError(StoreError):
    """The disk holding the store is full: the ingest stops at the first failed write."""


class EmptyStoreError(StoreError):
    """The store holds no documents yet."""


class FilterError(CabinetError):
    """A filter names a date, document, type or council that does not exist; the message says which and what to use."""


class AnswerError(CabinetError):
    """A question could not be answered (too long, empty, bad history)."""
